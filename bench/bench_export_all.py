"""export-all at a large county's size: the workbook writer (app.common.xlsx_write: the sheets streamed as text) against the
same sheets written the way it used to be (a workbook held whole, one ws.cell() per value), in one run.

    python bench/bench_export_all.py [--rows 257000] [--runs 3]

Rows are spread over sheets like the real ledgers (考勤明细 holds most of them); every row has a date, text
and numbers, as the ledgers do. Prints medians (wall seconds) and the ratio.
"""
from __future__ import annotations

import argparse
import datetime as dt
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.reports.documents.workbook import write_workbook  # noqa: E402
from app.reports.ledgers import Column, Sheet  # noqa: E402


def make_sheets(total: int) -> list:
    day = dt.date(2021, 3, 1)
    rows = [(day + dt.timedelta(days=i % 90), f"干警{i:06d}", "青山县公安局", "派出所", "出席" if i % 9 else "请假",
             "" if i % 9 else "出差", i % 100 / 100) for i in range(total)]
    columns = [Column("序号", 6, None), Column("日期", 12, lambda r: r[0]), Column("姓名", 10, lambda r: r[1]),
               Column("单位", 20, lambda r: r[2]), Column("部门", 12, lambda r: r[3]), Column("考勤", 6, lambda r: r[4]),
               Column("原因", 12, lambda r: r[5]), Column("比例", 8, lambda r: r[6], "0.0%")]
    big = int(total * 0.9)
    return [Sheet("考勤明细", columns, rows[:big]), Sheet("其他台账", columns, rows[big:])]


def write_held_whole(path: Path, sheets: list) -> None:
    """The writer before streaming: a normal workbook, a cell object per value."""
    from openpyxl import Workbook

    wb = Workbook()
    for sheet in sheets:
        ws = wb.create_sheet(sheet.title)
        for index, column in enumerate(sheet.columns, start=1):
            ws.cell(row=1, column=index, value=column.header)
        for number, row in enumerate(sheet.rows, start=1):
            for index, column in enumerate(sheet.columns, start=1):
                value = number if column.value is None else column.value(row)
                cell = ws.cell(row=number + 1, column=index, value=value)
                if isinstance(value, dt.date):
                    cell.number_format = "yyyy-mm-dd"
                elif column.number_format:
                    cell.number_format = column.number_format
    wb.save(path)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=257_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    sheets = make_sheets(args.rows)
    streamed, whole = [], []
    with tempfile.TemporaryDirectory() as tmp:
        for run in range(args.runs):  # alternate, so a busy moment hurts both
            start = time.perf_counter()
            write_workbook(Path(tmp) / f"s{run}.xlsx", sheets, ["说明"])
            streamed.append(time.perf_counter() - start)
            start = time.perf_counter()
            write_held_whole(Path(tmp) / f"w{run}.xlsx", sheets)
            whole.append(time.perf_counter() - start)
    s, w = statistics.median(streamed), statistics.median(whole)
    print(f"{args.rows} rows, {args.runs} runs each, alternating")
    print(f"streamed (xlsx_write) : median {s:6.1f} s  ({', '.join(f'{x:.1f}' for x in streamed)})")
    print(f"held whole (before)   : median {w:6.1f} s  ({', '.join(f'{x:.1f}' for x in whole)})")
    print(f"ratio                 : {w / s:.2f} × faster")
    return 0


if __name__ == "__main__":
    sys.exit(main())
