"""Feedback and rectification (征求意见 → 整改销号): collection events, the suggestions ledger and its
workflow, duplicates, deadlines, and the feature's hooks (demo, stats, command line).

Workflow (TRANSITIONS): 待交办 → 已交办 → 整改中 → 已整改待验收 → 已销号, or 不予采纳 with a reason;
验收 may send an item back to 整改中. Every step is checked against the rules of its target status
(`status_problems`) and stored as a history row (who, when, note).
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field, fields
from pathlib import Path

import peewee as pw

from app import events
from app.events import Topic
from app.safety import access
from app.store import settings
from app.store.db import database
from app.errors import AppError, Conflict, NotFound, ValidationError, ValidationErrors
from app.store.base import now
from app.feedback.models import (
    CHANNELS, EVENT_KINDS, OPEN_STATUSES, PARTICIPANT_CATEGORIES, REPLY_METHODS, SATISFACTION, STATUSES,
    SUBMITTER_CATEGORIES, EventParticipant, FeedbackCategory, FeedbackEvent, Suggestion, SuggestionAttachment,
    SuggestionHistory)
from app.roster.models import Unit

TOPIC = Topic.FEEDBACK
DUE_SOON_DAYS = 7
DUE_OVERDUE, DUE_SOON = "overdue", "soon"
CODE_PREFIX_KEY = "feedback_code_prefix"
DEFAULT_CODE_PREFIX = "ZG"
MAX_TEXT = 200
MAX_LONG = 4000
MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024
NO_UNIT = "（未确定责任单位）"
UNCLASSIFIED = "未分类"
MERGED = "已合并"

# (from, to) → the action's name, used on buttons and in the history.
TRANSITIONS: dict[tuple[str, str], str] = {
    ("待交办", "已交办"): "交办",
    ("待交办", "不予采纳"): "不予采纳",
    ("已交办", "整改中"): "开始整改",
    ("已交办", "不予采纳"): "不予采纳",
    ("整改中", "已整改待验收"): "提交验收",
    ("已整改待验收", "已销号"): "验收销号",
    ("已整改待验收", "整改中"): "退回整改",
    ("不予采纳", "待交办"): "恢复受理",
}
ASSIGNED_STATUSES = ("已交办", "整改中", "已整改待验收", "已销号")
DONE_STATUSES = ("已整改待验收", "已销号")

FIELD_LABELS = {
    "content": "意见建议内容", "collected_on": "收集日期", "channel": "来源渠道", "event_id": "收集活动",
    "submitter_name": "提出人", "submitter_category": "提出人类别", "submitter_contact": "联系方式",
    "anonymous": "匿名", "category": "类别", "unit": "责任单位", "leader": "责任领导", "person": "责任人",
    "measure": "整改措施", "deadline": "时限", "progress": "进展", "completed_on": "完成日期",
    "evidence": "佐证材料", "reviewer": "销号审核人", "reviewed_on": "销号日期", "remarks": "备注",
}
LONG_FIELDS = {"content", "measure", "progress", "evidence", "remarks"}
DATE_FIELDS = {"collected_on", "deadline", "completed_on", "reviewed_on"}


def today() -> dt.date:
    return dt.date.today()


# ---------------------------------------------------------------- small helpers

def _clean(value, label: str, errors: list, limit: int = MAX_TEXT) -> str:
    text = "".join(ch for ch in str(value or "") if ch.isprintable() or ch in "\n\t").strip()
    if len(text) > limit:
        errors.append(ValidationError(label, f"过长（{len(text)}字，最多{limit}字）"))
    return text


def _date(value, label: str, errors: list) -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value).strip())
    except ValueError:
        errors.append(ValidationError(label, f"“{value}”不是有效日期（应为 2021-06-11 这样的格式）"))
        return None


def _unit_by_name(name: str, label: str, errors: list) -> Unit | None:
    if not name:
        return None
    unit = Unit.get_or_none((Unit.name == name) | (Unit.short_name == name))
    if unit is None:
        errors.append(ValidationError(label, f"“{name}”不在单位名单中"))
    return unit


def _log(suggestion: Suggestion, action: str, note: str = "", *, from_status: str = "", to_status: str = "",
         actor: str | None = None, at: dt.datetime | None = None) -> None:
    SuggestionHistory.create(suggestion=suggestion, action=action, from_status=from_status, to_status=to_status,
                             actor=actor or access.current_actor(), at=at or now(), note=note)


def _get(suggestion_id: int) -> Suggestion:
    s = Suggestion.get_or_none((Suggestion.id == suggestion_id) & Suggestion.deleted_at.is_null())
    if s is None:
        raise NotFound("该意见建议已不存在（可能已被删除），请刷新后再试。")
    return s


def _get_active(suggestion_id: int) -> Suggestion:
    s = _get(suggestion_id)
    if s.merged_into_id is not None:
        target = Suggestion.get_or_none(Suggestion.id == s.merged_into_id)
        raise Conflict(f"{s.code} 已合并到 {target.code if target else '另一条'}，请在合并后的条目上办理。")
    return s


# ---------------------------------------------------------------- categories and codes

def categories() -> list[str]:
    return [c.name for c in FeedbackCategory.select(FeedbackCategory.name)
            .order_by(FeedbackCategory.sort_order, FeedbackCategory.id)]


def major_categories() -> list[str]:
    return [c.name for c in FeedbackCategory.select(FeedbackCategory.name).where(FeedbackCategory.major)
            .order_by(FeedbackCategory.sort_order, FeedbackCategory.id)]


@dataclass(frozen=True)
class CategoryRow:
    id: int
    name: str
    major: bool
    used: int


def category_rows() -> list[CategoryRow]:
    used = dict(Suggestion.select(Suggestion.category, pw.fn.COUNT(Suggestion.id))
                .where(Suggestion.deleted_at.is_null()).group_by(Suggestion.category).tuples())
    return [CategoryRow(c.id, c.name, c.major, used.get(c.name, 0))
            for c in FeedbackCategory.select().order_by(FeedbackCategory.sort_order, FeedbackCategory.id)]


def _category_name(name: str) -> str:
    errors: list = []
    name = _clean(name, "类别名称", errors, 40).replace("\n", " ")
    if errors:
        raise errors[0]
    if not name:
        raise ValidationError("类别名称", "不能为空")
    return name


def add_category(name: str, major: bool = False) -> FeedbackCategory:
    name = _category_name(name)
    with database.atomic():
        if FeedbackCategory.get_or_none(FeedbackCategory.name == name):
            raise Conflict(f"类别名称：“{name}”已存在")
        order = (FeedbackCategory.select(pw.fn.MAX(FeedbackCategory.sort_order)).scalar() or 0) + 1
        category = FeedbackCategory.create(name=name, major=major, sort_order=order)
    events.changed(TOPIC)
    return category


def rename_category(old: str, new: str) -> None:
    """Rename a category; suggestions filed under it follow."""
    new = _category_name(new)
    with database.atomic():
        category = FeedbackCategory.get_or_none(FeedbackCategory.name == old)
        if category is None:
            raise NotFound(f"类别“{old}”已不存在，请刷新后再试。")
        if new == old:
            return
        if FeedbackCategory.get_or_none(FeedbackCategory.name == new):
            raise Conflict(f"类别名称：“{new}”已存在")
        category.name = new
        category.save()
        Suggestion.update(category=new, updated_at=now()).where(Suggestion.category == old).execute()
    events.changed(TOPIC)


def set_category_major(name: str, major: bool) -> None:
    with database.atomic():
        FeedbackCategory.update(major=major, updated_at=now()).where(FeedbackCategory.name == name).execute()
    events.changed(TOPIC)


def remove_category(name: str) -> None:
    with database.atomic():
        used = Suggestion.select().where(Suggestion.category == name).count()
        if used:
            raise Conflict(f"类别“{name}”下还有 {used} 条意见建议，不能删除；可以改名，或先把这些意见建议改到其他类别。")
        FeedbackCategory.delete().where(FeedbackCategory.name == name).execute()
    events.changed(TOPIC)


def move_category(name: str, delta: int) -> None:
    """Move a category up (delta -1) or down (+1) in the list."""
    with database.atomic():
        ordered = list(FeedbackCategory.select().order_by(FeedbackCategory.sort_order, FeedbackCategory.id))
        index = next((i for i, c in enumerate(ordered) if c.name == name), None)
        if index is None:
            raise NotFound(f"类别“{name}”已不存在，请刷新后再试。")
        other = index + delta
        if not 0 <= other < len(ordered):
            return
        ordered[index], ordered[other] = ordered[other], ordered[index]
        for order, category in enumerate(ordered, start=1):
            if category.sort_order != order:
                category.sort_order = order
                category.save()
    events.changed(TOPIC)


def code_prefix() -> str:
    return settings.get(CODE_PREFIX_KEY) or DEFAULT_CODE_PREFIX


_PREFIX_RE = re.compile(r"^[A-Za-z0-9\u4e00-\u9fff]{1,10}$")


def set_code_prefix(prefix: str) -> None:
    prefix = (prefix or "").strip()
    if not _PREFIX_RE.match(prefix):
        raise ValidationError("编号前缀", "应为 1–10 个字母、数字或汉字（如 ZG、整改），不含空格和符号")
    settings.set_many({CODE_PREFIX_KEY: prefix})
    events.changed(TOPIC)


def next_code(year: int, prefix: str | None = None) -> str:
    """The next free 编号 for a year: ZG-2021-001, ZG-2021-002 … (numbers of deleted items are not reused)."""
    prefix = prefix or code_prefix()
    head = f"{prefix}-{year}-"
    highest = 0
    for (code,) in Suggestion.select(Suggestion.code).where(Suggestion.code.startswith(head)).tuples():
        tail = code[len(head):]
        if tail.isdigit():
            highest = max(highest, int(tail))
    return f"{head}{highest + 1:03d}"


# ---------------------------------------------------------------- collection events

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
        title=_clean(data.title, "活动名称", errors).replace("\n", " "),
        held_on=_date(data.held_on, "日期", errors),
        place=_clean(data.place, "地点或渠道", errors),
        organiser=(data.organiser or "").strip(),
        reviewed_files=data.reviewed_files or 0,
        notes=_clean(data.notes, "备注", errors, MAX_LONG),
    )
    if clean.kind not in EVENT_KINDS:
        errors.append(ValidationError("形式", f"“{clean.kind}”不在可选值中（{'、'.join(EVENT_KINDS)}）"))
    if not clean.title:
        errors.append(ValidationError("活动名称", "不能为空"))
    if clean.held_on is None and not any(e.field == "日期" for e in errors):
        errors.append(ValidationError("日期", "不能为空"))
    elif clean.held_on and clean.held_on > today():
        errors.append(ValidationError("日期", "不能晚于今天"))
    _unit_by_name(clean.organiser, "组织单位", errors)
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
    event.organiser = _unit_by_name(data.organiser, "组织单位", []) if data.organiser else None
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
        event.deleted_at = now()
        event.save()
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


# ---------------------------------------------------------------- suggestions: data and validation

@dataclass
class SuggestionData:
    """The editable fields of one suggestion, as a form or an import gives them."""

    content: str = ""
    collected_on: dt.date | None = None
    channel: str = ""
    event_id: int | None = None
    submitter_name: str = ""
    submitter_category: str = ""
    submitter_contact: str = ""
    anonymous: bool = False
    category: str = ""
    unit: str = ""  # 责任单位 (unit name)
    leader: str = ""
    person: str = ""
    measure: str = ""
    deadline: dt.date | None = None
    progress: str = ""
    completed_on: dt.date | None = None
    evidence: str = ""
    reviewer: str = ""
    reviewed_on: dt.date | None = None
    remarks: str = ""

    @classmethod
    def from_suggestion(cls, s: Suggestion) -> "SuggestionData":
        return cls(**{f.name: (s.unit.name if s.unit_id else "") if f.name == "unit" else getattr(s, f.name)
                      for f in fields(cls)})


def validate_suggestion(data: SuggestionData) -> SuggestionData:
    """A cleaned copy, or ValidationErrors naming every bad field."""
    errors: list[ValidationError] = []
    clean = SuggestionData()
    for f in fields(SuggestionData):
        value = getattr(data, f.name)
        if f.name in DATE_FIELDS:
            value = _date(value, FIELD_LABELS[f.name], errors)
        elif f.name in ("event_id", "anonymous"):
            pass
        else:
            value = _clean(value, FIELD_LABELS[f.name], errors, MAX_LONG if f.name in LONG_FIELDS else MAX_TEXT)
        setattr(clean, f.name, value)
    clean.anonymous = bool(data.anonymous)
    if clean.anonymous:  # an anonymous submitter's identity is not kept
        clean.submitter_name = clean.submitter_contact = ""
    if not clean.content:
        errors.append(ValidationError("意见建议内容", "不能为空"))
    event = None
    if data.event_id:
        event = FeedbackEvent.get_or_none((FeedbackEvent.id == data.event_id) & FeedbackEvent.deleted_at.is_null())
        if event is None:
            errors.append(ValidationError("收集活动", "所选活动已不存在"))
        else:
            clean.event_id = event.id
            clean.channel = event.kind  # an event's items came through the event's channel
            clean.collected_on = clean.collected_on or event.held_on
    else:
        clean.event_id = None
    if not clean.channel:
        errors.append(ValidationError("来源渠道", "不能为空"))
    elif clean.channel not in CHANNELS:
        errors.append(ValidationError("来源渠道", f"“{clean.channel}”不在可选值中（{'、'.join(CHANNELS)}）"))
    if clean.collected_on is None:
        if not any(e.field == "收集日期" for e in errors):
            errors.append(ValidationError("收集日期", "不能为空"))
    elif clean.collected_on > today():
        errors.append(ValidationError("收集日期", "不能晚于今天"))
    if clean.submitter_category and clean.submitter_category not in SUBMITTER_CATEGORIES:
        errors.append(ValidationError("提出人类别", f"“{clean.submitter_category}”不在可选值中"))
    if clean.category and clean.category not in categories():
        errors.append(ValidationError("类别", f"“{clean.category}”不在类别清单中（可在“设置”里添加）"))
    if clean.unit:
        unit = _unit_by_name(clean.unit, "责任单位", errors)
        clean.unit = unit.name if unit else clean.unit
    _check_dates(clean.collected_on, clean.deadline, clean.completed_on, clean.reviewed_on, errors)
    if errors:
        raise ValidationErrors(errors)
    return clean


def _check_dates(collected, deadline, completed, reviewed, errors: list) -> None:
    if collected and deadline and deadline < collected:
        errors.append(ValidationError("时限", "不能早于收集日期"))
    if collected and completed and completed < collected:
        errors.append(ValidationError("完成日期", "不能早于收集日期"))
    if completed and completed > today():
        errors.append(ValidationError("完成日期", "不能晚于今天"))
    if reviewed and reviewed > today():
        errors.append(ValidationError("销号日期", "不能晚于今天"))
    if completed and reviewed and reviewed < completed:
        errors.append(ValidationError("销号日期", "不能早于完成日期"))


def status_problems(s: Suggestion) -> list[ValidationError]:
    """What the suggestion lacks for its status: 交办 needs a unit and a deadline; 提交验收 a measure and a
    completion date; 销号 also evidence (a note or a file) and the reviewer; 不予采纳 a reason."""
    problems: list[ValidationError] = []
    if s.status in ASSIGNED_STATUSES:
        if not s.unit_id:
            problems.append(ValidationError("责任单位", "交办时必须指定责任单位"))
        if not s.deadline:
            problems.append(ValidationError("时限", "交办时必须设定整改时限"))
    if s.status in DONE_STATUSES:
        if not (s.measure or "").strip():
            problems.append(ValidationError("整改措施", "提交验收和销号前必须填写整改措施"))
        if not s.completed_on:
            problems.append(ValidationError("完成日期", "提交验收和销号前必须填写完成日期"))
    if s.status == "已销号":
        has_file = s.id is not None and SuggestionAttachment.select().where(
            SuggestionAttachment.suggestion == s.id).exists()
        if not (s.evidence or "").strip() and not has_file:
            problems.append(ValidationError("佐证材料", "销号需要佐证材料：填写材料说明或添加附件"))
        if not (s.reviewer or "").strip():
            problems.append(ValidationError("销号审核人", "销号必须写明验收审核人"))
        if not s.reviewed_on:
            problems.append(ValidationError("销号日期", "销号必须写明审核日期"))
    if s.status == "不予采纳" and not (s.rejection_reason or "").strip():
        problems.append(ValidationError("不予采纳理由", "必须填写"))
    return problems


def _apply(s: Suggestion, data: SuggestionData) -> list[str]:
    """Copy validated data onto the model; returns the labels of the fields that changed."""
    changed = []
    for f in fields(SuggestionData):
        if f.name == "unit":
            new_unit = Unit.get(Unit.name == data.unit).id if data.unit else None
            if new_unit != s.unit_id:
                changed.append(FIELD_LABELS["unit"])
                s.unit = new_unit
            continue
        new = getattr(data, f.name)
        if getattr(s, f.name) != new:
            changed.append(FIELD_LABELS[f.name])
            setattr(s, f.name, new)
    return changed


# ---------------------------------------------------------------- suggestions: writes

def create_suggestion(data: SuggestionData, *, source_talk_id: int | None = None, note: str = "") -> Suggestion:
    data = validate_suggestion(data)
    with database.atomic():
        s = _create(data, source_talk_id=source_talk_id, note=note)
    events.changed(TOPIC)
    return s


def _create(data: SuggestionData, *, source_talk_id: int | None = None, note: str = "") -> Suggestion:
    s = Suggestion(code=next_code(data.collected_on.year), status=STATUSES[0], source_talk_id=source_talk_id)
    _apply(s, data)
    problems = status_problems(s)
    if problems:
        raise ValidationErrors(problems)
    s.save()
    _log(s, "登记", note, to_status=s.status)
    return s


def create_suggestions(items: list[SuggestionData]) -> list[Suggestion]:
    """Register several suggestions at once (a symposium's list). All or nothing; errors name the row."""
    cleaned, errors = [], []
    for number, item in enumerate(items, start=1):
        try:
            cleaned.append(validate_suggestion(item))
        except ValidationErrors as exc:
            errors += [ValidationError(f"第{number}条的{e.field}", e.reason) for e in exc.errors]
    if not items:
        errors.append(ValidationError("意见建议", "没有可登记的条目"))
    if errors:
        raise ValidationErrors(errors)
    with database.atomic():
        created = [_create(item) for item in cleaned]
    events.changed(TOPIC)
    return created


def add_suggestion_from_talk(talk_id: int, content: str, submitter_name: str = "", *,
                             submitter_category: str = "政法干警", collected_on: dt.date | None = None,
                             category: str = "", unit: str = "", remarks: str = "") -> Suggestion:
    """Push a suggestion raised in a talk record (谈心谈话) into the ledger, remembering the talk's id."""
    if talk_id is None or int(talk_id) <= 0:
        raise ValidationError("谈话记录", "没有有效的谈话记录编号")
    text = (content or "").strip()
    existing = (Suggestion.alive().where((Suggestion.source_talk_id == int(talk_id)) & (Suggestion.content == text))
                .first())
    if existing is not None:
        raise Conflict(f"这条建议已推送到整改台账（编号 {existing.code}），不必重复推送。")
    data = SuggestionData(content=text, collected_on=collected_on or today(), channel="谈心谈话",
                          submitter_name=submitter_name, submitter_category=submitter_category,
                          anonymous=False, category=category, unit=unit, remarks=remarks)
    return create_suggestion(data, source_talk_id=int(talk_id), note="来自谈心谈话记录")


def update_suggestion(suggestion_id: int, data: SuggestionData) -> Suggestion:
    """Save edits. The status's rules still hold afterwards (an assigned item keeps its unit …)."""
    data = validate_suggestion(data)
    with database.atomic():
        s = _get(suggestion_id)
        changed = _apply(s, data)
        if not changed:
            return s
        problems = status_problems(s)
        if problems:
            raise ValidationErrors(problems)
        s.save()
        _log(s, "修改", "修改了：" + "、".join(changed))
    events.changed(TOPIC)
    return s


def delete_suggestion(suggestion_id: int) -> None:
    """Only an item still 待交办 (a wrong entry) may be removed; it goes to the trash with its history."""
    with database.atomic():
        s = _get(suggestion_id)
        if s.status != "待交办":
            raise Conflict(f"{s.code} 已进入办理流程（{s.status}），不能删除；如不采纳请用“不予采纳”并写明理由。")
        if Suggestion.select().where(Suggestion.merged_into == s.id).exists():
            raise Conflict(f"{s.code} 合并了其他条目，请先撤销合并再删除。")
        s.deleted_at = now()
        s.save()
        _log(s, "删除")
    events.changed(TOPIC)


def allowed_transitions(status: str) -> list[tuple[str, str]]:
    """(target status, action) pairs allowed from `status`."""
    return [(to, action) for (frm, to), action in TRANSITIONS.items() if frm == status]


TRANSITION_FIELDS = ("unit", "leader", "person", "deadline", "measure", "progress", "completed_on", "evidence",
                     "reviewer", "reviewed_on")


def transition(suggestion_id: int, to_status: str, *, note: str = "", changes: dict | None = None,
               on: dt.date | None = None) -> Suggestion:
    """Move one suggestion along the workflow, setting `changes` (fields of TRANSITION_FIELDS) in the same
    step. Refused when the move is not in TRANSITIONS or the target status's rules are not met."""
    errors: list = []
    note = _clean(note, "说明", errors, MAX_LONG)
    if errors:
        raise ValidationErrors(errors)
    with database.atomic():
        s = _get_active(suggestion_id)
        _transition(s, to_status, note, changes or {}, on or today())
    events.changed(TOPIC)
    return s


def _transition(s: Suggestion, to_status: str, note: str, changes: dict, on: dt.date) -> None:
    if to_status not in STATUSES:
        raise ValidationError("状态", f"“{to_status}”不是有效状态")
    action = TRANSITIONS.get((s.status, to_status))
    if action is None:
        possible = "、".join(a for _t, a in allowed_transitions(s.status)) or "无"
        raise Conflict(f"{s.code} 当前状态为“{s.status}”，不能改为“{to_status}”（当前可进行：{possible}）。")
    unknown = set(changes) - set(TRANSITION_FIELDS)
    if unknown:
        raise ValueError(f"transition cannot change {sorted(unknown)}")
    if changes:
        data = SuggestionData.from_suggestion(s)
        for key, value in changes.items():
            setattr(data, key, value)
        _apply(s, validate_suggestion(data))
    if to_status == "不予采纳":
        if not note:
            raise ValidationError("不予采纳理由", "必须填写")
        s.rejection_reason = note
    if action == "退回整改":
        if not note:
            raise ValidationError("退回理由", "验收未通过时必须写明原因")
        s.completed_on = None  # not finished after all
    if action == "恢复受理":
        s.rejection_reason = ""
    if to_status == "已整改待验收" and s.completed_on is None:
        s.completed_on = on
    if to_status == "已销号" and s.reviewed_on is None:
        s.reviewed_on = on
    from_status = s.status
    s.status = to_status
    problems = status_problems(s)
    errors: list = []
    _check_dates(s.collected_on, s.deadline, s.completed_on, s.reviewed_on, errors)
    if problems or errors:
        raise ValidationErrors(problems + errors)
    s.save()
    _log(s, action, note, from_status=from_status, to_status=to_status)


def assign_many(ids: list[int], *, unit: str, deadline: dt.date | None, leader: str = "", person: str = "",
                note: str = "") -> int:
    """交办 several 待交办 items to one unit with one deadline. All or nothing."""
    if not ids:
        raise ValidationError("交办", "请先选择要交办的意见建议")
    changes = {"unit": unit, "deadline": deadline, "leader": leader, "person": person}
    with database.atomic():
        for suggestion_id in ids:
            s = _get_active(suggestion_id)
            if s.status != "待交办":
                raise Conflict(f"{s.code} 当前状态为“{s.status}”，只有“待交办”的意见建议可以交办。")
            try:
                _transition(s, "已交办", note, changes, today())
            except ValidationErrors as exc:
                raise ValidationErrors([ValidationError(f"{s.code}的{e.field}", e.reason) for e in exc.errors])
    events.changed(TOPIC)
    return len(ids)


def record_reply(suggestion_id: int, *, method: str, on: dt.date | None, satisfaction: str = "",
                 content: str = "") -> Suggestion:
    """The reply to the submitter: how (当面/电话/书面 …), when, what was said and how satisfied they are."""
    errors: list[ValidationError] = []
    method = (method or "").strip()
    satisfaction = (satisfaction or "").strip()
    content = _clean(content, "反馈内容", errors, MAX_LONG)
    on = _date(on, "回复日期", errors)
    if method not in REPLY_METHODS:
        errors.append(ValidationError("回复方式", f"请选择（{'、'.join(REPLY_METHODS)}）"))
    if on is None and not any(e.field == "回复日期" for e in errors):
        errors.append(ValidationError("回复日期", "不能为空"))
    elif on and on > today():
        errors.append(ValidationError("回复日期", "不能晚于今天"))
    if satisfaction and satisfaction not in SATISFACTION:
        errors.append(ValidationError("满意度", f"应为{'、'.join(SATISFACTION)}之一"))
    if errors:
        raise ValidationErrors(errors)
    with database.atomic():
        s = _get_active(suggestion_id)
        if on < s.collected_on:
            raise ValidationError("回复日期", "不能早于收集日期")
        s.reply_method, s.reply_on, s.satisfaction, s.reply_content = method, on, satisfaction, content
        s.save()
        _log(s, "回复提出人", f"{method}回复，{satisfaction or '满意度未填'}" + (f"：{content}" if content else ""))
    events.changed(TOPIC)
    return s


# ---------------------------------------------------------------- duplicates

def merge(target_id: int, source_ids: list[int], note: str = "") -> Suggestion:
    """Merge suggestions raising the same problem into `target`. The others stay in the ledger marked as
    merged; their submitters and source events count as the target's."""
    source_ids = [i for i in dict.fromkeys(source_ids) if i != target_id]
    if not source_ids:
        raise ValidationError("合并", "请至少选择两条意见建议")
    with database.atomic():
        target = _get_active(target_id)
        for source_id in source_ids:
            source = _get_active(source_id)
            if source.status == "已销号":
                raise Conflict(f"{source.code} 已销号，不能再合并到其他条目。")
            children = list(Suggestion.select().where(Suggestion.merged_into == source.id))
            for child in children:  # items merged into the source move along with it
                child.merged_into = target
                child.save()
            source.merged_into = target
            source.save()
            _log(source, "合并", f"并入 {target.code}" + (f"：{note}" if note else ""))
            moved = "、".join([source.code] + [c.code for c in children])
            _log(target, "合并", f"合并了 {moved}" + (f"：{note}" if note else ""))
    events.changed(TOPIC)
    return target


def unmerge(suggestion_id: int) -> Suggestion:
    """Undo a merge: the item becomes a ledger line of its own again, in its former status."""
    with database.atomic():
        s = _get(suggestion_id)
        if s.merged_into_id is None:
            raise Conflict(f"{s.code} 没有合并到其他条目。")
        target = Suggestion.get_by_id(s.merged_into_id)
        s.merged_into = None
        s.save()
        _log(s, "撤销合并", f"从 {target.code} 中拆出")
        _log(target, "撤销合并", f"拆出 {s.code}")
    events.changed(TOPIC)
    return s


@dataclass(frozen=True)
class SubmitterRow:
    suggestion_id: int
    code: str
    name: str
    category: str
    contact: str
    anonymous: bool
    channel: str
    event_title: str
    collected_on: dt.date
    primary: bool

    @property
    def label(self) -> str:
        return submitter_label(self.name, self.category, self.anonymous)


def submitter_label(name: str, category: str, anonymous: bool) -> str:
    who = "匿名" if anonymous else (name or "")
    if who and category:
        return f"{who}（{category}）"
    return who or category or "未留名"


def submitters(suggestion_id: int) -> list[SubmitterRow]:
    """Everyone who raised this problem: the item's own submitter, then those of the items merged into it."""
    s = _get(suggestion_id)
    items = [s] + list(Suggestion.alive().where(Suggestion.merged_into == s.id)
                       .order_by(Suggestion.collected_on, Suggestion.id))
    titles = {e.id: e.title for e in FeedbackEvent.select(FeedbackEvent.id, FeedbackEvent.title)
              .where(FeedbackEvent.id.in_([i.event_id for i in items if i.event_id]))}
    return [SubmitterRow(i.id, i.code, i.submitter_name, i.submitter_category, i.submitter_contact, i.anonymous,
                         i.channel, titles.get(i.event_id, ""), i.collected_on, i.id == s.id) for i in items]


# ---------------------------------------------------------------- evidence files

@dataclass(frozen=True)
class AttachmentRow:
    id: int
    file_name: str
    size: int
    added_by: str
    added_at: dt.datetime


def add_attachment(suggestion_id: int, path: Path | str) -> SuggestionAttachment:
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_ATTACHMENT_BYTES:
            raise ValidationError("佐证材料", f"文件 {path.name} 太大（{size / 1048576:.1f} MB，最多 20 MB）")
        data = path.read_bytes()
    except OSError as exc:
        raise AppError(f"佐证材料：无法读取文件 {path.name}（{exc.strerror or exc}）") from exc
    with database.atomic():
        s = _get(suggestion_id)
        attachment = SuggestionAttachment.create(suggestion=s, file_name=path.name[:200], size=len(data),
                                                 data=data, added_by=access.current_actor())
        _log(s, "添加佐证材料", path.name)
    events.changed(TOPIC)
    return attachment


def attachment_rows(suggestion_id: int) -> list[AttachmentRow]:
    query = (SuggestionAttachment.select(SuggestionAttachment.id, SuggestionAttachment.file_name,
                                         SuggestionAttachment.size, SuggestionAttachment.added_by,
                                         SuggestionAttachment.created_at)
             .where(SuggestionAttachment.suggestion == suggestion_id).order_by(SuggestionAttachment.id))
    return [AttachmentRow(a.id, a.file_name, a.size, a.added_by, a.created_at) for a in query]


def attachment_content(attachment_id: int) -> tuple[str, bytes]:
    a = SuggestionAttachment.get_or_none(SuggestionAttachment.id == attachment_id)
    if a is None:
        raise NotFound("该附件已不存在，请刷新后再试。")
    return a.file_name, bytes(a.data)


def remove_attachment(attachment_id: int) -> None:
    with database.atomic():
        a = SuggestionAttachment.get_or_none(SuggestionAttachment.id == attachment_id)
        if a is None:
            raise NotFound("该附件已不存在，请刷新后再试。")
        s = a.suggestion
        a.delete_instance()
        problems = status_problems(s)
        if problems:  # rolls back: a closed item keeps its only evidence
            raise ValidationErrors(problems)
        _log(s, "删除佐证材料", a.file_name)
    events.changed(TOPIC)


# ---------------------------------------------------------------- history

@dataclass(frozen=True)
class HistoryRow:
    at: dt.datetime
    action: str
    from_status: str
    to_status: str
    actor: str
    note: str


def history(suggestion_id: int) -> list[HistoryRow]:
    query = (SuggestionHistory.select().where(SuggestionHistory.suggestion == suggestion_id)
             .order_by(SuggestionHistory.at, SuggestionHistory.id))
    return [HistoryRow(h.at, h.action, h.from_status, h.to_status, h.actor, h.note) for h in query]


# ---------------------------------------------------------------- deadlines and ledger rows

def due_state(status: str, deadline: dt.date | None, on: dt.date) -> tuple[str, int | None]:
    """(DUE_OVERDUE | DUE_SOON | "", days left). Overdue: the deadline has passed and the item is not closed."""
    if deadline is None or status not in OPEN_STATUSES:
        return "", None
    left = (deadline - on).days
    if left < 0:
        return DUE_OVERDUE, left
    if left <= DUE_SOON_DAYS:
        return DUE_SOON, left
    return "", left


def due_text(state: str, days_left: int | None) -> str:
    if state == DUE_OVERDUE:
        return f"已逾期{-days_left}天"
    if state == DUE_SOON:
        return "今天到期" if days_left == 0 else f"还剩{days_left}天"
    return ""


@dataclass(frozen=True)
class SuggestionRow:
    """One ledger line with everything tables, exports and documents show. Plain values, cheap to read."""

    id: int
    code: str
    status: str
    merged_into_id: int | None
    merged_into_code: str
    collected_on: dt.date
    channel: str
    event_id: int | None
    event_title: str
    submitter_name: str
    submitter_category: str
    submitter_contact: str
    anonymous: bool
    submitter_count: int  # this item's submitter plus those of items merged into it
    content: str
    category: str
    major: bool
    unit: str  # short name
    unit_full: str
    unit_order: int
    leader: str
    person: str
    measure: str
    deadline: dt.date | None
    progress: str
    completed_on: dt.date | None
    evidence: str
    attachment_count: int
    reply_method: str
    reply_on: dt.date | None
    reply_content: str
    satisfaction: str
    reviewer: str
    reviewed_on: dt.date | None
    rejection_reason: str
    remarks: str
    source_talk_id: int | None
    due: str  # DUE_OVERDUE / DUE_SOON / ""
    days_left: int | None

    @property
    def merged(self) -> bool:
        return self.merged_into_id is not None

    @property
    def display_status(self) -> str:
        return f"{MERGED}→{self.merged_into_code}" if self.merged else self.status

    @property
    def source(self) -> str:
        return f"{self.channel}：{self.event_title}" if self.event_title else self.channel

    @property
    def submitter(self) -> str:
        label = submitter_label(self.submitter_name, self.submitter_category, self.anonymous)
        return f"{label}等{self.submitter_count}人" if self.submitter_count > 1 else label

    @property
    def responsible(self) -> str:
        return "／".join(x for x in (self.unit, self.leader, self.person) if x)

    @property
    def category_label(self) -> str:
        return self.category or UNCLASSIFIED

    @property
    def due_text(self) -> str:
        return due_text(self.due, self.days_left)

    @property
    def reply(self) -> str:
        if not self.reply_method:
            return ""
        parts = [f"{self.reply_method}回复"]
        if self.reply_on:
            parts.append(f"{self.reply_on:%Y-%m-%d}")
        if self.satisfaction:
            parts.append(self.satisfaction)
        text = "，".join(parts)
        return f"{text}：{self.reply_content}" if self.reply_content else text

    @property
    def evidence_text(self) -> str:
        files = f"附件{self.attachment_count}个" if self.attachment_count else ""
        return "；".join(x for x in (self.evidence, files) if x)

    @property
    def closing(self) -> str:
        if self.status == "不予采纳":
            return f"不予采纳：{self.rejection_reason}"
        if self.reviewer:
            return f"{self.reviewer} {self.reviewed_on:%Y-%m-%d}" if self.reviewed_on else self.reviewer
        return ""

    def matches(self, text: str) -> bool:
        text = text.strip().lower()
        if not text:
            return True
        haystack = " ".join((self.code, self.content, self.submitter_name, self.submitter_category, self.unit,
                             self.unit_full, self.leader, self.person, self.measure, self.progress,
                             self.category, self.event_title, self.channel, self.remarks)).lower()
        return all(word in haystack for word in text.split())


def suggestion_rows(*, on: dt.date | None = None, include_merged: bool = True,
                    ids: list[int] | None = None) -> list[SuggestionRow]:
    """Every ledger line (merged-away ones too unless include_merged=False), in 编号 order."""
    on = on or today()
    merged_counts = dict(Suggestion.select(Suggestion.merged_into, pw.fn.COUNT(Suggestion.id))
                         .where(Suggestion.deleted_at.is_null() & Suggestion.merged_into.is_null(False))
                         .group_by(Suggestion.merged_into).tuples())
    files = dict(SuggestionAttachment.select(SuggestionAttachment.suggestion, pw.fn.COUNT(SuggestionAttachment.id))
                 .group_by(SuggestionAttachment.suggestion).tuples())
    majors = set(major_categories())
    codes = dict(Suggestion.select(Suggestion.id, Suggestion.code).tuples())
    query = (Suggestion.select(Suggestion, FeedbackEvent.title.alias("event_title"), Unit.name.alias("unit_name"),
                               Unit.short_name.alias("unit_short"), Unit.sort_order.alias("unit_order"))
             .join(FeedbackEvent, pw.JOIN.LEFT_OUTER, on=(Suggestion.event == FeedbackEvent.id))
             .switch(Suggestion)
             .join(Unit, pw.JOIN.LEFT_OUTER, on=(Suggestion.unit == Unit.id))
             .where(Suggestion.deleted_at.is_null())
             .order_by(Suggestion.collected_on, Suggestion.code))
    if not include_merged:
        query = query.where(Suggestion.merged_into.is_null())
    if ids is not None:
        query = query.where(Suggestion.id.in_(ids))
    rows = []
    for r in query.dicts():
        merged_into = r["merged_into"]
        state, left = due_state(r["status"], r["deadline"], on) if merged_into is None else ("", None)
        rows.append(SuggestionRow(
            id=r["id"], code=r["code"], status=r["status"], merged_into_id=merged_into,
            merged_into_code=codes.get(merged_into, "") if merged_into else "",
            collected_on=r["collected_on"], channel=r["channel"], event_id=r["event"],
            event_title=r["event_title"] or "", submitter_name=r["submitter_name"],
            submitter_category=r["submitter_category"], submitter_contact=r["submitter_contact"],
            anonymous=bool(r["anonymous"]), submitter_count=1 + merged_counts.get(r["id"], 0),
            content=r["content"], category=r["category"], major=r["category"] in majors,
            unit=r["unit_short"] or r["unit_name"] or "", unit_full=r["unit_name"] or "",
            unit_order=r["unit_order"] if r["unit_order"] is not None else 10_000,
            leader=r["leader"], person=r["person"], measure=r["measure"], deadline=r["deadline"],
            progress=r["progress"], completed_on=r["completed_on"], evidence=r["evidence"],
            attachment_count=files.get(r["id"], 0), reply_method=r["reply_method"], reply_on=r["reply_on"],
            reply_content=r["reply_content"], satisfaction=r["satisfaction"], reviewer=r["reviewer"],
            reviewed_on=r["reviewed_on"], rejection_reason=r["rejection_reason"], remarks=r["remarks"],
            source_talk_id=r["source_talk_id"], due=state, days_left=left))
    return rows


def suggestion_row(suggestion_id: int, on: dt.date | None = None) -> SuggestionRow:
    rows = suggestion_rows(on=on, ids=[suggestion_id])
    if not rows:
        raise NotFound("该意见建议已不存在（可能已被删除），请刷新后再试。")
    return rows[0]


def _resolve_unit_filter(unit: str | None) -> Unit | None:
    if not unit:
        return None
    found = Unit.get_or_none((Unit.name == unit) | (Unit.short_name == unit))
    if found is None:
        names = "、".join(u.short_name or u.name for u in Unit.select().order_by(Unit.sort_order))
        raise ValidationError("责任单位", f"“{unit}”不在单位名单中（可选：{names}）")
    return found


def _check_status_filter(status: str | None) -> None:
    if status and status not in STATUSES:
        raise ValidationError("状态", f"“{status}”不是有效状态（可选：{'、'.join(STATUSES)}）")


def ledger_rows(*, unit: str | None = None, status: str | None = None,
                on: dt.date | None = None) -> list[SuggestionRow]:
    """The 整改清单: consolidated items (merged-away ones left out), by unit, then status, then 编号."""
    found = _resolve_unit_filter(unit)
    _check_status_filter(status)
    rows = [r for r in suggestion_rows(on=on, include_merged=False)
            if (found is None or r.unit_full == found.name) and (not status or r.status == status)]
    rows.sort(key=lambda r: (r.unit_order, r.unit_full == "", STATUSES.index(r.status), r.code))
    return rows


def overdue_rows(*, unit: str | None = None, on: dt.date | None = None) -> list[SuggestionRow]:
    """Overdue items (deadline passed, not closed), by unit, oldest deadline first."""
    found = _resolve_unit_filter(unit)
    rows = [r for r in suggestion_rows(on=on, include_merged=False)
            if r.due == DUE_OVERDUE and (found is None or r.unit_full == found.name)]
    rows.sort(key=lambda r: (r.unit_order, r.deadline, r.code))
    return rows


def group_by_unit(rows: list[SuggestionRow]) -> list[tuple[str, list[SuggestionRow]]]:
    """[(unit name, rows)] keeping the order of `rows` (already sorted by unit)."""
    groups: dict[str, list[SuggestionRow]] = {}
    for r in rows:
        groups.setdefault(r.unit_full or NO_UNIT, []).append(r)
    return list(groups.items())


def summary(on: dt.date | None = None) -> dict:
    """Figures for `stats --json` and the status bar. Counts consolidated items (merged-away ones apart)."""
    on = on or today()
    rows = suggestion_rows(on=on)
    consolidated = [r for r in rows if not r.merged]
    per_status = {s: 0 for s in STATUSES}
    per_category = {c: 0 for c in categories()}
    per_unit: dict[str, int] = {u.short_name or u.name: 0 for u in Unit.select().order_by(Unit.sort_order, Unit.id)}
    satisfaction = {s: 0 for s in SATISFACTION}
    for r in consolidated:
        per_status[r.status] += 1
        per_category[r.category_label] = per_category.get(r.category_label, 0) + 1
        per_unit[r.unit or NO_UNIT] = per_unit.get(r.unit or NO_UNIT, 0) + 1
        if r.satisfaction:
            satisfaction[r.satisfaction] += 1
    total = len(consolidated)
    event_list = event_rows()
    return {
        "total": total,
        "merged": len(rows) - total,
        "per_category": per_category,
        "per_status": per_status,
        "per_unit": per_unit,
        "overdue": sum(1 for r in consolidated if r.due == DUE_OVERDUE),
        "due_soon": sum(1 for r in consolidated if r.due == DUE_SOON),
        "closed": per_status["已销号"],
        "closed_share": round(per_status["已销号"] / total, 4) if total else 0.0,
        "satisfaction": satisfaction,
        "events": len(event_list),
        "participants": sum(e.participant_total for e in event_list),
        "reviewed_files": sum(e.reviewed_files for e in event_list),
    }


def stats() -> dict:
    return summary()
