"""The 问题线索 permission: no role has it; without it every read and write of self-check text and clue content is
refused in the core, while counts stay available. The audit log never holds the text."""
import json

import pytest

from app.rectify.clues import ClueData, clue_rows, register_clue
from app.rectify.disposal import clue_history, dispose
from app.rectify.figures import summary
from app.rectify.self_checks import item_rows, officer_items, reviews_of
from app.safety import access, accounts
from tests.app.rectify.conftest import days, new_item, review_through

SECRET = "曾收受当事人购物卡两千元"


@pytest.fixture
def filled(people):
    item = new_item(people["zhang"], content=SECRET)
    review_through(item.id, "移交线索组")
    dispose(1, "谈话函询", unit="县法院", deadline=days(5), note="谈话时" + SECRET)
    return item


def test_no_role_has_it_by_default():
    assert all(access.CLUES not in perms for perms in access.ROLE_PERMISSIONS.values())


@pytest.mark.parametrize("role", access.ROLES)
def test_without_the_grant_every_read_is_refused_but_counts_are_not(filled, role):
    accounts.enable("admin", "管理员", "secret-1")
    accounts.create_account("clerk", "录入员甲", role, "secret-2")
    accounts.login("clerk", "secret-2")
    try:
        for read in (item_rows, clue_rows, lambda: officer_items(filled.officer_id), lambda: reviews_of([filled.id]),
                     lambda: clue_history(1),
                     lambda: register_clue(ClueData(source="举报", received_on=days(-1), subject_name="某", content="x"))):
            with pytest.raises(access.PermissionDenied, match="问题线索"):
                read()
        assert summary()["clues"] == 1 and summary()["outcome_items"]["移交线索组"] == 1
    finally:
        accounts.logout()


def test_the_grant_is_per_account_and_takes_effect_on_sign_in(filled):
    accounts.enable("admin", "管理员", "secret-1")
    with pytest.raises(access.PermissionDenied):  # the first administrator too must be granted it
        item_rows()
    accounts.create_account("clue", "线索组", access.ROLE_READER, "secret-2", can_view_clues=True)
    accounts.login("clue", "secret-2")
    try:
        assert [r.content for r in item_rows()] == [SECRET]
    finally:
        accounts.logout()
    row = next(a for a in accounts.account_rows() if a.username == "clue")
    assert row.can_view_clues


def test_the_audit_log_holds_no_text(filled):
    from app.safety.models import AuditEntry

    rows = list(AuditEntry.select().where(AuditEntry.table_name.in_(
        ["self_check_item", "self_check_review", "clue", "clue_history"])))
    assert {r.table_name for r in rows} == {"self_check_item", "self_check_review", "clue", "clue_history"}
    for r in rows:
        assert SECRET not in (r.changes or "") and SECRET not in r.detail and "情况属实" not in (r.changes or "")
    clue_insert = next(r for r in rows if r.table_name == "clue" and r.action == "create")
    assert json.loads(clue_insert.changes)["content"] == "（已填写，不记录原文）"


def test_an_older_file_gets_the_account_column(tmp_path):
    """A file at the version before this step has an account table without can_view_clues: the step adds it."""
    import sqlite3

    from app.rectify.schema import SCHEMA_VERSION
    from app.store import migrations
    from app.workbench import close_database, latest_version, open_database

    path = tmp_path / "old.db"
    open_database(path)
    close_database()
    con = sqlite3.connect(path)
    con.execute("ALTER TABLE account DROP COLUMN can_view_clues")
    for table in ("check_finding", "special_check", "clue_history", "clue", "self_check_review", "self_check_item"):
        con.execute(f"DROP TABLE {table}")
    con.execute("UPDATE schema_info SET value = ? WHERE key = 'version'", (str(SCHEMA_VERSION - 1),))
    con.commit()
    con.close()
    open_database(path)
    try:
        from app.store.db import database

        assert "can_view_clues" in {c.name for c in database.get_columns("account")}
        assert migrations.schema_version(database.obj) == latest_version()
    finally:
        close_database()


def test_the_log_viewer_masks_these_tables_without_the_grant(filled, people):
    from app.safety import audit

    def shown():
        return [r for t in ("self_check_item", "clue") for r in audit.entries(audit.AuditFilter(table=t))]

    open_rows = shown()
    assert open_rows and any("张伟" in r.changes for r in open_rows)  # who reported is visible with the grant
    accounts.enable("admin", "管理员", "secret-1")
    try:
        masked = shown()
        assert masked and all(r.masked for r in masked if r.changes)
        assert not any("张伟" in r.changes or "张伟" in r.label for r in masked)
    finally:
        accounts.logout()
