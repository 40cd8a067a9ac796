"""Ordered schema migrations. Each step runs in one transaction; the file is copied before upgrading.

To change the schema, append a step: never edit a step that has shipped. A step that creates a
feature's tables may use `create_tables` (safe=True); later changes to an existing table use
`playhouse.migrate` operations, guarded with `add_column_if_missing` so they can run once only.
"""
from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path
from typing import Callable

import peewee as pw

from . import __version__
from .errors import DatabaseTooNew

log = logging.getLogger(__name__)


class SchemaInfo(pw.Model):
    """Key/value facts about the file itself: schema version, who created it."""

    key = pw.CharField(primary_key=True)
    value = pw.TextField()

    class Meta:
        table_name = "schema_info"


def _roster(db: pw.Database) -> None:
    from .models import common, roster

    db.create_tables(common.MODELS + roster.MODELS, safe=True)


def _pledges(db: pw.Database) -> None:
    from .models import pledges
    from .pledges import ensure_default_templates

    db.create_tables(pledges.MODELS, safe=True)
    ensure_default_templates()


def _study(db: pw.Database) -> None:
    from .models import study

    db.create_tables(study.MODELS, safe=True)
    with study.StudyType.bind_ctx(db):
        for order, (name, verb, is_test) in enumerate(study.DEFAULT_TYPES, start=1):
            study.StudyType.get_or_create(name=name, defaults=dict(sort_order=order, notice_verb=verb,
                                                                   is_test=is_test))


def _feedback(db: pw.Database) -> None:
    from .models import feedback

    db.create_tables(feedback.MODELS, safe=True)
    if not feedback.FeedbackCategory.select().exists():
        names = [(n, True) for n in feedback.MAJOR_CATEGORIES] + [(n, False) for n in feedback.GENERAL_CATEGORIES]
        feedback.FeedbackCategory.insert_many(
            [{"name": n, "major": major, "sort_order": i} for i, (n, major) in enumerate(names, start=1)]).execute()


def _talks(db: pw.Database) -> None:
    from . import talks
    from .models import talks as talk_models

    db.create_tables(talk_models.MODELS, safe=True)
    talks.install_default_snippets()


def _safety(db: pw.Database) -> None:
    from .models import safety

    db.create_tables(safety.MODELS, safe=True)
    # The log is append-only for everyone, whatever program opens the file.
    for event in ("UPDATE", "DELETE"):
        db.execute_sql(
            f"CREATE TRIGGER IF NOT EXISTS audit_log_no_{event.lower()} BEFORE {event} ON audit_log "
            "BEGIN SELECT RAISE(ABORT, 'jz_append_only: 操作日志只能追加'); END")


def _overview_indexes(db: pw.Database) -> None:
    # The overview counts attendance per session, unit and status: with this index SQLite reads those
    # groups in order from the index alone instead of sorting one row per person expected.
    db.execute_sql("CREATE INDEX IF NOT EXISTS attendee_session_unit_status "
                   "ON attendee (session_id, unit_name, status)")


# (version, description, step). Versions are consecutive from 1.
MIGRATIONS: list[tuple[int, str, Callable[[pw.Database], None]]] = [
    (1, "人员台账", _roster),
    (2, "承诺书签订", _pledges),
    (3, "学习教育", _study),
    (4, "谈心谈话", _talks),
    (5, "征求意见与整改台账", _feedback),
    (6, "操作日志与账户", _safety),
    (7, "工作总览统计索引", _overview_indexes),
]

LATEST_VERSION = MIGRATIONS[-1][0]


def add_column_if_missing(db: pw.Database, table: str, name: str, field: pw.Field) -> None:
    from playhouse.migrate import SchemaMigrator, migrate

    if name not in {c.name for c in db.get_columns(table)}:
        migrate(SchemaMigrator.from_database(db).add_column(table, name, field))


def schema_version(db: pw.Database) -> int:
    if not db.table_exists("schema_info"):
        return 0
    with SchemaInfo.bind_ctx(db):
        row = SchemaInfo.get_or_none(SchemaInfo.key == "version")
    return int(row.value) if row else 0


def upgrade(db: pw.Database, path: Path | None) -> int:
    """Bring the schema to LATEST_VERSION. Returns the version the file had before."""
    with SchemaInfo.bind_ctx(db):
        db.create_tables([SchemaInfo], safe=True)
        current = schema_version(db)
        if current > LATEST_VERSION:
            raise DatabaseTooNew(
                f"此数据库由较新版本的教育整顿工作台写入（数据结构版本 {current}），"
                f"当前程序只支持到版本 {LATEST_VERSION}。请升级程序后再打开，文件未做任何改动。"
            )
        if current == LATEST_VERSION:
            return current
        if current > 0 and path is not None and path.exists():
            from .db import pre_migration_copy

            pre_migration_copy(path, current)
        for version, description, step in MIGRATIONS:
            if version <= current:
                continue
            log.info("migrating to schema %d: %s", version, description)
            with db.atomic():
                step(db)
                SchemaInfo.replace(key="version", value=str(version)).execute()
                if version == 1:
                    SchemaInfo.replace(key="created", value=dt.datetime.now().isoformat(timespec="seconds")).execute()
                SchemaInfo.replace(key="app_version", value=__version__).execute()
        return current
