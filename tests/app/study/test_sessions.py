"""Sessions and their types: validated writes, the campaign phase, the trash, a locked audience."""
import datetime as dt

import pytest

from app.errors import Conflict, ValidationErrors
from app.study import attendance, audience, feature, listing, sessions
from app.study.models import StudySession, StudyType

from tests.support.study_data import UNITS, make_roster, session_data

COURT, PROCURATORATE, JUSTICE = list(UNITS)


@pytest.fixture
def people(db):
    return make_roster()


def test_default_types_are_seeded_and_editable(db):
    names = [t.name for t in sessions.type_rows()]
    assert names[0] == "政治轮训" and "警示教育大会" in names and names[-1] == "应知应会测试"
    assert StudyType.get(StudyType.name == "应知应会测试").is_test
    created = sessions.create_type("观看警示教育片", "组织")
    with pytest.raises(Conflict, match="已存在"):
        sessions.create_type("观看警示教育片")
    sessions.update_type(created.id, "警示教育片观影", "组织", False)
    sessions.move_type(created.id, -1)
    rows = sessions.type_rows()
    assert rows[-2].name == "警示教育片观影"


def test_type_in_use_cannot_be_deleted(people):
    session = sessions.create_session(session_data())
    with pytest.raises(Conflict, match="停用"):
        sessions.delete_type(session.type_id)
    sessions.delete_sessions([session.id])
    with pytest.raises(Conflict):  # the trash still refers to it
        sessions.delete_type(session.type_id)


def test_validation_names_every_bad_field_and_writes_nothing(people):
    with pytest.raises(ValidationErrors) as info:
        sessions.create_session(session_data(type_name="不存在的类型", title=" ", day=None, unit_names=[],
                                          end_time=dt.time(8, 0), pass_mark=120))
    fields = {e.field for e in info.value.errors}
    assert fields == {"类型", "活动名称", "日期", "结束时间", "参加单位", "合格分数线"}
    assert StudySession.select().count() == 0
    with pytest.raises(ValidationErrors, match="结束时间"):
        sessions.create_session(session_data(end_time=dt.time(8, 0)))


def test_phase_follows_the_campaign_calendar_unless_chosen(people):
    from app.store import settings

    settings.set_many({"campaign_start": "2021-04-01"})
    first = sessions.create_session(session_data(day=dt.date(2021, 4, 20)))
    second = sessions.create_session(session_data(day=dt.date(2021, 5, 20)))
    chosen = sessions.create_session(session_data(day=dt.date(2021, 5, 20), phase="学习教育"))
    assert (first.phase, second.phase, chosen.phase) == ("学习教育", "查纠整改", "学习教育")


def test_frozen_audience_cannot_change_but_details_can(people):
    session = sessions.create_session(session_data())
    audience.freeze(session.id)
    data = sessions.session_data(session.id)
    data.place = "县人民会堂"
    sessions.update_session(session.id, data)
    assert StudySession.get_by_id(session.id).place == "县人民会堂"
    data.unit_names = [COURT]
    with pytest.raises(Conflict, match="已锁定"):
        sessions.update_session(session.id, data)


def test_trash_and_restore_keep_figures_out(people):
    session = sessions.create_session(session_data())
    attendance.mark_all_present(session.id)
    assert feature.stats()["sessions"] == 1
    sessions.delete_sessions([session.id])
    assert feature.stats()["sessions"] == 0 and feature.stats()["attended"] == 0
    assert [r.id for r in listing.session_rows(trashed=True)] == [session.id]
    sessions.restore_sessions([session.id])
    assert feature.stats()["attended"] == 27
