"""The study sessions' tables (schema version 3, the default study types) and the index the overview's
attendance figures read (version 7)."""
from __future__ import annotations

import peewee as pw

from app.roster import unit_refs
from app.study import models


def _create(db: pw.Database) -> None:
    db.create_tables(models.MODELS, safe=True)
    with models.StudyType.bind_ctx(db):
        for order, (name, verb, is_test) in enumerate(models.DEFAULT_TYPES, start=1):
            models.StudyType.get_or_create(name=name, defaults=dict(sort_order=order, notice_verb=verb,
                                                                    is_test=is_test))


def _overview_indexes(db: pw.Database) -> None:
    # The overview counts attendance per session, unit and status: with this index SQLite reads those
    # groups in order from the index alone instead of sorting one row per person expected.
    db.execute_sql("CREATE INDEX IF NOT EXISTS attendee_session_unit_status "
                   "ON attendee (session_id, unit_name, status)")


MIGRATIONS = [(3, "学习教育", _create), (7, "工作总览统计索引", _overview_indexes)]

unit_refs.register_reference(models.SessionAudience.unit, "学习活动的参加单位")
unit_refs.register_reference(models.SessionAudience.department, "学习活动的参加部门")
unit_refs.register_name_copy(unit_refs.NameCopy("学习签到名单（人次）", models.Attendee.unit_name,
                                                short=models.Attendee.unit_short, order=models.Attendee.unit_order))
