"""学习教育 in the overview: sessions held and planned per type, attendance (`AttendanceCounts`, the study
feature's own rule), make-up study and reflections, for a period and optionally one unit.

`study_base` makes the costly counts (a row per person expected) once per period, per session type and
unit; `study_figures` and the per-unit comparison (`unit_figures`) are put together from them.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import peewee as pw

from app.reports.scope import day_range, find_unit, today_or, where
from app.roster.models import Unit
from app.study.figures import AttendanceCounts
from app.study.models import MAKEUP_KINDS, Attendee, MakeupTask, Reflection, SessionAudience, StudySession, StudyType


@dataclass(frozen=True)
class TypeCount:
    type_id: int
    name: str
    held: int  # sessions on or before today
    planned: int  # sessions after today
    attended: int  # 人次 attending the held sessions (AttendanceCounts.attended)

    @property
    def phrase(self) -> str:
        """政治轮训11场次 — as the office writes it."""
        return f"{self.name}{self.held}场次"


@dataclass(frozen=True)
class StudyFigures:
    types: list  # TypeCount, in the office's type order; types with no session left out
    held: int
    planned: int
    attendance: AttendanceCounts  # 应到 (locked lists), 出席, 迟到, 请假, 缺席, 未登记 人次; the rate
    reflections: int  # 心得体会 篇
    makeup_total: int
    makeup_done: int
    makeup_overdue: int
    makeup_by_kind: dict  # 补学/送学/帮学/夜学 → tasks

    @property
    def makeup_open(self) -> int:
        return self.makeup_total - self.makeup_done


def session_conditions(since, until) -> list:
    """Conditions on StudySession: alive, held on a day in the range."""
    return [StudySession.deleted_at.is_null(), day_range(StudySession.day, since, until)]


def session_in_unit(unit_obj: Unit):
    """A session concerns a unit when someone of it is on the locked list, or (list not locked yet) when
    everyone or the unit is invited."""
    has_attendee = pw.fn.EXISTS(Attendee.select(pw.SQL("1")).where(
        (Attendee.session == StudySession.id) & (Attendee.unit_name == unit_obj.name)))
    invited = pw.fn.EXISTS(SessionAudience.select(pw.SQL("1")).where(
        (SessionAudience.session == StudySession.id) & (SessionAudience.unit == unit_obj.id)))
    return has_attendee | (StudySession.frozen_at.is_null() & ((StudySession.audience == "all") | invited))


@dataclass(frozen=True)
class StudyBase:
    """Study counts by session type and by unit (as named on the locked lists), for one range."""

    attendance: dict  # (type id, unit name, status) → 人次
    reflections: dict  # (type id, unit name) → 篇
    makeup: dict  # (unit name, kind) → (tasks, done, overdue)


def study_base(since, until, today: dt.date) -> StudyBase:
    """Study counts per session type and unit for the range: what `study_figures` and `unit_rows` use."""
    live = where(StudySession.select(StudySession.id), *session_conditions(since, until))
    # Counted per session, unit and status first, in the order of the index on exactly those columns
    # (migration 7): no sort of a row per person expected; the few groups are then summed by session type.
    per_session = (Attendee.select(Attendee.session.alias("sid"), Attendee.unit_name.alias("unit_name"),
                                   Attendee.status.alias("status"), pw.fn.COUNT(Attendee.id).alias("n"))
                   .where(Attendee.session.in_(live))
                   .group_by(Attendee.session, Attendee.unit_name, Attendee.status).alias("per_session"))
    attendance = {(t, u, s): int(n) for t, u, s, n in
                  StudySession.select(StudySession.type, per_session.c.unit_name, per_session.c.status,
                                      pw.fn.SUM(per_session.c.n))
                  .join(per_session, on=(per_session.c.sid == StudySession.id))
                  .group_by(StudySession.type, per_session.c.unit_name, per_session.c.status).tuples()}
    handed_in = (Reflection.select(Attendee.session.alias("sid"), Attendee.unit_name.alias("unit_name"),
                                   pw.fn.COUNT(Reflection.id).alias("n"))
                 .join(Attendee, on=(Reflection.attendee == Attendee.id))
                 .group_by(Attendee.session, Attendee.unit_name).alias("handed_in"))
    reflections = {(t, u): int(n) for t, u, n in
                   where(StudySession.select(StudySession.type, handed_in.c.unit_name, pw.fn.SUM(handed_in.c.n))
                         .join(handed_in, on=(handed_in.c.sid == StudySession.id)),
                         *session_conditions(since, until))
                   .group_by(StudySession.type, handed_in.c.unit_name).tuples()}
    done = pw.fn.SUM(pw.Case(None, ((MakeupTask.completed_on.is_null(False), 1),), 0))
    overdue = pw.fn.SUM(pw.Case(None, ((MakeupTask.completed_on.is_null() & (MakeupTask.deadline < today), 1),), 0))
    makeup = {(u, k): (int(n), int(d or 0), int(o or 0)) for u, k, n, d, o in
              MakeupTask.select(Attendee.unit_name, MakeupTask.kind, pw.fn.COUNT(MakeupTask.id), done, overdue)
              .join(Attendee, on=(MakeupTask.attendee == Attendee.id))
              .where(Attendee.session.in_(live))
              .group_by(Attendee.unit_name, MakeupTask.kind).tuples()}
    return StudyBase(attendance, reflections, makeup)


def study_figures(since: dt.date | None = None, until: dt.date | None = None, unit: int | None = None, *,
                  today: dt.date | None = None, base: StudyBase | None = None) -> StudyFigures:
    today = today_or(today)
    unit_obj = find_unit(unit)
    base = base or study_base(since, until, today)
    held_case = pw.fn.SUM(pw.Case(None, ((StudySession.day <= today, 1),), 0))
    planned_case = pw.fn.SUM(pw.Case(None, ((StudySession.day > today, 1),), 0))
    type_sessions = where(StudySession.select(StudySession.type, held_case, planned_case),
                          *session_conditions(since, until),
                          session_in_unit(unit_obj) if unit_obj else None).group_by(StudySession.type)
    counts = {t: (int(h or 0), int(p or 0)) for t, h, p in type_sessions.tuples()}

    def mine(unit_name: str) -> bool:
        return unit_obj is None or unit_name == unit_obj.name

    attendance = AttendanceCounts()
    by_type: dict[int, AttendanceCounts] = {}
    for (type_id, unit_name, status), n in base.attendance.items():
        if mine(unit_name):
            attendance.add_status(status, n)
            by_type.setdefault(type_id, AttendanceCounts()).add_status(status, n)
    types = []
    for type_id, name in StudyType.select(StudyType.id, StudyType.name).order_by(StudyType.sort_order,
                                                                                StudyType.id).tuples():
        held, planned = counts.get(type_id, (0, 0))
        if held or planned:
            types.append(TypeCount(type_id, name, held, planned, by_type.get(type_id, AttendanceCounts()).attended))
    by_kind: dict[str, int] = {kind: 0 for kind in MAKEUP_KINDS}
    total = n_done = n_overdue = 0
    for (unit_name, kind), (n, k_done, k_overdue) in base.makeup.items():
        if mine(unit_name):
            by_kind[kind] = by_kind.get(kind, 0) + n
            total, n_done, n_overdue = total + n, n_done + k_done, n_overdue + k_overdue
    return StudyFigures(
        types=types, held=sum(h for h, _p in counts.values()), planned=sum(p for _h, p in counts.values()),
        attendance=attendance, reflections=sum(n for (_t, u), n in base.reflections.items() if mine(u)),
        makeup_total=total, makeup_done=n_done, makeup_overdue=n_overdue, makeup_by_kind=by_kind)
