"""Figures drawn from the study records, for the study tab, `stats --json`, the overview and the summary report.

The attendance rule is written once, in `AttendanceCounts`: 出勤 = 出席 + 迟到 (late is attendance); the rate is
over those marked (应到 less 未登记), so a session whose sign-in sheet has not been entered yet does not pull the
rate down. `Figures` adds the make-up and reflection counts of a session, a type, a unit, a person or everything.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import peewee as pw

from app.common.figures import rate
from app.study.models import ABSENT, LATE, LEAVE, PRESENT, Attendee, MakeupTask, Reflection, StudySession, StudyType
from app.study._common import _get_session, _today
from app.study.audience import expected_count


@dataclass
class AttendanceCounts:
    expected: int = 0
    present: int = 0
    late: int = 0
    leave: int = 0
    absent: int = 0
    unmarked: int = 0

    @property
    def attended(self) -> int:
        return self.present + self.late

    @property
    def missed(self) -> int:
        return self.leave + self.absent

    @property
    def marked(self) -> int:
        return self.expected - self.unmarked

    @property
    def attendance_rate(self) -> float | None:
        return rate(self.attended, self.marked)

    def add_status(self, status: str | None, n: int = 1) -> None:
        """Count `n` people expected with this attendance status (None or unknown: not yet marked)."""
        self.expected += n
        if status == PRESENT:
            self.present += n
        elif status == LATE:
            self.late += n
        elif status == LEAVE:
            self.leave += n
        elif status == ABSENT:
            self.absent += n
        else:
            self.unmarked += n


@dataclass
class Figures(AttendanceCounts):
    """Attendance (as counted by `AttendanceCounts`), make-up and reflection counts."""

    makeup_open: int = 0
    makeup_overdue: int = 0
    makeup_done: int = 0
    reflections: int = 0
    sessions: int = 0


# ---------------------------------------------------------------- figures

def figures_by(key_fields: tuple, *, today: dt.date | None = None, extra_where=None) -> dict:
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
    found = figures_by((Attendee.session,), today=today, extra_where=(StudySession.id == session_id))
    return found.get((session_id,), Figures())


def total_figures(*, today: dt.date | None = None) -> Figures:
    found = figures_by((), today=today)
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
    found = figures_by((StudySession.type,), today=today)
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
    found = figures_by((Attendee.unit_order, Attendee.unit_name, Attendee.unit_short), today=today)
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
    found = figures_by((Attendee.officer,), today=today)
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


@dataclass(frozen=True)
class Totals:
    """Everything at once: how many sessions (held up to today, planned after it) and their figures."""

    sessions: int
    held: int
    planned: int
    figures: Figures


def totals(*, today: dt.date | None = None) -> Totals:
    today = _today(today)
    alive = StudySession.select().where(StudySession.deleted_at.is_null())
    return Totals(sessions=alive.count(), held=alive.where(StudySession.day <= today).count(),
                  planned=alive.where(StudySession.day > today).count(), figures=total_figures(today=today))


def sessions_per_type() -> dict[str, int]:
    """Live sessions per type name, in the types' order (types without sessions left out)."""
    per_type: dict[str, int] = {}
    for name, n in (StudyType.select(StudyType.name, pw.fn.COUNT(StudySession.id))
                    .join(StudySession, on=((StudySession.type == StudyType.id) & StudySession.deleted_at.is_null()))
                    .group_by(StudyType.id).order_by(StudyType.sort_order).tuples()):
        per_type[name] = n
    return per_type
