"""Constants and small helpers shared by the study service's sections."""
from __future__ import annotations

import datetime as dt

from app.events import Topic
from app.store import settings
from app.errors import NotFound
from app.study.models import DEFAULT_MAKEUP_DAYS, STATE_DONE, STATE_OPEN, STATE_OVERDUE, StudySession


TOPIC = Topic.STUDY
MAX_TEXT = 200
MAX_LONG_TEXT = 4000


# ---------------------------------------------------------------- small helpers

def _today(today: dt.date | None) -> dt.date:
    return today or dt.date.today()


def makeup_days() -> int:
    try:
        return max(1, int(settings.get("study_makeup_days") or DEFAULT_MAKEUP_DAYS))
    except ValueError:
        return DEFAULT_MAKEUP_DAYS


def _get_session(session_id: int) -> StudySession:
    session = StudySession.get_or_none(StudySession.id == session_id)
    if session is None or session.deleted_at is not None:
        raise NotFound(f"找不到编号为 {session_id} 的学习活动（可能已被删除）。")
    return session


def task_state(deadline: dt.date | None, completed_on: dt.date | None, today: dt.date) -> str:
    if completed_on is not None:
        return STATE_DONE
    if deadline is not None and deadline < today:
        return STATE_OVERDUE
    return STATE_OPEN
