"""The 整改清单 PDF (print_ledger) of the demo's suggestions grown ten times (1,330 items), timed in child
processes: this copy of the program and, with --before DIR, another copy (e.g. the code before a change:
`git archive main | tar -x -C /tmp/before`) in the same run, alternating, on the same database file.

    python bench/bench_ledger_pdf.py [--runs 3] [--before DIR]

Prints each copy's median and its runs (seconds), and the pages written.
"""
from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

CHILD = """
import sys, time
sys.path.insert(0, {root!r})
from app.workbench import open_database
from app.feedback.outputs import print_ledger
open_database({db!r})
print_ledger({out!r})  # fonts registered, modules imported: not what is timed
start = time.perf_counter()
items = print_ledger({out!r})
print("TIME", time.perf_counter() - start, items, flush=True)
"""


def time_copy(root: Path, db: Path, out: Path, env: dict) -> tuple[float, int]:
    result = subprocess.run([sys.executable, "-c", CHILD.format(root=str(root), db=str(db), out=str(out))],
                            capture_output=True, text=True, env=env, cwd=root, timeout=600)
    line = next((x for x in result.stdout.splitlines() if x.startswith("TIME")), None)
    if line is None:
        raise RuntimeError(f"child failed: {result.stdout}{result.stderr}")
    _word, seconds, items = line.split()
    return float(seconds), int(items)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--before", type=Path, help="another copy of the program to time in the same run")
    args = parser.parse_args()
    from app import demo
    from app.workbench import close_database, open_database
    sys.path.insert(0, str(ROOT / "bench"))
    from bench_feedback import grow

    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "ledger.db"
        demo.build(db, seed=2021)
        open_database(db)
        grow(10)
        close_database()
        env = dict(os.environ, JZ_DATA_DIR=str(Path(tmp) / "data"), JZ_BUNDLED_FONTS_ONLY="1")
        copies = {"this copy": ROOT}
        if args.before:
            copies = {"before (" + str(args.before) + ")": args.before.resolve(), **copies}
        times = {name: [] for name in copies}
        items = pages = 0
        for _ in range(args.runs):
            for name, root in copies.items():
                copy_db = Path(tmp) / f"copy-{len(times[name])}.db"  # each child writes its audit line
                shutil.copyfile(db, copy_db)
                seconds, items = time_copy(root, copy_db, Path(tmp) / "ledger.pdf", env)
                times[name].append(seconds)
        try:
            from pypdf import PdfReader

            pages = len(PdfReader(Path(tmp) / "ledger.pdf").pages)
        except ImportError:
            pages = 0
    print(f"load average {os.getloadavg()[0]:.2f} on {os.cpu_count()} CPUs; ledger PDF of {items} items"
          + (f", {pages} pages" if pages else "") + f"; {args.runs} runs each, alternating")
    for name, values in times.items():
        print(f"{name:30s}: median {statistics.median(values):6.2f} s  (runs: {', '.join(f'{v:.2f}' for v in values)})")
    if args.before:
        before, after = (statistics.median(v) for v in times.values())
        print(f"after / before: {after / before:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
