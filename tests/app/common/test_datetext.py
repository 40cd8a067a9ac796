import datetime as dt

import pytest

from app.common import datetext


@pytest.mark.parametrize("text, date, precision", [
    ("2021-06-11", dt.date(2021, 6, 11), "day"), ("2021/6/1", dt.date(2021, 6, 1), "day"),
    ("2021.6.11", dt.date(2021, 6, 11), "day"), ("2021年6月11日", dt.date(2021, 6, 11), "day"),
    ("2021-06-11 00:00:00", dt.date(2021, 6, 11), "day"), ("20210611", dt.date(2021, 6, 11), "day"),
    ("202106", dt.date(2021, 6, 1), "month"), ("1985.07", dt.date(1985, 7, 1), "month"),
    ("1985.7", dt.date(1985, 7, 1), "month"), ("2021年6月", dt.date(2021, 6, 1), "month"),
])
def test_text_formats(text, date, precision):
    parsed = datetext.parse_text(text)
    assert (parsed.date, parsed.precision) == (date, precision)


def test_blank_and_bad_text():
    assert datetext.parse_text("  ") is None
    for bad, words in (("2021-13-01", "不存在"), ("1985.13", "月份不存在"), ("昨天", "不是可识别的日期"),
                       ("0021-01-01", "年份不合理")):
        with pytest.raises(ValueError, match=words):
            datetext.parse_text(bad)


def test_cells():
    assert datetext.from_cell(44358).date == dt.date(2021, 6, 11)  # Excel serial
    assert datetext.from_cell(44358.75).date == dt.date(2021, 6, 11)
    assert datetext.from_cell(dt.datetime(2021, 6, 11, 9)).date == dt.date(2021, 6, 11)
    assert datetext.from_cell(1985.07).date == dt.date(1985, 7, 1)
    assert datetext.from_cell(1985.10).alternative == dt.date(1985, 10, 1)  # 1985.1: January or October?
    assert datetext.from_cell(1985.10).matches(dt.date(1985, 10, 23))
    assert not datetext.from_cell(1985.07).matches(dt.date(1985, 8, 1))
    assert datetext.from_cell(20210611).date == dt.date(2021, 6, 11)
    assert datetext.from_cell(None) is None
    with pytest.raises(ValueError, match="只有年份"):
        datetext.from_cell(1985)
    with pytest.raises(ValueError):
        datetext.from_cell(True)
    assert datetext.from_serial(0.5) == dt.datetime(1899, 12, 30, 12)
