"""The export-all workbook written: a 说明 sheet, then one sheet per ledger (`app.reports.ledgers.Sheet`:
title, columns, rows), handed in.

Header row frozen on every sheet, dates as real dates, widths fitted to the columns, and every text cell
passed through `safe_text.excel_safe` so nothing a user typed runs as a formula. The file is replaced
whole, never half written. openpyxl is imported only when a workbook is written.
"""
from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from app.common.safe_text import excel_safe
from app.jobs import NullProgress, Progress

DATE_FORMAT = "yyyy-mm-dd"
DATETIME_FORMAT = "yyyy-mm-dd hh:mm"
MAX_WIDTH = 60
HEADER_STYLE = "表头"
# The characters Excel refuses in a cell (openpyxl's ILLEGAL_CHARACTERS_RE, written out so that importing this
# module does not import openpyxl).
_ILLEGAL = re.compile(r"[\000-\010]|[\013-\014]|[\016-\037]")


def _cell_value(value):
    """A value as the sheet stores it: text made safe (no formula, no character Excel refuses), times as text."""
    if isinstance(value, str):
        return excel_safe(_ILLEGAL.sub("", value)) if value else None
    if isinstance(value, dt.time):
        return value.strftime("%H:%M")
    return value


def _display_width(text: str) -> int:
    return sum(2 if ord(ch) > 0x2E7F else 1 for ch in text)


class _Writer:
    """openpyxl's write-only (streaming) mode: rows go to the file as they come, so 250,000 rows cost neither
    the minutes nor the memory of a workbook held whole. A cell object is made only where a format is due."""

    def __init__(self, wb):
        from openpyxl.cell import WriteOnlyCell

        self.wb = wb
        self.Cell = WriteOnlyCell

    def styled(self, ws, value, *, style: str | None = None, number_format: str = "", font=None):
        cell = self.Cell(ws, value=value)
        if style:
            cell.style = style
        if number_format:
            cell.number_format = number_format
        if font is not None:
            cell.font = font
        return cell

    def value(self, ws, value, number_format: str = ""):
        if isinstance(value, dt.datetime):
            return self.styled(ws, value, number_format=DATETIME_FORMAT)
        if isinstance(value, dt.date):
            return self.styled(ws, value, number_format=DATE_FORMAT)
        value = _cell_value(value)
        if number_format and value is not None:
            return self.styled(ws, value, number_format=number_format)
        return value


def _write_sheet(writer: _Writer, title: str, columns: list, rows: list) -> int:
    from openpyxl.utils import get_column_letter

    ws = writer.wb.create_sheet(title)
    # Widths, panes, filter and page set-up go before the first row: a streamed sheet cannot go back.
    for index, column in enumerate(columns, start=1):
        width = max(column.width, _display_width(column.header) + 2)
        ws.column_dimensions[get_column_letter(index)].width = min(width, MAX_WIDTH)
    ws.freeze_panes = "B2" if columns and columns[0].header == "序号" else "A2"
    ws.auto_filter.ref = f"A1:{get_column_letter(max(1, len(columns)))}{max(1, len(rows) + 1)}"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = "9"  # Worksheet.PAPERSIZE_A4 (a streamed sheet lacks the constant)
    ws.print_title_rows = "1:1"
    ws.row_dimensions[1].height = 20
    ws.append([writer.styled(ws, column.header, style=HEADER_STYLE) for column in columns])
    plan = [(column.value, column.number_format) for column in columns]
    for number, row in enumerate(rows, start=1):
        ws.append([writer.value(ws, number if get is None else get(row), number_format)
                   for get, number_format in plan])
    return len(rows)


def write_workbook(path: Path | str, sheets: list, about: list[str], *,
                   progress: Progress | None = None) -> dict[str, int]:
    """Write the sheets (`Sheet`: title, columns, rows) after a 说明 sheet of the `about` lines and the rows
    per sheet, to `path`. Returns rows per sheet."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, NamedStyle, PatternFill

    progress = progress or NullProgress()
    path = Path(path)
    wb = Workbook(write_only=True)
    wb.add_named_style(NamedStyle(HEADER_STYLE, font=Font(bold=True), fill=PatternFill("solid", fgColor="E8E8E8"),
                                  alignment=Alignment(horizontal="center", vertical="center", wrap_text=True)))
    writer = _Writer(wb)
    counts = {sheet.title: len(sheet.rows) for sheet in sheets}

    about_sheet = wb.create_sheet("说明")  # first: the counts are known before any sheet is written
    about_sheet.column_dimensions["A"].width = 70
    about_sheet.column_dimensions["B"].width = 10
    for index, text in enumerate(about):
        first = index == 0
        about_sheet.append([writer.styled(about_sheet, _cell_value(text), font=Font(bold=True, size=14))
                            if first else _cell_value(text)])
    about_sheet.append([])
    about_sheet.append([writer.styled(about_sheet, "工作表", style=HEADER_STYLE),
                        writer.styled(about_sheet, "行数", style=HEADER_STYLE)])
    for title, n in counts.items():
        about_sheet.append([_cell_value(title), n])

    for step, sheet in enumerate(sheets):
        progress.report(0.05 + 0.8 * step / max(1, len(sheets)), f"正在写入“{sheet.title}”（{len(sheet.rows)}行）…")
        _write_sheet(writer, sheet.title, sheet.columns, sheet.rows)

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
