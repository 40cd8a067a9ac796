"""Table models of the feedback tab: the ledger (with deadline marks), its filter, events, and a plain
read-only model for small lists (history, submitters, attachments, categories)."""
from __future__ import annotations

import datetime as dt
from typing import Callable, Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QApplication, QStyle

from app.feedback import service as feedback
from app.feedback.models import STATUSES
from ui.common.i18n import header_text

SORT_ROLE = Qt.UserRole + 1
ID_ROLE = Qt.UserRole + 2

OVERDUE_BACKGROUND = QColor(248, 215, 215)
SOON_BACKGROUND = QColor(252, 235, 197)
CLOSED_BACKGROUND = QColor(226, 239, 218)
REJECTED_BACKGROUND = QColor(235, 235, 235)
MERGED_FOREGROUND = QColor(130, 130, 130)


def _date_text(day: dt.date | None) -> str:
    return f"{day:%Y-%m-%d}" if day else ""


def _one_line(text: str) -> str:
    return " ".join((text or "").split())


class _RowListModel(QAbstractTableModel):
    """Read-only rows held in a list; subclasses give the header titles and data()."""

    COLUMNS: Sequence[str] = ()

    def titles(self) -> Sequence[str]:
        return self.COLUMNS

    def set_rows(self, rows) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int):
        return self.rows[row]

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.titles())

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        titles = self.titles()
        if role == Qt.DisplayRole and orientation == Qt.Horizontal and 0 <= section < len(titles):
            return header_text(titles[section])
        return None


class SuggestionTableModel(_RowListModel):
    """The ledger: one row per suggestion, merged-away ones included (greyed, marked 已合并→编号)."""

    COLUMNS = (
        QT_TRANSLATE_NOOP("TableHeader", "编号"), QT_TRANSLATE_NOOP("TableHeader", "状态"),
        QT_TRANSLATE_NOOP("TableHeader", "时限"), QT_TRANSLATE_NOOP("TableHeader", "类别"),
        QT_TRANSLATE_NOOP("TableHeader", "责任单位"), QT_TRANSLATE_NOOP("TableHeader", "意见建议内容"),
        QT_TRANSLATE_NOOP("TableHeader", "提出人"), QT_TRANSLATE_NOOP("TableHeader", "来源"),
        QT_TRANSLATE_NOOP("TableHeader", "收集日期"),
    )
    CODE, STATUS, DEADLINE, CATEGORY, UNIT, CONTENT, SUBMITTER, SOURCE, COLLECTED = range(9)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[feedback.SuggestionRow] = []
        style = QApplication.style()
        self._overdue_icon = style.standardIcon(QStyle.SP_MessageBoxWarning)
        self._soon_icon = style.standardIcon(QStyle.SP_MessageBoxInformation)
        self._italic = QFont()
        self._italic.setItalic(True)

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        r = self.rows[index.row()]
        column = index.column()
        if role == Qt.DisplayRole:
            return self._text(r, column)
        if role == SORT_ROLE:
            return self._sort_key(r, column)
        if role == ID_ROLE:
            return r.id
        if role == Qt.ToolTipRole:
            return self._tooltip(r, column)
        if role == Qt.BackgroundRole:
            if column == self.DEADLINE and r.due:
                return OVERDUE_BACKGROUND if r.due == feedback.DUE_OVERDUE else SOON_BACKGROUND
            if column == self.STATUS and not r.merged:
                if r.status == "已销号":
                    return CLOSED_BACKGROUND
                if r.status == "不予采纳":
                    return REJECTED_BACKGROUND
            return None
        if role == Qt.DecorationRole and column == self.DEADLINE and r.due:
            return self._overdue_icon if r.due == feedback.DUE_OVERDUE else self._soon_icon
        if role == Qt.ForegroundRole and r.merged:
            return MERGED_FOREGROUND
        if role == Qt.FontRole and r.merged:
            return self._italic
        return None

    def _text(self, r: feedback.SuggestionRow, column: int) -> str:
        if column == self.CODE:
            return r.code
        if column == self.STATUS:
            return r.display_status
        if column == self.DEADLINE:
            return f"{_date_text(r.deadline)}  {r.due_text}" if r.due else _date_text(r.deadline)
        if column == self.CATEGORY:
            return r.category_label
        if column == self.UNIT:
            return r.unit
        if column == self.CONTENT:
            return _one_line(r.content)
        if column == self.SUBMITTER:
            return r.submitter
        if column == self.SOURCE:
            return r.source
        if column == self.COLLECTED:
            return _date_text(r.collected_on)
        return ""

    def _sort_key(self, r: feedback.SuggestionRow, column: int):
        if column == self.STATUS:
            return 99 if r.merged else STATUSES.index(r.status)
        if column == self.DEADLINE:
            return r.deadline.toordinal() if r.deadline else 10_000_000
        if column == self.COLLECTED:
            return r.collected_on.toordinal()
        if column == self.UNIT:
            return r.unit_order
        return self._text(r, column)

    def _tooltip(self, r: feedback.SuggestionRow, column: int) -> str | None:
        if column == self.CONTENT:
            return r.content
        if column == self.DEADLINE and r.due:
            return f"时限 {_date_text(r.deadline)}，{r.due_text}"
        if column == self.STATUS and r.merged:
            return f"已合并到 {r.merged_into_code}，提出人计入该条"
        if column == self.STATUS and r.status == "不予采纳":
            return f"不予采纳理由：{r.rejection_reason}"
        if column == self.SOURCE:
            return r.source
        return None


# Status filter values beyond the six statuses.
ALL = ""
NOT_CLOSED = "未销号（办理中）"
MERGED_ONLY = "已合并"
DUE_ANY = "逾期或7日内到期"
DUE_OVERDUE_TEXT = "已逾期"
DUE_SOON_TEXT = "7日内到期"


class SuggestionFilter(QSortFilterProxyModel):
    """Filters by text, unit, status, category, deadline state and collection event; sorts by SORT_ROLE."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.text = ""
        self.unit = ""
        self.status = ALL
        self.category = ""
        self.due = ALL
        self.event_id: int | None = None
        self.hide_merged = False

    def set_criteria(self, **criteria) -> None:
        self.beginFilterChange()
        for key, value in criteria.items():
            if not hasattr(self, key):
                raise AttributeError(key)
            setattr(self, key, value)
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex) -> bool:
        model = self.sourceModel()
        if model is None or source_parent.isValid():
            return False
        r = model.row_at(source_row)
        if self.hide_merged and r.merged:
            return False
        if self.event_id is not None and r.event_id != self.event_id:
            return False
        if self.unit and r.unit != self.unit and r.unit_full != self.unit:
            return False
        if self.status:
            if self.status == MERGED_ONLY:
                if not r.merged:
                    return False
            elif self.status == NOT_CLOSED:
                if r.merged or r.status in ("已销号", "不予采纳"):
                    return False
            elif r.merged or r.status != self.status:
                return False
        if self.category and r.category_label != self.category:
            return False
        if self.due:
            wanted = {DUE_OVERDUE_TEXT: (feedback.DUE_OVERDUE,), DUE_SOON_TEXT: (feedback.DUE_SOON,),
                      DUE_ANY: (feedback.DUE_OVERDUE, feedback.DUE_SOON)}[self.due]
            if r.due not in wanted:
                return False
        return r.matches(self.text)

    def ids(self) -> list[int]:
        return [self.data(self.index(row, 0), ID_ROLE) for row in range(self.rowCount())]


class EventTableModel(_RowListModel):
    COLUMNS = (
        QT_TRANSLATE_NOOP("TableHeader", "日期"), QT_TRANSLATE_NOOP("TableHeader", "形式"),
        QT_TRANSLATE_NOOP("TableHeader", "名称"), QT_TRANSLATE_NOOP("TableHeader", "人数"),
        QT_TRANSLATE_NOOP("TableHeader", "条数"),
    )

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[feedback.EventRow] = []

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        e = self.rows[index.row()]
        column = index.column()
        if role == Qt.DisplayRole:
            return (f"{e.held_on:%Y-%m-%d}", e.kind, e.title,
                    str(e.participant_total) if e.participant_total else "",
                    str(e.suggestion_count))[column]
        if role == ID_ROLE:
            return e.id
        if role == Qt.ToolTipRole:
            return event_description(e)
        if role == Qt.TextAlignmentRole and column in (3, 4):
            return int(Qt.AlignRight | Qt.AlignVCenter)
        return None


def event_description(e: feedback.EventRow) -> str:
    lines = [f"{e.held_on:%Y-%m-%d} {e.kind}：{e.title}"]
    if e.organiser:
        lines.append(f"组织单位：{e.organiser}")
    if e.place:
        lines.append(f"地点或渠道：{e.place}")
    if e.participants:
        lines.append("参加人员：" + "，".join(f"{c}{n}人" for c, n in e.participants.items())
                     + f"（共{e.participant_total}人次）")
    if e.reviewed_files:
        lines.append(f"查阅卷宗：{e.reviewed_files}份")
    lines.append(f"收集意见建议：{e.suggestion_count}条")
    if e.notes:
        lines.append(f"备注：{e.notes}")
    return "\n".join(lines)


class RowsModel(_RowListModel):
    """A read-only table over any objects: columns are (header, function of the object)."""

    def __init__(self, columns: Sequence[tuple[str, Callable]], parent=None):
        super().__init__(parent)
        self.columns = list(columns)
        self.rows: list = []

    def titles(self) -> Sequence[str]:
        return [title for title, _value in self.columns]

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        if role in (Qt.DisplayRole, Qt.ToolTipRole):
            value = self.columns[index.column()][1](self.rows[index.row()])
            if isinstance(value, dt.datetime):
                return f"{value:%Y-%m-%d %H:%M}"
            if isinstance(value, dt.date):
                return f"{value:%Y-%m-%d}"
            return "" if value is None else str(value)
        return None
