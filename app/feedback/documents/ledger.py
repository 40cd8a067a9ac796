"""整改清单: the consolidated suggestions as a landscape table, one section per responsible unit,
ordered by status within it. The rows come from app.feedback.ledger.ledger_rows (through app.feedback.outputs)."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Spacer

from app.common.deadlines import DUE_OVERDUE, DUE_SOON
from app.feedback.ledger import SuggestionRow, group_by_unit
from app.documents import fonts, layout
from app.feedback.documents.common import (
    county, office_name, para, short_date, status_counts_text, style, subtitle, table)

NUMERALS = "一二三四五六七八九十"

# (header, width in mm): 257 mm of landscape A4 between 20 mm margins.
COLUMNS = [("序号", 8), ("编号", 23), ("来源", 19), ("提出人", 20), ("意见建议内容", 54), ("类别", 16),
           ("责任单位／领导／责任人", 24), ("整改措施及进展", 47), ("时限", 20), ("状态及销号", 26)]
TABLE_SIZE = 9


def chinese_number(n: int) -> str:
    if n <= 10:
        return NUMERALS[n - 1]
    if n < 20:
        return "十" + NUMERALS[n - 11]
    tens, ones = divmod(n, 10)
    return NUMERALS[tens - 1] + "十" + (NUMERALS[ones - 1] if ones else "")


def _row(number: int, r: SuggestionRow, cell_style, alert_style) -> list:
    source = f"{r.channel}\n{short_date(r.collected_on)}"
    responsible = "\n".join(x for x in (r.unit, r.leader, r.person) if x)
    if r.status == "不予采纳":
        measure = f"不予采纳理由：{r.rejection_reason}"
    else:
        measure = r.measure
        if r.progress and r.status != "已销号":
            measure = f"{measure}\n进展：{r.progress}" if measure else f"进展：{r.progress}"
    deadline = short_date(r.deadline)
    lines = [r.status]
    if r.completed_on:
        lines.append(f"完成{short_date(r.completed_on)}")
    if r.status == "已销号":
        lines += [f"销号{short_date(r.reviewed_on)}", f"审核人：{r.reviewer}"]
    status = "\n".join(lines)
    cells = [str(number), r.code, source, r.submitter, r.content, r.category_label, responsible, measure]
    row = [para(text, cell_style) for text in cells]
    if r.due:  # the words carry the warning; the colour only adds to it
        row.append(para(f"{deadline}\n{r.due_text}", alert_style))
    else:
        row.append(para(deadline, cell_style))
    row.append(para(status, cell_style))
    return row


def build_ledger(out: Path | str, rows: list[SuggestionRow], *, on: dt.date, unit: str | None = None,
                 status: str | None = None) -> None:
    """Write the 整改清单 PDF of `rows` (sorted by unit), as of `on`; `unit` and `status` name the filters
    the rows were selected with."""
    cell_style = style("fb-ledger-cell", fonts.SONG, TABLE_SIZE, leading=TABLE_SIZE * 1.35)
    alert_style = style("fb-ledger-alert", fonts.HEI, TABLE_SIZE, leading=TABLE_SIZE * 1.35,
                        color=colors.Color(0.75, 0, 0))
    heading_style = style("fb-ledger-heading", fonts.HEI, 13, space_before=10, space_after=5)
    text_style = style("fb-ledger-text", fonts.FANGSONG, 12)
    widths = [w * mm for _h, w in COLUMNS]

    filters = []
    if unit:
        filters.append(f"责任单位：{rows[0].unit_full if rows else unit}")
    if status:
        filters.append(f"状态：{status}")
    heading = f"{county()}政法队伍教育整顿征求意见建议整改清单"
    story = [layout.title(heading),
             subtitle(f"（截至{layout.cn_date(on)}" + ("　" + "　".join(filters) if filters else "") + "）")]
    if not rows:
        story.append(para("没有符合条件的意见建议。", text_style))
    else:
        overdue = sum(1 for r in rows if r.due == DUE_OVERDUE)
        soon = sum(1 for r in rows if r.due == DUE_SOON)
        closed = sum(1 for r in rows if r.status == "已销号")
        summary = (f"共{len(rows)}条：{status_counts_text(rows)}。销号率{closed / len(rows):.1%}"
                   f"；已逾期{overdue}条，7日内到期{soon}条。")
        story.append(para(summary, text_style))
        number = 0
        for index, (unit_name, unit_rows) in enumerate(group_by_unit(rows), start=1):
            table_rows = [[h for h, _w in COLUMNS]]
            for r in unit_rows:
                number += 1
                table_rows.append(_row(number, r, cell_style, alert_style))
            story.append(CondPageBreak(40 * mm))  # a unit's heading never sits alone at the foot of a page
            story.append(para(f"{chinese_number(index)}、{unit_name}（{len(unit_rows)}条：{status_counts_text(unit_rows)}）",
                              heading_style))
            story.append(table(table_rows, widths, size=TABLE_SIZE))
        story.append(Spacer(1, 8))
    story.append(para(f"制表：{office_name()}　　　制表日期：{layout.cn_date(on)}", text_style))
    layout.build(out, story, title=heading, subject="整改清单", landscape_pages=True)
