"""Figures are written as the source article writes them."""
from decimal import Decimal

import pytest

from app.service.figure_text import comparison_text, figure_text, number_text


@pytest.mark.parametrize("number, word, approximate, expected", [
    (140000, "份", "", "14万份"),
    (500, "个", "余", "500余个"),
    (2000, "人次", "余", "2000余人次"),
    (3600, "人次", "多", "3600多人次"),
    (1000, "万元", "", "1000万元"),
    (8, "万元", "", "8万元"),
    (80000, "元", "", "8万元"),
    (99, "%", "", "99%"),
    (70, "批次", "", "70批次"),
    (15000, "人", "", "1.5万人"),
    (10000, "份", "", "1万份"),
    (50000, "份", "余", "5万余份"),
    (12345, "人", "", "12345人"),
    (10500, "人", "", "10500人"),
    (Decimal("1.50"), "万元", "", "1.5万元"),
    (Decimal("0"), "件", "", "0件"),
])
def test_figures_read_as_in_the_article(number, word, approximate, expected):
    assert figure_text(number, word, approximate) == expected


def test_numbers_lose_trailing_zeros_only():
    assert [number_text(x) for x in (Decimal("2000.00"), Decimal("99.50"), 102, "0.25")] == ["2000", "99.5", "102",
                                                                                            "0.25"]


def test_comparisons():
    assert comparison_text("同比", "上升", Decimal("102")) == "同比上升102%"
    assert comparison_text("环比", "下降", Decimal("27.00")) == "环比下降27%"
    assert comparison_text("", "", None) == ""
