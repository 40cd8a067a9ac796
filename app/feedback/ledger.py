"""The 整改清单 as rows: one plain `SuggestionRow` per suggestion with everything tables, exports and documents
show (deadline state, submitters counted over merges, attachments), the ledger and overdue selections, and
grouping by responsible unit."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import peewee as pw

from app.common import deadlines
from app.common.deadlines import DUE_OVERDUE, due_text
from app.errors import NotFound, ValidationError
from app.feedback._common import today
from app.feedback.categories import major_categories
from app.feedback.models import OPEN_STATUSES, STATUSES, FeedbackEvent, Suggestion, SuggestionAttachment
from app.roster.models import Unit
from app.roster.units import find_unit

NO_UNIT = "（未确定责任单位）"
UNCLASSIFIED = "未分类"
MERGED = "已合并"


def due_state(status: str, deadline: dt.date | None, on: dt.date) -> tuple[str, int | None]:
    """(DUE_OVERDUE | DUE_SOON | "", days left). Overdue: the deadline has passed and the item is not closed."""
    return deadlines.due_state(status in OPEN_STATUSES, deadline, on)


def submitter_label(name: str, category: str, anonymous: bool) -> str:
    who = "匿名" if anonymous else (name or "")
    if who and category:
        return f"{who}（{category}）"
    return who or category or "未留名"



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
    found = find_unit(unit)
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
