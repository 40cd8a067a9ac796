"""Issue 13 item 10: tampering with the audit log from outside the program (the sqlite3 shell, after
dropping the append-only triggers) is found by 检查数据库, which names the first broken row; the dropped
triggers are re-made at the next open."""
import sqlite3

import pytest

from app import maintenance
from app.roster.officers import OfficerData, create_officer, update_officer
from app.safety import audit
from app.workbench import close_database, open_database


def add(name, **kw):
    return create_officer(OfficerData(name=name, unit="青山县人民法院", **kw))


def shell(path, *statements):
    """What someone with the sqlite3 shell does to the file while the program is closed."""
    conn = sqlite3.connect(str(path))
    try:
        for statement in statements:
            conn.execute(statement)
        conn.commit()
    finally:
        conn.close()


DROP = ("DROP TRIGGER audit_log_no_update", "DROP TRIGGER audit_log_no_delete")


def chain_line(report):
    return next(line for line in report.lines if line.startswith("操作日志："))


def _three_edits(db):
    officer = add("王敏", remarks="原备注")
    update_officer(officer.id, OfficerData(name="王敏", unit="青山县人民法院", remarks="第二次"))
    add("李强")
    close_database()
    conn = sqlite3.connect(str(db))
    ids = [r[0] for r in conn.execute("SELECT id FROM audit_log ORDER BY id")]
    update = conn.execute("SELECT id FROM audit_log WHERE action = 'update'").fetchone()[0]
    conn.close()
    return ids, update


def test_untouched_log_checks_out(db):
    _three_edits(db)
    open_database(db)
    report = maintenance.check_database()
    assert report.ok, report.lines
    assert "校验链完整" in chain_line(report)


@pytest.mark.parametrize("attack", ["edit", "delete", "insert", "delete_with_link", "move_start"])
def test_tampering_with_the_shell_is_found_and_the_first_broken_row_named(db, attack):
    ids, target = _three_edits(db)  # target: the update of 王敏
    statements = {
        "edit": DROP + (f"UPDATE audit_log SET actor = '别人' WHERE id = {target}",),
        "delete": DROP + (f"DELETE FROM audit_log WHERE id = {target}",),
        "insert": ("INSERT INTO audit_log (id, at, actor, action, table_name, label, detail) VALUES "
                   f"({ids[-1] + 100}, '2026-01-01 00:00:00', '伪造', 'export', 'officer', '', '')",),
        "delete_with_link": DROP + ("DROP TRIGGER audit_chain_no_delete",
                                    f"DELETE FROM audit_log WHERE id = {target}",
                                    f"DELETE FROM audit_chain WHERE entry_id = {target}"),
        # "the chain starts later": every row before the new start would go unchecked
        "move_start": (f"UPDATE schema_info SET value = '{ids[-1] + 1}' WHERE key = 'audit_chain_from'",),
    }[attack]
    shell(db, *statements)
    open_database(db)
    report = maintenance.check_database()
    assert not report.ok
    line = chain_line(report)
    expected = ids[-1] + 100 if attack == "insert" else ids[0] if attack == "move_start" else (
        ids[ids.index(target) + 1] if attack == "delete_with_link" else target)
    assert f"第 {expected} 条" in line and "篡改" in line, line
    if attack == "edit":
        assert "别人" in line and "修改" in line  # the row is named by what it says now
    assert report.lines[0] == "检查结果：发现问题，详见下文。"


def test_dropped_append_only_triggers_are_remade_at_open_and_logged(db):
    add("王敏")
    close_database()
    shell(db, *DROP)
    open_database(db)
    with pytest.raises(Exception, match="只能追加"):
        from app.store.db import database
        database.execute_sql("DELETE FROM audit_log")
    assert any("防篡改触发器曾被删除" in r.detail for r in audit.entries(audit.AuditFilter(action="check")))
    assert maintenance.check_database().ok  # the re-making itself is a chained row


def test_rows_from_before_the_chain_are_counted_not_vouched_for(db):
    """A file upgraded from schema 7: its old rows stay unchecked, the chain starts at the first new row."""
    add("王敏")
    close_database()
    conn = sqlite3.connect(str(db))
    before = conn.execute("SELECT count(*) FROM audit_log").fetchone()[0]
    conn.executescript("DROP TRIGGER audit_chain_no_delete; DELETE FROM audit_chain; DROP TABLE audit_chain;"
                       "DELETE FROM schema_info WHERE key = 'audit_chain_from';"
                       "UPDATE schema_info SET value = '7' WHERE key = 'version';")
    conn.close()
    open_database(db)  # migrates to 8 again
    add("李强")
    report = maintenance.check_database()
    assert report.ok, report.lines
    assert f"另有 {before} 条早于校验链启用" in chain_line(report)


def test_the_chain_survives_backup_and_restore(db):
    add("王敏")
    good = maintenance.make_backup("manual")
    add("李强")
    maintenance.restore(good.path)
    add("张三")
    assert maintenance.check_database().ok


def test_append_only_triggers_replaced_by_harmless_ones_of_the_same_name_are_remade(db):
    add("王敏")
    close_database()
    shell(db, *DROP, "CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log WHEN 0 BEGIN SELECT 1; END")
    open_database(db)
    from app.store.db import database

    with pytest.raises(Exception, match="只能追加"):
        database.execute_sql("DELETE FROM audit_log")


def test_a_dropped_chain_table_is_reported_and_the_log_stays_append_only(db):
    add("王敏")
    close_database()
    shell(db, *DROP, "DROP TRIGGER audit_chain_no_update", "DROP TRIGGER audit_chain_no_delete",
          "DROP TABLE audit_chain")
    open_database(db)
    from app.store.db import database

    with pytest.raises(Exception, match="只能追加"):
        database.execute_sql("UPDATE audit_log SET actor = '别人'")
    add("李强")  # writing still works
    report = maintenance.check_database()
    assert not report.ok and "校验链表缺失" in chain_line(report)
