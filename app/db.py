"""The database handle: bound late, opened from a path or a URL, upgraded by ordered migrations.

One `database` proxy serves the whole core. peewee keeps one connection per thread, so a worker
thread that touches the database gets its own connection automatically.

Safety lives here because every write passes through it:
- SQLite errors a user can meet (read-only file, full disk, damaged file, a write refused by the
  permission guard) become `AppError`s with a Chinese message, in `WorkbenchDatabase.execute_sql`.
- Each new connection gets the audit and permission triggers (`app.audit.install`), so bulk
  updates that bypass model hooks are recorded and guarded too.
- A file can be opened read-only (`read_only=True`), encrypted (`passphrase=`, SQLCipher) and,
  in the GUI, under a lock file so that only one copy of the program writes to it.
"""
from __future__ import annotations

import datetime as dt
import logging
import os
import shutil
import sqlite3
from pathlib import Path

import peewee as pw

from .errors import AppError, DatabaseError, DatabaseTooNew

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


class PassphraseRequired(DatabaseError):
    """The file looks encrypted and no password was given."""


class WrongPassphrase(DatabaseError):
    pass


class EncryptionUnavailable(DatabaseError):
    pass


READ_ONLY_MESSAGE = "数据库当前以只读方式打开，不能修改。如需修改，请关闭其他正在使用该数据库的程序后重新打开。"
WRITE_FAILED_MESSAGE = ("写入数据库失败：磁盘已满或无法写入（{detail}）。本次操作未保存，数据库保持操作前的状态。"
                        "请腾出磁盘空间或检查存储设备后再试。")
DAMAGED_MESSAGE = "数据库文件已损坏，无法读取（{detail}）。请从备份恢复（数据 → 从备份恢复）。"


def translate_error(exc: Exception) -> Exception:
    """Map a SQLite error to the AppError a user should read; other errors are returned unchanged."""
    text = str(exc)
    lowered = text.lower()
    if "jz_denied" in lowered:
        from .access import PermissionDenied

        return PermissionDenied("当前账户没有修改数据的权限（只能查阅）。如需修改，请用有录入权限的账户登录。")
    if "jz_append_only" in lowered:
        return AppError("操作日志只能追加，不能修改或删除。")
    if "readonly database" in lowered or "attempt to write a read" in lowered:
        return ReadOnlyDatabase(READ_ONLY_MESSAGE)
    if "database or disk is full" in lowered or "disk i/o error" in lowered or "unable to open database file" in lowered:
        return WriteFailed(WRITE_FAILED_MESSAGE.format(detail=text))
    if "malformed" in lowered or "file is not a database" in lowered or "file is encrypted" in lowered:
        return DatabaseDamaged(DAMAGED_MESSAGE.format(detail=text))
    return exc


class WorkbenchDatabase(pw.SqliteDatabase):
    """SQLite with readable errors, the audit/permission triggers and an optional read-only mode."""

    def __init__(self, *args, read_only: bool = False, **kwargs):
        super().__init__(*args, **kwargs)
        self.read_only = read_only
        self.audit_active = False  # set once the schema is current (triggers need the final tables)

    def _add_conn_hooks(self, conn):
        super()._add_conn_hooks(conn)
        from . import audit

        audit.register_functions(conn)
        if self.read_only:
            conn.execute("PRAGMA query_only = 1")
        elif self.audit_active:
            audit.install(conn)

    def execute_sql(self, sql, params=None):
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


def _cipher_database_class():
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

# Set by open_database; None when the database is not a local SQLite file.
_current_path: Path | None = None
_read_only = False
_passphrase: str | None = None
_use_lock_files = False
_lock = None  # app.lock.FileLock held for _current_path
_last_path: Path | None = None  # the file opened last, to tell a reopen from a switch


def current_path() -> Path | None:
    return _current_path


def is_read_only() -> bool:
    return database.obj is not None and _read_only


def is_encrypted() -> bool:
    return database.obj is not None and _passphrase is not None


def current_passphrase() -> str | None:
    return _passphrase


def use_lock_files(enabled: bool) -> None:
    """The GUI turns this on: every open_database then takes the lock file beside the database."""
    global _use_lock_files
    _use_lock_files = enabled


def current_lock():
    return _lock


def looks_encrypted(path: Path) -> bool:
    """A SQLCipher file has no SQLite header; its size is a whole number of pages."""
    if not path.exists() or path.stat().st_size == 0:
        return False
    with open(path, "rb") as fh:
        head = fh.read(16)
    return head != SQLITE_HEADER and path.stat().st_size % 512 == 0


def _make_database(target: str | Path, read_only: bool, passphrase: str | None) -> tuple[pw.Database, Path | None]:
    text = str(target)
    if "://" in text and not text.startswith("sqlite:///"):
        from playhouse.db_url import connect  # imported here: URL mode is rare

        return connect(text), None
    path = Path(text[len("sqlite:///"):]) if text.startswith("sqlite:///") else Path(text)
    name, params = str(path), {}
    if read_only and path.exists() and not _writable(path):
        # A file on read-only media or without write permission: SQLite must not try to write at all.
        name, params = path.resolve().as_uri() + "?mode=ro", {"uri": True}
    if passphrase is not None:
        cls = _cipher_database_class()
        return cls(name, pragmas=SQLITE_PRAGMAS, read_only=read_only, passphrase=passphrase, **params), path
    return WorkbenchDatabase(name, pragmas=SQLITE_PRAGMAS, read_only=read_only, **params), path


def _writable(path: Path) -> bool:
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)


# Set by the GUI after start-up so that any open_database (e.g. 文件 → 打开数据库) can ask:
#   passphrase_prompt(path, message) -> password or None;  read_only_prompt(LockHeld) -> bool
_passphrase_prompt = None
_read_only_prompt = None
_remembered_keys: dict[str, str] = {}  # passwords of files opened in this session (kept in memory only)


def set_open_prompts(passphrase_prompt=None, read_only_prompt=None) -> None:
    global _passphrase_prompt, _read_only_prompt
    _passphrase_prompt, _read_only_prompt = passphrase_prompt, read_only_prompt


def _key_of(target) -> str:
    try:
        return str(Path(str(target)).resolve())
    except OSError:
        return str(target)


def open_database(target: str | Path, *, migrate: bool = True, read_only: bool = False,
                  passphrase: str | None = None, audit: bool = True) -> pw.Database:
    """Open (creating if needed) and upgrade the database at `target` (a file path or a db URL).

    read_only: no writes at all (a second copy of the program, or a file on read-only media).
    passphrase: the password of an encrypted (SQLCipher) file; when not given, a password used for the
        same file earlier in this session, or the GUI's prompt, is tried.
    audit: False only for building a new file in bulk (the demo); records are then not logged.
    """
    from .lock import LockHeld

    explicit = passphrase is not None
    if passphrase is None and "://" not in str(target):
        passphrase = _remembered_keys.get(_key_of(target))
    message = ""
    while True:
        try:
            db = _open_once(target, migrate=migrate, read_only=read_only, passphrase=passphrase, audit=audit)
        except (PassphraseRequired, WrongPassphrase) as exc:
            if explicit or _passphrase_prompt is None:
                raise
            passphrase = _passphrase_prompt(Path(str(target)), str(exc) if isinstance(exc, WrongPassphrase) else message)
            if passphrase is None:
                raise
            continue
        except LockHeld as exc:
            if read_only or _read_only_prompt is None or not _read_only_prompt(exc):
                raise
            read_only = True
            continue
        if _passphrase is not None and _current_path is not None:
            _remembered_keys[_key_of(_current_path)] = _passphrase
        return db


def _open_once(target: str | Path, *, migrate: bool, read_only: bool, passphrase: str | None,
               audit: bool) -> pw.Database:
    global _current_path, _read_only, _passphrase, _lock, _last_path
    if passphrase is not None and _has_sqlite_header(Path(str(target))):
        passphrase = None  # a plain file needs no password
    same_file = _last_path is not None and _same_file(_last_path, target)
    keep_lock = _lock if (_lock is not None and _same_file(_lock.db_path, target)) else None
    _close(release_lock=keep_lock is None)
    db, path = _make_database(target, read_only, passphrase)
    if path is not None:
        if read_only and not path.exists():
            raise DatabaseError(f"找不到数据库文件 {path}。")
        path.parent.mkdir(parents=True, exist_ok=True)
        if path.exists() and path.stat().st_size > 0 and passphrase is None:
            _check_is_sqlite(path)
        if not read_only and not _writable_or_new(path):
            raise ReadOnlyDatabase(f"数据库文件 {path} 不能写入（只读文件或只读存储设备）。可以只读方式打开查看。")
        if _use_lock_files and not read_only:
            if keep_lock is not None:
                _lock = keep_lock
            else:
                from .lock import acquire

                _lock = acquire(path)  # raises LockHeld with who holds it
    database.initialize(db)
    _current_path, _read_only, _passphrase, _last_path = path, read_only, passphrase, path
    try:
        if passphrase is not None:
            _connect_with_passphrase(db)
        else:
            db.connect(reuse_if_open=True)
        if read_only:
            _check_version_for_reading(db)
        elif migrate:
            from .migrations import upgrade

            upgrade(db, path)
        if audit and isinstance(db, WorkbenchDatabase) and not read_only:
            from . import audit as audit_module

            db.audit_active = True
            audit_module.install(db.connection())
        from . import access

        access.database_opened(same_file=same_file)
    except WrongPassphrase:
        _close(release_lock=True)
        raise
    except AppError:
        _close(release_lock=True)
        raise
    except (pw.DatabaseError, sqlite3.Error) as exc:
        _close(release_lock=True)
        mapped = translate_error(exc)
        if mapped is not exc:
            raise mapped from exc
        raise DatabaseError(f"无法打开数据库文件 {target}：{exc}") from exc
    except Exception:
        _close(release_lock=True)
        raise
    return db


def _same_file(path: Path, target: str | Path) -> bool:
    try:
        return Path(str(target)).resolve() == path.resolve()
    except OSError:
        return False


def _writable_or_new(path: Path) -> bool:
    if path.exists():
        return _writable(path)
    return os.access(path.parent, os.W_OK)


def _has_sqlite_header(path: Path) -> bool:
    if not path.exists() or path.stat().st_size < 16:
        return False
    with open(path, "rb") as fh:
        return fh.read(16) == SQLITE_HEADER


def _connect_with_passphrase(db: pw.Database) -> None:
    try:
        db.connect(reuse_if_open=True)
        db.execute_sql("SELECT count(*) FROM sqlite_master").fetchone()
    except Exception as exc:  # SQLCipher says "file is not a database" for a wrong key
        if not db.is_closed():
            db.close()
        raise WrongPassphrase("密码不正确，无法打开加密的数据库。请注意大小写和输入法状态后重试。"
                              "加密数据库没有找回密码的办法，只能用正确的密码打开。") from exc


def _check_version_for_reading(db: pw.Database) -> None:
    from .migrations import LATEST_VERSION, schema_version

    version = schema_version(db)
    if version > LATEST_VERSION:
        raise DatabaseTooNew(f"此数据库由较新版本的程序写入（数据结构版本 {version}），当前程序只支持到版本 {LATEST_VERSION}。")
    if version < LATEST_VERSION:
        raise DatabaseError("该数据库需要先升级数据结构才能使用，而它只能以只读方式打开。"
                            "请在没有其他程序使用它时以正常方式打开一次。")


def close_database(*, keep_lock: bool = False) -> None:
    """Close the database. keep_lock: still hold its lock file (restore swaps the file, then reopens it
    and whoever was signed in stays signed in)."""
    global _last_path
    _close(release_lock=not keep_lock)
    if not keep_lock:
        _last_path = None
        _remembered_keys.clear()


def _close(*, release_lock: bool) -> None:
    global _current_path, _read_only, _passphrase, _lock
    if database.obj is not None and not database.is_closed():
        database.close()
    if release_lock and _lock is not None:
        _lock.release()
        _lock = None
    _current_path, _read_only, _passphrase = None, False, None


def _check_is_sqlite(path: Path) -> None:
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
        return sqlite3.connect(str(path))
    module = cipher_module()
    if module is None:
        raise EncryptionUnavailable("本机缺少加密组件（sqlcipher3），无法读写加密的数据库。")
    if read_only:
        conn = module.connect(Path(path).resolve().as_uri() + "?mode=ro", uri=True)
    else:
        conn = module.connect(str(path))
    conn.execute("PRAGMA key = '%s'" % passphrase.replace("'", "''"))
    return conn


def copy_sqlite_file(source: Path, dest: Path, *, passphrase: str | None = None) -> Path:
    """Copy a database file through SQLite's backup API into `dest` (written aside, then renamed)."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = dest.with_name(dest.name + ".part")
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


__all__ = [
    "database",
    "open_database",
    "close_database",
    "current_path",
    "snapshot",
    "copy_sqlite_file",
    "DatabaseTooNew",
]
