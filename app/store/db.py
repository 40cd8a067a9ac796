"""The database handle and the SQLite file underneath it. Opening a file is `app.workbench`'s job alone;
this module holds what every layer above needs: the `database` proxy, the state of the open file, readable
errors, and copying a file through SQLite's backup API.

One `database` proxy serves the whole core. peewee keeps one connection per thread, so a worker
thread that touches the database gets its own connection automatically.

- SQLite errors a user can meet (read-only file, full disk, damaged file, a write refused by the
  permission guard) become `AppError`s with a Chinese message, in `WorkbenchDatabase.execute_sql`.
- Each new connection runs the `connection_hooks` the workbench installed (the audit and permission
  triggers), so bulk updates that bypass model hooks are recorded and guarded too.
"""
from __future__ import annotations

import datetime as dt
import logging
import os
import re
import shutil
import sqlite3
from pathlib import Path

import peewee as pw

from app.errors import AppError, DatabaseError, PermissionDenied

log = logging.getLogger(__name__)

database = pw.DatabaseProxy()

SQLITE_PRAGMAS = {
    "journal_mode": "wal",
    "foreign_keys": 1,
    "busy_timeout": 5000,
    "synchronous": "normal",
    "cache_size": -32 * 1024,  # 32 MB
}

SQLITE_HEADER = b"SQLite format 3\x00"


# ---------------------------------------------------------------- errors a user can meet

class DatabaseDamaged(DatabaseError):
    """The file is not readable as a database (torn, truncated, overwritten)."""


class ReadOnlyDatabase(DatabaseError):
    """A write was attempted on a database opened read-only."""


class WriteFailed(DatabaseError):
    """The disk refused the write (full, removed, I/O error). The transaction was rolled back."""


class DatabaseBusy(DatabaseError):
    """Another program holds the file's write lock for longer than the busy timeout."""


class PassphraseRequired(DatabaseError):
    """The file looks encrypted and no password was given."""


class WrongPassphrase(DatabaseError):
    pass


class EncryptionUnavailable(DatabaseError):
    pass


READ_ONLY_MESSAGE = "数据库当前以只读方式打开，不能修改。如需修改，请关闭其他正在使用该数据库的程序后重新打开。"
WRITE_FAILED_MESSAGE = ("写入数据库失败：磁盘已满或无法写入（{detail}）。本次操作未保存，数据库保持操作前的状态。"
                        "请腾出磁盘空间或检查存储设备后再试。")
BUSY_MESSAGE = ("数据库正被其他程序写入，等待后仍无法写入（{detail}）。本次操作未保存。"
                "请等其他程序完成或关闭后再试。")
DAMAGED_MESSAGE = "数据库文件已损坏，无法读取（{detail}）。请从备份恢复（数据 → 从备份恢复）。"


def translate_error(exc: Exception) -> Exception:
    """Map a SQLite error to the AppError a user should read; other errors are returned unchanged."""
    text = str(exc)
    lowered = text.lower()
    if "jz_denied" in lowered:
        return PermissionDenied("当前账户没有修改数据的权限（只能查阅）。如需修改，请用有录入权限的账户登录。")
    if "jz_append_only" in lowered:
        return AppError("操作日志只能追加，不能修改或删除。")
    if "readonly database" in lowered or "attempt to write a read" in lowered:
        return ReadOnlyDatabase(READ_ONLY_MESSAGE)
    if "database or disk is full" in lowered or "disk i/o error" in lowered or "unable to open database file" in lowered:
        return WriteFailed(WRITE_FAILED_MESSAGE.format(detail=text))
    if "database is locked" in lowered or "database table is locked" in lowered or "database is busy" in lowered:
        return DatabaseBusy(BUSY_MESSAGE.format(detail=text))
    if "malformed" in lowered or "file is not a database" in lowered or "file is encrypted" in lowered:
        return DatabaseDamaged(DAMAGED_MESSAGE.format(detail=text))
    return exc


# Called with (DB-API connection, WorkbenchDatabase) for every new connection, in every thread. The
# workbench puts the audit log's SQL functions and triggers here (app.safety.audit).
connection_hooks: list = []


READ_VERBS = ("SELECT", "PRAGMA")  # statements that never write a table
WRITING_WORD = re.compile(r"\b(?:INSERT|UPDATE|DELETE|REPLACE)\b", re.IGNORECASE)  # in a WITH … statement


def writes(sql: str) -> bool:
    """Whether a statement may write (for WorkbenchDatabase.before_first_write). Errs towards yes: a read
    taken for a write only makes the preparation come sooner."""
    verb = sql.lstrip()[:6].upper()
    if verb in READ_VERBS:
        return False
    if verb[:4] == "WITH":
        return WRITING_WORD.search(sql) is not None
    return True


class WorkbenchDatabase(pw.SqliteDatabase):
    """SQLite with readable errors, the audit/permission triggers and an optional read-only mode."""

    def __init__(self, *args, read_only: bool = False, **kwargs):
        super().__init__(*args, **kwargs)
        self.read_only = read_only
        self.audit_active = False  # set once the schema is current (triggers need the final tables)

    def _add_conn_hooks(self, conn):
        super()._add_conn_hooks(conn)
        for hook in connection_hooks:
            hook(conn, self)
        if self.read_only:
            conn.execute("PRAGMA query_only = 1")

    # ---- work a connection needs before its first write (the audit triggers: app.safety.audit.arm)
    def before_first_write(self, conn, prepare) -> None:
        """Call prepare(conn) just before this thread's connection `conn` first writes: its first statement
        that is not a SELECT or PRAGMA, or its first transaction (peewee's BEGIN bypasses execute_sql)."""
        self._state.before_write = (conn, prepare)

    def _prepare_write(self) -> None:
        pending = getattr(self._state, "before_write", None)
        if pending is None:
            return
        self._state.before_write = None
        conn, prepare = pending
        if conn is self._state.conn:  # not a connection closed since
            prepare(conn)

    def begin(self, *args, **kwargs):
        self._prepare_write()
        return super().begin(*args, **kwargs)

    def execute_sql(self, sql, params=None):
        if getattr(self._state, "before_write", None) is not None and writes(sql):
            self._prepare_write()
        try:
            return super().execute_sql(sql, params)
        except (pw.DatabaseError, sqlite3.Error) as exc:
            mapped = translate_error(exc)
            if mapped is exc:
                raise
            raise mapped from exc

    def commit(self):
        try:
            return super().commit()
        except (pw.DatabaseError, sqlite3.Error) as exc:
            mapped = translate_error(exc)
            if mapped is exc:
                raise
            raise mapped from exc

    def rollback(self):
        # SQLite rolls a transaction back by itself after a full disk or I/O error; the ROLLBACK that
        # peewee then sends must not hide the real error.
        try:
            return super().rollback()
        except pw.OperationalError as exc:
            if "no transaction is active" in str(exc):
                return None
            raise


def cipher_module():
    """The SQLCipher DB-API module, or None when the optional package is not installed."""
    try:
        from sqlcipher3 import dbapi2
    except ImportError:
        return None
    return dbapi2


_cipher_class = None


def cipher_database_class():
    global _cipher_class
    if _cipher_class is None:
        if cipher_module() is None:
            raise EncryptionUnavailable("本机缺少加密组件（sqlcipher3），无法打开加密数据库。")
        from playhouse.sqlcipher_ext import _SqlCipherDatabase

        class WorkbenchCipherDatabase(_SqlCipherDatabase, WorkbenchDatabase):
            pass

        _cipher_class = WorkbenchCipherDatabase
    return _cipher_class


# ---------------------------------------------------------------- state of the open file

# Set by bind(); None when no file is open.
_current_path: Path | None = None
_read_only = False
_passphrase: str | None = None


def current_path() -> Path | None:
    return _current_path


def is_read_only() -> bool:
    return database.obj is not None and _read_only


def is_encrypted() -> bool:
    return database.obj is not None and _passphrase is not None


def current_passphrase() -> str | None:
    return _passphrase


def looks_encrypted(path: Path) -> bool:
    """A SQLCipher file has no SQLite header; its size is a whole number of pages."""
    if not path.exists() or path.stat().st_size == 0:
        return False
    with open(path, "rb") as fh:
        head = fh.read(16)
    return head != SQLITE_HEADER and path.stat().st_size % 512 == 0


def writable(path: Path) -> bool:
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)


def writable_or_new(path: Path) -> bool:
    if path.exists():
        return writable(path)
    return os.access(path.parent, os.W_OK)


def has_sqlite_header(path: Path) -> bool:
    if not path.exists() or path.stat().st_size < 16:
        return False
    with open(path, "rb") as fh:
        return fh.read(16) == SQLITE_HEADER


def bind(db: pw.Database, path: Path | None, *, read_only: bool, passphrase: str | None) -> None:
    """Point the proxy at an opened database (the workbench calls this, nothing else)."""
    global _current_path, _read_only, _passphrase
    database.initialize(db)
    _current_path, _read_only, _passphrase = path, read_only, passphrase


def unbind() -> None:
    """Close this thread's connection and forget the file (the proxy keeps the closed database)."""
    global _current_path, _read_only, _passphrase
    if database.obj is not None and not database.is_closed():
        database.close()
    _current_path, _read_only, _passphrase = None, False, None


def check_is_sqlite(path: Path) -> None:
    with open(path, "rb") as fh:
        head = fh.read(16)
    if head == SQLITE_HEADER:
        return
    if looks_encrypted(path):
        raise PassphraseRequired(f"数据库 {path.name} 已加密，请输入密码后打开。")
    raise DatabaseError(f"文件 {path} 不是本程序的数据库（不是 SQLite 格式），请检查所选文件。")


def snapshot(dest: Path) -> Path:
    """Copy the open SQLite database to `dest` through SQLite's online backup API (consistent under WAL).
    An encrypted database gives an encrypted copy with the same password."""
    if _current_path is None:
        raise DatabaseError("当前数据库不是本地文件，无法复制。")
    return copy_sqlite_file(_current_path, dest, passphrase=_passphrase)


def connect_file(path: Path, *, passphrase: str | None = None, read_only: bool = False):
    """A plain DB-API connection to a database file (SQLCipher when a passphrase is given)."""
    if passphrase is None:
        if read_only:
            return sqlite3.connect(Path(path).resolve().as_uri() + "?mode=ro", uri=True)
        return sqlite3.connect(str(Path(path).absolute()))  # absolute: never read as a file: URI
    module = cipher_module()
    if module is None:
        raise EncryptionUnavailable("本机缺少加密组件（sqlcipher3），无法读写加密的数据库。")
    if read_only:
        conn = module.connect(Path(path).resolve().as_uri() + "?mode=ro", uri=True)
    else:
        conn = module.connect(str(Path(path).absolute()))
    conn.execute("PRAGMA key = '%s'" % passphrase.replace("'", "''"))
    return conn


def copy_sqlite_file(source: Path, dest: Path, *, passphrase: str | None = None, tmp: Path | None = None) -> Path:
    """Copy a database file through SQLite's backup API into `dest` (written aside as `tmp`, default
    `<dest>.part`, then renamed)."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = tmp or dest.with_name(dest.name + ".part")
    if tmp.exists():
        tmp.unlink()
    try:
        src = connect_file(source, passphrase=passphrase)
        try:
            out = connect_file(tmp, passphrase=passphrase)
            try:
                src.backup(out)
            finally:
                out.close()
        finally:
            src.close()
        shutil.move(str(tmp), str(dest))
    except BaseException:
        if tmp.exists():
            tmp.unlink()
        raise
    return dest


def pre_migration_copy(path: Path, from_version: int) -> Path:
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    dest = path.with_name(f"{path.stem}.v{from_version}-{stamp}.bak")
    log.info("copying %s to %s before upgrading", path.name, dest.name)
    return copy_sqlite_file(path, dest, passphrase=_passphrase)


__all__ = ["database", "current_path", "snapshot", "copy_sqlite_file", "connect_file", "bind", "unbind"]
