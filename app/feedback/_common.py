"""What the feedback service modules share: the change topic, text limits, today's date, date and unit
look-ups, the history line every step leaves, and fetching a suggestion that is still there."""
from __future__ import annotations

import datetime as dt

from app.errors import Conflict, NotFound, ValidationError
from app.events import Topic
from app.feedback.models import Suggestion, SuggestionHistory
from app.roster.models import Unit
from app.roster.units import find_unit
from app.safety import access
from app.store.base import now
from app.common.datetext import parse_date  # noqa: F401  (the services take it from here)

TOPIC = Topic.FEEDBACK
MAX_TEXT = 200
MAX_LONG = 4000


def today() -> dt.date:
    return dt.date.today()


def unit_by_name(name: str, label: str, errors: list) -> Unit | None:
    if not name:
        return None
    unit = find_unit(name)
    if unit is None:
        errors.append(ValidationError(label, f"“{name}”不在单位名单中"))
    return unit


def log_step(suggestion: Suggestion, action: str, note: str = "", *, from_status: str = "", to_status: str = "",
             actor: str | None = None, at: dt.datetime | None = None) -> None:
    """One line of a suggestion's history (SuggestionHistory): who, when, what, a note."""
    SuggestionHistory.create(suggestion=suggestion, action=action, from_status=from_status, to_status=to_status,
                             actor=actor or access.current_actor(), at=at or now(), note=note)


def get_suggestion(suggestion_id: int) -> Suggestion:
    s = Suggestion.get_or_none((Suggestion.id == suggestion_id) & Suggestion.deleted_at.is_null())
    if s is None:
        raise NotFound("该意见建议已不存在（可能已被删除），请刷新后再试。")
    return s


def get_active(suggestion_id: int) -> Suggestion:
    """A suggestion that may be worked on: not deleted, not merged into another."""
    s = get_suggestion(suggestion_id)
    if s.merged_into_id is not None:
        target = Suggestion.get_or_none(Suggestion.id == s.merged_into_id)
        raise Conflict(f"{s.code} 已合并到 {target.code if target else '另一条'}，请在合并后的条目上办理。")
    return s
