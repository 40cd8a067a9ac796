"""Make-up study (补学): closing and reopening tasks, overdue ones."""
import datetime as dt

import pytest

from app.errors import ValidationError, ValidationErrors
from app.study import attendance, audience, makeup, models, sessions
from app.study.models import MakeupTask

from tests.support.study_data import DAY, make_roster, session_data


@pytest.fixture
def people(db):
    return make_roster()


def by_name(session_id):
    return {r.name: r for r in audience.attendee_rows(session_id)}


def test_closing_and_reopening_make_up(people):
    session = sessions.create_session(session_data())
    audience.freeze(session.id)
    rows = by_name(session.id)
    attendance.mark(session.id, [rows["县司法局干警1"].id], "缺席")
    tasks = makeup.makeup_rows(session_id=session.id, today=DAY)
    ids = [t.id for t in tasks]
    with pytest.raises(ValidationErrors, match="晚于今天"):
        makeup.complete_tasks(ids, DAY + dt.timedelta(days=3), today=DAY)
    with pytest.raises(ValidationError, match="早于活动日期"):
        makeup.complete_tasks(ids, DAY - dt.timedelta(days=1), today=DAY + dt.timedelta(days=30))
    assert MakeupTask.select().where(MakeupTask.completed_on.is_null(False)).count() == 0
    later = DAY + dt.timedelta(days=30)
    overdue = makeup.makeup_rows(state=models.STATE_OVERDUE, today=later)
    assert {t.id for t in overdue} == set(ids)
    assert makeup.complete_tasks(ids[:2], DAY + dt.timedelta(days=2), "观看录像", today=later) == 2
    done = makeup.makeup_rows(state=models.STATE_DONE, today=later)
    assert [t.evidence_note for t in done] == ["观看录像", "观看录像"]
    # A done task stays even if the mark is corrected to present.
    attendance.mark(session.id, [done[0].attendee_id], "出席")
    assert MakeupTask.get_by_id(done[0].id).completed_on == DAY + dt.timedelta(days=2)
    makeup.reopen_tasks([done[1].id])
    assert [t.id for t in makeup.makeup_rows(state=models.STATE_DONE, today=later)] == [done[0].id]
