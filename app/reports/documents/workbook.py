"""The export-all workbook written: a 说明 sheet, then one sheet per ledger (`app.reports.ledgers.Sheet`:
title, columns, rows), handed in.

Header row frozen on every sheet, dates as real dates, widths fitted to the columns, and every text cell
passed through `safe_text.excel_safe` so nothing a user typed runs as a formula. The file is replaced
whole, never half written.
"""
from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from app.common.safe_text import excel_safe
from app.common.xlsx_write import HEADER, TITLE, SheetSpec, Styled, Workbook
from app.jobs import NullProgress, Progress

MAX_WIDTH = 60
# The characters Excel refuses in a cell (as openpyxl's ILLEGAL_CHARACTERS_RE).
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


def _sheet_spec(title: str, columns: list, rows: list) -> SheetSpec:
    widths = [min(max(c.width, _display_width(c.header) + 2), MAX_WIDTH) for c in columns]
    return SheetSpec(title, widths, freeze="B2" if columns and columns[0].header == "序号" else "A2")


def _rows(columns: list, rows: list):
    yield [c.header for c in columns]
    plan = [c.value for c in columns]
    for number, row in enumerate(rows, start=1):
        yield [_cell_value(number if get is None else get(row)) for get in plan]


def write_workbook(path: Path | str, sheets: list, about: list[str], *,
                   progress: Progress | None = None) -> dict[str, int]:
    """Write the sheets (`Sheet`: title, columns, rows) after a 说明 sheet of the `about` lines and the rows
    per sheet, to `path`. Returns rows per sheet. Written by app.common.xlsx_write (streamed as text: 250,000
    rows in seconds, see bench/bench_export_all.py); the file is replaced whole, never half written."""
    progress = progress or NullProgress()
    path = Path(path)
    counts = {sheet.title: len(sheet.rows) for sheet in sheets}
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".part")
    book = None
    try:
        book = Workbook(tmp)
        about_rows = [[_cell_value(text)] for text in about] + [[], ["工作表", "行数"]]
        about_rows += [[_cell_value(title), n] for title, n in counts.items()]
        table_row = len(about) + 2  # the 工作表/行数 heading, styled as a header
        book.add_sheet(SheetSpec("说明", [70, 10], freeze="", auto_filter=False, repeat_header=False,
                                 header_height=None),
                       _about_rows(about_rows, table_row), styles=None)
        for step, sheet in enumerate(sheets):
            progress.report(0.05 + 0.85 * step / max(1, len(sheets)), f"正在写入“{sheet.title}”（{len(sheet.rows)}行）…")
            book.add_sheet(_sheet_spec(sheet.title, sheet.columns, sheet.rows), _rows(sheet.columns, sheet.rows),
                           styles=[HEADER] * len(sheet.columns), formats=[c.number_format for c in sheet.columns])
        progress.report(0.95, "正在保存文件…")
        book.close()
        book = None
        tmp.replace(path)
    finally:
        if book is not None:
            book.abort()
        if tmp.exists():
            tmp.unlink()
    progress.report(1.0, "完成")
    return counts


def _about_rows(rows: list, table_row: int):
    for number, row in enumerate(rows, start=1):
        if number == 1 and row:
            yield [Styled(row[0], TITLE)]
        elif number == table_row:
            yield [Styled(value, HEADER) for value in row]
        else:
            yield row
