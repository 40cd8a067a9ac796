"""The migrations engine: ordered schema steps, each in one transaction; the file is copied before upgrading.

The steps themselves belong to the layers that own the tables: `MIGRATIONS` in `app/safety/schema.py` and in
each feature's `schema.py`; `app.workbench` gathers them. To change the schema, add a step with the next
version number to the feature that owns the table: never edit a step that has shipped. A step that creates
a feature's tables may use `create_tables` (safe=True); later changes to an existing table use
`playhouse.migrate` operations, guarded with `add_column_if_missing` so they can run once only.
"""
from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path
from typing import Callable

import peewee as pw

from app import __version__
from app.errors import DatabaseTooNew
from app.store.db import DatabaseDamaged, pre_migration_copy

log = logging.getLogger(__name__)


class SchemaInfo(pw.Model):
    """Key/value facts about the file itself: schema version, who created it."""

    key = pw.CharField(primary_key=True)
    value = pw.TextField()

    class Meta:
        table_name = "schema_info"


Step = Callable[[pw.Database], None]
Migration = tuple[int, str, Step]  # (version, description, step)


def ordered(steps: list[Migration]) -> list[Migration]:
    """The steps sorted by version; the versions must run 1, 2, 3 … with none missing or repeated."""
    steps = sorted(steps, key=lambda m: m[0])
    versions = [version for version, _description, _step in steps]
    if versions != list(range(1, len(steps) + 1)):
        raise RuntimeError(f"schema versions must be consecutive from 1, got {versions}")
    return steps


def add_column_if_missing(db: pw.Database, table: str, name: str, field: pw.Field) -> None:
    from playhouse.migrate import SchemaMigrator, migrate

    if name not in {c.name for c in db.get_columns(table)}:
        migrate(SchemaMigrator.from_database(db).add_column(table, name, field))


def schema_version(db: pw.Database) -> int:
    if not db.table_exists("schema_info"):
        return 0
    with SchemaInfo.bind_ctx(db):
        row = SchemaInfo.get_or_none(SchemaInfo.key == "version")
    if row is None:
        return 0
    try:
        version = int(row.value)
    except (TypeError, ValueError):
        version = -1
    if version < 0:
        raise DatabaseDamaged(f"数据库的数据结构版本“{str(row.value)[:20]}”无法识别（应为数字），文件可能已损坏或被改动，"
                              "未做任何改动。请从备份恢复。")
    return version


def upgrade(db: pw.Database, path: Path | None, steps: list[Migration]) -> int:
    """Bring the schema to the last of `steps`. Returns the version the file had before."""
    steps = ordered(steps)
    latest = steps[-1][0]
    with SchemaInfo.bind_ctx(db):
        db.create_tables([SchemaInfo], safe=True)
        current = schema_version(db)
        if current > latest:
            raise DatabaseTooNew(
                f"此数据库由较新版本的教育整顿工作台写入（数据结构版本 {current}），"
                f"当前程序只支持到版本 {latest}。请升级程序后再打开，文件未做任何改动。"
            )
        if current == latest:
            return current
        if current > 0 and path is not None and path.exists():
            pre_migration_copy(path, current)
        for version, description, step in steps:
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
