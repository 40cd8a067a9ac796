"""Rounds and their frozen 应谈 lists."""
import datetime as dt

import pytest

from app.errors import Conflict, NotFound, ValidationErrors
from app.roster.models import Officer, Unit
from app.talks import coverage, records, rounds
from app.talks.models import RoundExpected, TalkRound
from tests.support.talks_data import DAY, TODAY, ids, talk


def test_default_rounds_freeze_the_in_post_campaign_list(county):
    all_rounds = rounds.rounds()
    assert [r.name for r in all_rounds] == ["第一轮", "第二轮", "第三轮"]
    assert [r.number for r in all_rounds] == [1, 2, 3]
    assert all(r.expected == 11 for r in all_rounds)  # 12 people, one 病休
    rounds.ensure_default_rounds()  # idempotent
    assert TalkRound.select().count() == 3


def test_expected_list_stays_frozen_until_refreshed(county):
    court = county["units"]["court"]
    newcomer = Officer.create(name="新人", unit=court)
    assert rounds.rounds()[0].expected == 11
    assert rounds.expected_differs_from_roster(county["round"]) == (1, 0)
    county["p"]["o4"].status = "借调"
    county["p"]["o4"].save()
    assert rounds.refresh_expected(county["round"]) == (1, 1)
    people = {p.id for p in coverage.expected_people(county["round"])}
    assert newcomer.id in people and county["p"]["o4"].id not in people
    assert rounds.rounds()[1].expected == 11  # other rounds unchanged
    second = rounds.rounds()[1].id
    assert rounds.remove_expected(second, ids(county, "o1", "o2")) == 2
    assert rounds.add_expected(second, ids(county, "o1", "A")) == 1
    assert rounds.rounds()[1].expected == 10


def test_round_create_update_delete_and_renumber(county):
    fourth = rounds.create_round("回头看", DAY, TODAY)
    assert rounds.round_by_number(4).name == "回头看"
    with pytest.raises(ValidationErrors, match="已有名为"):
        rounds.create_round("第一轮")
    with pytest.raises(ValidationErrors, match="结束日期"):
        rounds.update_round(fourth.id, "回头看", TODAY, DAY)
    talk(county, "A", "B")
    with pytest.raises(Conflict, match="谈话记录"):
        rounds.delete_round(county["round"])
    second = rounds.round_by_number(2)
    rounds.delete_round(second.id)
    assert [r.number for r in rounds.rounds()] == [1, 2, 3]
    assert rounds.round_by_number(3).name == "回头看"
    with pytest.raises(NotFound, match="没有第9轮"):
        rounds.round_by_number(9)


def test_round_dates_cannot_exclude_existing_talks(county):
    talk(county, "A", "B", day=DAY)
    with pytest.raises(ValidationErrors, match="不在新的日期范围内"):
        rounds.update_round(county["round"], "第一轮", DAY + dt.timedelta(days=1), TODAY)
    rounds.update_round(county["round"], "第一轮（谈心）", DAY, TODAY)
    assert rounds.rounds()[0].name == "第一轮（谈心）"


def test_a_round_set_up_before_the_roster_gets_its_list_with_the_first_talk(db):
    rounds.ensure_default_rounds()
    rid = rounds.rounds()[0].id
    assert rounds.rounds()[0].expected == 0
    unit = Unit.create(name="青山县司法局", short_name="县司法局")
    a = Officer.create(name="局长", unit=unit, leadership="一把手")
    b = Officer.create(name="干部", unit=unit)
    records.create_talk(records.TalkData(round_id=rid, talk_date=DAY, talker_id=a.id, participant_ids=[b.id]))
    assert RoundExpected.select().where(RoundExpected.round == rid).count() == 2
    assert coverage.coverage(rid)[-1].talked == 1
