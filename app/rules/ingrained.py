"""The 顽瘴痼疾整治 list of 查纠整改: for each of the six ingrained problems, the measures taken (措施, 责任单位,
时限, 状态 未启动/整治中/已完成), overdue like the feedback ledger, and the 建章立制 rules that close them."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import peewee as pw

from app import events
from app.common.datetext import parse_date
from app.common.safe_text import clean_into
from app.errors import NotFound, ValidationError, ValidationErrors
from app.common.deadlines import DUE_OVERDUE, due_state, due_text
from app.roster.models import Unit
from app.rules._common import MAX_TEXT, TOPIC, choice, today, unit_label, unit_or_none
from app.rules.models import DONE, MEASURE_STATUSES, NOT_STARTED, PROBLEMS, IngrainedMeasure, Rule, RuleMeasure
from app.store.db import database
from app.store.base import create_or_update

@dataclass
class MeasureData:
    problem: str = ""
    measure: str = ""
    unit: str = ""  # full name, short name or alias; "" for the office itself
    deadline: dt.date | str | None = None
    status: str = NOT_STARTED
    completed_on: dt.date | str | None = None
    remarks: str = ""


def _validated(data: MeasureData) -> dict:
    errors: list = []
    problem = choice(data.problem, PROBLEMS, "顽瘴痼疾", errors)
    measure = clean_into(errors, data.measure, MAX_TEXT, "整治措施", multiline=True)
    if not measure and not any(e.field == "整治措施" for e in errors):
        errors.append(ValidationError("整治措施", "不能为空"))
    unit = unit_or_none(data.unit, "责任单位", errors)
    deadline = parse_date(data.deadline, "完成时限", errors)
    status = choice(data.status, MEASURE_STATUSES, "状态", errors)
    completed_on = parse_date(data.completed_on, "完成日期", errors)
    remarks = clean_into(errors, data.remarks, MAX_TEXT, "备注", multiline=True)
    if status == DONE and completed_on is None and not any(e.field == "完成日期" for e in errors):
        errors.append(ValidationError("完成日期", "已完成的措施必须填写完成日期"))
    if status != DONE and completed_on is not None:
        errors.append(ValidationError("完成日期", "措施尚未完成，不填完成日期（完成后把状态改为“已完成”）"))
    if completed_on and completed_on > today():
        errors.append(ValidationError("完成日期", "不能晚于今天"))
    if errors:
        raise ValidationErrors(errors)
    return dict(problem=problem, measure=measure, unit=unit, deadline=deadline, status=status,
                completed_on=completed_on, remarks=remarks)


def save_measure(data: MeasureData, measure_id: int | None = None) -> IngrainedMeasure:
    values = _validated(data)
    with database.atomic():
        measure = create_or_update(IngrainedMeasure, values, measure_id, get_measure)
    events.changed(TOPIC)
    return measure


def get_measure(measure_id: int) -> IngrainedMeasure:
    measure = IngrainedMeasure.get_or_none((IngrainedMeasure.id == measure_id) & IngrainedMeasure.deleted_at.is_null())
    if measure is None:
        raise NotFound("该整治措施已不存在（可能已被删除），请刷新后再试。")
    return measure


def delete_measure(measure_id: int) -> None:
    with database.atomic():
        get_measure(measure_id).move_to_trash()
    events.changed(TOPIC)


@dataclass(frozen=True)
class MeasureRow:
    id: int
    problem: str
    measure: str
    unit: str
    unit_name: str
    deadline: dt.date | None
    status: str
    completed_on: dt.date | None
    remarks: str
    due: str  # DUE_OVERDUE, DUE_SOON or ""
    days_left: int | None
    rules: tuple[str, ...]  # titles of the 建章立制 rules linked to it

    @property
    def overdue(self) -> bool:
        return self.due == DUE_OVERDUE

    @property
    def due_text(self) -> str:
        return due_text(self.due, self.days_left)

    @property
    def label(self) -> str:
        """How a rule form names it: problem and the start of the measure."""
        text = self.measure.replace("\n", " ")
        return f"{self.problem}：{text[:30]}{'…' if len(text) > 30 else ''}"


def measure_rows(*, problem: str | None = None, on: dt.date | None = None) -> list[MeasureRow]:
    """The 整治 list, problem by problem in the order of the six, then by deadline."""
    on = on or today()
    query = (IngrainedMeasure.select(IngrainedMeasure, Unit.short_name.alias("unit_short"), Unit.name.alias("unit_full"))
             .join(Unit, pw.JOIN.LEFT_OUTER, on=(IngrainedMeasure.unit == Unit.id))
             .where(IngrainedMeasure.deleted_at.is_null()))
    if problem:
        query = query.where(IngrainedMeasure.problem == problem)
    titles: dict[int, list[str]] = {}
    for measure_id, title in (RuleMeasure.select(RuleMeasure.measure, Rule.title).join(Rule)
                              .where(Rule.deleted_at.is_null()).order_by(Rule.id).tuples()):
        titles.setdefault(measure_id, []).append(title)
    rows = []
    for r in query.dicts():
        due, left = due_state(r["status"] != DONE, r["deadline"], on)
        rows.append(MeasureRow(id=r["id"], problem=r["problem"], measure=r["measure"],
                               unit=unit_label(r["unit_short"], r["unit_full"]), unit_name=r["unit_full"] or "",
                               deadline=r["deadline"], status=r["status"], completed_on=r["completed_on"],
                               remarks=r["remarks"], due=due, days_left=left, rules=tuple(titles.get(r["id"], ()))))
    rows.sort(key=lambda r: (PROBLEMS.index(r.problem) if r.problem in PROBLEMS else 9, r.deadline or dt.date.max,
                             r.id))
    return rows


@dataclass(frozen=True)
class ProblemLine:
    """One problem of the six: how many measures, done, overdue, and rules closing them."""
    problem: str
    measures: int
    done: int
    overdue: int
    rules: int


def problem_lines(rows: list[MeasureRow] | None = None) -> list[ProblemLine]:
    rows = measure_rows() if rows is None else rows
    lines = []
    for problem in PROBLEMS:
        mine = [r for r in rows if r.problem == problem]
        lines.append(ProblemLine(problem, len(mine), sum(r.status == DONE for r in mine),
                                 sum(r.overdue for r in mine), len({t for r in mine for t in r.rules})))
    return lines
