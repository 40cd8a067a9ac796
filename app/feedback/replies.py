"""Replies to the people who raised a suggestion: recording how and when they were answered, everyone who
raised it (its own submitter and those of the items merged into it), and who a 回复函 can go to."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from app import events
from app.common.safe_text import clean_into
from app.errors import ValidationError, ValidationErrors
from app.feedback._common import MAX_LONG, TOPIC, get_active, get_suggestion, log_step, parse_date, today
from app.feedback.ledger import SuggestionRow, submitter_label, suggestion_row
from app.feedback.models import REPLY_METHODS, SATISFACTION, FeedbackEvent, Suggestion
from app.store.db import database

NO_LETTER_CATEGORIES = ("督导组", "评查组")  # answered by a rectification report, not a letter


def record_reply(suggestion_id: int, *, method: str, on: dt.date | None, satisfaction: str = "",
                 content: str = "") -> Suggestion:
    """The reply to the submitter: how (当面/电话/书面 …), when, what was said and how satisfied they are."""
    errors: list[ValidationError] = []
    method = (method or "").strip()
    satisfaction = (satisfaction or "").strip()
    content = clean_into(errors, content, MAX_LONG, "反馈内容", multiline=True)
    on = parse_date(on, "回复日期", errors)
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
        s = get_active(suggestion_id)
        if on < s.collected_on:
            raise ValidationError("回复日期", "不能早于收集日期")
        s.reply_method, s.reply_on, s.satisfaction, s.reply_content = method, on, satisfaction, content
        s.save()
        log_step(s, "回复提出人", f"{method}回复，{satisfaction or '满意度未填'}" + (f"：{content}" if content else ""))
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


def submitters(suggestion_id: int) -> list[SubmitterRow]:
    """Everyone who raised this problem: the item's own submitter, then those of the items merged into it."""
    s = get_suggestion(suggestion_id)
    items = [s] + list(Suggestion.alive().where(Suggestion.merged_into == s.id)
                       .order_by(Suggestion.collected_on, Suggestion.id))
    titles = {e.id: e.title for e in FeedbackEvent.select(FeedbackEvent.id, FeedbackEvent.title)
              .where(FeedbackEvent.id.in_([i.event_id for i in items if i.event_id]))}
    return [SubmitterRow(i.id, i.code, i.submitter_name, i.submitter_category, i.submitter_contact, i.anonymous,
                         i.channel, titles.get(i.event_id, ""), i.collected_on, i.id == s.id) for i in items]


def letter_recipient(suggestion_id: int, recipient_id: int | None = None) -> tuple[SuggestionRow, SubmitterRow]:
    """The ledger line a 回复函 answers (the item a merged one went into) and the submitter it goes to: the
    item's own, or the one who raised `recipient_id`. Refused for anonymous submitters and inspection groups."""
    row = suggestion_row(suggestion_id)
    if row.merged:
        row = suggestion_row(row.merged_into_id)
    people = submitters(row.id)
    recipient = next((p for p in people if p.suggestion_id == (recipient_id or row.id)), None)
    if recipient is None:
        raise ValidationError("收件人", "所选提出人不属于这条意见建议")
    if recipient.anonymous or not recipient.name:
        raise ValidationError("提出人", "匿名或未留姓名的意见建议没有收件人，不能生成回复函")
    if recipient.category in NO_LETTER_CATEGORIES:
        raise ValidationError("提出人", f"“{recipient.name}”是{recipient.category}，请按整改报告格式另行报送，不用回复函")
    return row, recipient


def letter_recipients(suggestion_id: int) -> tuple[SuggestionRow, list[SubmitterRow]]:
    """The ledger line a 回复函 answers and everyone a letter can go to (named, not an inspection group)."""
    row = suggestion_row(suggestion_id)
    if row.merged:
        row = suggestion_row(row.merged_into_id)
    people = [p for p in submitters(row.id)
              if not p.anonymous and p.name and p.category not in NO_LETTER_CATEGORIES]
    return row, people
