"""A realistic demo database at the source county's scale, deterministic for a given seed.

The roster comes first; every feature then extends it through its `populate_demo` hook.
The campaign is placed so that today falls in its 查纠整改 phase: deadlines, overdue items and
coverage figures then look like an office mid-campaign.
"""
from __future__ import annotations

import datetime as dt
import json
import os
import random
import sqlite3
from pathlib import Path

from app.common.demo_context import DemoContext
from app.store import backup, campaign
from app.store import db as store
from app.store.db import database
from app.store.migrations import SchemaInfo
from app.workbench import close_database, open_database, sole_use
from app.errors import AppError

# The office of the demo county (a made-up name at the source county's scale: ../shared/seed names 县教整办,
# the 县委政法委 and its three phases, but no dates). The phases take the usual 30, 75 and 15 days from a start
# 70 days before today, so the demo is always in its 查纠整改 phase.
DEMO_SETTINGS = {
    "county": "青山县",
    "committee_name": "中共青山县委政法委员会",
    "office_name": "青山县政法队伍教育整顿领导小组办公室",
    "office_short_name": "县教整办",
    "contact_person": "刘敏",
    "contact_phone": "0715-3321234",
    "code_prefix": "ZG",
}


DEMO_MARK = "demo"  # schema_info: {"seed": …, "audit_through": last audit id} of a demo as it was built
BACKUP_REASON = "before-demo"
backup.REASONS.setdefault(BACKUP_REASON, "生成演示数据前")  # its label in the backups list

def build(path: Path, *, seed: int = 2021, today: dt.date | None = None, on_backup=None) -> dict:
    """Write a new demo database at `path`. Returns the stats of the result. An existing file is replaced
    only when it holds nothing but a demo (`check_replaceable`), only while nobody else has it open (its lock,
    `workbench.sole_use`), and only after a verified backup of it (`on_backup(path)` is told where)."""
    path = Path(path)
    with sole_use(path):
        if path.exists() and path.stat().st_size > 0:
            check_replaceable(path)
            copy = back_up(path)
            if on_backup is not None:
                on_backup(copy)
        return _build(path, seed, today or dt.date.today())


def _build(path: Path, seed: int, today: dt.date) -> dict:
    from app import features, stats

    tmp = path.with_name(path.name + ".building")
    for leftover in (tmp, Path(str(tmp) + "-wal"), Path(str(tmp) + "-shm")):
        if leftover.exists():
            leftover.unlink()
    ctx = DemoContext(rng=random.Random(seed), today=today, campaign_start=today - dt.timedelta(days=70))
    open_database(tmp)
    try:
        campaign.save(DEMO_SETTINGS | {"study_start": ctx.campaign_start.isoformat()})
        ctx.phases = campaign.current().phase_ranges()
        for _key, module in features.modules():
            hook = getattr(module, "populate_demo", None)
            if hook is not None:
                with database.atomic():
                    hook(ctx)
        result = stats.collect()
        last = database.execute_sql("SELECT coalesce(max(id), 0) FROM audit_log").fetchone()[0]
        with SchemaInfo.bind_ctx(database.obj):  # schema_info is neither guarded nor logged
            SchemaInfo.replace(key=DEMO_MARK, value=json.dumps({"seed": seed, "audit_through": last})).execute()
        database.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        close_database()
    for suffix in ("-wal", "-shm"):
        side = Path(str(path) + suffix)
        if side.exists():
            side.unlink()
    os.replace(tmp, path)
    for suffix in ("-wal", "-shm"):
        side = Path(str(tmp) + suffix)
        if side.exists():
            side.unlink()
    return result


def ensure_new_target(path: Path, force: bool) -> None:
    if path.exists() and path.stat().st_size > 0 and not force:
        raise AppError(f"数据库 {path} 已存在。如确要用演示数据覆盖它，请加 --force。")


def check_replaceable(path: Path) -> None:
    """Raise AppError unless the file at `path` is a demo nobody has worked in since it was built, or a
    database with nothing in its log: accounts, or any audit history beyond the demo's own, mean real work."""
    keep = (f"未覆盖数据库 {path}：{{why}}。--force 只覆盖未使用过的演示数据库；如确要在此生成演示数据，"
            "请先把该文件移到别处或改名。")
    if not store.has_sqlite_header(path):
        why = "它已加密，无法确认其中没有实际数据" if store.looks_encrypted(path) else "它不是本程序的数据库"
        raise AppError(keep.format(why=why))
    try:
        conn = store.connect_file(path, read_only=True)
        try:
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            if tables and "schema_info" not in tables:
                raise AppError(keep.format(why="它不是本程序的数据库"))
            accounts = conn.execute("SELECT count(*) FROM account").fetchone()[0] if "account" in tables else 0
            logged = (conn.execute("SELECT coalesce(max(id), 0) FROM audit_log").fetchone()[0]
                      if "audit_log" in tables else 0)
            mark = (conn.execute("SELECT value FROM schema_info WHERE key = ?", (DEMO_MARK,)).fetchone()
                    if "schema_info" in tables else None)
        finally:
            conn.close()
    except sqlite3.Error as exc:
        raise AppError(keep.format(why=f"它无法读取（{exc}），无法确认其中没有实际数据")) from exc
    if accounts:
        raise AppError(keep.format(why=f"它设有 {accounts} 个用户账户"))
    try:
        built_through = int(json.loads(mark[0])["audit_through"]) if mark else 0
    except (ValueError, TypeError, KeyError):
        built_through = 0
    if logged > built_through:
        extra = logged - built_through
        raise AppError(keep.format(why=f"其中有 {extra} 条演示数据以外的操作记录" if mark else f"其中有 {logged} 条操作记录"))


def back_up(path: Path) -> Path:
    """A verified copy of the file about to be replaced, in its backups folder (listed by 从备份恢复)."""
    folder = backup.backup_folder(path)
    stamp = dt.datetime.now()
    dest, n = folder / f"{path.stem}-{stamp:%Y%m%d-%H%M%S}-{BACKUP_REASON}.db", 1
    while dest.exists():
        n += 1
        dest = folder / f"{path.stem}-{stamp:%Y%m%d-%H%M%S}-{BACKUP_REASON}-{n}.db"
    try:
        store.copy_sqlite_file(path, dest)
        backup.verify(dest)
    except (OSError, sqlite3.Error) as exc:
        dest.unlink(missing_ok=True)
        raise AppError(f"未覆盖数据库 {path}：覆盖前的备份失败（{exc}）。") from exc
    except AppError:
        dest.unlink(missing_ok=True)
        raise
    return dest
