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
from app.store import campaign
from app.store.db import database
from app.workbench import close_database, open_database
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
        campaign.save(DEMO_SETTINGS | {"study_start": ctx.campaign_start.isoformat()})
        ctx.phases = campaign.current().phase_ranges()
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
