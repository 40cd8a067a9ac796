"""Dates and times as clerks type them."""
import datetime as dt

import pytest

from app.talks import common


@pytest.mark.parametrize("text, expected", [
    ("2021-6-30", dt.date(2021, 6, 30)), ("2021/06/30", dt.date(2021, 6, 30)), ("2021.6.3", dt.date(2021, 6, 3)),
    ("2021年6月30日", dt.date(2021, 6, 30)), ("20210630", dt.date(2021, 6, 30)), ("", None)])
def test_parse_date(text, expected):
    assert common.parse_date(text) == expected


def test_parse_bad_date_and_times():
    with pytest.raises(ValueError, match="不是有效日期"):
        common.parse_date("2021-2-30")
    assert common.parse_time("15:30") == dt.time(15, 30)
    assert common.parse_time("9点") == dt.time(9, 0)
    assert common.parse_time("0930") == dt.time(9, 30)
    assert common.parse_time(" ") is None
    with pytest.raises(ValueError, match="不是有效时间"):
        common.parse_time("25:99")
