"""Dates as offices write them: typed text, Excel serial numbers, date cells, 出生年月 numbers like 1985.07.

`parse_text` serves forms; `from_cell` serves Excel imports. Both raise ValueError with a Chinese reason.
A date written with month precision only (202106, 1985.07, 2021年6月) comes back with precision "month"
and the first of the month, so callers can compare it with a full date at that precision.
"""
from __future__ import annotations

import datetime as dt
import math
import re
from dataclasses import dataclass

from app.errors import ValidationError

EXCEL_EPOCH = dt.date(1899, 12, 30)  # serial 1 = 1900-01-01 once Excel's 1900 leap-year bug is accounted for
MIN_YEAR, MAX_YEAR = 1800, 2100  # the ID-number rules accept births from 1800
LAST_SERIAL = (dt.date(MAX_YEAR, 12, 31) - EXCEL_EPOCH).days

_FULL_WIDTH = str.maketrans("０１２３４５６７８９／－．", "0123456789/-.")
# [0-9], never \d: \d takes every script's digits (١٩٨٥), which int() then reads; full-width ones are
# translated above on purpose, the others are refused as not a date.
_TIME_SUFFIX = re.compile(r"(?:\s+|T)[0-9]{1,2}:[0-9]{2}(?::[0-9]{2}(?:\.[0-9]+)?)?$")  # "2021-06-11 00:00:00"
_DAY_PATTERNS = (
    re.compile(r"^([0-9]{4})[-/.]([0-9]{1,2})[-/.]([0-9]{1,2})$"),
    re.compile(r"^([0-9]{4})年([0-9]{1,2})月([0-9]{1,2})[日号]?$"),
    re.compile(r"^([0-9]{4})([0-9]{2})([0-9]{2})$"),
)
_MONTH_PATTERNS = (
    re.compile(r"^([0-9]{4})[-/.]([0-9]{1,2})$"),
    re.compile(r"^([0-9]{4})年([0-9]{1,2})月?$"),
    re.compile(r"^([0-9]{4})([0-9]{2})$"),
)


@dataclass(frozen=True)
class ParsedDate:
    date: dt.date
    precision: str = "day"  # "day" or "month"
    # A number such as 1985.1 may be 1985.01 or 1985.10 whose trailing zero Excel dropped.
    alternative: dt.date | None = None

    def matches(self, full: dt.date) -> bool:
        """Does a full date agree with this one at its precision (either reading when ambiguous)?"""
        candidates = [self.date] + ([self.alternative] if self.alternative else [])
        if self.precision == "month":
            return any((c.year, c.month) == (full.year, full.month) for c in candidates)
        return full in candidates


def _make(year: int, month: int, day: int, text: str) -> dt.date:
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise ValueError(f"“{text}”的年份不合理")
    try:
        return dt.date(year, month, day)
    except ValueError:
        raise ValueError(f"“{text}”这一天不存在") from None


def parse_text(text: str) -> ParsedDate | None:
    """'2021-06-11', '2021/6/11', '2021.6.11', '2021年6月11日', '20210611', '202106', '1985.07', '2021年6月'."""
    original = text
    text = _TIME_SUFFIX.sub("", (text or "").strip().translate(_FULL_WIDTH)).replace(" ", "")
    if not text:
        return None
    for pattern in _DAY_PATTERNS:
        m = pattern.match(text)
        if m:
            return ParsedDate(_make(int(m[1]), int(m[2]), int(m[3]), original))
    for pattern in _MONTH_PATTERNS:
        m = pattern.match(text)
        if m:
            if not 1 <= int(m[2]) <= 12:
                raise ValueError(f"“{original}”的月份不存在")
            return ParsedDate(_make(int(m[1]), int(m[2]), 1, original), "month")
    raise ValueError(f"“{original}”不是可识别的日期（可写作 2021-06-11、2021/6/11、2021年6月11日 或 2021.06）")


def from_serial(serial: float, *, date1904: bool = False) -> dt.datetime:
    base = dt.datetime(1904, 1, 1) if date1904 else dt.datetime(1899, 12, 30)
    return base + dt.timedelta(milliseconds=round(serial * 86_400_000))  # Excel keeps milliseconds at most


def from_number(value: float) -> ParsedDate:
    """A number in a date column: 1985.07 (年.月), 202106, 20210611, or an Excel serial."""
    if isinstance(value, float) and not math.isfinite(value):
        raise ValueError(f"“{_shown_number(value)}”不是可识别的日期")
    if isinstance(value, float) and not value.is_integer():
        whole = int(value)
        if MIN_YEAR <= whole <= MAX_YEAR:
            digits = repr(value).split(".")[1]
            if len(digits) == 2:
                return parse_text(f"{whole}.{digits}")
            if len(digits) == 1:
                month = int(digits)
                first = ParsedDate(_make(whole, month, 1, repr(value)), "month")
                if month == 1:  # typed 1985.1 or 1985.10? Both are kept; callers decide or ask.
                    return ParsedDate(first.date, "month", dt.date(whole, 10, 1))
                return first
            raise ValueError(f"“{value}”不是可识别的日期")
        if 1 <= value <= LAST_SERIAL:
            return ParsedDate(from_serial(value).date())
        raise ValueError(f"“{value}”不是可识别的日期")
    number = int(value)
    if MIN_YEAR <= number <= MAX_YEAR:
        raise ValueError(f"“{number}”只有年份，请写出年月（如 {number}.06）或完整日期")
    if 1 <= number <= LAST_SERIAL:
        return ParsedDate((EXCEL_EPOCH + dt.timedelta(days=number)))
    if 100_000 <= number <= 99_999_999 and len(str(number)) in (6, 8):
        return parse_text(str(number))
    raise ValueError(f"“{_shown_number(value)}”不是可识别的日期")


def _shown_number(value) -> str:
    """1e+20 rather than 21 digits; Python's own error rather than 4,300 digits never."""
    if isinstance(value, float):
        return f"{value:.15g}"
    return str(value) if -10 ** 20 < value < 10 ** 20 else "位数过多的数字"


def from_cell(value) -> ParsedDate | None:
    """Whatever an Excel cell holds in a date column: a date/datetime, a number, or text."""
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return ParsedDate(value.date())
    if isinstance(value, dt.date):
        return ParsedDate(value)
    if isinstance(value, bool):
        raise ValueError(f"“{value}”不是日期")
    if isinstance(value, (int, float)):
        return from_number(value)
    return parse_text(str(value))


def format_date(value: dt.date | None) -> str:
    return value.strftime("%Y-%m-%d") if value else ""


def parse_date(value, label: str, errors: list, *, required: bool = False) -> dt.date | None:
    """A form's or service call's date (a date, a datetime or ISO text), or None; a problem goes into `errors`
    as a ValidationError naming `label` (as safe_text.clean_into does for text)."""
    if value is None or value == "":
        if required:
            errors.append(ValidationError(label, "必须填写"))
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value).strip())
    except ValueError:
        errors.append(ValidationError(label, f"“{value}”不是有效日期（应为 2021-06-11 这样的格式）"))
        return None
