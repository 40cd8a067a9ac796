"""Opening a database file: the one way anything in the program does it (GUI, command line, tests, tools).

    lock → connect → migrate → audit and guard triggers → accounts

`open_database(target)` takes a path or a SQLite URL (`sqlite:///f.db`, `sqlite+pool:///f.db`, any
`sqlite…://` form: each is the same local file and gets the same treatment). Other database servers are
refused: the audit log and the permission guard are SQLite triggers, and a database without them would
take writes nobody sees.

read_only: no writes at all (a second copy of the program, or a file on read-only media).
passphrase: the password of an encrypted (SQLCipher) file; when not given, a password used for the same file
    earlier in this session, or the GUI's prompt, is tried.
audit: False only for building a new file in bulk (the demo); records are then not logged.
"""
from __future__ import annotations

import sqlite3
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

import peewee as pw

from app import features
from app.errors import AppError, DatabaseError, DatabaseTooNew
from app.safety import accounts, audit
from app.store import db as store
from app.store import migrations
from app.store.db import (DatabaseBusy, PassphraseRequired, ReadOnlyDatabase, WorkbenchDatabase, WrongPassphrase, database,
                          translate_error)
from app.store.lock import LockHeld, acquire

NOT_OURS_MESSAGE = ("文件 {path} 不是本程序的数据库（其中是其他程序的数据表，没有本程序的数据结构版本），"
                    "未做任何改动。请选择教育整顿工作台的数据库文件。")


class NotOurs(DatabaseError):
    """A SQLite file that another program made."""


SQLITE_SCHEMES = ("sqlite", "sqliteext", "sqlite+pool", "sqliteext+pool", "sqlite+apsw", "sqlcipher")

if audit.connection_hook not in store.connection_hooks:
    store.connection_hooks.append(audit.connection_hook)

# ---------------------------------------------------------------- the schema, from every layer that has tables

_steps: list[migrations.Migration] | None = None


def schema_steps() -> list[migrations.Migration]:
    global _steps
    if _steps is None:
        found = [step for module in features.schema_modules() for step in module.MIGRATIONS]
        _steps = migrations.ordered(found)
    return list(_steps)


def latest_version() -> int:
    return schema_steps()[-1][0]


# ---------------------------------------------------------------- state of the open file

_use_lock_files = False
_lock = None  # app.store.lock.FileLock held for the open file
_last_path: Path | None = None  # the file opened last, to tell a reopen from a switch

# Set by the GUI after start-up so that any open_database (e.g. 文件 → 打开数据库) can ask:
#   passphrase_prompt(path, message) -> password or None;  read_only_prompt(LockHeld) -> bool
_passphrase_prompt = None
_read_only_prompt = None
_remembered_keys: dict[str, str] = {}  # passwords of files opened in this session (kept in memory only)


def use_lock_files(enabled: bool) -> None:
    """The GUI turns this on: every open_database then takes the lock file beside the database."""
    global _use_lock_files
    _use_lock_files = enabled


def current_lock():
    return _lock


def set_open_prompts(passphrase_prompt=None, read_only_prompt=None) -> None:
    global _passphrase_prompt, _read_only_prompt
    _passphrase_prompt, _read_only_prompt = passphrase_prompt, read_only_prompt


def local_path(target: str | Path) -> Path:
    """The file a path or URL names. `sqlite…:///f.db` and `file:f.db` / `file:///abs/f.db` name a local
    file (their ?query is not passed on: mode=, vfs=, immutable= would change how the file is opened).
    Raises DatabaseError for any other kind of URL, for an in-memory database and for an empty name."""
    text = str(target).strip()
    if "://" in text:
        scheme, _, rest = text.partition("://")
        if scheme.lower() == "file":
            host, slash, rest = rest.partition("/")
            if host not in ("", "localhost"):
                raise DatabaseError(f"不支持的数据库地址“{text}”：只能打开本机上的数据库文件。")
            rest = "/" + rest if slash else rest
        elif scheme.lower() not in SQLITE_SCHEMES:
            raise DatabaseError(f"不支持的数据库地址“{scheme}://…”：本程序只使用本地 SQLite 数据库文件"
                                "（操作日志和权限控制依赖它）。请选择一个 .db 文件。")
        elif rest.startswith("/"):
            rest = rest[1:]  # sqlite:///relative.db → relative.db ; sqlite:////abs.db → /abs.db
        text = rest.split("?", 1)[0]
    elif text.lower().startswith("file:"):
        text = text[5:].split("?", 1)[0]
    if text.lower().startswith("file:"):
        return local_path(text)  # sqlite:///file:x.db
    if not text or text == ":memory:":
        raise DatabaseError("数据库地址没有指明文件，请给出一个 .db 文件的路径。")
    if len(text) >= 3 and text[0] == "/" and text[2] == ":" and text[1].isalpha():
        text = text[1:]  # file:///C:/x.db on Windows
    return Path(text)


def sqlite_name(path: Path) -> str:
    """The name handed to SQLite: always absolute, so that it is never read as a `file:` URI (this SQLite
    accepts URIs in plain file names) and names exactly the file the lock and the backups are about."""
    return str(Path(path).absolute())


def _key_of(path: Path) -> str:
    try:
        return str(path.resolve())
    except OSError:
        return str(path)


def _same_file(path: Path | None, other: Path) -> bool:
    if path is None:
        return False
    try:
        return path.resolve() == other.resolve()
    except OSError:
        return False


# ---------------------------------------------------------------- open and close

def open_database(target: str | Path, *, migrate: bool = True, read_only: bool = False,
                  passphrase: str | None = None, audit: bool = True, lock: bool | None = None) -> pw.Database:
    """Open (creating if needed) and upgrade the database at `target`. See the module docstring.
    lock: take the file's lock for this open (the command line does for its commands); None: as
    `use_lock_files` says."""
    path = local_path(target)
    explicit = passphrase is not None
    if passphrase is None:
        passphrase = _remembered_keys.get(_key_of(path))
    message = ""
    while True:
        try:
            db = _open_once(path, migrate=migrate, read_only=read_only, passphrase=passphrase, with_audit=audit,
                            with_lock=_use_lock_files if lock is None else lock)
        except (PassphraseRequired, WrongPassphrase) as exc:
            if explicit or _passphrase_prompt is None:
                raise
            passphrase = _passphrase_prompt(path, str(exc) if isinstance(exc, WrongPassphrase) else message)
            if passphrase is None:
                raise
            continue
        except LockHeld as exc:
            if read_only or _read_only_prompt is None or not _read_only_prompt(exc):
                raise
            read_only = True
            continue
        if store.current_passphrase() is not None:
            _remembered_keys[_key_of(path)] = store.current_passphrase()
        return db


def _make_database(path: Path, read_only: bool, passphrase: str | None) -> WorkbenchDatabase:
    name, params = sqlite_name(path), {}
    if read_only and path.exists() and not store.writable(path):
        # A file on read-only media or without write permission: SQLite must not try to write at all.
        name, params = path.resolve().as_uri() + "?mode=ro", {"uri": True}
    if passphrase is not None:
        cls = store.cipher_database_class()
        return cls(name, pragmas=store.SQLITE_PRAGMAS, read_only=read_only, passphrase=passphrase, **params)
    return WorkbenchDatabase(name, pragmas=store.SQLITE_PRAGMAS, read_only=read_only, **params)


def _open_once(path: Path, *, migrate: bool, read_only: bool, passphrase: str | None,
               with_audit: bool, with_lock: bool) -> pw.Database:
    global _lock, _last_path
    if passphrase is not None and store.has_sqlite_header(path):
        passphrase = None  # a plain file needs no password
    same_file = _same_file(_last_path, path)
    keep_lock = _lock if (_lock is not None and _same_file(_lock.db_path, path)) else None
    _close(release_lock=keep_lock is None)
    db = _make_database(path, read_only, passphrase)
    # 1. the file and its lock
    if read_only and not path.exists():
        raise DatabaseError(f"找不到数据库文件 {path}。")
    path.parent.mkdir(parents=True, exist_ok=True)
    if path.exists() and path.stat().st_size > 0 and passphrase is None:
        store.check_is_sqlite(path)
        check_is_ours(path)
    if not read_only and not store.writable_or_new(path):
        raise ReadOnlyDatabase(f"数据库文件 {path} 不能写入（只读文件或只读存储设备）。可以只读方式打开查看。")
    if with_lock and not read_only:
        _lock = keep_lock if keep_lock is not None else acquire(path)  # raises LockHeld with who holds it
    store.bind(db, path, read_only=read_only, passphrase=passphrase)
    _last_path = path
    try:
        # 2. connect
        if passphrase is not None:
            _connect_with_passphrase(db)
        else:
            db.connect(reuse_if_open=True)
        # 3. migrate
        if read_only:
            _check_version_for_reading(db)
        elif migrate:
            migrations.upgrade(db, path, schema_steps())
        else:
            schema_steps()  # the schema modules also name the tables for the log
        # 4. audit and guard triggers on this and every later connection, made before its first write
        if with_audit and not read_only:
            db.audit_active = True
            audit.arm(db.connection(), db)
        # 5. accounts: the file's own setting applies; nobody is signed in to a newly opened file
        accounts.database_opened(same_file=same_file)
    except AppError:
        _close(release_lock=True)
        raise
    except (pw.DatabaseError, sqlite3.Error) as exc:
        _close(release_lock=True)
        mapped = translate_error(exc)
        if mapped is not exc:
            raise mapped from exc
        raise DatabaseError(f"无法打开数据库文件 {path}：{exc}") from exc
    except Exception:
        _close(release_lock=True)
        raise
    return db


TRANSIENT = ("locking protocol", "database is locked", "database is busy")  # a writer at work this instant


def check_is_ours(path: Path) -> None:
    """Refuse, untouched, a SQLite file of another program: tables of its own and no schema version of ours.
    (Opening it would add our tables and switch it to WAL.) A file with no tables yet is new and fine.
    Read through a read-only connection; when a writer is busy with the file this instant, it is left to
    the ordinary open (which waits for it) rather than called foreign."""
    for attempt in range(5):
        try:
            tables, version = _tables_and_version(path)
            break
        except sqlite3.Error as exc:
            if any(word in str(exc).lower() for word in TRANSIENT):
                time.sleep(0.05 * (attempt + 1))
                continue
            mapped = translate_error(exc)
            if isinstance(mapped, AppError):
                raise mapped from exc
            raise NotOurs(NOT_OURS_MESSAGE.format(path=path)) from exc  # e.g. a schema_info without our columns
    else:
        return
    if tables - {"schema_info"} and version is None:
        raise NotOurs(NOT_OURS_MESSAGE.format(path=path))


def _tables_and_version(path: Path) -> tuple[set[str], str | None]:
    conn = store.connect_file(path, read_only=True)
    try:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' "
                                             "AND name NOT LIKE 'sqlite!_%' ESCAPE '!'")}
        version = None
        if "schema_info" in tables:
            row = conn.execute("SELECT value FROM schema_info WHERE key = 'version'").fetchone()
            version = row[0] if row else None
        return tables, version
    finally:
        conn.close()


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
    version = migrations.schema_version(db)
    latest = latest_version()
    if version > latest:
        raise DatabaseTooNew(f"此数据库由较新版本的程序写入（数据结构版本 {version}），当前程序只支持到版本 {latest}。")
    if version < latest:
        raise DatabaseError("该数据库需要先升级数据结构才能使用，而它只能以只读方式打开。"
                            "请在没有其他程序使用它时以正常方式打开一次。")
    schema_steps()


def close_database(*, keep_lock: bool = False) -> None:
    """Close the database. keep_lock: still hold its lock file (restore swaps the file, then reopens it
    and whoever was signed in stays signed in)."""
    global _last_path
    _close(release_lock=not keep_lock)
    if not keep_lock:
        _last_path = None
        _remembered_keys.clear()


def _close(*, release_lock: bool) -> None:
    global _lock
    store.unbind()
    if release_lock and _lock is not None:
        _lock.release()
        _lock = None


@contextmanager
def sole_use(path: Path) -> Iterator[None]:
    """For replacing the file at `path` by rename (restore, demo --force): this process holds its lock for
    the duration (taken here unless the open database already holds it; LockHeld names who has it), and no
    other program may be in the middle of writing it (DatabaseBusy): a rename would throw its work away."""
    path = Path(path)
    held = _lock is not None and _lock.held and _same_file(_lock.db_path, path)
    taken = None if held else acquire(path)
    try:
        if path.exists() and path.stat().st_size > 0:
            _check_no_writer(path)
        yield
    finally:
        if taken is not None:
            taken.release()


def _check_no_writer(path: Path) -> None:
    passphrase = store.current_passphrase() if _same_file(store.current_path(), path) else None
    if passphrase is None and not store.has_sqlite_header(path):
        return  # encrypted and not ours to unlock here, or not a database: nothing can be writing it
    try:
        conn = store.connect_file(path, passphrase=passphrase)
        try:
            conn.execute("PRAGMA busy_timeout = 2000")
            conn.execute("BEGIN IMMEDIATE")  # waits for, then fails on, another writer's transaction
            conn.rollback()
        finally:
            conn.close()
    except sqlite3.Error as exc:
        mapped = translate_error(exc)
        if isinstance(mapped, DatabaseBusy):
            raise DatabaseBusy(f"数据库 {path.name} 正在被其他程序写入，现在不能替换它。请等其他程序完成或关闭后再试。"
                               ) from exc


def reopen(path: Path, *, passphrase: str | None = None) -> pw.Database:
    """Open the same file again after it was swapped or re-keyed (the lock stays held throughout)."""
    return open_database(path, passphrase=passphrase)


__all__ = ["open_database", "close_database", "reopen", "sole_use", "check_is_ours", "NotOurs", "use_lock_files", "set_open_prompts", "current_lock",
           "latest_version", "schema_steps", "local_path", "database"]
