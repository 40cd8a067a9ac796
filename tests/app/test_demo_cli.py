import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def run(*args, **kw):
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], capture_output=True, text=True,
                          cwd=ROOT, **kw)


def test_demo_has_the_source_county_scale(demo_db):
    from app import stats

    figures = stats.collect()
    assert figures["units"] == 5
    assert figures["officers"]["in_campaign"] == 518
    assert figures["officers"]["outside_leaders"] == 218


def test_demo_is_deterministic(tmp_path):
    from app import demo
    from app.workbench import close_database, open_database
    from app.roster.officers import officer_rows

    names = []
    for n in (1, 2):
        path = tmp_path / f"d{n}.db"
        demo.build(path, seed=99)
        open_database(path)
        names.append([(r.name, r.id_number, r.department) for r in officer_rows()])
        close_database()
    assert names[0] == names[1]


def test_cli_stats_json_and_user_errors(demo_db_file, tmp_path):
    result = run("--db", str(demo_db_file), "stats", "--json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["officers"]["in_campaign"] == 518
    missing = run("--db", str(tmp_path / "none.db"), "stats", "--json")
    assert missing.returncode == 2
    assert "找不到数据库" in missing.stderr and "Traceback" not in missing.stderr
    exists = run("--db", str(demo_db_file), "demo")
    assert exists.returncode == 2 and "--force" in exists.stderr
