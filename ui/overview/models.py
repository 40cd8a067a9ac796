"""Table models of the overview: the per-unit comparison and plain row lists (the rows behind a figure,
the sections of a 一人一档). `data()` answers the display, alignment and colour roles only.

Sorting compares Python values in `SortProxy.lessThan` (through each model's `sort_value`) rather than
sort keys handed to Qt in a role: PySide6 6.12 on Python 3.11 mismanages the reference counts of Python
objects (tuples) wrapped in QVariants, which corrupted memory in the tests."""
from __future__ import annotations


from PySide6.QtCore import (QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex,
                            QSortFilterProxyModel, Qt)
from PySide6.QtGui import QBrush, QColor, QFont

from app.reports import overview as ov
from ui.common.i18n import header_text
from ui.common.table import fmt, sort_key

# Colours, not brushes: data() returns a new QBrush each time. PySide6 6.12 on Python 3.11 can drop a
# reference to an object a Python override returns, so a shared brush or font could be freed under Qt.
WARN = QColor("#b00020")
WARN_BACK = QColor("#fdecea")
TOTAL_BACK = QColor("#eef1f6")


class RowsModel(QAbstractTableModel):
    """Plain tuples under fixed headers. Numbers are right-aligned; dates shown as 2021-06-11."""

    def __init__(self, headers: tuple = (), rows: list | None = None, parent=None):
        super().__init__(parent)
        self.headers = tuple(headers)
        self.rows: list = list(rows or [])

    def set_rows(self, headers: tuple, rows: list) -> None:
        self.beginResetModel()
        self.headers = tuple(headers)
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.headers)

    def sort_value(self, row: int, column: int):
        return sort_key(self.rows[row][column])

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid() or role not in (Qt.DisplayRole, Qt.ToolTipRole, Qt.TextAlignmentRole):
            return None
        value = self.rows[index.row()][index.column()]
        if role == Qt.TextAlignmentRole:
            return int((Qt.AlignRight if isinstance(value, (int, float)) and not isinstance(value, bool)
                        else Qt.AlignLeft) | Qt.AlignVCenter)
        text = fmt(value)
        if role == Qt.ToolTipRole:
            return text if len(text) > 18 else None  # long texts are cut in the cell
        return text

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if role != Qt.DisplayRole:
            return None
        if orientation == Qt.Horizontal:
            return header_text(self.headers[section]) if 0 <= section < len(self.headers) else None
        return section + 1


class SortProxy(QSortFilterProxyModel):
    """Sorts by the source model's `sort_value` and filters on any cell containing the text typed."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setFilterCaseSensitivity(Qt.CaseInsensitive)
        self.setFilterKeyColumn(-1)

    def lessThan(self, left, right) -> bool:
        model = self.sourceModel()
        return model.sort_value(left.row(), left.column()) < model.sort_value(right.row(), right.column())


# ---------------------------------------------------------------- per unit

class UnitTableModel(QAbstractTableModel):
    """各单位对比: one line per unit and the 合计 line. Figures that need attention are shown in red."""

    UNIT, OFFICERS, ATTENDANCE, COVERAGE, PERSON_TIMES, REFLECTIONS, MAKEUP, SUGGESTIONS, ASSIGNED, CLOSED, \
        OVERDUE, PLEDGES = range(12)
    # Chinese stays what the code compares and exports; header_text() shows it in the interface language.
    HEADERS = (
        QT_TRANSLATE_NOOP("TableHeader", "单位"),
        QT_TRANSLATE_NOOP("TableHeader", "在岗在编"),
        QT_TRANSLATE_NOOP("TableHeader", "出勤率"),
        QT_TRANSLATE_NOOP("TableHeader", "谈话覆盖率"),
        QT_TRANSLATE_NOOP("TableHeader", "谈话人次"),
        QT_TRANSLATE_NOOP("TableHeader", "心得体会"),
        QT_TRANSLATE_NOOP("TableHeader", "补学未完成"),
        QT_TRANSLATE_NOOP("TableHeader", "意见建议"),
        QT_TRANSLATE_NOOP("TableHeader", "已交办"),
        QT_TRANSLATE_NOOP("TableHeader", "已销号"),
        QT_TRANSLATE_NOOP("TableHeader", "逾期未销号"),
        QT_TRANSLATE_NOOP("TableHeader", "承诺书 已签/下发"),
    )
    TIPS = (
        "",
        QT_TRANSLATE_NOOP("TableHeader", "在岗在编干警人数（今天的人员台账）"),
        QT_TRANSLATE_NOOP("TableHeader", "学习活动实到人次 ÷ 已登记考勤的应到人次"),
        QT_TRANSLATE_NOOP("TableHeader", "各轮应谈名单中已谈话的人数占比（整个教育整顿）"),
        QT_TRANSLATE_NOOP("TableHeader", "谈话人次（集体谈话按到场人数计）"),
        QT_TRANSLATE_NOOP("TableHeader", "交来的学习心得体会篇数"),
        QT_TRANSLATE_NOOP("TableHeader", "请假、缺席后尚未完成的补学人次"),
        QT_TRANSLATE_NOOP("TableHeader", "本单位为责任单位的意见建议（合并的重复意见不另计）"),
        QT_TRANSLATE_NOOP("TableHeader", "已交办本单位办理的条数"),
        QT_TRANSLATE_NOOP("TableHeader", "已整改销号的条数"),
        QT_TRANSLATE_NOOP("TableHeader", "超过整改时限尚未销号的条数"),
        QT_TRANSLATE_NOOP("TableHeader", "本单位干警签署的承诺书份数 / 下发份数"),
    )

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[ov.UnitRow] = []

    def set_rows(self, rows: list) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.HEADERS)

    def row_at(self, row: int) -> ov.UnitRow:
        return self.rows[row]

    def sort_value(self, row: int, column: int):
        r = self.rows[row]
        return (1 if r.unit_id is None else 0, sort_key(self._value(r, column)))  # 合计 stays last

    def _value(self, r: ov.UnitRow, column: int):
        return (r.label, r.officers, r.attendance_rate, r.talk_rate, r.person_times, r.reflections, r.makeup_open,
                r.suggestions, r.assigned, r.closed, r.overdue, r.pledge_rate)[column]

    def _text(self, r: ov.UnitRow, column: int) -> str:
        if column == self.ATTENDANCE:
            return ov.percent(r.attendance_rate)
        if column == self.COVERAGE:
            return (QCoreApplication.translate("UnitTableModel", "全覆盖") if r.coverage_text == "全覆盖"
                    else ov.percent(r.talk_rate))
        if column == self.PLEDGES:
            return f"{r.pledges_signed}/{r.pledges_issued}"
        return str(self._value(r, column))

    def _needs_attention(self, r: ov.UnitRow, column: int) -> bool:
        if column == self.ATTENDANCE:
            return r.attendance_rate is not None and r.attendance_rate < 0.9
        if column == self.COVERAGE:
            return r.talk_rate is not None and r.talk_rate < 1
        if column in (self.MAKEUP, self.OVERDUE):
            return self._value(r, column) > 0
        if column == self.PLEDGES:
            return r.pledges_signed < r.pledges_issued
        return False

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        r = self.rows[index.row()]
        column = index.column()
        total = r.unit_id is None
        if role == Qt.DisplayRole:
            return self._text(r, column)
        if role == Qt.TextAlignmentRole:
            return int((Qt.AlignLeft if column == self.UNIT else Qt.AlignRight) | Qt.AlignVCenter)
        if role == Qt.ForegroundRole:
            return QBrush(WARN) if self._needs_attention(r, column) else None
        if role == Qt.BackgroundRole:
            if total:
                return QBrush(TOTAL_BACK)
            return QBrush(WARN_BACK) if self._needs_attention(r, column) else None
        if role == Qt.FontRole:
            if not total:
                return None
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ToolTipRole:
            return r.name if column == self.UNIT else QCoreApplication.translate("UnitTableModel", "双击查看明细")
        return None

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if orientation != Qt.Horizontal:
            return None
        if role == Qt.DisplayRole:
            return header_text(self.HEADERS[section])
        if role == Qt.ToolTipRole:
            return header_text(self.TIPS[section]) if self.TIPS[section] else None
        return None
