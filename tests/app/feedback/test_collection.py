"""Collection events: participants per category, validation, and no deletion while suggestions hang on one."""
import pytest

from tests.support.feedback_data import days, new


def test_event_records_participants_and_prefills_suggestions(symposium):
    from app.feedback.collection import event_rows

    row = event_rows()[0]
    assert row.participants == {"人大代表": 5, "律师代表": 3} and row.participant_total == 8
    s = new(event=symposium, submitter_name="张三", submitter_category="人大代表")
    assert (s.channel, s.collected_on, s.status) == ("座谈会", days(-20), "待交办")
    assert s.code == f"ZG-{days(-20).year}-001"
    assert event_rows()[0].suggestion_count == 1


def test_event_validation_names_fields(units):
    from app.feedback.collection import EventData, create_event, event_rows
    from app.errors import ValidationErrors

    with pytest.raises(ValidationErrors) as info:
        create_event(EventData(kind="茶话会", title="", held_on=days(3),
                                                 participants={"群众": -1}))
    fields = {e.field for e in info.value.errors}
    assert {"形式", "活动名称", "日期", "参加人员（群众）"} <= fields
    assert event_rows() == []


def test_an_event_with_suggestions_cannot_be_deleted(symposium):
    from app.feedback.collection import delete_event, event_rows
    from app.feedback.suggestions import delete_suggestion
    from app.errors import Conflict

    s = new(event=symposium)
    with pytest.raises(Conflict, match="1 条意见建议"):
        delete_event(symposium.id)
    delete_suggestion(s.id)
    delete_event(symposium.id)
    assert event_rows() == []
