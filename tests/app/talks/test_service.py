"""Talk records core: rounds, validation, coverage (group talks, 人次), the cascade, follow-ups, access."""
import datetime as dt
import logging

import pytest

from app.safety import access
from app.talks import service as talks
from app.errors import Conflict, NotFound, ValidationErrors
from app.roster.models import Department, Officer, Oversight, Unit
from app.talks.models import FollowUp, RoundExpected, Talk, TalkParticipant, TalkRound

TODAY = dt.date.today()
DAY = TODAY - dt.timedelta(days=3)


@pytest.fixture
def county(db):
    """Two units. 县法院: 一把手 A; 班子成员 B (分管 D1) and C (分管 D2); D1: head H1, officers o1–o3;
    D2: head H2, officer o4; a 病休 officer outside the campaign. 县检察院: 一把手 P and officer q."""
    court = Unit.create(name="青山县人民法院", short_name="县法院", kind="法院", sort_order=1)
    proc = Unit.create(name="青山县人民检察院", short_name="县检察院", kind="检察院", sort_order=2)
    d1 = Department.create(unit=court, name="刑事审判庭", sort_order=1)
    d2 = Department.create(unit=court, name="立案庭", sort_order=2)
    d3 = Department.create(unit=proc, name="第一检察部", sort_order=1)

    def person(name, unit, dept=None, **kw):
        return Officer.create(name=name, unit=unit, department=dept, **kw)

    people = {
        "A": person("院长甲", court, leadership="一把手", post="院长"),
        "B": person("副院长乙", court, leadership="班子成员", post="副院长"),
        "C": person("副院长丙", court, leadership="班子成员", post="副院长"),
        "H1": person("庭长一", court, d1, is_department_head=True, post="庭长"),
        "o1": person("干警一", court, d1),
        "o2": person("干警二", court, d1),
        "o3": person("干警三", court, d1),
        "H2": person("庭长二", court, d2, is_department_head=True, post="庭长"),
        "o4": person("干警四", court, d2),
        "sick": person("病休者", court, d1, status="病休"),
        "P": person("检察长", proc, leadership="一把手", post="检察长"),
        "q": person("检察官", proc, d3),
    }
    Oversight.create(officer=people["B"], department=d1)
    Oversight.create(officer=people["C"], department=d2)
    talks.ensure_default_rounds()
    first = talks.rounds()[0]
    return {"units": {"court": court, "proc": proc}, "p": people, "round": first.id}


def ids(county, *keys):
    return [county["p"][k].id for k in keys]


def talk(county, talker, *people, mode=None, round_id=None, day=DAY, **kw):
    data = talks.TalkData(round_id=round_id or county["round"], talk_date=day,
                          talker_id=county["p"][talker].id if talker else None,
                          talker_name="" if talker else "政法委书记", talker_post="" if talker else "县委常委、政法委书记",
                          participant_ids=ids(county, *people), mode=mode or ("集体" if len(people) > 1 else "个别"),
                          talk_type=kw.pop("talk_type", "思想交流"), **kw)
    return talks.create_talk(data)


def unit_row(rows, unit):
    return next(r for r in rows if r.unit_id == unit.id)


# ---------------------------------------------------------------- rounds

def test_default_rounds_freeze_the_in_post_campaign_list(county):
    rounds = talks.rounds()
    assert [r.name for r in rounds] == ["第一轮", "第二轮", "第三轮"]
    assert [r.number for r in rounds] == [1, 2, 3]
    assert all(r.expected == 11 for r in rounds)  # 12 people, one 病休
    talks.ensure_default_rounds()  # idempotent
    assert TalkRound.select().count() == 3


def test_expected_list_stays_frozen_until_refreshed(county):
    court = county["units"]["court"]
    newcomer = Officer.create(name="新人", unit=court)
    assert talks.rounds()[0].expected == 11
    assert talks.expected_differs_from_roster(county["round"]) == (1, 0)
    county["p"]["o4"].status = "借调"
    county["p"]["o4"].save()
    assert talks.refresh_expected(county["round"]) == (1, 1)
    people = {p.id for p in talks.expected_people(county["round"])}
    assert newcomer.id in people and county["p"]["o4"].id not in people
    assert talks.rounds()[1].expected == 11  # other rounds unchanged
    second = talks.rounds()[1].id
    assert talks.remove_expected(second, ids(county, "o1", "o2")) == 2
    assert talks.add_expected(second, ids(county, "o1", "A")) == 1
    assert talks.rounds()[1].expected == 10


def test_round_create_update_delete_and_renumber(county):
    fourth = talks.create_round("回头看", DAY, TODAY)
    assert talks.round_by_number(4).name == "回头看"
    with pytest.raises(ValidationErrors, match="已有名为"):
        talks.create_round("第一轮")
    with pytest.raises(ValidationErrors, match="结束日期"):
        talks.update_round(fourth.id, "回头看", TODAY, DAY)
    talk(county, "A", "B")
    with pytest.raises(Conflict, match="谈话记录"):
        talks.delete_round(county["round"])
    second = talks.round_by_number(2)
    talks.delete_round(second.id)
    assert [r.number for r in talks.rounds()] == [1, 2, 3]
    assert talks.round_by_number(3).name == "回头看"
    with pytest.raises(NotFound, match="没有第9轮"):
        talks.round_by_number(9)


def test_round_dates_cannot_exclude_existing_talks(county):
    talk(county, "A", "B", day=DAY)
    with pytest.raises(ValidationErrors, match="不在新的日期范围内"):
        talks.update_round(county["round"], "第一轮", DAY + dt.timedelta(days=1), TODAY)
    talks.update_round(county["round"], "第一轮（谈心）", DAY, TODAY)
    assert talks.rounds()[0].name == "第一轮（谈心）"


# ---------------------------------------------------------------- validation

def test_validation_names_every_bad_field_and_writes_nothing(county):
    data = talks.TalkData(round_id=county["round"], talk_date=TODAY + dt.timedelta(days=1), talker_name="",
                          participant_ids=ids(county, "o1", "o2"), mode="个别", talk_type="闲聊",
                          content="绝密内容" * 3000)
    with pytest.raises(ValidationErrors) as info:
        talks.create_talk(data)
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
    talks.update_round(county["round"], "第一轮", DAY, TODAY)
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
    items = [talks.FollowUpData("", None, None), talks.FollowUpData("", TODAY, None),
             talks.FollowUpData("提交报告", DAY - dt.timedelta(days=1), None)]
    with pytest.raises(ValidationErrors) as info:
        talk(county, "A", "B", follow_ups=items)
    reasons = [e.message for e in info.value.errors]
    assert "后续事项：第2项：内容不能为空" in reasons
    assert "后续事项：第3项：完成时限早于谈话日期" in reasons


def test_update_replaces_people_and_keeps_the_printed_post(county):
    record = talk(county, "H1", "o1", follow_ups=[talks.FollowUpData("交表", TODAY)])
    data = talks.talk_data(record.id)
    county["p"]["o1"].post = "副庭长"
    county["p"]["o1"].save()
    data.mode, data.participant_ids = "集体", ids(county, "o1", "o2")
    talks.update_talk(record.id, data)
    posts = {p.officer_id: p.unit_post for p in TalkParticipant.select().where(TalkParticipant.talk == record.id)}
    assert posts[county["p"]["o1"].id] == "县法院 刑事审判庭"  # as printed on the day
    assert posts[county["p"]["o2"].id] == "县法院 刑事审判庭"
    assert FollowUp.select().where(FollowUp.talk == record.id).count() == 1


# ---------------------------------------------------------------- coverage

def test_coverage_counts_people_once_and_every_presence_as_person_time(county):
    court = county["units"]["court"]
    talk(county, "A", "B")
    talk(county, "H1", "o1", "o2", "o3")  # a group talk: three 人次
    talk(county, "H1", "o1", talk_type="提醒谈话")  # o1 again: 人次 but not another person
    talk(county, "A", "sick")  # not on the list: 人次, not 已谈
    rows = talks.coverage(county["round"])
    row = unit_row(rows, court)
    assert (row.expected, row.talked, row.untalked, row.person_times) == (9, 4, 5, 6)
    assert row.rate == pytest.approx(4 / 9)
    total = rows[-1]
    assert total.unit_id is None and (total.expected, total.talked, total.person_times) == (11, 4, 6)
    assert [p.name for p in talks.untalked(county["round"], court.id)] == ["院长甲", "副院长丙", "庭长一", "庭长二",
                                                                          "干警四"]
    other_round = talks.rounds()[1].id
    assert talks.coverage(other_round)[-1].talked == 0


def test_deleted_talks_do_not_count_and_restore_brings_them_back(county):
    record = talk(county, "A", "B")
    assert talks.coverage(county["round"])[-1].talked == 1
    talks.delete_talks([record.id])
    assert talks.coverage(county["round"])[-1].talked == 0
    assert talks.talk_rows() == []
    talks.restore_talks([record.id])
    assert talks.coverage(county["round"])[-1].person_times == 1


def test_campaign_coverage_spans_the_rounds(county):
    second = talks.rounds()[1].id
    talk(county, "A", "B")
    talk(county, "A", "C", round_id=second)
    campaign = talks.coverage(None)[-1]
    assert (campaign.expected, campaign.talked, campaign.person_times) == (11, 2, 2)
    summaries = talks.round_summaries()
    assert [s.name for s in summaries] == ["第一轮", "第二轮", "第三轮", "全部轮次"]
    assert summaries[-1].person_times == 2 and summaries[-1].round_id is None


def test_next_untalked_goes_forward_in_roster_order_and_wraps(county):
    court = county["units"]["court"].id
    rid = county["round"]
    assert talks.next_untalked(rid, court).name == "院长甲"
    talk(county, None, "A")
    talk(county, "A", "C")
    assert talks.next_untalked(rid, court, county["p"]["H1"].id).name == "干警一"
    assert talks.next_untalked(rid, court, county["p"]["o4"].id).name == "副院长乙"  # wraps round
    for key in ("B", "H1", "o1", "o2", "o3", "H2", "o4"):
        talk(county, "A", key)
    assert talks.next_untalked(rid, court, county["p"]["o4"].id) is None


# ---------------------------------------------------------------- the cascade

def test_cascade_gaps_until_each_level_talks_with_the_next(county):
    rid = county["round"]
    kinds = {(g.kind, g.name) for g in talks.cascade_gaps(rid)}
    assert (talks.GAP_MEMBER, "副院长乙") in kinds and (talks.GAP_HEAD, "庭长一") in kinds
    assert (talks.GAP_NOBODY, "干警一") in kinds and (talks.GAP_NOBODY, "院长甲") in kinds
    talk(county, "C", "B")  # the wrong leader talks with B
    talk(county, "A", "H1")  # the 一把手 talks with H1, but B oversees D1
    gaps = {g.name: g for g in talks.cascade_gaps(rid)}
    assert gaps["副院长乙"].kind == talks.GAP_MEMBER and gaps["副院长乙"].actual_talkers == "副院长丙"
    assert gaps["副院长乙"].expected_talkers == "院长甲"
    assert gaps["庭长一"].kind == talks.GAP_HEAD and gaps["庭长一"].expected_talkers == "副院长乙"
    talk(county, "A", "B")
    talk(county, "B", "H1")
    talk(county, "A", "C")
    talk(county, "C", "H2")
    talk(county, None, "A")
    talk(county, None, "P")
    talk(county, "H1", "o1", "o2", "o3")
    talk(county, "H2", "o4")
    left = talks.cascade_gaps(rid)
    assert [(g.kind, g.name) for g in left] == [(talks.GAP_NOBODY, "检察官")]
    talk(county, "P", "q")
    assert talks.cascade_gaps(rid) == []
    assert talks.cascade_gaps(talks.rounds()[1].id)  # the next round starts over


def test_suggested_talker_follows_the_cascade(county):
    p = county["p"]
    assert talks.suggested_talker(p["B"].id) == p["A"].id
    assert talks.suggested_talker(p["H2"].id) == p["C"].id
    assert talks.suggested_talker(p["o2"].id) == p["H1"].id
    assert talks.suggested_talker(p["A"].id) is None


# ---------------------------------------------------------------- follow-ups

def test_follow_ups_overdue_done_and_reopened(county):
    talk(county, "H1", "o1", follow_ups=[talks.FollowUpData("交自查表", DAY + dt.timedelta(days=1)),
                                         talks.FollowUpData("谈心回访", TODAY + dt.timedelta(days=5))])
    trashed = talk(county, "H1", "o2", follow_ups=[talks.FollowUpData("已删除记录的事项", DAY)])
    talks.delete_talks([trashed.id])
    rows = talks.follow_up_rows(today=TODAY)
    assert [(r.text, r.overdue) for r in rows] == [("交自查表", True), ("谈心回访", False)]
    assert rows[0].participants == "干警一" and rows[0].units == "县法院"
    assert talks.mark_follow_ups_done([rows[0].id], TODAY) == 1
    assert [r.text for r in talks.follow_up_rows(today=TODAY)] == ["谈心回访"]
    everything = talks.follow_up_rows(open_only=False, today=TODAY)
    assert everything[-1].done_date == TODAY and not everything[-1].overdue
    talks.reopen_follow_ups([rows[0].id])
    assert len(talks.follow_up_rows(today=TODAY)) == 2
    assert talks.stats()["follow_ups_overdue"] == 1


# ---------------------------------------------------------------- lists, snippets, typed input

def test_talk_rows_hide_content_unless_asked(county):
    talk(county, "H1", "o1", "o2", topic="宽严政策", content="谈话正文", problems="反映的问题", suggestions="建议")
    row = talks.talk_rows()[0]
    assert row.participants == "干警一、干警二" and row.participant_count == 2 and row.units == "县法院"
    assert (row.content, row.problems, row.suggestions) == ("", "", "")
    full = talks.talk_rows(include_content=True)[0]
    assert (full.content, full.problems, full.suggestions) == ("谈话正文", "反映的问题", "建议")


def test_content_needs_the_permission(county, monkeypatch):
    record = talk(county, "A", "B", content="保密")
    monkeypatch.setattr(access, "can", lambda permission: permission != access.TALK_CONTENT)
    with pytest.raises(talks.AccessDenied):
        talks.talk_rows(include_content=True)
    with pytest.raises(talks.AccessDenied):
        talks.form_records([record.id], include_content=True)
    with pytest.raises(talks.AccessDenied):
        talks.talk_data(record.id)
    assert talks.form_records([record.id], include_content=False)[0].content == ""


def test_content_never_reaches_the_log(county, caplog):
    caplog.set_level(logging.DEBUG)
    record = talk(county, "A", "B", content="极其敏感的谈话内容", problems="敏感问题", suggestions="敏感建议")
    data = talks.talk_data(record.id)
    talks.update_talk(record.id, data)
    assert "敏感" not in caplog.text
    assert f"talk {record.id}" in caplog.text


def test_snippets_default_and_edit(db):
    defaults = talks.snippets()
    assert len(defaults) == len(talks.DEFAULT_SNIPPETS)
    new_id = talks.save_snippet(None, "意见建议", "装备", "建议加大装备投入。")
    assert talks.snippets("意见建议")[-1].title == "装备"
    with pytest.raises(ValidationErrors, match="名称"):
        talks.save_snippet(new_id, "意见建议", "", "x")
    talks.delete_snippet(new_id)
    assert len(talks.snippets()) == len(defaults)


@pytest.mark.parametrize("text, expected", [
    ("2021-6-30", dt.date(2021, 6, 30)), ("2021/06/30", dt.date(2021, 6, 30)), ("2021.6.3", dt.date(2021, 6, 3)),
    ("2021年6月30日", dt.date(2021, 6, 30)), ("20210630", dt.date(2021, 6, 30)), ("", None)])
def test_parse_date(text, expected):
    assert talks.parse_date(text) == expected


def test_parse_bad_date_and_times():
    with pytest.raises(ValueError, match="不是有效日期"):
        talks.parse_date("2021-2-30")
    assert talks.parse_time("15:30") == dt.time(15, 30)
    assert talks.parse_time("9点") == dt.time(9, 0)
    assert talks.parse_time("0930") == dt.time(9, 30)
    assert talks.parse_time(" ") is None
    with pytest.raises(ValueError, match="不是有效时间"):
        talks.parse_time("25:99")


def test_feedback_link_is_recorded(county):
    record = talk(county, "A", "B", suggestions="建议加强培训")
    talks.set_feedback_link(record.id, 42)
    assert Talk.get_by_id(record.id).feedback_item_id == 42
    assert talks.talk_rows()[0].feedback_item_id == 42
    with pytest.raises(NotFound):
        talks.set_feedback_link(99999, 1)


def test_find_unit_by_full_or_short_name(county):
    assert talks.find_unit("县检察院").name == "青山县人民检察院"
    assert talks.find_unit("青山县人民法院").short_name == "县法院"
    with pytest.raises(NotFound, match="现有单位：县法院、县检察院"):
        talks.find_unit("县公安局")


def test_a_round_set_up_before_the_roster_gets_its_list_with_the_first_talk(db):
    talks.ensure_default_rounds()
    rid = talks.rounds()[0].id
    assert talks.rounds()[0].expected == 0
    unit = Unit.create(name="青山县司法局", short_name="县司法局")
    a = Officer.create(name="局长", unit=unit, leadership="一把手")
    b = Officer.create(name="干部", unit=unit)
    talks.create_talk(talks.TalkData(round_id=rid, talk_date=DAY, talker_id=a.id, participant_ids=[b.id]))
    assert RoundExpected.select().where(RoundExpected.round == rid).count() == 2
    assert talks.coverage(rid)[-1].talked == 1


# ---------------------------------------------------------------- demo

def test_demo_has_the_articles_talk_figures(demo_db):
    figures = talks.stats()
    assert figures["person_times"] == 1453
    assert figures["campaign"] == {"expected": 518, "talked": 518, "coverage": 1.0}  # 全覆盖
    assert [r["name"] for r in figures["rounds"]] == ["第一轮", "第二轮", "第三轮"]
    assert figures["rounds"][0]["coverage"] == 1.0 and figures["rounds"][2]["coverage"] < 1
    assert figures["group_talks"] > 50 and figures["self_reported"] > 20
    assert 35 <= len(talks.follow_up_rows(open_only=False)) <= 45
    assert 1 <= figures["follow_ups_overdue"] <= 10
    first = talks.rounds()[0].id
    cascade = [g for g in talks.cascade_gaps(first) if g.kind != talks.GAP_NOBODY]
    assert len(cascade) == 2  # a couple of gaps to show
    assert talks.cascade_gaps(talks.rounds()[1].id) == []
