"""英模选树: a recommendation from the roster or by name, its unit (the officer's by default), level, result and
honour, and the link to an 英模报告会 of 学习教育 (and only to one of those)."""
import datetime as dt

import pytest

from app.affairs.heroes import (RecommendationData, delete_recommendation, recommendation_rows, report_sessions,
                                save_recommendation)
from app.affairs.models import Recommendation
from app.errors import ValidationErrors

DAY = dt.date(2021, 3, 20)


def test_from_the_roster_the_unit_is_the_officers(people, sessions):
    rec = save_recommendation(RecommendationData(officer_id=people["zhang"].id, deeds="办案零差错", recommended_on=DAY,
                                                 level="市级候选", typical_model=True,
                                                 report_session_id=sessions["report"].id))
    [row] = recommendation_rows()
    assert (row.name, row.unit, row.post, row.level, row.result) == ("张伟", "县法院", "审判员", "市级候选", "待评选")
    assert row.report_session == "2021-04-02 全县政法英模事迹报告会" and row.typical_model
    assert [s.title for s in report_sessions()] == ["全县政法英模事迹报告会"]
    delete_recommendation(rec.id)
    assert Recommendation.select().count() == 0


def test_by_name_with_a_unit_given_by_its_short_name(people):
    save_recommendation(RecommendationData(name="赵六", unit="县公安局", recommended_on=DAY, level="县级评选",
                                           result="当选", honour="第二届“最美政法干警”"))
    [row] = recommendation_rows(level="县级评选", unit_id=people["police"].id)
    assert (row.name, row.unit_name, row.honour, row.officer_id) == ("赵六", "青山县公安局", "第二届“最美政法干警”", None)
    assert recommendation_rows(level="市级候选") == []
    assert recommendation_rows(since=DAY + dt.timedelta(days=1)) == []


def test_every_bad_field_is_named_and_nothing_is_written(people, sessions):
    with pytest.raises(ValidationErrors) as exc:
        save_recommendation(RecommendationData(name="", unit="县税务局", recommended_on="", level="省级",
                                               result="当选", honour="", report_session_id=sessions["warning"].id))
    assert {e.field for e in exc.value.errors} == {"姓名", "推荐单位", "推荐日期", "评选层级", "荣誉称号", "英模报告会"}
    assert "县税务局" in str(exc.value) and "英模报告会" in str(exc.value)
    with pytest.raises(ValidationErrors) as exc:
        save_recommendation(RecommendationData(officer_id=9999, recommended_on=DAY))
    assert "编号为 9999 的人员不在人员台账中" in str(exc.value)
    assert Recommendation.select().count() == 0


def test_an_edit_replaces_the_values_and_a_deleted_session_unlinks(people, sessions):
    rec = save_recommendation(RecommendationData(officer_id=people["wang"].id, recommended_on=DAY,
                                                 report_session_id=sessions["report"].id))
    save_recommendation(RecommendationData(officer_id=people["wang"].id, recommended_on=DAY, level="县级评选",
                                           result="未当选", honour="不应保存"), rec.id)
    [row] = recommendation_rows()
    assert (row.level, row.result, row.honour, row.report_session_id) == ("县级评选", "未当选", "", None)


def test_a_unit_merge_moves_the_recommendations_and_a_delete_names_them(people):
    from app.errors import AppError
    from app.roster.models import Unit
    from app.roster.unit_admin import delete_unit, merge_units, references

    spare = Unit.create(name="青山县公安局交通警察大队", short_name="县交警大队", kind="公安局", sort_order=3)
    save_recommendation(RecommendationData(name="赵六", unit="县交警大队", recommended_on=DAY, level="县级评选"))
    assert references(spare.id).get("英模选树（推荐单位）") == 1
    with pytest.raises(AppError):
        delete_unit(spare.id)
    merge_units(spare.id, people["police"].id)
    [row] = recommendation_rows()
    assert row.unit_name == "青山县公安局"
