"""Table models of the pledge tab: the pledges (with a tick column), progress per unit, signers."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QColor

from app.pledges.models import ARCHIVED, PENDING, PRINTED, SIGNED
from app.pledges.service import PledgeRow, ProgressRow, Signer
from ui.common.i18n import header_text

SORT_ROLE = Qt.UserRole + 1
ID_ROLE = Qt.UserRole + 2

STATUS_COLORS = {PENDING: QColor(120, 120, 120), PRINTED: QColor(176, 96, 0), SIGNED: QColor(0, 128, 60),
                 ARCHIVED: QColor(30, 80, 160)}


def _date(value) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        value = value.date()
    return f"{value:%Y-%m-%d}"


class PledgeTableModel(QAbstractTableModel):
    """Pledges, one per row; column 0 is a tick box (the rows the buttons act on)."""

    COLUMNS = (
        QT_TRANSLATE_NOOP("TableHeader", "姓名"), QT_TRANSLATE_NOOP("TableHeader", "单位"),
        QT_TRANSLATE_NOOP("TableHeader", "部门"), QT_TRANSLATE_NOOP("TableHeader", "职务"),
        QT_TRANSLATE_NOOP("TableHeader", "承诺书"), QT_TRANSLATE_NOOP("TableHeader", "版本"),
        QT_TRANSLATE_NOOP("TableHeader", "状态"), QT_TRANSLATE_NOOP("TableHeader", "下发日期"),
        QT_TRANSLATE_NOOP("TableHeader", "打印日期"), QT_TRANSLATE_NOOP("TableHeader", "签署日期"),
        QT_TRANSLATE_NOOP("TableHeader", "签署方式"), QT_TRANSLATE_NOOP("TableHeader", "归档日期"),
        QT_TRANSLATE_NOOP("TableHeader", "扫描件"))

    checked_changed = Signal(int)

    def __init__(self, parent: QObject | None = None, *, checkable: bool = True):
        super().__init__(parent)
        self.checkable = checkable
        self.rows: list[PledgeRow] = []
        self.checked: set[int] = set()
        self.headers = ([QT_TRANSLATE_NOOP("TableHeader", "选")] if checkable else []) + list(self.COLUMNS)
        self._offset = 1 if checkable else 0

    def set_rows(self, rows: list[PledgeRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        alive = {r.id for r in rows}
        self.checked &= alive
        self.endResetModel()
        self.checked_changed.emit(len(self.checked))

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if orientation == Qt.Horizontal and role == Qt.DisplayRole and 0 <= section < len(self.headers):
            return header_text(self.headers[section])
        return None

    def _values(self, row: PledgeRow) -> list:
        how = (self.tr("屏幕签名") if row.signed_on_screen else self.tr("纸质")) if row.signed_on else ""
        return [row.name, row.unit, row.department, row.post or (self.tr("干警") if row.signer_kind == "officer" else ""),
                row.template_name, self.tr("第%1版").replace("%1", str(row.version)), row.status,
                _date(row.issued_at), _date(row.printed_at), _date(row.signed_on), how, _date(row.archived_at),
                self.tr("%n份", "", row.scans) if row.scans else ""]

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = index.column() - self._offset
        if role == Qt.CheckStateRole and column < 0:
            return Qt.Checked if row.id in self.checked else Qt.Unchecked
        if role == ID_ROLE:
            return row.id
        if column < 0:
            return (0 if row.id in self.checked else 1) if role == SORT_ROLE else None
        if role == Qt.DisplayRole:
            return self._values(row)[column]
        if role == SORT_ROLE:
            if column in (0, 1, 2):  # by unit and department order, as printed
                return (row.unit_order, row.department_order, row.id) if column else (row.name, row.id)
            value = self._values(row)[column]
            return value if column != 6 else ("待打印", "已打印", "已签署", "已归档").index(value)
        if role == Qt.ForegroundRole and column == 6:
            return STATUS_COLORS.get(row.status)
        if role == Qt.ToolTipRole and column == 6:
            return self.tr("共打印 %n 次", "", row.print_count) if row.print_count else None
        return None

    def flags(self, index):
        if not index.isValid():
            return Qt.NoItemFlags
        flags = Qt.ItemIsEnabled | Qt.ItemIsSelectable
        if index.column() < self._offset:
            flags |= Qt.ItemIsUserCheckable
        return flags

    def setData(self, index, value, role=Qt.EditRole):
        if not index.isValid() or role != Qt.CheckStateRole or index.column() >= self._offset:
            return False
        pledge_id = self.rows[index.row()].id
        if Qt.CheckState(value) == Qt.Checked:
            self.checked.add(pledge_id)
        else:
            self.checked.discard(pledge_id)
        self.dataChanged.emit(index, index, [Qt.CheckStateRole])
        self.checked_changed.emit(len(self.checked))
        return True

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


class ProgressTableModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.rows: list[ProgressRow] = []
        self.headers = [
            QT_TRANSLATE_NOOP("TableHeader", "承诺书"), QT_TRANSLATE_NOOP("TableHeader", "单位"),
            QT_TRANSLATE_NOOP("TableHeader", "下发"), QT_TRANSLATE_NOOP("TableHeader", "已打印"),
            QT_TRANSLATE_NOOP("TableHeader", "已签署"), QT_TRANSLATE_NOOP("TableHeader", "已归档"),
            QT_TRANSLATE_NOOP("TableHeader", "未签署"), QT_TRANSLATE_NOOP("TableHeader", "完成率")]

    def set_rows(self, rows: list[ProgressRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if orientation == Qt.Horizontal and role == Qt.DisplayRole and 0 <= section < len(self.headers):
            return header_text(self.headers[section])
        return None

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = index.column()
        values = [row.template_name, row.unit, row.issued, row.printed, row.signed, row.archived, row.not_signed,
                  row.percent]
        if role == Qt.DisplayRole:
            return f"{row.percent:.1f}%" if column == 7 else values[column]
        if role == SORT_ROLE:
            return values[column]
        if role == Qt.TextAlignmentRole and column >= 2:
            return int(Qt.AlignRight | Qt.AlignVCenter)
        if role == Qt.ForegroundRole and column in (6, 7):
            return QColor(0, 128, 60) if row.not_signed == 0 else QColor(190, 60, 20)
        return None


class SignerTableModel(QAbstractTableModel):
    """The people a template is about to be issued to (no ID numbers: there is no such column)."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.rows: list[Signer] = []
        self.headers = [QT_TRANSLATE_NOOP("TableHeader", "姓名"), QT_TRANSLATE_NOOP("TableHeader", "单位"),
                        QT_TRANSLATE_NOOP("TableHeader", "部门"), QT_TRANSLATE_NOOP("TableHeader", "职务")]

    def set_rows(self, rows: list[Signer]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if orientation == Qt.Horizontal and role == Qt.DisplayRole and 0 <= section < len(self.headers):
            return header_text(self.headers[section])
        return None

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid() or role not in (Qt.DisplayRole, SORT_ROLE):
            return None
        signer = self.rows[index.row()]
        return (signer.name, signer.unit, signer.department, signer.post_text)[index.column()]
