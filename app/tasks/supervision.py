"""督导检查 by the "一看二查三访四提醒" method: a visit to a unit (day, team), what it looked at (一看), checked
(二查) and heard on its visits (三访), the problems and short-comings found, and the 提醒 it issued (四提醒),
each with its 整改时限, followed up until 整改销号. A 提醒 past its time limit and not closed is overdue."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import peewee as pw

from app import events
from app.common.safe_text import clean_into
from app.errors import NotFound, ValidationError, ValidationErrors
from app.roster.models import Unit
from app.store.db import database
from app.common.datetext import parse_date
from app.common.deadlines import DUE_OVERDUE, due_text
from app.tasks._common import MAX_LINE, MAX_TEXT, TOPIC, due_state, today, unit_named
from app.tasks.models import SupervisionReminder, SupervisionVisit


@dataclass
class VisitData:
    visited_on: dt.date | str | None = None
    unit: str = ""
    team: str = ""
    looked: str = ""
    checked: str = ""
    visited: str = ""
    findings: str = ""


def _validated(data: VisitData) -> dict:
    errors: list = []
    visited_on = parse_date(data.visited_on, "督导日期", errors, required=True)
    unit = unit_named(data.unit, "督导单位", errors, required=True)
    team = clean_into(errors, data.team, MAX_LINE, "督导组")
    texts = {key: clean_into(errors, getattr(data, key), MAX_TEXT, label, multiline=True)
             for key, label in (("looked", "一看"), ("checked", "二查"), ("visited", "三访"), ("findings", "发现问题"))}
    if visited_on and visited_on > today():
        errors.append(ValidationError("督导日期", "不能晚于今天"))
    if errors:
        raise ValidationErrors(errors)
    return dict(visited_on=visited_on, unit=unit, team=team, **texts)


def _get_visit(visit_id: int) -> SupervisionVisit:
    visit = SupervisionVisit.get_or_none((SupervisionVisit.id == visit_id) & SupervisionVisit.deleted_at.is_null())
    if visit is None:
        raise NotFound("该督导检查记录已不存在（可能已被删除），请刷新后再试。")
    return visit


def save_visit(data: VisitData, visit_id: int | None = None) -> SupervisionVisit:
    values = _validated(data)
    with database.atomic():
        if visit_id is None:
            visit = SupervisionVisit.create(**values)
        else:
            visit = _get_visit(visit_id)
            earliest = (SupervisionReminder.select(pw.fn.MIN(SupervisionReminder.deadline))
                        .where(SupervisionReminder.visit == visit).scalar())
            if earliest is not None and earliest < values["visited_on"]:
                raise ValidationError("督导日期", f"晚于本次督导所提醒事项的整改时限 {earliest:%Y-%m-%d}")
            for key, value in values.items():
                setattr(visit, key, value)
            visit.save()
    events.changed(TOPIC)
    return visit


def delete_visit(visit_id: int) -> None:
    """A wrong entry goes to the trash with its 提醒."""
    with database.atomic():
        _get_visit(visit_id).move_to_trash()
    events.changed(TOPIC)


def add_reminder(visit_id: int, *, content: str, deadline) -> SupervisionReminder:
    """四提醒: what the unit must put right, by its 整改时限 (not before the visit)."""
    errors: list = []
    content = clean_into(errors, content, MAX_TEXT, "提醒事项", multiline=True)
    if not content and not errors:
        errors.append(ValidationError("提醒事项", "必须填写"))
    deadline = parse_date(deadline, "整改时限", errors, required=True)
    if errors:
        raise ValidationErrors(errors)
    with database.atomic():
        visit = _get_visit(visit_id)
        if deadline < visit.visited_on:
            raise ValidationError("整改时限", f"不能早于督导日期 {visit.visited_on:%Y-%m-%d}")
        reminder = SupervisionReminder.create(visit=visit, content=content, deadline=deadline)
    events.changed(TOPIC)
    return reminder


def _get_reminder(reminder_id: int) -> SupervisionReminder:
    reminder = (SupervisionReminder.select().join(SupervisionVisit)
                .where((SupervisionReminder.id == reminder_id) & SupervisionVisit.deleted_at.is_null()).first())
    if reminder is None:
        raise NotFound("该提醒事项已不存在（可能已被删除），请刷新后再试。")
    return reminder


def close_reminder(reminder_id: int, *, outcome: str, closed_on, closed_by: str) -> SupervisionReminder:
    """整改销号: what was done, the day, who closed it."""
    errors: list = []
    outcome = clean_into(errors, outcome, MAX_TEXT, "整改情况", multiline=True)
    if not outcome and not errors:
        errors.append(ValidationError("整改情况", "销号须写明整改情况"))
    closed_on = parse_date(closed_on, "销号日期", errors, required=True)
    closed_by = clean_into(errors, closed_by, MAX_LINE, "销号人")
    if not closed_by and not errors:
        errors.append(ValidationError("销号人", "必须填写"))
    if closed_on and closed_on > today():
        errors.append(ValidationError("销号日期", "不能晚于今天"))
    if errors:
        raise ValidationErrors(errors)
    with database.atomic():
        reminder = _get_reminder(reminder_id)
        if reminder.closed_on is not None:
            raise ValidationError("销号日期", f"该提醒事项已于 {reminder.closed_on:%Y-%m-%d} 销号")
        if closed_on < reminder.visit.visited_on:
            raise ValidationError("销号日期", f"不能早于督导日期 {reminder.visit.visited_on:%Y-%m-%d}")
        reminder.closed_on, reminder.closed_by, reminder.outcome = closed_on, closed_by, outcome
        reminder.save()
    events.changed(TOPIC)
    return reminder


def delete_reminder(reminder_id: int) -> None:
    """A 提醒 entered by mistake; one already closed out stays (undo the close-out first)."""
    with database.atomic():
        reminder = _get_reminder(reminder_id)
        if reminder.closed_on is not None:
            raise ValidationError("提醒事项", f"该提醒事项已于 {reminder.closed_on:%Y-%m-%d} 销号，不能删除（如确属误登记，请先撤销销号）")
        reminder.delete_instance()
    events.changed(TOPIC)


def reopen_reminder(reminder_id: int) -> SupervisionReminder:
    with database.atomic():
        reminder = _get_reminder(reminder_id)
        reminder.closed_on, reminder.closed_by = None, ""
        reminder.save()
    events.changed(TOPIC)
    return reminder


@dataclass(frozen=True)
class VisitRow:
    id: int
    visited_on: dt.date
    unit: str
    unit_full: str
    team: str
    looked: str
    checked: str
    visited: str
    findings: str
    reminders: int
    reminders_closed: int
    reminders_overdue: int


@dataclass(frozen=True)
class ReminderRow:
    id: int
    visit_id: int
    visited_on: dt.date
    unit: str
    content: str
    deadline: dt.date
    closed_on: dt.date | None
    closed_by: str
    outcome: str
    due: str
    days_left: int | None

    @property
    def overdue(self) -> bool:
        return self.due == DUE_OVERDUE

    @property
    def status(self) -> str:
        return "已销号" if self.closed_on else "整改中"

    @property
    def due_text(self) -> str:
        return due_text(self.due, self.days_left)


def reminder_rows(visit_id: int | None = None, *, on: dt.date | None = None) -> list[ReminderRow]:
    """The 提醒 of one visit, or of every visit, earliest time limit first."""
    on = on or today()
    query = (SupervisionReminder.select(SupervisionReminder, SupervisionVisit.visited_on, Unit.short_name,
                                        Unit.name.alias("unit_full"))
             .join(SupervisionVisit).join(Unit, on=(SupervisionVisit.unit == Unit.id))
             .where(SupervisionVisit.deleted_at.is_null()))
    if visit_id is not None:
        query = query.where(SupervisionReminder.visit == visit_id)
    rows = []
    for r in query.order_by(SupervisionReminder.deadline, SupervisionReminder.id).dicts():
        due, left = due_state(r["closed_on"] is not None, r["deadline"], on)
        rows.append(ReminderRow(id=r["id"], visit_id=r["visit"], visited_on=r["visited_on"],
                                unit=r["short_name"] or r["unit_full"], content=r["content"], deadline=r["deadline"],
                                closed_on=r["closed_on"], closed_by=r["closed_by"], outcome=r["outcome"], due=due,
                                days_left=left))
    return rows


def visit_rows(*, on: dt.date | None = None) -> list[VisitRow]:
    """Every visit, newest first, with how many 提醒 it issued, closed and has overdue."""
    counts: dict[int, list[int]] = {}
    for r in reminder_rows(on=on):
        line = counts.setdefault(r.visit_id, [0, 0, 0])
        line[0] += 1
        line[1] += r.closed_on is not None
        line[2] += r.overdue
    query = (SupervisionVisit.select(SupervisionVisit, Unit.short_name, Unit.name.alias("unit_full"))
             .join(Unit, on=(SupervisionVisit.unit == Unit.id)).where(SupervisionVisit.deleted_at.is_null())
             .order_by(SupervisionVisit.visited_on.desc(), SupervisionVisit.id.desc()).dicts())
    return [VisitRow(id=r["id"], visited_on=r["visited_on"], unit=r["short_name"] or r["unit_full"],
                     unit_full=r["unit_full"], team=r["team"], looked=r["looked"], checked=r["checked"],
                     visited=r["visited"], findings=r["findings"], reminders=counts.get(r["id"], [0, 0, 0])[0],
                     reminders_closed=counts.get(r["id"], [0, 0, 0])[1],
                     reminders_overdue=counts.get(r["id"], [0, 0, 0])[2]) for r in query]
