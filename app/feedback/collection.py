"""Collection events (座谈会, 走访, 征求意见函, 卷宗评查 …) and who took part in them, counted per category."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import peewee as pw

from app import events
from app.common.safe_text import clean_into
from app.errors import Conflict, NotFound, ValidationError, ValidationErrors
from app.feedback._common import MAX_LONG, MAX_TEXT, TOPIC, parse_date, today, unit_by_name
from app.feedback.models import EVENT_KINDS, PARTICIPANT_CATEGORIES, EventParticipant, FeedbackEvent, Suggestion
from app.roster.models import Unit
from app.store.db import database


@dataclass
class EventData:
    kind: str = EVENT_KINDS[0]
    title: str = ""
    held_on: dt.date | None = None
    place: str = ""
    organiser: str = ""  # unit name
    participants: dict[str, int] = field(default_factory=dict)  # category → people
    reviewed_files: int = 0
    notes: str = ""

    @classmethod
    def from_event(cls, event: FeedbackEvent) -> "EventData":
        return cls(kind=event.kind, title=event.title, held_on=event.held_on, place=event.place,
                   organiser=event.organiser.name if event.organiser_id else "",
                   participants={p.category: p.count for p in event.participants},
                   reviewed_files=event.reviewed_files, notes=event.notes)


def validate_event(data: EventData) -> EventData:
    errors: list[ValidationError] = []
    clean = EventData(
        kind=(data.kind or "").strip(),
        title=clean_into(errors, data.title, MAX_TEXT, "活动名称"),
        held_on=parse_date(data.held_on, "日期", errors),
        place=clean_into(errors, data.place, MAX_TEXT, "地点或渠道"),
        organiser=(data.organiser or "").strip(),
        reviewed_files=data.reviewed_files or 0,
        notes=clean_into(errors, data.notes, MAX_LONG, "备注", multiline=True),
    )
    if clean.kind not in EVENT_KINDS:
        errors.append(ValidationError("形式", f"“{clean.kind}”不在可选值中（{'、'.join(EVENT_KINDS)}）"))
    if not clean.title:
        errors.append(ValidationError("活动名称", "不能为空"))
    if clean.held_on is None and not any(e.field == "日期" for e in errors):
        errors.append(ValidationError("日期", "不能为空"))
    elif clean.held_on and clean.held_on > today():
        errors.append(ValidationError("日期", "不能晚于今天"))
    unit_by_name(clean.organiser, "组织单位", errors)
    for category, count in (data.participants or {}).items():
        if category not in PARTICIPANT_CATEGORIES:
            errors.append(ValidationError("参加人员", f"类别“{category}”不在可选值中"))
            continue
        try:
            count = int(count or 0)
        except (TypeError, ValueError):
            errors.append(ValidationError(f"参加人员（{category}）", "应为整数"))
            continue
        if count < 0 or count > 1_000_000:
            errors.append(ValidationError(f"参加人员（{category}）", "应在 0 到 1000000 之间"))
        elif count:
            clean.participants[category] = count
    try:
        clean.reviewed_files = int(clean.reviewed_files)
        if clean.reviewed_files < 0:
            errors.append(ValidationError("查阅卷宗份数", "不能为负数"))
    except (TypeError, ValueError):
        errors.append(ValidationError("查阅卷宗份数", "应为整数"))
    if errors:
        raise ValidationErrors(errors)
    return clean


def _save_event(event: FeedbackEvent, data: EventData) -> None:
    event.kind, event.title, event.held_on, event.place = data.kind, data.title, data.held_on, data.place
    event.organiser = unit_by_name(data.organiser, "组织单位", []) if data.organiser else None
    event.reviewed_files, event.notes = data.reviewed_files, data.notes
    event.save()
    EventParticipant.delete().where(EventParticipant.event == event).execute()
    rows = [{"event": event.id, "category": c, "count": n} for c, n in data.participants.items() if n]
    if rows:
        EventParticipant.insert_many(rows).execute()


def create_event(data: EventData) -> FeedbackEvent:
    data = validate_event(data)
    with database.atomic():
        event = FeedbackEvent()
        _save_event(event, data)
    events.changed(TOPIC)
    return event


def update_event(event_id: int, data: EventData) -> FeedbackEvent:
    data = validate_event(data)
    with database.atomic():
        event = FeedbackEvent.get_or_none((FeedbackEvent.id == event_id) & FeedbackEvent.deleted_at.is_null())
        if event is None:
            raise NotFound("该收集活动已不存在（可能已被删除），请刷新后再试。")
        _save_event(event, data)
    events.changed(TOPIC)
    return event


def delete_event(event_id: int) -> None:
    """Move an event to the trash; refused while suggestions are filed under it."""
    with database.atomic():
        event = FeedbackEvent.get_or_none((FeedbackEvent.id == event_id) & FeedbackEvent.deleted_at.is_null())
        if event is None:
            raise NotFound("该收集活动已不存在（可能已被删除），请刷新后再试。")
        count = Suggestion.alive().where(Suggestion.event == event).count()
        if count:
            raise Conflict(f"“{event.title}”下还有 {count} 条意见建议，不能删除活动。")
        event.move_to_trash()
    events.changed(TOPIC)


@dataclass(frozen=True)
class EventRow:
    id: int
    kind: str
    title: str
    held_on: dt.date
    place: str
    organiser: str
    participants: dict
    participant_total: int
    reviewed_files: int
    notes: str
    suggestion_count: int


def event_rows() -> list[EventRow]:
    """Events, newest first, with participants per category and the number of suggestions collected."""
    people: dict[int, dict[str, int]] = {}
    for event_id, category, count in (EventParticipant.select(EventParticipant.event, EventParticipant.category,
                                                              EventParticipant.count).tuples()):
        people.setdefault(event_id, {})[category] = count
    counts = dict(Suggestion.select(Suggestion.event, pw.fn.COUNT(Suggestion.id))
                  .where(Suggestion.deleted_at.is_null() & Suggestion.event.is_null(False))
                  .group_by(Suggestion.event).tuples())
    query = (FeedbackEvent.select(FeedbackEvent, Unit.name.alias("unit_name"), Unit.short_name.alias("unit_short"))
             .join(Unit, pw.JOIN.LEFT_OUTER, on=(FeedbackEvent.organiser == Unit.id))
             .where(FeedbackEvent.deleted_at.is_null())
             .order_by(FeedbackEvent.held_on.desc(), FeedbackEvent.id.desc()))
    rows = []
    for r in query.dicts():
        parts = people.get(r["id"], {})
        ordered = {c: parts[c] for c in PARTICIPANT_CATEGORIES if parts.get(c)}
        rows.append(EventRow(r["id"], r["kind"], r["title"], r["held_on"], r["place"],
                             r["unit_short"] or r["unit_name"] or "", ordered, sum(ordered.values()),
                             r["reviewed_files"], r["notes"], counts.get(r["id"], 0)))
    return rows
