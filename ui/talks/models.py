"""Table models of the talks tab: coverage, records (with fast filtering), 未谈名单, cascade gaps,
follow-up items, and the small lists of its dialogs. All are QAbstractTableModel over plain rows."""
from __future__ import annotations

import datetime as dt
from typing import Any, Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QModelIndex, QObject, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from app.talks import coverage, follow_ups, listing
from ui.common.i18n import header_text

OVERDUE = QColor(190, 30, 30)
DONE = QColor(110, 110, 110)
FULL = QColor(20, 120, 50)
LINK = QColor(30, 90, 190)


def date_text(day: dt.date | None) -> str:
    return f"{day:%Y-%m-%d}" if day else ""


def time_text(value: dt.time | None) -> str:
    return f"{value:%H:%M}" if value else ""


def rate_text(rate: float | None) -> str:
    return "—" if rate is None else f"{rate * 100:.1f}%"


class RowsModel(QAbstractTableModel):
    """Rows of plain objects shown through (header, value function) columns. Subclasses set COLUMNS and may
    override `extra(row, column, role)` for colours, fonts and alignment."""

    COLUMNS: list[tuple[str, Callable[[Any], Any]]] = []
    NUMERIC: set[int] = set()

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.rows: list = []

    def set_rows(self, rows: list) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int):
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if role == Qt.DisplayRole:
            if orientation == Qt.Horizontal and 0 <= section < len(self.COLUMNS):
                return header_text(self.COLUMNS[section][0])
            if orientation == Qt.Vertical:
                return section + 1
        return None

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        row = self.row_at(index.row())
        if row is None:
            return None
        column = index.column()
        if role == Qt.DisplayRole:
            value = self.COLUMNS[column][1](row)
            return "" if value is None else str(value)
        if role == Qt.TextAlignmentRole and column in self.NUMERIC:
            return int(Qt.AlignRight | Qt.AlignVCenter)
        if role in (Qt.ForegroundRole, Qt.FontRole, Qt.ToolTipRole, Qt.BackgroundRole):
            return self.extra(row, column, role)
        return None

    def extra(self, row, column: int, role: int):
        return None


class CoverageModel(RowsModel):
    COLUMNS = [
        (QT_TRANSLATE_NOOP("TableHeader", "单位"), lambda r: r.unit),
        (QT_TRANSLATE_NOOP("TableHeader", "应谈"), lambda r: r.expected),
        (QT_TRANSLATE_NOOP("TableHeader", "已谈"), lambda r: r.talked),
        (QT_TRANSLATE_NOOP("TableHeader", "未谈"), lambda r: r.untalked),
        (QT_TRANSLATE_NOOP("TableHeader", "覆盖率"), lambda r: rate_text(r.rate)),
        (QT_TRANSLATE_NOOP("TableHeader", "人次"), lambda r: r.person_times),
    ]
    NUMERIC = {1, 2, 3, 4, 5}
    UNTALKED_COLUMN = 3

    def extra(self, row: coverage.CoverageRow, column: int, role: int):
        if role == Qt.FontRole and row.unit_id is None:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.FontRole and column == self.UNTALKED_COLUMN and row.untalked:
            font = QFont()
            font.setUnderline(True)
            return font
        if role == Qt.ForegroundRole:
            if column == self.UNTALKED_COLUMN and row.untalked:
                return QBrush(LINK)
            if column == 4 and row.rate is not None and row.rate >= 1:
                return QBrush(FULL)
        if role == Qt.ToolTipRole and column == self.UNTALKED_COLUMN and row.untalked:
            return "点击查看未谈名单"
        return None


class RoundSummaryModel(RowsModel):
    COLUMNS = [
        (QT_TRANSLATE_NOOP("TableHeader", "轮次"), lambda r: r.name),
        (QT_TRANSLATE_NOOP("TableHeader", "起止日期"), lambda r: f"{r.start_date:%m-%d}至{r.end_date:%m-%d}" if r.start_date and r.end_date else ""),
        (QT_TRANSLATE_NOOP("TableHeader", "应谈"), lambda r: r.expected),
        (QT_TRANSLATE_NOOP("TableHeader", "已谈"), lambda r: r.talked),
        (QT_TRANSLATE_NOOP("TableHeader", "覆盖率"), lambda r: rate_text(r.rate)),
        (QT_TRANSLATE_NOOP("TableHeader", "人次"), lambda r: r.person_times),
    ]
    NUMERIC = {2, 3, 4, 5}

    def extra(self, row: coverage.RoundSummary, column: int, role: int):
        if role == Qt.FontRole and row.round_id is None:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ForegroundRole and column == 4 and row.rate is not None and row.rate >= 1:
            return QBrush(FULL)
        if role == Qt.ToolTipRole and row.round_id is None:
            return "整个教育整顿：至少谈话一次的人数，各轮人次合计"
        return None


class PeopleModel(RowsModel):
    """未谈名单 (or any list of PersonRow)."""

    COLUMNS = [
        (QT_TRANSLATE_NOOP("TableHeader", "单位"), lambda p: p.unit),
        (QT_TRANSLATE_NOOP("TableHeader", "部门"), lambda p: p.department),
        (QT_TRANSLATE_NOOP("TableHeader", "姓名"), lambda p: p.name),
        (QT_TRANSLATE_NOOP("TableHeader", "职务"), lambda p: p.post or p.leadership),
    ]


class GapModel(RowsModel):
    COLUMNS = [
        (QT_TRANSLATE_NOOP("TableHeader", "缺口"), lambda g: g.kind),
        (QT_TRANSLATE_NOOP("TableHeader", "单位"), lambda g: g.unit),
        (QT_TRANSLATE_NOOP("TableHeader", "部门"), lambda g: g.department),
        (QT_TRANSLATE_NOOP("TableHeader", "姓名"), lambda g: g.name),
        (QT_TRANSLATE_NOOP("TableHeader", "职务"), lambda g: g.post),
        (QT_TRANSLATE_NOOP("TableHeader", "应由谁谈"), lambda g: g.expected_talkers),
        (QT_TRANSLATE_NOOP("TableHeader", "本轮谈话人"), lambda g: g.actual_talkers or "（无）"),
    ]

    def extra(self, row: coverage.GapRow, column: int, role: int):
        if role == Qt.ForegroundRole and column == 0 and row.kind != coverage.GAP_NOBODY:
            return QBrush(OVERDUE)
        return None


class FollowUpModel(RowsModel):
    COLUMNS = [
        (QT_TRANSLATE_NOOP("TableHeader", "事项"), lambda f: f.text),
        (QT_TRANSLATE_NOOP("TableHeader", "完成时限"), lambda f: date_text(f.due_date)),
        (QT_TRANSLATE_NOOP("TableHeader", "状态"), lambda f: f"已完成 {date_text(f.done_date)}" if f.done_date else ("逾期" if f.overdue else "未完成")),
        (QT_TRANSLATE_NOOP("TableHeader", "谈话对象"), lambda f: f.participants),
        (QT_TRANSLATE_NOOP("TableHeader", "单位"), lambda f: f.units),
        (QT_TRANSLATE_NOOP("TableHeader", "谈话人"), lambda f: f.talker_name),
        (QT_TRANSLATE_NOOP("TableHeader", "谈话日期"), lambda f: date_text(f.talk_date)),
        (QT_TRANSLATE_NOOP("TableHeader", "轮次"), lambda f: f.round_name),
    ]

    def extra(self, row: follow_ups.FollowUpRow, column: int, role: int):
        if role == Qt.ForegroundRole:
            if row.overdue:
                return QBrush(OVERDUE)
            if row.done_date:
                return QBrush(DONE)
        if role == Qt.FontRole and row.overdue and column in (1, 2):
            font = QFont()
            font.setBold(True)
            return font
        return None


class RoundsModel(RowsModel):
    COLUMNS = [
        (QT_TRANSLATE_NOOP("TableHeader", "序号"), lambda r: r.number),
        (QT_TRANSLATE_NOOP("TableHeader", "名称"), lambda r: r.name),
        (QT_TRANSLATE_NOOP("TableHeader", "开始日期"), lambda r: date_text(r.start_date)),
        (QT_TRANSLATE_NOOP("TableHeader", "结束日期"), lambda r: date_text(r.end_date)),
        (QT_TRANSLATE_NOOP("TableHeader", "应谈人数"), lambda r: r.expected),
        (QT_TRANSLATE_NOOP("TableHeader", "谈话记录"), lambda r: r.talks),
        (QT_TRANSLATE_NOOP("TableHeader", "人次"), lambda r: r.person_times),
    ]
    NUMERIC = {0, 4, 5, 6}


class SnippetModel(RowsModel):
    COLUMNS = [
        (QT_TRANSLATE_NOOP("TableHeader", "用于"), lambda s: s.field),
        (QT_TRANSLATE_NOOP("TableHeader", "名称"), lambda s: s.title),
        (QT_TRANSLATE_NOOP("TableHeader", "文字"), lambda s: s.text.replace("\n", " ")),
    ]


class ParticipantsModel(RowsModel):
    """The people chosen in the record form (PickPerson)."""

    COLUMNS = [
        (QT_TRANSLATE_NOOP("TableHeader", "姓名"), lambda p: p.name),
        (QT_TRANSLATE_NOOP("TableHeader", "单位"), lambda p: p.unit),
        (QT_TRANSLATE_NOOP("TableHeader", "部门"), lambda p: p.department),
        (QT_TRANSLATE_NOOP("TableHeader", "职务"), lambda p: p.post or p.leadership),
    ]


class FollowUpEditModel(QAbstractTableModel):
    """The follow-up items of the record form, edited in place. Dates are kept as typed (text) so that a
    mistyped date is reported next to the field and never lost."""

    HEADERS = (
        QT_TRANSLATE_NOOP("TableHeader", "后续事项"), QT_TRANSLATE_NOOP("TableHeader", "完成时限"),
        QT_TRANSLATE_NOOP("TableHeader", "完成日期"),
    )

    def __init__(self, parent=None):
        super().__init__(parent)
        self.items: list[list[str]] = []

    def set_items(self, items: list[list[str]]) -> None:
        self.beginResetModel()
        self.items = [list(item) for item in items]
        self.endResetModel()

    def add_item(self, text: str = "") -> int:
        row = len(self.items)
        self.beginInsertRows(QModelIndex(), row, row)
        self.items.append([text, "", ""])
        self.endInsertRows()
        return row

    def remove_item(self, row: int) -> None:
        if 0 <= row < len(self.items):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self.items[row]
            self.endRemoveRows()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if role == Qt.DisplayRole and orientation == Qt.Horizontal and 0 <= section < len(self.HEADERS):
            return header_text(self.HEADERS[section])
        if role == Qt.DisplayRole and orientation == Qt.Vertical:
            return section + 1
        return None

    def flags(self, index):
        if not index.isValid():
            return Qt.NoItemFlags
        return Qt.ItemIsEnabled | Qt.ItemIsSelectable | Qt.ItemIsEditable

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self.items)):
            return None
        if role in (Qt.DisplayRole, Qt.EditRole):
            return self.items[index.row()][index.column()]
        if role == Qt.ToolTipRole and index.column() > 0:
            return "日期，如 2021-6-30"
        return None

    def setData(self, index, value, role=Qt.EditRole):
        if not index.isValid() or role != Qt.EditRole or not (0 <= index.row() < len(self.items)):
            return False
        self.items[index.row()][index.column()] = str(value or "")
        self.dataChanged.emit(index, index, [Qt.DisplayRole, Qt.EditRole])
        return True


# ---------------------------------------------------------------- the records list

def _haystack(row: listing.TalkRow) -> str:
    parts = [date_text(row.talk_date), row.round_name, row.place, row.talker_name, row.talker_post, row.participants,
             row.units, row.talk_type, row.mode, row.topic, row.note_taker, row.remarks]
    if row.self_reported:
        parts.append("主动说明问题")
    if row.content or row.problems or row.suggestions:
        parts += [row.content, row.problems, row.suggestions]
    return "\u0001".join(parts).lower()


class TalkListModel(QAbstractTableModel):
    """The records of a round. Filtering runs over precomputed lower-case search strings and, while the user
    keeps typing (the new text extends the old), only over the rows that still match: a keystroke costs a
    few milliseconds at 100,000 records. Content columns appear only when content is loaded."""

    BASE_COLUMNS = [
        (QT_TRANSLATE_NOOP("TableHeader", "日期"), lambda r: date_text(r.talk_date)),
        (QT_TRANSLATE_NOOP("TableHeader", "时间"), lambda r: time_text(r.talk_time)),
        (QT_TRANSLATE_NOOP("TableHeader", "轮次"), lambda r: r.round_name),
        (QT_TRANSLATE_NOOP("TableHeader", "谈话对象"), lambda r: r.participants if r.participant_count <= 3
         else f"{r.participants.split('、', 3)[0]}、{r.participants.split('、', 3)[1]}等{r.participant_count}人"),
        (QT_TRANSLATE_NOOP("TableHeader", "单位"), lambda r: r.units),
        (QT_TRANSLATE_NOOP("TableHeader", "谈话人"), lambda r: r.talker_name),
        (QT_TRANSLATE_NOOP("TableHeader", "类型"), lambda r: r.talk_type),
        (QT_TRANSLATE_NOOP("TableHeader", "方式"), lambda r: r.mode),
        (QT_TRANSLATE_NOOP("TableHeader", "主题"), lambda r: r.topic),
        (QT_TRANSLATE_NOOP("TableHeader", "主动说明"), lambda r: "是" if r.self_reported else ""),
        (QT_TRANSLATE_NOOP("TableHeader", "后续事项"), lambda r: f"{r.open_follow_ups}项未完成" if r.open_follow_ups else ""),
    ]
    CONTENT_COLUMNS = [
        (QT_TRANSLATE_NOOP("TableHeader", "主要内容"), lambda r: r.content),
        (QT_TRANSLATE_NOOP("TableHeader", "反映的问题"), lambda r: r.problems),
        (QT_TRANSLATE_NOOP("TableHeader", "意见建议"), lambda r: r.suggestions),
    ]
    SORT_KEYS = {0: lambda r: (r.talk_date, r.talk_time or dt.time(0), r.id)}
    WIDTHS = [88, 48, 60, 150, 90, 70, 100, 44, 200, 64, 90, 320, 200, 200]

    def __init__(self, parent=None):
        super().__init__(parent)
        self.all_rows: list[listing.TalkRow] = []
        self.hay: list[str] = []
        self.visible: list[int] = []  # indices into all_rows
        self.with_content = False
        self.columns = list(self.BASE_COLUMNS)
        self._text = ""
        self._unit_id: int | None = None
        self._talk_type = ""
        self._sort: tuple[int, Qt.SortOrder] | None = None

    # -- loading and filtering
    def set_rows(self, rows: list[listing.TalkRow], *, with_content: bool) -> None:
        self.beginResetModel()
        self.all_rows = rows
        self.hay = [_haystack(r) for r in rows]
        self.with_content = with_content
        self.columns = self.BASE_COLUMNS + (self.CONTENT_COLUMNS if with_content else [])
        self.visible = self._matching(range(len(rows)))
        self._apply_sort()
        self.endResetModel()

    def set_filter(self, text: str | None = None, *, unit_id: int | None | bool = False,
                   talk_type: str | None = None) -> None:
        """Change any of the filters (unit_id=False leaves the unit as it is; None = every unit)."""
        new_text = self._text if text is None else text.strip().lower()
        new_unit = self._unit_id if unit_id is False else unit_id
        new_type = self._talk_type if talk_type is None else talk_type
        narrowing = (new_unit == self._unit_id and new_type == self._talk_type
                     and new_text.startswith(self._text))
        self._text, self._unit_id, self._talk_type = new_text, new_unit, new_type
        candidates = self.visible if narrowing else range(len(self.all_rows))
        self.beginResetModel()
        self.visible = self._matching(candidates)
        if not narrowing:  # narrowing keeps the order it filters
            self._apply_sort()
        self.endResetModel()

    def _matching(self, candidates) -> list[int]:
        text, unit_id, talk_type = self._text, self._unit_id, self._talk_type
        rows, hay = self.all_rows, self.hay
        result = list(candidates)
        if text:
            words = text.split()
            for word in words:
                result = [i for i in result if word in hay[i]]
        if unit_id is not None:
            result = [i for i in result if unit_id in rows[i].unit_ids]
        if talk_type:
            result = [i for i in result if rows[i].talk_type == talk_type]
        return result

    def row_at(self, row: int) -> listing.TalkRow | None:
        if 0 <= row < len(self.visible):
            return self.all_rows[self.visible[row]]
        return None

    # -- Qt model
    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.visible)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if role == Qt.DisplayRole:
            if orientation == Qt.Horizontal and 0 <= section < len(self.columns):
                return header_text(self.columns[section][0])
            if orientation == Qt.Vertical:
                return section + 1
        return None

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        row = self.row_at(index.row())
        if row is None or not (0 <= index.column() < len(self.columns)):
            return None
        if role == Qt.DisplayRole:
            text = self.columns[index.column()][1](row)
            if index.column() >= len(self.BASE_COLUMNS):
                return text.replace("\n", " ")[:80]  # content: the start; the tooltip has it all
            return text
        if role == Qt.ToolTipRole:
            if index.column() >= len(self.BASE_COLUMNS):
                return self.columns[index.column()][1](row)
            if index.column() == 3 and row.participant_count > 3:
                return row.participants
            return None
        if role == Qt.ForegroundRole and index.column() == 9 and row.self_reported:
            return QBrush(OVERDUE)
        return None

    def sort(self, column: int, order=Qt.AscendingOrder) -> None:
        if not (0 <= column < len(self.columns)):
            return
        natural = column == 0 and order == Qt.DescendingOrder  # the order rows come in: newest first
        self._sort = None if natural else (column, order)
        self.beginResetModel()
        if natural:
            self.visible.sort()
        else:
            self._apply_sort()
        self.endResetModel()

    def _apply_sort(self) -> None:
        if self._sort is None:
            return  # the order the rows came in: newest first
        column, order = self._sort
        if column >= len(self.columns):
            return
        key = self.SORT_KEYS.get(column)
        getter = self.columns[column][1]
        rows = self.all_rows
        self.visible.sort(key=(lambda i: key(rows[i])) if key else (lambda i: getter(rows[i])),
                          reverse=order == Qt.DescendingOrder)
