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
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
window.resize(1280, 800)
window.show()
app.processEvents()
window.grab()  # paint once
print("SHOWN", flush=True)
"""

APP = """
import sys
sys.path.insert(0, {root!r})
from ui.application import create_application, install_excepthook, open_database_interactively, setup_logging
setup_logging()
install_excepthook()
app = create_application()
open_database_interactively({db!r})
from ui.main_window import MainWindow
window = MainWindow()
window.show()
app.processEvents()
window.grab()  # paint once
print("SHOWN", flush=True)
heavy = [m for m in {heavy!r} if m in sys.modules]
print("HEAVY", ",".join(heavy), flush=True)
"""


def time_child(code: str, env: dict) -> tuple[float, str]:
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env=env, cwd=ROOT)
    line = proc.stdout.readline()
    elapsed = time.perf_counter() - start
    rest, err = proc.communicate(timeout=60)
    if not line.startswith("SHOWN"):
        raise RuntimeError(f"child failed: {line}{rest}{err}")
    return elapsed, rest


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
        app_code = APP.format(root=str(ROOT), db=str(db), heavy=HEAVY)
        time_child(BARE, env)  # warm the file cache for both
        time_child(app_code, env)
        bare, full, heavy_seen = [], [], set()
        for _ in range(args.runs):
            bare.append(time_child(BARE, env)[0])
            elapsed, rest = time_child(app_code, env)
            full.append(elapsed)
            for line in rest.splitlines():
                if line.startswith("HEAVY") and line[6:].strip():
                    heavy_seen.update(line[6:].strip().split(","))
    b, a = statistics.median(bare), statistics.median(full)
    print(f"bare PySide6 window : median {b * 1000:7.0f} ms  (runs: {', '.join(f'{x * 1000:.0f}' for x in bare)})")
    print(f"main window + demo  : median {a * 1000:7.0f} ms  (runs: {', '.join(f'{x * 1000:.0f}' for x in full)})")
    print(f"ratio               : {a / b:.2f} ×  (target ≤ 1.5 ×)")
    print(f"heavy modules loaded at start-up: {', '.join(sorted(heavy_seen)) or 'none'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
