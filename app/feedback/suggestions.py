"""The suggestions ledger's records: the editable fields of one suggestion, their validation, the rules each
status sets (`status_problems`), and registering, editing and removing suggestions (one, a symposium's
list, or one raised in a talk)."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, fields

from app import events
from app.common.safe_text import clean_into
from app.errors import Conflict, ValidationError, ValidationErrors
from app.feedback._common import (
    MAX_LONG, MAX_TEXT, TOPIC, get_suggestion, log_step, parse_date, today, unit_by_name)
from app.feedback.categories import categories, next_code
from app.feedback.models import (
    CHANNELS, STATUSES, SUBMITTER_CATEGORIES, FeedbackEvent, Suggestion, SuggestionAttachment)
from app.roster.units import find_unit
from app.store.db import database

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
            value = parse_date(value, FIELD_LABELS[f.name], errors)
        elif f.name in ("event_id", "anonymous"):
            pass
        else:
            long = f.name in LONG_FIELDS
            value = clean_into(errors, value, MAX_LONG if long else MAX_TEXT, FIELD_LABELS[f.name], multiline=long)
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
        unit = unit_by_name(clean.unit, "责任单位", errors)
        clean.unit = unit.name if unit else clean.unit
    check_dates(clean.collected_on, clean.deadline, clean.completed_on, clean.reviewed_on, errors)
    if errors:
        raise ValidationErrors(errors)
    return clean


def check_dates(collected, deadline, completed, reviewed, errors: list) -> None:
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


def apply_data(s: Suggestion, data: SuggestionData) -> list[str]:
    """Copy validated data onto the model; returns the labels of the fields that changed."""
    changed = []
    for f in fields(SuggestionData):
        if f.name == "unit":
            new_unit = find_unit(data.unit).id if data.unit else None
            if new_unit != s.unit_id:
                changed.append(FIELD_LABELS["unit"])
                s.unit = new_unit
            continue
        new = getattr(data, f.name)
        if getattr(s, f.name) != new:
            changed.append(FIELD_LABELS[f.name])
            setattr(s, f.name, new)
    return changed


# ---------------------------------------------------------------- writes

def create_suggestion(data: SuggestionData, *, source_talk_id: int | None = None, note: str = "") -> Suggestion:
    data = validate_suggestion(data)
    with database.atomic():
        s = _create(data, source_talk_id=source_talk_id, note=note)
    events.changed(TOPIC)
    return s


def _create(data: SuggestionData, *, source_talk_id: int | None = None, note: str = "") -> Suggestion:
    s = Suggestion(code=next_code(data.collected_on.year), status=STATUSES[0], source_talk_id=source_talk_id)
    apply_data(s, data)
    problems = status_problems(s)
    if problems:
        raise ValidationErrors(problems)
    s.save()
    log_step(s, "登记", note, to_status=s.status)
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
        s = get_suggestion(suggestion_id)
        changed = apply_data(s, data)
        if not changed:
            return s
        problems = status_problems(s)
        if problems:
            raise ValidationErrors(problems)
        s.save()
        log_step(s, "修改", "修改了：" + "、".join(changed))
    events.changed(TOPIC)
    return s


def delete_suggestion(suggestion_id: int) -> None:
    """Only an item still 待交办 (a wrong entry) may be removed; it goes to the trash with its history."""
    with database.atomic():
        s = get_suggestion(suggestion_id)
        if s.status != "待交办":
            raise Conflict(f"{s.code} 已进入办理流程（{s.status}），不能删除；如不采纳请用“不予采纳”并写明理由。")
        if Suggestion.select().where(Suggestion.merged_into == s.id).exists():
            raise Conflict(f"{s.code} 合并了其他条目，请先撤销合并再删除。")
        s.move_to_trash()
        log_step(s, "删除")
    events.changed(TOPIC)
