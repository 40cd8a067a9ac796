"""SIGKILL at random points during long writes: the file always passes the integrity check and every
operation is all or nothing. Scenarios live in tests/support/crash_harness.py (add import / batch print there)."""
import os
import random
import signal
import subprocess
import sys
import time

from pathlib import Path

import pytest

from tests.support.crash_harness import SCENARIOS, integrity

HARNESS = str(Path(__file__).resolve().parents[2] / "support" / "crash_harness.py")
RUNS = {"batch_print": 5, "roster_import": 6, "roster_edits": 10, "bulk_insert": 8, "demo_build": 6, "restore_backups": 6, "backups": 6}  # 47 kills
SCALE = float(os.environ.get("JZ_CRASH_RUNS_SCALE", "1"))


def kill_during(name, path, delay, tmp_path):
    child = subprocess.Popen([sys.executable, HARNESS, name, str(path)], stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True,
                             env={**os.environ, "JZ_DATA_DIR": str(tmp_path / "data")})
    try:
        line = child.stdout.readline()
        assert line.strip() == "ready", child.stderr.read()
        time.sleep(delay)
        assert child.poll() is None, "the scenario ended before it was killed: " + child.stderr.read()
        child.send_signal(signal.SIGKILL)
    finally:
        child.kill()
        child.wait()
        child.stdout.close()
        child.stderr.close()


@pytest.mark.parametrize("name", list(RUNS))
def test_killed_at_random_points_the_file_stays_whole(name, tmp_path_factory):
    from app.workbench import close_database

    scenario = SCENARIOS[name]()
    rng = random.Random(f"{name}-2021")
    for run in range(max(1, int(RUNS[name] * SCALE))):
        folder = tmp_path_factory.mktemp(f"{name}{run}")
        path = folder / "office.db"
        scenario.prepare(path)
        close_database()
        delay = rng.uniform(0.05, scenario.kill_within)
        kill_during(name, path, delay, folder)
        if path.exists():
            assert integrity(path) == "ok", f"run {run}: killed after {delay:.2f}s"
        problems = scenario.check(path)
        assert problems == [], f"run {run}: killed after {delay:.2f}s: {problems}"
