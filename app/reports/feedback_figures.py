"""征求意见 in the overview: suggestions collected (duplicates merged not counted again) per status and
channel, overdue and due soon (as of today), the 六大顽瘴痼疾 ones, and the collection events with their
participants and the files reviewed, for a period and optionally one responsible unit.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import peewee as pw

from app.common.deadlines import DUE_SOON_DAYS
from app.common.figures import rate
from app.feedback.models import (
    EventParticipant, FeedbackCategory, FeedbackEvent, OPEN_STATUSES, PARTICIPANT_CATEGORIES, Suggestion)
from app.feedback.models import STATUSES as FEEDBACK_STATUSES
from app.reports.scope import day_range, today_or, where

ASSIGNED_STATUSES = ("已交办", "整改中", "已整改待验收", "已销号")  # handed to a responsible unit
CLOSED = "已销号"
REJECTED = "不予采纳"
NO_UNIT = "（未确定责任单位）"


@dataclass(frozen=True)
class FeedbackFigures:
    collected: int  # 梳理汇总的意见建议 (merged duplicates not counted again)
    merged: int  # duplicates merged into another item
    per_status: dict  # status → count, every status listed
    overdue: int  # deadline passed, not closed
    due_soon: int  # deadline within 7 days, not closed
    major: int  # in one of the 六大顽瘴痼疾 categories
    events: int  # collection events (座谈会, 走访 …)
    symposiums: int  # of which 座谈会
    participants: int  # people taking part in the events (人次)
    visit_participants: int  # of which at 走访
    reviewed_files: int  # 卷宗 read
    per_channel: dict  # 来源 → items

    @property
    def closed(self) -> int:
        return self.per_status.get(CLOSED, 0)

    @property
    def rejected(self) -> int:
        return self.per_status.get(REJECTED, 0)

    @property
    def open(self) -> int:
        return sum(self.per_status.get(s, 0) for s in OPEN_STATUSES)

    @property
    def assigned(self) -> int:
        return sum(self.per_status.get(s, 0) for s in ASSIGNED_STATUSES)

    @property
    def closed_rate(self) -> float | None:
        return rate(self.closed, self.collected)


def suggestion_conditions(since, until, unit) -> list:
    """Conditions on Suggestion: alive, collected in the range, of the unit (when one is given)."""
    return [Suggestion.deleted_at.is_null(), day_range(Suggestion.collected_on, since, until),
            (Suggestion.unit == unit) if unit is not None else None]


def overdue_condition(today: dt.date):
    """Not closed and past its deadline."""
    return Suggestion.status.in_(OPEN_STATUSES) & (Suggestion.deadline < today)


def feedback_figures(since: dt.date | None = None, until: dt.date | None = None, unit: int | None = None, *,
                     today: dt.date | None = None) -> FeedbackFigures:
    today = today_or(today)
    conditions = suggestion_conditions(since, until, unit)
    majors = FeedbackCategory.select(FeedbackCategory.name).where(FeedbackCategory.major)
    overdue = pw.fn.SUM(pw.Case(None, ((overdue_condition(today), 1),), 0))
    soon = pw.fn.SUM(pw.Case(None, ((Suggestion.status.in_(OPEN_STATUSES) & (Suggestion.deadline >= today)
                                     & (Suggestion.deadline <= today + dt.timedelta(days=DUE_SOON_DAYS)), 1),), 0))
    major = pw.fn.SUM(pw.Case(None, ((Suggestion.category.in_(majors), 1),), 0))
    per_status = {s: 0 for s in FEEDBACK_STATUSES}
    n_overdue = n_soon = n_major = 0
    consolidated = where(Suggestion.select(Suggestion.status, pw.fn.COUNT(Suggestion.id), overdue, soon, major),
                         *conditions, Suggestion.merged_into.is_null()).group_by(Suggestion.status)
    for status, n, k_overdue, k_soon, k_major in consolidated.tuples():
        per_status[status] = per_status.get(status, 0) + n
        n_overdue += int(k_overdue or 0)
        n_soon += int(k_soon or 0)
        n_major += int(k_major or 0)
    merged = where(Suggestion.select(pw.fn.COUNT(Suggestion.id)), *conditions,
                   Suggestion.merged_into.is_null(False)).scalar() or 0
    per_channel = dict(where(Suggestion.select(Suggestion.channel, pw.fn.COUNT(Suggestion.id)), *conditions,
                             Suggestion.merged_into.is_null()).group_by(Suggestion.channel)
                       .order_by(pw.fn.COUNT(Suggestion.id).desc()).tuples())
    event_conditions = [FeedbackEvent.deleted_at.is_null(), day_range(FeedbackEvent.held_on, since, until),
                        (FeedbackEvent.organiser == unit) if unit is not None else None]
    events = where(FeedbackEvent.select(pw.fn.COUNT(FeedbackEvent.id),
                                        pw.fn.SUM(pw.Case(None, ((FeedbackEvent.kind == "座谈会", 1),), 0)),
                                        pw.fn.SUM(FeedbackEvent.reviewed_files)), *event_conditions).tuples().get()
    people = where(EventParticipant.select(pw.fn.SUM(EventParticipant.count),
                                           pw.fn.SUM(pw.Case(None, ((FeedbackEvent.kind == "走访",
                                                                     EventParticipant.count),), 0)))
                   .join(FeedbackEvent, on=(EventParticipant.event == FeedbackEvent.id)),
                   *event_conditions, EventParticipant.category.in_(PARTICIPANT_CATEGORIES)).tuples().get()
    return FeedbackFigures(
        collected=sum(per_status.values()), merged=merged, per_status=per_status, overdue=n_overdue,
        due_soon=n_soon, major=n_major, events=events[0] or 0, symposiums=int(events[1] or 0),
        participants=int(people[0] or 0), visit_participants=int(people[1] or 0),
        reviewed_files=int(events[2] or 0), per_channel={k or "其他": v for k, v in per_channel.items()})
