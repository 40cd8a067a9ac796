"""Study sessions: how long the work a clerk waits on takes, at the source county's scale.

Prints medians (seconds) for: the study part of the demo, the sign-in sheet of a county-wide session
(525 people) and of a three-unit session (147), the notice, and attendance marking through the tab
(one unit present at once, then single exceptions, each followed by the tab's own refresh).

Run: QT_QPA_PLATFORM=offscreen python bench/bench_study.py
"""
from __future__ import annotations

import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("JZ_BUNDLED_FONTS_ONLY", "1")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def timed(fn, repeat: int = 3) -> tuple[float, object]:
    times, result = [], None
    for _ in range(repeat):
        start = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


def main() -> None:
    from app import demo
    from app.study.figures import person_figures
    from app.study.listing import session_rows
    from app.study.outputs import print_notice, print_signin_sheet
    from app.workbench import close_database, open_database

    folder = Path(tempfile.mkdtemp(prefix="bench-study-"))
    os.environ["JZ_DATA_DIR"] = str(folder / "data")
    base = folder / "demo.db"
    start = time.perf_counter()
    demo.build(base, seed=2021)
    demo_total = time.perf_counter() - start

    # The study hook alone, on a roster-only database.
    from app import features
    saved = list(features.FEATURES)
    features.FEATURES[:] = [f for f in saved if f[0] == "roster"]
    roster_only = folder / "roster.db"
    start = time.perf_counter()
    demo.build(roster_only, seed=2021)
    roster_time = time.perf_counter() - start
    features.FEATURES[:] = saved

    work = folder / "work.db"
    shutil.copy(base, work)
    open_database(work)
    rows = session_rows()
    county = next(r for r in rows if r.audience == "all" and r.frozen)
    three = next(r for r in rows if r.title.startswith("县委政法委、县检察院、县司法局"))
    t_county, out = timed(lambda: print_signin_sheet(county.id, folder / "county.pdf"))
    import pypdf

    county_pages = len(pypdf.PdfReader(str(out)).pages)
    t_three, out = timed(lambda: print_signin_sheet(three.id, folder / "three.pdf"))
    three_pages = len(pypdf.PdfReader(str(out)).pages)
    t_notice, _ = timed(lambda: print_notice(three.id, folder / "notice.pdf"))
    t_rows, _ = timed(lambda: session_rows(), repeat=5)
    t_people, _ = timed(lambda: person_figures(), repeat=5)

    # Marking through the tab, each action followed by the refresh the tab does.
    from ui.shell.application import create_application
    from ui.study.tab import StudyTab

    app = create_application()
    tab = StudyTab()
    tab.resize(1280, 800)
    tab.show()
    tab.sessions.select_session(three.id)
    app.processEvents()
    panel = tab.sessions.attendance

    def settle():
        app.processEvents()
        app.processEvents()

    unit_times = []
    for unit in ("中共青山县委政法委员会", "青山县人民检察院", "青山县司法局"):
        panel.unit.setCurrentIndex(panel.unit.findData(unit))
        start = time.perf_counter()
        panel.mark_all_present()
        settle()
        unit_times.append(time.perf_counter() - start)
    panel.unit.setCurrentIndex(0)
    settle()
    single_times = []
    for index in range(0, 40, 4):
        panel.view.selectRow(index)
        start = time.perf_counter()
        panel.mark_selected("迟到")  # as the key 2 does; the tab refreshes itself after
        settle()
        single_times.append(time.perf_counter() - start)
    close_database()

    print(f"demo build (whole): {demo_total:.2f} s; roster only: {roster_time:.2f} s; "
          f"study share ≈ {demo_total - roster_time:.2f} s")
    print(f"sign-in sheet, {county.figures.expected} people: {t_county:.2f} s, {county_pages} pages")
    print(f"sign-in sheet, {three.figures.expected} people (three units): {t_three:.2f} s, {three_pages} pages")
    print(f"notice: {t_notice:.2f} s")
    print(f"session list with figures ({len(rows)} sessions): {t_rows * 1000:.0f} ms; "
          f"per-person figures: {t_people * 1000:.0f} ms")
    print(f"tab: one unit present at once + refresh: median {statistics.median(unit_times) * 1000:.0f} ms "
          f"(max {max(unit_times) * 1000:.0f} ms)")
    print(f"tab: one exception + refresh: median {statistics.median(single_times) * 1000:.0f} ms "
          f"(max {max(single_times) * 1000:.0f} ms)")
    exceptions = 5
    print(f"clerk actions for {three.figures.expected} people with {exceptions} exceptions: "
          f"3 unit clicks + {exceptions} × (type name, Enter, key, confirm reason) = {3 + 4 * exceptions} actions; "
          f"program time ≈ {(sum(unit_times) + exceptions * statistics.median(single_times)):.2f} s")
    shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
