"""The feedback ledger's tables (schema version 5) and its default categories."""
from __future__ import annotations

import peewee as pw

from app.feedback import models
from app.roster import unit_refs


def _create(db: pw.Database) -> None:
    db.create_tables(models.MODELS, safe=True)
    if not models.FeedbackCategory.select().exists():
        names = [(n, True) for n in models.MAJOR_CATEGORIES] + [(n, False) for n in models.GENERAL_CATEGORIES]
        models.FeedbackCategory.insert_many(
            [{"name": n, "major": major, "sort_order": i} for i, (n, major) in enumerate(names, start=1)]).execute()


MIGRATIONS = [(5, "征求意见与整改台账", _create)]

unit_refs.register_reference(models.FeedbackEvent.organiser, "征求意见活动（组织单位）")
unit_refs.register_reference(models.Suggestion.unit, "意见建议（责任单位）")
