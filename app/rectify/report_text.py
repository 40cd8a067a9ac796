"""The 专项排查 section of the 工作情况报告 (the `report_section` hook, app.reports.feature_sections): which of
the 七查 and 五项排查 ran in the period, how much each looked at, and what their findings became. Counts and
the checks' kinds only: never a finding's description, so it needs no permission."""
from __future__ import annotations

import datetime as dt

import peewee as pw

from app.rectify.models import (
    CHECK_GROUPS, CLEARANCE, NO_ACTION, TO_CLUE, TO_RECTIFY, CheckFinding, SpecialCheck)

HEADING = "专项排查开展情况"


def _checks_in(since: dt.date | None, until: dt.date | None):
    """Checks running at some time in the period: begun by its end, not finished before its start."""
    query = SpecialCheck.select().where(SpecialCheck.deleted_at.is_null())
    if until is not None:
        query = query.where(SpecialCheck.started_on <= until)
    if since is not None:
        query = query.where(SpecialCheck.ended_on.is_null() | (SpecialCheck.ended_on >= since))
    return query


def report_section(since: dt.date | None, until: dt.date | None) -> tuple[str, list[str]] | None:
    checks = list(_checks_in(since, until))
    if not checks:
        return None
    kinds = {c.kind for c in checks}
    groups = [f"{'、'.join(ran)}等“{group}”" for group, group_kinds in CHECK_GROUPS if group_kinds != (CLEARANCE,)
              for ran in [[k for k in group_kinds if k in kinds]] if ran]
    text = "开展了" + "工作，".join(groups)
    if CLEARANCE in kinds:  # as the article has it: …“五项排查”以及离职离任……清查工作
        text += f"以及{CLEARANCE}" if groups else CLEARANCE
    text += "工作。"
    text += "按排查数量计，" + "、".join(f"{c.kind}{c.examined}{c.examined_unit}" for c in
                                    sorted(checks, key=lambda c: _kind_order(c.kind)) if c.examined) + "。"
    findings = CheckFinding.select(CheckFinding.action, pw.fn.COUNT(CheckFinding.id)).where(
        CheckFinding.check.in_([c.id for c in checks]))
    if since is not None:
        findings = findings.where(CheckFinding.found_on >= since)
    if until is not None:
        findings = findings.where(CheckFinding.found_on <= until)
    per_action = dict(findings.group_by(CheckFinding.action).tuples())
    found = sum(per_action.values())
    if found:
        parts = [f"{label}{per_action[action]}{word}" for action, label, word in
                 ((TO_CLUE, "移交问题线索", "条"), (TO_RECTIFY, "列入整改", "个"), (NO_ACTION, "经核查无需处理", "个"))
                 if per_action.get(action)]
        text += f"排查发现问题{found}个，其中{'、'.join(parts)}。"
    else:
        text += "排查中尚未发现问题。"
    return HEADING, [text]


def _kind_order(kind: str) -> int:
    order = [k for _group, kinds in CHECK_GROUPS for k in kinds]
    return order.index(kind) if kind in order else len(order)
