"""整改逾期清单: suggestions past their deadline and not closed, by responsible unit, for 督办."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Spacer

from app.documents import fonts, layout
from app.feedback.documents.common import county, office_name, para, short_date, style, table
from app.feedback.documents.ledger import chinese_number
from app.feedback.ledger import SuggestionRow, group_by_unit

# (header, width in mm): the 156 mm GB/T 9704 text block.
COLUMNS = [("编号", 24), ("意见建议内容", 44), ("责任领导／责任人", 20), ("时限", 21), ("逾期", 18), ("状态及进展", 29)]
TABLE_SIZE = 10


def build_overdue_list(out: Path | str, rows: list[SuggestionRow], *, on: dt.date) -> None:
    """Write the overdue list PDF of `rows` (app.feedback.ledger.overdue_rows), as of `on`."""
    cell_style = style("fb-overdue-cell", fonts.SONG, TABLE_SIZE, leading=TABLE_SIZE * 1.35)
    alert_style = style("fb-overdue-alert", fonts.HEI, TABLE_SIZE, leading=TABLE_SIZE * 1.35)
    widths = [w * mm for _h, w in COLUMNS]
    heading = "征求意见建议整改逾期清单"
    story = [layout.title(heading)]
    groups = group_by_unit(rows)
    scope = f"{county()}政法队伍教育整顿征求意见建议整改清单中"
    if not rows:
        story.append(layout.body(f"截至{layout.cn_date(on)}，{scope}没有超过整改时限尚未销号的意见建议。"))
    else:
        story.append(layout.body(
            f"截至{layout.cn_date(on)}，{scope}共有{len(rows)}条意见建议超过整改时限尚未销号，涉及"
            f"{len(groups)}个责任单位。请各责任单位对照清单抓紧整改，及时报送整改情况和佐证材料。"))
        for index, (unit_name, unit_rows) in enumerate(groups, start=1):
            table_rows = [[h for h, _w in COLUMNS]]
            for r in unit_rows:
                state = r.status + (f"\n{r.progress}" if r.progress else "")
                responsible = "\n".join(x for x in (r.leader, r.person) if x)
                table_rows.append([para(r.code, cell_style), para(r.content, cell_style),
                                   para(responsible, cell_style), para(short_date(r.deadline), cell_style),
                                   para(f"逾期{-r.days_left}天", alert_style), para(state, cell_style)])
            story.append(CondPageBreak(45 * mm))  # the heading with the table's first rows, not all of it
            heading_line = layout.heading1(f"{chinese_number(index)}、{unit_name}（{len(unit_rows)}条）")
            heading_line.keepWithNext = False
            story.append(heading_line)
            story.append(table(table_rows, widths, size=TABLE_SIZE))
            story.append(Spacer(1, layout.LINE_PITCH / 2))
    signature = layout.signature_block(office_name(), on)
    if rows:  # the last table's last rows go over with the signature rather than leave it alone on a page
        story[-2:] = layout.keep_end(story[-2], [story[-1]] + signature)
    else:
        story += signature
    layout.build(out, story, title=heading, subject="逾期清单")
