"""The study hooks: the print commands and the figures in `stats --json`."""
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pypdf

from app.study import attendance, audience, feature, sessions, reflections

from tests.support.study_data import UNITS, make_roster, session_data

ROOT = Path(__file__).resolve().parents[3]


def run(*args):
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], capture_output=True, text=True, cwd=ROOT)


def test_print_commands(demo_db_file, tmp_path):
    db = tmp_path / "demo.db"  # printing is recorded in the audit log: not in the shared demo file
    shutil.copyfile(demo_db_file, db)
    notice = run("--db", str(db), "print", "notice", "--session", "1", "--out", str(tmp_path / "n.pdf"))
    assert notice.returncode == 0, notice.stderr
    signin = run("--db", str(db), "print", "signin", "--session", "1", "--out", str(tmp_path / "s.pdf"))
    assert signin.returncode == 0, signin.stderr
    assert pypdf.PdfReader(str(tmp_path / "s.pdf")).pages
    missing = run("--db", str(db), "print", "signin", "--session", "9999", "--out", str(tmp_path / "x.pdf"))
    assert missing.returncode == 2 and "9999" in missing.stderr and "Traceback" not in missing.stderr
    assert not (tmp_path / "x.pdf").exists()
    stats = json.loads(run("--db", str(db), "stats", "--json").stdout)
    assert stats["study"]["reflections"] == 1756 and stats["study"]["sessions_per_type"]["警示教育大会"] == 12


def test_stats_rates_keep_four_places(db):
    make_roster()
    court = list(UNITS)[0]
    session = sessions.create_session(session_data(type_name="应知应会测试", title="测试", unit_names=[court]))
    attendance.mark_all_present(session.id)
    rows = audience.attendee_rows(session.id)
    attendance.mark(session.id, [rows[0].id], "缺席")
    reflections.set_scores(session.id, {rows[1].id: 90, rows[2].id: 50, rows[3].id: 70})
    numbers = feature.stats()
    # 11 expected: 病休 and 专案 on leave, one absent, eight present.
    assert numbers["attendance_rate"] == round(8 / 11, 4) == 0.7273
    assert numbers["tests"][0]["pass_rate"] == round(2 / 3, 4) == 0.6667
    assert (numbers["expected"], numbers["attended"], numbers["on_leave"], numbers["absent"]) == (11, 8, 2, 1)
