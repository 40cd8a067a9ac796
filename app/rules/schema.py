"""The 建章立制 tables (rules, the 顽瘴痼疾整治 measures, their links) and their names in the audit log; and the
wording of the third self-check review, which the source article calls 市教整办审核.

SCHEMA_VERSION is the one number of this step. The issue-16 plan reserves 14 for it; on this branch it is the
next free version (11), because the migration engine needs consecutive versions: renumber here only."""
from __future__ import annotations

import peewee as pw

from app.roster import unit_refs
from app.rules import models
from app.safety import audit

SCHEMA_VERSION = 14

# Files made before this step wrote the third review as 教整办审核 (and the stage 待教整办审核).
OLD_REVIEW_WORDS = (("self_check_review", "step", "教整办审核", "市教整办审核"),
                    ("self_check_item", "stage", "待教整办审核", "待市教整办审核"))


def _create(db: pw.Database) -> None:
    db.create_tables(models.MODELS, safe=True)
    for table, column, old, new in OLD_REVIEW_WORDS:
        if db.table_exists(table):
            db.execute_sql(f'UPDATE "{table}" SET "{column}" = ? WHERE "{column}" = ?', (new, old))


MIGRATIONS = [(SCHEMA_VERSION, "建章立制与顽瘴痼疾整治", _create)]

RULE_LABELS = {"title": "制度名称", "unit_id": "制定单位", "kind": "类别", "status": "状态", "issued_on": "出台日期",
               "doc_number": "文号", "remarks": "备注"}
MEASURE_LABELS = {"problem": "顽瘴痼疾", "measure": "整治措施", "unit_id": "责任单位", "deadline": "完成时限",
                  "status": "状态", "completed_on": "完成日期", "remarks": "备注"}
audit.register_table("rule", "建章立制", RULE_LABELS)
audit.register_table("ingrained_measure", "顽瘴痼疾整治措施", MEASURE_LABELS)
audit.register_table("rule_suggestion", "制度关联整改事项", {"rule_id": "规章制度", "suggestion_id": "整改事项"})
audit.register_table("rule_measure", "制度关联整治措施", {"rule_id": "规章制度", "measure_id": "整治措施"})

unit_refs.register_reference(models.Rule.unit, "建章立制（制定单位）")
unit_refs.register_reference(models.IngrainedMeasure.unit, "顽瘴痼疾整治（责任单位）")
