"""Backup files: making, checking, listing, thinning and swapping them in. What needs a permission or a
line in the audit log (make a backup, restore, check the database) is `app.maintenance`, one layer up.

- Automatic backups go to `<data dir>/backups/<database UUID>/` (`app.store.identity`: two files of the
  same name are different databases), one file per backup named `<name>-YYYYmmdd-HHMMSS-<reason>[-n].db`
  (`-2`, `-3`… for a second backup within the same second), written through SQLite's backup API
  (consistent while the program works) into `<backup>.<pid>.part`, checked with `PRAGMA integrity_check`,
  then renamed. A `.part` left by a killed process is removed by the next backup or listing. The folder's
  `source.txt` names the database files it was made from (to find the backups of a file too damaged to
  read its UUID). A listing offers only backups whose own UUID (or, for backups made before the UUID,
  creation time) is the database's; backups filed under the old name-keyed folder are moved into the UUID
  folder the first time they are looked for. They are thinned by age: every one
  of the last 24 hours (up to RECENT_CAP), then one per day for two weeks, one per week for two months,
  one per month beyond. The GUI backs up on close and every 30 minutes while there were changes.
- A backup of an encrypted database is encrypted with the same password.
- `restore(path)` checks the backup, backs up the current file first, then swaps the file (close, copy
  beside, rename over, reopen). `recover(db_path, backup)` does the same for a file too damaged to open.
- `check_database()` backs up, then runs integrity and foreign-key checks and returns a readable report.
"""
from __future__ import annotations

import datetime as dt
import glob
import logging
import os
import re
import shutil
import threading
from dataclasses import dataclass, field
from pathlib import Path

from app import events
from app.store import backup_folders, identity
from app.store.identity import Identity
from app.store.db import (
    DatabaseDamaged, PassphraseRequired, WrongPassphrase, connect_file, copy_sqlite_file, current_passphrase,
    current_path, database, looks_encrypted)
from app.errors import AppError
from app.jobs import NullProgress, Progress

log = logging.getLogger(__name__)

RECENT_CAP = 48
PERIOD_MINUTES = 30
REASONS = {"auto": "定时", "close": "关闭时", "manual": "手动", "before-restore": "恢复前", "before-check": "检查前",
           "before-encryption": "加密设置前", "startup": "启动时"}
_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6})-(?P<reason>[a-z]+(?:-[a-z]+)*)(?:-(?P<seq>\d+))?\.db$")


class BackupFailed(AppError):
    pass


# ---------------------------------------------------------------- change tracking

_changes_lock = threading.Lock()
_changed_since_backup = False


def _on_change(_topic: str) -> None:
    global _changed_since_backup
    with _changes_lock:
        _changed_since_backup = True


events.subscribe(_on_change)


def has_changes() -> bool:
    return _changed_since_backup


def mark_saved() -> None:
    global _changed_since_backup
    with _changes_lock:
        _changed_since_backup = False


# ---------------------------------------------------------------- where backups are

@dataclass(frozen=True)
class BackupInfo:
    path: Path
    made_at: dt.datetime
    reason: str
    size: int
    encrypted: bool
    seq: int = 1  # 2, 3… for later backups within the same second

    @property
    def reason_label(self) -> str:
        return REASONS.get(self.reason, self.reason)


def _current_identity(db_path: Path | None) -> Identity | None:
    """The identity of `db_path` (default: the open database); None when it cannot be read."""
    current = current_path()
    if db_path is None or (current is not None and _same_path(db_path, current)):
        if current is None:
            return None
        try:
            return identity.of_open_database()
        except Exception:  # a damaged open file: fall back to source.txt / the old folder
            return None
    return identity.of_file(Path(db_path), current_passphrase())


def _same_path(a: Path, b: Path) -> bool:
    try:
        return Path(a).resolve() == Path(b).resolve()
    except OSError:
        return False


def backup_folder(db_path: Path | None = None) -> Path:
    """The automatic backups folder of `db_path` (default: the open database), named by its UUID."""
    source = db_path or current_path()
    if source is None:
        raise BackupFailed("当前数据库不是本地文件，无法备份。")
    return backup_folders.folder_for(_current_identity(db_path), Path(source))


def _info(path: Path) -> BackupInfo | None:
    match = _NAME.match(path.name)
    if not match:
        return None
    try:
        made = dt.datetime.strptime(match["stamp"], "%Y%m%d-%H%M%S")
        size = path.stat().st_size
    except (ValueError, OSError):
        return None
    return BackupInfo(path, made, match["reason"], size, looks_encrypted(path), int(match["seq"] or 1))


def info_for_file(path: Path) -> BackupInfo:
    """A BackupInfo for any file the user picked (named by us or not)."""
    path = Path(path)
    return _info(path) or BackupInfo(path, dt.datetime.fromtimestamp(path.stat().st_mtime), "manual",
                                     path.stat().st_size, looks_encrypted(path))


def _scan(folder: Path) -> list[BackupInfo]:
    """Every backup named by us in `folder`, newest first."""
    if not folder.is_dir():
        return []
    found = [info for p in folder.glob("*.db") if (info := _info(p)) is not None]
    return sorted(found, key=lambda b: (b.made_at, b.seq, b.path.name), reverse=True)


def list_backups(folder: Path | None = None) -> list[BackupInfo]:
    """The open database's backups (default: its automatic folder; backups filed under the old name-keyed
    folder are moved in first), newest first. Only backups of this database are offered: a plain backup
    whose own UUID (or creation time) is another database's is left out; an encrypted one is checked when
    its password is given (`check_restorable`). Stale `.part` files are removed on the way."""
    own = _current_identity(None) if current_path() is not None else None
    if folder is None:
        folder = backup_folder()
        backup_folders.adopt_legacy(own, current_path(), current_passphrase(), _info)
    folder = Path(folder)
    backup_folders.remove_stale_parts(folder)
    found = _scan(folder)
    if own is None:
        return found
    return [b for b in found if b.encrypted or _belongs(b.path, own)]


def _belongs(path: Path, own: Identity) -> bool:
    theirs = identity.of_file(path)
    return theirs is None or own.same_database(theirs)  # unreadable: listed, and refused when restored


# ---------------------------------------------------------------- making backups

def verify(path: Path, passphrase: str | None = None) -> None:
    """Raise BackupFailed unless `path` opens and passes PRAGMA integrity_check."""
    try:
        conn = connect_file(path, passphrase=passphrase, read_only=True)
        try:
            result = [r[0] for r in conn.execute("PRAGMA integrity_check").fetchall()]
        finally:
            conn.close()
    except Exception as exc:  # sqlite3 / sqlcipher errors alike
        raise BackupFailed(f"备份文件 {path.name} 无法读取：{exc}") from exc
    if result != ["ok"]:
        raise BackupFailed(f"备份文件 {path.name} 未通过完整性检查：{'；'.join(result[:3])}")


def copy_to_backup(reason: str = "manual", folder: Path | None = None, progress: Progress | None = None,
                   *, thin_after: bool = True) -> BackupInfo:
    """Copy the open database into `folder` (default: the automatic backups folder), verify the copy.
    `app.maintenance.make_backup` is this plus its line in the audit log."""
    progress = progress or NullProgress()
    source = current_path()
    if source is None:
        raise BackupFailed("当前数据库不是本地文件，无法备份。")
    auto_folder = backup_folder(source)
    folder = Path(folder) if folder else auto_folder
    backup_folders.remove_stale_parts(folder)
    stamp = dt.datetime.now()
    dest = _new_name(folder, f"{source.stem}-{stamp:%Y%m%d-%H%M%S}-{reason}")
    part = backup_folders.part_path(dest)
    progress.report(0.05, "正在复制数据库…")
    passphrase = current_passphrase()
    backup_folders.begin_part(part)
    try:
        copy_sqlite_file(source, dest, passphrase=passphrase, tmp=part)
        progress.report(0.6, "正在检查备份…")
        verify(dest, passphrase)
    except BackupFailed:
        _remove(dest, part)
        raise
    except OSError as exc:
        _remove(dest, part)
        raise BackupFailed(f"备份写入 {folder} 失败：{exc.strerror or exc}。请检查磁盘空间或U盘是否已插好。") from exc
    except Exception as exc:
        _remove(dest, part)
        text = str(exc)
        if "full" in text or "disk" in text or "I/O" in text:
            raise BackupFailed(f"备份写入 {folder} 失败：磁盘已满或无法写入（{text}）。") from exc
        raise BackupFailed(f"备份失败：{text}") from exc
    finally:
        backup_folders.end_part(part)
    if folder == auto_folder:
        backup_folders.record_source(folder, source)
        backup_folders.adopt_legacy(_current_identity(None), source, passphrase, _info)
    if folder == auto_folder and thin_after:
        thin(folder, keep=dest)
    if reason in ("auto", "close", "manual"):
        mark_saved()
    info = _info(dest) or BackupInfo(dest, stamp, reason, dest.stat().st_size, passphrase is not None)
    progress.report(1.0, "备份完成")
    return info


def _new_name(folder: Path, base: str) -> Path:
    """`<base>.db`, or for a later backup within the same second `<base>-n.db` with n above every number
    used so far (a gap left by thinning is not reused: the newest backup always sorts first)."""
    later = re.compile(re.escape(base) + r"-(\d+)\.db")
    taken = []
    for p in folder.glob(glob.escape(base) + "*.db"):
        match = later.fullmatch(p.name)
        if p.name == base + ".db" or match:
            taken.append(int(match[1]) if match else 1)
    if not taken:
        return folder / f"{base}.db"
    return folder / f"{base}-{max(taken) + 1}.db"


def _remove(path: Path, part: Path | None = None) -> None:
    for p in (path, part or path.with_name(path.name + ".part")):
        try:
            p.unlink()
        except FileNotFoundError:
            pass
        except OSError:
            log.warning("could not remove %s", p, exc_info=True)


def thin(folder: Path, now: dt.datetime | None = None, *, keep: Path | None = None) -> list[Path]:
    """Remove automatic backups that the age rule does not keep (never `keep`, the one just made).
    Returns the removed files."""
    now = now or dt.datetime.now()
    keep_paths: set[Path] = {keep} if keep is not None else set()
    buckets: set[tuple] = set()
    recent = 0
    found = _scan(folder)
    for b in found:  # newest first: the newest of each bucket is kept
        age = now - b.made_at
        if age < dt.timedelta(hours=24) and recent < RECENT_CAP:
            keep_paths.add(b.path)
            recent += 1
            continue
        if age < dt.timedelta(days=14):
            bucket = ("day", b.made_at.date())
        elif age < dt.timedelta(days=61):
            year, week, _ = b.made_at.isocalendar()
            bucket = ("week", year, week)
        else:
            bucket = ("month", b.made_at.year, b.made_at.month)
        if bucket not in buckets:
            buckets.add(bucket)
            keep_paths.add(b.path)
    removed = []
    for b in found:
        if b.path not in keep_paths:
            _remove(b.path)
            removed.append(b.path)
    return removed


# ---------------------------------------------------------------- what a backup holds

@dataclass
class BackupSummary:
    path: Path
    made_at: dt.datetime | None
    schema_version: int
    app_version: str
    officers: int | None
    table_counts: dict[str, int] = field(default_factory=dict)  # readable table name -> rows
    encrypted: bool = False
    identity: Identity | None = None  # the UUID / creation time of the database it was made from


def describe(path: Path, passphrase: str | None = None, labels: dict[str, str] | None = None) -> BackupSummary:
    """Open a backup read-only and say what it holds (tables by their `labels`, e.g. audit.TABLE_LABELS).
    Raises PassphraseRequired / WrongPassphrase / BackupFailed."""
    labels = labels or {}
    path = Path(path)
    encrypted = looks_encrypted(path)
    if encrypted and passphrase is None:
        raise PassphraseRequired(f"备份 {path.name} 已加密，请输入它的密码。")
    try:
        conn = connect_file(path, passphrase=passphrase if encrypted else None, read_only=True)
    except Exception as exc:
        raise BackupFailed(f"无法打开备份 {path.name}：{exc}") from exc
    try:
        try:
            tables = [r[0] for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite!_%' ESCAPE '!' "
                "ORDER BY name").fetchall()]
        except Exception as exc:
            if encrypted:
                raise WrongPassphrase(f"备份 {path.name} 的密码不正确。") from exc
            raise BackupFailed(f"备份 {path.name} 不是有效的数据库：{exc}") from exc
        info = dict(conn.execute("SELECT key, value FROM schema_info").fetchall()) if "schema_info" in tables else {}
        counts = {}
        for table in tables:
            if table in ("schema_info",):
                continue
            n = conn.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]
            if n:
                counts[labels.get(table, table)] = n
        own = identity.of_connection(conn)
        officers = None
        if "officer" in tables:
            officers = conn.execute("SELECT count(*) FROM officer WHERE deleted_at IS NULL").fetchone()[0]
    except (WrongPassphrase, BackupFailed):
        raise
    except Exception as exc:
        raise BackupFailed(f"备份 {path.name} 无法读取：{exc}") from exc
    finally:
        conn.close()
    backup = _info(path)
    made = backup.made_at if backup else dt.datetime.fromtimestamp(path.stat().st_mtime)
    return BackupSummary(path, made, int(info.get("version", 0)), info.get("app_version", ""), officers, counts, encrypted,
                         own)


# ---------------------------------------------------------------- restore

def check_restorable(path: Path, passphrase: str | None, latest_version: int,
                     labels: dict[str, str] | None = None, *, of: Identity | None = None) -> BackupSummary:
    """Raise BackupFailed unless `path` is a whole backup this program can restore, and (when `of`, the
    identity of the database it would replace, is given) a backup of that same database."""
    summary = describe(path, passphrase, labels)
    verify(path, passphrase if summary.encrypted else None)
    if summary.schema_version > latest_version:
        raise BackupFailed(f"该备份由较新版本的程序写入（数据结构版本 {summary.schema_version}），请先升级程序。")
    if summary.schema_version == 0:
        raise BackupFailed("该文件不是本程序的数据库备份。")
    if of is not None and (of.uuid or of.created) and not of.same_database(summary.identity):
        raise BackupFailed(f"备份 {path.name} 属于另一个数据库（数据库标识不同），不是当前数据库的备份，不能用它恢复。"
                           "如确需使用其中的数据，请用“文件 → 打开数据库”单独打开它。")
    return summary


def swap_in(db_path: Path, backup_path: Path, passphrase: str | None, *, keep_uuid: str | None = None) -> None:
    """Copy the backup beside the database, then rename it over (the rename is atomic). `keep_uuid`: the
    database's UUID, written into a backup made before the UUID existed, so that the restored file stays
    the same database (its backups stay listed) instead of getting a new UUID when it is upgraded."""
    incoming = db_path.with_name(db_path.name + ".restoring")
    copy_sqlite_file(backup_path, incoming, passphrase=passphrase)
    if keep_uuid:
        conn = connect_file(incoming, passphrase=passphrase)
        try:
            identity.adopt_uuid(conn, keep_uuid)
        finally:
            conn.close()
    for suffix in ("-wal", "-shm"):
        side = Path(str(db_path) + suffix)
        if side.exists():
            side.unlink()
    os.replace(incoming, db_path)


def recover(db_path: Path, backup_path: Path, latest_version: int, *, passphrase: str | None = None) -> Path:
    """For a file too damaged to open (no database is open): keep the damaged file aside as
    `<name>.damaged-<time>`, put the backup in its place. Returns where the damaged file went."""
    db_path, backup_path = Path(db_path), Path(backup_path)
    check_restorable(backup_path, passphrase, latest_version, of=identity.of_file(db_path, passphrase))
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    aside = db_path.with_name(f"{db_path.name}.damaged-{stamp}")
    if db_path.exists():
        shutil.copy2(db_path, aside)  # copied, not moved: if anything below fails the file is as it was
    for suffix in ("-wal", "-shm"):
        side = Path(str(db_path) + suffix)
        if side.exists():
            shutil.copy2(side, Path(str(aside) + suffix))
    swap_in(db_path, backup_path, passphrase if looks_encrypted(backup_path) else None)
    return aside


def newest_good_backups(db_path: Path, count: int = 5, passphrase: str | None = None) -> list[BackupInfo]:
    """The newest backups of `db_path` that pass the integrity check (for the start-up recovery dialog)."""
    good = []
    own = identity.of_file(Path(db_path), passphrase)
    for info in _scan(backup_folder(db_path)):
        if own is not None and not info.encrypted and not _belongs(info.path, own):
            continue
        try:
            verify(info.path, passphrase if info.encrypted else None)
        except BackupFailed:
            continue
        good.append(info)
        if len(good) >= count:
            break
    return good


# ---------------------------------------------------------------- checking the database

def quick_check() -> None:
    """Raise DatabaseDamaged when the open file fails SQLite's quick check (used at start-up)."""
    judge_quick_check(lambda: database.execute_sql("PRAGMA quick_check").fetchall())


def quick_check_file(path: Path, passphrase: str | None = None) -> None:
    """The same check through a read-only connection of its own, so that it may run in another thread
    (the GUI's start-up runs it beside its imports: SQLite does not hold the GIL while it reads)."""
    def rows():
        conn = connect_file(path, passphrase=passphrase, read_only=True)
        try:
            return conn.execute("PRAGMA quick_check").fetchall()
        finally:
            conn.close()

    judge_quick_check(rows)


def judge_quick_check(rows) -> None:
    """Raise DatabaseDamaged unless `rows()` (the rows of PRAGMA quick_check) says "ok"."""
    try:
        result = [r[0] for r in rows()]
    except AppError:
        raise
    except Exception as exc:
        raise DatabaseDamaged(f"数据库文件已损坏，无法读取（{exc}）。") from exc
    if result != ["ok"]:
        raise DatabaseDamaged("数据库文件已损坏：" + "；".join(result[:3]))
