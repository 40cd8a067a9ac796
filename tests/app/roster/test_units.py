"""Units: one name → one unit (full name, short name, aliases), rename, merge moving every record, delete only
when nothing refers to it, order and departments. On real temporary databases (empty, and the demo)."""
import pytest

from app.errors import Conflict, ValidationError, ValidationErrors
from app.roster.models import Department, Officer, Oversight, Unit, UnitAlias
from app.roster.officers import OfficerData, create_officer
from app.roster.unit_admin import (UnitData, create_unit, delete_unit, merge_units, move_unit, references,
                                   save_departments, update_unit)
from app.roster.unit_refs import label_of, references_to
from app.roster.units import find_unit, name_key, possible_duplicates, require_unit, unit_rows
from app.store.db import database

PROCURATORATE = "青山县人民检察院"


def test_a_unit_is_found_by_any_of_its_names(db):
    unit = create_unit(UnitData(PROCURATORATE, "县检察院", "检察院", ["青山县检察院", "县人民检察院"]))
    for name in (PROCURATORATE, "县检察院", "青山县检察院", "县人民检察院", " 青山县　人民检察院 ", "县 检 察 院"):
        assert find_unit(name).id == unit.id, name
    assert name_key("ＡＢ１ 县") == name_key("ab1县")  # full-width letters and digits are the ordinary ones
    assert find_unit("青山县公安局交警大队") is None and find_unit("") is None
    with pytest.raises(ValidationError) as refused:
        require_unit("青山县公安局交警大队")
    assert refused.value.field == "单位" and "青山县公安局交警大队" in refused.value.reason and "县检察院" in refused.value.reason


def test_a_name_can_stand_for_one_unit_only(db):
    create_unit(UnitData(PROCURATORATE, "县检察院"))
    with pytest.raises(ValidationErrors) as refused:
        create_unit(UnitData("青山县人民法院", "县法院", aliases=["县 检察院"]))
    assert [e.field for e in refused.value.errors] == ["别名"] and PROCURATORATE in str(refused.value)
    with pytest.raises(ValidationErrors):
        create_unit(UnitData("县检察院"))  # the app's own short name never becomes a second unit
    assert Unit.select().count() == 1
    with pytest.raises(ValidationErrors) as empty:
        create_unit(UnitData("  ", kind="不存在"))
    assert {e.field for e in empty.value.errors} == {"全称", "类别"}


def test_rename_keeps_the_old_name_and_moves_the_copies(demo_db):
    from app.pledges.models import Pledge
    from app.study.models import Attendee

    justice = find_unit("县司法局")
    old = justice.name
    on_lists = Attendee.select().where(Attendee.unit_name == old).count()
    pledged = Pledge.select().where(Pledge.unit == old).count()
    assert on_lists and pledged
    update_unit(justice.id, UnitData("青山县司法行政局", "县司法局", "司法局", ["县司法行政局"]))
    assert find_unit(old).id == justice.id  # old rosters still match
    assert old in unit_rows()[[r.id for r in unit_rows()].index(justice.id)].aliases
    assert Attendee.select().where(Attendee.unit_name == "青山县司法行政局").count() == on_lists
    assert Pledge.select().where(Pledge.unit == "青山县司法行政局").count() == pledged
    assert Attendee.select().where(Attendee.unit_name == old).count() == 0


def test_delete_only_when_nothing_refers_to_it(db):
    court = create_unit(UnitData("青山县人民法院", "县法院", aliases=["县人民法院"]))
    save_departments(court.id, [(None, "立案庭"), (None, "执行局")])
    officer = create_officer(OfficerData(name="王敏", unit="县法院", department="立案庭"))
    with pytest.raises(Conflict) as refused:
        delete_unit(court.id)
    assert "人员 1" in str(refused.value) and "合并到" in str(refused.value)
    Officer.delete_by_id(officer.id)
    delete_unit(court.id)
    assert Unit.select().count() == Department.select().count() == UnitAlias.select().count() == 0


def test_order_and_departments(db):
    a, b, c = (create_unit(UnitData(n)) for n in ("甲单位", "乙单位", "丙单位"))
    move_unit(c.id, -1)
    move_unit(a.id, -1)  # already first: nothing changes
    assert [r.name for r in unit_rows()] == ["甲单位", "丙单位", "乙单位"]
    save_departments(a.id, [(None, "办公室"), (None, "政治处")])
    office, politics = Department.select().where(Department.unit == a.id).order_by(Department.sort_order)
    save_departments(a.id, [(politics.id, "办公室"), (office.id, "政治处"), (None, "执行局")])  # two names swapped
    assert [(d.id, d.name) for d in Department.select().where(Department.unit == a.id).order_by(Department.sort_order)] \
        == [(politics.id, "办公室"), (office.id, "政治处"), (Department.get(Department.name == "执行局").id, "执行局")]
    create_officer(OfficerData(name="王敏", unit="甲单位", department="执行局"))
    with pytest.raises(Conflict, match="执行局"):
        save_departments(a.id, [(politics.id, "办公室")])
    assert Department.select().where(Department.unit == a.id).count() == 3  # all or nothing
    with pytest.raises(ValidationErrors, match="重复"):
        save_departments(a.id, [(None, "办公室"), (None, "办 公室")])


def _make_a_duplicate(target: Unit) -> tuple[Unit, dict]:
    """What the old import did: a unit named 县检察院 beside the one whose short name that is, holding part of
    its records (officers, a department, oversight, lists, pledges, feedback, a session audience)."""
    from app.feedback.models import FeedbackEvent, Suggestion
    from app.pledges.models import Pledge
    from app.study.models import Attendee, SessionAudience, StudySession

    dup = Unit.create(name="县检察院", sort_order=99)
    moved_officers = list(Officer.select().where(Officer.unit == target).order_by(Officer.id).limit(12))
    office = Department.get(Department.unit == target, Department.name == "办公室")
    dup_office = Department.create(unit=dup, name="办公室", sort_order=1)
    extra = Department.create(unit=dup, name="案件管理中心", sort_order=2)
    for i, officer in enumerate(moved_officers):
        officer.unit = dup
        officer.department = dup_office if i % 2 else extra
        officer.save()
    Oversight.create(officer=moved_officers[0], department=dup_office)
    ids = [o.id for o in moved_officers]
    Attendee.update(unit_name=dup.name, unit_short="").where(Attendee.officer.in_(ids)).execute()
    Pledge.update(unit=dup.name).where(Pledge.officer.in_(ids)).execute()
    suggestion = Suggestion.select().where(Suggestion.unit == target).first()
    suggestion.unit = dup
    suggestion.save()
    event = FeedbackEvent.select().first()
    event.organiser = dup
    event.save()
    session = StudySession.select().first()
    SessionAudience.create(session=session, unit=dup)
    if not SessionAudience.select().where(SessionAudience.session == session, SessionAudience.unit == target).exists():
        SessionAudience.create(session=session, unit=target)  # the same session invites both: one after a merge
    SessionAudience.create(session=session, department=dup_office)
    return dup, {"officers": ids, "office": office, "extra": extra.id, "suggestion": suggestion.id,
                 "event": event.id, "session": session.id}


def test_merge_moves_every_record_and_the_overview_has_no_duplicate(demo_db):
    from app.feedback.models import FeedbackEvent, Suggestion
    from app.pledges.models import Pledge
    from app.reports.unit_figures import unit_rows as overview_rows
    from app.safety import audit
    from app.study.models import Attendee, SessionAudience
    from app.talks.models import RoundExpected

    target = find_unit("县检察院")
    before = next(r for r in overview_rows() if r.unit_id == target.id)
    expected_talks = RoundExpected.select().join(Officer).where(Officer.unit == target).count()
    dup, made = _make_a_duplicate(target)
    assert find_unit("县检察院").id == dup.id  # a full name wins: this is how the duplicate kept growing
    assert possible_duplicates(unit_rows()) == {dup.id: target.name, target.id: dup.name}  # the page marks both
    messy = overview_rows()
    assert any(r.unit_id == dup.id for r in messy)
    assert next(r for r in messy if r.unit_id == target.id).officers < before.officers

    result = merge_units(dup.id, target.id)

    assert Unit.get_or_none(Unit.id == dup.id) is None
    for fk in references_to(Unit) + references_to(Department):  # nothing anywhere still points at it
        if fk.model is not Department:
            assert not fk.model.select().where(fk == dup.id).exists() or fk.rel_model is Department, label_of(fk)
    assert Officer.select().where(Officer.id.in_(made["officers"]), Officer.unit == target).count() == 12
    assert Department.get_by_id(made["extra"]).unit_id == target.id  # a department the target lacked comes along
    assert Department.select().where(Department.unit == target, Department.name == "办公室").count() == 1
    assert Oversight.select().where(Oversight.department == made["office"]).exists()
    assert Attendee.select().where(Attendee.unit_name == "县检察院").count() == 0
    assert Attendee.select().where(Attendee.officer.in_(made["officers"]), Attendee.unit_name == target.name,
                                   Attendee.unit_short == "县检察院").exists()
    assert Pledge.select().where(Pledge.unit == "县检察院").count() == 0
    assert Suggestion.get_by_id(made["suggestion"]).unit_id == target.id
    assert FeedbackEvent.get_by_id(made["event"]).organiser_id == target.id
    assert SessionAudience.select().where(SessionAudience.session == made["session"],
                                          SessionAudience.unit == target).count() == 1
    assert RoundExpected.select().join(Officer).where(Officer.unit == target).count() == expected_talks
    assert find_unit("县检察院").id == target.id
    assert possible_duplicates(unit_rows()) == {}

    after = overview_rows()
    assert [r.unit_id for r in after].count(target.id) == 1 and len(after) == len(messy) - 1
    assert next(r for r in after if r.unit_id == target.id) == before  # every figure back under the one unit
    assert "人员 12" in result.summary()
    logged = audit.entries(audit.AuditFilter(table="unit"))
    assert any("合并到" in e.detail and "人员 12" in e.detail for e in logged)
    officer_lines = audit.entries(audit.AuditFilter(table="officer", text="县检察院"))
    assert any("县检察院 → 青山县人民检察院" in e.changes for e in officer_lines), officer_lines[:1]


def test_a_failed_merge_changes_nothing(demo_db):
    target = find_unit("县检察院")
    dup, _made = _make_a_duplicate(target)
    counts = {t: database.execute_sql(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in ("officer", "department", "unit")}
    UnitAlias.create(unit=dup, name="检察院别名")
    database.execute_sql("CREATE TRIGGER temp.stop_alias BEFORE INSERT ON main.unit_alias "
                         f"WHEN NEW.name = '检察院别名' AND NEW.unit_id != {dup.id} BEGIN SELECT RAISE(ABORT, 'stop'); END")
    with pytest.raises(Exception):
        merge_units(dup.id, target.id)
    database.execute_sql("DROP TRIGGER temp.stop_alias")
    assert Unit.get_by_id(dup.id).name == "县检察院"
    assert {t: database.execute_sql(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in counts} == counts
    assert Officer.select().where(Officer.unit == dup).count() == 12
    with pytest.raises(ValidationError):
        merge_units(target.id, target.id)


def test_every_foreign_key_to_units_is_known(demo_db):
    """A table added later with a reference to unit or department is moved by a merge: the models' own
    references cover every foreign key the database has."""
    from_db = {(fk.table, fk.column) for table in database.get_tables() for fk in database.get_foreign_keys(table)
               if fk.dest_table in ("unit", "department")}
    from_models = {(fk.model._meta.table_name, fk.column_name) for fk in references_to(Unit) + references_to(Department)}
    assert from_db <= from_models and ("suggestion", "unit_id") in from_db
    assert all(not label_of(fk).isascii() for fk in references_to(Unit) + references_to(Department))


def test_references_name_what_stops_a_delete(demo_db):
    police = find_unit("县公安局")
    found = references(police.id)
    assert found["人员"] > 200 and found["承诺书"] > 200 and "学习签到名单（人次）" in found
    with pytest.raises(Conflict, match="承诺书"):
        delete_unit(police.id)


def test_import_resolves_short_names_and_reports_unknown_units(db, tmp_path):
    import subprocess
    import sys
    from pathlib import Path

    from app.roster.excel_import import ImportRefused, apply_plan, plan_import
    from tests.support.xlsx_helpers import write_xlsx

    create_unit(UnitData(PROCURATORATE, "县检察院", "检察院"))
    create_unit(UnitData("青山县公安局", "县公安局", "公安局"))
    path = write_xlsx(tmp_path / "r.xlsx", [["姓名", "单位", "部门"], ["王敏", "县检察院", "第一检察部"],
                                            ["李强", "青山县公安局交警大队", ""], ["赵六", "青山县 公安局交警大队", ""],
                                            ["钱七", "县公安局", "城关派出所"]])
    plan = plan_import(path)
    assert plan.ok, plan.problems
    assert [r.data.unit for r in plan.to_add] == [PROCURATORATE, "青山县公安局交警大队", "青山县公安局交警大队", "青山县公安局"]
    assert plan.unknown_units == {"青山县公安局交警大队": [4, 5]}  # row 1 is write_xlsx's title
    assert "系统中没有的单位 1 个" in plan.summary()
    with pytest.raises(ImportRefused, match="青山县公安局交警大队.*第4、5行"):
        apply_plan(plan, None)
    assert Officer.select().count() == 0 and Unit.select().count() == 2  # reported, not created

    # the command line refuses the same way, and creates the unit only when asked
    root = Path(__file__).resolve().parents[3]
    from app.workbench import close_database, open_database

    close_database()
    run = [sys.executable, str(root / "main.py"), "--db", str(db), "import-roster", str(path)]
    refused = subprocess.run(run, capture_output=True, text=True, cwd=root)
    assert refused.returncode == 2 and "青山县公安局交警大队" in refused.stderr and "--create-units" in refused.stderr
    assert "Traceback" not in refused.stderr
    created = subprocess.run(run + ["--create-units"], capture_output=True, text=True, cwd=root)
    assert created.returncode == 0, created.stderr
    assert "新增 4 人" in created.stdout and "新建单位：青山县公安局交警大队" in created.stdout
    open_database(db)
    assert sorted(u.name for u in Unit.select()) == sorted([PROCURATORATE, "青山县公安局", "青山县公安局交警大队"])
    assert Officer.select().where(Officer.unit == find_unit("县检察院")).count() == 1


def test_an_alias_made_from_the_import_preview_resolves_next_time(db, tmp_path):
    from app.roster.excel_import import apply_plan, plan_import
    from tests.support.xlsx_helpers import write_xlsx

    police = create_unit(UnitData("青山县公安局", "县公安局", "公安局"))
    path = write_xlsx(tmp_path / "s.xlsx", [["姓名", "单位"], ["李强", "县公安局交警大队"]])
    assert plan_import(path).unknown_units
    update_unit(police.id, UnitData("青山县公安局", "县公安局", "公安局", ["县公安局交警大队"]))
    plan = plan_import(path)
    assert not plan.unknown_units and plan.to_add[0].data.unit == "青山县公安局"
    assert apply_plan(plan, None).added == 1
