"""Table models of the 我为群众办实事 tab, on ui.common.table.RowTableModel over the service's plain rows."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from app.service.models import CATEGORIES, MEASURE_KINDS
from ui.common.table import Column, RowTableModel


def _date(day) -> str:
    return f"{day:%Y-%m-%d}" if day else ""


class RecordTableModel(RowTableModel):
    def __init__(self, parent=None):
        super().__init__([
            Column(QT_TRANSLATE_NOOP("TableHeader", "日期"), lambda r: r.when, sort=lambda r: (r.reported_on, r.id)),
            Column(QT_TRANSLATE_NOOP("TableHeader", "单位"), lambda r: r.unit, sort=lambda r: (r.unit_order, r.unit)),
            Column(QT_TRANSLATE_NOOP("TableHeader", "类别"), lambda r: r.category,
                   sort=lambda r: CATEGORIES.index(r.category) if r.category in CATEGORIES else 99),
            Column(QT_TRANSLATE_NOOP("TableHeader", "数字"), lambda r: r.figure, sort=lambda r: r.number, align="right"),
            Column(QT_TRANSLATE_NOOP("TableHeader", "比较"), lambda r: r.compared),
            Column(QT_TRANSLATE_NOOP("TableHeader", "办实事情况"), lambda r: r.text),
        ], parent, key=lambda r: r.id)


class MeasureTableModel(RowTableModel):
    def __init__(self, parent=None):
        super().__init__([
            Column(QT_TRANSLATE_NOOP("TableHeader", "出台日期"), lambda r: _date(r.issued_on), sort=lambda r: r.issued_on),
            Column(QT_TRANSLATE_NOOP("TableHeader", "措施类别"), lambda r: r.kind,
                   sort=lambda r: MEASURE_KINDS.index(r.kind) if r.kind in MEASURE_KINDS else 99),
            Column(QT_TRANSLATE_NOOP("TableHeader", "出台单位"), lambda r: r.unit, sort=lambda r: (r.unit_order, r.unit)),
            Column(QT_TRANSLATE_NOOP("TableHeader", "落实情况"), lambda r: r.status),
            Column(QT_TRANSLATE_NOOP("TableHeader", "措施名称"), lambda r: r.title),
        ], parent, key=lambda r: r.id)
