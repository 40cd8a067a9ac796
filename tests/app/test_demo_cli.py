import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def run(*args, **kw):
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], capture_output=True, text=True,
                          cwd=ROOT, **kw)


def test_demo_has_the_source_county_scale(demo_db):
    from app import stats

    figures = stats.collect()
    assert figures["units"] == 5
    assert figures["officers"]["in_campaign"] == 518
    assert figures["officers"]["outside_leaders"] == 748


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


# ---------------------------------------------------------------- issue 13, item 6: demo --force keeps real work

def _backups(data_dir, stem):
    return sorted((data_dir / "backups").rglob(f"{stem}-*-before-demo*.db"))  # in the file's own (UUID) folder


def test_demo_force_refuses_a_database_with_accounts(demo_db_file, tmp_path, data_dir):
    from tests.support.trust_files import copy_of, refused, run_cli, with_accounts

    path = with_accounts(copy_of(demo_db_file, tmp_path / "office.db"))
    before = path.read_bytes()
    result = run_cli("--db", path, "demo", "--force")
    assert refused(result, "用户账户", "未覆盖"), result.stderr
    assert path.read_bytes() == before


def test_demo_force_refuses_a_database_with_work_beyond_the_demo(demo_db_file, tmp_path):
    from app.roster.officers import OfficerData, create_officer
    from app.workbench import close_database, open_database
    from tests.support.trust_files import copy_of, refused, run_cli

    path = copy_of(demo_db_file, tmp_path / "office.db")
    open_database(path)
    create_officer(OfficerData(name="新来的", unit="青山县人民法院"))
    close_database()
    before = path.read_bytes()
    result = run_cli("--db", path, "demo", "--force")
    assert refused(result, "1 条演示数据以外的操作记录"), result.stderr
    assert path.read_bytes() == before

    plain_db = tmp_path / "plain.db"  # an office file that was never a demo
    open_database(plain_db)
    create_officer(OfficerData(name="甲", unit="县法院"))
    close_database()
    result = run_cli("--db", plain_db, "demo", "--force")
    assert refused(result, "操作记录"), result.stderr


@pytest.mark.parametrize("content", [b"\x00" * 4096 * 3, "不是数据库".encode() * 300], ids=["encrypted-like", "text"])
def test_demo_force_refuses_a_file_it_cannot_read(content, tmp_path):
    from tests.support.trust_files import refused, run_cli

    path = tmp_path / "odd.db"
    path.write_bytes(content)
    result = run_cli("--db", path, "demo", "--force")
    assert refused(result, "未覆盖"), result.stderr
    assert path.read_bytes() == content


def test_demo_force_backs_up_an_unused_demo_first_and_says_where(demo_db_file, tmp_path, data_dir):
    from app.store import backup
    from tests.support.trust_files import copy_of, run_cli, sql

    path = copy_of(demo_db_file, tmp_path / "demo.db")
    before = sql(path, "SELECT count(*) FROM officer")[0][0]
    result = run_cli("--db", path, "demo", "--force", "--seed", "5")
    assert result.returncode == 0, result.stderr
    copies = _backups(data_dir, "demo")
    assert len(copies) == 1 and str(copies[0]) in result.stdout
    backup.verify(copies[0])
    assert sql(copies[0], "SELECT count(*) FROM officer")[0][0] == before
    assert sql(copies[0], "SELECT value FROM schema_info WHERE key = 'demo'")[0][0] == \
        sql(demo_db_file, "SELECT value FROM schema_info WHERE key = 'demo'")[0][0]


def test_demo_force_honours_the_lock_of_the_gui(demo_db_file, tmp_path, data_dir):
    from tests.support.trust_files import another_program_has, copy_of, refused, run_cli

    path = copy_of(demo_db_file, tmp_path / "demo.db")
    with another_program_has(path):
        before = path.read_bytes()
        result = run_cli("--db", path, "demo", "--force")
        assert refused(result, "正由"), result.stderr
        assert path.read_bytes() == before
    assert _backups(data_dir, "demo") == []
    assert not (tmp_path / "demo.db.building").exists()


def test_demo_url_target_names_the_file(tmp_path):
    from tests.support.trust_files import run_cli, tables

    result = run_cli("--db", f"sqlite+pool:///{tmp_path / 'u.db'}", "demo")
    assert result.returncode == 0, result.stderr
    assert "officer" in tables(tmp_path / "u.db")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["u.db"]
