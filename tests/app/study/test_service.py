"""Study sessions core: who is expected (and frozen), attendance, make-up study, reflections, scores, figures."""
import datetime as dt

import pytest

from app.roster.officers import OfficerData, create_officer, update_officer
from app.roster.trash import delete_officers
from app.roster.units import get_or_create_unit
from app.study import service as study
from app.errors import Conflict, ValidationError, ValidationErrors
from app.roster.models import Officer
from app.study.models import Attendee, MakeupTask, StudySession, StudyType

from tests.support.study_data import DAY, UNITS, make_roster, session_data

COURT, PROCURATORATE, JUSTICE = list(UNITS)


@pytest.fixture
def people(db):
    return make_roster()


def by_name(session_id):
    return {r.name: r for r in study.attendee_rows(session_id)}


def test_default_types_are_seeded_and_editable(db):
    names = [t.name for t in study.type_rows()]
    assert names[0] == "政治轮训" and "警示教育大会" in names and names[-1] == "应知应会测试"
    assert StudyType.get(StudyType.name == "应知应会测试").is_test
    created = study.create_type("观看警示教育片", "组织")
    with pytest.raises(Conflict, match="已存在"):
        study.create_type("观看警示教育片")
    study.update_type(created.id, "警示教育片观影", "组织", False)
    study.move_type(created.id, -1)
    rows = study.type_rows()
    assert rows[-2].name == "警示教育片观影"


def test_type_in_use_cannot_be_deleted(people):
    session = study.create_session(session_data())
    with pytest.raises(Conflict, match="停用"):
        study.delete_type(session.type_id)
    study.delete_sessions([session.id])
    with pytest.raises(Conflict):  # the trash still refers to it
        study.delete_type(session.type_id)


def test_validation_names_every_bad_field_and_writes_nothing(people):
    with pytest.raises(ValidationErrors) as info:
        study.create_session(session_data(type_name="不存在的类型", title=" ", day=None, unit_names=[],
                                          end_time=dt.time(8, 0), pass_mark=120))
    fields = {e.field for e in info.value.errors}
    assert fields == {"类型", "活动名称", "日期", "结束时间", "参加单位", "合格分数线"}
    assert StudySession.select().count() == 0
    with pytest.raises(ValidationErrors, match="结束时间"):
        study.create_session(session_data(end_time=dt.time(8, 0)))


def test_phase_follows_the_campaign_calendar_unless_chosen(people):
    from app.store import settings

    settings.set_many({"campaign_start": "2021-04-01"})
    first = study.create_session(session_data(day=dt.date(2021, 4, 20)))
    second = study.create_session(session_data(day=dt.date(2021, 5, 20)))
    chosen = study.create_session(session_data(day=dt.date(2021, 5, 20), phase="学习教育"))
    assert (first.phase, second.phase, chosen.phase) == ("学习教育", "查纠整改", "学习教育")


def test_expected_list_follows_the_roster_until_frozen_then_never(people):
    session = study.create_session(session_data(unit_names=[COURT, JUSTICE]))
    preview = study.attendee_rows(session.id)
    names = {r.name for r in preview}
    # 在岗, 病休 and 专案 are expected; 借调 is not; units not chosen are not.
    assert "县法院病休" in names and "县法院专案" in names and "县法院借调" not in names
    assert not any(n.startswith("县检察院") for n in names)
    assert len(preview) == 2 * 11 and all(r.id is None for r in preview)
    # Leaders first within a unit.
    assert preview[0].name == "县法院领导"

    # Before freezing, roster changes show up.
    newcomer = create_officer(OfficerData(name="新来的", unit=COURT, department="立案庭"))
    assert "新来的" in {r.name for r in study.attendee_rows(session.id)}

    assert study.freeze(session.id) == 23
    assert study.freeze(session.id) == 23  # twice is harmless
    frozen = by_name(session.id)
    # 病休/专案 are on leave from the start, with their make-up way.
    assert frozen["县法院病休"].status == "请假" and frozen["县法院病休"].makeup_kind == "送学"
    assert frozen["县法院专案"].status == "请假" and frozen["县法院专案"].makeup_kind == "补学"

    # After freezing: rename, move, delete and add in the roster — the session's list does not move.
    officer = Officer.get(Officer.name == "县法院干警1")
    data = OfficerData.from_officer(officer)
    data.name, data.unit, data.department, data.post = "改名了", PROCURATORATE, "第一检察部", "检察官"
    update_officer(officer.id, data)
    delete_officers([newcomer.id])
    create_officer(OfficerData(name="更新来的", unit=COURT))
    after = by_name(session.id)
    assert set(after) == set(frozen)
    assert after["县法院干警1"].unit_name == COURT and after["县法院干警1"].department == "立案庭"
    assert after["新来的"].officer_id == newcomer.id


def test_audience_by_department_and_hand_picked(people):
    by_dept = study.create_session(session_data(audience="departments", unit_names=[],
                                                departments=[(COURT, "刑事审判庭")]))
    names = {r.name for r in study.attendee_rows(by_dept.id)}
    assert names == {"县法院干警2", "县法院干警4", "县法院干警6", "县法院干警8"}
    picked_ids = [people[COURT][0], people[JUSTICE][3]]
    picked = study.create_session(session_data(audience="people", unit_names=[], officer_ids=picked_ids))
    assert [r.officer_id for r in study.attendee_rows(picked.id)] == picked_ids
    assert study.session_row(picked.id).audience_text == "指定2人"
    assert study.session_row(by_dept.id).audience_text == "刑事审判庭"


def test_frozen_audience_cannot_change_but_details_can(people):
    session = study.create_session(session_data())
    study.freeze(session.id)
    data = study.session_data(session.id)
    data.place = "县人民会堂"
    study.update_session(session.id, data)
    assert StudySession.get_by_id(session.id).place == "县人民会堂"
    data.unit_names = [COURT]
    with pytest.raises(Conflict, match="已锁定"):
        study.update_session(session.id, data)


def test_unit_present_at_once_then_exceptions_and_make_up(people):
    session = study.create_session(session_data())
    assert study.mark_all_present(session.id, COURT) == 9  # locks the list; 病休/专案 stay on leave
    rows = by_name(session.id)
    assert rows["县法院干警3"].status == "出席" and rows["县检察院干警3"].status == ""
    study.mark(session.id, [rows["县法院干警3"].id], "请假", "出差")
    study.mark(session.id, [rows["县法院干警4"].id], "缺席")
    study.mark(session.id, [rows["县法院领导"].id], "请假", "公务外出")
    study.mark(session.id, [rows["县法院干警5"].id], "迟到")
    rows = by_name(session.id)
    assert rows["县法院干警3"].makeup_kind == "补学" and rows["县法院干警3"].reason == "出差"
    assert rows["县法院领导"].makeup_kind == "夜学"  # 关键少数夜学
    assert rows["县法院干警5"].makeup_id is None  # late is not absent
    open_tasks = study.makeup_rows(session_id=session.id, unit_name=COURT, state=study.STATE_OPEN, today=DAY)
    assert {t.name for t in open_tasks} == {"县法院干警3", "县法院干警4", "县法院领导", "县法院病休", "县法院专案"}
    task = next(t for t in open_tasks if t.name == "县法院干警3")
    assert task.deadline == DAY + dt.timedelta(days=study.DEFAULT_MAKEUP_DAYS)

    # Corrected to present: the open task goes away.
    study.mark(session.id, [rows["县法院干警4"].id], "出席")
    assert by_name(session.id)["县法院干警4"].makeup_id is None
    # The reason changes the way while the way is still the default...
    study.set_reason(rows["县法院干警3"].id, "病假")
    assert by_name(session.id)["县法院干警3"].makeup_kind == "送学"
    # ... but not once the user chose one.
    study.update_task(task.id, kind="帮学", material="讲话稿", deadline=DAY + dt.timedelta(days=5))
    study.set_reason(rows["县法院干警3"].id, "出差")
    assert by_name(session.id)["县法院干警3"].makeup_kind == "帮学"


def test_all_present_leaves_earlier_exceptions_alone(people):
    session = study.create_session(session_data())
    study.freeze(session.id)
    rows = by_name(session.id)
    study.mark(session.id, [rows["县检察院干警1"].id], "缺席")
    study.mark_all_present(session.id)
    rows = by_name(session.id)
    assert rows["县检察院干警1"].status == "缺席"
    assert rows["县检察院病休"].status == "请假"
    assert all(r.status for r in rows.values())


def test_bad_mark_is_refused(people):
    session = study.create_session(session_data())
    study.freeze(session.id)
    with pytest.raises(ValidationError, match="考勤"):
        study.mark(session.id, [1], "旷工")


def test_closing_and_reopening_make_up(people):
    session = study.create_session(session_data())
    study.freeze(session.id)
    rows = by_name(session.id)
    study.mark(session.id, [rows["县司法局干警1"].id], "缺席")
    tasks = study.makeup_rows(session_id=session.id, today=DAY)
    ids = [t.id for t in tasks]
    with pytest.raises(ValidationErrors, match="晚于今天"):
        study.complete_tasks(ids, DAY + dt.timedelta(days=3), today=DAY)
    with pytest.raises(ValidationError, match="早于活动日期"):
        study.complete_tasks(ids, DAY - dt.timedelta(days=1), today=DAY + dt.timedelta(days=30))
    assert MakeupTask.select().where(MakeupTask.completed_on.is_null(False)).count() == 0
    later = DAY + dt.timedelta(days=30)
    overdue = study.makeup_rows(state=study.STATE_OVERDUE, today=later)
    assert {t.id for t in overdue} == set(ids)
    assert study.complete_tasks(ids[:2], DAY + dt.timedelta(days=2), "观看录像", today=later) == 2
    done = study.makeup_rows(state=study.STATE_DONE, today=later)
    assert [t.evidence_note for t in done] == ["观看录像", "观看录像"]
    # A done task stays even if the mark is corrected to present.
    study.mark(session.id, [done[0].attendee_id], "出席")
    assert MakeupTask.get_by_id(done[0].id).completed_on == DAY + dt.timedelta(days=2)
    study.reopen_tasks([done[1].id])
    assert [t.id for t in study.makeup_rows(state=study.STATE_DONE, today=later)] == [done[0].id]


def test_evidence_file_is_copied_next_to_the_database(people, tmp_path):
    session = study.create_session(session_data())
    study.freeze(session.id)
    task = study.makeup_rows(session_id=session.id, today=DAY)[0]
    source = tmp_path / "笔记.jpg"
    source.write_bytes(b"jpeg")
    study.complete_tasks([task.id], DAY, evidence_file=str(source), today=DAY)
    stored = study.makeup_rows(session_id=session.id, state=study.STATE_DONE, today=DAY)[0].evidence_file
    assert study.attachment_path(stored).read_bytes() == b"jpeg"
    assert study.attachment_path(stored).parent.parent.parent.name == "test-附件"
    with pytest.raises(ValidationError, match="找不到文件"):
        study.complete_tasks([task.id], DAY, evidence_file=str(tmp_path / "none.jpg"), today=DAY)


def test_rates_per_session_unit_and_person(people):
    session = study.create_session(session_data())
    study.mark_all_present(session.id, COURT)
    rows = by_name(session.id)
    study.mark(session.id, [rows["县法院干警1"].id], "缺席")
    figures = study.session_figures(session.id, today=DAY)
    # 33 expected; 县法院: 8 present, 1 absent, 2 on leave; the rest unmarked and out of the rate.
    assert (figures.expected, figures.attended, figures.absent, figures.leave) == (33, 8, 1, 6)
    assert figures.unmarked == 33 - 8 - 1 - 6
    assert figures.attendance_rate == round(8 / 15, 4)
    units = {u.unit_name: u.figures for u in study.unit_figures(today=DAY)}
    assert units[COURT].attendance_rate == round(8 / 11, 4)
    assert units[COURT].makeup_open == 3
    persons = {p.name: p.figures for p in study.person_figures(today=DAY)}
    assert persons["县法院干警1"].attendance_rate == 0 and persons["县法院干警2"].attendance_rate == 1
    row = study.session_row(session.id)
    assert row.state == "考勤中" and row.figures.expected == 33


def test_reflections_counts_and_missing(people):
    session = study.create_session(session_data(unit_names=[COURT]))
    study.mark_all_present(session.id)
    rows = by_name(session.id)
    handed = [rows["县法院干警1"].id, rows["县法院干警2"].id]
    with pytest.raises(ValidationErrors, match="交来日期"):
        study.record_reflections(handed, DAY + dt.timedelta(days=9), today=DAY)
    study.record_reflections(handed, DAY, word_count=1500, today=DAY)
    study.record_reflections(handed[:1], DAY, word_count=1800, today=DAY)  # again: updated, not doubled
    missing = {r.name for r in study.missing_reflections(session.id)}
    assert "县法院干警1" not in missing and "县法院干警3" in missing and len(missing) == 9
    assert study.session_figures(session.id).reflections == 2
    assert by_name(session.id)["县法院干警1"].word_count == 1800
    units = {u.unit_name: u.figures for u in study.unit_figures()}
    assert units[COURT].reflections == 2
    study.remove_reflections(handed[1:])
    assert study.session_figures(session.id).reflections == 1


def test_scores_and_pass_rate(people):
    session = study.create_session(session_data(type_name="应知应会测试", title="应知应会知识测试",
                                                unit_names=[COURT], pass_mark=80))
    study.mark_all_present(session.id)
    rows = by_name(session.id)
    with pytest.raises(ValidationErrors, match="县法院干警1：120"):
        study.set_scores(session.id, {rows["县法院干警1"].id: 120})
    study.set_scores(session.id, {rows["县法院干警1"].id: 95, rows["县法院干警2"].id: 79.5,
                                  rows["县法院干警3"].id: 80})
    summary = study.test_summary(session.id)
    assert (summary.scored, summary.passed, summary.pass_mark) == (3, 2, 80)
    assert summary.pass_rate == round(2 / 3, 4) and summary.average == 84.8
    study.set_pass_mark(session.id, 70)
    assert study.test_summary(session.id).passed == 3


def test_add_and_remove_people_on_a_frozen_list(people):
    session = study.create_session(session_data(unit_names=[COURT]))
    study.freeze(session.id)
    outsider = people[JUSTICE][1]
    assert study.add_attendees(session.id, [outsider, people[COURT][1]]) == 1
    rows = by_name(session.id)
    assert rows["县司法局干警1"].position == 12
    study.remove_attendees(session.id, [rows["县司法局干警1"].id])
    assert "县司法局干警1" not in by_name(session.id)


def test_trash_and_restore_keep_figures_out(people):
    session = study.create_session(session_data())
    study.mark_all_present(session.id)
    assert study.stats()["sessions"] == 1
    study.delete_sessions([session.id])
    assert study.stats()["sessions"] == 0 and study.stats()["attended"] == 0
    assert [r.id for r in study.session_rows(trashed=True)] == [session.id]
    study.restore_sessions([session.id])
    assert study.stats()["attended"] == 27


def test_empty_audience_cannot_be_frozen(db):
    get_or_create_unit("空单位")
    session = study.create_session(session_data(unit_names=["空单位"]))
    with pytest.raises(Conflict, match="应到名单为空"):
        study.freeze(session.id)
    assert Attendee.select().count() == 0 and StudySession.get_by_id(session.id).frozen_at is None


def test_demo_has_the_article_scale(demo_db):
    figures = study.stats()
    per_type = figures["sessions_per_type"]
    assert per_type["政治轮训"] == 11 and per_type["“一把手”讲党课"] == 7 and per_type["廉政报告会"] == 6
    assert per_type["习近平法治思想讲座"] == 7 and per_type["党史讲座/延安整风专题讲座"] == 5
    assert per_type["警示教育大会"] == 12 and per_type["英模报告会/观影"] == 6 and per_type["“三个规定”宣讲"] == 5
    assert figures["reflections"] == 1756
    assert 0.93 <= figures["attendance_rate"] <= 0.97
    assert figures["makeup_done"] > figures["makeup_open"] > 0
    assert figures["planned"] >= 3
    assert figures["tests"] and 0.8 < figures["tests"][0]["pass_rate"] < 1
    kinds = {t.kind for t in study.makeup_rows()}
    assert {"送学", "补学", "夜学"} <= kinds


def test_demo_study_data_is_deterministic(demo_db_file, tmp_path):
    from app import demo
    from app.workbench import close_database, open_database
    from app.study.models import Reflection

    def snapshot(path):
        open_database(path)
        try:
            marks = [(a.name, a.status, a.reason, a.score, str(a.marked_at)) for a in
                     Attendee.select().order_by(Attendee.id)]
            reflections = [(r.attendee_id, r.received_on) for r in Reflection.select().order_by(Reflection.id)]
            tasks = [(t.attendee_id, t.kind, t.completed_on) for t in MakeupTask.select().order_by(MakeupTask.id)]
            sessions = [(s.title, s.day, str(s.frozen_at)) for s in StudySession.select().order_by(StudySession.id)]
            return marks, reflections, tasks, sessions
        finally:
            close_database()

    import shutil

    again, original = tmp_path / "again.db", tmp_path / "original.db"
    shutil.copyfile(demo_db_file, original)
    demo.build(again, seed=7)
    assert snapshot(again) == snapshot(original)
