"""Table models of the 查纠整改 tab: self-check items, their reviews, the clue ledger (with deadline marks), its
filter and a clue's history. All on ui.common.table.RowTableModel; rows are the service's plain rows."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QColor

from app.common.deadlines import DUE_OVERDUE, DUE_SOON
from app.rectify.models import CLUE_STATUSES, STAGES
from ui.common.table import Column, RowTableModel, SortProxy

OVERDUE_BACKGROUND = QColor(248, 215, 215)
SOON_BACKGROUND = QColor(252, 235, 197)
DONE_BACKGROUND = QColor(226, 239, 218)
NO_DEADLINE = 10_000_000


def date_text(day: dt.date | None) -> str:
    return f"{day:%Y-%m-%d}" if day else ""


def one_line(text: str) -> str:
    return " ".join((text or "").split())


class ItemTableModel(RowTableModel):
    def __init__(self, parent=None):
        super().__init__([
            Column(QT_TRANSLATE_NOOP("TableHeader", "单位"), lambda r: r.unit, sort=lambda r: (r.unit_order, r.unit)),
            Column(QT_TRANSLATE_NOOP("TableHeader", "姓名"), lambda r: r.officer_name),
            Column(QT_TRANSLATE_NOOP("TableHeader", "职务"), lambda r: r.post),
            Column(QT_TRANSLATE_NOOP("TableHeader", "类别"), lambda r: r.category),
            Column(QT_TRANSLATE_NOOP("TableHeader", "填报日期"), lambda r: date_text(r.reported_on)),
            Column(QT_TRANSLATE_NOOP("TableHeader", "主动说明"), lambda r: "是" if r.disclosed else "否", align="center"),
            Column(QT_TRANSLATE_NOOP("TableHeader", "审核进度"), lambda r: r.stage, sort=lambda r: STAGES.index(r.stage)),
            Column(QT_TRANSLATE_NOOP("TableHeader", "处理结果"), lambda r: r.outcome),
            Column(QT_TRANSLATE_NOOP("TableHeader", "线索编号"), lambda r: r.clue_code),
            Column(QT_TRANSLATE_NOOP("TableHeader", "自查事项"), lambda r: one_line(r.content)),
        ], parent, key=lambda r: r.id)

    def background(self, row, column: int):
        return DONE_BACKGROUND if column == 6 and row.stage == STAGES[-1] else None


class ReviewTableModel(RowTableModel):
    def __init__(self, parent=None):
        super().__init__([
            Column(QT_TRANSLATE_NOOP("TableHeader", "审核环节"), lambda r: r.step),
            Column(QT_TRANSLATE_NOOP("TableHeader", "审核人"), lambda r: r.reviewer),
            Column(QT_TRANSLATE_NOOP("TableHeader", "审核日期"), lambda r: date_text(r.reviewed_on)),
            Column(QT_TRANSLATE_NOOP("TableHeader", "处理意见"), lambda r: r.outcome),
            Column(QT_TRANSLATE_NOOP("TableHeader", "审核意见"), lambda r: one_line(r.opinion)),
        ], parent)


def _deadline(r) -> str:
    return f"{date_text(r.deadline)}  {r.due_text}" if r.due else date_text(r.deadline)


class ClueTableModel(RowTableModel):
    DEADLINE = 8

    def __init__(self, parent=None):
        super().__init__([
            Column(QT_TRANSLATE_NOOP("TableHeader", "编号"), lambda r: r.code),
            Column(QT_TRANSLATE_NOOP("TableHeader", "来源"), lambda r: r.source),
            Column(QT_TRANSLATE_NOOP("TableHeader", "收到日期"), lambda r: date_text(r.received_on)),
            Column(QT_TRANSLATE_NOOP("TableHeader", "被反映人"), lambda r: r.subject),
            Column(QT_TRANSLATE_NOOP("TableHeader", "所在单位"), lambda r: r.officer_unit),
            Column(QT_TRANSLATE_NOOP("TableHeader", "状态"), lambda r: r.status,
                   sort=lambda r: CLUE_STATUSES.index(r.status)),
            Column(QT_TRANSLATE_NOOP("TableHeader", "处置方式"), lambda r: r.disposal),
            Column(QT_TRANSLATE_NOOP("TableHeader", "承办单位／人"), lambda r: r.responsible),
            Column(QT_TRANSLATE_NOOP("TableHeader", "时限"), _deadline,
                   sort=lambda r: r.deadline.toordinal() if r.deadline else NO_DEADLINE),
            Column(QT_TRANSLATE_NOOP("TableHeader", "办理结果"), lambda r: r.result),
            Column(QT_TRANSLATE_NOOP("TableHeader", "线索内容"), lambda r: one_line(r.content)),
        ], parent, key=lambda r: r.id)

    def background(self, row, column: int):
        if column == self.DEADLINE:
            return {DUE_OVERDUE: OVERDUE_BACKGROUND, DUE_SOON: SOON_BACKGROUND}.get(row.due)
        if column == 5 and row.status == "已办结":
            return DONE_BACKGROUND
        return None


class ClueFilter(SortProxy):
    """The ledger's filters: source, status, overdue only, and typed text (code, names, content …)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.source, self.status, self.overdue, self.text = "", "", False, ""

    def set_criteria(self, **criteria) -> None:
        for key, value in criteria.items():
            setattr(self, key, value)
        self.set_predicate(self._accepts)

    def _accepts(self, r) -> bool:
        return ((not self.source or r.source == self.source) and (not self.status or r.status == self.status)
                and (not self.overdue or r.overdue) and r.matches(self.text))


class HistoryTableModel(RowTableModel):
    def __init__(self, parent=None):
        super().__init__([
            Column(QT_TRANSLATE_NOOP("TableHeader", "时间"), lambda r: f"{r.at:%Y-%m-%d %H:%M}"),
            Column(QT_TRANSLATE_NOOP("TableHeader", "环节"), lambda r: r.action),
            Column(QT_TRANSLATE_NOOP("TableHeader", "状态"), lambda r: "→".join(x for x in (r.from_status, r.to_status) if x)),
            Column(QT_TRANSLATE_NOOP("TableHeader", "操作人"), lambda r: r.actor),
            Column(QT_TRANSLATE_NOOP("TableHeader", "说明"), lambda r: one_line(r.note)),
        ], parent)
