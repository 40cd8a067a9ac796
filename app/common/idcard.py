"""Resident ID numbers after GB 11643-1999: checksum, birth date, gender, masking."""
from __future__ import annotations

import datetime as dt
import re

_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_CHECK = "10X98765432"
_SHAPE = re.compile(r"^\d{17}[\dX]$")


_FULL_WIDTH = str.maketrans("０１２３４５６７８９ｘＸ", "0123456789XX")


def normalize(text: str) -> str:
    """Strip spaces, full-width digits and a lower-case x; do not otherwise guess."""
    if text and _SHAPE.match(text):  # already clean: the common case, kept cheap for bulk imports
        return text
    text = (text or "").strip().replace(" ", "").replace("\u3000", "")
    return text.translate(_FULL_WIDTH).upper()


def check_char(first17: str) -> str:
    return _CHECK[sum(int(d) * w for d, w in zip(first17, _WEIGHTS)) % 11]


def validate(number: str) -> str | None:
    """Return None when valid, else the Chinese reason it is not."""
    number = normalize(number)
    if len(number) != 18:
        return f"应为18位，实际{len(number)}位"
    if not _SHAPE.match(number):
        return "前17位须为数字，末位为数字或X"
    try:
        birth = dt.date(int(number[6:10]), int(number[10:12]), int(number[12:14]))
    except ValueError:
        return f"出生日期 {number[6:14]} 不存在"
    if birth.year < 1800 or birth > dt.date.today():
        return f"出生日期 {number[6:14]} 不合理"
    if check_char(number[:17]) != number[17]:
        return f"校验位错误（末位应为 {check_char(number[:17])}）"
    return None


def birth_date(number: str) -> dt.date:
    number = normalize(number)
    return dt.date(int(number[6:10]), int(number[10:12]), int(number[12:14]))


def gender(number: str) -> str:
    return "男" if int(normalize(number)[16]) % 2 == 1 else "女"


def mask(number: str | None) -> str:
    """110105********002X: the area code and the last four stay, the birth date is hidden.

    The birth date is the hidden part, so an output that shows a masked number must not show the full birth
    date as well (the two together are the whole number): beside a masked number show `birth_shown(day,
    full=False)`, the year only."""
    if not number:
        return ""
    number = normalize(number)
    if len(number) < 10:
        return "*" * len(number)
    return number[:6] + "*" * (len(number) - 10) + number[-4:]


def birth_shown(day: dt.date | None, *, full: bool) -> str:
    """The birth date as an output may show it: in full only where the full ID number may be shown too,
    else the year (1949年), which with the area code and the last four still leaves ~33 numbers possible."""
    if day is None:
        return ""
    return f"{day:%Y-%m-%d}" if full else f"{day.year}年"


def make(area: str, birth: dt.date, sequence: int) -> str:
    """Build a valid number (demo data and tests)."""
    first17 = f"{area}{birth:%Y%m%d}{sequence:03d}"
    return first17 + check_char(first17)
