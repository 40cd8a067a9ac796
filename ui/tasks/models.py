"""Table models of the 任务督导 tab: the task list (deadline marked as the feedback ledger marks it), 督导 visits,
their 提醒, daily reports and the 漏报 list; all on ui.common.table.RowTableModel over the service's plain rows."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from app.common.deadlines import DUE_OVERDUE, DUE_SOON
from app.tasks.models import STAGES
from ui.common.table import Column, RowTableModel, SortProxy
from ui.rectify.models import DONE_BACKGROUND, NO_DEADLINE, OVERDUE_BACKGROUND, SOON_BACKGROUND, date_text, one_line


def _deadline(r) -> str:
    text = date_text(r.deadline)
    return f"{text}（{r.due_text}）" if r.due_text else text


def _deadline_order(r) -> int:
    return r.deadline.toordinal() if r.deadline else NO_DEADLINE


def _mark(row, column: int, deadline_column: int, status_column: int):
    if column == deadline_column:
        return {DUE_OVERDUE: OVERDUE_BACKGROUND, DUE_SOON: SOON_BACKGROUND}.get(row.due)
    if column == status_column and row.closed_on:
        return DONE_BACKGROUND
    return None


class TaskTableModel(RowTableModel):
    DEADLINE, STATUS = 6, 7

    def __init__(self, parent=None):
        super().__init__([
            Column(QT_TRANSLATE_NOOP("TableHeader", "序号"), lambda r: r.number, align="right"),
            Column(QT_TRANSLATE_NOOP("TableHeader", "环节"), lambda r: r.stage,
                   sort=lambda r: (STAGES.index(r.stage) if r.stage in STAGES else 9, r.number)),
            Column(QT_TRANSLATE_NOOP("TableHeader", "重点工作"), lambda r: "★" if r.key_work else "", align="center"),
            Column(QT_TRANSLATE_NOOP("TableHeader", "类别"), lambda r: r.kind),
            Column(QT_TRANSLATE_NOOP("TableHeader", "任务"), lambda r: r.title),
            Column(QT_TRANSLATE_NOOP("TableHeader", "责任单位"), lambda r: r.unit, sort=lambda r: (r.unit_order, r.unit)),
            Column(QT_TRANSLATE_NOOP("TableHeader", "完成时限"), _deadline, sort=_deadline_order),
            Column(QT_TRANSLATE_NOOP("TableHeader", "状态"), lambda r: r.status),
            Column(QT_TRANSLATE_NOOP("TableHeader", "销号日期"), lambda r: date_text(r.closed_on)),
            Column(QT_TRANSLATE_NOOP("TableHeader", "佐证材料"), lambda r: one_line(r.evidence)),
        ], parent, key=lambda r: r.id)

    def background(self, row, column: int):
        return _mark(row, column, self.DEADLINE, self.STATUS)


class TaskFilter(SortProxy):
    """The list's filters: 环节, 重点工作 only, status, overdue only, and typed text."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.stage, self.key_only, self.status, self.overdue = "", False, "", False

    def set_criteria(self, **criteria) -> None:
        for key, value in criteria.items():
            setattr(self, key, value)
        self.set_predicate(self._accepts)

    def _accepts(self, r) -> bool:
        return ((not self.stage or r.stage == self.stage) and (not self.key_only or r.key_work)
                and (not self.status or r.status == self.status) and (not self.overdue or r.overdue))


class VisitTableModel(RowTableModel):
    def __init__(self, parent=None):
        super().__init__([
            Column(QT_TRANSLATE_NOOP("TableHeader", "督导日期"), lambda r: date_text(r.visited_on)),
            Column(QT_TRANSLATE_NOOP("TableHeader", "督导单位"), lambda r: r.unit),
            Column(QT_TRANSLATE_NOOP("TableHeader", "督导组"), lambda r: r.team),
            Column(QT_TRANSLATE_NOOP("TableHeader", "提醒"), lambda r: r.reminders, align="right"),
            Column(QT_TRANSLATE_NOOP("TableHeader", "已销号"), lambda r: r.reminders_closed, align="right"),
            Column(QT_TRANSLATE_NOOP("TableHeader", "逾期"), lambda r: r.reminders_overdue, align="right"),
            Column(QT_TRANSLATE_NOOP("TableHeader", "发现问题"), lambda r: one_line(r.findings)),
        ], parent, key=lambda r: r.id)

    def background(self, row, column: int):
        return OVERDUE_BACKGROUND if column == 5 and row.reminders_overdue else None


class ReminderTableModel(RowTableModel):
    DEADLINE, STATUS = 1, 2

    def __init__(self, parent=None):
        super().__init__([
            Column(QT_TRANSLATE_NOOP("TableHeader", "提醒事项"), lambda r: one_line(r.content)),
            Column(QT_TRANSLATE_NOOP("TableHeader", "整改时限"), _deadline, sort=_deadline_order),
            Column(QT_TRANSLATE_NOOP("TableHeader", "状态"), lambda r: r.status),
            Column(QT_TRANSLATE_NOOP("TableHeader", "销号日期"), lambda r: date_text(r.closed_on)),
            Column(QT_TRANSLATE_NOOP("TableHeader", "整改情况"), lambda r: one_line(r.outcome)),
        ], parent, key=lambda r: r.id)

    def background(self, row, column: int):
        return _mark(row, column, self.DEADLINE, self.STATUS)


class ReportTableModel(RowTableModel):
    def __init__(self, parent=None):
        super().__init__([
            Column(QT_TRANSLATE_NOOP("TableHeader", "日期"), lambda r: date_text(r.day)),
            Column(QT_TRANSLATE_NOOP("TableHeader", "单位"), lambda r: r.unit, sort=lambda r: (r.unit_order, r.unit)),
            Column(QT_TRANSLATE_NOOP("TableHeader", "零报告"), lambda r: "零报告" if r.zero_report else "", align="center"),
            Column(QT_TRANSLATE_NOOP("TableHeader", "工作部署"), lambda r: one_line(r.deployment)),
            Column(QT_TRANSLATE_NOOP("TableHeader", "工作提示"), lambda r: one_line(r.hints)),
            Column(QT_TRANSLATE_NOOP("TableHeader", "工作交办"), lambda r: one_line(r.assignments)),
            Column(QT_TRANSLATE_NOOP("TableHeader", "报送人"), lambda r: r.reporter),
        ], parent, key=lambda r: r.id)


class MissingTableModel(RowTableModel):
    def __init__(self, parent=None):
        super().__init__([
            Column(QT_TRANSLATE_NOOP("TableHeader", "日期"), lambda r: date_text(r.day)),
            Column(QT_TRANSLATE_NOOP("TableHeader", "未报送单位"), lambda r: r.unit),
        ], parent)
