"""Overview refresh at ten times a county's scale: 10,000 officers and 100,000 talks.

Builds a synthetic database with insert_many (10 units, 10,000 officers, three rounds with their 应谈
lists, 100,000 talks with about 140,000 people talked with, 60 study sessions each for a fifth of the
roster with attendance, make-up study and reflections, 2,000 suggestions, 24,000 pledges), then prints
medians (milliseconds, wall clock and CPU time) of:
- the core figures (`app.reports.overview.overview()`: every figure group and the per-unit table), all time and
  narrowed to one phase and to one unit;
- the overview tab's refresh (figures, cards, charts and the unit table): everything recounted (a new
  period or database), and after a change of one feature (only that feature's counts are made again);
- the 一人一档 of one officer, the summary report PDF and the export-all workbook (once each).

Target: overview refresh ≤ 300 ms.

Run: QT_QPA_PLATFORM=offscreen python bench/bench_overview.py [--keep]
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
os.environ.setdefault("JZ_BUNDLED_FONTS_ONLY", "1")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

OFFICERS = 10_000
TALKS = 100_000
UNITS = 10
SESSIONS = 60
SUGGESTIONS = 2_000
LEADERS = 4_000
CHUNK = 500


def chunks(rows: list, size: int = CHUNK):
    for start in range(0, len(rows), size):
        yield rows[start:start + size]


def insert(model, rows: list) -> None:
    for part in chunks(rows):
        model.insert_many(part).execute()


def build(path: Path, seed: int = 7) -> None:
    from app.store import campaign
    from app.store.db import database
    from app.workbench import open_database
    from app.store.base import new_uuid
    from app.feedback.models import FeedbackEvent, EventParticipant, Suggestion
    from app.pledges.models import Pledge
    from app.roster.models import Department, Officer, OutsideLeader, Unit
    from app.study.models import Attendee, MakeupTask, Reflection, StudySession, StudyType
    from app.talks.models import RoundExpected, Talk, TalkParticipant, TalkRound
    from app.pledges import templates as pledge_templates

    rng = random.Random(seed)
    today = dt.date.today()
    start = today - dt.timedelta(days=70)
    open_database(path)
    # The audit layer's per-connection triggers would log every synthetic row (hundreds of MB of log that
    # the overview never reads): this filling connection goes without them.
    for (name,) in database.execute_sql("SELECT name FROM sqlite_temp_master WHERE type = 'trigger'").fetchall():
        database.execute_sql(f'DROP TRIGGER temp."{name}"')
    stamp = dt.datetime.now().replace(microsecond=0)

    def base() -> dict:
        return {"uuid": new_uuid(), "created_at": stamp, "updated_at": stamp}

    with database.atomic():
        campaign.save({"county": "基准县", "office_name": "基准县政法队伍教育整顿领导小组办公室",
                       "study_start": start.isoformat()})
        insert(Unit, [{**base(), "name": f"基准县第{i + 1}政法单位", "short_name": f"单位{i + 1}", "kind": "其他",
                       "sort_order": i} for i in range(UNITS)])
        unit_ids = [u.id for u in Unit.select(Unit.id).order_by(Unit.sort_order)]
        unit_names = {u.id: (u.name, u.short_name) for u in Unit.select()}
        insert(Department, [{**base(), "unit": uid, "name": f"第{d + 1}科", "sort_order": d}
                            for uid in unit_ids for d in range(10)])
        departments = {}
        for d in Department.select():
            departments.setdefault(d.unit_id, []).append(d.id)
        officers = []
        for i in range(OFFICERS):
            uid = unit_ids[i % UNITS]
            status = "在岗" if i % 50 else rng.choice(("病休", "专案"))
            officers.append({**base(), "name": f"干警{i:05d}", "unit": uid, "department": rng.choice(departments[uid]),
                             "post": "科员", "status": status, "category": "政法专项编制在编在岗"})
        insert(Officer, officers)
        people = list(Officer.select(Officer.id, Officer.unit, Officer.status, Officer.name).tuples())
        in_post = [p for p in people if p[2] == "在岗"]
        insert(OutsideLeader, [{**base(), "name": f"领导{i:04d}", "organization": f"县直部门{i % 60}", "post": "局长"}
                               for i in range(LEADERS)])

        # talks: three rounds, each with the in-post list
        for n in range(3):
            first = start + dt.timedelta(days=3 + 25 * n)
            TalkRound.create(number=n + 1, name=f"第{'一二三'[n]}轮", start_date=first,
                             end_date=first + dt.timedelta(days=22))
        rounds = list(TalkRound.select().order_by(TalkRound.number))
        insert(RoundExpected, [{**base(), "round": r.id, "officer": p[0]} for r in rounds for p in in_post])
        talks = []
        for i in range(TALKS):
            r = rounds[i * 3 // TALKS]
            talks.append({**base(), "round": r.id,
                          "talk_date": r.start_date + dt.timedelta(days=rng.randint(0, 22)),
                          "talker_name": "谈话人", "talk_type": "思想交流", "mode": "集体" if i % 10 == 0 else "个别",
                          "self_reported": i % 97 == 0})
        insert(Talk, talks)
        participants = []
        for talk_id, in Talk.select(Talk.id).tuples():
            group = talk_id % 10 == 1
            chosen = rng.sample(in_post, 5) if group else [rng.choice(in_post)]
            for p in chosen:
                participants.append({"talk": talk_id, "officer": p[0]})
        insert(TalkParticipant, participants)

        # study: 60 sessions, each for two of the ten units
        # (the migrations installed the default study types)
        type_ids = [t.id for t in StudyType.select().order_by(StudyType.sort_order)][:8]
        by_unit: dict[int, list] = {}
        for p in in_post:
            by_unit.setdefault(p[1], []).append(p)
        for s in range(SESSIONS):
            day = start + dt.timedelta(days=s)
            session = StudySession.create(type=type_ids[s % len(type_ids)], title=f"第{s + 1}次学习", day=day,
                                          audience="units", frozen_at=stamp)
            rows = []
            for uid in (unit_ids[s % UNITS], unit_ids[(s + 3) % UNITS]):
                for position, p in enumerate(by_unit[uid]):
                    roll = rng.random()
                    status = "出席" if roll < 0.93 else ("迟到" if roll < 0.95 else ("请假" if roll < 0.99 else "缺席"))
                    name, short = unit_names[uid]
                    rows.append({"session": session.id, "officer": p[0], "position": position, "name": p[3],
                                 "unit_name": name, "unit_short": short, "unit_order": unit_ids.index(uid),
                                 "status": status, "reason": "出差" if status == "请假" else ""})
            insert(Attendee, rows)
        stamp_row = {"created_at": stamp, "updated_at": stamp}
        missed = list(Attendee.select(Attendee.id, StudySession.day).join(StudySession)
                      .where(Attendee.status.in_(("请假", "缺席"))).tuples())
        insert(MakeupTask, [{**stamp_row, "uuid": new_uuid(), "attendee": aid, "kind": "补学",
                             "deadline": day + dt.timedelta(days=14),
                             "completed_on": day + dt.timedelta(days=7) if aid % 3 else None} for aid, day in missed])
        handed = Attendee.select(Attendee.id, StudySession.day).join(StudySession).where(Attendee.id % 5 == 0).tuples()
        insert(Reflection, [{**stamp_row, "uuid": new_uuid(), "attendee": aid, "received_on": day}
                            for aid, day in handed])

        # feedback: events and suggestions
        insert(FeedbackEvent, [{**base(), "kind": "座谈会" if e % 2 else "走访", "title": f"征求意见活动{e}",
                                "held_on": start + dt.timedelta(days=e % 60), "organiser": unit_ids[e % UNITS]}
                               for e in range(100)])
        insert(EventParticipant, [{**base(), "event": e.id, "category": "群众", "count": 30}
                                  for e in FeedbackEvent.select(FeedbackEvent.id)])
        statuses = ("待交办", "已交办", "整改中", "已整改待验收", "已销号", "已销号", "已销号", "不予采纳")
        insert(Suggestion, [{**base(), "code": f"ZG-{i:05d}", "channel": "座谈会", "content": f"意见建议{i}",
                             "collected_on": start + dt.timedelta(days=i % 60), "unit": unit_ids[i % UNITS],
                             "status": statuses[i % len(statuses)], "category": "执法司法规范",
                             "deadline": start + dt.timedelta(days=40 + i % 60)} for i in range(SUGGESTIONS)])

        # pledges: two per officer in post, one per outside leader
        pledge_templates.ensure_default_templates()
        rows = []
        for key in pledge_templates.DEFAULT_KEYS:
            template = pledge_templates.template_by_key(key)
            version = pledge_templates.latest_version(template)
            if template.audience == "leader":
                signers = [(None, lid, name, org) for lid, name, org in
                           OutsideLeader.select(OutsideLeader.id, OutsideLeader.name, OutsideLeader.organization)
                           .tuples()]
            else:
                signers = [(p[0], None, p[3], unit_names[p[1]][0]) for p in in_post]
            for i, (oid, lid, name, unit) in enumerate(signers):
                signed = i % 20 != 0
                rows.append({**base(), "template": template.id, "version": version.id,
                             "signer_kind": "leader" if lid else "officer", "officer": oid, "leader": lid,
                             "name": name, "unit": unit, "status": "已签署" if signed else "待打印",
                             "issued_at": stamp - dt.timedelta(days=30),
                             "signed_on": start + dt.timedelta(days=i % 60) if signed else None})
        insert(Pledge, rows)
    database.execute_sql("ANALYZE")


def timings(fn, repeat: int = 7) -> tuple[float, float]:
    """Medians (ms) of wall-clock and of this process's CPU time: on a shared machine the wall clock also
    counts time spent waiting for a core; CPU time is what the work itself costs."""
    wall, cpu = [], []
    for _ in range(repeat):
        begin, begin_cpu = time.perf_counter(), time.process_time()
        fn()
        wall.append((time.perf_counter() - begin) * 1000)
        cpu.append((time.process_time() - begin_cpu) * 1000)
    return statistics.median(wall), statistics.median(cpu)


def show(label: str, fn, repeat: int = 7, note: str = "") -> None:
    wall, cpu = timings(fn, repeat)
    print(f"{label:<34} median {wall:7.1f} ms wall, {cpu:7.1f} ms CPU{note}")


def main() -> None:
    folder = Path(tempfile.mkdtemp(prefix="bench-overview-"))
    os.environ["JZ_DATA_DIR"] = str(folder / "data")
    path = folder / "big.db"
    begin = time.perf_counter()
    build(path)
    print(f"synthetic database: {time.perf_counter() - begin:.1f} s, {path.stat().st_size / 1e6:.1f} MB")

    from app.reports import feedback_figures, pledge_figures, roster_figures, study_figures, talk_figures
    from app.reports.overview import overview
    from app.reports.scope import units
    from app.store import campaign
    from app.talks.models import Talk, TalkParticipant
    from app.roster.models import Officer

    print(f"officers {Officer.select().count()}, talks {Talk.select().count()}, "
          f"people talked with (人次) {TalkParticipant.select().count()}")
    phase = campaign.current().phase_ranges()[0]
    unit_id = units()[3][0]
    show("overview(), all time", lambda: overview())
    show(f"overview(), {phase[0]}阶段", lambda: overview(phase[1], phase[2]))
    show("overview(), one unit", lambda: overview(unit=unit_id))
    today = dt.date.today()
    for name, function in (("study_base (counts)", lambda: study_figures.study_base(None, None, today)),
                           ("talk_base (counts)", lambda: talk_figures.talk_base(None, None, today)),
                           ("officer_figures", roster_figures.officer_figures),
                           ("feedback_figures", feedback_figures.feedback_figures),
                           ("pledge_figures", pledge_figures.pledge_figures)):
        show(f"  {name}", function)

    from app.events import Topic
    from ui.shell.application import create_application
    from ui.overview.tab import OverviewTab

    app = create_application()
    tab = OverviewTab()
    tab.resize(1280, 800)
    tab.show()
    app.processEvents()

    def refresh_after(topic: Topic):
        def run() -> None:
            tab.on_changed(topic)
            tab._timer.stop()  # measured directly, without the debounce delay
            tab.refresh()
            app.processEvents()
        return run

    show("tab refresh, everything recounted", refresh_after(Topic.DATABASE), note="   (target ≤ 300 ms)")
    show("tab refresh after a talk change", refresh_after(Topic.TALKS))
    show("tab refresh after a study change", refresh_after(Topic.STUDY))
    show("tab refresh after a feedback change", refresh_after(Topic.FEEDBACK))

    from app.reports import person_file

    officer_id = Officer.select(Officer.id).where(Officer.status == "在岗").first().id
    show("一人一档 (core)", lambda: person_file.person_file(officer_id))
    from app.reports import outputs

    begin = time.perf_counter()
    outputs.print_report(folder / "report.pdf")
    print(f"{'summary report PDF':<34} once   {(time.perf_counter() - begin) * 1000:7.1f} ms")
    begin = time.perf_counter()
    counts = outputs.export_all(folder / "all.xlsx")
    print(f"{'export-all workbook':<34} once   {(time.perf_counter() - begin) * 1000:7.1f} ms   "
          f"({sum(counts.values())} rows)")
    tab.close()
    if "--keep" in sys.argv:
        print(f"kept: {path}")
    else:
        import shutil

        from app.workbench import close_database

        close_database()
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
