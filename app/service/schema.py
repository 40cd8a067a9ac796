"""The 我为群众办实事 tables and their names in the audit log (nothing in them is confidential).

SCHEMA_VERSION is the one number of this step. Reserved for it: 13 (issue 16). On this branch it takes the next
free version on main (11), since the migration engine needs consecutive versions; at merge it moves, here only."""
from __future__ import annotations

import peewee as pw

from app.roster import unit_refs
from app.safety import audit
from app.service import models

SCHEMA_VERSION = 13


def _create(db: pw.Database) -> None:
    db.create_tables(models.MODELS, safe=True)


MIGRATIONS = [(SCHEMA_VERSION, "我为群众办实事（措施与办实事记录）", _create)]

MEASURE_LABELS = {"title": "措施名称", "kind": "措施类别", "unit_id": "出台单位", "issued_on": "出台日期",
                  "status": "落实情况", "notes": "备注"}
RECORD_LABELS = {"started_on": "日期", "ended_on": "截止日期", "unit_id": "单位", "category": "类别",
                 "item": "事项", "item_after": "数字后文字", "number": "数量", "measure_word": "量词",
                 "approximate": "约数", "comparison": "比较", "direction": "升降", "change_percent": "升降幅度",
                 "notes": "备注"}

audit.register_table("service_measure", "办实事措施", MEASURE_LABELS)
audit.register_table("service_record", "办实事记录", RECORD_LABELS)

unit_refs.register_reference(models.ServiceMeasure.unit, "我为群众办实事（措施出台单位）")
unit_refs.register_reference(models.ServiceRecord.unit, "我为群众办实事（办实事记录）")
