"""The assignment and rectification workflow: the allowed steps (TRANSITIONS), one step or a batch of 交办,
merging duplicates (and undoing it), and the history every step leaves.

Workflow: 待交办 → 已交办 → 整改中 → 已整改待验收 → 已销号, or 不予采纳 with a reason; 验收 may send an item
back to 整改中. Every step is checked against the rules of its target status (`status_problems`) and
stored as a history row (who, when, note).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from app import events
from app.common.safe_text import clean_into
from app.errors import Conflict, ValidationError, ValidationErrors
from app.feedback._common import MAX_LONG, TOPIC, get_active, get_suggestion, log_step, today
from app.feedback.models import STATUSES, Suggestion, SuggestionHistory
from app.feedback.suggestions import SuggestionData, apply_data, check_dates, status_problems, validate_suggestion
from app.store.db import database

# (from, to) → the action's name, used on buttons and in the history.
TRANSITIONS: dict[tuple[str, str], str] = {
    ("待交办", "已交办"): "交办",
    ("待交办", "不予采纳"): "不予采纳",
    ("已交办", "整改中"): "开始整改",
    ("已交办", "不予采纳"): "不予采纳",
    ("整改中", "已整改待验收"): "提交验收",
    ("已整改待验收", "已销号"): "验收销号",
    ("已整改待验收", "整改中"): "退回整改",
    ("不予采纳", "待交办"): "恢复受理",
}

def allowed_transitions(status: str) -> list[tuple[str, str]]:
    """(target status, action) pairs allowed from `status`."""
    return [(to, action) for (frm, to), action in TRANSITIONS.items() if frm == status]


TRANSITION_FIELDS = ("unit", "leader", "person", "deadline", "measure", "progress", "completed_on", "evidence",
                     "reviewer", "reviewed_on")


def transition(suggestion_id: int, to_status: str, *, note: str = "", changes: dict | None = None,
               on: dt.date | None = None) -> Suggestion:
    """Move one suggestion along the workflow, setting `changes` (fields of TRANSITION_FIELDS) in the same
    step. Refused when the move is not in TRANSITIONS or the target status's rules are not met."""
    errors: list = []
    note = clean_into(errors, note, MAX_LONG, "说明", multiline=True)
    if errors:
        raise ValidationErrors(errors)
    with database.atomic():
        s = get_active(suggestion_id)
        _transition(s, to_status, note, changes or {}, on or today())
    events.changed(TOPIC)
    return s


def _transition(s: Suggestion, to_status: str, note: str, changes: dict, on: dt.date) -> None:
    if to_status not in STATUSES:
        raise ValidationError("状态", f"“{to_status}”不是有效状态")
    action = TRANSITIONS.get((s.status, to_status))
    if action is None:
        possible = "、".join(a for _t, a in allowed_transitions(s.status)) or "无"
        raise Conflict(f"{s.code} 当前状态为“{s.status}”，不能改为“{to_status}”（当前可进行：{possible}）。")
    unknown = set(changes) - set(TRANSITION_FIELDS)
    if unknown:
        raise ValueError(f"transition cannot change {sorted(unknown)}")
    if changes:
        data = SuggestionData.from_suggestion(s)
        for key, value in changes.items():
            setattr(data, key, value)
        apply_data(s, validate_suggestion(data))
    if to_status == "不予采纳":
        if not note:
            raise ValidationError("不予采纳理由", "必须填写")
        s.rejection_reason = note
    if action == "退回整改":
        if not note:
            raise ValidationError("退回理由", "验收未通过时必须写明原因")
        s.completed_on = None  # not finished after all
    if action == "恢复受理":
        s.rejection_reason = ""
    if to_status == "已整改待验收" and s.completed_on is None:
        s.completed_on = on
    if to_status == "已销号" and s.reviewed_on is None:
        s.reviewed_on = on
    from_status = s.status
    s.status = to_status
    problems = status_problems(s)
    errors: list = []
    check_dates(s.collected_on, s.deadline, s.completed_on, s.reviewed_on, errors)
    if problems or errors:
        raise ValidationErrors(problems + errors)
    s.save()
    log_step(s, action, note, from_status=from_status, to_status=to_status)


def assign_many(ids: list[int], *, unit: str, deadline: dt.date | None, leader: str = "", person: str = "",
                note: str = "") -> int:
    """交办 several 待交办 items to one unit with one deadline. All or nothing."""
    if not ids:
        raise ValidationError("交办", "请先选择要交办的意见建议")
    changes = {"unit": unit, "deadline": deadline, "leader": leader, "person": person}
    with database.atomic():
        for suggestion_id in ids:
            s = get_active(suggestion_id)
            if s.status != "待交办":
                raise Conflict(f"{s.code} 当前状态为“{s.status}”，只有“待交办”的意见建议可以交办。")
            try:
                _transition(s, "已交办", note, changes, today())
            except ValidationErrors as exc:
                raise ValidationErrors([ValidationError(f"{s.code}的{e.field}", e.reason) for e in exc.errors])
    events.changed(TOPIC)
    return len(ids)


# ---------------------------------------------------------------- duplicates

def merge(target_id: int, source_ids: list[int], note: str = "") -> Suggestion:
    """Merge suggestions raising the same problem into `target`. The others stay in the ledger marked as
    merged; their submitters and source events count as the target's."""
    source_ids = [i for i in dict.fromkeys(source_ids) if i != target_id]
    if not source_ids:
        raise ValidationError("合并", "请至少选择两条意见建议")
    with database.atomic():
        target = get_active(target_id)
        for source_id in source_ids:
            source = get_active(source_id)
            if source.status == "已销号":
                raise Conflict(f"{source.code} 已销号，不能再合并到其他条目。")
            children = list(Suggestion.select().where(Suggestion.merged_into == source.id))
            for child in children:  # items merged into the source move along with it
                child.merged_into = target
                child.save()
            source.merged_into = target
            source.save()
            log_step(source, "合并", f"并入 {target.code}" + (f"：{note}" if note else ""))
            moved = "、".join([source.code] + [c.code for c in children])
            log_step(target, "合并", f"合并了 {moved}" + (f"：{note}" if note else ""))
    events.changed(TOPIC)
    return target


def unmerge(suggestion_id: int) -> Suggestion:
    """Undo a merge: the item becomes a ledger line of its own again, in its former status."""
    with database.atomic():
        s = get_suggestion(suggestion_id)
        if s.merged_into_id is None:
            raise Conflict(f"{s.code} 没有合并到其他条目。")
        target = Suggestion.get_by_id(s.merged_into_id)
        s.merged_into = None
        s.save()
        log_step(s, "撤销合并", f"从 {target.code} 中拆出")
        log_step(target, "撤销合并", f"拆出 {s.code}")
    events.changed(TOPIC)
    return s


# ---------------------------------------------------------------- history

@dataclass(frozen=True)
class HistoryRow:
    at: dt.datetime
    action: str
    from_status: str
    to_status: str
    actor: str
    note: str


def history(suggestion_id: int) -> list[HistoryRow]:
    query = (SuggestionHistory.select().where(SuggestionHistory.suggestion == suggestion_id)
             .order_by(SuggestionHistory.at, SuggestionHistory.id))
    return [HistoryRow(h.at, h.action, h.from_status, h.to_status, h.actor, h.note) for h in query]
