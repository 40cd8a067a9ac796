"""How the office writes a figure: 14万份, 500余个, 2000余人次, 1000万元, 99%, and a comparison as
同比上升102%. Numbers of ten thousand and more that are whole thousands are written in 万 (140000份 → 14万份);
an amount already counted in 万元 is not scaled again."""
from __future__ import annotations

from decimal import Decimal

from app.service.models import PERCENT

WAN = Decimal(10000)


def number_text(value: Decimal | int | float | str) -> str:
    """Digits without a thousands separator or trailing zeros: 14, 2000, 1.5, 0.25."""
    number = Decimal(str(value))
    text = format(number.quantize(Decimal("0.01")), "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def figure_text(number, measure_word: str, approximate: str = "") -> str:
    """14万份 · 500余个 · 2000余人次 · 8万元 · 99%."""
    value = Decimal(str(number))
    if measure_word == PERCENT:
        return f"{number_text(value)}{approximate}%"
    if value >= WAN and value % 1000 == 0 and not measure_word.startswith("万"):
        return f"{number_text(value / WAN)}万{approximate}{measure_word}"
    return f"{number_text(value)}{approximate}{measure_word}"


def comparison_text(comparison: str, direction: str, change_percent) -> str:
    """同比上升102% · 环比下降27%; empty when the figure is not compared."""
    if not comparison or change_percent is None:
        return ""
    return f"{comparison}{direction}{number_text(change_percent)}%"
