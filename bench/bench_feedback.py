"""Feedback ledger timings on the demo database, and on a ledger ten times the article's size.

Run: python bench/bench_feedback.py   (prints medians in milliseconds; nothing is asserted)
"""
from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("JZ_BUNDLED_FONTS_ONLY", "1")


def median_ms(fn, runs: int = 3) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def grow(factor: int) -> None:
    """Copy every consolidated suggestion (factor - 1) times under new codes, in one transaction."""
    from app.store.db import database
    from app.store.base import new_uuid
    from app.feedback.models import Suggestion

    rows = list(Suggestion.select().where(Suggestion.merged_into.is_null()).dicts())
    copies = []
    for n in range(1, factor):
        for r in rows:
            copy = dict(r, id=None, uuid=new_uuid(), code=f"{r['code']}-{n}")
            copy.pop("id")
            copies.append(copy)
    with database.atomic():
        for start in range(0, len(copies), 100):
            Suggestion.insert_many(copies[start:start + 100]).execute()


def main() -> None:
    from app import demo
    from app.feedback.figures import summary
    from app.feedback.ledger import suggestion_rows
    from app.feedback.outputs import export_ledger, print_ledger, print_overdue
    from app.workbench import close_database, open_database

    folder = Path(tempfile.mkdtemp(prefix="bench-feedback-"))
    path = folder / "demo.db"
    start = time.perf_counter()
    demo.build(path)
    print(f"demo build (all features): {(time.perf_counter() - start) * 1000:.0f} ms")
    open_database(path)
    for label in ("demo (133 items)", "10× demo"):
        total = summary()["total"]
        print(f"-- {label}: {total} consolidated suggestions")
        print(f"suggestion_rows: {median_ms(suggestion_rows, 5):.1f} ms")
        print(f"summary (stats): {median_ms(summary, 5):.1f} ms")
        print(f"ledger PDF: {median_ms(lambda: print_ledger(folder / 'l.pdf')):.0f} ms")
        print(f"overdue PDF: {median_ms(lambda: print_overdue(folder / 'o.pdf')):.0f} ms")
        print(f"Excel export: {median_ms(lambda: export_ledger(folder / 'l.xlsx')):.0f} ms")
        if label.startswith("demo"):
            grow(10)
    close_database()


if __name__ == "__main__":
    main()
