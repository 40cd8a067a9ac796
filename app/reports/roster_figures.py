"""The roster's figures for the overview: who counts in the campaign today (the period does not apply)."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import peewee as pw

from app.reports.scope import where
from app.roster.models import Officer, OutsideLeader

IN_POST = "在岗"


@dataclass(frozen=True)
class OfficerFigures:
    in_campaign: int  # 在岗在编: alive, counted in the campaign, 在岗
    on_roster: int  # every officer on the roster (alive)
    not_in_post: dict  # 在岗状态 other than 在岗 → count (病休, 专案, 借调 …)
    outside_leaders: int  # 政法系统外党政领导干部 (all units; not a unit's people)


def officer_figures(since: dt.date | None = None, until: dt.date | None = None,
                    unit: int | None = None) -> OfficerFigures:
    """Today's roster (the range does not apply to it)."""
    alive = Officer.deleted_at.is_null()
    in_unit = (Officer.unit == unit) if unit is not None else None
    by_status = dict(where(Officer.select(Officer.status, pw.fn.COUNT(Officer.id)), alive, in_unit)
                     .group_by(Officer.status).tuples())
    in_campaign = where(Officer.select(pw.fn.COUNT(Officer.id)), alive, in_unit,
                        Officer.counts_in_campaign, Officer.status == IN_POST).scalar() or 0
    leaders = OutsideLeader.select(pw.fn.COUNT(OutsideLeader.id)).where(OutsideLeader.deleted_at.is_null()).scalar()
    return OfficerFigures(in_campaign=in_campaign, on_roster=sum(by_status.values()),
                          not_in_post={k: v for k, v in by_status.items() if k != IN_POST},
                          outside_leaders=leaders or 0)


def in_campaign_per_unit() -> dict:
    """unit id → 在岗在编 officers (the per-unit comparison's first column)."""
    return dict(Officer.select(Officer.unit, pw.fn.COUNT(Officer.id))
                .where(Officer.deleted_at.is_null(), Officer.counts_in_campaign, Officer.status == IN_POST)
                .group_by(Officer.unit).tuples())
