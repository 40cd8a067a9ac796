"""The period presets, how a period reads, the units and a range's check."""
import datetime as dt

import pytest

from tests.app.reports.direct_counts import TODAY


def test_periods_follow_the_campaign_settings(demo_db):
    from app.reports.scope import Period, periods
    from app.store import campaign

    labels = [p.label for p in periods()]
    assert labels == ["全部", "学习教育阶段", "查纠整改阶段", "总结提升阶段", "本月"]
    month = periods()[-1]
    assert month.since == TODAY.replace(day=1) and month.until.month == TODAY.month and month.until >= TODAY
    phases = campaign.current().phase_ranges()
    assert [(p.since, p.until) for p in periods()[1:4]] == [(a, b) for _n, a, b in phases]
    assert Period("", dt.date(2021, 3, 1), dt.date(2021, 6, 11)).text == "2021年3月1日至2021年6月11日"
    assert Period("", None, dt.date(2021, 6, 11)).text == "截至2021年6月11日"
    assert Period("", dt.date(2021, 3, 1), None).text == "2021年3月1日以来"
    assert Period("", None, None).text == "教育整顿开展以来"


def test_units_and_a_unit_gone(demo_db):
    from app.errors import NotFound
    from app.reports.scope import find_unit, unit_suffix, units
    from app.roster.models import Unit

    assert [u[0] for u in units()] == [u.id for u in Unit.select().order_by(Unit.sort_order, Unit.id)]
    court = find_unit(Unit.get(Unit.short_name == "县法院").id)
    assert unit_suffix(court) == "（县法院）" and unit_suffix(None) == "" and find_unit(None) is None
    with pytest.raises(NotFound, match="所选单位已不存在"):
        find_unit(10 ** 6)


def test_a_reversed_range_is_refused():
    from app.errors import ValidationError
    from app.reports.scope import check_range

    check_range(TODAY, TODAY)
    check_range(None, TODAY)
    with pytest.raises(ValidationError, match="开始日期"):
        check_range(TODAY, TODAY - dt.timedelta(days=1))
