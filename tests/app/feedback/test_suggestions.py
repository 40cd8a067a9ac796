"""Suggestions: edits keep the status rules, talks feed the ledger once, only unhandled items are deleted."""
import datetime as dt

import pytest

from tests.support.feedback_data import new, assign, close_out

TODAY = dt.date.today()


def test_edits_keep_the_status_rules(units):
    from app.feedback.suggestions import SuggestionData, update_suggestion
    from app.feedback.workflow import history
    from app.errors import ValidationErrors

    s = close_out(assign(new()))
    data = SuggestionData.from_suggestion(s)
    data.measure = ""
    with pytest.raises(ValidationErrors, match="整改措施"):
        update_suggestion(s.id, data)
    data = SuggestionData.from_suggestion(s)
    data.remarks = "已回访"
    update_suggestion(s.id, data)
    assert history(s.id)[-1].note == "修改了：备注"


def test_suggestion_from_talk_keeps_the_talk_id(units):
    from app.feedback.suggestions import add_suggestion_from_talk
    from app.errors import Conflict

    s = add_suggestion_from_talk(42, "辅警待遇偏低", "王五")
    assert (s.channel, s.source_talk_id, s.submitter_category, s.collected_on) == ("谈心谈话", 42, "政法干警", TODAY)
    with pytest.raises(Conflict, match=s.code):
        add_suggestion_from_talk(42, "辅警待遇偏低", "王五")


def test_only_unhandled_items_can_be_deleted(units):
    from app.feedback.ledger import suggestion_rows
    from app.feedback.suggestions import delete_suggestion
    from app.errors import Conflict

    wrong = new("录错了")
    delete_suggestion(wrong.id)
    assert suggestion_rows() == []
    handled = assign(new())
    with pytest.raises(Conflict):
        delete_suggestion(handled.id)


def test_text_is_cleaned_and_its_length_checked(units):
    from app.errors import ValidationErrors

    s = new("案款\x07发放\u202e慢 ", submitter_name="张\n三", remarks="第一行\r\n第二行\t")
    assert (s.content, s.submitter_name, s.remarks) == ("案款发放慢", "张 三", "第一行\n第二行")
    with pytest.raises(ValidationErrors, match="意见建议内容：过长（4001字，最多4000字）"):
        new("字" * 4001)
    with pytest.raises(ValidationErrors, match="提出人：过长（201字，最多200字）"):
        new(submitter_name="名" * 201)
