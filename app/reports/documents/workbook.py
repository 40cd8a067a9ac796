"""The export-all workbook written: a 说明 sheet, then one sheet per ledger (`app.reports.ledgers.Sheet`:
title, columns, rows), handed in.

Header row frozen on every sheet, dates as real dates, widths fitted to the columns, and every text cell
passed through `safe_text.excel_safe` so nothing a user typed runs as a formula. The file is replaced
whole, never half written. openpyxl is imported only when a workbook is written.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from app.common.safe_text import excel_safe
from app.jobs import NullProgress, Progress

DATE_FORMAT = "yyyy-mm-dd"
DATETIME_FORMAT = "yyyy-mm-dd hh:mm"
MAX_WIDTH = 60


def _put(ws, row: int, column: int, value):
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    cell = ws.cell(row=row, column=column)
    if isinstance(value, dt.datetime):
        cell.value = value
        cell.number_format = DATETIME_FORMAT
    elif isinstance(value, dt.date):
        cell.value = value
        cell.number_format = DATE_FORMAT
    elif isinstance(value, dt.time):
        cell.value = value.strftime("%H:%M")
    elif isinstance(value, str):
        cell.value = excel_safe(ILLEGAL_CHARACTERS_RE.sub("", value)) if value else None
    else:
        cell.value = value
    return cell


def _display_width(text: str) -> int:
    return sum(2 if ord(ch) > 0x2E7F else 1 for ch in text)


def _write_sheet(wb, title: str, columns: list, rows: list, styles: dict) -> int:
    from openpyxl.utils import get_column_letter

    ws = wb.create_sheet(title)
    widths = []
    for index, column in enumerate(columns, start=1):
        ws.cell(row=1, column=index, value=column.header).style = styles["header"]
        widths.append(max(column.width, _display_width(column.header) + 2))
    for number, row in enumerate(rows, start=1):
        for index, column in enumerate(columns, start=1):
            cell = _put(ws, number + 1, index, number if column.value is None else column.value(row))
            if column.number_format and cell.value is not None:
                cell.number_format = column.number_format
    for index, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(index)].width = min(width, MAX_WIDTH)
    ws.freeze_panes = "B2" if columns and columns[0].header == "序号" else "A2"
    ws.auto_filter.ref = f"A1:{get_column_letter(len(columns))}{max(1, len(rows) + 1)}"
    ws.row_dimensions[1].height = 20
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.print_title_rows = "1:1"
    return len(rows)


def write_workbook(path: Path | str, sheets: list, about: list[str], *,
                   progress: Progress | None = None) -> dict[str, int]:
    """Write the sheets (`Sheet`: title, columns, rows) after a 说明 sheet of the `about` lines and the rows
    per sheet, to `path`. Returns rows per sheet."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, NamedStyle, PatternFill

    progress = progress or NullProgress()
    path = Path(path)
    wb = Workbook()
    header = NamedStyle("表头", font=Font(bold=True), fill=PatternFill("solid", fgColor="E8E8E8"),
                        alignment=Alignment(horizontal="center", vertical="center", wrap_text=True))
    wb.add_named_style(header)
    styles = {"header": "表头"}
    counts: dict[str, int] = {}
    for step, sheet in enumerate(sheets):
        progress.report(0.05 + 0.8 * step / len(sheets), f"正在写入“{sheet.title}”（{len(sheet.rows)}行）…")
        counts[sheet.title] = _write_sheet(wb, sheet.title, sheet.columns, sheet.rows, styles)

    about_sheet = wb.active
    about_sheet.title = "说明"
    for row, text in enumerate(about, start=1):
        _put(about_sheet, row, 1, text)
    about_sheet.cell(row=1, column=1).font = Font(bold=True, size=14)
    table_row = len(about) + 2
    _put(about_sheet, table_row, 1, "工作表")
    _put(about_sheet, table_row, 2, "行数")
    about_sheet.cell(row=table_row, column=1).style = "表头"
    about_sheet.cell(row=table_row, column=2).style = "表头"
    for row, (title, n) in enumerate(counts.items(), start=table_row + 1):
        _put(about_sheet, row, 1, title)
        _put(about_sheet, row, 2, n)
    about_sheet.column_dimensions["A"].width = 70
    about_sheet.column_dimensions["B"].width = 10

    progress.report(0.9, "正在保存文件…")
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".part")
    try:
        wb.save(tmp)
        tmp.replace(path)
    finally:
        if tmp.exists():
            tmp.unlink()
    progress.report(1.0, "完成")
    return counts
