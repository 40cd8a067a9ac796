"""A realistic demo database at the source county's scale, deterministic for a given seed.

The roster comes first; every feature then extends it through its `populate_demo` hook.
The campaign is placed so that today falls in its 查纠整改 phase: deadlines, overdue items and
coverage figures then look like an office mid-campaign.
"""
from __future__ import annotations

import datetime as dt
import os
import random
from pathlib import Path

from app.common.demo_context import DemoContext
from app.store import settings
from app.store.db import database
from app.workbench import close_database, open_database
from app.errors import AppError

def build(path: Path, *, seed: int = 2021, today: dt.date | None = None) -> dict:
    """Write a new demo database at `path` (replacing it). Returns the stats of the result."""
    from app import features, stats

    today = today or dt.date.today()
    path = Path(path)
    tmp = path.with_name(path.name + ".building")
    for leftover in (tmp, Path(str(tmp) + "-wal"), Path(str(tmp) + "-shm")):
        if leftover.exists():
            leftover.unlink()
    ctx = DemoContext(rng=random.Random(seed), today=today, campaign_start=today - dt.timedelta(days=70))
    open_database(tmp)
    try:
        settings.set_many({
            "county": "青山县",
            "office_name": "青山县政法队伍教育整顿领导小组办公室",
            "committee_name": "中共青山县委政法委员会",
            "campaign_start": ctx.campaign_start.isoformat(),
            "contact_person": "刘敏",
            "contact_phone": "0715-3321234",
        })
        ctx.phases = settings.phase_ranges()
        for _key, module in features.modules():
            hook = getattr(module, "populate_demo", None)
            if hook is not None:
                with database.atomic():
                    hook(ctx)
        result = stats.collect()
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
