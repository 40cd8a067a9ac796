"""Digits are ASCII digits: Python's \\d and int() also take ١٢٣, ११, 𝟏 and every other script's digits, which
would let an ID number or a date made of them through the checks and into the database. Full-width digits
(what a Chinese input method types) are translated to ASCII on purpose; all others are refused."""
import datetime as dt
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.common import datetext, idcard

ID_A = "11010519491231002X"


def in_script(text: str, zero: str) -> str:
    """The ASCII digits of `text` written with the digits of the script whose zero is `zero`."""
    return "".join(chr(ord(zero) + int(ch)) if ch.isascii() and ch.isdigit() else ch for ch in text)


SCRIPTS = ["\u0660", "\u06f0", "\u0966", "\u0e50", "\uff10", "\U0001d7ce"]  # Arabic-Indic … full-width, math bold


@pytest.mark.parametrize("zero", SCRIPTS)
def test_an_id_in_any_other_script_is_refused(zero):
    number = in_script(ID_A, zero)
    if zero == "\uff10":  # full-width: translated
        assert idcard.normalize(number) == ID_A and idcard.validate(number) is None
        return
    assert idcard.validate(number) == "含有半角数字以外的字符（只能是数字 0–9，末位可以是 X）"


@pytest.mark.parametrize("zero", SCRIPTS)
@pytest.mark.parametrize("text", ["2021-06-11", "2021年6月11日", "20210611", "1985.07", "202106"])
def test_a_date_in_any_other_script_is_refused(zero, text):
    written = in_script(text, zero)
    if zero == "\uff10":
        assert datetext.parse_text(written) == datetext.parse_text(text)
        return
    with pytest.raises(ValueError, match="不是可识别的日期"):
        datetext.parse_text(written)


@given(st.text(alphabet=st.characters(categories=["Nd"]), min_size=18, max_size=18))
def test_no_string_of_unicode_digits_validates_unless_it_is_ascii(text):
    reason = idcard.validate(text)
    if reason is None:
        assert idcard.normalize(text).isascii()
        assert all(unicodedata.digit(ch) == int(idcard.normalize(ch)) for ch in text[:17])


@given(st.one_of(st.floats(), st.integers(min_value=-10 ** 5000, max_value=10 ** 5000)))
def test_any_number_in_a_date_column_is_a_date_or_a_chinese_reason(value):
    try:
        parsed = datetext.from_cell(value)
    except ValueError as exc:
        assert "日期" in str(exc) or "年份" in str(exc) or "不存在" in str(exc) or "不合理" in str(exc), str(exc)
        assert len(str(exc)) < 200
        return
    assert isinstance(parsed.date, dt.date)


@pytest.mark.parametrize("value, shown", [(1e20, "1e+20"), (float("inf"), "inf"), (float("nan"), "nan"),
                                          (13812345678, "13812345678"), (10 ** 4400, "位数过多的数字")],
                         ids=["1e20", "inf", "nan", "phone", "huge"])
def test_impossible_numbers_are_named_briefly(value, shown):
    with pytest.raises(ValueError) as caught:
        datetext.from_cell(value)
    assert str(caught.value) == f"“{shown}”不是可识别的日期"
