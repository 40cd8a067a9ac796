"""The 建章立制 tables: rules, 整治 measures and the six problems' lines (RowTableModel over the core's rows)."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QColor

from app.rules.models import DONE, ISSUED, PROBLEMS
from ui.common.table import Column, RowTableModel

DONE_BACKGROUND = QColor(226, 239, 218)
OVERDUE_BACKGROUND = QColor(250, 219, 216)


def date_text(day) -> str:
    return f"{day:%Y-%m-%d}" if day else ""


def problem_order(row) -> int:
    """The six problems sort in their own order, not by pinyin."""
    return PROBLEMS.index(row.problem) if row.problem in PROBLEMS else len(PROBLEMS)


def one_line(text: str, limit: int = 60) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= limit else text[:limit] + "…"


class RuleTableModel(RowTableModel):
    STATUS = 3

    def __init__(self, parent=None):
        super().__init__([
            Column(QT_TRANSLATE_NOOP("TableHeader", "制度名称"), lambda r: r.title),
            Column(QT_TRANSLATE_NOOP("TableHeader", "制定单位"), lambda r: r.unit),
            Column(QT_TRANSLATE_NOOP("TableHeader", "类别"), lambda r: r.kind),
            Column(QT_TRANSLATE_NOOP("TableHeader", "状态"), lambda r: r.status),
            Column(QT_TRANSLATE_NOOP("TableHeader", "出台日期"), lambda r: date_text(r.issued_on),
                   sort=lambda r: r.issued_on.toordinal() if r.issued_on else 10 ** 7),
            Column(QT_TRANSLATE_NOOP("TableHeader", "文号"), lambda r: r.doc_number),
            Column(QT_TRANSLATE_NOOP("TableHeader", "关联整改事项"), lambda r: "、".join(r.suggestion_codes)),
            Column(QT_TRANSLATE_NOOP("TableHeader", "关联顽瘴痼疾整治"),
                   lambda r: "、".join(dict.fromkeys(r.measure_problems))),
        ], parent, key=lambda r: r.id)

    def background(self, row, column):
        return DONE_BACKGROUND if column == self.STATUS and row.status == ISSUED else None


class MeasureTableModel(RowTableModel):
    STATUS, DUE = 4, 5

    def __init__(self, parent=None):
        super().__init__([
            Column(QT_TRANSLATE_NOOP("TableHeader", "顽瘴痼疾"), lambda r: r.problem, sort=problem_order),
            Column(QT_TRANSLATE_NOOP("TableHeader", "整治措施"), lambda r: one_line(r.measure)),
            Column(QT_TRANSLATE_NOOP("TableHeader", "责任单位"), lambda r: r.unit),
            Column(QT_TRANSLATE_NOOP("TableHeader", "完成时限"), lambda r: date_text(r.deadline)),
            Column(QT_TRANSLATE_NOOP("TableHeader", "状态"), lambda r: r.status),
            Column(QT_TRANSLATE_NOOP("TableHeader", "时限情况"), lambda r: r.due_text),
            Column(QT_TRANSLATE_NOOP("TableHeader", "完成日期"), lambda r: date_text(r.completed_on)),
            Column(QT_TRANSLATE_NOOP("TableHeader", "关联制度"), lambda r: "、".join(r.rules)),
        ], parent, key=lambda r: r.id)

    def background(self, row, column):
        if column == self.STATUS and row.status == DONE:
            return DONE_BACKGROUND
        if column == self.DUE and row.overdue:
            return OVERDUE_BACKGROUND
        return None


class ProblemTableModel(RowTableModel):
    def __init__(self, parent=None):
        super().__init__([
            Column(QT_TRANSLATE_NOOP("TableHeader", "顽瘴痼疾"), lambda r: r.problem, sort=problem_order),
            Column(QT_TRANSLATE_NOOP("TableHeader", "整治措施"), lambda r: r.measures, align="right"),
            Column(QT_TRANSLATE_NOOP("TableHeader", "已完成"), lambda r: r.done, align="right"),
            Column(QT_TRANSLATE_NOOP("TableHeader", "逾期"), lambda r: r.overdue, align="right"),
            Column(QT_TRANSLATE_NOOP("TableHeader", "关联制度"), lambda r: r.rules, align="right"),
        ], parent, key=lambda r: r.problem)
