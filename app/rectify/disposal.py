"""The disposal of a clue, step by step: 待处置 → (处置方式, 承办单位, 时限) 办理中 → (办理结果) 已办结; 予以了结
closes it at once with the result 了结. A 暂存待查 clue may be taken up again with another disposal. Every step
is one history line with who, when and a note."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from app import events
from app.common.safe_text import clean_into
from app.errors import Conflict, ValidationError, ValidationErrors
from app.rectify._common import (MAX_LINE, MAX_TEXT, TOPIC, choice, get_clue, log_step, parse_date,
                                 require_clue_access, today, unit_by_name)
from app.rectify.models import DISPOSALS, RESULTS, Clue, ClueHistory
from app.store.db import database

CLOSING_DISPOSAL = "予以了结"
NEEDS_DEADLINE = ("谈话函询", "初步核实")


def dispose(clue_id: int, disposal: str, *, unit: str = "", handler: str = "", deadline=None, note: str = "",
            on: dt.date | None = None) -> Clue:
    """Choose how the clue is handled. 谈话函询 and 初步核实 need a 承办单位 and a 时限."""
    require_clue_access()
    on = on or today()
    errors: list = []
    disposal = choice(disposal, DISPOSALS, "处置方式", errors)
    found = unit_by_name(unit, "承办单位", errors)
    handler = clean_into(errors, handler, MAX_LINE, "承办人")
    deadline = parse_date(deadline, "办理时限", errors)
    note = clean_into(errors, note, MAX_TEXT, "说明", multiline=True)
    if disposal in NEEDS_DEADLINE:
        if found is None and not unit:
            errors.append(ValidationError("承办单位", f"{disposal}必须指定承办单位"))
        if deadline is None and not any(e.field == "办理时限" for e in errors):
            errors.append(ValidationError("办理时限", f"{disposal}必须规定办理时限"))
    if disposal == CLOSING_DISPOSAL and not note:
        errors.append(ValidationError("说明", "予以了结必须写明理由"))
    if errors:
        raise ValidationErrors(errors)
    with database.atomic():
        clue = get_clue(clue_id)
        if clue.status == "已办结":
            raise Conflict(f"{clue.code} 已办结（{clue.result}），不能再处置。")
        if clue.status == "办理中" and clue.disposal != "暂存待查":
            raise Conflict(f"{clue.code} 正在{clue.disposal}，请在办理完毕后登记结果。")
        if deadline is not None and deadline < clue.received_on:
            raise ValidationError("办理时限", f"不能早于收到日期 {clue.received_on:%Y-%m-%d}")
        from_status = clue.status
        clue.disposal, clue.unit, clue.handler, clue.deadline = disposal, found, handler, deadline
        if disposal == CLOSING_DISPOSAL:
            clue.status, clue.result, clue.concluded_on = "已办结", "了结", on
        else:
            clue.status = "办理中"
        clue.save()
        log_step(clue, f"处置：{disposal}", note, from_status=from_status, to_status=clue.status)
    events.changed(TOPIC)
    return clue


def conclude(clue_id: int, result: str, *, concluded_on=None, note: str = "") -> Clue:
    """Record the result of a clue being handled (四种形态, 立案, 了结)."""
    require_clue_access()
    errors: list = []
    result = choice(result, RESULTS, "办理结果", errors)
    concluded_on = parse_date(concluded_on, "办结日期", errors) or (None if errors else today())
    note = clean_into(errors, note, MAX_TEXT, "说明", multiline=True)
    if errors:
        raise ValidationErrors(errors)
    with database.atomic():
        clue = get_clue(clue_id)
        if clue.status != "办理中":
            raise Conflict(f"{clue.code} 当前状态为“{clue.status}”，只有办理中的线索可以登记办理结果"
                           + ("（请先确定处置方式）" if clue.status == "待处置" else "") + "。")
        if concluded_on < clue.received_on:
            raise ValidationError("办结日期", f"不能早于收到日期 {clue.received_on:%Y-%m-%d}")
        if concluded_on > today():
            raise ValidationError("办结日期", "不能晚于今天")
        clue.status, clue.result, clue.concluded_on = "已办结", result, concluded_on
        clue.save()
        log_step(clue, f"办结：{result}", note, from_status="办理中", to_status="已办结")
    events.changed(TOPIC)
    return clue


@dataclass(frozen=True)
class StepRow:
    at: dt.datetime
    action: str
    from_status: str
    to_status: str
    actor: str
    note: str


def clue_history(clue_id: int) -> list[StepRow]:
    """Every step of one clue, oldest first. Needs 问题线索 (the notes are confidential)."""
    require_clue_access()
    query = ClueHistory.select().where(ClueHistory.clue == clue_id).order_by(ClueHistory.at, ClueHistory.id)
    return [StepRow(h.at, h.action, h.from_status, h.to_status, h.actor, h.note) for h in query]
