"""The 我为群众办实事 figures for `stats --json` and the overview: counts only."""
from __future__ import annotations

import datetime as dt

from app.service.measures import measure_rows
from app.service.models import CATEGORIES, MEASURE_KINDS, MEASURE_STATUSES
from app.service.records import record_rows


def summary(since: dt.date | None = None, until: dt.date | None = None, unit_id: int | None = None) -> dict:
    measures = measure_rows(since=since, until=until, unit_id=unit_id)
    records = record_rows(since=since, until=until, unit_id=unit_id)
    return {
        "measures": len(measures),
        "measures_per_kind": {k: sum(1 for m in measures if m.kind == k) for k in MEASURE_KINDS},
        "measures_per_status": {s: sum(1 for m in measures if m.status == s) for s in MEASURE_STATUSES},
        "records": len(records),
        "records_per_category": {c: sum(1 for r in records if r.category == c) for c in CATEGORIES},
        "units_with_records": len({r.unit_name for r in records if r.unit_name}),
    }
