"""Talk records: validation naming every field, writes with the people present, the log, the ledger link."""
import datetime as dt
import logging

import pytest

from app.errors import NotFound, ValidationErrors
from app.talks import follow_ups, listing, records, rounds
from app.talks.models import FollowUp, Talk, TalkParticipant
from tests.support.talks_data import DAY, TODAY, ids, talk


def test_validation_names_every_bad_field_and_writes_nothing(county):
    data = records.TalkData(round_id=county["round"], talk_date=TODAY + dt.timedelta(days=1), talker_name="",
                            participant_ids=ids(county, "o1", "o2"), mode="个别", talk_type="闲聊",
                            content="绝密内容" * 3000)
    with pytest.raises(ValidationErrors) as info:
        records.create_talk(data)
    fields = {e.field for e in info.value.errors}
    assert fields == {"谈话日期", "谈话人", "谈话人职务", "谈话类型", "谈话对象", "主要内容"}
    assert "绝密内容" not in str(info.value)  # messages never quote the content
    assert Talk.select().count() == 0 and TalkParticipant.select().count() == 0


def test_group_talk_needs_two_and_talker_cannot_be_talked_with(county):
    with pytest.raises(ValidationErrors, match="集体谈话应有两名以上"):
        talk(county, "A", "B", mode="集体")
    with pytest.raises(ValidationErrors, match="谈话人不能同时是谈话对象"):
        talk(county, "A", "A")
    with pytest.raises(ValidationErrors, match="请至少选择一名"):
        talk(county, "A")


def test_date_must_fall_in_the_round(county):
    rounds.update_round(county["round"], "第一轮", DAY, TODAY)
    with pytest.raises(ValidationErrors, match="不在第一轮的时间范围"):
        talk(county, "A", "B", day=DAY - dt.timedelta(days=1))


def test_roster_talker_gets_name_and_post_outside_talker_keeps_typed(county):
    inside = talk(county, "A", "B")
    assert (inside.talker_name, inside.talker_post) == ("院长甲", "县法院 院长")
    outside = talk(county, None, "A")
    assert outside.talker_id is None and outside.talker_post == "县委常委、政法委书记"
    part = TalkParticipant.get(TalkParticipant.talk == inside.id)
    assert part.unit_post == "县法院 副院长"


def test_follow_up_lines_are_checked_and_empty_lines_dropped(county):
    items = [follow_ups.FollowUpData("", None, None), follow_ups.FollowUpData("", TODAY, None),
             follow_ups.FollowUpData("提交报告", DAY - dt.timedelta(days=1), None)]
    with pytest.raises(ValidationErrors) as info:
        talk(county, "A", "B", follow_ups=items)
    reasons = [e.message for e in info.value.errors]
    assert "后续事项：第2项：内容不能为空" in reasons
    assert "后续事项：第3项：完成时限早于谈话日期" in reasons


def test_update_replaces_people_and_keeps_the_printed_post(county):
    record = talk(county, "H1", "o1", follow_ups=[follow_ups.FollowUpData("交表", TODAY)])
    data = records.talk_data(record.id)
    county["p"]["o1"].post = "副庭长"
    county["p"]["o1"].save()
    data.mode, data.participant_ids = "集体", ids(county, "o1", "o2")
    records.update_talk(record.id, data)
    posts = {p.officer_id: p.unit_post for p in TalkParticipant.select().where(TalkParticipant.talk == record.id)}
    assert posts[county["p"]["o1"].id] == "县法院 刑事审判庭"  # as printed on the day
    assert posts[county["p"]["o2"].id] == "县法院 刑事审判庭"
    assert FollowUp.select().where(FollowUp.talk == record.id).count() == 1


def test_content_never_reaches_the_log(county, caplog):
    caplog.set_level(logging.DEBUG)
    record = talk(county, "A", "B", content="极其敏感的谈话内容", problems="敏感问题", suggestions="敏感建议")
    data = records.talk_data(record.id)
    records.update_talk(record.id, data)
    assert "敏感" not in caplog.text
    assert f"talk {record.id}" in caplog.text


def test_feedback_link_is_recorded(county):
    record = talk(county, "A", "B", suggestions="建议加强培训")
    records.set_feedback_link(record.id, 42)
    assert Talk.get_by_id(record.id).feedback_item_id == 42
    assert listing.talk_rows()[0].feedback_item_id == 42
    with pytest.raises(NotFound):
        records.set_feedback_link(99999, 1)
