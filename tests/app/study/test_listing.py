"""The session list, and one session's record as its documents print it."""
import pytest

from app.study import attendance, listing, sessions

from tests.support.study_data import UNITS, make_roster, session_data

COURT, PROCURATORATE, JUSTICE = list(UNITS)


@pytest.fixture
def people(db):
    return make_roster()


def test_session_rows_newest_first_with_their_state(people):
    older = sessions.create_session(session_data())
    newer = sessions.create_session(session_data(day=session_data().day.replace(day=20), title="第二场"))
    attendance.mark_all_present(older.id)
    rows = listing.session_rows()
    assert [r.id for r in rows] == [newer.id, older.id]
    assert rows[1].state == "已考勤" and rows[1].figures.attended == 27 and rows[1].audience_text == "县法院、县检察院、县司法局"


def test_session_record_holds_what_the_documents_print(people):
    session = sessions.create_session(session_data(unit_names=[COURT, JUSTICE]))
    record = listing.session_record(session.id)
    assert record.details.title == "全县政法系统警示教育大会" and record.notice_verb == "召开"
    assert record.expected == 22 and all(a.id is None for a in record.attendees)  # not locked yet
    assert [short for _name, short in record.units] == ["县法院", "县检察院", "县司法局"]
    assert record.saved_notice is None
    attendance.mark_all_present(session.id)
    record = listing.session_record(session.id)
    assert record.expected == 22 and {a.status for a in record.attendees} == {"出席", "请假"}
