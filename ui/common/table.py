"""The one table model of the program: a list of plain rows shown through `Column` definitions, and the
proxy that sorts and filters it.

Rows are whatever the service hands out (frozen dataclasses, tuples). A `Column` says how to show one value
of a row, how to sort it and how to align it. `set_rows` updates in place (dataChanged, selection kept) when
the rows are the same records in the same order, the common case after a save, and resets otherwise.

Sorting and filtering compare Python values in `SortProxy` rather than keys handed to Qt in a role: QVariant
cannot order tuples or mixed types, and PySide6 6.12 on Python 3.11 mismanaged the reference counts of
Python objects wrapped in QVariants. For the same reason `data()` returns a new QBrush each time and never
hands a row object to Qt: `row_at()` gives rows to Python callers.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from operator import itemgetter
from typing import Any, Callable, Iterable, Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QBrush, QColor

from ui.common.i18n import header_text

ALIGN = {
    "left": Qt.AlignLeft | Qt.AlignVCenter,
    "center": Qt.AlignCenter,
    "right": Qt.AlignRight | Qt.AlignVCenter,
}
_ALIGN_INT = {name: int(value) for name, value in ALIGN.items()}

# Roles and orientations as plain ints, looked up once: data() runs thousands of times per repaint, and in
# PySide6 each `Qt.DisplayRole` lookup costs microseconds (about 50 µs per data() call for the roles that
# fell through all the comparisons), comparing two ints a few nanoseconds.
_DISPLAY = Qt.ItemDataRole.DisplayRole.value
_EDIT = Qt.ItemDataRole.EditRole.value
_ALIGNMENT = Qt.ItemDataRole.TextAlignmentRole.value
_BACKGROUND = Qt.ItemDataRole.BackgroundRole.value
_FOREGROUND = Qt.ItemDataRole.ForegroundRole.value
_TOOLTIP = Qt.ItemDataRole.ToolTipRole.value
_FONT = Qt.ItemDataRole.FontRole.value
_ANSWERED = frozenset((_DISPLAY, _EDIT, _ALIGNMENT, _BACKGROUND, _FOREGROUND, _TOOLTIP, _FONT))
_HORIZONTAL = Qt.Orientation.Horizontal
_VERTICAL = Qt.Orientation.Vertical
_NO_FLAGS = Qt.ItemFlag.NoItemFlags
_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
_EDITABLE = Qt.ItemFlag.ItemIsEditable


@dataclass(frozen=True)
class Column:
    header: str  # Chinese, marked with QT_TRANSLATE_NOOP("TableHeader", …); shown through header_text()
    value: Callable[[Any], Any]  # the value shown (formatted by fmt())
    sort: Callable[[Any], Any] | None = None  # sort key (default: the value)
    align: str = "left"  # left | center | right; None means "right for numbers"
    editable: bool = False
    tooltip: str = ""  # header tooltip


def columns_of(headers: Sequence[str], *, numbers_right: bool = True) -> list[Column]:
    """Columns over plain tuples, one per header, numbers right-aligned."""
    return [Column(header, itemgetter(i), align=None if numbers_right else "left")  # type: ignore[arg-type]
            for i, header in enumerate(headers)]


def fmt(value) -> str:
    """How a value reads in a cell: dates as 2021-06-11, True as 是, no trailing .0."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "是" if value else ""
    if isinstance(value, dt.datetime):
        return f"{value:%Y-%m-%d %H:%M}"
    if isinstance(value, dt.date):
        return f"{value:%Y-%m-%d}"
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)


def sort_key(value):
    """A key that orders None and "" first and never compares unlike types."""
    if value is None or value == "":
        return (0, 0)
    if isinstance(value, bool):
        return (1, int(value))
    if isinstance(value, (int, float)):
        return (1, value)
    if isinstance(value, tuple):
        return (2, tuple(sort_key(v) for v in value))
    if isinstance(value, (dt.date, dt.time)):
        return (3, value.isoformat())
    return (4, str(value))


def _is_number(value) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


class RowTableModel(QAbstractTableModel):
    """A read-mostly table over a list of rows; `columns` say how to show each row.

    Subclasses may override `background`, `foreground`, `tooltip` (per cell), `can_edit` (per row) and
    `font` (per cell). Editing: set `on_edit(row, column, text) -> saved?` and mark columns editable.
    """

    def __init__(self, columns: Iterable[Column] = (), parent=None, *,
                 key: Callable[[Any], Any] | None = None):
        super().__init__(parent)
        self.columns: list[Column] = list(columns)
        self.rows: list = []
        self._key = key
        self.on_edit: Callable[[Any, int, str], bool] | None = None

    # ---- data in
    def set_rows(self, rows: Iterable, columns: Iterable[Column] | None = None) -> None:
        rows = list(rows)
        if columns is None and self._key is not None and len(rows) == len(self.rows) and all(
                self._key(a) == self._key(b) for a, b in zip(rows, self.rows)):
            self.rows = rows
            if rows and self.columns:
                self.dataChanged.emit(self.index(0, 0), self.index(len(rows) - 1, len(self.columns) - 1))
            return
        self.beginResetModel()
        if columns is not None:
            self.columns = list(columns)
        self.rows = rows
        self.endResetModel()

    def set_table(self, headers: Sequence[str], rows: Iterable) -> None:
        """Plain tuples under these headers (lists whose columns change with what is shown)."""
        self.set_rows(rows, columns_of(headers))

    def clear(self) -> None:
        self.set_rows([])

    # ---- data out (for Python callers: a row never travels through a QVariant)
    def row_at(self, row: int):
        return self.rows[row]

    def row_of_key(self, key) -> int:
        if self._key is None:
            return -1
        for i, item in enumerate(self.rows):
            if self._key(item) == key:
                return i
        return -1

    def headers(self) -> list[str]:
        return [column.header for column in self.columns]

    def display_rows(self) -> list[list[str]]:
        """Every cell as shown (exports, copy)."""
        return [[fmt(column.value(row)) for column in self.columns] for row in self.rows]

    def sort_value(self, row: int, column: int):
        spec = self.columns[column]
        return sort_key((spec.sort or spec.value)(self.rows[row]))

    # ---- Qt interface
    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section, orientation, role=_DISPLAY):
        if orientation == _HORIZONTAL and 0 <= section < len(self.columns):
            if role == _DISPLAY:
                return header_text(self.columns[section].header)
            if role == _TOOLTIP and self.columns[section].tooltip:
                return header_text(self.columns[section].tooltip)
        elif orientation == _VERTICAL and role == _DISPLAY:
            return section + 1
        return None

    def flags(self, index):
        if not index.isValid():
            return _NO_FLAGS
        flags = _FLAGS
        if (self.columns[index.column()].editable and self.on_edit is not None
                and self.can_edit(self.rows[index.row()])):
            flags |= _EDITABLE
        return flags

    def data(self, index, role=_DISPLAY):
        if role not in _ANSWERED or not index.isValid() or not (0 <= index.row() < len(self.rows)):
            return None
        row = self.rows[index.row()]
        column = self.columns[index.column()]
        if role == _DISPLAY or role == _EDIT:
            return fmt(column.value(row))
        if role == _ALIGNMENT:
            align = column.align
            if align is None:
                align = "right" if _is_number(column.value(row)) else "left"
            return _ALIGN_INT[align]
        if role == _BACKGROUND:
            colour = self.background(row, index.column())
            return QBrush(colour) if colour is not None else None
        if role == _FOREGROUND:
            colour = self.foreground(row, index.column())
            return QBrush(colour) if colour is not None else None
        if role == _TOOLTIP:
            return self.tooltip(row, index.column())
        return self.font(row, index.column())

    def setData(self, index, value, role=_EDIT):
        if role != _EDIT or not index.isValid() or self.on_edit is None:
            return False
        if not self.columns[index.column()].editable:
            return False
        saved = self.on_edit(self.rows[index.row()], index.column(), str(value))
        if saved:
            self.dataChanged.emit(index, index)
        return bool(saved)

    # ---- per-model looks
    def can_edit(self, row) -> bool:
        return True

    def background(self, row, column: int) -> QColor | None:
        return None

    def foreground(self, row, column: int) -> QColor | None:
        return None

    def tooltip(self, row, column: int) -> str | None:
        text = fmt(self.columns[column].value(row))
        return text if len(text) > 18 else None  # long texts are cut in the cell

    def font(self, row, column: int):
        return None


class SortProxy(QSortFilterProxyModel):
    """Sorts by the source model's `sort_value`; filters by a predicate over the row and/or by text typed
    (any cell containing it, case-insensitive)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setFilterCaseSensitivity(Qt.CaseInsensitive)
        self.setFilterKeyColumn(-1)
        self._predicate: Callable[[Any], bool] | None = None

    def set_predicate(self, predicate: Callable[[Any], bool] | None) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.9+
            self.beginFilterChange()
            self._predicate = predicate
            self.endFilterChange()
        else:
            self._predicate = predicate
            self.invalidateFilter()

    def filterAcceptsRow(self, source_row, source_parent):
        if self._predicate is not None and not self._predicate(self.sourceModel().row_at(source_row)):
            return False
        return super().filterAcceptsRow(source_row, source_parent)

    def row_at(self, proxy_row: int):
        source = self.mapToSource(self.index(proxy_row, 0))
        return self.sourceModel().row_at(source.row())

    def lessThan(self, left, right) -> bool:
        model = self.sourceModel()
        return model.sort_value(left.row(), left.column()) < model.sort_value(right.row(), right.column())
