"""Table models of the roster tab. They filter and sort themselves (no proxy): at 10,000 rows a keystroke
costs a scan of precomputed lower-case strings, not a QSortFilterProxyModel pass through data()."""
from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass
from typing import Callable, Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCollator, QLocale, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from app.common import idcard
from app.roster.leaders import LeaderRow
from app.roster.officers import OfficerRow
from ui.common.i18n import header_text

# Roles as plain ints: data() is called thousands of times per repaint, and comparing an int with
# Qt's enum members costs far more than comparing two ints.
DISPLAY = Qt.ItemDataRole.DisplayRole.value
TOOLTIP = Qt.ItemDataRole.ToolTipRole.value
FOREGROUND = Qt.ItemDataRole.ForegroundRole.value
ID_ROLE = Qt.ItemDataRole.UserRole.value + 1  # the record's database id
KIND_ROLE = Qt.ItemDataRole.UserRole.value + 2  # "officer" / "leader" (trash view)
_ROLES = frozenset((DISPLAY, TOOLTIP, FOREGROUND, ID_ROLE, KIND_ROLE))
_HORIZONTAL = Qt.Orientation.Horizontal
MUTED_BRUSH = QBrush(QColor("#8a8a8a"))


@functools.lru_cache(maxsize=1)
def _collator() -> QCollator:
    collator = QCollator(QLocale(QLocale.Chinese, QLocale.China))
    collator.setNumericMode(True)
    return collator


def pinyin_ranks(values) -> dict[str, int]:
    """Rank of each distinct text in Chinese (pinyin) collation; used as a cheap sort key."""
    collator = _collator()
    ordered = sorted(set(values), key=functools.cmp_to_key(collator.compare))
    return {text: rank for rank, text in enumerate(ordered)}


@dataclass(frozen=True)
class ColumnSpec:
    key: str
    title: str
    width: int
    kind: str = "text"  # text: sort by pinyin; date, number: by value


def _date(value: dt.date | None) -> str:
    return value.strftime("%Y-%m-%d") if value else ""


class FilteredTableModel(QAbstractTableModel):
    """Rows kept as precomputed display tuples; `_order` is the full sort order, `_visible` the rows that pass
    the filter, in that order. Subclasses define COLUMNS, `_display`, `_haystack` and optionally `_passes`."""

    COLUMNS: Sequence[ColumnSpec] = ()

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list = []
        self._display: list[tuple[str, ...]] = []
        self._haystack: list[str] = []
        self._order: list[int] = []
        self._visible: list[int] = []
        self._terms: tuple[str, ...] = ()
        self._sort: tuple[int, Qt.SortOrder] = (-1, Qt.AscendingOrder)
        self._ranks: dict[int, dict[str, int]] = {}

    # ------------------------------------------------------------ loading
    def set_rows(self, rows: list) -> None:
        self.beginResetModel()
        self._rows = rows
        self._display = [self._display_row(r) for r in rows]
        self._haystack = [self._haystack_of(r) for r in rows]
        self._ranks = {}
        self._order = self._sorted_order(*self._sort)
        self._visible = self._filter(self._order)
        self.endResetModel()

    def _display_row(self, row) -> tuple[str, ...]:
        raise NotImplementedError

    def _haystack_of(self, row) -> str:
        raise NotImplementedError

    def _passes(self, index: int) -> bool:
        return True

    def _term_matches(self, term: str, index: int) -> bool:
        return term in self._haystack[index]

    # ------------------------------------------------------------ filtering
    def set_search(self, text: str) -> None:
        terms = tuple(t for t in text.lower().split() if t)
        if terms == self._terms:
            return
        # Typing more letters only narrows the result: filter what is shown instead of everything.
        narrowing = (len(terms) >= len(self._terms) and self._terms and all(map(self._plain_term, terms))
                     and all(old in new for old, new in zip(self._terms, terms)))
        source = self._visible if narrowing else self._order
        self._terms = terms
        self._refilter(source)

    def refilter(self) -> None:
        """Call after the subclass changed its own filters."""
        self._refilter(self._order)

    def _refilter(self, source: list[int]) -> None:
        self.beginResetModel()
        self._visible = self._filter(source)
        self.endResetModel()

    def _filter(self, source: list[int]) -> list[int]:
        result = [i for i in source if self._passes(i)] if self._has_filters() else list(source)
        haystack = self._haystack
        for term in self._terms:
            if self._plain_term(term):
                result = [i for i in result if term in haystack[i]]
            else:
                matches = self._term_matches
                result = [i for i in result if matches(term, i)]
        return result

    def _has_filters(self) -> bool:
        return False

    def _plain_term(self, term: str) -> bool:
        """True when matching `term` is a plain substring test on the haystack (the fast path)."""
        return True

    # ------------------------------------------------------------ sorting
    def sort(self, column: int, order: Qt.SortOrder = Qt.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        old = [self._visible[i.row()] for i in self.persistentIndexList()]
        self._sort = (column, order)
        self._order = self._sorted_order(column, order)
        shown = set(self._visible)
        self._visible = [i for i in self._order if i in shown]
        position = {row: n for n, row in enumerate(self._visible)}
        persistent = self.persistentIndexList()
        self.changePersistentIndexList(
            persistent, [self.index(position[r], p.column()) for r, p in zip(old, persistent)])
        self.layoutChanged.emit()

    def _sorted_order(self, column: int, order: Qt.SortOrder) -> list[int]:
        natural = list(range(len(self._rows)))
        if not 0 <= column < len(self.COLUMNS):
            return natural
        key = self._sort_key(column)
        # sorted() is stable, so equal keys keep their natural (unit, department) order either way.
        return sorted(natural, key=key, reverse=(order == Qt.DescendingOrder))

    def _sort_key(self, column: int) -> Callable[[int], object]:
        spec = self.COLUMNS[column]
        display = self._display
        if spec.kind == "text":
            if column not in self._ranks:
                self._ranks[column] = pinyin_ranks(d[column] for d in display)
            ranks = self._ranks[column]
            return lambda i: (display[i][column] == "", ranks[display[i][column]])
        return lambda i: (display[i][column] == "", display[i][column])

    # ------------------------------------------------------------ Qt model
    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._visible)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section, orientation, role=DISPLAY):
        if role == DISPLAY:
            if orientation == _HORIZONTAL:
                return header_text(self.COLUMNS[section].title) if 0 <= section < len(self.COLUMNS) else None
            return str(section + 1)
        return None

    def data(self, index, role=DISPLAY):
        if role not in _ROLES or not index.isValid():
            return None
        row = index.row()
        if row >= len(self._visible):
            return None
        source = self._visible[row]
        if role == DISPLAY:
            return self._display[source][index.column()]
        if role == ID_ROLE:
            return self._rows[source].id
        return self._extra_data(source, index.column(), role)

    def _extra_data(self, source: int, column: int, role: int):
        return None

    # ------------------------------------------------------------ helpers for views
    def row_at(self, view_row: int):
        return self._rows[self._visible[view_row]]

    def id_at(self, view_row: int) -> int:
        return self._rows[self._visible[view_row]].id

    def view_rows_of(self, ids) -> list[int]:
        wanted = set(ids)
        return [n for n, source in enumerate(self._visible) if self._rows[source].id in wanted]

    def total(self) -> int:
        return len(self._rows)

    def shown(self) -> int:
        return len(self._visible)


class OfficerTableModel(FilteredTableModel):
    COLUMNS = (
        ColumnSpec("name", QT_TRANSLATE_NOOP("TableHeader", "姓名"), 72), ColumnSpec("gender", QT_TRANSLATE_NOOP("TableHeader", "性别"), 40), ColumnSpec("birth_date", QT_TRANSLATE_NOOP("TableHeader", "出生日期"), 88, "date"),
        ColumnSpec("id_number", QT_TRANSLATE_NOOP("TableHeader", "身份证号"), 146, "id"), ColumnSpec("unit", QT_TRANSLATE_NOOP("TableHeader", "单位"), 88), ColumnSpec("department", QT_TRANSLATE_NOOP("TableHeader", "部门"), 104),
        ColumnSpec("post", QT_TRANSLATE_NOOP("TableHeader", "职务"), 80), ColumnSpec("rank", QT_TRANSLATE_NOOP("TableHeader", "职级"), 100), ColumnSpec("political_status", QT_TRANSLATE_NOOP("TableHeader", "政治面貌"), 96),
        ColumnSpec("category", QT_TRANSLATE_NOOP("TableHeader", "人员类别"), 146), ColumnSpec("status", QT_TRANSLATE_NOOP("TableHeader", "在岗状态"), 66), ColumnSpec("leadership", QT_TRANSLATE_NOOP("TableHeader", "班子"), 62),
        ColumnSpec("phone", QT_TRANSLATE_NOOP("TableHeader", "联系电话"), 104, "number"), ColumnSpec("remarks", QT_TRANSLATE_NOOP("TableHeader", "备注"), 120),
    )
    UNIT_COLUMN = 4

    def __init__(self, parent=None):
        super().__init__(parent)
        self.unit_filter = ""
        self.category_filter = ""
        self.status_filter = ""

    def set_filters(self, unit: str = "", category: str = "", status: str = "") -> None:
        if (unit, category, status) != (self.unit_filter, self.category_filter, self.status_filter):
            self.unit_filter, self.category_filter, self.status_filter = unit, category, status
            self.refilter()

    def _display_row(self, r: OfficerRow) -> tuple[str, ...]:
        return (r.name, r.gender, _date(r.birth_date), idcard.mask(r.id_number), r.unit_short or r.unit, r.department,
                r.post or ("部门负责人" if r.is_department_head else ""), r.rank, r.political_status, r.category,
                r.status, r.leadership, r.phone, r.remarks.replace("\n", " "))

    def _haystack_of(self, r: OfficerRow) -> str:
        # ID digits are left out on purpose: searching them would reveal the masked birth date.
        return "\x1f".join((r.name, r.unit, r.unit_short, r.department, r.post, r.rank, r.leadership)).lower()

    def _has_filters(self) -> bool:
        return bool(self.unit_filter or self.category_filter or self.status_filter)

    def _plain_term(self, term: str) -> bool:
        return not (len(term) >= 3 and term.rstrip("x").isdigit())

    def _term_matches(self, term: str, index: int) -> bool:
        if term in self._haystack[index]:
            return True
        # Digits (and a final x) match the tail of the ID number only, the part shown on screen.
        if len(term) >= 3 and term.rstrip("x").isdigit():
            return self._rows[index].id_number.lower().endswith(term)
        return False

    def _passes(self, index: int) -> bool:
        r = self._rows[index]
        return ((not self.unit_filter or r.unit == self.unit_filter)
                and (not self.category_filter or r.category == self.category_filter)
                and (not self.status_filter or r.status == self.status_filter))

    def _sort_key(self, column: int):
        rows = self._rows
        if column == self.UNIT_COLUMN:
            return lambda i: rows[i].unit_order
        if self.COLUMNS[column].key == "id_number":  # by area and the visible tail, never by the hidden digits
            return lambda i: (not rows[i].id_number, rows[i].id_number[:6], rows[i].id_number[-4:])
        return super()._sort_key(column)

    def _extra_data(self, source: int, column: int, role: int):
        r = self._rows[source]
        if role == TOOLTIP:
            if column == self.UNIT_COLUMN:
                return r.unit
            if column == len(self.COLUMNS) - 1 and r.remarks:
                return r.remarks
            return None
        if role == FOREGROUND and r.status != "在岗":
            return MUTED_BRUSH
        return None


class LeaderTableModel(FilteredTableModel):
    COLUMNS = (ColumnSpec("name", QT_TRANSLATE_NOOP("TableHeader", "姓名"), 90), ColumnSpec("organization", QT_TRANSLATE_NOOP("TableHeader", "单位"), 220), ColumnSpec("post", QT_TRANSLATE_NOOP("TableHeader", "职务"), 140),
               ColumnSpec("phone", QT_TRANSLATE_NOOP("TableHeader", "联系电话"), 120, "number"), ColumnSpec("remarks", QT_TRANSLATE_NOOP("TableHeader", "备注"), 200))

    def _display_row(self, r: LeaderRow) -> tuple[str, ...]:
        return (r.name, r.organization, r.post, r.phone, r.remarks.replace("\n", " "))

    def _haystack_of(self, r: LeaderRow) -> str:
        return "\x1f".join((r.name, r.organization, r.post)).lower()


@dataclass(frozen=True)
class TrashRow:
    id: int
    kind: str  # "officer" or "leader"
    name: str
    unit: str
    post: str
    deleted_at: dt.datetime | None


class TrashTableModel(FilteredTableModel):
    COLUMNS = (ColumnSpec("kind", QT_TRANSLATE_NOOP("TableHeader", "类型"), 110), ColumnSpec("name", QT_TRANSLATE_NOOP("TableHeader", "姓名"), 90), ColumnSpec("unit", QT_TRANSLATE_NOOP("TableHeader", "单位"), 220),
               ColumnSpec("post", QT_TRANSLATE_NOOP("TableHeader", "部门及职务"), 200), ColumnSpec("deleted_at", QT_TRANSLATE_NOOP("TableHeader", "删除时间"), 150, "date"))
    KIND_NAMES = {"officer": "干警", "leader": "系统外领导干部"}

    def _display_row(self, r: TrashRow) -> tuple[str, ...]:
        return (self.KIND_NAMES[r.kind], r.name, r.unit, r.post,
                r.deleted_at.strftime("%Y-%m-%d %H:%M") if r.deleted_at else "")

    def _haystack_of(self, r: TrashRow) -> str:
        return "\x1f".join((r.name, r.unit, r.post)).lower()

    def _extra_data(self, source: int, column: int, role: int):
        if role == KIND_ROLE:
            return self._rows[source].kind
        return None

    def view_rows_of_kind(self, pairs) -> list[int]:
        wanted = set(pairs)
        return [n for n, s in enumerate(self._visible) if (self._rows[s].kind, self._rows[s].id) in wanted]


def trash_rows(officers: list[OfficerRow], leaders: list[LeaderRow]) -> list[TrashRow]:
    rows = [TrashRow(o.id, "officer", o.name, o.unit, " ".join(p for p in (o.department, o.post) if p), o.deleted_at)
            for o in officers]
    rows += [TrashRow(lr.id, "leader", lr.name, lr.organization, lr.post, lr.deleted_at) for lr in leaders]
    rows.sort(key=lambda r: r.deleted_at or dt.datetime.min, reverse=True)  # latest deletions first
    return rows


class PlainTableModel(QAbstractTableModel):
    """A read-only table of given strings (the import preview's lists)."""

    def __init__(self, headers: Sequence[str], rows: Sequence[Sequence[str]], parent=None, *,
                 tooltips: Sequence[str] | None = None):
        super().__init__(parent)
        self._headers = list(headers)
        self._rows = [tuple(str(v) for v in r) for r in rows]
        self._tooltips = list(tooltips) if tooltips is not None else None

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section, orientation, role=DISPLAY):
        if role == DISPLAY and orientation == _HORIZONTAL and 0 <= section < len(self._headers):
            return self._headers[section]
        return None

    def data(self, index, role=DISPLAY):
        if (role != DISPLAY and role != TOOLTIP) or not index.isValid():
            return None
        if role == TOOLTIP:
            return self._tooltips[index.row()] if self._tooltips else None
        return self._rows[index.row()][index.column()]
