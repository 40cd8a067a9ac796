"""Reflections (心得体会) and test scores."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from app import events
from app.store.db import database
from app.errors import ValidationError, ValidationErrors
from app.store.base import now
from app.study.models import Attendee, Reflection
from app.common.figures import rate
from app.common.safe_text import clean_into
from app.study._common import MAX_TEXT, TOPIC, _get_session, _today
from app.study.audience import AttendeeRow, attendee_rows
from app.study.attachments import store_attachment


# ---------------------------------------------------------------- reflections

def record_reflections(attendee_ids: list[int], received_on: dt.date, word_count: int | None = None,
                       note: str = "", file: str | None = None, *, today: dt.date | None = None) -> int:
    """Register 心得体会 handed in (one per person and session; registering again updates it)."""
    errors: list = []
    note = clean_into(errors, note, MAX_TEXT, "备注")
    if received_on is None:
        errors.append(ValidationError("交来日期", "不能为空"))
    elif received_on > _today(today):
        errors.append(ValidationError("交来日期", "不能晚于今天"))
    if word_count is not None and not 0 < word_count < 1_000_000:
        errors.append(ValidationError("字数", "应为正整数"))
    if errors:
        raise ValidationErrors(errors)
    stored = store_attachment(file, "心得体会") if file else None
    ids = list(dict.fromkeys(attendee_ids))
    with database.atomic():
        existing = {r.attendee_id: r for r in Reflection.select().where(Reflection.attendee.in_(ids))}
        new_rows = []
        for attendee_id in ids:
            row = existing.get(attendee_id)
            if row is None:
                new_rows.append(dict(attendee=attendee_id, received_on=received_on, word_count=word_count,
                                     note=note, file_path=stored or ""))
            else:
                row.received_on = received_on
                if word_count is not None:
                    row.word_count = word_count
                if note:
                    row.note = note
                if stored:
                    row.file_path = stored
                row.save()
        for start in range(0, len(new_rows), 200):
            Reflection.insert_many(new_rows[start:start + 200]).execute()
    events.changed(TOPIC)
    return len(ids)


def remove_reflections(attendee_ids: list[int]) -> int:
    with database.atomic():
        count = Reflection.delete().where(Reflection.attendee.in_(attendee_ids)).execute()
    events.changed(TOPIC)
    return count


def missing_reflections(session_id: int) -> list[AttendeeRow]:
    """Who has not handed in a reflection for the session."""
    return [r for r in attendee_rows(session_id) if r.id is not None and r.reflection_on is None]


# ---------------------------------------------------------------- test scores

def set_scores(session_id: int, scores: dict[int, float | None]) -> None:
    """attendee id → score (None clears it). Scores are 0–100."""
    with database.atomic():
        session = _get_session(session_id)
        names = dict(Attendee.select(Attendee.id, Attendee.name)
                     .where((Attendee.session == session) & Attendee.id.in_(list(scores))).tuples())
        errors = []
        for attendee_id, score in scores.items():
            if attendee_id not in names:
                errors.append(ValidationError("成绩", f"编号 {attendee_id} 不在本场名单中"))
            elif score is not None and not 0 <= score <= 100:
                errors.append(ValidationError("成绩", f"{names[attendee_id]}：{score:g} 不在0到100之间"))
        if errors:
            raise ValidationErrors(errors)
        for attendee_id, score in scores.items():
            Attendee.update(score=score, updated_at=now()).where(Attendee.id == attendee_id).execute()
    events.changed(TOPIC)


def set_pass_mark(session_id: int, pass_mark: float) -> None:
    if pass_mark is None or not 0 <= pass_mark <= 100:
        raise ValidationError("合格分数线", "应在0到100之间")
    with database.atomic():
        session = _get_session(session_id)
        session.pass_mark = pass_mark
        session.save()
    events.changed(TOPIC)


@dataclass(frozen=True)
class TestSummary:
    expected: int
    scored: int
    passed: int
    pass_mark: float
    pass_rate: float | None
    average: float | None
    highest: float | None
    lowest: float | None


def test_summary(session_id: int) -> TestSummary:
    session = _get_session(session_id)
    pass_mark = session.pass_mark if session.pass_mark is not None else 60.0
    scores = [s for (s,) in Attendee.select(Attendee.score).where(Attendee.session == session).tuples()]
    expected = len(scores)
    scored = [s for s in scores if s is not None]
    passed = sum(1 for s in scored if s >= pass_mark)
    return TestSummary(expected=expected, scored=len(scored), passed=passed, pass_mark=pass_mark,
                       pass_rate=rate(passed, len(scored)),
                       average=round(sum(scored) / len(scored), 1) if scored else None,
                       highest=max(scored) if scored else None, lowest=min(scored) if scored else None)


test_summary.__test__ = False  # not a pytest test despite the name
