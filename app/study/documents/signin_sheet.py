"""签到表 for a study session: one section per unit (each starts on a new page, so every unit's clerk can
take their own sheets), rows tall enough to sign by hand, the header row repeated on every page, and the
unit's totals 应到/实到/缺席 under its table — blank lines for ink until attendance is entered, then the
figures and the absentees with their reasons. A summary of all units closes a sheet of several units.
No ID numbers are printed."""
from __future__ import annotations

from pathlib import Path

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.units import mm
from reportlab.platypus import PageBreak, Spacer, TableStyle

from app.common.figures import percent, rate
from app.errors import Conflict
from app.study.models import ABSENT, LATE, LEAVE, PRESENT
from app.documents import fonts, layout
from app.study.audience import AttendeeRow
from app.study.documents.common import table as _table
from app.documents.fonts import FANGSONG, HEI, TITLE
from app.study.listing import SessionRecord
from app.study.wording import when_text

COLUMNS = ["序号", "姓名", "单位/部门", "职务", "签名", "备注"]
COLUMN_WIDTHS = [11 * mm, 24 * mm, 38 * mm, 24 * mm, 33 * mm, 26 * mm]  # 156 mm: the GB/T 9704 text block
ROW_HEIGHT = 8 * mm  # room for a handwritten signature
INK = "________"


def _remark(row: AttendeeRow) -> str:
    if row.status == PRESENT:
        return ""
    if row.status == LATE:
        return "迟到"
    if row.status in (LEAVE, ABSENT):
        return f"{row.status}（{row.reason}）" if row.reason else row.status
    if row.roster_status and row.roster_status != "在岗":
        return row.roster_status  # not locked yet: warn the door that this person is away
    return ""


def _when(session) -> str:
    return when_text(session.day, session.start_time, session.end_time)


def _totals(rows: list[AttendeeRow], marked: bool) -> list:
    """The lines under a unit's table: blank for ink until attendance is entered, then the figures."""
    expected = len(rows)
    if not marked:
        return [f"应到 {expected} 人　　　实到　　　　人　　　缺席　　　　人",
                "缺席人员及原因：\n",
                "签到负责人（签名）：　　　　　　　　　　　　核对人（签名）："]
    attended = [r for r in rows if r.status in (PRESENT, LATE)]
    late = sum(1 for r in rows if r.status == LATE)
    missed = [r for r in rows if r.status in (LEAVE, ABSENT)]
    unmarked = [r for r in rows if not r.status]
    line = f"应到 {expected} 人　　实到 {len(attended)} 人"
    if late:
        line += f"（其中迟到 {late} 人）"
    leave = sum(1 for r in missed if r.status == LEAVE)
    line += f"　　缺席 {len(missed)} 人"
    if missed:
        line += f"（请假 {leave} 人，缺席 {len(missed) - leave} 人）"
    if unmarked:
        line += f"　　未登记 {len(unmarked)} 人"
    names = "、".join(f"{r.name}（{r.status}{'：' + r.reason if r.reason else ''}）" for r in missed) or "无"
    return [line, f"缺席人员及原因：{names}"]


def _unit_section(session, unit: str, rows: list[AttendeeRow], marked: bool) -> list:
    # The empty signature cell is a spacer, so every row has room to sign while the totals rows size to fit.
    sign_space = ROW_HEIGHT - 6
    table_rows = [COLUMNS]
    for index, row in enumerate(rows, start=1):
        table_rows.append([layout.cell(index, 11, align=TA_CENTER), row.name, row.place, row.post,
                           Spacer(1, sign_space), _remark(row)])
    totals = _totals(rows, marked)
    first_total = len(table_rows)
    for line in totals:
        table_rows.append([_info_line(line)] + [""] * (len(COLUMNS) - 1))
    table = _table(table_rows, COLUMN_WIDTHS, size=11)
    commands = [("SPAN", (0, r), (-1, r)) for r in range(first_total, len(table_rows))]
    commands.append(("TOPPADDING", (0, first_total), (-1, -1), 3))
    commands.append(("BOTTOMPADDING", (0, first_total), (-1, -1), 3))
    # The totals never stand alone on a page: the last rows of names go with them.
    commands.append(("NOSPLIT", (0, max(1, first_total - 3)), (-1, -1)))
    table.setStyle(TableStyle(commands))
    return _headings(session.title, "签到表") + [
        _info_line(f"时间：{_when(session)}　　地点：{session.place or INK}"),
        _info_line(f"单位：{unit}（应到{len(rows)}人）", HEI),
        Spacer(1, 4),
        table,
    ]


def _info_line(text: str, font: str = FANGSONG):
    # On the character grid, so the full-width spaces between the items are kept.
    return layout.body(text, font=font, size=12, pitch=12, first_indent=0, align="left", leading=16)


HEADING_SIZE, SMALLEST_HEADING = 18, 15


def _headings(title: str, suffix: str) -> list:
    """The sheet's title in 小标宋, smaller than a notice's so a unit of twenty fits on one page: one line,
    shrunk down to 15 pt if need be; a longer title goes on its own line with 签到表 centred below it."""
    def line(text: str, size: float):
        return layout.body(text, font=TITLE, size=size, pitch=size, first_indent=0, align="center",
                           leading=size * 1.6)
    text = title + suffix
    size = min(HEADING_SIZE, int(layout.TEXT_WIDTH / len(text)))
    if size >= SMALLEST_HEADING:
        return [line(text, size)]
    return [line(title, SMALLEST_HEADING), line(suffix, HEADING_SIZE)]


def _summary(session, groups: dict[str, list[AttendeeRow]], marked: bool) -> list:
    header = ["单位", "应到", "实到", "缺席", "出勤率"]
    rows = [header]
    all_rows = []
    for unit, members in groups.items():
        all_rows += members
        rows.append(_summary_line(unit, members, marked))
    rows.append(_summary_line("合计", all_rows, marked))
    widths = [64 * mm, 22 * mm, 22 * mm, 22 * mm, 26 * mm]
    return _headings(session.title, "签到汇总") + [
        _info_line(f"时间：{_when(session)}　　地点：{session.place or INK}"),
        Spacer(1, 4),
        _table(rows, widths, size=12, min_row_height=ROW_HEIGHT)]


def _summary_line(unit: str, members: list[AttendeeRow], marked: bool) -> list:
    if not marked:
        return [unit, len(members), "", "", ""]
    attended = sum(1 for r in members if r.status in (PRESENT, LATE))
    missed = sum(1 for r in members if r.status in (LEAVE, ABSENT))
    marked_count = sum(1 for r in members if r.status)
    return [unit, len(members), attended, missed, percent(rate(attended, marked_count))]


def signin_story(record: SessionRecord) -> list:
    fonts.ensure_registered()  # layout.cell does not register the fonts itself
    session = record.details
    rows = list(record.attendees)
    if not rows:
        raise Conflict("应到名单为空：参加范围内没有在册人员，无法生成签到表。")
    marked = any(r.status and r.status != LEAVE or r.status == LEAVE and r.roster_status == "在岗" for r in rows)
    groups: dict[str, list[AttendeeRow]] = {}
    for row in rows:
        groups.setdefault(row.unit_name, []).append(row)
    story: list = []
    for unit, members in groups.items():
        if story:
            story.append(PageBreak())
        story += _unit_section(session, unit, members, marked)
    if len(groups) > 1:
        story.append(PageBreak())
        story += _summary(session, groups, marked)
    return story


def build_signin_sheet(record: SessionRecord, out: Path | str) -> Path:
    return layout.build(out, signin_story(record), title=f"{record.details.title}签到表")
