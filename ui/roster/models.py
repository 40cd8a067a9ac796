"""Table models of the roster tab, on the shared RowTableModel: `rows` are the rows shown, in the order shown;
`row_at`, `row_of_key`, `display_rows` and the looks (`foreground`, `tooltip`) work as for every table.

They filter and sort themselves instead of going through a SortProxy: at 10,000 rows a keystroke costs a
scan of precomputed lower-case strings, and a sort one `sorted()` over precomputed keys, where a proxy calls
Python once per row to filter and once per comparison to sort (bench/roster_bench.py; the figures are in
the commit that made these models). For the same reason the Qt interface (data, headerData, flags) compares
roles as plain ints and hands out text computed once per load.
"""
from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass
from typing import Callable, Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCollator, QLocale, Qt
from PySide6.QtGui import QBrush, QColor

from app.common import idcard
from app.safety import access
from app.roster.leaders import LeaderRow
from app.roster.officers import OfficerRow
from ui.common.i18n import header_text
from ui.common.table import Column, RowTableModel

# Roles as plain ints: data() is called thousands of times per repaint, and looking up Qt.DisplayRole (or
# comparing with it) costs microseconds each time in PySide6, comparing two ints a few nanoseconds.
DISPLAY = Qt.ItemDataRole.DisplayRole.value
EDIT = Qt.ItemDataRole.EditRole.value
TOOLTIP = Qt.ItemDataRole.ToolTipRole.value
FONT = Qt.ItemDataRole.FontRole.value
BACKGROUND = Qt.ItemDataRole.BackgroundRole.value
FOREGROUND = Qt.ItemDataRole.ForegroundRole.value
_LOOK_ROLES = {"tooltip": TOOLTIP, "font": FONT, "background": BACKGROUND, "foreground": FOREGROUND}
_HORIZONTAL = Qt.Orientation.Horizontal
_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
_NO_FLAGS = Qt.ItemFlag.NoItemFlags
MUTED = "#8a8a8a"


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
    title: str  # marked with QT_TRANSLATE_NOOP("TableHeader", …)
    width: int
    kind: str = "text"  # text: sort by pinyin; date, number: by value


def _date(value: dt.date | None) -> str:
    return value.strftime("%Y-%m-%d") if value else ""


class FilteredTableModel(RowTableModel):
    """All rows in `_all`, with their display texts (`_display`) and search texts (`_haystack`) computed once
    per load; `_order` is the full sort order, `_visible` the rows that pass the filter, in that order, and
    `rows` those rows themselves. Subclasses define COLUMNS, `_display_row`, `_haystack_of`, `key_of`, and
    optionally `_passes`/`_has_filters` (their own filters) and `_plain_term`/`_term_matches` (search)."""

    COLUMNS: Sequence[ColumnSpec] = ()

    def __init__(self, parent=None):
        super().__init__(parent=parent, key=self.key_of)
        self.columns = [Column(spec.title, functools.partial(self._cell_text, column))
                        for column, spec in enumerate(self.COLUMNS)]
        self._all: list = []
        self._display: list[tuple[str, ...]] = []
        self._haystack: list[str] = []
        self._order: list[int] = []
        self._visible: list[int] = []
        self._terms: tuple[str, ...] = ()
        self._sort: tuple[int, Qt.SortOrder] = (-1, Qt.SortOrder.AscendingOrder)
        self._ranks: dict[int, dict[str, int]] = {}
        # The roles answered: the text, and the looks this model defines (a role nobody answers costs one
        # set lookup per call, and Qt asks every cell for a dozen roles at each repaint).
        self._roles = frozenset([DISPLAY, EDIT] + [role for name, role in _LOOK_ROLES.items()
                                                   if getattr(type(self), name) is not getattr(RowTableModel, name)])

    def key_of(self, row):
        return row.id

    # ------------------------------------------------------------ loading
    def set_rows(self, rows: list, columns=None) -> None:
        """Every row of the list; the search, filters and sort order in force apply to them."""
        self.beginResetModel()
        self._all = list(rows)
        self._display = [self._display_row(r) for r in self._all]
        self._haystack = [self._haystack_of(r) for r in self._all]
        self._ranks = {}
        self._order = self._sorted_order(*self._sort)
        self._set_visible(self._filter(self._order))
        self.endResetModel()

    def _set_visible(self, visible: list[int]) -> None:
        self._visible = visible
        everything = self._all
        self.rows = [everything[i] for i in visible]

    def _display_row(self, row) -> tuple[str, ...]:
        raise NotImplementedError

    def _haystack_of(self, row) -> str:
        raise NotImplementedError

    def _cell_text(self, column: int, row) -> str:
        return self._display_row(row)[column]

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
        self._set_visible(self._filter(source))
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
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        old = [self._visible[i.row()] for i in self.persistentIndexList()]
        self._sort = (column, order)
        self._order = self._sorted_order(column, order)
        shown = set(self._visible)
        self._set_visible([i for i in self._order if i in shown])
        position = {row: n for n, row in enumerate(self._visible)}
        persistent = self.persistentIndexList()
        self.changePersistentIndexList(
            persistent, [self.index(position[r], p.column()) for r, p in zip(old, persistent)])
        self.layoutChanged.emit()

    def _sorted_order(self, column: int, order: Qt.SortOrder) -> list[int]:
        natural = list(range(len(self._all)))
        if not 0 <= column < len(self.COLUMNS):
            return natural
        key = self._sort_key(column)
        # sorted() is stable, so equal keys keep their natural (unit, department) order either way.
        return sorted(natural, key=key, reverse=(order == Qt.SortOrder.DescendingOrder))

    def _sort_key(self, column: int) -> Callable[[int], object]:
        spec = self.COLUMNS[column]
        display = self._display
        if spec.kind == "text":
            if column not in self._ranks:
                self._ranks[column] = pinyin_ranks(d[column] for d in display)
            ranks = self._ranks[column]
            return lambda i: (display[i][column] == "", ranks[display[i][column]])
        return lambda i: (display[i][column] == "", display[i][column])

    # ------------------------------------------------------------ Qt model (roles compared as ints)
    def headerData(self, section, orientation, role=DISPLAY):
        if role == DISPLAY:
            if orientation == _HORIZONTAL:
                return header_text(self.COLUMNS[section].title) if 0 <= section < len(self.COLUMNS) else None
            return str(section + 1)
        return None

    def flags(self, index):
        return _FLAGS if index.isValid() else _NO_FLAGS

    def data(self, index, role=DISPLAY):
        if role not in self._roles or not index.isValid():
            return None
        position = index.row()
        if position >= len(self._visible):
            return None
        if role == DISPLAY or role == EDIT:
            return self._display[self._visible[position]][index.column()]
        row, column = self.rows[position], index.column()
        if role == FOREGROUND:
            colour = self.foreground(row, column)
        elif role == BACKGROUND:
            colour = self.background(row, column)
        elif role == TOOLTIP:
            return self.tooltip(row, column)
        else:
            return self.font(row, column)
        return QBrush(colour) if colour is not None else None

    # ------------------------------------------------------------ helpers for views
    def id_at(self, view_row: int) -> int:
        return self.rows[view_row].id

    def view_rows_of(self, keys) -> list[int]:
        """The rows shown (view positions) of the records with these keys."""
        wanted = set(keys)
        key_of = self.key_of
        return [n for n, row in enumerate(self.rows) if key_of(row) in wanted]

    def total(self) -> int:
        return len(self._all)

    def shown(self) -> int:
        return len(self._visible)

    def all_rows(self) -> list:
        """Every row loaded, whatever the search and filters show."""
        return list(self._all)


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
        self._full_birth = True

    def set_rows(self, rows: list, columns=None) -> None:
        # The ID column is always masked (110105********002X hides the birth date): for a user who may not see
        # full numbers, the birth date beside it is cut to the year, or the row would give the number back.
        self._full_birth = access.can(access.ID_NUMBERS)
        super().set_rows(rows, columns)

    def _birth(self, r: OfficerRow) -> str:
        if self._full_birth or not r.id_number:
            return _date(r.birth_date)
        return idcard.birth_shown(r.birth_date, full=False)

    def set_filters(self, unit: str = "", category: str = "", status: str = "") -> None:
        if (unit, category, status) != (self.unit_filter, self.category_filter, self.status_filter):
            self.unit_filter, self.category_filter, self.status_filter = unit, category, status
            self.refilter()

    def _display_row(self, r: OfficerRow) -> tuple[str, ...]:
        return (r.name, r.gender, self._birth(r), idcard.mask(r.id_number), r.unit_short or r.unit, r.department,
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
            return self._all[index].id_number.lower().endswith(term)
        return False

    def _passes(self, index: int) -> bool:
        r = self._all[index]
        return ((not self.unit_filter or r.unit == self.unit_filter)
                and (not self.category_filter or r.category == self.category_filter)
                and (not self.status_filter or r.status == self.status_filter))

    def _sort_key(self, column: int):
        rows = self._all
        if column == self.UNIT_COLUMN:
            return lambda i: rows[i].unit_order
        if self.COLUMNS[column].key == "id_number":  # by area and the visible tail, never by the hidden digits
            return lambda i: (not rows[i].id_number, rows[i].id_number[:6], rows[i].id_number[-4:])
        return super()._sort_key(column)

    def tooltip(self, row: OfficerRow, column: int) -> str | None:
        if column == self.UNIT_COLUMN:
            return row.unit
        if column == len(self.COLUMNS) - 1 and row.remarks:
            return row.remarks
        return None

    def foreground(self, row: OfficerRow, column: int) -> QColor | None:
        return QColor(MUTED) if row.status != "在岗" else None


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

    def key_of(self, row: TrashRow) -> tuple[str, int]:
        return (row.kind, row.id)

    def _display_row(self, r: TrashRow) -> tuple[str, ...]:
        return (self.KIND_NAMES[r.kind], r.name, r.unit, r.post,
                r.deleted_at.strftime("%Y-%m-%d %H:%M") if r.deleted_at else "")

    def _haystack_of(self, r: TrashRow) -> str:
        return "\x1f".join((r.name, r.unit, r.post)).lower()


def trash_rows(officers: list[OfficerRow], leaders: list[LeaderRow]) -> list[TrashRow]:
    rows = [TrashRow(o.id, "officer", o.name, o.unit, " ".join(p for p in (o.department, o.post) if p), o.deleted_at)
            for o in officers]
    rows += [TrashRow(lr.id, "leader", lr.name, lr.organization, lr.post, lr.deleted_at) for lr in leaders]
    rows.sort(key=lambda r: r.deleted_at or dt.datetime.min, reverse=True)  # latest deletions first
    return rows


class PlainTableModel(RowTableModel):
    """A read-only table of given values under given headers (the import preview's lists); `tooltips`, one
    per row, are shown over every cell of that row."""

    def __init__(self, headers: Sequence[str], rows: Sequence[Sequence], parent=None, *,
                 tooltips: Sequence[str] | None = None):
        super().__init__(parent=parent)
        self._tooltips = list(tooltips) if tooltips is not None else None
        # The row's position rides along after its cells, for its tooltip; the columns show the cells only.
        self.set_table(headers, [tuple(r) + (n,) for n, r in enumerate(rows)])

    def tooltip(self, row, column: int) -> str | None:
        return self._tooltips[row[-1]] if self._tooltips else None
