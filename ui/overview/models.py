"""The overview's per-unit comparison as a table model (the shared `RowTableModel`): one line per unit and
the 合计 line, which stays last however the table is sorted. Figures that need attention are shown in red.

The rows behind a figure and the sections of a 一人一档 are plain tuples: `RowTableModel.set_table`.
"""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QColor, QFont

from app.common.figures import percent
from app.reports import listings
from app.reports.feedback_figures import CLOSED as CLOSED_STATUS
from app.reports.unit_figures import UnitRow
from ui.common.table import Column, RowTableModel

WARN = QColor("#b00020")
WARN_BACK = QColor("#fdecea")
TOTAL_BACK = QColor("#eef1f6")


def _last_if_total(row: UnitRow, value):
    """A sort key that keeps the 合计 line after the units."""
    return (row.unit_id is None, value)


def _coverage(row: UnitRow) -> str:
    return (QCoreApplication.translate("UnitTableModel", "全覆盖") if row.coverage_text == "全覆盖"
            else percent(row.talk_rate))


def _column(header: str, tip: str, value, sort=None) -> Column:
    sort = sort or value
    return Column(header, value, sort=lambda r: _last_if_total(r, sort(r)), align="right", tooltip=tip)


class UnitTableModel(RowTableModel):
    """各单位对比: one line per unit and the 合计 line."""

    UNIT, OFFICERS, ATTENDANCE, COVERAGE, PERSON_TIMES, REFLECTIONS, MAKEUP, SUGGESTIONS, ASSIGNED, CLOSED, \
        OVERDUE, PLEDGES = range(12)
    # column → the figure a double click lists for the row's unit: (listings.BY_KIND key, its parameters)
    FIGURES = {
        OFFICERS: ("officers", {}),
        ATTENDANCE: ("missed", {}),
        COVERAGE: ("untalked", {}),
        PERSON_TIMES: ("talks", {}),
        REFLECTIONS: ("reflections", {}),
        MAKEUP: ("makeup", {"state": listings.MAKEUP_OPEN}),
        SUGGESTIONS: ("suggestions", {"status": listings.SUGGESTIONS_ALL}),
        ASSIGNED: ("suggestions", {"status": listings.SUGGESTIONS_ASSIGNED}),
        CLOSED: ("suggestions", {"status": CLOSED_STATUS}),
        OVERDUE: ("suggestions", {"status": listings.SUGGESTIONS_OVERDUE}),
        PLEDGES: ("pledges", {"signed": None}),
    }

    def __init__(self, parent=None):
        # Chinese stays what the code compares and exports; header_text() shows it in the interface language.
        columns = [
            Column(QT_TRANSLATE_NOOP("TableHeader", "单位"), lambda r: r.label,
                   sort=lambda r: _last_if_total(r, r.label)),
            _column(QT_TRANSLATE_NOOP("TableHeader", "在岗在编"),
                    QT_TRANSLATE_NOOP("TableHeader", "在岗在编干警人数（今天的人员台账）"), lambda r: r.officers),
            _column(QT_TRANSLATE_NOOP("TableHeader", "出勤率"),
                    QT_TRANSLATE_NOOP("TableHeader", "学习活动实到人次 ÷ 已登记考勤的应到人次"),
                    lambda r: percent(r.attendance.attendance_rate), sort=lambda r: r.attendance.attendance_rate),
            _column(QT_TRANSLATE_NOOP("TableHeader", "谈话覆盖率"),
                    QT_TRANSLATE_NOOP("TableHeader", "各轮应谈名单中已谈话的人数占比（整个教育整顿）"),
                    _coverage, sort=lambda r: r.talk_rate),
            _column(QT_TRANSLATE_NOOP("TableHeader", "谈话人次"),
                    QT_TRANSLATE_NOOP("TableHeader", "谈话人次（集体谈话按到场人数计）"), lambda r: r.person_times),
            _column(QT_TRANSLATE_NOOP("TableHeader", "心得体会"),
                    QT_TRANSLATE_NOOP("TableHeader", "交来的学习心得体会篇数"), lambda r: r.reflections),
            _column(QT_TRANSLATE_NOOP("TableHeader", "补学未完成"),
                    QT_TRANSLATE_NOOP("TableHeader", "请假、缺席后尚未完成的补学人次"), lambda r: r.makeup_open),
            _column(QT_TRANSLATE_NOOP("TableHeader", "意见建议"),
                    QT_TRANSLATE_NOOP("TableHeader", "本单位为责任单位的意见建议（合并的重复意见不另计）"),
                    lambda r: r.suggestions),
            _column(QT_TRANSLATE_NOOP("TableHeader", "已交办"),
                    QT_TRANSLATE_NOOP("TableHeader", "已交办本单位办理的条数"), lambda r: r.assigned),
            _column(QT_TRANSLATE_NOOP("TableHeader", "已销号"),
                    QT_TRANSLATE_NOOP("TableHeader", "已整改销号的条数"), lambda r: r.closed),
            _column(QT_TRANSLATE_NOOP("TableHeader", "逾期未销号"),
                    QT_TRANSLATE_NOOP("TableHeader", "超过整改时限尚未销号的条数"), lambda r: r.overdue),
            _column(QT_TRANSLATE_NOOP("TableHeader", "承诺书 已签/下发"),
                    QT_TRANSLATE_NOOP("TableHeader", "本单位干警签署的承诺书份数 / 下发份数"),
                    lambda r: f"{r.pledges_signed}/{r.pledges_issued}", sort=lambda r: r.pledge_rate),
        ]
        super().__init__(columns, parent, key=lambda r: r.unit_id)

    def needs_attention(self, r: UnitRow, column: int) -> bool:
        if column == self.ATTENDANCE:
            rate = r.attendance.attendance_rate
            return rate is not None and rate < 0.9
        if column == self.COVERAGE:
            return r.talk_rate is not None and r.talk_rate < 1
        if column == self.MAKEUP:
            return r.makeup_open > 0
        if column == self.OVERDUE:
            return r.overdue > 0
        if column == self.PLEDGES:
            return r.pledges_signed < r.pledges_issued
        return False

    def foreground(self, row: UnitRow, column: int) -> QColor | None:
        return WARN if self.needs_attention(row, column) else None

    def background(self, row: UnitRow, column: int) -> QColor | None:
        if row.unit_id is None:
            return TOTAL_BACK
        return WARN_BACK if self.needs_attention(row, column) else None

    def font(self, row: UnitRow, column: int):
        if row.unit_id is not None:
            return None
        font = QFont()
        font.setBold(True)
        return font

    def tooltip(self, row: UnitRow, column: int) -> str | None:
        return row.name if column == self.UNIT else QCoreApplication.translate("UnitTableModel", "双击查看明细")
