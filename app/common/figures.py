"""Rates and percentages as the office reports them: a rate of nothing is no rate (shown —), not 0 %."""
from __future__ import annotations


def rate(part: int, whole: int) -> float | None:
    return part / whole if whole else None


def percent(value: float | None, digits: int = 1) -> str:
    return "—" if value is None else f"{value * 100:.{digits}f}%"
