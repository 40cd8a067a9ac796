"""The 查纠整改 workbook: 问题线索登记表 and 个人自查事项 (with the three reviews), each a sheet with a title row, a
frozen header and real dates; the first row of each sheet says 内部资料. Cells go through the feedback
workbook's `put` (dates as dates, text never run as a formula). Takes the records, never queries."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from app.common.files import save_replacing
from app.feedback.documents.excel import put
from app.rectify.documents.common import CONFIDENTIAL_MARK, county
from app.rectify.models import REVIEW_STEPS

CLUE_COLUMNS = [("编号", 14, lambda r: r.code), ("线索来源", 14, lambda r: r.source),
                ("收到日期", 12, lambda r: r.received_on), ("被反映人", 10, lambda r: r.subject),
                ("所在单位", 12, lambda r: r.officer_unit), ("线索内容", 48, lambda r: r.content),
                ("状态", 9, lambda r: r.status), ("处置方式", 10, lambda r: r.disposal),
                ("承办单位", 14, lambda r: r.unit_full), ("承办人", 10, lambda r: r.handler),
                ("办理时限", 12, lambda r: r.deadline), ("时限情况", 11, lambda r: r.due_text),
                ("办理结果", 11, lambda r: r.result), ("办结日期", 12, lambda r: r.concluded_on),
                ("备注", 24, lambda r: r.remarks)]
ITEM_COLUMNS = ([("单位", 10), ("姓名", 10), ("职务", 12), ("类别", 20), ("填报日期", 12), ("主动说明", 8),
                 ("自查事项", 44)]
                + [(f"{step}{part}", width) for step in REVIEW_STEPS
                   for part, width in (("人", 10), ("日期", 12), ("意见", 28))]
                + [("处理结果", 14), ("线索编号", 14)])
# 专项排查: scope and how much was examined, open to every reader (what was found needs 问题线索, so only counts).
CHECK_COLUMNS = [("序号", 6, None), ("类别", 12, lambda r: r.group), ("排查项目", 30, lambda r: r.kind),
                 ("范围", 12, lambda r: r.scope), ("开始日期", 12, lambda r: r.started_on),
                 ("结束日期", 12, lambda r: r.ended_on), ("排查对象", 14, lambda r: r.examined_what),
                 ("排查数量", 9, lambda r: r.examined), ("计量单位", 9, lambda r: r.examined_unit),
                 ("发现问题", 9, lambda r: r.findings), ("移交线索", 9, lambda r: r.to_clues),
                 ("备注", 30, lambda r: r.notes)]


def item_cells(item, reviews: list) -> list:
    """One 个人自查事项's row under ITEM_COLUMNS: the item, then each review step (blank when not yet done)."""
    done = {v.step: v for v in reviews}
    cells = [item.unit, item.officer_name, item.post, item.category, item.reported_on, "是" if item.disclosed else "否",
             item.content]
    for step in REVIEW_STEPS:
        v = done.get(step)
        cells += [v.reviewer, v.reviewed_on, v.opinion] if v else ["", None, ""]
    return cells + [item.outcome, item.clue_code]


def item_sheet_columns() -> list:
    """ITEM_COLUMNS with a value each, reading the item_cells rows (export-all's sheet of them)."""
    return [(name, width, (lambda i: lambda cells: cells[i])(i)) for i, (name, width) in enumerate(ITEM_COLUMNS)]


def _sheet(wb, title: str, heading: str, columns, rows: list[list]) -> None:
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    ws = wb.create_sheet(title)
    put(ws, 1, 1, CONFIDENTIAL_MARK).font = Font(name="黑体", size=10)
    put(ws, 2, 1, heading).font = Font(name="宋体", size=16, bold=True)
    ws.merge_cells(f"A2:{get_column_letter(len(columns))}2")
    ws.cell(row=2, column=1).alignment = Alignment(horizontal="center")
    for column, (name, width, *_rest) in enumerate(columns, start=1):
        put(ws, 3, column, name).font = Font(name="黑体", bold=True)
        ws.column_dimensions[get_column_letter(column)].width = width
    for excel_row, values in enumerate(rows, start=4):
        for column, value in enumerate(values, start=1):
            put(ws, excel_row, column, value).alignment = Alignment(vertical="top", wrap_text=True)
    ws.freeze_panes = "A4"
    ws.page_setup.orientation = "landscape"
    ws.print_title_rows = "3:3"


def write_workbook(path: Path | str, clues: list, items: list, reviews: dict, *, on: dt.date) -> None:
    """clues: ClueRow list; items: ItemRow list; reviews: {item id: [ReviewRow]}. Replaced as a whole."""
    from openpyxl import Workbook

    wb = Workbook()
    wb.remove(wb.active)
    date = f"{on.year}年{on.month}月{on.day}日"
    _sheet(wb, "问题线索登记表", f"{county()}问题线索登记表（截至{date}）", CLUE_COLUMNS,
           [[value(r) for _n, _w, value in CLUE_COLUMNS] for r in clues])
    item_rows = [item_cells(r, reviews.get(r.id, [])) for r in items]
    _sheet(wb, "个人自查事项", f"{county()}个人自查事项及审核情况（截至{date}）", ITEM_COLUMNS, item_rows)
    save_replacing(path, wb.save)
