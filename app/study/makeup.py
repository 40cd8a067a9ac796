"""Make-up study (补学) tasks: they follow the attendance marks (`sync_tasks`); rows, edits, completion."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import peewee as pw

from app import events
from app.store.db import database
from app.errors import NotFound, ValidationError, ValidationErrors
from app.store.base import now
from app.study.models import (
    MAKEUP_KINDS, MISSED_STATUSES, STATE_DONE, STATE_OPEN, STATE_OVERDUE, Attendee, MakeupTask, StudySession,
    StudyType)
from app.common.safe_text import clean_into
from app.study._common import MAX_LONG_TEXT, TOPIC, _today, makeup_days, task_state
from app.study.wording import cn_day
from app.study.attachments import store_attachment


# ---------------------------------------------------------------- tasks follow the marks

def default_makeup_kind(reason: str, leadership: str = "", roster_status: str = "") -> str:
    """专案人员补学、病休人员送学、特殊人员帮学、关键少数夜学 — the source county's four ways."""
    text = f"{reason}{roster_status}"
    if "病" in text:
        return "送学"
    if "专案" in text:
        return "补学"
    if any(word in text for word in ("产假", "哺乳", "行动不便", "特殊", "家庭困难")):
        return "帮学"
    if leadership in ("一把手", "班子成员"):
        return "夜学"
    return "补学"


def sync_tasks(attendee_ids: list[int]) -> None:
    """Make-up tasks follow the marks: a task for each person on leave or absent; an open task goes away
    when the mark changes to present; a completed task stays (the study was done)."""
    if not attendee_ids:
        return
    default_days = makeup_days()
    create, drop, retune = [], [], []
    for start in range(0, len(attendee_ids), 500):
        chunk = attendee_ids[start:start + 500]
        query = (Attendee
                 .select(Attendee.id, Attendee.status, Attendee.reason, Attendee.leadership, Attendee.roster_status,
                         StudySession.day, StudySession.title, StudySession.material,
                         MakeupTask.id.alias("task_id"), MakeupTask.kind, MakeupTask.kind_auto,
                         MakeupTask.completed_on)
                 .join(StudySession, on=(Attendee.session == StudySession.id))
                 .switch(Attendee)
                 .join(MakeupTask, pw.JOIN.LEFT_OUTER, on=(MakeupTask.attendee == Attendee.id))
                 .where(Attendee.id.in_(chunk))
                 .dicts())
        for r in query:
            missed = r["status"] in MISSED_STATUSES
            kind = default_makeup_kind(r["reason"], r["leadership"], r["roster_status"])
            if missed and r["task_id"] is None:
                create.append(dict(attendee=r["id"], kind=kind, kind_auto=True,
                                   material=r["material"] or f"{r['title']}学习材料（会议录像、讲话稿）",
                                   deadline=r["day"] + dt.timedelta(days=default_days)))
            elif missed and r["kind_auto"] and r["completed_on"] is None and r["kind"] != kind:
                retune.append((r["task_id"], kind))
            elif not missed and r["task_id"] is not None and r["completed_on"] is None:
                drop.append(r["task_id"])
    for start in range(0, len(create), 150):
        MakeupTask.insert_many(create[start:start + 150]).execute()
    for task_id, kind in retune:
        MakeupTask.update(kind=kind, updated_at=now()).where(MakeupTask.id == task_id).execute()
    for start in range(0, len(drop), 500):
        MakeupTask.delete().where(MakeupTask.id.in_(drop[start:start + 500])).execute()


# ---------------------------------------------------------------- make-up study

@dataclass(frozen=True)
class MakeupRow:
    id: int
    attendee_id: int
    session_id: int
    session_title: str
    session_day: dt.date
    type_name: str
    name: str
    unit_name: str
    unit_short: str
    department: str
    status: str  # attendance mark
    reason: str
    kind: str
    material: str
    deadline: dt.date | None
    completed_on: dt.date | None
    evidence_note: str
    evidence_file: str
    state: str
    unit_order: int
    position: int


def makeup_rows(*, session_id: int | None = None, unit_name: str | None = None, state: str | None = None,
                today: dt.date | None = None) -> list[MakeupRow]:
    """Make-up tasks of live sessions; `state` is 未完成 (open, overdue included), 已逾期 or 已完成."""
    today = _today(today)
    query = (MakeupTask
             .select(MakeupTask, Attendee.id.alias("att_id"), Attendee.name, Attendee.unit_name, Attendee.unit_short,
                     Attendee.unit_order, Attendee.department_name, Attendee.status, Attendee.reason,
                     Attendee.position, StudySession.id.alias("sid"), StudySession.title, StudySession.day,
                     StudyType.name.alias("type_name"))
             .join(Attendee, on=(MakeupTask.attendee == Attendee.id))
             .join(StudySession, on=(Attendee.session == StudySession.id))
             .join(StudyType, on=(StudySession.type == StudyType.id))
             .where(StudySession.deleted_at.is_null()))
    if session_id is not None:
        query = query.where(StudySession.id == session_id)
    if unit_name:
        query = query.where(Attendee.unit_name == unit_name)
    if state == STATE_DONE:
        query = query.where(MakeupTask.completed_on.is_null(False))
    elif state == STATE_OPEN:
        query = query.where(MakeupTask.completed_on.is_null())
    elif state == STATE_OVERDUE:
        query = query.where(MakeupTask.completed_on.is_null() & (MakeupTask.deadline < today))
    query = query.order_by(Attendee.unit_order, Attendee.unit_name, StudySession.day, Attendee.position)
    rows = []
    for r in query.dicts():
        rows.append(MakeupRow(
            id=r["id"], attendee_id=r["att_id"], session_id=r["sid"], session_title=r["title"],
            session_day=r["day"], type_name=r["type_name"], name=r["name"], unit_name=r["unit_name"],
            unit_short=r["unit_short"], department=r["department_name"], status=r["status"], reason=r["reason"],
            kind=r["kind"], material=r["material"], deadline=r["deadline"], completed_on=r["completed_on"],
            evidence_note=r["evidence_note"], evidence_file=r["evidence_file"],
            state=task_state(r["deadline"], r["completed_on"], today), unit_order=r["unit_order"],
            position=r["position"]))
    return rows


def update_task(task_id: int, *, kind: str, material: str, deadline: dt.date | None,
                evidence_note: str = "") -> None:
    errors: list = []
    if kind not in MAKEUP_KINDS:
        errors.append(ValidationError("补学方式", f"“{kind}”不是{'、'.join(MAKEUP_KINDS)}之一"))
    material = clean_into(errors, material, MAX_LONG_TEXT, "学习材料", multiline=True)
    evidence_note = clean_into(errors, evidence_note, MAX_LONG_TEXT, "佐证说明", multiline=True)
    if deadline is None:
        errors.append(ValidationError("完成期限", "不能为空"))
    if errors:
        raise ValidationErrors(errors)
    with database.atomic():
        task = MakeupTask.get_or_none(MakeupTask.id == task_id)
        if task is None:
            raise NotFound("该补学任务已不存在（考勤可能已改为出席），请刷新后再试。")
        attendee = task.attendee
        if kind != task.kind:
            task.kind_auto = kind == default_makeup_kind(attendee.reason, attendee.leadership, attendee.roster_status)
        task.kind, task.material, task.deadline, task.evidence_note = kind, material, deadline, evidence_note
        task.save()
    events.changed(TOPIC)


def complete_tasks(task_ids: list[int], day: dt.date, evidence_note: str = "", evidence_file: str | None = None,
                   *, today: dt.date | None = None) -> int:
    """Close make-up tasks on `day`. The date may not be in the future nor before the session."""
    errors: list = []
    evidence_note = clean_into(errors, evidence_note, MAX_LONG_TEXT, "佐证说明", multiline=True)
    if day is None:
        errors.append(ValidationError("完成日期", "不能为空"))
    elif day > _today(today):
        errors.append(ValidationError("完成日期", "不能晚于今天"))
    if errors:
        raise ValidationErrors(errors)
    tasks = list(MakeupTask.select(MakeupTask, Attendee, StudySession)
                 .join(Attendee).join(StudySession).where(MakeupTask.id.in_(task_ids)))
    early = [t for t in tasks if day < t.attendee.session.day]
    if early:
        first = early[0]
        raise ValidationError("完成日期", f"{first.attendee.name}：早于活动日期（{cn_day(first.attendee.session.day)}）")
    stored = store_attachment(evidence_file, "补学佐证") if evidence_file else None
    with database.atomic():
        for task in tasks:
            values = {MakeupTask.completed_on: day, MakeupTask.closed_by: _actor(), MakeupTask.updated_at: now()}
            if evidence_note:
                values[MakeupTask.evidence_note] = evidence_note
            if stored:
                values[MakeupTask.evidence_file] = stored
            MakeupTask.update(values).where(MakeupTask.id == task.id).execute()
    events.changed(TOPIC)
    return len(tasks)


def reopen_tasks(task_ids: list[int]) -> int:
    with database.atomic():
        count = (MakeupTask.update(completed_on=None, closed_by="", updated_at=now())
                 .where(MakeupTask.id.in_(task_ids)).execute())
    events.changed(TOPIC)
    return count


def _actor() -> str:
    from app.safety.access import current_actor

    return current_actor()


