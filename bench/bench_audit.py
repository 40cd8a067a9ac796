"""What the audit log's hash chain costs (issue 13 item 10): the same audited writes with the chain trigger
(every audit row also writes its link, hashed by jz_chain) and without it (the connection's chain trigger
dropped), plus the cost of checking the chain in 检查数据库. Medians of 5 runs, one run of this script.

Usage: python bench/bench_audit.py [rows]
"""
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("JZ_DATA_DIR", tempfile.mkdtemp())

from app.roster.models import OutsideLeader  # noqa: E402
from app.safety import audit_chain  # noqa: E402
from app.store.db import database  # noqa: E402
from app.workbench import close_database, open_database  # noqa: E402

RUNS = 5


def _open(chain: bool) -> None:
    open_database(Path(tempfile.mkdtemp()) / "bench.db")
    if not chain:  # this connection only: the audit triggers stay, the link is not written
        database.execute_sql("DROP TRIGGER temp.jz_chain_link")


def bulk(rows: int, chain: bool) -> float:
    """Seconds per audited row: `rows` inserts in batches of 500, then one update of them all."""
    _open(chain)
    start = time.perf_counter()
    with database.atomic():
        for first in range(0, rows, 500):
            OutsideLeader.insert_many([dict(name=f"领导{i}", organization="县政府", post="副县长")
                                       for i in range(first, min(rows, first + 500))]).execute()
    with database.atomic():
        OutsideLeader.update(post="县长").execute()
    elapsed = time.perf_counter() - start
    close_database()
    return elapsed / (2 * rows)


def single(count: int, chain: bool) -> float:
    """Seconds per audited write, each its own transaction (as a form's 保存 is)."""
    _open(chain)
    start = time.perf_counter()
    for i in range(count):
        OutsideLeader.create(name=f"领导{i}", organization="县政府", post="副县长")
    elapsed = time.perf_counter() - start
    close_database()
    return elapsed / count


def verify_cost(rows: int) -> tuple[float, int]:
    _open(True)
    with database.atomic():
        for first in range(0, rows, 500):
            OutsideLeader.insert_many([dict(name=f"领导{i}", organization="县政府")
                                       for i in range(first, min(rows, first + 500))]).execute()
    start = time.perf_counter()
    report = audit_chain.verify(database.connection())
    elapsed = time.perf_counter() - start
    close_database()
    assert report.ok
    return elapsed, report.checked


def main() -> None:
    rows = int(sys.argv[1]) if len(sys.argv) > 1 else 5000
    singles = max(200, rows // 10)
    for name, fn, n in (("bulk (insert_many + update)", bulk, rows), ("single writes, one transaction each", single,
                                                                    singles)):
        without = statistics.median(fn(n, False) for _ in range(RUNS))
        with_chain = statistics.median(fn(n, True) for _ in range(RUNS))
        print(f"{name}: without chain {without * 1e6:.1f} µs per audited write, with chain {with_chain * 1e6:.1f} µs, "
              f"ratio {with_chain / without:.2f} (+{(with_chain - without) * 1e6:.1f} µs)")
    seconds, checked = verify_cost(rows * 4)
    print(f"checking the chain (检查数据库): {checked} rows in {seconds * 1000:.0f} ms, "
          f"{seconds / checked * 1e6:.1f} µs per row")


if __name__ == "__main__":
    main()
