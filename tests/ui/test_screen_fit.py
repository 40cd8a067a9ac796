"""Every window fits a 1366×768 office screen (free area 1366×728 after the task bar): its frame and every
visible button are on the screen. The windows are those of tests/support/screen_catalog.py, opened on the
demo database by tools/render_screens.py in a child process whose offscreen screen has that size (the
test process's own offscreen screen is 800×800 and cannot change once the application exists)."""
import json
import os
import subprocess
import sys

from tests.conftest import ROOT
from tests.support.screen_catalog import BASES, WINDOWS, window_classes

SCREEN = "1366x728"


def test_every_dialog_and_main_window_under_ui_is_in_the_catalog():
    defined = set(window_classes())
    listed = {name for name, _stem, _make in WINDOWS}
    assert defined - listed - BASES == set(), "add these windows to tests/support/screen_catalog.py WINDOWS"
    assert listed - defined == set(), "the catalog names windows that are gone"
    assert len({stem for _name, stem, _make in WINDOWS}) == len(WINDOWS)


def test_every_window_and_its_buttons_fit_a_1366x728_screen(tmp_path):
    report_path = tmp_path / "report.json"
    env = dict(os.environ, JZ_BUNDLED_FONTS_ONLY="1")
    env.pop("QT_QPA_PLATFORM", None)  # the tool sets an offscreen screen of SCREEN
    done = subprocess.run([sys.executable, str(ROOT / "tools" / "render_screens.py"), "--screen", SCREEN,
                           str(tmp_path / "png"), "--report", str(report_path), "--seed", "7"],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-3000:]
    report = json.loads(report_path.read_text(encoding="utf-8"))
    covered = {entry["window"] for entry in report}
    assert covered >= {name for name, _stem, _make in WINDOWS}
    problems = {entry["window"]: entry["problems"] for entry in report if entry["problems"]}
    assert problems == {}
    for entry in report:  # each really was drawn at a size of its own
        assert 0 < entry["width"] <= 1366 and 0 < entry["height"] <= 728 - 31, entry
        assert (tmp_path / "png" / entry["file"]).stat().st_size > 1000
