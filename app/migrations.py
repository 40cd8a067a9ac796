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


# (version, description, step). Versions are consecutive from 1.
MIGRATIONS: list[tuple[int, str, Callable[[pw.Database], None]]] = [
    (1, "人员台账", _roster),
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


def _safety(db: pw.Database) -> None:
    from .models import safety

    db.create_tables(safety.MODELS, safe=True)
    # The log is append-only for everyone, whatever program opens the file.
    for event in ("UPDATE", "DELETE"):
        db.execute_sql(
            f"CREATE TRIGGER IF NOT EXISTS audit_log_no_{event.lower()} BEFORE {event} ON audit_log "
            "BEGIN SELECT RAISE(ABORT, 'jz_append_only: 操作日志只能追加'); END")


MIGRATIONS.append((MIGRATIONS[-1][0] + 1, "操作日志与账户", _safety))  # numbered after whatever precedes it
LATEST_VERSION = MIGRATIONS[-1][0]
