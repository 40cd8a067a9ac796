"""What the audit and permission triggers cost: the same bulk insert and bulk update with and without them.
Prints medians of 3 runs and the ratio. Usage: python bench/audit_overhead.py [rows]"""
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("JZ_DATA_DIR", tempfile.mkdtemp())

from app.store.db import database
from app.workbench import close_database, open_database
from app.roster.models import OutsideLeader  # noqa: E402


def run(rows: int, audit: bool) -> float:
    path = Path(tempfile.mkdtemp()) / "bench.db"
    open_database(path, audit=audit)
    start = time.perf_counter()
    with database.atomic():
        for first in range(0, rows, 500):
            OutsideLeader.insert_many([dict(name=f"领导{i}", organization="县政府", post="副县长")
                                       for i in range(first, min(rows, first + 500))]).execute()
    with database.atomic():
        OutsideLeader.update(post="县长").execute()
    elapsed = time.perf_counter() - start
    close_database()
    return elapsed


def main() -> None:
    rows = int(sys.argv[1]) if len(sys.argv) > 1 else 5000
    plain = statistics.median(run(rows, False) for _ in range(3))
    audited = statistics.median(run(rows, True) for _ in range(3))
    print(f"{rows} inserts + {rows} updates: without audit {plain:.3f} s, with audit {audited:.3f} s, "
          f"ratio {audited / plain:.2f}, {audited / rows / 2 * 1e6:.0f} µs per audited row")


if __name__ == "__main__":
    main()
