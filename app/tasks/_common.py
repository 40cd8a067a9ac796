"""What the 任务督导 service modules share: the change topic, text limits, today, choices and the unit a name
stands for (full name, short name or alias, as everywhere: app.roster.units)."""
from __future__ import annotations

import datetime as dt

from app.common.choices import choice  # noqa: F401  (the services take it from here)
from app.common import deadlines
from app.errors import ValidationError
from app.events import Topic
from app.roster.models import Unit
from app.roster.units import known_names_text, find_unit

TOPIC = Topic.TASKS
MAX_LINE = 200
MAX_TEXT = 4000


def today() -> dt.date:
    return dt.date.today()


def unit_named(name: str | None, label: str, errors: list, *, required: bool) -> Unit | None:
    name = (name or "").strip()
    if not name:
        if required:
            errors.append(ValidationError(label, "必须选择"))
        return None
    unit = find_unit(name)
    if unit is None:
        errors.append(ValidationError(label, f"没有叫“{name}”的单位（现有：{known_names_text()}）"))
    return unit


def due_state(closed: bool, deadline: dt.date | None, on: dt.date) -> tuple[str, int | None]:
    """As every ledger marks its items (app.common.deadlines): overdue when the deadline has passed and the
    task or 提醒 is not closed (销号)."""
    return deadlines.due_state(not closed, deadline, on)


def in_period(day: dt.date | None, since: dt.date | None, until: dt.date | None) -> bool:
    if since is None and until is None:
        return True
    if day is None:
        return False
    return (since is None or day >= since) and (until is None or day <= until)
