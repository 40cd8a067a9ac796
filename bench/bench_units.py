"""Units on the demo database: how long a merge of the biggest unit takes, and resolving names.

    python bench/bench_units.py [--runs 3]

The merge moves 青山县公安局 (its officers, departments, study lists, pledges, feedback items, session
audiences) into a new empty unit, in one transaction with the audit triggers on, as in the program. Each
run starts from a fresh copy of the demo. Prints medians.
"""
from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    from app import demo
    from app.workbench import close_database, open_database

    with tempfile.TemporaryDirectory() as tmp:
        os.environ["JZ_DATA_DIR"] = str(Path(tmp) / "data")
        source = Path(tmp) / "demo.db"
        demo.build(source, seed=7)
        merges, moved_total, result = [], 0, None
        for run in range(args.runs):
            copy = Path(tmp) / f"run{run}.db"
            shutil.copyfile(source, copy)
            open_database(copy)
            from app.roster.unit_admin import UnitData, create_unit, merge_units
            from app.roster.units import find_unit

            police = find_unit("县公安局")
            target = create_unit(UnitData("青山县公安局（合并目标）"))
            start = time.perf_counter()
            result = merge_units(police.id, target.id)
            merges.append((time.perf_counter() - start) * 1000)
            moved_total = sum(result.moved.values())
            close_database()

        open_database(source)
        from app.roster.units import UnitIndex, find_unit

        names = ["县检察院", "青山县 人民法院", "县局", "青山县公安局交警大队", "县司法行政局"] * 2000
        start = time.perf_counter()
        index = UnitIndex()
        resolved = sum(1 for n in names if index.full_name(n))
        index_ms = (time.perf_counter() - start) * 1000
        start = time.perf_counter()
        for n in names[:500]:
            find_unit(n)
        find_us = (time.perf_counter() - start) / 500 * 1e6
        close_database()

    print(f"merge of 青山县公安局 ({moved_total} records: {result.summary()})")
    print(f"  median {statistics.median(merges):.0f} ms over {args.runs} runs ({', '.join(f'{m:.0f}' for m in merges)})")
    print(f"resolve 10,000 names through one UnitIndex: {index_ms:.1f} ms ({resolved} known)")
    print(f"find_unit (one name, its own queries): {find_us:.0f} µs each")
    return 0


if __name__ == "__main__":
    sys.exit(main())
