"""Memory and time of the roster import on hostile .xlsx files at their real sizes (issue 13, item 11).

    python bench/hostile_xlsx_bench.py [--only NAME ...] [--tracemalloc]

Each case is built here (streamed into the zip, so the builder stays small) and read in a fresh process by
app.roster.excel_import.plan_import on an empty temporary database; that process prints its peak resident
memory (resource.getrusage ru_maxrss) above what it held before reading, the time, and how it ended. With
--tracemalloc the peak of Python allocations is printed as well (much slower).

The cases as reported: a 293 KB file with 10 million cells took 2.3 GB; a 400 MB shared-strings part
821 MB; 1,000,000 bad rows printed 1,000,001 lines.

Measured 2026-12-03 (2 shared cores, loaded; RSS growth without tracemalloc / traced peak with it):
    cells-one-row-10M (286 KB)   0 MB /  1 MB   refused at 2,000,000 cells after 9.7 s
    cells-per-row-10M (48 MB)    0 MB /  0 MB   refused at once: the sheet declares 484 MB > 256 MB
    cells-one-row-1.9M           0 MB /  1 MB   read, 10.5 s
    shared-400MB                 0 MB /  0 MB   refused at once: 399 MB declared > 64 MB
    shared-60MB-short          100 MB / 83 MB   refused at 1,000,000 strings, 6.4 s
    shared-25MB-short           77 MB / 64 MB   read (≈900,000 strings), 4.0 s
    shared-60MB-one-string       0 MB /  1 MB   refused at 32,767 characters
    bad-rows-1M                  4 MB /  4 MB   refused at row 50,001, 5.6 s
    bad-rows-49k                 4 MB /  4 MB   49,000 problems, 200 listed, 5.6 s
    good-rows-49k               56 MB / 52 MB   49,000 to add, 6.8 s
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"


def _write(path: Path, sheet_chunks, shared_chunks=None) -> None:
    """A workbook whose sheet (and shared strings) are written chunk by chunk."""
    from tests.support.hostile_xlsx import SHARED, SHEET, workbook_parts

    parts = workbook_parts([["x"]], shared=[] if shared_chunks is not None else None)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            if name == SHEET:
                with archive.open(name, "w", force_zip64=True) as fh:
                    for chunk in sheet_chunks:
                        fh.write(chunk.encode())
            elif name == SHARED:
                with archive.open(name, "w", force_zip64=True) as fh:
                    for chunk in shared_chunks:
                        fh.write(chunk.encode())
            else:
                archive.writestr(name, data)


def _sheet(rows):
    yield f'<?xml version="1.0"?><worksheet xmlns="{NS}"><sheetData>'
    yield from rows
    yield "</sheetData></worksheet>"


def _inline(ref: str, text: str) -> str:
    return f'<c r="{ref}" t="inlineStr"><is><t>{text}</t></is></c>'


def _header_row() -> str:
    return '<row r="1">' + "".join(_inline(f"{c}1", h) for c, h in zip("ABCD", ["姓名", "单位", "身份证号", "出生日期"])) + "</row>"


def cells_in_one_row(path: Path, count: int = 10_000_000) -> None:
    batch = '<c><v>1</v></c>' * 10_000
    _write(path, _sheet([_header_row(), '<row r="2">'] + [batch] * (count // 10_000) + ["</row>"]))


def cells_one_per_row(path: Path, count: int = 10_000_000) -> None:
    def rows():
        yield _header_row()
        for start in range(2, count + 2, 10_000):
            yield "".join(f'<row r="{r}"><c r="E{r}"><v>1</v></c></row>' for r in range(start, start + 10_000))
    _write(path, _sheet(rows()))


def shared_strings(path: Path, megabytes: int, *, one_string: bool = False) -> None:
    def strings():
        yield f'<?xml version="1.0"?><sst xmlns="{NS}">'
        if one_string:
            yield "<si><t>"
            for _ in range(megabytes * 1024):
                yield "王" * 341 + "x"  # 1 KB of UTF-8
            yield "</t></si>"
        else:
            piece = "".join(f"<si><t>政法干警{i:06d}</t></si>" for i in range(1000))
            for _ in range(megabytes * 1024 * 1024 // len(piece.encode())):
                yield piece
        yield "</sst>"
    _write(path, _sheet([_header_row()]), strings())


def bad_rows(path: Path, count: int) -> None:
    def rows():
        yield _header_row()
        for start in range(2, count + 2, 1000):
            yield "".join(f'<row r="{r}">{_inline(f"A{r}", f"人{r}")}{_inline(f"B{r}", "县法院")}'
                          f'{_inline(f"C{r}", "123")}</row>' for r in range(start, start + 1000))
    _write(path, _sheet(rows()))


def good_rows(path: Path, count: int) -> None:
    import datetime as dt

    from app.common import idcard

    def number(r: int) -> str:  # unique: a day for each thousand rows
        return idcard.make("421223", dt.date(1950, 1, 1) + dt.timedelta(days=r // 1000), r % 1000)

    def rows():
        yield _header_row()
        for start in range(2, count + 2, 1000):
            yield "".join(f'<row r="{r}">{_inline(f"A{r}", f"干警{r}")}{_inline(f"B{r}", f"单位{r % 5}")}'
                          f'{_inline(f"C{r}", number(r))}</row>'
                          for r in range(start, start + 1000))
    _write(path, _sheet(rows()))


CASES = {
    "cells-one-row-10M": lambda p: cells_in_one_row(p),
    "cells-per-row-10M": lambda p: cells_one_per_row(p),
    "cells-one-row-1.9M": lambda p: cells_in_one_row(p, 1_900_000),  # just under the cell limit
    "shared-400MB": lambda p: shared_strings(p, 400),
    "shared-60MB-short": lambda p: shared_strings(p, 60),  # refused: over a million strings
    "shared-25MB-short": lambda p: shared_strings(p, 25),  # just under the count limit
    "shared-60MB-one-string": lambda p: shared_strings(p, 60, one_string=True),
    "bad-rows-1M": lambda p: bad_rows(p, 1_000_000),
    "bad-rows-49k": lambda p: bad_rows(p, 49_000),
    "good-rows-49k": lambda p: good_rows(p, 49_000),
}

CHILD = r"""
import json, resource, sys, time, tracemalloc
sys.path.insert(0, sys.argv[1])
from pathlib import Path
from app.workbench import open_database
open_database(Path(sys.argv[3]))
from app.roster.excel_import import plan_import
import app.common.xlsx_read
use_tracemalloc = sys.argv[4] == "1"
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
if use_tracemalloc:
    tracemalloc.start()
start = time.perf_counter()
try:
    plan = plan_import(sys.argv[2])
    outcome = f"plan: {plan.summary()}；列出 {len(plan.problems)} 处"
except Exception as exc:
    outcome = f"{type(exc).__name__}: {str(exc)[:110]}"
elapsed = time.perf_counter() - start
traced = tracemalloc.get_traced_memory()[1] if use_tracemalloc else 0
after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({"rss_before_mb": before / 1024, "rss_peak_mb": after / 1024, "traced_mb": traced / 2**20,
                  "seconds": elapsed, "outcome": outcome}, ensure_ascii=False))
"""


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--only", nargs="*", choices=sorted(CASES))
    parser.add_argument("--tracemalloc", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        print(f"{'case':24} {'file':>9} {'rss growth':>11} {'traced':>8} {'time':>7}  outcome")
        for name in args.only or CASES:
            path = folder / f"{name}.xlsx"
            CASES[name](path)
            db = folder / f"{name}.db"
            result = subprocess.run([sys.executable, "-c", CHILD, str(ROOT), str(path), str(db),
                                     "1" if args.tracemalloc else "0"], capture_output=True, text=True,
                                    env={**os.environ, "JZ_DATA_DIR": str(folder / "data")})
            if result.returncode != 0:
                print(f"{name:24} failed: {result.stderr[-400:]}")
                continue
            row = json.loads(result.stdout.strip().splitlines()[-1])
            size = path.stat().st_size
            shown = f"{size / 1024:.0f} KB" if size < 10 * 2**20 else f"{size / 2**20:.0f} MB"
            traced = f"{row['traced_mb']:.0f} MB" if args.tracemalloc else "-"
            print(f"{name:24} {shown:>9} {row['rss_peak_mb'] - row['rss_before_mb']:>8.0f} MB {traced:>8} "
                  f"{row['seconds']:>6.1f}s  {row['outcome']}", flush=True)
            path.unlink()


if __name__ == "__main__":
    main()
