"""Backups, restore and the database check.

- Automatic backups go to `<data dir>/backups/<database name>/`, one file per backup named
  `<name>-YYYYmmdd-HHMMSS-<reason>.db`, written through SQLite's backup API (consistent while the program
  works) and checked with `PRAGMA integrity_check` before they count. They are thinned by age: every one
  of the last 24 hours (up to RECENT_CAP), then one per day for two weeks, one per week for two months,
  one per month beyond. The GUI backs up on close and every 30 minutes while there were changes.
- A backup of an encrypted database is encrypted with the same password.
- `restore(path)` checks the backup, backs up the current file first, then swaps the file (close, copy
  beside, rename over, reopen). `recover(db_path, backup)` does the same for a file too damaged to open.
- `check_database()` backs up, then runs integrity and foreign-key checks and returns a readable report.
"""
from __future__ import annotations

import datetime as dt
import logging
import os
import re
import shutil
import threading
from dataclasses import dataclass, field
from pathlib import Path

from . import access, audit, events
from .db import (DatabaseDamaged, PassphraseRequired, WrongPassphrase, close_database, connect_file,
                 copy_sqlite_file, current_passphrase, current_path, database, looks_encrypted, open_database)
from .errors import AppError, DatabaseError
from .jobs import NullProgress, Progress

log = logging.getLogger(__name__)

RECENT_CAP = 48
PERIOD_MINUTES = 30
REASONS = {"auto": "定时", "close": "关闭时", "manual": "手动", "before-restore": "恢复前", "before-check": "检查前",
           "before-encryption": "加密设置前", "startup": "启动时"}
_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6})-(?P<reason>[a-z-]+)\.db$")


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


def _mark_saved() -> None:
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

    @property
    def reason_label(self) -> str:
        return REASONS.get(self.reason, self.reason)


def backup_folder(db_path: Path | None = None) -> Path:
    from .paths import data_dir

    db_path = db_path or current_path()
    if db_path is None:
        raise BackupFailed("当前数据库不是本地文件，无法备份。")
    return data_dir() / "backups" / Path(db_path).stem


def _info(path: Path) -> BackupInfo | None:
    match = _NAME.match(path.name)
    if not match:
        return None
    try:
        made = dt.datetime.strptime(match["stamp"], "%Y%m%d-%H%M%S")
        size = path.stat().st_size
    except (ValueError, OSError):
        return None
    return BackupInfo(path, made, match["reason"], size, looks_encrypted(path))


def info_for_file(path: Path) -> BackupInfo:
    """A BackupInfo for any file the user picked (named by us or not)."""
    path = Path(path)
    return _info(path) or BackupInfo(path, dt.datetime.fromtimestamp(path.stat().st_mtime), "manual",
                                     path.stat().st_size, looks_encrypted(path))


def list_backups(folder: Path | None = None) -> list[BackupInfo]:
    """Backups in `folder` (default: the current database's), newest first."""
    folder = folder or backup_folder()
    if not folder.is_dir():
        return []
    found = [info for p in folder.glob("*.db") if (info := _info(p)) is not None]
    return sorted(found, key=lambda b: (b.made_at, b.path.name), reverse=True)


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


def make_backup(reason: str = "manual", folder: Path | None = None, progress: Progress | None = None,
                *, thin_after: bool = True) -> BackupInfo:
    """Copy the open database into `folder` (default: the automatic backups folder), verify the copy."""
    progress = progress or NullProgress()
    source = current_path()
    if source is None:
        raise BackupFailed("当前数据库不是本地文件，无法备份。")
    auto_folder = backup_folder(source)
    folder = Path(folder) if folder else auto_folder
    stamp = dt.datetime.now()
    name = f"{source.stem}-{stamp:%Y%m%d-%H%M%S}-{reason}.db"
    dest = folder / name
    n = 1
    while dest.exists():  # two backups in the same second
        n += 1
        dest = folder / f"{source.stem}-{stamp:%Y%m%d-%H%M%S}-{reason}-{n}.db"
    progress.report(0.05, "正在复制数据库…")
    passphrase = current_passphrase()
    try:
        copy_sqlite_file(source, dest, passphrase=passphrase)
        progress.report(0.6, "正在检查备份…")
        verify(dest, passphrase)
    except BackupFailed:
        _remove(dest)
        raise
    except OSError as exc:
        _remove(dest)
        raise BackupFailed(f"备份写入 {folder} 失败：{exc.strerror or exc}。请检查磁盘空间或U盘是否已插好。") from exc
    except Exception as exc:
        _remove(dest)
        text = str(exc)
        if "full" in text or "disk" in text or "I/O" in text:
            raise BackupFailed(f"备份写入 {folder} 失败：磁盘已满或无法写入（{text}）。") from exc
        raise BackupFailed(f"备份失败：{text}") from exc
    if folder == auto_folder and thin_after:
        thin(folder)
    if reason in ("auto", "close", "manual"):
        _mark_saved()
    info = _info(dest) or BackupInfo(dest, stamp, reason, dest.stat().st_size, passphrase is not None)
    audit.record_event("backup", f"{REASONS.get(reason, reason)}备份到 {dest}", table="")
    progress.report(1.0, "备份完成")
    return info


def _remove(path: Path) -> None:
    for p in (path, path.with_name(path.name + ".part")):
        try:
            p.unlink()
        except FileNotFoundError:
            pass
        except OSError:
            log.warning("could not remove %s", p, exc_info=True)


def thin(folder: Path, now: dt.datetime | None = None) -> list[Path]:
    """Remove automatic backups that the age rule does not keep. Returns the removed files."""
    now = now or dt.datetime.now()
    keep: set[Path] = set()
    buckets: set[tuple] = set()
    recent = 0
    for b in list_backups(folder):  # newest first: the newest of each bucket is kept
        age = now - b.made_at
        if age < dt.timedelta(hours=24) and recent < RECENT_CAP:
            keep.add(b.path)
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
            keep.add(b.path)
    removed = []
    for b in list_backups(folder):
        if b.path not in keep:
            _remove(b.path)
            removed.append(b.path)
    return removed


def backup_if_changed(reason: str = "auto", progress: Progress | None = None) -> BackupInfo | None:
    """The periodic and on-close backup: only when something changed since the last one."""
    if current_path() is None or not has_changes():
        return None
    from .db import is_read_only

    if is_read_only():
        return None
    return make_backup(reason, progress=progress)


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


def describe(path: Path, passphrase: str | None = None) -> BackupSummary:
    """Open a backup read-only and say what it holds. Raises PassphraseRequired / WrongPassphrase /
    BackupFailed."""
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
                counts[audit.TABLE_LABELS.get(table, table)] = n
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
    return BackupSummary(path, made, int(info.get("version", 0)), info.get("app_version", ""), officers, counts, encrypted)


# ---------------------------------------------------------------- restore

def _check_restorable(path: Path, passphrase: str | None) -> BackupSummary:
    from .migrations import LATEST_VERSION

    summary = describe(path, passphrase)
    verify(path, passphrase if summary.encrypted else None)
    if summary.schema_version > LATEST_VERSION:
        raise BackupFailed(f"该备份由较新版本的程序写入（数据结构版本 {summary.schema_version}），请先升级程序。")
    if summary.schema_version == 0:
        raise BackupFailed("该文件不是本程序的数据库备份。")
    return summary


def restore(backup_path: Path, *, passphrase: str | None = None, progress: Progress | None = None) -> BackupInfo:
    """Replace the open database with a backup. The current file is backed up first; the returned
    BackupInfo is that safety copy. `passphrase`: the backup's password when it differs from the current."""
    progress = progress or NullProgress()
    access.require(access.ADMIN)
    db_path = current_path()
    if db_path is None:
        raise BackupFailed("当前数据库不是本地文件，无法恢复。")
    backup_path = Path(backup_path)
    key = passphrase if passphrase is not None else current_passphrase()
    progress.report(0.05, "正在检查备份…")
    summary = _check_restorable(backup_path, key)
    progress.report(0.3, "正在备份当前数据…")
    safety_copy = make_backup("before-restore", progress=None, thin_after=False)
    progress.report(0.6, "正在恢复…")
    close_database(keep_lock=True)
    _swap_in(db_path, backup_path, key if summary.encrypted else None)
    open_database(db_path, passphrase=key if summary.encrypted else None)
    audit.record_event("restore_backup", f"从备份 {backup_path.name}（{summary.made_at:%Y-%m-%d %H:%M}）恢复；"
                                         f"恢复前的数据已备份为 {safety_copy.path.name}")
    _mark_saved()
    events.changed("database")
    progress.report(1.0, "恢复完成")
    return safety_copy


def _swap_in(db_path: Path, backup_path: Path, passphrase: str | None) -> None:
    """Copy the backup beside the database, then rename it over (the rename is atomic)."""
    incoming = db_path.with_name(db_path.name + ".restoring")
    copy_sqlite_file(backup_path, incoming, passphrase=passphrase)
    for suffix in ("-wal", "-shm"):
        side = Path(str(db_path) + suffix)
        if side.exists():
            side.unlink()
    os.replace(incoming, db_path)


def recover(db_path: Path, backup_path: Path, *, passphrase: str | None = None) -> Path:
    """For a file too damaged to open (no database is open): keep the damaged file aside as
    `<name>.damaged-<time>`, put the backup in its place. Returns where the damaged file went."""
    db_path, backup_path = Path(db_path), Path(backup_path)
    _check_restorable(backup_path, passphrase)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    aside = db_path.with_name(f"{db_path.name}.damaged-{stamp}")
    if db_path.exists():
        shutil.copy2(db_path, aside)  # copied, not moved: if anything below fails the file is as it was
    for suffix in ("-wal", "-shm"):
        side = Path(str(db_path) + suffix)
        if side.exists():
            shutil.copy2(side, Path(str(aside) + suffix))
    _swap_in(db_path, backup_path, passphrase if looks_encrypted(backup_path) else None)
    return aside


def newest_good_backups(db_path: Path, count: int = 5, passphrase: str | None = None) -> list[BackupInfo]:
    """The newest backups of `db_path` that pass the integrity check (for the start-up recovery dialog)."""
    good = []
    for info in list_backups(backup_folder(db_path)):
        try:
            verify(info.path, passphrase if info.encrypted else None)
        except BackupFailed:
            continue
        good.append(info)
        if len(good) >= count:
            break
    return good


# ---------------------------------------------------------------- checking the database

@dataclass
class CheckReport:
    ok: bool
    lines: list[str]
    backup: Path | None = None


def quick_check() -> None:
    """Raise DatabaseDamaged when the open file fails SQLite's quick check (used at start-up)."""
    try:
        result = [r[0] for r in database.execute_sql("PRAGMA quick_check").fetchall()]
    except AppError:
        raise
    except Exception as exc:
        raise DatabaseDamaged(f"数据库文件已损坏，无法读取（{exc}）。") from exc
    if result != ["ok"]:
        raise DatabaseDamaged("数据库文件已损坏：" + "；".join(result[:3]))


def check_database(progress: Progress | None = None) -> CheckReport:
    """Back up, then check integrity and foreign keys. The report is in plain Chinese."""
    progress = progress or NullProgress()
    lines: list[str] = []
    backup = None
    progress.report(0.05, "正在备份…")
    try:
        backup = make_backup("before-check", thin_after=False).path
        backup_line = f"检查前已备份到：{backup}"
    except AppError as exc:
        backup_line = f"检查前备份失败：{exc}"
    progress.report(0.4, "正在检查数据完整性…")
    try:
        integrity = [r[0] for r in database.execute_sql("PRAGMA integrity_check(100)").fetchall()]
    except Exception as exc:
        integrity = [str(exc)]
    integrity_ok = integrity == ["ok"]
    if integrity_ok:
        lines.append("数据文件完整性：正常。")
    else:
        lines.append(f"数据文件完整性：发现 {len(integrity)} 处问题（文件已损坏，建议从备份恢复）：")
        lines += [f"  · {_readable_integrity(m)}" for m in integrity[:20]]
    progress.report(0.75, "正在检查记录之间的引用…")
    try:
        problems = database.execute_sql("PRAGMA foreign_key_check").fetchall()
    except Exception as exc:
        problems = []
        lines.append(f"引用检查无法完成：{exc}")
    if not problems:
        lines.append("记录之间的引用：正常（没有指向已不存在记录的数据）。")
    else:
        lines.append(f"记录之间的引用：发现 {len(problems)} 处指向已不存在的记录：")
        for table, rowid, parent, _fkid in problems[:50]:
            lines.append(f"  · {audit.TABLE_LABELS.get(table, table)} 第 {rowid} 条记录{_row_label(table, rowid)}引用的"
                         f"{audit.TABLE_LABELS.get(parent, parent)}已不存在")
        if len(problems) > 50:
            lines.append(f"  · ……另有 {len(problems) - 50} 处")
    ok = integrity_ok and not problems
    lines += ["", backup_line]
    lines.insert(0, "检查结果：正常。" if ok else "检查结果：发现问题，详见下文。")
    audit.record_event("check", "检查数据库：" + ("正常" if ok else f"完整性{'正常' if integrity_ok else '异常'}，"
                                                    f"引用问题 {len(problems)} 处"))
    progress.report(1.0, "检查完成")
    return CheckReport(ok, lines, backup)


def _row_label(table: str, rowid) -> str:
    """（王敏） for a row that has a name-like column; empty otherwise."""
    try:
        columns = {c.name for c in database.get_columns(table)}
        column = next((c for c in audit.LABEL_COLUMNS if c in columns), None)
        if column is None or rowid is None:
            return ""
        row = database.execute_sql(f'SELECT "{column}" FROM "{table}" WHERE rowid = ?', (rowid,)).fetchone()
        return f"（{row[0]}）" if row and row[0] else ""
    except Exception:  # a report line must never fail
        return ""


def _readable_integrity(message: str) -> str:
    replacements = (("is never used", "页未被使用"), ("wrong # of entries in index", "索引条目数不符："),
                    ("row ", "记录 "), ("missing from index", "在索引中缺失"), ("database disk image is malformed", "数据文件格式损坏"))
    for old, new in replacements:
        message = message.replace(old, new)
    return message


__all__ = ["make_backup", "list_backups", "thin", "restore", "recover", "describe", "verify", "check_database",
           "quick_check", "backup_if_changed", "newest_good_backups", "BackupFailed", "BackupInfo", "DatabaseError"]
