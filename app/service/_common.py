"""What the 我为群众办实事 services share: the change topic, text limits, units and the period rule."""
from __future__ import annotations

import datetime as dt

from app.errors import ValidationError
from app.events import Topic
from app.roster.models import Unit
from app.roster.units import find_unit, known_names_text

TOPIC = Topic.SERVICE
MAX_LINE = 200
MAX_TEXT = 2000
WHOLE_COUNTY = "全县"  # what a measure or record of no single unit is shown as


def unit_by_name(name: str, label: str, errors: list) -> Unit | None:
    """A unit by full name, short name or alias; "" or 全县 for none."""
    name = (name or "").strip()
    if not name or name == WHOLE_COUNTY:
        return None
    unit = find_unit(name)
    if unit is None:
        errors.append(ValidationError(label, f"没有叫“{name}”的单位（现有：{known_names_text()}）"))
    return unit


def in_period(day: dt.date | None, since: dt.date | None, until: dt.date | None) -> bool:
    return day is not None and (since is None or day >= since) and (until is None or day <= until)
