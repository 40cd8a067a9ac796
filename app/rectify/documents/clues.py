"""线索登记表 (the ledger, one line per clue) and 线索处置情况汇总表 (counts by source against disposal, status and
result). Landscape GB/T 9704 pages, 内部资料 on every page. Take the records, never query."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Spacer

from app.documents import fonts, layout
from app.rectify.documents.common import (CONFIDENTIAL_MARK, county, office_name, para, short_date, style, subtitle,
                                          table)
from app.rectify.models import CLUE_SOURCES, CLUE_STATUSES, DISPOSALS, RESULTS

TABLE_SIZE = 9
# (header, width in mm): 257 mm of landscape A4.
LEDGER_COLUMNS = [("序号", 9), ("编号", 24), ("来源", 20), ("收到日期", 21), ("被反映人", 25), ("线索内容", 68),
                  ("处置方式", 18), ("承办单位／人", 24), ("时限", 22), ("状态及结果", 26)]


def _ledger_row(number: int, r, cell_style, alert_style) -> list:
    who = f"{r.subject}\n{r.officer_unit}" if r.officer_unit else r.subject
    status = r.status + (f"\n{r.result}" if r.result else "") + (f"\n{short_date(r.concluded_on)}" if r.concluded_on else "")
    cells = [str(number), r.code, r.source, short_date(r.received_on), who, r.content, r.disposal,
             "\n".join(x for x in (r.unit, r.handler) if x)]
    row = [para(text, cell_style) for text in cells]
    deadline = short_date(r.deadline)
    row.append(para(f"{deadline}\n{r.due_text}", alert_style) if r.due else para(deadline, cell_style))
    row.append(para(status, cell_style))
    return row


def build_clue_register(out: Path | str, rows: list, *, on: dt.date, filters: str = "") -> None:
    cell_style = style("rc-cl-cell", fonts.SONG, TABLE_SIZE, leading=TABLE_SIZE * 1.35)
    alert_style = style("rc-cl-alert", fonts.HEI, TABLE_SIZE, leading=TABLE_SIZE * 1.35, color=colors.Color(0.75, 0, 0))
    text_style = style("rc-cl-text", fonts.FANGSONG, 12)
    heading = f"{county()}政法队伍教育整顿问题线索登记表"
    story = [layout.title(heading), subtitle(f"（截至{layout.cn_date(on)}{'　' + filters if filters else ''}）")]
    if not rows:
        story.append(para("没有符合条件的问题线索。", text_style))
    else:
        overdue = sum(1 for r in rows if r.overdue)
        story.append(para(f"共{len(rows)}条，其中已办结{sum(1 for r in rows if r.status == '已办结')}条，"
                          f"已逾期{overdue}条。", text_style))
        data = [[h for h, _w in LEDGER_COLUMNS]] + [_ledger_row(i, r, cell_style, alert_style)
                                                    for i, r in enumerate(rows, start=1)]
        story.append(table(data, [w * mm for _h, w in LEDGER_COLUMNS], size=TABLE_SIZE))
    story.append(Spacer(1, 8))
    story.append(para(f"制表：{office_name()}　　　制表日期：{layout.cn_date(on)}", text_style))
    layout.build(out, story, title=heading, subject="线索登记表", landscape_pages=True, header=CONFIDENTIAL_MARK)


def disposal_table(rows: list) -> list[list]:
    """Rows: one per source with a count (and the total), columns: 合计, each disposal, each status, each result."""
    columns = ["合计"] + [f"{d}" for d in DISPOSALS] + list(CLUE_STATUSES) + list(RESULTS)
    counts = {s: dict.fromkeys(columns, 0) for s in CLUE_SOURCES + ("合计",)}
    for r in rows:
        for source in (r.source, "合计"):
            line = counts.setdefault(source, dict.fromkeys(columns, 0))
            line["合计"] += 1
            for key in (r.disposal, r.status, r.result):
                if key in line:
                    line[key] += 1
    header = ["线索来源"] + columns
    body = [[source] + [str(line[c]) for c in columns] for source, line in counts.items()
            if line["合计"] or source in CLUE_SOURCES]
    return [header] + body


def build_disposal_summary(out: Path | str, rows: list, *, on: dt.date) -> None:
    text_style = style("rc-ds-text", fonts.FANGSONG, 12)
    heading = f"{county()}政法队伍教育整顿问题线索处置情况汇总表"
    data = disposal_table(rows)
    first = 30 * mm
    rest = (257 * mm - first) / (len(data[0]) - 1)
    story = [layout.title(heading), subtitle(f"（截至{layout.cn_date(on)}　单位：条）"),
             table(data, [first] + [rest] * (len(data[0]) - 1), size=TABLE_SIZE),
             Spacer(1, 6),
             para("说明：处置方式、状态、办理结果三组分别计数；“暂存待查”的线索尚在办理中。", text_style),
             Spacer(1, 6),
             para(f"制表：{office_name()}　　　制表日期：{layout.cn_date(on)}", text_style)]
    layout.build(out, story, title=heading, subject="线索处置情况汇总表", landscape_pages=True,
                 header=CONFIDENTIAL_MARK)
