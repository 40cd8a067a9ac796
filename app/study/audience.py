"""Who is expected at a session: the audience worked out from the roster, and the list locked (frozen) into
Attendee rows the first time attendance is marked."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import peewee as pw

from app import events
from app.store.db import database
from app.errors import Conflict
from app.store.base import now
from app.roster.models import Department, Officer, Unit
from app.study.models import (
    AUDIENCE_DEPARTMENTS, AUDIENCE_PEOPLE, AUDIENCE_UNITS, EXPECTED_ROSTER_STATUSES, LEAVE, Attendee, MakeupTask,
    Reflection, SessionAudience, StudySession)
from app.study._common import TOPIC, _get_session, task_state
from app.study.makeup import sync_tasks


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


def audience_query(session: StudySession):
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
    return audience_query(session).count()


def _preview_rows(session: StudySession) -> list[AttendeeRow]:
    return [AttendeeRow(id=None, officer_id=r["id"], position=i, name=r["name"], unit_name=r["unit_name"],
                        unit_short=r["unit_short"] or "", department=r["dept_name"] or "", post=r["post"],
                        leadership=r["leadership"], roster_status=r["status"])
            for i, r in enumerate(audience_query(session), start=1)]


def attendee_dicts(session: StudySession, rows: list[dict], start_position: int) -> list[dict]:
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


def ensure_frozen(session: StudySession) -> int:
    """Inside a transaction: copy the expected people into Attendee rows (once). Returns how many."""
    if session.frozen_at is not None:
        return Attendee.select().where(Attendee.session == session).count()
    rows = attendee_dicts(session, list(audience_query(session)), 1)
    if not rows:
        raise Conflict("应到名单为空：参加范围内没有在册人员，请先检查参加范围或人员台账。")
    _insert_attendees(rows)
    session.frozen_at = now()
    session.save()
    sync_tasks([a.id for a in Attendee.select(Attendee.id).where(
        (Attendee.session == session) & (Attendee.status == LEAVE))])
    return len(rows)


def freeze(session_id: int) -> int:
    """Lock the expected list: copy who is expected today, as they are today. Returns how many.

    People on 病休 or 专案 are entered as 请假 with that reason, which gives them their make-up task.
    Locking twice does nothing.
    """
    with database.atomic():
        count = ensure_frozen(_get_session(session_id))
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
        rows = attendee_dicts(session, list(query), last + 1)
        _insert_attendees(rows)
        ids = [a.id for a in Attendee.select(Attendee.id).where(
            (Attendee.session == session) & Attendee.officer.in_(wanted) & (Attendee.status == LEAVE))]
        sync_tasks(ids)
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
