"""Office settings stored in the database (names used on documents, campaign dates)."""
from __future__ import annotations

import datetime as dt

from app.store.db import database
from app.store.settings_model import Setting

DEFAULTS = {
    "county": "××县",
    "office_name": "××县政法队伍教育整顿领导小组办公室",
    "committee_name": "中共××县委政法委员会",
    "campaign_name": "政法队伍教育整顿",
    "campaign_start": "",  # ISO date; phases follow from it
    "phase_days": "30,75,15",  # 学习教育, 查纠整改, 总结提升
    "contact_person": "",
    "contact_phone": "",
}

PHASES = ("学习教育", "查纠整改", "总结提升")


def get(key: str) -> str:
    row = Setting.get_or_none(Setting.key == key)
    return row.value if row is not None else DEFAULTS.get(key, "")


def set_many(values: dict[str, str]) -> None:
    with database.atomic():
        for key, value in values.items():
            Setting.insert(key=key, value=str(value)).on_conflict(
                conflict_target=[Setting.key], update={Setting.value: str(value)}).execute()


def phase_ranges() -> list[tuple[str, dt.date, dt.date]]:
    """(phase, first day, last day) for the three campaign phases; empty when no start date is set."""
    start_text = get("campaign_start")
    if not start_text:
        return []
    start = dt.date.fromisoformat(start_text)
    result = []
    for phase, days in zip(PHASES, (int(d) for d in get("phase_days").split(","))):
        end = start + dt.timedelta(days=days - 1)
        result.append((phase, start, end))
        start = end + dt.timedelta(days=1)
    return result


def phase_on(day: dt.date) -> str:
    for phase, first, last in phase_ranges():
        if first <= day <= last:
            return phase
    return ""
