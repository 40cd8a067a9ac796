"""Table models of the pledge tab (ui.common.table.RowTableModel over the service's rows): the pledges, with
a tick column for the rows the buttons act on; progress per template and unit; the signers being issued to."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QColor

from app.common.figures import percent
from app.pledges.figures import ProgressRow
from app.pledges.ledger import PledgeRow
from app.pledges.models import ARCHIVED, OFFICER, PENDING, PRINTED, SIGNED, STATUSES
from ui.common.table import Column, RowTableModel

STATUS_COLORS = {PENDING: (120, 120, 120), PRINTED: (176, 96, 0), SIGNED: (0, 128, 60), ARCHIVED: (30, 80, 160)}
STATUS_COLUMN = 6  # of the pledge columns (after the tick column, if any)


def _day(value: dt.datetime | dt.date | None) -> dt.date | None:
    return value.date() if isinstance(value, dt.datetime) else value


class PledgeTableModel(RowTableModel):
    """Pledges, one per row; with `checkable`, column 0 is a tick box (the rows the buttons act on)."""

    checked_changed = Signal(int)

    def __init__(self, parent: QObject | None = None, *, checkable: bool = True):
        super().__init__((), parent, key=lambda r: r.id)
        self.checkable = checkable
        self.checked: set[int] = set()
        self._offset = 1 if checkable else 0
        in_print_order = lambda r: (r.unit_order, r.department_order, r.id)  # noqa: E731 — as printed
        columns = [
            Column(QT_TRANSLATE_NOOP("TableHeader", "姓名"), lambda r: r.name, sort=lambda r: (r.name, r.id)),
            Column(QT_TRANSLATE_NOOP("TableHeader", "单位"), lambda r: r.unit, sort=in_print_order),
            Column(QT_TRANSLATE_NOOP("TableHeader", "部门"), lambda r: r.department, sort=in_print_order),
            Column(QT_TRANSLATE_NOOP("TableHeader", "职务"),
                   lambda r: r.post or (self.tr("干警") if r.signer_kind == OFFICER else "")),
            Column(QT_TRANSLATE_NOOP("TableHeader", "承诺书"), lambda r: r.template_name),
            Column(QT_TRANSLATE_NOOP("TableHeader", "版本"), lambda r: self.tr("第%1版").replace("%1", str(r.version))),
            Column(QT_TRANSLATE_NOOP("TableHeader", "状态"), lambda r: r.status, sort=lambda r: STATUSES.index(r.status)),
            Column(QT_TRANSLATE_NOOP("TableHeader", "下发日期"), lambda r: _day(r.issued_at)),
            Column(QT_TRANSLATE_NOOP("TableHeader", "打印日期"), lambda r: _day(r.printed_at)),
            Column(QT_TRANSLATE_NOOP("TableHeader", "签署日期"), lambda r: r.signed_on),
            Column(QT_TRANSLATE_NOOP("TableHeader", "签署方式"), self._how),
            Column(QT_TRANSLATE_NOOP("TableHeader", "归档日期"), lambda r: _day(r.archived_at)),
            Column(QT_TRANSLATE_NOOP("TableHeader", "扫描件"),
                   lambda r: self.tr("%n份", "", r.scans) if r.scans else "", sort=lambda r: r.scans),
        ]
        if checkable:
            columns.insert(0, Column(QT_TRANSLATE_NOOP("TableHeader", "选"), lambda r: "",
                                     sort=lambda r: 0 if r.id in self.checked else 1))
        self.columns = columns

    def _how(self, row: PledgeRow) -> str:
        if not row.signed_on:
            return ""
        return self.tr("屏幕签名") if row.signed_on_screen else self.tr("纸质")

    # ---- rows and ticks
    def set_rows(self, rows, columns=None) -> None:
        rows = list(rows)
        super().set_rows(rows, columns)
        self.checked &= {r.id for r in rows}
        self.checked_changed.emit(len(self.checked))

    def set_checked(self, ids, checked: bool) -> None:
        ids = set(ids)
        if checked:
            self.checked |= ids
        else:
            self.checked -= ids
        if self.rows and self.checkable:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, 0), [Qt.CheckStateRole])
        self.checked_changed.emit(len(self.checked))

    def checked_rows(self) -> list[PledgeRow]:
        return [r for r in self.rows if r.id in self.checked]

    # ---- the tick column
    def _is_tick(self, index: QModelIndex) -> bool:
        return self.checkable and index.column() == 0

    def flags(self, index):
        flags = super().flags(index)
        if index.isValid() and self._is_tick(index):
            flags |= Qt.ItemIsUserCheckable
        return flags

    def data(self, index, role=Qt.DisplayRole):
        if role == Qt.CheckStateRole:
            if not index.isValid() or not self._is_tick(index):
                return None
            return Qt.Checked if self.rows[index.row()].id in self.checked else Qt.Unchecked
        return super().data(index, role)

    def setData(self, index, value, role=Qt.EditRole):
        if role != Qt.CheckStateRole or not index.isValid() or not self._is_tick(index):
            return False
        pledge_id = self.rows[index.row()].id
        if Qt.CheckState(value) == Qt.Checked:
            self.checked.add(pledge_id)
        else:
            self.checked.discard(pledge_id)
        self.dataChanged.emit(index, index, [Qt.CheckStateRole])
        self.checked_changed.emit(len(self.checked))
        return True

    # ---- looks
    def foreground(self, row: PledgeRow, column: int) -> QColor | None:
        if column - self._offset == STATUS_COLUMN and row.status in STATUS_COLORS:
            return QColor(*STATUS_COLORS[row.status])
        return None

    def tooltip(self, row: PledgeRow, column: int) -> str | None:
        if column - self._offset == STATUS_COLUMN:
            return self.tr("共打印 %n 次", "", row.print_count) if row.print_count else None
        return super().tooltip(row, column)


class ProgressTableModel(RowTableModel):
    """Per template and unit: issued, printed, signed, archived, not signed, rate."""

    def __init__(self, parent: QObject | None = None):
        super().__init__([
            Column(QT_TRANSLATE_NOOP("TableHeader", "承诺书"), lambda r: r.template_name),
            Column(QT_TRANSLATE_NOOP("TableHeader", "单位"), lambda r: r.unit),
            Column(QT_TRANSLATE_NOOP("TableHeader", "下发"), lambda r: r.issued, align="right"),
            Column(QT_TRANSLATE_NOOP("TableHeader", "已打印"), lambda r: r.printed, align="right"),
            Column(QT_TRANSLATE_NOOP("TableHeader", "已签署"), lambda r: r.signed, align="right"),
            Column(QT_TRANSLATE_NOOP("TableHeader", "已归档"), lambda r: r.archived, align="right"),
            Column(QT_TRANSLATE_NOOP("TableHeader", "未签署"), lambda r: r.not_signed, align="right"),
            Column(QT_TRANSLATE_NOOP("TableHeader", "完成率"), lambda r: percent(r.rate), sort=lambda r: r.percent,
                   align="right"),
        ], parent, key=lambda r: (r.template_id, r.unit))

    def foreground(self, row: ProgressRow, column: int) -> QColor | None:
        if column in (6, 7):
            return QColor(0, 128, 60) if row.not_signed == 0 else QColor(190, 60, 20)
        return None


class SignerTableModel(RowTableModel):
    """The people a template is about to be issued to (no ID numbers: there is no such column)."""

    def __init__(self, parent: QObject | None = None):
        super().__init__([
            Column(QT_TRANSLATE_NOOP("TableHeader", "姓名"), lambda s: s.name),
            Column(QT_TRANSLATE_NOOP("TableHeader", "单位"), lambda s: s.unit),
            Column(QT_TRANSLATE_NOOP("TableHeader", "部门"), lambda s: s.department),
            Column(QT_TRANSLATE_NOOP("TableHeader", "职务"), lambda s: s.post_text),
        ], parent, key=lambda s: (s.kind, s.id))
