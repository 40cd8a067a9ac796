"""Coverage (group talks, 人次, the trash, the whole campaign), the next person to talk with, the cascade."""
import pytest

from app.talks import coverage, listing, records, rounds
from tests.support.talks_data import talk, unit_row


def test_coverage_counts_people_once_and_every_presence_as_person_time(county):
    court = county["units"]["court"]
    talk(county, "A", "B")
    talk(county, "H1", "o1", "o2", "o3")  # a group talk: three 人次
    talk(county, "H1", "o1", talk_type="提醒谈话")  # o1 again: 人次 but not another person
    talk(county, "A", "sick")  # not on the list: 人次, not 已谈
    rows = coverage.coverage(county["round"])
    row = unit_row(rows, court)
    assert (row.expected, row.talked, row.untalked, row.person_times) == (9, 4, 5, 6)
    assert row.rate == pytest.approx(4 / 9)
    total = rows[-1]
    assert total.unit_id is None and (total.expected, total.talked, total.person_times) == (11, 4, 6)
    assert [p.name for p in coverage.untalked(county["round"], court.id)] == ["院长甲", "副院长丙", "庭长一",
                                                                             "庭长二", "干警四"]
    other_round = rounds.rounds()[1].id
    assert coverage.coverage(other_round)[-1].talked == 0


def test_deleted_talks_do_not_count_and_restore_brings_them_back(county):
    record = talk(county, "A", "B")
    assert coverage.coverage(county["round"])[-1].talked == 1
    records.delete_talks([record.id])
    assert coverage.coverage(county["round"])[-1].talked == 0
    assert listing.talk_rows() == []
    records.restore_talks([record.id])
    assert coverage.coverage(county["round"])[-1].person_times == 1


def test_campaign_coverage_spans_the_rounds(county):
    second = rounds.rounds()[1].id
    talk(county, "A", "B")
    talk(county, "A", "C", round_id=second)
    campaign = coverage.coverage(None)[-1]
    assert (campaign.expected, campaign.talked, campaign.person_times) == (11, 2, 2)
    summaries = coverage.round_summaries()
    assert [s.name for s in summaries] == ["第一轮", "第二轮", "第三轮", "全部轮次"]
    assert summaries[-1].person_times == 2 and summaries[-1].round_id is None


def test_next_untalked_goes_forward_in_roster_order_and_wraps(county):
    court = county["units"]["court"].id
    rid = county["round"]
    assert coverage.next_untalked(rid, court).name == "院长甲"
    talk(county, None, "A")
    talk(county, "A", "C")
    assert coverage.next_untalked(rid, court, county["p"]["H1"].id).name == "干警一"
    assert coverage.next_untalked(rid, court, county["p"]["o4"].id).name == "副院长乙"  # wraps round
    for key in ("B", "H1", "o1", "o2", "o3", "H2", "o4"):
        talk(county, "A", key)
    assert coverage.next_untalked(rid, court, county["p"]["o4"].id) is None


def test_cascade_gaps_until_each_level_talks_with_the_next(county):
    rid = county["round"]
    kinds = {(g.kind, g.name) for g in coverage.cascade_gaps(rid)}
    assert (coverage.GAP_MEMBER, "副院长乙") in kinds and (coverage.GAP_HEAD, "庭长一") in kinds
    assert (coverage.GAP_NOBODY, "干警一") in kinds and (coverage.GAP_NOBODY, "院长甲") in kinds
    talk(county, "C", "B")  # the wrong leader talks with B
    talk(county, "A", "H1")  # the 一把手 talks with H1, but B oversees D1
    gaps = {g.name: g for g in coverage.cascade_gaps(rid)}
    assert gaps["副院长乙"].kind == coverage.GAP_MEMBER and gaps["副院长乙"].actual_talkers == "副院长丙"
    assert gaps["副院长乙"].expected_talkers == "院长甲"
    assert gaps["庭长一"].kind == coverage.GAP_HEAD and gaps["庭长一"].expected_talkers == "副院长乙"
    talk(county, "A", "B")
    talk(county, "B", "H1")
    talk(county, "A", "C")
    talk(county, "C", "H2")
    talk(county, None, "A")
    talk(county, None, "P")
    talk(county, "H1", "o1", "o2", "o3")
    talk(county, "H2", "o4")
    left = coverage.cascade_gaps(rid)
    assert [(g.kind, g.name) for g in left] == [(coverage.GAP_NOBODY, "检察官")]
    talk(county, "P", "q")
    assert coverage.cascade_gaps(rid) == []
    assert coverage.cascade_gaps(rounds.rounds()[1].id)  # the next round starts over


def test_an_officer_added_after_the_rounds_keeps_the_campaign_from_full_coverage(county):
    """Everyone on the lists talked with reads 全覆盖 — until an officer who joined later is counted too."""
    from app.reports.overview import overview
    from app.reports.listings import listing_untalked
    from app.roster.officers import OfficerData, create_officer

    everyone = [k for k in county["p"] if k != "sick"]
    for key in everyone:
        talk(county, "A" if key != "A" else "B", key)
    assert coverage.coverage(None)[-1].untalked == 0
    assert overview().talks.coverage_text == "全覆盖"
    newcomer = create_officer(OfficerData(name="新调入", unit="青山县人民法院"))
    campaign = coverage.coverage(None)[-1]
    assert (campaign.expected, campaign.talked) == (12, 11)
    assert coverage.coverage(county["round"])[-1].expected == 11  # a round's own list stays as it was set
    assert [p.name for p in coverage.untalked(None)] == ["新调入"]
    figures = overview().talks
    assert (figures.expected, figures.talked) == (12, 11) and figures.coverage_text != "全覆盖"
    assert [row[0] for row in listing_untalked().rows] == ["新调入"] or newcomer.id in listing_untalked().ids
