"""Audit log (generic triggers, append-only, masking, export) and accounts (hashing, roles, guard)."""
import csv
import json

import peewee as pw
import pytest

from app.safety import access
from app.safety import accounts
from app.safety import audit
from app.roster.officers import OfficerData, create_officer, update_officer
from app.roster.trash import delete_officers, purge_officers, restore_officers
from app.roster.units import get_or_create_unit
from app.safety.access import PermissionDenied
from app.store.db import database
from app.errors import AppError, Conflict, ValidationError
from app.roster.models import Officer, OutsideLeader
from app.safety.models import Account, AuditEntry


def make(**kw):
    data = dict(name="王敏", unit="青山县人民法院", department="刑事审判庭")
    data.update(kw)
    return OfficerData(**data)


def log_rows(table=None):
    query = AuditEntry.select().order_by(AuditEntry.id)
    if table:
        query = query.where(AuditEntry.table_name == table)
    return list(query)


def test_create_update_status_trash_restore_purge_are_logged_field_by_field(db):
    officer = create_officer(make(id_number="11010519491231002X"))
    update_officer(officer.id, make(id_number="11010519491231002X", department="民事审判一庭", status="病休"))
    update_officer(officer.id, make(id_number="11010519491231002X", department="民事审判一庭", status="病休",
                                    post="庭长"))
    delete_officers([officer.id])
    restore_officers([officer.id])
    delete_officers([officer.id])
    purge_officers([officer.id])
    rows = log_rows("officer")
    assert [r.action for r in rows] == ["create", "status", "update", "trash", "restore", "trash", "delete"]
    assert all(r.record_uuid == officer.uuid and r.label == "王敏" for r in rows)
    status_change = json.loads(rows[1].changes)
    assert status_change["status"] == ["在岗", "病休"]
    assert status_change["department_id"] == ["刑事审判庭", "民事审判一庭"]  # names, not bare numbers
    assert "updated_at" not in status_change
    assert json.loads(rows[2].changes) == {"post": ["", "庭长"]}
    assert rows[0].actor == access.current_actor()


def test_bulk_update_and_insert_many_bypassing_models_are_logged(db):
    OutsideLeader.insert_many([dict(name=f"领导{i}", organization="县政府") for i in range(5)]).execute()
    OutsideLeader.update(post="副县长").execute()
    assert [r.action for r in log_rows("outside_leader")].count("create") == 5
    assert [r.action for r in log_rows("outside_leader")].count("update") == 5


def test_no_op_save_is_not_logged(db):
    officer = create_officer(make())
    before = AuditEntry.select().count()
    Officer.get_by_id(officer.id).save()  # only updated_at changes
    assert AuditEntry.select().count() == before


def test_rolled_back_write_leaves_no_log_entry(db):
    before = AuditEntry.select().count()
    with pytest.raises(RuntimeError):
        with database.atomic():
            get_or_create_unit("县司法局")
            raise RuntimeError("stop")
    assert AuditEntry.select().count() == before


def test_log_is_append_only(db):
    create_officer(make())
    entry = AuditEntry.select().first()
    with pytest.raises(AppError, match="只能追加"):
        AuditEntry.update(actor="别人").where(AuditEntry.id == entry.id).execute()
    with pytest.raises(AppError, match="只能追加"):
        AuditEntry.delete().execute()
    assert AuditEntry.get_by_id(entry.id).actor == entry.actor


def test_record_event_and_filters(db):
    create_officer(make())
    audit.record_event("export", "导出人员台账（1人）到 台账.xlsx", table="officer")
    audit.record_event("print", "打印承诺书 1 份", table="officer")
    exports = audit.entries(audit.AuditFilter(action="export"))
    assert [r.detail for r in exports] == ["导出人员台账（1人）到 台账.xlsx"]
    assert exports[0].action_label == "导出"
    assert {r.action for r in audit.entries(audit.AuditFilter(table="officer"))} == {"create", "export", "print"}
    assert [r.action for r in audit.entries(audit.AuditFilter(text="承诺书"))] == ["print"]
    assert audit.entries(audit.AuditFilter(actor="没有这个人")) == []


def test_id_numbers_never_shown_in_the_viewer(db):
    create_officer(make(id_number="11010519491231002X"))
    text = " ".join(r.changes for r in audit.entries())
    # not even masked: the birth date in the same row would complete it (tests/app/safety/test_audit_confidential.py)
    assert "1101" not in text and "002X" not in text and "身份证号：（已填写，不记录原文）" in text


def _talk_table():
    """A stand-in for the talks feature's table (built by another helper): any table named talk*."""

    class TalkRecord(pw.Model):
        uuid = pw.CharField(default="t-1")
        topic = pw.CharField()
        content = pw.TextField()

        class Meta:
            database = database
            table_name = "talk_record"

    database.create_tables([TalkRecord])
    audit.install(database.connection())
    return TalkRecord


def test_talk_content_masked_for_a_role_without_it_and_not_searchable(db, tmp_path):
    TalkRecord = _talk_table()
    accounts.enable("admin", "管理员", "secret-1")
    accounts.create_account("clerk", "小李", access.ROLE_CLERK, "secret-2", can_view_talks=False)
    TalkRecord.create(topic="家庭困难", content="谈到了借款问题")
    rows = [r for r in audit.entries() if r.table == "talk_record"]
    assert "借款" in rows[0].changes  # the admin was granted talk content
    accounts.login("clerk", "secret-2")
    assert not access.can(access.TALK_CONTENT)
    rows = [r for r in audit.entries() if r.table == "talk_record"]
    assert rows and "借款" not in rows[0].changes and "家庭困难" not in rows[0].label and rows[0].masked
    assert audit.entries(audit.AuditFilter(text="借款")) == []  # the search cannot reveal it either
    out = audit.export(audit.entries(), tmp_path / "log.csv")
    assert "借款" not in out.read_text(encoding="utf-8-sig")


def test_export_neutralises_formula_cells(db, tmp_path):
    from openpyxl import load_workbook

    create_officer(make(remarks="=cmd|' /C calc'!A0"))
    rows = audit.entries()
    xlsx = audit.export(rows, tmp_path / "log.xlsx")
    sheet = load_workbook(xlsx).active
    values = [c.value for row in sheet.iter_rows() for c in row if isinstance(c.value, str)]
    assert not any(v.startswith("=") for v in values)
    assert all(c.data_type != "f" for row in sheet.iter_rows() for c in row)
    with open(audit.export(rows, tmp_path / "log.csv"), encoding="utf-8-sig") as fh:
        cells = [c for row in csv.reader(fh) for c in row]
    assert not any(c.startswith(("=", "+", "-", "@")) for c in cells)
    assert audit.entries(audit.AuditFilter(action="export"))  # exporting the log is logged too


# ---------------------------------------------------------------- accounts

def test_password_hash_is_scrypt_salted_and_verifies():
    first, second = accounts.hash_password("正确的密码1"), accounts.hash_password("正确的密码1")
    assert first.startswith("scrypt$16384$8$1$") and first != second
    assert accounts.verify_password("正确的密码1", first)
    assert not accounts.verify_password("正确的密码2", first)
    assert not accounts.verify_password("x", "garbage")


def test_accounts_off_by_default_everyone_may_do_everything(db):
    assert not access.accounts_enabled()
    assert all(access.can(p) for p in access.PERMISSIONS)


def test_reader_cannot_write_anywhere_through_the_central_guard(db):
    officer = create_officer(make())
    accounts.enable("admin", "管理员", "secret-1")
    accounts.create_account("reader", "查阅员", access.ROLE_READER, "secret-3")
    accounts.login("reader", "secret-3")
    assert not access.can(access.EDIT) and not access.can(access.TALK_CONTENT)
    with pytest.raises(PermissionDenied, match="没有修改数据的权限"):
        create_officer(make(name="李四"))
    with pytest.raises(PermissionDenied):
        delete_officers([officer.id])
    with pytest.raises(PermissionDenied):  # a raw bulk update is refused too
        Officer.update(remarks="x").execute()
    assert Officer.get_by_id(officer.id).deleted_at is None
    assert Officer.select().count() == 1


def test_login_wrong_password_is_refused_and_logged(db):
    accounts.enable("admin", "管理员", "secret-1")
    accounts.logout()
    assert not access.can(access.EDIT)  # nobody signed in
    with pytest.raises(ValidationError, match="用户名或密码不正确"):
        accounts.login("admin", "wrong-password")
    assert audit.entries(audit.AuditFilter(action="login_failed"))
    user = accounts.login("admin", "secret-1")
    assert user.role == access.ROLE_ADMIN and access.can(access.ADMIN)
    assert "管理员" in access.current_actor()


def test_password_hash_never_reaches_the_log(db):
    accounts.enable("admin", "管理员", "secret-1")
    stored = Account.get(Account.username == "admin").password_hash
    raw = " ".join((e.changes or "") for e in AuditEntry.select())
    assert stored.split("$")[-1] not in raw and "***" in raw


def test_last_admin_cannot_be_demoted_and_clerk_cannot_manage(db):
    admin = accounts.enable("admin", "管理员", "secret-1")
    with pytest.raises(Conflict, match="管理员"):
        accounts.update_account(admin.id, display_name="管理员", role=access.ROLE_CLERK, can_view_talks=False,
                                can_view_ids=False, active=True)
    accounts.create_account("clerk", "录入", access.ROLE_CLERK, "secret-2")
    accounts.login("clerk", "secret-2")
    with pytest.raises(PermissionDenied):
        accounts.create_account("x", "x", access.ROLE_ADMIN, "secret-9")
    create_officer(make())  # a clerk may enter records


def test_accounts_setting_travels_with_the_file(db):
    from app.workbench import close_database, open_database

    accounts.enable("admin", "管理员", "secret-1")
    close_database()
    open_database(db)
    assert access.accounts_enabled() and access.current_user() is None
    assert not access.can(access.TALK_CONTENT)
