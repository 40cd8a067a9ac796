"""The database handle: bound late, opened from a path or a URL, upgraded by ordered migrations.

One `database` proxy serves the whole core. peewee keeps one connection per thread, so a worker
thread that touches the database gets its own connection automatically.
"""
from __future__ import annotations

import datetime as dt
import logging
import shutil
import sqlite3
from pathlib import Path

import peewee as pw

from .errors import DatabaseError, DatabaseTooNew

log = logging.getLogger(__name__)

database = pw.DatabaseProxy()

SQLITE_PRAGMAS = {
    "journal_mode": "wal",
    "foreign_keys": 1,
    "busy_timeout": 5000,
    "synchronous": "normal",
    "cache_size": -32 * 1024,  # 32 MB
}

# Set by open_database; None when the database is not a local SQLite file.
_current_path: Path | None = None


def current_path() -> Path | None:
    return _current_path


def _make_database(target: str | Path) -> tuple[pw.Database, Path | None]:
    text = str(target)
    if "://" in text:
        from playhouse.db_url import connect  # imported here: URL mode is rare

        if text.startswith("sqlite:///"):
            path = Path(text[len("sqlite:///"):])
            return pw.SqliteDatabase(str(path), pragmas=SQLITE_PRAGMAS), path
        return connect(text), None
    path = Path(text)
    return pw.SqliteDatabase(str(path), pragmas=SQLITE_PRAGMAS), path


def open_database(target: str | Path, *, migrate: bool = True) -> pw.Database:
    """Open (creating if needed) and upgrade the database at `target` (a file path or a db URL)."""
    global _current_path
    close_database()
    db, path = _make_database(target)
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
        if path.exists() and path.stat().st_size > 0:
            _check_is_sqlite(path)
    database.initialize(db)
    _current_path = path
    try:
        db.connect(reuse_if_open=True)
        if migrate:
            from .migrations import upgrade

            upgrade(db, path)
    except pw.DatabaseError as exc:
        close_database()
        raise DatabaseError(f"无法打开数据库文件 {target}：{exc}") from exc
    except Exception:
        close_database()
        raise
    return db


def close_database() -> None:
    global _current_path
    if database.obj is not None and not database.is_closed():
        database.close()
    _current_path = None


def _check_is_sqlite(path: Path) -> None:
    with open(path, "rb") as fh:
        head = fh.read(16)
    if head != b"SQLite format 3\x00":
        raise DatabaseError(f"文件 {path} 不是本程序的数据库（不是 SQLite 格式），请检查所选文件。")


def snapshot(dest: Path) -> Path:
    """Copy the open SQLite database to `dest` through SQLite's online backup API (consistent under WAL)."""
    if _current_path is None:
        raise DatabaseError("当前数据库不是本地文件，无法复制。")
    return copy_sqlite_file(_current_path, dest)


def copy_sqlite_file(source: Path, dest: Path) -> Path:
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = dest.with_name(dest.name + ".part")
    if tmp.exists():
        tmp.unlink()
    src = sqlite3.connect(str(source))
    try:
        out = sqlite3.connect(str(tmp))
        try:
            src.backup(out)
        finally:
            out.close()
    finally:
        src.close()
    shutil.move(str(tmp), str(dest))
    return dest


def pre_migration_copy(path: Path, from_version: int) -> Path:
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    dest = path.with_name(f"{path.stem}.v{from_version}-{stamp}.bak")
    log.info("copying %s to %s before upgrading", path.name, dest.name)
    return copy_sqlite_file(path, dest)


__all__ = [
    "database",
    "open_database",
    "close_database",
    "current_path",
    "snapshot",
    "copy_sqlite_file",
    "DatabaseTooNew",
]
