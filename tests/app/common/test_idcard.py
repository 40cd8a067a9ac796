import datetime as dt

import pytest

from app.common import idcard


@pytest.mark.parametrize("number", ["11010519491231002X", "440524188001010014", "11010519491231002x"])
def test_valid_numbers(number):
    assert idcard.validate(number) is None


@pytest.mark.parametrize("number, reason", [
    ("360426199101010072", "校验位错误"),
    ("1101051949123100", "应为18位"),
    ("11010519491331002X", "出生日期"),
    ("1101051949123100AX", "前17位须为数字"),
])
def test_invalid_numbers(number, reason):
    assert reason in idcard.validate(number)


def test_derived_fields_and_mask():
    assert idcard.gender("11010519491231002X") == "女"
    assert idcard.gender("440524188001010014") == "男"
    assert idcard.birth_date("11010519491231002X") == dt.date(1949, 12, 31)
    assert idcard.mask("11010519491231002X") == "110105********002X"
    assert idcard.mask("") == ""


def test_full_width_input_is_normalised():
    assert idcard.normalize("１１０１０５１９４９１２３１００２ｘ") == "11010519491231002X"


def test_make_builds_valid_numbers():
    for seq in range(0, 1000, 37):
        assert idcard.validate(idcard.make("421223", dt.date(1985, 7, 9), seq)) is None
