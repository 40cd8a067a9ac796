"""Roster figures for the status bar, `stats` and the overview: how many officers, leaders, units."""
from __future__ import annotations

import peewee as pw

from app.roster.models import Officer, OutsideLeader, Unit
from app.roster.officers import campaign_officers


def counts() -> dict:
    return {
        "officers": Officer.alive().count(),
        "officers_in_campaign": campaign_officers().count(),
        "outside_leaders": OutsideLeader.alive().count(),
        "units": Unit.select().count(),
        "trash": Officer.trashed().count() + OutsideLeader.trashed().count(),
    }


def officers_by_unit() -> dict[str, int]:
    """Unit name → officers on the roster (the trash left out), in the units' order; units without any too."""
    return {name: n for name, n in (Unit.select(Unit.name, pw.fn.COUNT(Officer.id))
                                    .join(Officer, pw.JOIN.LEFT_OUTER,
                                          on=((Officer.unit == Unit.id) & Officer.deleted_at.is_null()))
                                    .group_by(Unit.id).order_by(Unit.sort_order).tuples())}
