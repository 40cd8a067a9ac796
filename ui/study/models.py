"""Table models of the study tab: plain rows from the study service shown through column definitions
(ui.common.table). Rows are keyed (by session, person or type), so `set_rows` updates in place and keeps the
selection when the rows are the same records in the same order — the common case while marking attendance.
"""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QColor

from app.common.figures import percent
from app.study.audience import AttendeeRow
from app.study.figures import Figures
from app.study.models import ABSENT, LATE, LEAVE, PRESENT, STATE_DONE, STATE_OVERDUE
from ui.common.table import Column, RowTableModel

STATUS_COLOURS = {
    PRESENT: QColor("#e3f4e1"),
    LATE: QColor("#fff1d6"),
    LEAVE: QColor("#fff8c5"),
    ABSENT: QColor("#fbdcdc"),
}
OVERDUE_COLOUR = QColor("#fbdcdc")
DONE_COLOUR = QColor("#e3f4e1")
MUTED = QColor("#777777")


# ---------------------------------------------------------------- concrete models

def _rate_text(figures: Figures) -> str:
    return percent(figures.attendance_rate)


class SessionModel(RowTableModel):
    def __init__(self, parent=None):
        super().__init__([
            Column(QT_TRANSLATE_NOOP("TableHeader", "编号"), lambda r: r.id, align="right"),
            Column(QT_TRANSLATE_NOOP("TableHeader", "日期"), lambda r: r.when_text, sort=lambda r: (r.day, r.start_time or dt.time())),
            Column(QT_TRANSLATE_NOOP("TableHeader", "类型"), lambda r: r.type_name),
            Column(QT_TRANSLATE_NOOP("TableHeader", "活动名称"), lambda r: r.title),
            Column(QT_TRANSLATE_NOOP("TableHeader", "阶段"), lambda r: r.phase),
            Column(QT_TRANSLATE_NOOP("TableHeader", "地点"), lambda r: r.place),
            Column(QT_TRANSLATE_NOOP("TableHeader", "参加范围"), lambda r: r.audience_text),
            Column(QT_TRANSLATE_NOOP("TableHeader", "应到"), lambda r: r.figures.expected, align="right"),
            Column(QT_TRANSLATE_NOOP("TableHeader", "实到"), lambda r: r.figures.attended if r.figures.marked else None, align="right"),
            Column(QT_TRANSLATE_NOOP("TableHeader", "请假"), lambda r: r.figures.leave or None, align="right"),
            Column(QT_TRANSLATE_NOOP("TableHeader", "缺席"), lambda r: r.figures.absent or None, align="right"),
            Column(QT_TRANSLATE_NOOP("TableHeader", "出勤率"), lambda r: _rate_text(r.figures) if r.figures.marked else "",
                   sort=lambda r: r.figures.attendance_rate, align="right"),
            Column(QT_TRANSLATE_NOOP("TableHeader", "补学未完成"), lambda r: r.figures.makeup_open or None, align="right"),
            Column(QT_TRANSLATE_NOOP("TableHeader", "心得"), lambda r: r.figures.reflections or None, align="right"),
            Column(QT_TRANSLATE_NOOP("TableHeader", "状态"), lambda r: r.state),
        ], parent, key=lambda r: r.id)

    def foreground(self, row, column):
        if row.state == "未开始":
            return QColor("#1f5fa8")
        return None

    def background(self, row, column):
        if column == 12 and row.figures.makeup_overdue:
            return OVERDUE_COLOUR
        if column == 14 and row.state in ("待考勤", "考勤中"):
            return STATUS_COLOURS[LATE]
        return None


def attendance_text(row: AttendeeRow) -> str:
    return row.status or "未登记"


class AttendeeModel(RowTableModel):
    """参会人员/考勤: the expected people and their marks. The 原因 column is editable."""

    REASON_COLUMN = 7

    def __init__(self, parent=None):
        super().__init__([
            Column(QT_TRANSLATE_NOOP("TableHeader", "序号"), lambda r: r.position, align="right"),
            Column(QT_TRANSLATE_NOOP("TableHeader", "姓名"), lambda r: r.name),
            Column(QT_TRANSLATE_NOOP("TableHeader", "单位"), lambda r: r.unit_short or r.unit_name, sort=lambda r: (r.position,)),
            Column(QT_TRANSLATE_NOOP("TableHeader", "部门"), lambda r: r.department),
            Column(QT_TRANSLATE_NOOP("TableHeader", "职务"), lambda r: r.post),
            Column(QT_TRANSLATE_NOOP("TableHeader", "在岗状态"), lambda r: r.roster_status if r.roster_status != "在岗" else ""),
            Column(QT_TRANSLATE_NOOP("TableHeader", "考勤"), attendance_text),
            Column(QT_TRANSLATE_NOOP("TableHeader", "原因/说明"), lambda r: r.reason, editable=True,
                   tooltip=QT_TRANSLATE_NOOP("TableHeader", "请假、缺席或迟到的原因：双击或按 F2 填写")),
            Column(QT_TRANSLATE_NOOP("TableHeader", "补学"), lambda r: f"{r.makeup_kind}（{r.makeup_state}）" if r.makeup_id else ""),
        ], parent, key=lambda r: r.officer_id)

    def can_edit(self, row) -> bool:
        return row.id is not None and row.status in (LATE, LEAVE, ABSENT)

    def background(self, row, column):
        if column == 6 or (column == 7 and row.status != PRESENT):
            return STATUS_COLOURS.get(row.status)
        if column == 8 and row.makeup_state == STATE_OVERDUE:
            return OVERDUE_COLOUR
        return None

    def foreground(self, row, column):
        if column == 6 and not row.status:
            return MUTED
        return None


class ReflectionModel(RowTableModel):
    def __init__(self, parent=None):
        super().__init__([
            Column(QT_TRANSLATE_NOOP("TableHeader", "序号"), lambda r: r.position, align="right"),
            Column(QT_TRANSLATE_NOOP("TableHeader", "姓名"), lambda r: r.name),
            Column(QT_TRANSLATE_NOOP("TableHeader", "单位"), lambda r: r.unit_short or r.unit_name, sort=lambda r: (r.position,)),
            Column(QT_TRANSLATE_NOOP("TableHeader", "部门"), lambda r: r.department),
            Column(QT_TRANSLATE_NOOP("TableHeader", "考勤"), attendance_text),
            Column(QT_TRANSLATE_NOOP("TableHeader", "心得体会"), lambda r: "已交" if r.reflection_on else "未交"),
            Column(QT_TRANSLATE_NOOP("TableHeader", "交来日期"), lambda r: r.reflection_on),
            Column(QT_TRANSLATE_NOOP("TableHeader", "字数"), lambda r: r.word_count, align="right"),
            Column(QT_TRANSLATE_NOOP("TableHeader", "附件"), lambda r: r.reflection_file.replace("\\", "/").rsplit("/", 1)[-1]),
        ], parent, key=lambda r: r.officer_id)

    def background(self, row, column):
        if column == 5:
            return DONE_COLOUR if row.reflection_on else None
        return None

    def foreground(self, row, column):
        if column == 5 and not row.reflection_on:
            return MUTED
        return None


def result_text(row: AttendeeRow, pass_mark: float) -> str:
    if row.score is None:
        return "缺考" if row.status in (LEAVE, ABSENT) else ""
    return "合格" if row.score >= pass_mark else "不合格"


class ScoreModel(RowTableModel):
    SCORE_COLUMN = 5

    def __init__(self, parent=None):
        self.pass_mark = 60.0
        super().__init__([
            Column(QT_TRANSLATE_NOOP("TableHeader", "序号"), lambda r: r.position, align="right"),
            Column(QT_TRANSLATE_NOOP("TableHeader", "姓名"), lambda r: r.name),
            Column(QT_TRANSLATE_NOOP("TableHeader", "单位"), lambda r: r.unit_short or r.unit_name, sort=lambda r: (r.position,)),
            Column(QT_TRANSLATE_NOOP("TableHeader", "部门"), lambda r: r.department),
            Column(QT_TRANSLATE_NOOP("TableHeader", "考勤"), attendance_text),
            Column(QT_TRANSLATE_NOOP("TableHeader", "成绩"), lambda r: r.score, align="right", editable=True,
                   tooltip=QT_TRANSLATE_NOOP("TableHeader", "直接输入分数（0–100），回车后转到下一人；清空即删除成绩")),
            Column(QT_TRANSLATE_NOOP("TableHeader", "结果"), lambda r: result_text(r, self.pass_mark)),
        ], parent, key=lambda r: r.officer_id)

    def can_edit(self, row) -> bool:
        return row.id is not None

    def background(self, row, column):
        if column == 6 and row.score is not None:
            return DONE_COLOUR if row.score >= self.pass_mark else OVERDUE_COLOUR
        return None


class MakeupModel(RowTableModel):
    def __init__(self, parent=None, *, with_session: bool = True):
        columns = [
            Column(QT_TRANSLATE_NOOP("TableHeader", "单位"), lambda r: r.unit_short or r.unit_name, sort=lambda r: (r.unit_order, r.unit_name)),
            Column(QT_TRANSLATE_NOOP("TableHeader", "姓名"), lambda r: r.name),
            Column(QT_TRANSLATE_NOOP("TableHeader", "部门"), lambda r: r.department),
        ]
        if with_session:
            columns += [Column(QT_TRANSLATE_NOOP("TableHeader", "活动日期"), lambda r: r.session_day),
                        Column(QT_TRANSLATE_NOOP("TableHeader", "学习活动"), lambda r: r.session_title)]
        columns += [
            Column(QT_TRANSLATE_NOOP("TableHeader", "考勤"), lambda r: r.status),
            Column(QT_TRANSLATE_NOOP("TableHeader", "原因"), lambda r: r.reason),
            Column(QT_TRANSLATE_NOOP("TableHeader", "补学方式"), lambda r: r.kind),
            Column(QT_TRANSLATE_NOOP("TableHeader", "学习材料"), lambda r: r.material),
            Column(QT_TRANSLATE_NOOP("TableHeader", "完成期限"), lambda r: r.deadline),
            Column(QT_TRANSLATE_NOOP("TableHeader", "完成日期"), lambda r: r.completed_on),
            Column(QT_TRANSLATE_NOOP("TableHeader", "佐证"), lambda r: r.evidence_note or (r.evidence_file and "（附件）") or ""),
            Column(QT_TRANSLATE_NOOP("TableHeader", "状态"), lambda r: r.state),
        ]
        super().__init__(columns, parent, key=lambda r: r.id)
        self.state_column = len(columns) - 1
        self.deadline_column = len(columns) - 4

    def background(self, row, column):
        if column in (self.state_column, self.deadline_column) and row.state == STATE_OVERDUE:
            return OVERDUE_COLOUR
        if column == self.state_column and row.state == STATE_DONE:
            return DONE_COLOUR
        return None

    def tooltip(self, row, column):
        if row.evidence_file:
            return f"佐证附件：{row.evidence_file}"
        return super().tooltip(row, column)


def figures_columns(first: list[Column]) -> list[Column]:
    f = lambda r: r.figures  # noqa: E731
    return first + [
        Column(QT_TRANSLATE_NOOP("TableHeader", "应到人次"), lambda r: f(r).expected, align="right"),
        Column(QT_TRANSLATE_NOOP("TableHeader", "实到人次"), lambda r: f(r).attended, align="right"),
        Column(QT_TRANSLATE_NOOP("TableHeader", "请假"), lambda r: f(r).leave, align="right"),
        Column(QT_TRANSLATE_NOOP("TableHeader", "缺席"), lambda r: f(r).absent, align="right"),
        Column(QT_TRANSLATE_NOOP("TableHeader", "出勤率"), lambda r: percent(f(r).attendance_rate), sort=lambda r: f(r).attendance_rate,
               align="right"),
        Column(QT_TRANSLATE_NOOP("TableHeader", "补学未完成"), lambda r: f(r).makeup_open, align="right"),
        Column(QT_TRANSLATE_NOOP("TableHeader", "其中逾期"), lambda r: f(r).makeup_overdue, align="right"),
        Column(QT_TRANSLATE_NOOP("TableHeader", "补学已完成"), lambda r: f(r).makeup_done, align="right"),
        Column(QT_TRANSLATE_NOOP("TableHeader", "心得体会"), lambda r: f(r).reflections, align="right"),
    ]


class TypeFiguresModel(RowTableModel):
    def __init__(self, parent=None):
        super().__init__(figures_columns([
            Column(QT_TRANSLATE_NOOP("TableHeader", "类型"), lambda r: r.type_name),
            Column(QT_TRANSLATE_NOOP("TableHeader", "已举行"), lambda r: r.held, align="right"),
            Column(QT_TRANSLATE_NOOP("TableHeader", "计划"), lambda r: r.planned, align="right"),
        ]), parent, key=lambda r: r.type_name)


class UnitFiguresModel(RowTableModel):
    def __init__(self, parent=None):
        super().__init__(figures_columns([
            Column(QT_TRANSLATE_NOOP("TableHeader", "单位"), lambda r: r.unit_short or r.unit_name),
            Column(QT_TRANSLATE_NOOP("TableHeader", "场次"), lambda r: r.figures.sessions, align="right"),
        ]), parent, key=lambda r: r.unit_name)

    def background(self, row, column):
        if column == 8 and row.figures.makeup_overdue:
            return OVERDUE_COLOUR
        return None


class PersonFiguresModel(RowTableModel):
    def __init__(self, parent=None):
        super().__init__(figures_columns([
            Column(QT_TRANSLATE_NOOP("TableHeader", "姓名"), lambda r: r.name),
            Column(QT_TRANSLATE_NOOP("TableHeader", "单位"), lambda r: r.unit_short or r.unit_name),
            Column(QT_TRANSLATE_NOOP("TableHeader", "部门"), lambda r: r.department),
            Column(QT_TRANSLATE_NOOP("TableHeader", "场次"), lambda r: r.figures.sessions, align="right"),
        ]), parent, key=lambda r: r.officer_id)

    def background(self, row, column):
        if column == 10 and row.figures.makeup_overdue:
            return OVERDUE_COLOUR
        return None


class TypeListModel(RowTableModel):
    def __init__(self, parent=None):
        super().__init__([
            Column(QT_TRANSLATE_NOOP("TableHeader", "类型名称"), lambda r: r.name),
            Column(QT_TRANSLATE_NOOP("TableHeader", "通知用词"), lambda r: r.notice_verb, tooltip=QT_TRANSLATE_NOOP("TableHeader", "通知标题：关于{用词}{活动名称}的通知")),
            Column(QT_TRANSLATE_NOOP("TableHeader", "计成绩"), lambda r: "是" if r.is_test else ""),
            Column(QT_TRANSLATE_NOOP("TableHeader", "启用"), lambda r: "是" if r.active else "停用"),
            Column(QT_TRANSLATE_NOOP("TableHeader", "已有活动"), lambda r: r.sessions, align="right"),
        ], parent, key=lambda r: r.id)

    def foreground(self, row, column):
        return None if row.active else MUTED


class OfficerPickModel(RowTableModel):
    """Roster rows with a check box, for hand-picking who must attend."""

    def __init__(self, parent=None):
        super().__init__([
            Column(QT_TRANSLATE_NOOP("TableHeader", "姓名"), lambda r: r.name),
            Column(QT_TRANSLATE_NOOP("TableHeader", "单位"), lambda r: r.unit, sort=lambda r: (r.unit_order, r.unit)),
            Column(QT_TRANSLATE_NOOP("TableHeader", "部门"), lambda r: r.department),
            Column(QT_TRANSLATE_NOOP("TableHeader", "职务"), lambda r: r.post),
            Column(QT_TRANSLATE_NOOP("TableHeader", "班子"), lambda r: r.leadership),
            Column(QT_TRANSLATE_NOOP("TableHeader", "在岗状态"), lambda r: r.status),
        ], parent, key=lambda r: r.id)
        self.checked: set[int] = set()

    def flags(self, index):
        flags = super().flags(index)
        if index.isValid() and index.column() == 0:
            flags |= Qt.ItemIsUserCheckable
        return flags

    def data(self, index, role=Qt.DisplayRole):
        if role == Qt.CheckStateRole and index.isValid() and index.column() == 0:
            return Qt.Checked if self.rows[index.row()].id in self.checked else Qt.Unchecked
        return super().data(index, role)

    def setData(self, index, value, role=Qt.EditRole):
        if role == Qt.CheckStateRole and index.isValid() and index.column() == 0:
            officer_id = self.rows[index.row()].id
            if Qt.CheckState(value) == Qt.Checked:
                self.checked.add(officer_id)
            else:
                self.checked.discard(officer_id)
            self.dataChanged.emit(index, index, [Qt.CheckStateRole])
            return True
        return super().setData(index, value, role)

    def set_checked(self, ids, checked: bool = True) -> None:
        ids = set(ids)
        if checked:
            self.checked |= ids
        else:
            self.checked -= ids
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, 0), [Qt.CheckStateRole])
