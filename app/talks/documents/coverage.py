"""谈心谈话覆盖情况表 (per unit: 应谈, 已谈, 未谈, 覆盖率, 人次), the 未谈人员名单 and the gaps in the
"一级谈一级" cascade; and the 未谈名单 of one unit on its own. No talk content is ever printed here."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, TableStyle

from app.common.figures import percent
from app.documents import fonts, layout
from app.documents.fonts import HEI, SONG
from app.talks.coverage import GAP_NOBODY, CoverageRow, GapRow, PersonRow

TABLE_SIZE = 11


def _centre(value, font: str = SONG) -> object:
    return layout.cell(value, TABLE_SIZE, font, TA_CENTER)


def _grid(data: list[list], widths: list[float], **options) -> Flowable:
    """layout.grid_table, with every cell's font set: reportlab otherwise selects Helvetica for the table
    (unembedded) even when every cell is a Paragraph."""
    table = layout.grid_table(data, widths, **options)
    table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), SONG)]))
    return table


def coverage_table(rows: list[CoverageRow]) -> Flowable:
    data = [["序号", "单位", "应谈人数", "已谈人数", "未谈人数", "覆盖率", "谈话人次"]]
    for number, row in enumerate(rows, start=1):
        font = HEI if row.unit_id is None else SONG  # the 合计 line
        data.append([_centre("" if row.unit_id is None else number), layout.cell(row.unit, TABLE_SIZE, font)]
                    + [_centre(value, font) for value in (row.expected, row.talked, row.untalked, percent(row.rate),
                                                          row.person_times)])
    widths = [11 * mm, 47 * mm, 19 * mm, 19 * mm, 19 * mm, 19 * mm, 22 * mm]
    return _grid(data, widths, size=TABLE_SIZE)


def people_table(people: list[PersonRow], *, with_unit: bool = True) -> Flowable:
    """The 未谈名单, with an empty 备注 column for the reason (病休、外出办案…) written by hand."""
    header = ["序号", "单位", "部门", "姓名", "职务", "备注"] if with_unit else ["序号", "部门", "姓名", "职务", "备注"]
    data = [header]
    for number, person in enumerate(people, start=1):
        line = [_centre(number)]
        if with_unit:
            line.append(person.unit)
        line += [person.department or "—", person.name, person.post or person.leadership or "—", ""]
        data.append(line)
    widths = ([12 * mm, 40 * mm, 36 * mm, 22 * mm, 22 * mm, 24 * mm] if with_unit
              else [14 * mm, 50 * mm, 30 * mm, 30 * mm, 32 * mm])
    return _grid(data, widths, size=TABLE_SIZE, min_row_height=7 * mm, zebra=True)


def gaps_table(gaps: list[GapRow]) -> Flowable:
    data = [["序号", "单位", "部门及职务", "姓名", "缺口", "应由谁谈", "本轮谈话人"]]
    for number, gap in enumerate(gaps, start=1):
        data.append([_centre(number), gap.unit, " ".join(p for p in (gap.department, gap.post) if p), gap.name,
                     gap.kind, gap.expected_talkers or "—", gap.actual_talkers or "无"])
    widths = [11 * mm, 30 * mm, 27 * mm, 16 * mm, 29 * mm, 21 * mm, 22 * mm]
    return _grid(data, widths, size=10)  # rows grow with their text


def _round_text(round_label: str) -> str:
    """第一轮（2021年5月10日至2021年6月10日）: the round's dates as a document writes them."""
    return layout.cn_dates_in(round_label).replace(" 至 ", "至")


def _intro(round_label: str, day: dt.date) -> Flowable:
    return layout.body(f"轮次：{_round_text(round_label)}。统计截至{layout.cn_date(day)}。应谈人数为本轮确定的应谈名单"
                       f"（在岗在编干警）；已谈为本轮至少谈话一次的人数；集体谈话按到场人数计人次。")


def build_coverage(out: Path | str, *, round_name: str, round_label: str, rows: list[CoverageRow],
                   untalked: list[PersonRow], gaps: list[GapRow], day: dt.date) -> Path:
    """The coverage table, then the 未谈人员名单 and the cascade gaps."""
    fonts.ensure_registered()
    story: list[Flowable] = [layout.title(f"{round_name}谈心谈话覆盖情况表"), _intro(round_label, day),
                             layout.heading1("一、各单位覆盖情况"), coverage_table(rows)]
    cascade_only = [g for g in gaps if g.kind != GAP_NOBODY]  # the people nobody talked with are listed above
    story.append(layout.heading1(f"二、未谈人员名单（{len(untalked)}人）"))
    story.append(people_table(untalked) if untalked else layout.body("本轮应谈人员已全部谈话，无未谈人员。"))
    story.append(layout.heading1(f"三、“一级谈一级”缺口（{len(cascade_only)}处）"))
    if cascade_only:
        story.append(layout.body("班子成员应由一把手谈话，部门负责人应由分管该部门的班子成员谈话。以下人员本轮"
                                 "尚未由应谈的领导谈话（未谈人员见上表）："))
        story.append(gaps_table(cascade_only))
    else:
        story.append(layout.body("除未谈人员外，本轮逐级谈话无缺口。" if untalked else "本轮逐级谈话无缺口。"))
    return layout.build(out, story, title=f"{round_name}谈心谈话覆盖情况表")


def build_untalked(out: Path | str, *, round_name: str, round_label: str, unit_name: str,
                   people: list[PersonRow], day: dt.date) -> Path:
    """The 未谈名单 of one unit (or of all units when unit_name is empty)."""
    fonts.ensure_registered()
    who = unit_name or "各单位"
    story: list[Flowable] = [
        layout.title(f"{who}{round_name}谈心谈话未谈人员名单"),
        layout.body(f"轮次：{_round_text(round_label)}。统计截至{layout.cn_date(day)}，未谈{len(people)}人。"),
    ]
    story.append(people_table(people, with_unit=not unit_name) if people
                 else layout.body("本轮应谈人员已全部谈话，无未谈人员。"))
    return layout.build(out, story, title=f"{who}{round_name}未谈人员名单")
