"""The 查纠整改 figures honour the overview's period and unit: self-check items by 填报日期, clues by 收到日期, a
unit by its officers (and the clues about them); with neither they are the campaign's to date."""
from tests.app.rectify.conftest import days, new_item, review_through


def test_period_and_unit_narrow_items_and_clues(people):
    from app.rectify.clues import ClueData, register_clue
    from app.reports.overview import overview
    from app.reports.rectify_figures import rectify_figures

    review_through(new_item(people["zhang"], reported_on=days(-30)).id, "个人整改", start=-28)
    new_item(people["wang"], reported_on=days(-5))
    register_clue(ClueData(source="上级交办", received_on=days(-3), officer_id=people["wang"].id, content="反映问题"))
    everything = rectify_figures()
    assert (everything.items, everything.officers_disclosed, everything.clues) == (2, 2, 1)
    recent = rectify_figures(since=days(-10))
    assert (recent.items, recent.items_reviewed, recent.clues) == (1, 0, 1)
    early = rectify_figures(until=days(-10))
    assert (early.items, early.outcome_officers["个人整改"], early.clues) == (1, 1, 0)
    court = rectify_figures(unit=people["court"].id)
    assert (court.items, court.clues) == (1, 0)
    police = overview(days(-10), None, people["police"].id).rectify
    assert (police.items, police.clues, police.clues_per_source["上级交办"]) == (1, 1, 1)
