"""The 查纠整改 figures for `stats --json`, the tab without the 问题线索 permission, and reports: counts only,
never a line of self-check text or clue content, so they need no permission."""
from __future__ import annotations

import datetime as dt

import peewee as pw

from app.rectify._common import today
from app.rectify.clues import clue_due_state
from app.rectify.from_talks import unfollowed_count
from app.rectify.models import CHECK_GROUPS, CLUE_SOURCES, CLUE_STATUSES, DISPOSALS, OUTCOMES, RESULTS, STAGES, Clue, SelfCheckItem
from app.common.deadlines import DUE_OVERDUE
from app.roster.models import Officer


def summary(on: dt.date | None = None, *, since: dt.date | None = None, until: dt.date | None = None,
            unit: int | None = None) -> dict:
    """The figures on day `on`; `since`/`until` narrow items by their 填报日期 and clues by their 收到日期, `unit`
    (an id) to the officers of that unit and the clues about them (or, with nobody named, handled by it)."""
    on = on or today()
    items = SelfCheckItem.select().where(SelfCheckItem.deleted_at.is_null())
    if since:
        items = items.where(SelfCheckItem.reported_on >= since)
    if until:
        items = items.where(SelfCheckItem.reported_on <= until)
    if unit is not None:
        items = items.where(SelfCheckItem.officer.in_(Officer.select(Officer.id).where(Officer.unit == unit)))
    disclosed = items.where(SelfCheckItem.disclosed)
    per_outcome_items = {o: 0 for o in OUTCOMES}
    per_outcome_officers = {o: 0 for o in OUTCOMES}
    for outcome, count, officers in (items.select(SelfCheckItem.outcome, pw.fn.COUNT(SelfCheckItem.id),
                                                  pw.fn.COUNT(SelfCheckItem.officer.distinct()))
                                     .where(SelfCheckItem.outcome != "").group_by(SelfCheckItem.outcome).tuples()):
        per_outcome_items[outcome] = count
        per_outcome_officers[outcome] = officers
    per_stage = {s: 0 for s in STAGES}
    for stage, count in items.select(SelfCheckItem.stage, pw.fn.COUNT(SelfCheckItem.id)).group_by(
            SelfCheckItem.stage).tuples():
        per_stage[stage] = count
    per_source = {s: 0 for s in CLUE_SOURCES}
    per_status = {s: 0 for s in CLUE_STATUSES}
    per_disposal = {d: 0 for d in DISPOSALS}
    per_result = {r: 0 for r in RESULTS}
    overdue = 0
    clues = Clue.select(Clue.source, Clue.status, Clue.disposal, Clue.result, Clue.deadline).where(
        Clue.deleted_at.is_null())
    if since:
        clues = clues.where(Clue.received_on >= since)
    if until:
        clues = clues.where(Clue.received_on <= until)
    if unit is not None:
        clues = clues.where(Clue.officer.in_(Officer.select(Officer.id).where(Officer.unit == unit))
                            | (Clue.officer.is_null() & (Clue.unit == unit)))
    total = 0
    for source, status, disposal, result, deadline in clues.tuples():
        total += 1
        per_source[source] = per_source.get(source, 0) + 1
        per_status[status] = per_status.get(status, 0) + 1
        if disposal:
            per_disposal[disposal] = per_disposal.get(disposal, 0) + 1
        if result:
            per_result[result] = per_result.get(result, 0) + 1
        if clue_due_state(status, deadline, on)[0] == DUE_OVERDUE:
            overdue += 1
    return {
        "self_check_items": items.count(),
        "officers_reporting": items.select(SelfCheckItem.officer).distinct().count(),
        "officers_disclosed": disclosed.select(SelfCheckItem.officer).distinct().count(),
        "per_stage": per_stage,
        "outcome_items": per_outcome_items,
        "outcome_officers": per_outcome_officers,
        "clues": total,
        "clues_per_source": per_source,
        "clues_per_status": per_status,
        "clues_per_disposal": per_disposal,
        "clues_per_result": per_result,
        "clues_overdue": overdue,
        "talks_self_reported_without_item": unfollowed_count(),
        "special_checks": _special_checks(),
    }


def _special_checks() -> dict:
    """Per check (七查, 五项排查, clearance): how much was examined and how many problems were found."""
    from app.rectify.special_checks import check_rows

    rows = check_rows()
    return {
        "total": len(rows),
        "per_group": {group: sum(1 for r in rows if r.group == group) for group, _kinds in CHECK_GROUPS},
        "checks": [{"kind": r.kind, "group": r.group, "scope": r.scope, "examined": r.examined,
                    "examined_unit": r.examined_unit, "findings": r.findings, "to_clues": r.to_clues} for r in rows],
        "findings": sum(r.findings for r in rows),
        "findings_to_clues": sum(r.to_clues for r in rows),
    }


def stats() -> dict:
    return summary()
