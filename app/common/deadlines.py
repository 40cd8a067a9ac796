"""Deadlines of ledger items (整改事项, 问题线索, and any later ledger): overdue, due soon, and how that reads."""
from __future__ import annotations

import datetime as dt

DUE_SOON_DAYS = 7  # "即将到期" a week ahead, as the feedback ledger has always marked it
DUE_OVERDUE, DUE_SOON = "overdue", "soon"


def due_state(is_open: bool, deadline: dt.date | None, on: dt.date) -> tuple[str, int | None]:
    """(DUE_OVERDUE | DUE_SOON | "", days left) on day `on`. Overdue: the deadline has passed and the item
    is still open; a closed item or one without a deadline has no state."""
    if deadline is None or not is_open:
        return "", None
    left = (deadline - on).days
    if left < 0:
        return DUE_OVERDUE, left
    if left <= DUE_SOON_DAYS:
        return DUE_SOON, left
    return "", left


def due_text(state: str, days_left: int | None) -> str:
    if state == DUE_OVERDUE:
        return f"已逾期{-days_left}天"
    if state == DUE_SOON:
        return "今天到期" if days_left == 0 else f"还剩{days_left}天"
    return ""
