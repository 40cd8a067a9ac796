"""一人一档 printed: one officer's record of the campaign in the official layout.

The ID number appears masked unless the file was built with it (asked and allowed), and beside a masked number
only the year of birth; what was said in the
talks appears only when the file was built with the content, the 个人自查事项 only when built with them (the
问题线索 permission), and the pages are then marked 内部资料.
"""
from __future__ import annotations

from pathlib import Path

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether

from app.store import campaign
from app.reports.person_file import PersonFile
from app.documents import fonts, layout
from app.documents.fonts import HEI, KAI, SONG

TABLE_SIZE = 10.5
CONFIDENTIAL = "内部资料　注意保密"


def _d(day) -> str:
    return f"{day:%Y-%m-%d}" if day else "—"


def _c(value, font: str = SONG):
    return layout.cell(value, TABLE_SIZE, font, TA_CENTER)


def _table(header: list[str], rows: list[list], widths_mm: list[float], centred: set[int] = frozenset()) -> Flowable:
    data = [header] + [[_c(v) if i in centred else v for i, v in enumerate(row)] for row in rows]
    return layout.grid_table(data, [w * mm for w in widths_mm], size=TABLE_SIZE, zebra=len(rows) > 6)


def _facts(f: PersonFile) -> Flowable:
    label = lambda text: layout.cell(text, TABLE_SIZE, HEI)  # noqa: E731
    pairs = [("姓名", f.name), ("性别", f.gender or "—"), (f.birth_label, f.birth_shown or "—"), ("民族", f.ethnicity or "—"),
             ("政治面貌", f.political_status or "—"), ("身份证号", f.id_number or "—"),
             ("单位", f.unit), ("部门", f.department or "—"), ("职务", f.post or "—"), ("职级", f.rank or "—"),
             ("人员类别", f.category or "—"), ("在岗状态", f.status + ("" if f.counts_in_campaign else "（不计入教育整顿）")),
             ("班子成员", f.leadership or "否"), ("入职时间", layout.cn_date(f.hire_date) if f.hire_date else "—")]
    rows = []
    for i in range(0, len(pairs), 2):
        (a, x), (b, y) = pairs[i], pairs[i + 1]
        rows.append([label(a), x, label(b), y])
    return layout.grid_table(rows, [w * mm for w in (24, 54, 24, 54)], header_rows=0, size=TABLE_SIZE)


def _heading(text: str) -> list[Flowable]:
    """A level-1 heading never left alone at the foot of a page: it goes over when less than its line and a
    table's first rows fit. Not kept with the whole table, which then splits with its header rows repeated
    (kept with it, a long table moved to the next page whole and left the first page two-fifths empty)."""
    heading = layout.heading1(text)
    heading.keepWithNext = False
    return [CondPageBreak(40 * mm), heading]


def person_story(f: PersonFile) -> list[Flowable]:
    fonts.ensure_registered()
    story: list[Flowable] = [layout.title("政法干警教育整顿一人一档"),
                             layout.GridParagraph(f"{f.name}　{f.place}",
                                                  layout.GridStyle(font=KAI, first_indent=0, align="center")),
                             layout.heading1("一、基本情况"), _facts(f),
                             layout.body(f.summary() + "。", space_before=1)]

    story.extend(_heading("二、学习教育"))
    if f.sessions:
        rows = [[_d(s.day), s.type_name, s.title, (s.status or "未登记") + (f"（{s.reason}）" if s.reason else ""),
                 s.makeup_text or "—", _d(s.reflection_on) if s.reflection_on else "—"] for s in f.sessions]
        story.append(_table(["日期", "类型", "学习活动", "考勤", "补学", "心得体会"], rows, [23, 26, 42, 18, 24, 23],
                            centred={0, 3, 5}))
    else:
        story.append(layout.body("没有需参加的学习活动记录。"))

    story.extend(_heading("三、谈心谈话"))
    if f.talks:
        rows = [[_d(t.day), t.round_name, f"{t.talker}（{t.talker_post}）" if t.talker_post else t.talker,
                 t.talk_type, t.mode, t.topic or "—"] for t in f.talks]
        story.append(_table(["日期", "轮次", "谈话人", "类型", "方式", "谈话主题"], rows, [23, 16, 44, 20, 12, 41],
                            centred={0, 1, 4}))
        if f.with_content:
            for number, t in enumerate(f.talks, start=1):
                parts = [layout.heading2(f"（{_cn(number)}）{layout.cn_date(t.day)}谈话内容")]
                for label, text in (("主要内容", t.content), ("反映的问题", t.problems), ("意见建议", t.suggestions)):
                    if text:
                        parts.append(layout.body(f"{label}：{text}"))
                if len(parts) == 1:
                    parts.append(layout.body("（未记录谈话内容）"))
                story.append(KeepTogether(parts[:2]))  # the heading stays with its first paragraph
                story.extend(parts[2:])
    else:
        story.append(layout.body("没有谈心谈话记录。"))

    story.extend(_heading("四、承诺书签订"))
    if f.pledges:
        rows = [[p.template_name, p.status, _d(p.signed_on) if p.signed_on else "—", _d(p.issued_at)]
                for p in f.pledges]
        story.append(_table(["承诺书", "状态", "签署日期", "下发日期"], rows, [80, 24, 26, 26], centred={1, 2, 3}))
    else:
        story.append(layout.body("没有下发承诺书。"))

    story.extend(_heading("五、相关意见建议"))
    if f.suggestions:
        rows = [[s.code, s.content, s.role, s.status + ("（已逾期）" if s.overdue else ""), _d(s.deadline)]
                for s in f.suggestions]
        story.append(_table(["编号", "内容", "关系", "状态", "时限"], rows, [26, 66, 20, 22, 22], centred={0, 2, 3, 4}))
    else:
        story.append(layout.body("没有与本人相关的意见建议。"))
    if f.self_checks is not None:
        story.extend(_self_check_section(f))
    story += layout.signature_block(campaign.current().signature, f.today)  # kept with the text before it
    return story


def _self_check_section(f: PersonFile) -> list[Flowable]:
    """Only in a file made with the 问题线索 permission (f.self_checks is None otherwise)."""
    story = _heading("六、个人自查事项")
    if not f.self_checks:
        return story + [layout.body("没有填报个人自查事项。")]
    rows = [[_d(s.reported_on), s.category, s.content, "是" if s.disclosed else "否", s.stage,
             (s.outcome or "—") + (f"（{s.clue_code}）" if s.clue_code else "")] for s in f.self_checks]
    story.append(_table(["填报日期", "类别", "自查事项", "主动\n说明", "审核进度", "处理结果"], rows,
                        [23, 30, 50, 12, 20, 21], centred={0, 3, 4}))
    return story


def _cn(n: int) -> str:
    from app.reports.documents.summary_report import cn_number

    return cn_number(n)


def build_person_file(out: Path | str, f: PersonFile) -> Path:
    return layout.build(out, person_story(f), title=f"一人一档 — {f.name}", author=campaign.current().office,
                        header=CONFIDENTIAL if f.confidential else "")
