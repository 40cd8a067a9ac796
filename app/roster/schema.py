"""The roster's tables (schema version 1, which also made the settings table), the units' aliases
(UNITS_SCHEMA_VERSION) and their names in the log."""
from __future__ import annotations

import peewee as pw

from app.roster import models
from app.safety import audit
from app.store import settings_model

# The step that adds unit aliases. One constant, so the number can follow the other branches' steps.
UNITS_SCHEMA_VERSION = 9


def _create(db: pw.Database) -> None:
    db.create_tables(settings_model.MODELS + models.MODELS, safe=True)


def _unit_aliases(db: pw.Database) -> None:
    db.create_tables(models.ALIAS_MODELS, safe=True)


MIGRATIONS = [(1, "人员台账", _create), (UNITS_SCHEMA_VERSION, "单位别名", _unit_aliases)]

# A full ID number is never logged (audit.CONFIDENTIAL_EVERYWHERE says so for any table; declared here too).
audit.register_table("officer", "人员", models.FIELD_LABELS, confidential={"id_number"})
audit.register_table("outside_leader", "系统外领导干部", models.FIELD_LABELS)
audit.register_table("unit", "单位", models.UNIT_FIELD_LABELS)
audit.register_table("unit_alias", "单位别名", {"name": "别名", "unit_id": "单位"})
audit.register_table("department", "部门", {"name": "部门名称", "unit_id": "所属单位", "sort_order": "排序"})
