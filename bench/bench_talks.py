"""Talk records at twenty times the county's size: 10,000 officers, 100,000 talks over three rounds.

Targets: coverage of a round computed in ≤ 200 ms; the records list filters in ≤ 50 ms per keystroke.
Prints medians (and the worst keystroke). Run: python bench/bench_talks.py
"""
from __future__ import annotations

import datetime as dt
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

OFFICERS = 10_000
TALKS = 100_000
UNITS = 20
DEPARTMENTS_PER_UNIT = 25
GROUP_SHARE = 0.1


def timed(fn, repeat: int = 7) -> tuple[float, object]:
    times, result = [], None
    for _ in range(repeat):
        start = time.perf_counter()
        result = fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), result


def build(path: Path) -> None:
    from app.store.db import database
    from app.workbench import open_database
    from app.common.demo_context import DemoContext
    from app.roster.models import Department, Officer, Oversight, Unit
    from app.talks.common import chunks
    from app.talks.models import TALK_TYPES, Talk, TalkParticipant, TalkRound
    from app.talks.rounds import freeze_expected

    rng = random.Random(5)
    open_database(path)
    ctx = DemoContext(rng=rng, today=dt.date(2021, 7, 1), campaign_start=dt.date(2021, 3, 1))
    with database.atomic():
        Unit.insert_many([{"name": f"第{u}单位", "short_name": f"单位{u}", "sort_order": u}
                          for u in range(1, UNITS + 1)]).execute()
        units = list(Unit.select().order_by(Unit.id))
        for unit in units:
            Department.insert_many([{"unit": unit.id, "name": f"部门{d}", "sort_order": d}
                                    for d in range(1, DEPARTMENTS_PER_UNIT + 1)]).execute()
        departments = list(Department.select().order_by(Department.id))
        rows = []
        for index in range(OFFICERS):
            unit = units[index % UNITS]
            position = index // UNITS
            dept = departments[(unit.id - 1) * DEPARTMENTS_PER_UNIT + position % DEPARTMENTS_PER_UNIT]
            rows.append({"id": index + 1, "name": ctx.person_name(), "unit": unit.id,
                         "department": None if position < 6 else dept.id,
                         "leadership": "一把手" if position == 0 else ("班子成员" if position < 6 else ""),
                         "is_department_head": 6 <= position < 6 + DEPARTMENTS_PER_UNIT})
        for chunk in chunks(rows, 500):
            Officer.insert_many(chunk).execute()
        oversight = []
        for unit in units:
            members = [o.id for o in Officer.select(Officer.id).where(Officer.unit == unit.id,
                                                                         Officer.leadership == "班子成员")]
            for d in range(DEPARTMENTS_PER_UNIT):
                oversight.append({"officer": members[d % len(members)],
                                  "department": departments[(unit.id - 1) * DEPARTMENTS_PER_UNIT + d].id})
        for chunk in chunks(oversight, 500):
            Oversight.insert_many(chunk).execute()
        round_ids = []
        for number, name in enumerate(("第一轮", "第二轮", "第三轮"), start=1):
            round_row = TalkRound.create(number=number, name=name)
            freeze_expected(round_row.id)
            round_ids.append(round_row.id)
        talk_rows, people = [], []
        types = TALK_TYPES
        for talk_id in range(1, TALKS + 1):
            size = rng.randint(3, 8) if rng.random() < GROUP_SHARE else 1
            present = rng.sample(range(1, OFFICERS + 1), size)
            talker = rng.randint(1, OFFICERS)
            while talker in present:
                talker = rng.randint(1, OFFICERS)
            talk_rows.append({"id": talk_id, "round": rng.choice(round_ids),
                              "talk_date": dt.date(2021, 3, 1) + dt.timedelta(days=rng.randint(0, 110)),
                              "talker": talker, "talker_name": ctx.person_name(), "talker_post": "单位 职务",
                              "talk_type": rng.choice(types), "mode": "集体" if size > 1 else "个别",
                              "topic": rng.choice(("思想动员", "宽严政策", "三个规定", "工作交流")),
                              "content": "了解思想工作情况，宣讲政策。" * 3})
            people += [{"talk": talk_id, "officer": oid, "unit_post": "单位 部门"} for oid in present]
        for chunk in chunks(talk_rows, 100):
            Talk.insert_many(chunk).execute()
        for chunk in chunks(people, 300):
            TalkParticipant.insert_many(chunk).execute()
    database.execute_sql("ANALYZE")


def main() -> int:
    from app.talks.coverage import cascade_gaps, coverage, untalked
    from app.talks.listing import talk_rows
    from app.talks.rounds import rounds
    from app.workbench import close_database, open_database

    folder = Path(tempfile.mkdtemp(prefix="bench-talks-"))
    path = folder / "bench.db"
    start = time.perf_counter()
    build(path)
    print(f"built {OFFICERS:,} officers, {TALKS:,} talks in {time.perf_counter() - start:.1f} s")
    close_database()
    open_database(path)
    first = rounds()[0]
    print(f"round 1: {first.talks:,} talks, {first.person_times:,} 人次, 应谈 {first.expected:,}")

    coverage_ms, rows = timed(lambda: coverage(first.id))
    print(f"coverage of one round (per unit + 合计):   median {coverage_ms:7.1f} ms   (target ≤ 200)"
          f"   合计 已谈 {rows[-1].talked:,}/{rows[-1].expected:,}")
    campaign_ms, _ = timed(lambda: coverage(None))
    print(f"coverage of the whole campaign:            median {campaign_ms:7.1f} ms")
    untalked_ms, waiting = timed(lambda: untalked(first.id), repeat=3)
    print(f"未谈名单 of one round ({len(waiting):,} people):      median {untalked_ms:7.1f} ms")
    gaps_ms, gaps = timed(lambda: cascade_gaps(first.id), repeat=3)
    print(f"cascade gaps of one round ({len(gaps):,} rows):     median {gaps_ms:7.1f} ms")
    load_ms, records = timed(lambda: talk_rows(), repeat=3)
    print(f"load the records list ({len(records):,} rows):     median {load_ms:7.1f} ms")

    from PySide6.QtCore import QCoreApplication

    from ui.talks.models import TalkListModel

    QCoreApplication.instance() or QCoreApplication([])
    model = TalkListModel()
    model.set_rows(records, with_content=False)
    name = records[123].participants.split("、")[0]
    typing = [name[:i] for i in range(1, len(name) + 1)] + ["", "单", "单位", "单位1", "单位12",
                                                              "单位1", "单位", "单", "", "宽", "宽严", "宽严政策"]
    per_key = []
    for text in typing:
        start = time.perf_counter()
        model.set_filter(text)
        model.rowCount()
        per_key.append((time.perf_counter() - start) * 1000)
    print(f"records filter, per keystroke ({len(typing)} keys over {len(records):,} rows): "
          f"median {statistics.median(per_key):5.1f} ms, worst {max(per_key):5.1f} ms   (target ≤ 50)")
    close_database()
    for leftover in folder.iterdir():
        leftover.unlink()
    folder.rmdir()
    return 0


if __name__ == "__main__":
    sys.exit(main())
