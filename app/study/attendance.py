"""Who is expected at a session (the audience, the locked list) and attendance marking."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import peewee as pw

from app import events
from app.store.db import database
from app.errors import Conflict, NotFound, ValidationError, ValidationErrors
from app.store.base import now
from app.roster.models import Department, Officer, Unit
from app.study.models import (
    ATTENDANCE, AUDIENCE_DEPARTMENTS, AUDIENCE_PEOPLE, AUDIENCE_UNITS, LEAVE, MISSED_STATUSES, PRESENT,
    Attendee, MakeupTask, Reflection, SessionAudience, StudySession)
from app.study._common import EXPECTED_ROSTER_STATUSES, TOPIC, _clean, _get_session, makeup_days, task_state


# ---------------------------------------------------------------- who is expected

@dataclass(frozen=True)
class AttendeeRow:
    """One expected person at a session. `id` is None while the list is not locked yet."""

    id: int | None
    officer_id: int
    position: int
    name: str
    unit_name: str
    unit_short: str
    department: str
    post: str
    leadership: str
    roster_status: str
    status: str = ""
    reason: str = ""
    score: float | None = None
    makeup_id: int | None = None
    makeup_kind: str = ""
    makeup_state: str = ""
    makeup_deadline: dt.date | None = None
    reflection_on: dt.date | None = None
    word_count: int | None = None
    reflection_file: str = ""

    @property
    def place(self) -> str:
        """单位/部门 as the sign-in sheet shows it."""
        return self.department or self.leadership and "班子成员" or self.unit_short or self.unit_name


def _leadership_rank():
    return pw.Case(Officer.leadership, (("一把手", 0), ("班子成员", 1)), 2)


def _audience_query(session: StudySession):
    """Officers the session's audience names, in sign-in order, as dict rows."""
    query = (Officer
             .select(Officer.id, Officer.name, Officer.post, Officer.leadership, Officer.status,
                     Unit.name.alias("unit_name"), Unit.short_name.alias("unit_short"),
                     Unit.sort_order.alias("unit_order"), Department.name.alias("dept_name"))
             .join(Unit, on=(Officer.unit == Unit.id))
             .join(Department, pw.JOIN.LEFT_OUTER, on=(Officer.department == Department.id))
             .where(Officer.deleted_at.is_null()))
    def chosen(column):
        return SessionAudience.select(column).where(SessionAudience.session == session.id)

    if session.audience == AUDIENCE_PEOPLE:
        query = query.where(Officer.id.in_(chosen(SessionAudience.officer)))
    else:
        query = query.where(Officer.counts_in_campaign & Officer.status.in_(EXPECTED_ROSTER_STATUSES))
        if session.audience == AUDIENCE_UNITS:
            query = query.where(Officer.unit.in_(chosen(SessionAudience.unit)))
        elif session.audience == AUDIENCE_DEPARTMENTS:
            query = query.where(Officer.department.in_(chosen(SessionAudience.department)))
    return query.order_by(Unit.sort_order, Unit.id, _leadership_rank(), Department.sort_order.asc(nulls="first"),
                          Officer.id).dicts()


def audience_preview(officers, audience: str, unit_names=(), departments=(), officer_ids=()) -> list:
    """The same choice as the database query, over roster rows already loaded (`roster.officer_rows()`):
    lets a form show "应到 N 人" as the user ticks units, without a query per click."""
    if audience == AUDIENCE_PEOPLE:
        wanted = set(officer_ids)
        return [o for o in officers if o.id in wanted and o.deleted_at is None]
    pool = [o for o in officers if o.deleted_at is None and o.counts_in_campaign
            and o.status in EXPECTED_ROSTER_STATUSES]
    if audience == AUDIENCE_UNITS:
        units = set(unit_names)
        return [o for o in pool if o.unit in units]
    if audience == AUDIENCE_DEPARTMENTS:
        depts = set(departments)
        return [o for o in pool if (o.unit, o.department) in depts]
    return pool


def expected_count(session: StudySession) -> int:
    if session.frozen_at is not None:
        return Attendee.select().where(Attendee.session == session.id).count()
    return _audience_query(session).count()


def _preview_rows(session: StudySession) -> list[AttendeeRow]:
    return [AttendeeRow(id=None, officer_id=r["id"], position=i, name=r["name"], unit_name=r["unit_name"],
                        unit_short=r["unit_short"] or "", department=r["dept_name"] or "", post=r["post"],
                        leadership=r["leadership"], roster_status=r["status"])
            for i, r in enumerate(_audience_query(session), start=1)]


def _attendee_dicts(session: StudySession, rows: list[dict], start_position: int) -> list[dict]:
    stamp = now()
    result = []
    for i, r in enumerate(rows, start=start_position):
        away = r["status"] in ("病休", "专案")
        result.append(dict(session=session.id, officer=r["id"], position=i, name=r["name"],
                           unit_name=r["unit_name"], unit_short=r["unit_short"] or "", unit_order=r["unit_order"],
                           department_name=r["dept_name"] or "", post=r["post"], leadership=r["leadership"],
                           roster_status=r["status"], status=LEAVE if away else "",
                           reason=r["status"] if away else "", marked_at=stamp if away else None))
    return result


def _insert_attendees(rows: list[dict]) -> None:
    for start in range(0, len(rows), 150):
        Attendee.insert_many(rows[start:start + 150]).execute()


def _freeze(session: StudySession) -> int:
    """Inside a transaction: copy the expected people into Attendee rows (once)."""
    if session.frozen_at is not None:
        return Attendee.select().where(Attendee.session == session).count()
    rows = _attendee_dicts(session, list(_audience_query(session)), 1)
    if not rows:
        raise Conflict("应到名单为空：参加范围内没有在册人员，请先检查参加范围或人员台账。")
    _insert_attendees(rows)
    session.frozen_at = now()
    session.save()
    _sync_tasks([a.id for a in Attendee.select(Attendee.id).where(
        (Attendee.session == session) & (Attendee.status == LEAVE))])
    return len(rows)


def freeze(session_id: int) -> int:
    """Lock the expected list: copy who is expected today, as they are today. Returns how many.

    People on 病休 or 专案 are entered as 请假 with that reason, which gives them their make-up task.
    Locking twice does nothing.
    """
    with database.atomic():
        count = _freeze(_get_session(session_id))
    events.changed(TOPIC)
    return count


def add_attendees(session_id: int, officer_ids: list[int]) -> int:
    """Add people to a locked list (e.g. someone newly required to attend). Returns how many were added."""
    with database.atomic():
        session = _get_session(session_id)
        if session.frozen_at is None:
            raise Conflict("本场应到名单尚未锁定，请修改活动的参加范围。")
        present = {a.officer_id for a in Attendee.select(Attendee.officer).where(Attendee.session == session)}
        wanted = [i for i in dict.fromkeys(officer_ids) if i not in present]
        if not wanted:
            return 0
        query = (Officer
                 .select(Officer.id, Officer.name, Officer.post, Officer.leadership, Officer.status,
                         Unit.name.alias("unit_name"), Unit.short_name.alias("unit_short"),
                         Unit.sort_order.alias("unit_order"), Department.name.alias("dept_name"))
                 .join(Unit, on=(Officer.unit == Unit.id))
                 .join(Department, pw.JOIN.LEFT_OUTER, on=(Officer.department == Department.id))
                 .where(Officer.id.in_(wanted) & Officer.deleted_at.is_null())
                 .order_by(Unit.sort_order, _leadership_rank(), Department.sort_order.asc(nulls="first"), Officer.id)
                 .dicts())
        last = Attendee.select(pw.fn.MAX(Attendee.position)).where(Attendee.session == session).scalar() or 0
        rows = _attendee_dicts(session, list(query), last + 1)
        _insert_attendees(rows)
        ids = [a.id for a in Attendee.select(Attendee.id).where(
            (Attendee.session == session) & Attendee.officer.in_(wanted) & (Attendee.status == LEAVE))]
        _sync_tasks(ids)
    events.changed(TOPIC)
    return len(rows)


def remove_attendees(session_id: int, attendee_ids: list[int]) -> int:
    """Take people off a locked list (entered by mistake). Their marks, make-up and reflection go too."""
    with database.atomic():
        _get_session(session_id)
        count = Attendee.delete().where((Attendee.session == session_id) & Attendee.id.in_(attendee_ids)).execute()
    events.changed(TOPIC)
    return count


def attendee_rows(session_id: int) -> list[AttendeeRow]:
    """The expected people with their marks, make-up and reflection; a live preview while not locked."""
    session = _get_session(session_id)
    if session.frozen_at is None:
        return _preview_rows(session)
    today = dt.date.today()
    query = (Attendee
             .select(Attendee, MakeupTask.id.alias("task_id"), MakeupTask.kind, MakeupTask.deadline,
                     MakeupTask.completed_on, Reflection.received_on, Reflection.word_count, Reflection.file_path)
             .join(MakeupTask, pw.JOIN.LEFT_OUTER, on=(MakeupTask.attendee == Attendee.id))
             .switch(Attendee)
             .join(Reflection, pw.JOIN.LEFT_OUTER, on=(Reflection.attendee == Attendee.id))
             .where(Attendee.session == session_id)
             .order_by(Attendee.position, Attendee.id)
             .dicts())
    rows = []
    for r in query:
        rows.append(AttendeeRow(
            id=r["id"], officer_id=r["officer"], position=r["position"], name=r["name"], unit_name=r["unit_name"],
            unit_short=r["unit_short"], department=r["department_name"], post=r["post"], leadership=r["leadership"],
            roster_status=r["roster_status"], status=r["status"], reason=r["reason"], score=r["score"],
            makeup_id=r["task_id"], makeup_kind=r["kind"] or "",
            makeup_state=task_state(r["deadline"], r["completed_on"], today) if r["task_id"] else "",
            makeup_deadline=r["deadline"], reflection_on=r["received_on"], word_count=r["word_count"],
            reflection_file=r["file_path"] or ""))
    return rows


# ---------------------------------------------------------------- attendance

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


def _sync_tasks(attendee_ids: list[int]) -> None:
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


def mark(session_id: int, attendee_ids: list[int], status: str, reason: str | None = None) -> int:
    """Set the attendance mark of some attendees ("" clears it). Returns how many were changed.

    `reason` (for 请假/缺席/迟到) replaces the stored reason when given; marking 出席 clears the reason.
    """
    if status not in ATTENDANCE and status != "":
        raise ValidationError("考勤", f"“{status}”不是{'、'.join(ATTENDANCE)}之一")
    errors: list = []
    reason = None if reason is None else _clean(reason, "原因", errors, 100)
    if errors:
        raise ValidationErrors(errors)
    ids = list(dict.fromkeys(attendee_ids))
    with database.atomic():
        session = _get_session(session_id)
        values = {Attendee.status: status, Attendee.marked_at: now() if status else None,
                  Attendee.updated_at: now()}
        if status in ("", PRESENT):
            values[Attendee.reason] = ""
        elif reason is not None:
            values[Attendee.reason] = reason
        count = 0
        for start in range(0, len(ids), 500):
            count += (Attendee.update(values)
                      .where((Attendee.session == session) & Attendee.id.in_(ids[start:start + 500])).execute())
        _sync_tasks(ids)
    events.changed(TOPIC)
    return count


def mark_all_present(session_id: int, unit_name: str | None = None) -> int:
    """Everyone not yet marked (in one unit, or in all) is marked 出席. Locks the list first if needed.

    The fast path at the door: the whole unit present at once, then the exceptions one by one.
    """
    with database.atomic():
        session = _get_session(session_id)
        _freeze(session)
        query = Attendee.update(status=PRESENT, reason="", marked_at=now(), updated_at=now()).where(
            (Attendee.session == session) & (Attendee.status == ""))
        if unit_name:
            query = query.where(Attendee.unit_name == unit_name)
        count = query.execute()
    events.changed(TOPIC)
    return count


def set_reason(attendee_id: int, reason: str) -> None:
    errors: list = []
    reason = _clean(reason, "原因", errors, 100)
    if errors:
        raise ValidationErrors(errors)
    with database.atomic():
        attendee = Attendee.get_or_none(Attendee.id == attendee_id)
        if attendee is None:
            raise NotFound("该参会人员已不在名单中，请刷新后再试。")
        attendee.reason = reason
        attendee.save()
        _sync_tasks([attendee.id])
    events.changed(TOPIC)


