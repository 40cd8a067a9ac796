"""The feedback ledger's figures for `stats --json` and the status bar: consolidated items (merged-away ones
apart) per status, category and unit, deadlines, satisfaction, and the collection events' reach."""
from __future__ import annotations

import datetime as dt

from app.common.figures import rate
from app.feedback._common import today
from app.feedback.categories import categories
from app.feedback.collection import event_rows
from app.common.deadlines import DUE_OVERDUE, DUE_SOON
from app.feedback.ledger import NO_UNIT, suggestion_rows
from app.feedback.models import SATISFACTION, STATUSES
from app.roster.models import Unit


def summary(on: dt.date | None = None) -> dict:
    """Figures for `stats --json` and the status bar. Counts consolidated items (merged-away ones apart)."""
    on = on or today()
    rows = suggestion_rows(on=on)
    consolidated = [r for r in rows if not r.merged]
    per_status = {s: 0 for s in STATUSES}
    per_category = {c: 0 for c in categories()}
    per_unit: dict[str, int] = {u.short_name or u.name: 0 for u in Unit.select().order_by(Unit.sort_order, Unit.id)}
    satisfaction = {s: 0 for s in SATISFACTION}
    for r in consolidated:
        per_status[r.status] += 1
        per_category[r.category_label] = per_category.get(r.category_label, 0) + 1
        per_unit[r.unit or NO_UNIT] = per_unit.get(r.unit or NO_UNIT, 0) + 1
        if r.satisfaction:
            satisfaction[r.satisfaction] += 1
    total = len(consolidated)
    event_list = event_rows()
    return {
        "total": total,
        "merged": len(rows) - total,
        "per_category": per_category,
        "per_status": per_status,
        "per_unit": per_unit,
        "overdue": sum(1 for r in consolidated if r.due == DUE_OVERDUE),
        "due_soon": sum(1 for r in consolidated if r.due == DUE_SOON),
        "closed": per_status["已销号"],
        "closed_share": round(rate(per_status["已销号"], total) or 0.0, 4),
        "satisfaction": satisfaction,
        "events": len(event_list),
        "participants": sum(e.participant_total for e in event_list),
        "reviewed_files": sum(e.reviewed_files for e in event_list),
    }


def stats() -> dict:
    return summary()
