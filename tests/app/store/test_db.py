import sqlite3

import peewee as pw
import pytest

from app.store import migrations
from app.store.db import database
from app import workbench
from app.workbench import close_database, open_database
from app.errors import DatabaseError, DatabaseTooNew


def test_new_file_gets_latest_schema_wal_and_foreign_keys(tmp_path):
    path = tmp_path / "new.db"
    open_database(path)
    try:
        assert migrations.schema_version(database.obj) == workbench.latest_version()
        assert database.execute_sql("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert database.execute_sql("PRAGMA foreign_keys").fetchone()[0] == 1
        assert database.execute_sql("PRAGMA busy_timeout").fetchone()[0] == 5000
    finally:
        close_database()


def test_file_from_newer_version_is_refused_untouched(tmp_path):
    path = tmp_path / "future.db"
    open_database(path)
    close_database()
    con = sqlite3.connect(path)
    con.execute("UPDATE schema_info SET value = ? WHERE key = 'version'", (str(workbench.latest_version() + 5),))
    con.commit()
    con.close()
    before = path.read_bytes()
    with pytest.raises(DatabaseTooNew, match="较新版本"):
        open_database(path)
    assert path.read_bytes() == before


def test_not_a_database_is_refused(tmp_path):
    path = tmp_path / "letter.db"
    path.write_text("这不是数据库", encoding="utf-8")
    with pytest.raises(DatabaseError, match="不是本程序的数据库"):
        open_database(path)


def test_failed_migration_rolls_back_and_keeps_a_copy(tmp_path, monkeypatch):
    path = tmp_path / "old.db"
    open_database(path)
    close_database()

    def broken(db):
        db.execute_sql("CREATE TABLE half_done (x INTEGER)")
        raise RuntimeError("boom")

    latest = workbench.latest_version()
    monkeypatch.setattr(workbench, "_steps", workbench.schema_steps() + [(latest + 1, "坏", broken)])
    with pytest.raises(RuntimeError):
        open_database(path)
    con = sqlite3.connect(path)
    tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    version = con.execute("SELECT value FROM schema_info WHERE key='version'").fetchone()[0]
    con.close()
    assert "half_done" not in tables
    assert int(version) == latest
    copies = list(tmp_path.glob("old.v*.bak"))
    assert len(copies) == 1
    assert sqlite3.connect(copies[0]).execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_every_record_has_a_uuid(db):
    from app.roster.officers import OfficerData, create_officer

    a = create_officer(OfficerData(name="甲", unit="县法院"))
    b = create_officer(OfficerData(name="乙", unit="县法院"))
    assert len(a.uuid) == 36 and a.uuid != b.uuid
    assert a.unit.uuid and len(a.unit.uuid) == 36
