"""Constants and small helpers shared by the study service's sections."""
from __future__ import annotations

import datetime as dt

from app.events import Topic
from app.store import settings
from app.errors import NotFound, ValidationError
from app.study.models import StudySession


TOPIC = Topic.STUDY
MAX_TEXT = 200
MAX_LONG_TEXT = 4000
# Roster statuses that are expected at study sessions. 病休 and 专案 people are expected but put on leave
# automatically when the list is locked: they are the 送学 / 补学 cases. 借调 and 离岗 are not expected.
EXPECTED_ROSTER_STATUSES = ("在岗", "病休", "专案")
DEFAULT_MAKEUP_DAYS = 14  # setting "study_makeup_days"
LEAVE_REASONS = ("病休", "专案", "出差", "公务外出", "值班备勤", "外出办案", "培训", "事假", "产假", "其他")
DEFAULT_REQUIREMENTS = (
    "严肃会议纪律。参会人员须提前10分钟签到入场，会议期间将手机调至静音，不得随意走动、交头接耳。",
    "严格请假报批。参会人员原则上不得请假，确因特殊情况不能参加的，须经本单位主要负责人同意后报县教整办备案，"
    "并按要求补学。",
    "认真做好记录。参会人员统一携带教育整顿学习笔记本，认真记录，会后撰写学习心得体会。",
)

STATE_OPEN, STATE_OVERDUE, STATE_DONE = "未完成", "已逾期", "已完成"


# ---------------------------------------------------------------- small helpers

def _clean(value, label: str, errors: list, limit: int = MAX_TEXT) -> str:
    text = "".join(ch for ch in str(value or "") if ch.isprintable() or ch in "\n\t").strip()
    if len(text) > limit:
        errors.append(ValidationError(label, f"过长（{len(text)}字，最多{limit}字）"))
    return text


def cn_day(day: dt.date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"


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


def rate(part: int, whole: int) -> float | None:
    return round(part / whole, 4) if whole else None


def percent(value: float | None) -> str:
    return "—" if value is None else f"{value * 100:.1f}%"


WEEKDAYS = "一二三四五六日"


def weekday(day: dt.date) -> str:
    return f"星期{WEEKDAYS[day.weekday()]}"


def time_text(value: dt.time | None) -> str:
    """上午9:00 / 下午2:30 — the way notices give the time."""
    if value is None:
        return ""
    part = _half_day(value)
    hour = value.hour if value.hour <= 12 else value.hour - 12
    return f"{part}{hour}:{value.minute:02d}"


def _half_day(value: dt.time) -> str:
    return "上午" if value.hour < 12 else "下午" if value.hour < 19 else "晚上"


def when_text(day: dt.date, start: dt.time | None, end: dt.time | None) -> str:
    """2021年5月8日（星期六）下午3:30—6:00, as notices and sign-in sheets give it."""
    text = f"{cn_day(day)}（{weekday(day)}）"
    if start is not None:
        text += time_text(start)
        if end is not None:
            end_text = time_text(end)
            text += "—" + (end_text[2:] if _half_day(end) == _half_day(start) else end_text)
    return text


def task_state(deadline: dt.date | None, completed_on: dt.date | None, today: dt.date) -> str:
    if completed_on is not None:
        return STATE_DONE
    if deadline is not None and deadline < today:
        return STATE_OVERDUE
    return STATE_OPEN


