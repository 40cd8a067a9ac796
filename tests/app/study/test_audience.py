"""Who is expected: the audience follows the roster until the list is locked, then never."""
import pytest

from app.errors import Conflict
from app.roster.officers import OfficerData, create_officer, update_officer
from app.roster.trash import delete_officers
from app.roster.units import get_or_create_unit
from app.roster.models import Officer
from app.study import audience, listing, sessions
from app.study.models import Attendee, StudySession

from tests.support.study_data import UNITS, make_roster, session_data

COURT, PROCURATORATE, JUSTICE = list(UNITS)


@pytest.fixture
def people(db):
    return make_roster()


def by_name(session_id):
    return {r.name: r for r in audience.attendee_rows(session_id)}


def test_expected_list_follows_the_roster_until_frozen_then_never(people):
    session = sessions.create_session(session_data(unit_names=[COURT, JUSTICE]))
    preview = audience.attendee_rows(session.id)
    names = {r.name for r in preview}
    # 在岗, 病休 and 专案 are expected; 借调 is not; units not chosen are not.
    assert "县法院病休" in names and "县法院专案" in names and "县法院借调" not in names
    assert not any(n.startswith("县检察院") for n in names)
    assert len(preview) == 2 * 11 and all(r.id is None for r in preview)
    # Leaders first within a unit.
    assert preview[0].name == "县法院领导"

    # Before freezing, roster changes show up.
    newcomer = create_officer(OfficerData(name="新来的", unit=COURT, department="立案庭"))
    assert "新来的" in {r.name for r in audience.attendee_rows(session.id)}

    assert audience.freeze(session.id) == 23
    assert audience.freeze(session.id) == 23  # twice is harmless
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
    by_dept = sessions.create_session(session_data(audience="departments", unit_names=[],
                                                departments=[(COURT, "刑事审判庭")]))
    names = {r.name for r in audience.attendee_rows(by_dept.id)}
    assert names == {"县法院干警2", "县法院干警4", "县法院干警6", "县法院干警8"}
    picked_ids = [people[COURT][0], people[JUSTICE][3]]
    picked = sessions.create_session(session_data(audience="people", unit_names=[], officer_ids=picked_ids))
    assert [r.officer_id for r in audience.attendee_rows(picked.id)] == picked_ids
    assert listing.session_row(picked.id).audience_text == "指定2人"
    assert listing.session_row(by_dept.id).audience_text == "刑事审判庭"


def test_add_and_remove_people_on_a_frozen_list(people):
    session = sessions.create_session(session_data(unit_names=[COURT]))
    audience.freeze(session.id)
    outsider = people[JUSTICE][1]
    assert audience.add_attendees(session.id, [outsider, people[COURT][1]]) == 1
    rows = by_name(session.id)
    assert rows["县司法局干警1"].position == 12
    audience.remove_attendees(session.id, [rows["县司法局干警1"].id])
    assert "县司法局干警1" not in by_name(session.id)


def test_empty_audience_cannot_be_frozen(db):
    get_or_create_unit("空单位")
    session = sessions.create_session(session_data(unit_names=["空单位"]))
    with pytest.raises(Conflict, match="应到名单为空"):
        audience.freeze(session.id)
    assert Attendee.select().count() == 0 and StudySession.get_by_id(session.id).frozen_at is None
