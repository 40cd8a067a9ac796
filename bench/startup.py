"""Start-up: time from launching the process to the main window shown and painted, against a bare PySide6
QMainWindow in the same run. Each start is a fresh subprocess; the two kinds alternate; medians of N.

    python bench/startup.py [--runs 5]

Target: the app ≤ 1.5 × the bare window. Also lists heavy modules that must NOT be imported at start-up.
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
HEAVY = ("openpyxl", "reportlab", "playhouse.db_url", "psycopg", "pymysql", "PySide6.QtPdf", "PySide6.QtPrintSupport")

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
setup_logging()
install_excepthook()
app = create_application()
open_database_interactively({db!r})
from ui.shell.main_window import MainWindow
window = MainWindow()
window.show()
app.processEvents()
window.grab()  # paint once
print("SHOWN", time.process_time(), flush=True)
heavy = [m for m in {heavy!r} if m in sys.modules]
print("HEAVY", ",".join(heavy), flush=True)
"""


def time_child(code: str, env: dict) -> tuple[float, float, str]:
    """(wall time from launch to the window painted, the child's CPU time by then, the rest of its output)."""
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env=env, cwd=ROOT)
    line = proc.stdout.readline()
    elapsed = time.perf_counter() - start
    rest, err = proc.communicate(timeout=60)
    if not line.startswith("SHOWN"):
        raise RuntimeError(f"child failed: {line}{rest}{err}")
    return elapsed, float(line.split()[1]), rest


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
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
        app_code = APP.format(root=str(ROOT), db=str(db), heavy=HEAVY)
        time_child(BARE, env)  # warm the file cache for both
        time_child(app_code, env)
        bare, full, bare_cpu, full_cpu, heavy_seen = [], [], [], [], set()
        for _ in range(args.runs):
            elapsed, cpu, _rest = time_child(BARE, env)
            bare.append(elapsed)
            bare_cpu.append(cpu)
            elapsed, cpu, rest = time_child(app_code, env)
            full.append(elapsed)
            full_cpu.append(cpu)
            for line in rest.splitlines():
                if line.startswith("HEAVY") and line[6:].strip():
                    heavy_seen.update(line[6:].strip().split(","))
    b, a = statistics.median(bare), statistics.median(full)
    bc, ac = statistics.median(bare_cpu), statistics.median(full_cpu)
    print(f"load average {os.getloadavg()[0]:.2f} on {os.cpu_count()} CPUs; {args.runs} runs each, alternating")
    print(f"bare PySide6 window : median {b * 1000:6.0f} ms wall, {bc * 1000:6.0f} ms CPU  "
          f"(wall runs: {', '.join(f'{x * 1000:.0f}' for x in bare)})")
    print(f"main window + demo  : median {a * 1000:6.0f} ms wall, {ac * 1000:6.0f} ms CPU  "
          f"(wall runs: {', '.join(f'{x * 1000:.0f}' for x in full)})")
    print(f"ratio               : {a / b:.2f} × wall, {ac / bc:.2f} × CPU  (target ≤ 1.5 ×)")
    print(f"heavy modules loaded at start-up: {', '.join(sorted(heavy_seen)) or 'none'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
