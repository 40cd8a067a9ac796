"""The talks feature's figures in `stats --json`: per round and unit 应谈, 已谈, 未谈, 覆盖率, 人次; the
campaign's coverage; group talks, self-reports and follow-up items."""
from __future__ import annotations

import datetime as dt

from app.talks.coverage import coverage
from app.talks.models import FollowUp, Talk
from app.talks.rounds import rounds


def stats() -> dict:
    today = dt.date.today()
    result_rounds = []
    for info in rounds():
        rows = coverage(info.id)
        total = rows[-1]
        result_rounds.append({
            "number": info.number, "name": info.name, "talks": info.talks, "person_times": info.person_times,
            "expected": total.expected, "talked": total.talked, "untalked": total.untalked,
            "coverage": round(total.rate, 4) if total.rate is not None else None,
            "by_unit": {r.unit: {"expected": r.expected, "talked": r.talked, "untalked": r.untalked,
                                 "person_times": r.person_times,
                                 "coverage": round(r.rate, 4) if r.rate is not None else None}
                        for r in rows[:-1]},
        })
    campaign = coverage(None)[-1] if result_rounds else None
    open_items = FollowUp.select().join(Talk).where(Talk.deleted_at.is_null(), FollowUp.done_date.is_null())
    return {
        "rounds": result_rounds,
        "person_times": sum(r["person_times"] for r in result_rounds),
        "campaign": ({"expected": campaign.expected, "talked": campaign.talked,
                      "coverage": round(campaign.rate, 4) if campaign.rate is not None else None}
                     if campaign else None),
        "group_talks": Talk.alive().where(Talk.mode == "集体").count(),
        "self_reported": Talk.alive().where(Talk.self_reported).count(),
        "follow_ups_open": open_items.count(),
        "follow_ups_overdue": open_items.where(FollowUp.due_date < today).count(),
    }
