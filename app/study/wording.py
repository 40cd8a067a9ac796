"""How study dates and times are written on notices, sign-in sheets and screens: 2021年5月8日（星期六）下午3:30—6:00."""
from __future__ import annotations

import datetime as dt


def cn_day(day: dt.date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"


WEEKDAYS = "一二三四五六日"


def weekday(day: dt.date) -> str:
    return f"星期{WEEKDAYS[day.weekday()]}"


def time_text(value: dt.time | None) -> str:
    """上午9:00 / 下午2:30 — the way notices give the time."""
    if value is None:
        return ""
    part = _half_day(value)
    hour = value.hour if value.hour <= 12 else value.hour - 12
    return f"{part}{hour}:{value.minute:02d}"


def _half_day(value: dt.time) -> str:
    return "上午" if value.hour < 12 else "下午" if value.hour < 19 else "晚上"


def when_text(day: dt.date, start: dt.time | None, end: dt.time | None) -> str:
    """2021年5月8日（星期六）下午3:30—6:00, as notices and sign-in sheets give it."""
    text = f"{cn_day(day)}（{weekday(day)}）"
    if start is not None:
        text += time_text(start)
        if end is not None:
            end_text = time_text(end)
            text += "—" + (end_text[2:] if _half_day(end) == _half_day(start) else end_text)
    return text
