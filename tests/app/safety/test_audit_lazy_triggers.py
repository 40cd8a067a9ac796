"""The audit and guard triggers are made before a connection's first write, not when it opens
(app.safety.audit.arm): a connection that only reads never pays for them, and a write that bypasses peewee
before they exist is refused by SQLite rather than left out of the log."""
import sqlite3
import threading

import pytest

from app.roster.models import Officer
from app.roster.officers import OfficerData, create_officer
from app.safety.models import AuditEntry
from app.store.db import database, writes
from app.workbench import close_database, open_database


def temp_triggers() -> int:
    return database.execute_sql("SELECT count(*) FROM temp.sqlite_master WHERE type = 'trigger'").fetchone()[0]


@pytest.fixture
def reopened(tmp_path):
    """A file with an officer in it, opened afresh: its connection has read nothing and written nothing."""
    path = tmp_path / "office.db"
    open_database(path)
    create_officer(OfficerData(name="王敏", unit="青山县人民法院"))
    close_database()
    open_database(path)
    yield path
    close_database()


def test_reading_makes_no_triggers_and_the_first_write_makes_them_and_is_logged(reopened):
    assert Officer.select().count() == 1
    assert temp_triggers() == 0
    before = AuditEntry.select().count()
    create_officer(OfficerData(name="李强", unit="青山县人民法院"))
    assert temp_triggers() > 100  # audit and guard triggers for every table
    created = AuditEntry.select().where(AuditEntry.id > before, AuditEntry.action == "create",
                                        AuditEntry.table_name == "officer")
    assert [entry.label for entry in created] == ["李强"]


def test_a_transaction_makes_the_triggers_before_it_begins(reopened):
    with database.atomic():  # peewee's BEGIN does not pass through execute_sql
        assert temp_triggers() > 100
        Officer.update(remarks="调整").execute()
    assert AuditEntry.select().where(AuditEntry.action == "update", AuditEntry.table_name == "officer").count() == 1


def test_a_raw_write_before_the_triggers_is_refused_and_changes_nothing(reopened):
    conn = database.connection()
    with pytest.raises(sqlite3.DatabaseError, match="not authorized"):
        conn.execute("UPDATE officer SET remarks = 'x'")
    assert Officer.select().where(Officer.remarks == "x").count() == 0
    create_officer(OfficerData(name="李强", unit="青山县人民法院"))  # the triggers now exist: raw writes are logged
    before = AuditEntry.select().count()
    conn.execute("UPDATE officer SET remarks = 'y' WHERE name = '王敏'")
    assert AuditEntry.select().where(AuditEntry.id > before, AuditEntry.action == "update").count() == 1


def test_a_worker_thread_connection_gets_its_own_triggers_at_its_first_write(reopened):
    outcome = {}

    def work():
        try:
            outcome["read"] = (Officer.select().count(), temp_triggers())
            create_officer(OfficerData(name="赵六", unit="青山县人民法院"))
            outcome["after write"] = temp_triggers()
        except Exception as exc:  # reported below
            outcome["error"] = exc
        finally:
            database.close()

    thread = threading.Thread(target=work)
    thread.start()
    thread.join()
    assert "error" not in outcome
    assert outcome["read"] == (1, 0)
    assert outcome["after write"] > 100
    assert AuditEntry.select().where(AuditEntry.label == "赵六", AuditEntry.action == "create").count() == 1


@pytest.mark.parametrize("sql, expected", [
    ("SELECT * FROM officer", False),
    ("  pragma table_info(officer)", False),
    ('WITH "pairs" AS (SELECT 1) SELECT "updated_at", "deleted_at" FROM "pairs"', False),
    ('WITH "x" AS (SELECT 1) UPDATE "officer" SET "remarks" = 1', True),
    ('WITH "x" AS (SELECT 1) insert into "officer" SELECT * FROM "x"', True),
    ('INSERT INTO "officer" ("name") VALUES (?)', True),
    ("DELETE FROM officer", True),
    ("SAVEPOINT a", True),
    ("CREATE TABLE t (a)", True),
])
def test_which_statements_count_as_writes(sql, expected):
    assert writes(sql) is expected
