"""任务清单: the campaign's tasks by 环节, with 重点工作 and 规定动作/自选动作, the responsible unit and deadline;
销号 needs the evidence, the day and who closed it; a closed task can be reopened with a reason. Overdue as in
the feedback ledger: the deadline has passed and the task is not closed."""
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
from app.tasks._common import MAX_LINE, MAX_TEXT, TOPIC, choice, due_state, today, unit_named
from app.tasks.models import CLOSED, KINDS, OPEN, STAGES, CampaignTask
from app.store.base import create_or_update


@dataclass
class TaskData:
    stage: str = STAGES[0]
    title: str = ""
    key_work: bool = False
    kind: str = KINDS[0]
    unit: str = ""  # any name of the responsible unit; "" for none yet
    lead: str = ""
    deadline: dt.date | str | None = None
    remarks: str = ""
    number: int | None = None  # None: the next free number


def _validated(data: TaskData) -> dict:
    errors: list = []
    stage = choice(data.stage, STAGES, "环节", errors)
    title = clean_into(errors, data.title, MAX_LINE, "任务")
    if not title:
        errors.append(ValidationError("任务", "必须填写"))
    kind = choice(data.kind, KINDS, "类别", errors)
    unit = unit_named(data.unit, "责任单位", errors, required=False)
    lead = clean_into(errors, data.lead, MAX_LINE, "责任领导")
    deadline = parse_date(data.deadline, "完成时限", errors)
    remarks = clean_into(errors, data.remarks, MAX_TEXT, "备注", multiline=True)
    number = data.number
    if number is not None:
        try:
            number = int(number)
            if number < 1:
                raise ValueError
        except (TypeError, ValueError):
            errors.append(ValidationError("序号", f"“{data.number}”不是有效的序号（应为正整数）"))
    if errors:
        raise ValidationErrors(errors)
    return dict(stage=stage, title=title, key_work=bool(data.key_work), kind=kind, unit=unit, lead=lead,
                deadline=deadline, remarks=remarks, number=number)


def _get(task_id: int) -> CampaignTask:
    task = CampaignTask.get_or_none((CampaignTask.id == task_id) & CampaignTask.deleted_at.is_null())
    if task is None:
        raise NotFound("该任务已不存在（可能已被删除），请刷新后再试。")
    return task


def _next_number() -> int:
    return (CampaignTask.select(pw.fn.MAX(CampaignTask.number)).where(CampaignTask.deleted_at.is_null())
            .scalar() or 0) + 1


def save_task(data: TaskData, task_id: int | None = None) -> CampaignTask:
    values = _validated(data)
    with database.atomic():
        if values["number"] is None:
            values["number"] = _get(task_id).number if task_id is not None else _next_number()
        taken = CampaignTask.select().where((CampaignTask.number == values["number"])
                                            & CampaignTask.deleted_at.is_null())
        if task_id is not None:
            taken = taken.where(CampaignTask.id != task_id)
        if taken.exists():
            raise ValidationError("序号", f"序号 {values['number']} 已被另一项任务使用")
        task = create_or_update(CampaignTask, values, task_id, _get)
    events.changed(TOPIC)
    return task


def close_task(task_id: int, *, evidence: str, closed_on, closed_by: str) -> CampaignTask:
    """销号: the evidence that the task is done, the day and who closed it; all three are required."""
    errors: list = []
    evidence = clean_into(errors, evidence, MAX_TEXT, "佐证材料", multiline=True)
    if not evidence:
        errors.append(ValidationError("佐证材料", "销号须写明佐证材料"))
    closed_on = parse_date(closed_on, "销号日期", errors, required=True)
    closed_by = clean_into(errors, closed_by, MAX_LINE, "销号人")
    if not closed_by:
        errors.append(ValidationError("销号人", "必须填写"))
    if closed_on and closed_on > today():
        errors.append(ValidationError("销号日期", "不能晚于今天"))
    if errors:
        raise ValidationErrors(errors)
    with database.atomic():
        task = _get(task_id)
        if task.closed_on is not None:
            raise ValidationError("销号日期", f"第{task.number}项任务已于 {task.closed_on:%Y-%m-%d} 销号")
        task.closed_on, task.closed_by, task.evidence = closed_on, closed_by, evidence
        task.save()
    events.changed(TOPIC)
    return task


def reopen_task(task_id: int, reason: str) -> CampaignTask:
    """Undo a 销号 (the work turned out not done): the reason is kept, the evidence stays for the record."""
    errors: list = []
    reason = clean_into(errors, reason, MAX_TEXT, "重新打开理由", multiline=True)
    if not reason and not errors:
        errors.append(ValidationError("重新打开理由", "必须写明为什么重新打开"))
    if errors:
        raise ValidationErrors(errors)
    with database.atomic():
        task = _get(task_id)
        if task.closed_on is None:
            raise ValidationError("重新打开理由", f"第{task.number}项任务尚未销号")
        task.closed_on, task.closed_by = None, ""
        task.reopen_reason = reason
        task.save()
    events.changed(TOPIC)
    return task


def delete_task(task_id: int) -> None:
    """A wrong entry goes to the trash."""
    with database.atomic():
        _get(task_id).move_to_trash()
    events.changed(TOPIC)


@dataclass(frozen=True)
class TaskRow:
    id: int
    number: int
    stage: str
    title: str
    key_work: bool
    kind: str
    unit: str  # short name (or full)
    unit_full: str
    unit_order: int
    lead: str
    deadline: dt.date | None
    closed_on: dt.date | None
    closed_by: str
    evidence: str
    reopen_reason: str
    remarks: str
    due: str
    days_left: int | None

    @property
    def status(self) -> str:
        return CLOSED if self.closed_on else OPEN

    @property
    def overdue(self) -> bool:
        return self.due == DUE_OVERDUE

    @property
    def due_text(self) -> str:
        return due_text(self.due, self.days_left)


def task_rows(*, on: dt.date | None = None) -> list[TaskRow]:
    """Every task (not in the trash), by 环节 then number."""
    on = on or today()
    query = (CampaignTask.select(CampaignTask, Unit.short_name.alias("unit_short"), Unit.name.alias("unit_full"),
                                 Unit.sort_order.alias("unit_order"))
             .join(Unit, pw.JOIN.LEFT_OUTER, on=(CampaignTask.unit == Unit.id))
             .where(CampaignTask.deleted_at.is_null()).dicts())
    rows = []
    for r in query:
        due, left = due_state(r["closed_on"] is not None, r["deadline"], on)
        rows.append(TaskRow(id=r["id"], number=r["number"], stage=r["stage"], title=r["title"],
                            key_work=r["key_work"], kind=r["kind"], unit=r["unit_short"] or r["unit_full"] or "",
                            unit_full=r["unit_full"] or "", unit_order=r["unit_order"] or 0, lead=r["lead"],
                            deadline=r["deadline"], closed_on=r["closed_on"], closed_by=r["closed_by"],
                            evidence=r["evidence"], reopen_reason=r["reopen_reason"], remarks=r["remarks"],
                            due=due, days_left=left))
    rows.sort(key=lambda r: (STAGES.index(r.stage) if r.stage in STAGES else 9, r.number))
    return rows


def task_row(task_id: int) -> TaskRow:
    for row in task_rows():
        if row.id == task_id:
            return row
    raise NotFound("该任务已不存在（可能已被删除），请刷新后再试。")
