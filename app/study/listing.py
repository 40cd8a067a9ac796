"""The session list (one row per session with its figures and audience), and one session as its documents
print it (`session_record`)."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import peewee as pw

from app.errors import NotFound
from app.roster.models import Department, Unit
from app.study.models import AUDIENCE_ALL, AUDIENCE_LABELS, Attendee, SessionAudience, StudySession, StudyType
from app.study._common import _get_session, _today
from app.study.audience import AttendeeRow, attendee_rows, expected_count
from app.study.figures import Figures, figures_by
from app.study.sessions import SessionData, saved_notice, session_data


# ---------------------------------------------------------------- session list

@dataclass(frozen=True)
class SessionRow:
    id: int
    type_name: str
    is_test: bool
    title: str
    day: dt.date
    start_time: dt.time | None
    end_time: dt.time | None
    place: str
    speaker: str
    organiser: str
    phase: str
    audience: str
    audience_text: str
    frozen: bool
    figures: Figures
    state: str
    deleted_at: dt.datetime | None

    @property
    def when_text(self) -> str:
        text = f"{self.day:%Y-%m-%d}"
        if self.start_time:
            text += f" {self.start_time:%H:%M}"
        return text


def _audience_texts(session_ids: list[int]) -> dict[int, str]:
    names: dict[int, list[str]] = {}
    counts: dict[int, int] = {}
    query = (SessionAudience.select(SessionAudience.session, SessionAudience.officer,
                                    Unit.short_name, Unit.name, Department.name.alias("dept"))
             .join(Unit, pw.JOIN.LEFT_OUTER, on=(SessionAudience.unit == Unit.id))
             .switch(SessionAudience)
             .join(Department, pw.JOIN.LEFT_OUTER, on=(SessionAudience.department == Department.id))
             .where(SessionAudience.session.in_(session_ids)).dicts())
    for r in query:
        sid = r["session"]
        if r["officer"]:
            counts[sid] = counts.get(sid, 0) + 1
        else:
            names.setdefault(sid, []).append(r["short_name"] or r["name"] or r["dept"] or "")
    result = {sid: "、".join(n) for sid, n in names.items()}
    for sid, n in counts.items():
        result[sid] = f"指定{n}人"
    return result


def session_rows(*, trashed: bool = False, today: dt.date | None = None) -> list[SessionRow]:
    """Sessions newest first, each with its figures."""
    today = _today(today)
    sessions = list(StudySession.select(StudySession, StudyType).join(StudyType)
                    .where(StudySession.deleted_at.is_null(not trashed))
                    .order_by(StudySession.day.desc(), StudySession.start_time.desc(), StudySession.id.desc()))
    ids = [s.id for s in sessions]
    figures = figures_by((Attendee.session,), today=today,
                          extra_where=StudySession.deleted_at.is_null(not trashed)) if ids else {}
    texts = _audience_texts(ids) if ids else {}
    rows = []
    for s in sessions:
        if s.frozen_at is None:
            n = expected_count(s)
            fig = Figures(expected=n, unmarked=n)
        else:
            fig = figures.get((s.id,), Figures())
        if s.day > today:
            state = "未开始"
        elif s.frozen_at is None or fig.marked == 0:
            state = "待考勤"
        elif fig.unmarked:
            state = "考勤中"
        else:
            state = "已考勤"
        audience_text = AUDIENCE_LABELS[AUDIENCE_ALL] if s.audience == AUDIENCE_ALL else texts.get(s.id, "")
        rows.append(SessionRow(
            id=s.id, type_name=s.type.name, is_test=s.type.is_test, title=s.title, day=s.day,
            start_time=s.start_time, end_time=s.end_time, place=s.place, speaker=s.speaker, organiser=s.organiser,
            phase=s.phase, audience=s.audience, audience_text=audience_text, frozen=s.frozen_at is not None,
            figures=fig, state=state, deleted_at=s.deleted_at))
    return rows


def session_row(session_id: int) -> SessionRow:
    for row in session_rows():
        if row.id == session_id:
            return row
    raise NotFound(f"找不到编号为 {session_id} 的学习活动（可能已被删除）。")


# ---------------------------------------------------------------- one session for its documents

@dataclass(frozen=True)
class SessionRecord:
    """What the notice and the sign-in sheet print about a session: its details as the form holds them, who is
    expected (with their marks once the list is locked), the roster's units in order (a notice is addressed
    to them) and the notice text the user kept (None: the generated text)."""

    id: int
    notice_verb: str
    details: SessionData
    attendees: tuple[AttendeeRow, ...]
    units: tuple[tuple[str, str], ...]  # (name, short name or name) of every unit, in roster order
    saved_notice: dict | None = None

    @property
    def expected(self) -> int:
        return len(self.attendees)


def session_record(session_id: int) -> SessionRecord:
    session = _get_session(session_id)
    units = tuple((u.name, u.short_name or u.name) for u in Unit.select().order_by(Unit.sort_order, Unit.id))
    return SessionRecord(id=session.id, notice_verb=session.type.notice_verb or "举办",
                         details=session_data(session_id), attendees=tuple(attendee_rows(session_id)), units=units,
                         saved_notice=saved_notice(session_id))
