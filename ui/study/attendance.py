"""The 参会人员/考勤 page of a session: the expected list, marked by keyboard or a whole unit at once."""
from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDialog, QHBoxLayout, QLabel, QLineEdit,
                               QMessageBox, QPushButton, QTableView, QVBoxLayout, QWidget)

from app.common.figures import percent
from app.errors import AppError
from app.study.attendance import mark, mark_all_present, set_reason
from app.study.audience import attendee_rows, freeze, remove_attendees
from app.study.figures import AttendanceCounts
from app.study.models import ABSENT, LATE, LEAVE, LEAVE_REASONS, PRESENT

from ui.common.editing import edit_only, refusal
from ui.common.table import SortProxy
from ui.study.models import AttendeeModel
from ui.study.people_picker import AddPeopleDialog
from ui.study.widgets import fill_units, selected_rows, set_widths, unit_combo, warn

STATUS_KEYS = {
    Qt.Key_1: PRESENT, Qt.Key_2: LATE, Qt.Key_3: LEAVE, Qt.Key_4: ABSENT, Qt.Key_0: "",
    Qt.Key_D: PRESENT, Qt.Key_C: LATE, Qt.Key_J: LEAVE, Qt.Key_Q: ABSENT,  # 到 dao, 迟 chi, 假 jia, 缺 que
}


# ---------------------------------------------------------------- attendance

class AttendanceView(QTableView):
    """Arrow keys move; 1 出席, 2 迟到, 3 请假, 4 缺席, 0 清除 (or D/C/J/Q) mark the selected people."""

    mark_requested = Signal(str)

    def keyPressEvent(self, event) -> None:
        status = STATUS_KEYS.get(event.key())
        if status is not None and not (event.modifiers() & (Qt.ControlModifier | Qt.AltModifier)) \
                and self.state() != QAbstractItemView.EditingState:
            self.mark_requested.emit(status)
            event.accept()
            return
        super().keyPressEvent(event)


class AttendancePanel(QWidget):
    changed_by_me = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.session_id: int | None = None
        self.frozen = False
        self.model = AttendeeModel(self)
        self.model.on_edit = self._edit_reason
        self.proxy = SortProxy(self)
        self.proxy.setSourceModel(self.model)
        self.view = AttendanceView()
        self.view.setModel(self.proxy)
        self.view.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.ExtendedSelection)
        self.view.horizontalHeader().setSortIndicator(-1, Qt.AscendingOrder)
        self.view.setSortingEnabled(True)
        self.view.setWordWrap(False)
        self.view.setAlternatingRowColors(True)
        self.view.setEditTriggers(QAbstractItemView.DoubleClicked | QAbstractItemView.EditKeyPressed)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(26)
        self.view.horizontalHeader().setHighlightSections(False)
        set_widths(self.view, [50, 90, 90, 140, 110, 70, 70, 200, 130])
        self.view.mark_requested.connect(self.mark_selected)

        self.unit = unit_combo(self.tr("全部单位"))
        self.show_status = QComboBox()
        for text, value in ((self.tr("全部人员"), None), (self.tr("未登记"), ""), (PRESENT, PRESENT), (LATE, LATE),
                            (LEAVE, LEAVE), (ABSENT, ABSENT), (self.tr("请假和缺席"), "missed")):
            self.show_status.addItem(text, value)
        self.find = QLineEdit()
        self.find.setPlaceholderText(self.tr("输入姓名，回车定位"))
        self.find.setClearButtonEnabled(True)
        self.find.setMinimumWidth(170)
        self.find.setMaximumWidth(200)
        self.all_present = QPushButton()
        self.all_present.setToolTip(self.tr("所列单位中还没有登记的人全部设为出席；已登记的例外不受影响"))
        self.all_present.clicked.connect(self.mark_all_present)
        self.mark_buttons = []
        for text, status in ((self.tr("出席 1"), PRESENT), (self.tr("迟到 2"), LATE), (self.tr("请假 3"), LEAVE),
                             (self.tr("缺席 4"), ABSENT), (self.tr("清除 0"), "")):
            button = QPushButton(text)
            button.clicked.connect(lambda _c=False, s=status: self.mark_selected(s))
            self.mark_buttons.append(button)
        self.add_button = QPushButton(self.tr("添加人员…"))
        self.add_button.clicked.connect(self.add_people)
        self.remove_button = QPushButton(self.tr("移出名单"))
        self.remove_button.clicked.connect(self.remove_people)
        self.lock_note = QLabel()
        self.lock_note.setWordWrap(True)
        self.lock_note.setStyleSheet("background: #eef4fb; padding: 4px 6px; border: 1px solid #b8cde6;")
        self.lock_button = QPushButton(self.tr("现在锁定名单"))
        self.lock_button.clicked.connect(self.lock)
        edit_only(self.all_present, *self.mark_buttons, self.add_button, self.remove_button, self.lock_button)
        self.summary = QLabel()
        self.summary.setTextInteractionFlags(Qt.TextSelectableByMouse)
        hint = QLabel(self.tr("键盘：↑↓ 选人（Shift 多选），1 出席，2 迟到，3 请假，4 缺席，0 清除"
                              "（也可用 D/C/J/Q）；原因双击或按 F2 填写。"))
        hint.setStyleSheet("color: #555;")

        hint.setWordWrap(True)

        # Two rows: what is shown, then how to mark it; one row needed more than a 1280-pixel window.
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("单位")))
        filters.addWidget(self.unit)
        filters.addWidget(QLabel(self.tr("显示")))
        filters.addWidget(self.show_status)
        filters.addWidget(self.find)
        filters.addStretch(1)
        filters.addWidget(self.add_button)
        filters.addWidget(self.remove_button)
        marking = QHBoxLayout()
        marking.addWidget(self.all_present)
        for button in self.mark_buttons:
            marking.addWidget(button)
        marking.addStretch(1)
        # The reason of the last 请假/缺席, asked beside the buttons rather than in a pop-up: a modal box
        # took the keystrokes that followed (1, 1, 3, 1… typed down the sheet) into its text field.
        self.reason_label = QLabel()
        self.reason_combo = QComboBox()
        self.reason_combo.setEditable(True)
        self.reason_combo.setMinimumContentsLength(8)
        self.reason_combo.setFocusPolicy(Qt.ClickFocus)  # typing stays in the sheet unless the clerk clicks here
        self.reason_combo.activated.connect(lambda _index: self.apply_reason())
        self.reason_combo.lineEdit().editingFinished.connect(self.apply_reason)
        self._reason_for: list[int] = []
        marking.addWidget(self.reason_label)
        marking.addWidget(self.reason_combo)
        self._show_reason_strip(False)
        lock_row = QHBoxLayout()
        lock_row.addWidget(self.lock_note, 1)
        lock_row.addWidget(self.lock_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(lock_row)
        layout.addLayout(filters)
        layout.addLayout(marking)
        layout.addWidget(self.view, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.summary, 1)
        bottom.addWidget(hint, 1)
        layout.addLayout(bottom)

        self.unit.currentIndexChanged.connect(self._filter)
        self.show_status.currentIndexChanged.connect(self._filter)
        self.find.returnPressed.connect(self.locate)
        self._filter()

    # -- loading
    def load(self, session_id: int | None) -> None:
        if session_id != self.session_id:
            self._show_reason_strip(False)
        self.session_id = session_id
        if session_id is None:
            self.model.set_rows([])
            self.frozen = False
            self._update_controls([])
            return
        rows = attendee_rows(session_id)
        self.frozen = bool(rows) and rows[0].id is not None
        self.model.set_rows(rows)
        fill_units(self.unit, list(dict.fromkeys(r.unit_name for r in rows)))
        self._update_controls(rows)

    def _update_controls(self, rows) -> None:
        self.lock_note.setVisible(bool(self.session_id) and not self.frozen)
        self.lock_button.setVisible(bool(self.session_id) and not self.frozen)
        self.lock_note.setText(self.tr("应到名单尚未锁定，随人员台账变化。开始登记考勤时自动锁定，"
                                       "此后人员台账的变动不再改变本场名单。"))
        for button in self.mark_buttons + [self.remove_button, self.add_button]:
            button.setEnabled(self.frozen)
        self.all_present.setEnabled(bool(self.session_id) and bool(rows))
        unit = self.unit.currentText() if self.unit.currentData() else ""
        self.all_present.setText(self.tr("%1未登记的全部出席").replace("%1", unit or self.tr("所列")))
        counts = AttendanceCounts()
        for r in rows:
            counts.add_status(r.status)
        if not rows:
            self.summary.setText("")
            return
        self.summary.setText(self.tr("应到 %1　出席 %2　迟到 %3　请假 %4　缺席 %5　未登记 %6　出勤率 %7")
                             .replace("%1", str(counts.expected)).replace("%2", str(counts.present))
                             .replace("%3", str(counts.late)).replace("%4", str(counts.leave))
                             .replace("%5", str(counts.absent)).replace("%6", str(counts.unmarked))
                             .replace("%7", percent(counts.attendance_rate)))

    def _filter(self) -> None:
        unit = self.unit.currentData()
        status = self.show_status.currentData()

        def accept(r) -> bool:
            if unit and r.unit_name != unit:
                return False
            if status is None:
                return True
            if status == "missed":
                return r.status in (LEAVE, ABSENT)
            return r.status == status

        self.proxy.set_predicate(accept if (unit or status is not None) else None)
        self._update_controls(self.model.rows)

    def locate(self) -> None:
        """Select the first listed person whose name contains the text (then the keys mark them)."""
        text = self.find.text().strip()
        if not text:
            return
        current = self.view.currentIndex().row()
        rows = range(self.proxy.rowCount())
        ordered = [r for r in rows if r > current] + [r for r in rows if r <= current]
        for r in ordered:
            if text in self.proxy.row_at(r).name:
                self.view.selectRow(r)
                self.view.scrollTo(self.proxy.index(r, 0))
                self.view.setFocus()
                return
        QMessageBox.information(self, self.tr("查找"), self.tr("所列人员中没有“%1”。").replace("%1", text))

    # -- writing
    def lock(self) -> bool:
        if self.session_id is None:
            return False
        try:
            freeze(self.session_id)
        except AppError as exc:
            warn(self, self.tr("锁定名单"), exc)
            return False
        self.changed_by_me.emit()
        return True

    def mark_all_present(self) -> None:
        if self.session_id is None:
            return
        try:
            mark_all_present(self.session_id, self.unit.currentData() or None)
        except AppError as exc:
            warn(self, self.tr("考勤"), exc)
            return
        self.changed_by_me.emit()

    def mark_selected(self, status: str) -> None:
        if self.session_id is None or refusal():  # keys 1–4 of an account that may not edit: the buttons say why
            return
        if not self.frozen:
            # The first mark locks the list; rows are keyed by officer, so the selection survives the reload.
            if not self.lock():
                return
            self.load(self.session_id)
        rows = [r for r in selected_rows(self.view) if r.id is not None]
        if not rows:
            return
        try:
            mark(self.session_id, [r.id for r in rows], status)  # a reason already given is kept
        except AppError as exc:
            warn(self, self.tr("考勤"), exc)
            return
        self.changed_by_me.emit()
        if status in (LEAVE, ABSENT):  # the field stays for the last of them while the clerk marks on
            self.offer_reason(rows, status)
        if len(rows) == 1:  # going down the sheet: on to the next person
            current = self.view.currentIndex()
            below = current.row() + 1
            if below < self.proxy.rowCount():
                self.view.setCurrentIndex(self.proxy.index(below, current.column()))
                self.view.selectionModel().select(self.proxy.index(below, 0),
                                                  QItemSelectionModel.ClearAndSelect | QItemSelectionModel.Rows)

    def offer_reason(self, rows, status: str) -> None:
        """Show the reason field for the people just marked, filled with their reason (or the choices)."""
        names = "、".join(r.name for r in rows[:3]) + ("等" if len(rows) > 3 else "")
        choices = list(LEAVE_REASONS) if status == LEAVE else ["未请假", "未说明原因"]
        current = rows[0].reason or ""
        self._reason_for = [r.id for r in rows]
        self._reason_status = status
        self.reason_label.setText(self.tr("%1 的%2原因：").replace("%1", names).replace("%2", status))
        blocked = self.reason_combo.blockSignals(True)
        self.reason_combo.clear()
        self.reason_combo.addItems([c for c in choices if c != current] if current else choices)
        if current:
            self.reason_combo.insertItem(0, current)
        self.reason_combo.setCurrentIndex(0 if current else -1)
        self.reason_combo.setEditText(current)
        self.reason_combo.blockSignals(blocked)
        self._show_reason_strip(True)

    def apply_reason(self) -> None:
        text = self.reason_combo.currentText().strip()
        if not self._reason_for or self.session_id is None:
            return
        try:  # the same mark again, now with its reason: one write for all of them
            mark(self.session_id, self._reason_for, self._reason_status, text)
        except AppError as exc:
            warn(self, self.tr("原因"), exc)
            return
        self.changed_by_me.emit()

    def _show_reason_strip(self, shown: bool) -> None:
        self.reason_label.setVisible(shown)
        self.reason_combo.setVisible(shown)
        if not shown:
            self._reason_for = []

    def _edit_reason(self, row, column: int, text: str) -> bool:
        try:
            set_reason(row.id, text)
        except AppError as exc:
            warn(self, self.tr("原因"), exc)
            return False
        self.changed_by_me.emit()
        return True

    def add_people(self) -> None:
        if self.session_id is None or not self.frozen:
            return
        dialog = AddPeopleDialog(self.session_id, {r.officer_id for r in self.model.rows}, self)
        if dialog.exec() == QDialog.Accepted and dialog.saved_value:
            self.changed_by_me.emit()

    def remove_people(self) -> None:
        rows = [r for r in selected_rows(self.view) if r.id is not None]
        if not rows or self.session_id is None:
            return
        names = "、".join(r.name for r in rows[:10]) + ("等" if len(rows) > 10 else "")
        answer = QMessageBox.question(
            self, self.tr("移出名单"),
            self.tr("把 %1 移出本场应到名单？\n他们在本场的考勤、补学和心得体会记录会一并删除。").replace("%1", names))
        if answer != QMessageBox.Yes:
            return
        try:
            remove_attendees(self.session_id, [r.id for r in rows])
        except AppError as exc:
            warn(self, self.tr("移出名单"), exc)
            return
        self.changed_by_me.emit()
