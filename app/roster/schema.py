"""The roster's tables (schema version 1, which also made the settings table) and their names in the log."""
from __future__ import annotations

import peewee as pw

from app.roster import models
from app.safety import audit
from app.store import settings_model


def _create(db: pw.Database) -> None:
    db.create_tables(settings_model.MODELS + models.MODELS, safe=True)


MIGRATIONS = [(1, "人员台账", _create)]

# A full ID number is never logged (audit.CONFIDENTIAL_EVERYWHERE says so for any table; declared here too).
audit.register_table("officer", "人员", models.FIELD_LABELS, confidential={"id_number"})
audit.register_table("outside_leader", "系统外领导干部", models.FIELD_LABELS)
