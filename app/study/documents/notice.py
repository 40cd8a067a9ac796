"""会议通知 for a study session, in the GB/T 9704 layout.

The text is generated from the session's record (`app.study.listing.session_record`), shown to the user to
change, and the changed text is kept with the session (`app.study.sessions.save_notice`). A kept text remembers
which generated text it started from (`basis`), so the dialog can say when the session has changed since
("会议信息已改动").

Body markup, one paragraph a line: "一、…" is a level-1 heading (黑体), "（一）…。" starts a level-2 heading
(楷体, up to the first "。"), anything else is body text (仿宋).
"""
from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import asdict, dataclass, field
from pathlib import Path

from reportlab.platypus import KeepTogether, PageBreak

from app.store import settings
from app.errors import ValidationError, ValidationErrors
from app.study.models import AUDIENCE_ALL, AUDIENCE_DEPARTMENTS, AUDIENCE_PEOPLE, AUDIENCE_UNITS
from app.documents import fonts, layout
from app.study.documents.common import table as _table
from app.documents.fonts import HEI
from app.study.listing import SessionRecord
from app.study.wording import cn_day, when_text

CN_NUMBERS = "一二三四五六七八九十"
HEADING1_RE = re.compile(r"^[一二三四五六七八九十]+、")
HEADING2_RE = re.compile(r"^（[一二三四五六七八九十]+）")
RECEIPT = "参会回执"
NAME_LIST = "参会人员名单"
RECEIPT_ROWS = 12


@dataclass
class NoticeText:
    title: str = ""
    addressee: str = ""
    body: str = ""  # one paragraph a line
    attachments: list[str] = field(default_factory=list)
    issuer: str = ""
    date: dt.date | None = None
    basis: str = ""  # fingerprint of the generated text this one started from

    def to_payload(self) -> dict:
        payload = asdict(self)
        payload["date"] = self.date.isoformat() if self.date else ""
        return payload

    @classmethod
    def from_payload(cls, payload: dict) -> "NoticeText":
        day = payload.get("date") or ""
        return cls(title=payload.get("title", ""), addressee=payload.get("addressee", ""),
                   body=payload.get("body", ""), attachments=list(payload.get("attachments") or []),
                   issuer=payload.get("issuer", ""), date=dt.date.fromisoformat(day) if day else None,
                   basis=payload.get("basis", ""))


def _fingerprint(notice: NoticeText) -> str:
    text = "\x1f".join([notice.title, notice.addressee, notice.body, "|".join(notice.attachments), notice.issuer])
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


def _unit_names_of(record: SessionRecord) -> list[str]:
    """Short names of the units that receive the notice, in roster order."""
    data = record.details
    if data.audience == AUDIENCE_ALL:
        wanted = None
    elif data.audience == AUDIENCE_UNITS:
        wanted = set(data.unit_names)
    elif data.audience == AUDIENCE_DEPARTMENTS:
        wanted = {unit for unit, _dept in data.departments}
    else:
        wanted = {row.unit_name for row in record.attendees}
    return [short for name, short in record.units if wanted is None or name in wanted]


def _audience_sentence(record: SessionRecord) -> str:
    data, count = record.details, record.expected
    if data.audience == AUDIENCE_ALL:
        return "全县政法各单位全体干警（含病休、专案人员，不能到会的由所在单位安排补学、送学）。"
    if data.audience == AUDIENCE_UNITS:
        names = _unit_names_of(record)
        return f"{'、'.join(names)}全体干警，共{count}人。"
    if data.audience == AUDIENCE_DEPARTMENTS:
        shorts = dict(record.units)
        parts = [f"{shorts.get(unit, unit)}{dept}" for unit, dept in data.departments]
        return f"{'、'.join(parts)}全体干警，共{count}人。"
    return f"{count}名同志（名单见附件2）。"


def _numbered(lines: list[str]) -> list[str]:
    items = [re.sub(r"^\s*(\d+[.．、]|[（(]\d+[)）])\s*", "", line).rstrip("；;。.") for line in lines]
    return [f"{i}.{item}{'。' if i == len(items) else '；'}" for i, item in enumerate(items, start=1)]


def _requirements(lines: list[str]) -> list[str]:
    result = []
    for i, line in enumerate(lines):
        line = re.sub(r"^\s*(（[一二三四五六七八九十]+）|\d+[.．、])\s*", "", line)
        if not line.endswith(("。", "！", "？")):
            line += "。"
        result.append(f"（{CN_NUMBERS[i] if i < 10 else i + 1}）{line}")
    return result


def notice_date_for(session_day: dt.date, today: dt.date | None = None) -> dt.date:
    """Issued today for a session ahead; a reprint of a past session (or one held today) is dated three days
    before it. Either way the 成文日期 comes before the meeting."""
    today = today or dt.date.today()
    return today if today < session_day else session_day - dt.timedelta(days=3)


def receipt_deadline(session_day: dt.date, notice_day: dt.date) -> str:
    """When the 参会回执 is due: the day before the meeting when that is after the notice's date; a notice
    issued the day before (or on the day) asks for it before the meeting starts."""
    due = session_day - dt.timedelta(days=1)
    if due > notice_day:
        return "于" + cn_day(due).split("年", 1)[1] + "前"
    return "于会议开始前"


def default_notice(record: SessionRecord, *, today: dt.date | None = None) -> NoticeText:
    """The notice as generated from the session's details."""
    session = record.details
    verb = record.notice_verb
    when = when_text(session.day, session.start_time, session.end_time)
    campaign = settings.get("campaign_name") or "政法队伍教育整顿"
    county = settings.get("county")
    phase = f"{session.phase}环节" if session.phase else ""
    attachments = [RECEIPT]
    if session.audience == AUDIENCE_PEOPLE:
        attachments.append(NAME_LIST)
    body = [f"为深入推进{county}{campaign}{phase}各项工作，经研究，定于{cn_day(session.day)}"
            f"{verb}{session.title}。现将有关事项通知如下："]
    sections: list[tuple[str, list[str]]] = [("时间", [when + "。"])]
    if session.place:
        sections.append(("地点", [session.place.rstrip("。") + "。"]))
    sections.append(("参加人员", [_audience_sentence(record)]))
    if session.speaker:
        sections.append(("主讲", [session.speaker.rstrip("。") + "。"]))
    agenda = [line.strip() for line in session.agenda.splitlines() if line.strip()]
    if agenda:
        sections.append(("议程", _numbered(agenda)))
    requirements = [line.strip() for line in session.requirements.splitlines() if line.strip()]
    notice_day = notice_date_for(session.day, today)
    receipt_label = "附件1" if len(attachments) > 1 else "附件"
    requirements.append(f"请各单位{receipt_deadline(session.day, notice_day)}将参会回执（{receipt_label}）"
                        f"报送{settings.get('office_name')}。")
    sections.append(("有关要求", _requirements(requirements)))
    if session.contact_person or session.contact_phone:
        contact = f"联系人：{session.contact_person}" if session.contact_person else ""
        if session.contact_phone:
            contact += ("，" if contact else "") + f"联系电话：{session.contact_phone}"
        sections.append(("联系方式", [contact + "。"]))
    for index, (heading, lines) in enumerate(sections):
        body.append(f"{CN_NUMBERS[index]}、{heading}")
        body.extend(lines)
    notice = NoticeText(
        title=f"关于{verb}{session.title}的通知",
        addressee="、".join(_unit_names_of(record)),
        body="\n".join(body), attachments=attachments,
        issuer=settings.get("office_name"), date=notice_day)
    notice.basis = _fingerprint(notice)
    return notice


def current_notice(record: SessionRecord, *, today: dt.date | None = None) -> tuple[NoticeText, bool, bool]:
    """(the text to print, whether it is the user's edited text, whether the session changed since)."""
    generated = default_notice(record, today=today)
    payload = record.saved_notice
    if not payload:
        return generated, False, False
    kept = NoticeText.from_payload(payload)
    return kept, True, kept.basis != generated.basis


def validate_notice(notice: NoticeText, session_day: dt.date | None = None) -> None:
    """The fields a notice cannot go without; with the meeting's day, a 成文日期 after it is refused too."""
    errors = []
    if not notice.title.strip():
        errors.append(ValidationError("标题", "不能为空"))
    if not notice.body.strip():
        errors.append(ValidationError("正文", "不能为空"))
    if not notice.issuer.strip():
        errors.append(ValidationError("发文机关", "不能为空"))
    if session_day is not None and notice.date is not None and notice.date > session_day:
        errors.append(ValidationError("成文日期", f"不能晚于会议日期（{cn_day(session_day)}）"))
    if errors:
        raise ValidationErrors(errors)


def _paragraph(line: str):
    if HEADING1_RE.match(line):
        return layout.heading1(line)
    match = HEADING2_RE.match(line)
    if match:
        stop = line.find("。")
        if 0 < stop <= 30:
            return layout.heading2(line[:stop + 1], line[stop + 1:])
        return layout.heading2(line)
    return layout.body(line)


def _receipt_page(title: str) -> list:
    header = ["单位", "姓名", "职务", "联系电话", "备注"]
    rows = [header] + [[""] * 5 for _ in range(RECEIPT_ROWS)]
    mm = 72 / 25.4
    return [
        layout.title(RECEIPT),
        layout.body(f"活动名称：{title}", first_indent=0, size=14, pitch=14),
        layout.blank_lines(1),
        _table(rows, [40 * mm, 26 * mm, 34 * mm, 32 * mm, 24 * mm], size=12, min_row_height=10 * mm),
        layout.blank_lines(1),
        layout.body("填报人：　　　　　　　　联系电话：", first_indent=0, size=14, pitch=14),
    ]


def _name_list_page(record: SessionRecord) -> list:
    story = [layout.title(NAME_LIST)]
    groups: dict[str, list[str]] = {}
    for row in record.attendees:
        groups.setdefault(row.unit_short or row.unit_name, []).append(row.name)
    for unit, names in groups.items():
        story.append(layout.body(f"{unit}（{len(names)}人）：{'、'.join(names)}"))
    return story


def notice_story(record: SessionRecord, notice: NoticeText) -> list:
    fonts.ensure_registered()
    story = [layout.title(notice.title)]
    if notice.addressee.strip():
        story.append(layout.addressee(notice.addressee.strip()))
    for line in notice.body.splitlines():
        if line.strip():
            story.append(_paragraph(line.strip()))
    attachments = [a.strip() for a in notice.attachments if a.strip()]
    if attachments:
        story.append(layout.blank_lines(1))
        for i, name in enumerate(attachments, start=1):
            label = f"{i}.{name}" if len(attachments) > 1 else name
            if i == 1:
                story.append(layout.body(f"附件：{label}", left_indent=5, first_indent=-3))
            else:
                story.append(layout.body(label, left_indent=5, first_indent=0))
    # The issuer and the date never part across a page break.
    story.append(KeepTogether(layout.signature_block(notice.issuer.strip(), notice.date)))
    for i, name in enumerate(attachments, start=1):
        story.append(PageBreak())
        story.append(layout.body(f"附件{i}" if len(attachments) > 1 else "附件", font=HEI, first_indent=0))
        if name == RECEIPT:
            story += _receipt_page(record.details.title)
        elif name == NAME_LIST:
            story += _name_list_page(record)
        else:
            story.append(layout.title(name))
    return story


def build_notice(record: SessionRecord, out: Path | str, notice: NoticeText | None = None) -> Path:
    """Write the notice PDF: the given text, else the user's kept text, else the generated one."""
    if notice is None:
        notice, _edited, _stale = current_notice(record)
    validate_notice(notice)
    return layout.build(out, notice_story(record, notice), title=notice.title)
