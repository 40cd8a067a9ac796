"""Start-up: time from launching the process to the main window shown and painted, against a bare PySide6
QMainWindow in the same run. Each start is a fresh subprocess; the kinds alternate; medians of N.

    python bench/startup.py [--runs 5] [--before DIR] [--bundle dist/jiaozheng]...

Two moments of the program's start (as ui.shell.application.run_gui does it): "painted", the window with
its menus and tab titles on screen; "ready", the first tab (the overview) built with its figures and painted.
--before DIR also times another copy of the program in the same run, e.g. the code before a change:
`git archive main | tar -x -C /tmp/before` (it uses this run's demo database).
--bundle DIR times the built program (tools/build.sh → dist/jiaozheng, what users run): its console twin
opens this run's demo database with JZ_STARTUP_PROBE set, which makes run_gui print the same two moments and
end (ui.shell.application.report_startup). Give it more than once to compare two builds. The bundle pays
costs a source run does not (its bootloader, modules unpacked from its archive): time both.

Target: the app's window painted ≤ 2 × the bare window. Also lists heavy modules that must NOT be imported at
start-up.

Measured 2026-12-04 on the shared 2-CPU build machine (load 0.3-0.8; runs spread ±50 ms), 11 runs each,
medians. One run: bare 121 ms; source painted 238 ms (1.97 ×), ready 429 ms; bundle painted 249 ms
(2.06 ×), ready 426 ms; the code before the start-up work (73bfbc3) painted 370 ms (3.07 ×). Two more runs:
source 1.90 × against 2.01 × for the previous landing (b8d911d); source 2.09 ×, bundle 2.06 ×. So the paint
is at about 2 × the bare window, ± 0.1 from run to run. What went: the ~300 audit triggers are made before
a connection's first write, not at open (30-60 ms); the file's damage check runs in a thread started before
Qt is imported; PySide6's import hook no longer reads each later module's source; the idle lock's event
filter is installed only while accounts are on (it made PySide6 create ~140 enums at the first paint);
logging.handlers and platformdirs are not imported. What is left
before the paint (importtime): PySide6 itself as in the bare window, peewee (~20-28 ms with socket, uuid
and decimal), every feature's models to know the schema and the tables' labels (~35 ms), the main window's modules.
"""
from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HEAVY = ("openpyxl", "reportlab", "playhouse.db_url", "psycopg", "pymysql", "PySide6.QtPdf", "PySide6.QtPrintSupport",
         "logging.handlers")

BARE = """
import time
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
window.resize(1280, 800)
window.show()
app.processEvents()
window.grab()  # paint once
print("SHOWN", time.process_time(), flush=True)
"""

APP = """
import sys, time
sys.path.insert(0, {root!r})
from ui.shell.application import create_application, install_excepthook, open_database_interactively, setup_logging
try:
    from ui.shell.application import start_early_check
    early = start_early_check({db!r})
except ImportError:  # a copy from before the check began first
    early = None
setup_logging()
install_excepthook()
app = create_application()
open_database_interactively({db!r}, *([early] if early is not None else []))
from ui.shell.main_window import MainWindow
try:
    window = MainWindow(first_tab_after_paint=True)  # as run_gui makes it
except TypeError:  # a copy from before the first tab waited for the paint
    window = MainWindow()
window.show()
app.processEvents()
window.grab()  # paint once
print("SHOWN", time.process_time(), flush=True)
heavy = [m for m in {heavy!r} if m in sys.modules]
while not window.built_tabs():
    app.processEvents()
window.grab()
print("READY", time.process_time(), flush=True)
print("HEAVY", ",".join(heavy), flush=True)
"""


def bundle_command(folder: Path, db: Path) -> list[str]:
    """The built program's console twin, opening the demo database; JZ_STARTUP_PROBE (set in the
    environment below) makes it report its moments like APP and end (ui.shell.application.report_startup)."""
    console = folder / ("jiaozheng-console" + (".exe" if os.name == "nt" else ""))
    if not console.exists():
        raise SystemExit(f"{console} not found: build first (tools/build.sh)")
    return [str(console.resolve()), "--db", str(db)]


def time_child(code: str | list[str], env: dict) -> tuple[float, float, float | None, str]:
    """(wall time from launch to the window painted, the child's CPU time by then, wall time to "ready" when
    the child reports it, the rest of its output). `code`: Python source, or a program's command line."""
    argv = code if isinstance(code, list) else [sys.executable, "-c", code]
    start = time.perf_counter()
    proc = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, cwd=ROOT)
    line = proc.stdout.readline()
    elapsed = time.perf_counter() - start
    ready = None
    if line.startswith("SHOWN") and code is not BARE:
        ready_line = proc.stdout.readline()
        if ready_line.startswith("READY"):
            ready = time.perf_counter() - start
    rest, err = proc.communicate(timeout=60)
    if not line.startswith("SHOWN"):
        raise RuntimeError(f"child failed: {line}{rest}{err}")
    return elapsed, float(line.split()[1]), ready, rest


def ms(values: list[float]) -> str:
    return ", ".join(f"{x * 1000:.0f}" for x in values)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--before", type=Path, help="another copy of the program to time in the same run")
    parser.add_argument("--bundle", type=Path, action="append", default=[],
                        help="a built program folder (dist/jiaozheng) to time too; may be given more than once")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "demo.db"
        sys.path.insert(0, str(ROOT))
        from app import demo

        demo.build(db, seed=2021)
        env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
                   JZ_DATA_DIR=str(Path(tmp) / "data"))
        # As installed for users: compiled .pyc files are kept (the warm-up runs below write them). With
        # PYTHONDONTWRITEBYTECODE set, every start would compile all of app/ and ui/ again.
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["JZ_STARTUP_PROBE"] = ",".join(HEAVY)  # only the built program reads it
        kinds = {"bare PySide6 window": BARE}
        if args.before:
            kinds["before (" + str(args.before) + ")"] = APP.format(root=str(args.before.resolve()), db=str(db), heavy=HEAVY)
        kinds["main window + demo"] = APP.format(root=str(ROOT), db=str(db), heavy=HEAVY)
        for folder in args.bundle:
            kinds["bundle (" + str(folder) + ")"] = bundle_command(folder, db)
        for code in kinds.values():
            time_child(code, env)  # warm the file cache, write the .pyc files
        wall = {k: [] for k in kinds}
        cpu = {k: [] for k in kinds}
        ready = {k: [] for k in kinds}
        heavy_seen = set()
        for _ in range(args.runs):
            for kind, code in kinds.items():
                elapsed, used, ready_at, rest = time_child(code, env)
                wall[kind].append(elapsed)
                cpu[kind].append(used)
                if ready_at is not None:
                    ready[kind].append(ready_at)
                if code is not BARE:
                    for line in rest.splitlines():
                        if line.startswith("HEAVY") and line[6:].strip() and not kind.startswith("before"):
                            heavy_seen.update(line[6:].strip().split(","))
    median = {k: statistics.median(v) for k, v in wall.items()}
    bare = median["bare PySide6 window"]
    bare_cpu = statistics.median(cpu["bare PySide6 window"])
    print(f"load average {os.getloadavg()[0]:.2f} on {os.cpu_count()} CPUs; {args.runs} runs each, alternating")
    for kind in kinds:
        c = statistics.median(cpu[kind])
        line = f"{kind:20s}: painted median {median[kind] * 1000:5.0f} ms wall ({median[kind] / bare:.2f} ×), " \
               f"{c * 1000:5.0f} ms CPU ({c / bare_cpu:.2f} ×)"
        if ready[kind]:
            r = statistics.median(ready[kind])
            line += f"; ready {r * 1000:5.0f} ms ({r / bare:.2f} ×)"
        print(line)
        print(f"{'':20s}  painted runs: {ms(wall[kind])}" + (f"; ready runs: {ms(ready[kind])}" if ready[kind] else ""))
    print("target: painted ≤ 2 × the bare window (wall)")
    print(f"heavy modules loaded at start-up: {', '.join(sorted(heavy_seen)) or 'none'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
