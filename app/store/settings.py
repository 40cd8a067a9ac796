"""Settings stored in the database as plain key/value text, so they travel with the data.

The campaign's own settings (county, office, issuer, phase dates, number prefixes) are described, checked and
read as one typed whole in `app.store.campaign`; this module is the table underneath and the odd setting of a
feature (e.g. `study_makeup_days`)."""
from __future__ import annotations

from app.store.db import database
from app.store.settings_model import Setting

DEFAULTS: dict[str, str] = {}

PHASES = ("学习教育", "查纠整改", "总结提升")


def get(key: str) -> str:
    row = Setting.get_or_none(Setting.key == key)
    return row.value if row is not None else DEFAULTS.get(key, "")


def set_many(values: dict[str, str]) -> None:
    with database.atomic():
        for key, value in values.items():
            Setting.insert(key=key, value=str(value)).on_conflict(
                conflict_target=[Setting.key], update={Setting.value: str(value)}).execute()
