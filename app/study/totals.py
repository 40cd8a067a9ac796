"""Figures drawn from the study records (per session, type, unit, person) and the stats hook."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import peewee as pw

from app.study.models import (
    Attendee, MakeupTask, Reflection, StudySession, StudyType)
from app.study._common import _get_session, _today, rate
from app.study.figures import AttendanceCounts
from app.study.attendance import expected_count
from app.study.reflections import test_summary


# ---------------------------------------------------------------- figures

@dataclass
class Figures(AttendanceCounts):
    """Attendance (app.study.figures.AttendanceCounts), make-up and reflection counts for a session, a unit,
    a person or everything."""

    makeup_open: int = 0
    makeup_overdue: int = 0
    makeup_done: int = 0
    reflections: int = 0
    sessions: int = 0

    @property
    def attendance_rate(self) -> float | None:
        return rate(self.attended, self.marked)  # the study's rate: rounded to 4 places, as stats --json shows


def _figures_by(key_fields: tuple, *, today: dt.date | None = None, extra_where=None) -> dict:
    """Figures grouped by the given Attendee/StudySession fields; keys are tuples of their values."""
    today = _today(today)
    alive = StudySession.deleted_at.is_null()
    where = alive if extra_where is None else (alive & extra_where)
    result: dict = {}

    def get(key) -> Figures:
        if key not in result:
            result[key] = Figures()
        return result[key]

    counts = (Attendee.select(*key_fields, Attendee.status, pw.fn.COUNT(Attendee.id))
              .join(StudySession, on=(Attendee.session == StudySession.id)).where(where)
              .group_by(*key_fields, Attendee.status).tuples())
    for *key, status, n in counts:
        get(tuple(key)).add_status(status, n)
    done = pw.fn.SUM(pw.Case(None, ((MakeupTask.completed_on.is_null(False), 1),), 0))
    overdue = pw.fn.SUM(pw.Case(None, ((MakeupTask.completed_on.is_null() & (MakeupTask.deadline < today), 1),), 0))
    tasks = (Attendee.select(*key_fields, pw.fn.COUNT(MakeupTask.id), done, overdue)
             .join(StudySession, on=(Attendee.session == StudySession.id))
             .switch(Attendee).join(MakeupTask, on=(MakeupTask.attendee == Attendee.id))
             .where(where).group_by(*key_fields).tuples())
    for *key, total, n_done, n_overdue in tasks:
        figures = get(tuple(key))
        figures.makeup_done = int(n_done or 0)
        figures.makeup_open = int(total) - figures.makeup_done
        figures.makeup_overdue = int(n_overdue or 0)
    reflections = (Attendee.select(*key_fields, pw.fn.COUNT(Reflection.id))
                   .join(StudySession, on=(Attendee.session == StudySession.id))
                   .switch(Attendee).join(Reflection, on=(Reflection.attendee == Attendee.id))
                   .where(where).group_by(*key_fields).tuples())
    for *key, n in reflections:
        get(tuple(key)).reflections = n
    sessions = (Attendee.select(*key_fields, pw.fn.COUNT(pw.fn.DISTINCT(Attendee.session)))
                .join(StudySession, on=(Attendee.session == StudySession.id)).where(where)
                .group_by(*key_fields).tuples())
    for *key, n in sessions:
        get(tuple(key)).sessions = n
    return result


def session_figures(session_id: int, *, today: dt.date | None = None) -> Figures:
    session = _get_session(session_id)
    if session.frozen_at is None:
        return Figures(expected=expected_count(session), unmarked=expected_count(session))
    found = _figures_by((Attendee.session,), today=today, extra_where=(StudySession.id == session_id))
    return found.get((session_id,), Figures())


def total_figures(*, today: dt.date | None = None) -> Figures:
    found = _figures_by((), today=today)
    return found.get((), Figures())


@dataclass(frozen=True)
class TypeFigures:
    type_name: str
    held: int
    planned: int
    figures: Figures


def type_figures(*, today: dt.date | None = None) -> list[TypeFigures]:
    """Per session type: sessions held and planned, and the attendance of those held."""
    today = _today(today)
    found = _figures_by((StudySession.type,), today=today)
    counts: dict[int, list[int]] = {}
    for type_id, day in (StudySession.select(StudySession.type, StudySession.day)
                         .where(StudySession.deleted_at.is_null()).tuples()):
        entry = counts.setdefault(type_id, [0, 0])
        entry[0 if day <= today else 1] += 1
    result = []
    for t in StudyType.select().order_by(StudyType.sort_order, StudyType.id):
        held, planned = counts.get(t.id, (0, 0))
        if held or planned or t.active:
            result.append(TypeFigures(t.name, held, planned, found.get((t.id,), Figures())))
    return result


@dataclass(frozen=True)
class UnitFigures:
    unit_name: str
    unit_short: str
    figures: Figures


def unit_figures(*, today: dt.date | None = None) -> list[UnitFigures]:
    found = _figures_by((Attendee.unit_order, Attendee.unit_name, Attendee.unit_short), today=today)
    return [UnitFigures(name, short, figures) for (_order, name, short), figures in sorted(found.items())]


@dataclass(frozen=True)
class PersonFigures:
    officer_id: int
    name: str
    unit_name: str
    unit_short: str
    department: str
    figures: Figures


def person_figures(*, today: dt.date | None = None) -> list[PersonFigures]:
    found = _figures_by((Attendee.officer,), today=today)
    if not found:
        return []
    # The person's latest snapshot names them (they may have moved unit since).
    latest = {}
    query = (Attendee.select(Attendee.officer, Attendee.name, Attendee.unit_name, Attendee.unit_short,
                             Attendee.department_name, Attendee.unit_order, Attendee.position)
             .join(StudySession, on=(Attendee.session == StudySession.id))
             .where(StudySession.deleted_at.is_null()).order_by(StudySession.day, Attendee.id).tuples())
    for officer_id, name, unit_name, unit_short, dept, unit_order, position in query:
        latest[officer_id] = (unit_order, position, name, unit_name, unit_short, dept)
    result = [PersonFigures(officer_id, *latest[officer_id][2:], figures) for (officer_id,), figures in found.items()]
    result.sort(key=lambda p: (latest[p.officer_id][0], latest[p.officer_id][1], p.officer_id))
    return result


def stats() -> dict:
    per_type: dict[str, int] = {}
    for name, n in (StudyType.select(StudyType.name, pw.fn.COUNT(StudySession.id))
                    .join(StudySession, on=((StudySession.type == StudyType.id) & StudySession.deleted_at.is_null()))
                    .group_by(StudyType.id).order_by(StudyType.sort_order).tuples()):
        per_type[name] = n
    today = dt.date.today()
    alive = StudySession.select().where(StudySession.deleted_at.is_null())
    total = total_figures(today=today)
    tests = []
    for session in (StudySession.select().join(StudyType)
                    .where(StudyType.is_test & StudySession.deleted_at.is_null()).order_by(StudySession.day)):
        summary = test_summary(session.id)
        tests.append({"session": session.id, "title": session.title, "scored": summary.scored,
                      "passed": summary.passed, "pass_rate": summary.pass_rate, "average": summary.average})
    return {
        "sessions": alive.count(),
        "held": alive.where(StudySession.day <= today).count(),
        "planned": alive.where(StudySession.day > today).count(),
        "sessions_per_type": per_type,
        "expected": total.expected,
        "attended": total.attended,
        "on_leave": total.leave,
        "absent": total.absent,
        "unmarked": total.unmarked,
        "attendance_rate": total.attendance_rate,
        "makeup_open": total.makeup_open,
        "makeup_overdue": total.makeup_overdue,
        "makeup_done": total.makeup_done,
        "reflections": total.reflections,
        "tests": tests,
    }
