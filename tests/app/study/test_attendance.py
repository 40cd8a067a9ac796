"""Attendance marking: a unit present at once, then the exceptions; the make-up tasks follow."""
import datetime as dt

import pytest

from app.errors import ValidationError
from app.study import attendance, audience, makeup, models, sessions

from tests.support.study_data import DAY, UNITS, make_roster, session_data

COURT, PROCURATORATE, JUSTICE = list(UNITS)


@pytest.fixture
def people(db):
    return make_roster()


def by_name(session_id):
    return {r.name: r for r in audience.attendee_rows(session_id)}


def test_unit_present_at_once_then_exceptions_and_make_up(people):
    session = sessions.create_session(session_data())
    assert attendance.mark_all_present(session.id, COURT) == 9  # locks the list; 病休/专案 stay on leave
    rows = by_name(session.id)
    assert rows["县法院干警3"].status == "出席" and rows["县检察院干警3"].status == ""
    attendance.mark(session.id, [rows["县法院干警3"].id], "请假", "出差")
    attendance.mark(session.id, [rows["县法院干警4"].id], "缺席")
    attendance.mark(session.id, [rows["县法院领导"].id], "请假", "公务外出")
    attendance.mark(session.id, [rows["县法院干警5"].id], "迟到")
    rows = by_name(session.id)
    assert rows["县法院干警3"].makeup_kind == "补学" and rows["县法院干警3"].reason == "出差"
    assert rows["县法院领导"].makeup_kind == "夜学"  # 关键少数夜学
    assert rows["县法院干警5"].makeup_id is None  # late is not absent
    open_tasks = makeup.makeup_rows(session_id=session.id, unit_name=COURT, state=models.STATE_OPEN, today=DAY)
    assert {t.name for t in open_tasks} == {"县法院干警3", "县法院干警4", "县法院领导", "县法院病休", "县法院专案"}
    task = next(t for t in open_tasks if t.name == "县法院干警3")
    assert task.deadline == DAY + dt.timedelta(days=models.DEFAULT_MAKEUP_DAYS)

    # Corrected to present: the open task goes away.
    attendance.mark(session.id, [rows["县法院干警4"].id], "出席")
    assert by_name(session.id)["县法院干警4"].makeup_id is None
    # The reason changes the way while the way is still the default...
    attendance.set_reason(rows["县法院干警3"].id, "病假")
    assert by_name(session.id)["县法院干警3"].makeup_kind == "送学"
    # ... but not once the user chose one.
    makeup.update_task(task.id, kind="帮学", material="讲话稿", deadline=DAY + dt.timedelta(days=5))
    attendance.set_reason(rows["县法院干警3"].id, "出差")
    assert by_name(session.id)["县法院干警3"].makeup_kind == "帮学"


def test_all_present_leaves_earlier_exceptions_alone(people):
    session = sessions.create_session(session_data())
    audience.freeze(session.id)
    rows = by_name(session.id)
    attendance.mark(session.id, [rows["县检察院干警1"].id], "缺席")
    attendance.mark_all_present(session.id)
    rows = by_name(session.id)
    assert rows["县检察院干警1"].status == "缺席"
    assert rows["县检察院病休"].status == "请假"
    assert all(r.status for r in rows.values())


def test_bad_mark_is_refused(people):
    session = sessions.create_session(session_data())
    audience.freeze(session.id)
    with pytest.raises(ValidationError, match="考勤"):
        attendance.mark(session.id, [1], "旷工")
