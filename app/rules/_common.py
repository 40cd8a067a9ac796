"""What the 建章立制 service modules share: the change topic, text limits, the unit look-up and choices.
Rules and 整治 measures are part of 查纠整改's work, so they change under its topic (the 查纠整改 tab shows them)."""
from __future__ import annotations

import datetime as dt

from app.common.choices import choice  # noqa: F401  (the services take it from here)
from app.errors import ValidationError
from app.events import Topic
from app.roster.models import Unit
from app.roster.units import require_unit

TOPIC = Topic.RECTIFY
MAX_LINE = 200
MAX_TEXT = 4000
OFFICE = "县教整办"  # a rule or measure without a unit is the office's own


def today() -> dt.date:
    return dt.date.today()


def unit_or_none(name: str, label: str, errors: list) -> Unit | None:
    """The unit by full name, short name or alias; empty for the office itself."""
    if not (name or "").strip():
        return None
    try:
        return require_unit(name, label)
    except ValidationError as exc:
        errors.append(exc)
        return None


def unit_label(short: str | None, full: str | None) -> str:
    return short or full or OFFICE
