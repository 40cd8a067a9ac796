"""The roster to Excel: the export the import reads back unchanged, the blank template, the audit log."""
import datetime as dt
from dataclasses import replace

from app.roster.excel_columns import COLUMNS
from app.roster.excel_import import apply_plan, plan_import
from app.roster.models import Officer
from app.roster.officers import OfficerData, officer_data_from_row, officer_rows, oversight_map, update_officer
from app.roster.outputs import export_roster


def test_round_trip_loses_nothing(demo_db, tmp_path):
    from app.workbench import close_database, open_database

    officer = Officer.select().where(Officer.leadership == "班子成员").first()
    data = OfficerData.from_officer(officer)
    data.remarks = "=HYPERLINK(\"http://x\")，+1 @某 -注"
    data.hire_date = dt.date(2003, 9, 1)
    update_officer(officer.id, data)
    other = Officer.select().where(Officer.leadership == "").first()
    update_officer(other.id, replace(
        OfficerData.from_officer(other), id_number="", gender="女", birth_date=dt.date(1990, 2, 3),
        counts_in_campaign=False, status="专案", is_department_head=True, phone="07153321234"))

    def snapshot():
        oversights = oversight_map()
        return sorted((officer_data_from_row(r, sorted(oversights.get(r.id, []))) for r in officer_rows()),
                      key=lambda d: (d.unit, d.name, d.id_number))

    before = snapshot()
    out = tmp_path / "export.xlsx"
    assert export_roster(out) == len(before)

    from openpyxl import load_workbook

    sheet = load_workbook(out).active
    assert sheet.merged_cells.ranges and sheet["A2"].value == "序号"
    id_cells = [c for c in sheet["E"][2:] if c.value]
    assert id_cells and all(c.data_type == "s" and len(c.value) == 18 for c in id_cells)
    risky = [c for row in sheet.iter_rows(min_row=3) for c in row if isinstance(c.value, str) and c.value.startswith("=")]
    assert risky and all(c.data_type == "s" and c.quotePrefix for c in risky)  # never run as a formula

    close_database()
    open_database(tmp_path / "fresh.db")
    plan = plan_import(out)
    assert plan.ok, plan.problems[:3]
    apply_plan(plan, None)
    assert snapshot() == before
    # and again into the database it came from: nothing to change
    close_database()
    open_database(demo_db)
    again = plan_import(out)
    assert again.ok and not again.to_add and not again.to_update


def test_template_has_headers_and_imports_as_nothing(db, tmp_path):
    from openpyxl import load_workbook

    path = tmp_path / "模板.xlsx"
    assert export_roster(path, template=True) == 0
    book = load_workbook(path)
    assert [c.value for c in book.active[2]] == [c.header for c in COLUMNS]
    assert "填写说明" in book.sheetnames
    assert book.active.data_validations.dataValidation  # drop-down lists for the fixed vocabularies
    plan = plan_import(path)
    assert plan.ok and plan.rows_read == 0


def test_export_is_written_in_the_audit_log_and_the_template_is_not(db, tmp_path):
    from app.roster.officers import create_officer
    from app.safety import audit

    create_officer(OfficerData(name="王敏", unit="青山县人民法院", id_number="11010519491231002X"))
    assert export_roster(tmp_path / "模板.xlsx", template=True) == 0
    assert audit.entries(audit.AuditFilter(action="export")) == []
    out = tmp_path / "台账.xlsx"
    assert export_roster(out) == 1
    assert export_roster(tmp_path / "无号码.xlsx", include_ids=False) == 1
    logged = audit.entries(audit.AuditFilter(action="export"))
    assert sorted(r.detail for r in logged) == sorted([f"导出人员台账（1人，含完整身份证号）到 {out}",
                                                        f"导出人员台账（1人）到 {tmp_path / '无号码.xlsx'}"])
    assert all(r.table == "officer" and "11010519491231002X" not in r.detail for r in logged)


def _id_cells(path):
    from openpyxl import load_workbook

    return [c.value for c in load_workbook(path).active["E"][2:] if c.value]


def test_full_ids_leave_only_with_the_permission(db, tmp_path):
    """Issue 13, item 2: with accounts on and nobody signed in, the export wrote every full ID number."""
    import pytest

    from app.errors import PermissionDenied
    from app.roster.officers import create_officer
    from app.safety import access, accounts

    create_officer(OfficerData(name="王敏", unit="青山县人民法院", id_number="11010519491231002X"))
    assert access.can(access.ID_NUMBERS)  # accounts off: the one user may do everything, full IDs included
    assert export_roster(tmp_path / "off.xlsx") == 1
    assert _id_cells(tmp_path / "off.xlsx") == ["11010519491231002X"]

    accounts.enable("admin", "管理员", "secret-1")
    accounts.create_account("clerk", "小李", access.ROLE_CLERK, "secret-2", can_view_ids=False)
    for who in (None, "clerk"):
        accounts.logout()
        if who:
            accounts.login(who, "secret-2")
        out = tmp_path / f"{who}.xlsx"
        assert export_roster(out) == 1  # the roster still goes out, without the numbers
        assert _id_cells(out) == []
        with pytest.raises(PermissionDenied, match="查看完整身份证号"):
            export_roster(tmp_path / "asked.xlsx", include_ids=True)
        assert not (tmp_path / "asked.xlsx").exists()
    accounts.login("admin", "secret-1")  # granted the IDs when accounts were turned on
    assert export_roster(tmp_path / "admin.xlsx") == 1
    assert _id_cells(tmp_path / "admin.xlsx") == ["11010519491231002X"]
