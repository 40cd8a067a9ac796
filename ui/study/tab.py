"""学习教育 tab: sessions with their attendance, make-up study, reflections and scores; the make-up ledger
across sessions; figures per type, unit and person. Notices and sign-in sheets are printed from here."""
from __future__ import annotations


from PySide6.QtCore import QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QDialog, QDoubleSpinBox, QHBoxLayout,
                               QHeaderView, QInputDialog, QLabel, QLineEdit, QMessageBox, QPushButton, QSplitter,
                               QTableView, QTabWidget, QVBoxLayout, QWidget)

from app.store import settings
from app.study import service as study
from app.errors import AppError
from app.study.models import ABSENT, LATE, LEAVE, PRESENT

from ui.study.dialogs import (
    AddPeopleDialog, CompleteDialog, NoticeDialog, ReflectionDialog, SessionDialog, TaskDialog, TypesDialog,
    from_qdate, warn)
from ui.study.models import (
    AttendeeModel, FilterProxy, MakeupModel, PersonFiguresModel, ReflectionModel, ScoreModel, SessionModel,
    TypeFiguresModel, UnitFiguresModel)
from ui.common.worker import run_job
from ui.common.output import print_path
from ui.common.tab import FeatureTab

STATUS_KEYS = {
    Qt.Key_1: PRESENT, Qt.Key_2: LATE, Qt.Key_3: LEAVE, Qt.Key_4: ABSENT, Qt.Key_0: "",
    Qt.Key_D: PRESENT, Qt.Key_C: LATE, Qt.Key_J: LEAVE, Qt.Key_Q: ABSENT,  # 到 dao, 迟 chi, 假 jia, 缺 que
}


def table_view(model, *, sortable: bool = True, multi: bool = True, stretch: int | None = None) -> QTableView:
    """A table in the tab's style. Rows start in the order the service gives (roster order); a click on a
    header sorts. `stretch` is the column that takes the spare width."""
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectRows)
    view.setSelectionMode(QAbstractItemView.ExtendedSelection if multi else QAbstractItemView.SingleSelection)
    view.horizontalHeader().setSortIndicator(-1, Qt.AscendingOrder)
    view.setSortingEnabled(sortable)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(26)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.Interactive)
    view.horizontalHeader().setStretchLastSection(False)
    view.horizontalHeader().setHighlightSections(False)
    if stretch is not None:
        view.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.Stretch)
    return view


def set_widths(view: QTableView, widths: list[int]) -> None:
    for column, width in enumerate(widths):
        view.setColumnWidth(column, width)


def selected_rows(view: QTableView) -> list:
    proxy = view.model()
    rows = sorted({i.row() for i in view.selectionModel().selectedRows()})
    return [proxy.row_at(r) for r in rows]


def unit_combo(all_text: str) -> QComboBox:
    box = QComboBox()
    box.addItem(all_text, "")
    return box


def fill_units(box: QComboBox, names: list[str]) -> None:
    current = box.currentData()
    box.blockSignals(True)
    while box.count() > 1:
        box.removeItem(1)
    for name in names:
        box.addItem(name, name)
    index = box.findData(current)
    box.setCurrentIndex(index if index >= 0 else 0)
    box.blockSignals(False)


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
        self.proxy = FilterProxy(self)
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
        self.session_id = session_id
        if session_id is None:
            self.model.set_rows([])
            self.frozen = False
            self._update_controls([])
            return
        rows = study.attendee_rows(session_id)
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
        figures = study.Figures()
        for r in rows:
            figures.add_status(r.status, 1)
        if not rows:
            self.summary.setText("")
            return
        self.summary.setText(self.tr("应到 %1　出席 %2　迟到 %3　请假 %4　缺席 %5　未登记 %6　出勤率 %7")
                             .replace("%1", str(figures.expected)).replace("%2", str(figures.present))
                             .replace("%3", str(figures.late)).replace("%4", str(figures.leave))
                             .replace("%5", str(figures.absent)).replace("%6", str(figures.unmarked))
                             .replace("%7", study.percent(figures.attendance_rate)))

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
            study.freeze(self.session_id)
        except AppError as exc:
            warn(self, self.tr("锁定名单"), exc)
            return False
        self.changed_by_me.emit()
        return True

    def mark_all_present(self) -> None:
        if self.session_id is None:
            return
        try:
            study.mark_all_present(self.session_id, self.unit.currentData() or None)
        except AppError as exc:
            warn(self, self.tr("考勤"), exc)
            return
        self.changed_by_me.emit()

    def mark_selected(self, status: str) -> None:
        if self.session_id is None:
            return
        if not self.frozen:
            # The first mark locks the list; rows are keyed by officer, so the selection survives the reload.
            if not self.lock():
                return
            self.load(self.session_id)
        rows = [r for r in selected_rows(self.view) if r.id is not None]
        if not rows:
            return
        reason = None
        if status in (LEAVE, ABSENT):
            names = "、".join(r.name for r in rows[:5]) + ("等" if len(rows) > 5 else "")
            choices = list(study.LEAVE_REASONS) if status == LEAVE else ["未请假", "未说明原因"]
            current = rows[0].reason if rows[0].reason else choices[0]
            items = [current] + [c for c in choices if c != current]
            text, ok = QInputDialog.getItem(self, self.tr("%1原因").replace("%1", status),
                                            self.tr("%1 的%2原因（可直接输入）：").replace("%1", names).replace("%2", status),
                                            items, 0, True)
            if not ok:
                return
            reason = text.strip()
        try:
            study.mark(self.session_id, [r.id for r in rows], status, reason)
        except AppError as exc:
            warn(self, self.tr("考勤"), exc)
            return
        self.changed_by_me.emit()
        if len(rows) == 1:  # going down the sheet: on to the next person
            current = self.view.currentIndex()
            below = current.row() + 1
            if below < self.proxy.rowCount():
                self.view.setCurrentIndex(self.proxy.index(below, current.column()))
                self.view.selectionModel().select(self.proxy.index(below, 0),
                                                  QItemSelectionModel.ClearAndSelect | QItemSelectionModel.Rows)

    def _edit_reason(self, row, column: int, text: str) -> bool:
        try:
            study.set_reason(row.id, text)
        except AppError as exc:
            warn(self, self.tr("原因"), exc)
            return False
        self.changed_by_me.emit()
        return True

    def add_people(self) -> None:
        if self.session_id is None or not self.frozen:
            return
        dialog = AddPeopleDialog({r.officer_id for r in self.model.rows}, self)
        if dialog.exec() != QDialog.Accepted or not dialog.picker.checked_ids():
            return
        try:
            study.add_attendees(self.session_id, dialog.picker.checked_ids())
        except AppError as exc:
            warn(self, self.tr("添加人员"), exc)
            return
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
            study.remove_attendees(self.session_id, [r.id for r in rows])
        except AppError as exc:
            warn(self, self.tr("移出名单"), exc)
            return
        self.changed_by_me.emit()


# ---------------------------------------------------------------- make-up

class MakeupPanel(QWidget):
    """Make-up tasks: of one session (in the session's detail) or of all sessions (the ledger page)."""

    changed_by_me = Signal()

    def __init__(self, parent=None, *, ledger: bool = False):
        super().__init__(parent)
        self.ledger = ledger
        self.session_id: int | None = None
        self.model = MakeupModel(self, with_session=ledger)
        self.proxy = FilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.view = table_view(self.proxy, stretch=4 if ledger else 6)
        self.view.doubleClicked.connect(lambda _i: self.edit())
        if ledger:
            set_widths(self.view, [80, 80, 110, 90, 260, 50, 90, 70, 200, 90, 90, 150, 60])
        else:
            set_widths(self.view, [80, 80, 120, 50, 100, 70, 260, 90, 90, 200, 60])
        self.unit = unit_combo(self.tr("全部单位"))
        self.state = QComboBox()
        for text, value in ((self.tr("未完成（含逾期）"), study.STATE_OPEN), (self.tr("已逾期"), study.STATE_OVERDUE),
                            (self.tr("已完成"), study.STATE_DONE), (self.tr("全部"), None)):
            self.state.addItem(text, value)
        if not ledger:
            self.state.setCurrentIndex(3)
        self.find = QLineEdit()
        self.find.setPlaceholderText(self.tr("查找姓名"))
        self.find.setClearButtonEnabled(True)
        self.find.setMaximumWidth(160)
        edit = QPushButton(self.tr("修改…"))
        edit.clicked.connect(self.edit)
        done = QPushButton(self.tr("登记完成…"))
        done.clicked.connect(self.complete)
        reopen = QPushButton(self.tr("重新打开"))
        reopen.clicked.connect(self.reopen)
        self.summary = QLabel()
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("单位")))
        bar.addWidget(self.unit)
        bar.addWidget(QLabel(self.tr("状态")))
        bar.addWidget(self.state)
        bar.addWidget(self.find)
        bar.addStretch(1)
        bar.addWidget(edit)
        bar.addWidget(done)
        bar.addWidget(reopen)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(bar)
        if ledger:
            self.unit_model = UnitFiguresModel(self)
            self.unit_view = table_view(self.unit_model, multi=False)
            self.unit_view.setMaximumHeight(190)
            self.unit_view.clicked.connect(self._unit_clicked)
            set_widths(self.unit_view, [110, 50, 80, 80, 60, 60, 70, 90, 80, 90, 80])
            caption = QLabel(self.tr("各单位补学情况（点击一行只看该单位）"))
            caption.setStyleSheet("font-weight: bold;")
            layout.addWidget(caption)
            layout.addWidget(self.unit_view)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.summary)
        self.unit.currentIndexChanged.connect(self._filter)
        self.state.currentIndexChanged.connect(self._filter)
        self.find.textChanged.connect(self._filter)

    def load(self, session_id: int | None = None) -> None:
        self.session_id = session_id
        if not self.ledger and session_id is None:
            self.model.set_rows([])
            self._update_summary()
            return
        rows = study.makeup_rows(session_id=session_id if not self.ledger else None)
        self.model.set_rows(rows)
        fill_units(self.unit, list(dict.fromkeys(r.unit_name for r in rows)))
        if self.ledger:
            self.unit_model.set_rows(study.unit_figures())
        self._filter()

    def _unit_clicked(self, index) -> None:
        row = self.unit_model.row_at(index.row())
        position = self.unit.findData(row.unit_name)
        self.unit.setCurrentIndex(position if position >= 0 else 0)

    def _filter(self) -> None:
        unit = self.unit.currentData()
        state = self.state.currentData()
        text = self.find.text().strip()

        def accept(r) -> bool:
            if unit and r.unit_name != unit:
                return False
            if state == study.STATE_OPEN and r.state == study.STATE_DONE:
                return False
            if state in (study.STATE_OVERDUE, study.STATE_DONE) and r.state != state:
                return False
            return not text or text in r.name

        self.proxy.set_predicate(accept if (unit or state or text) else None)
        self._update_summary()

    def _update_summary(self) -> None:
        rows = self.model.rows
        done = sum(1 for r in rows if r.state == study.STATE_DONE)
        overdue = sum(1 for r in rows if r.state == study.STATE_OVERDUE)
        self.summary.setText(self.tr("补学任务 %1 项：已完成 %2，未完成 %3（其中逾期 %4）；当前列出 %5 项")
                             .replace("%1", str(len(rows))).replace("%2", str(done))
                             .replace("%3", str(len(rows) - done)).replace("%4", str(overdue))
                             .replace("%5", str(self.proxy.rowCount())))

    def edit(self) -> None:
        rows = selected_rows(self.view)
        if len(rows) != 1:
            return
        row = rows[0]
        dialog = TaskDialog(row, self)
        if dialog.exec() != QDialog.Accepted:
            return
        try:
            study.update_task(row.id, kind=dialog.kind.currentText(), material=dialog.material.toPlainText(),
                              deadline=from_qdate(dialog.deadline.date()), evidence_note=dialog.note.toPlainText())
        except AppError as exc:
            warn(self, self.tr("修改补学任务"), exc)
            return
        self.changed_by_me.emit()

    def complete(self) -> None:
        rows = [r for r in selected_rows(self.view) if r.state != study.STATE_DONE]
        if not rows:
            QMessageBox.information(self, self.tr("登记完成"), self.tr("请先选中未完成的补学任务。"))
            return
        dialog = CompleteDialog(len(rows), self)
        if dialog.exec() != QDialog.Accepted:
            return
        try:
            study.complete_tasks([r.id for r in rows], from_qdate(dialog.day.date()), dialog.note.toPlainText(),
                                 dialog.file.path())
        except AppError as exc:
            warn(self, self.tr("登记完成"), exc)
            return
        self.changed_by_me.emit()

    def reopen(self) -> None:
        rows = [r for r in selected_rows(self.view) if r.state == study.STATE_DONE]
        if not rows:
            return
        study.reopen_tasks([r.id for r in rows])
        self.changed_by_me.emit()


# ---------------------------------------------------------------- reflections

class ReflectionPanel(QWidget):
    changed_by_me = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.session_id: int | None = None
        self.model = ReflectionModel(self)
        self.proxy = FilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.view = table_view(self.proxy)
        set_widths(self.view, [50, 90, 90, 140, 60, 70, 90, 60, 240])
        self.unit = unit_combo(self.tr("全部单位"))
        self.show = QComboBox()
        for text, value in ((self.tr("全部人员"), None), (self.tr("未交"), False), (self.tr("已交"), True)):
            self.show.addItem(text, value)
        record = QPushButton(self.tr("登记已交…"))
        record.clicked.connect(self.record)
        remove = QPushButton(self.tr("撤销登记"))
        remove.clicked.connect(self.remove)
        self.unit_counts = QLabel()
        self.unit_counts.setWordWrap(True)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("单位")))
        bar.addWidget(self.unit)
        bar.addWidget(QLabel(self.tr("显示")))
        bar.addWidget(self.show)
        bar.addStretch(1)
        bar.addWidget(record)
        bar.addWidget(remove)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.unit_counts)
        self.unit.currentIndexChanged.connect(self._filter)
        self.show.currentIndexChanged.connect(self._filter)

    def load(self, session_id: int | None) -> None:
        self.session_id = session_id
        rows = study.attendee_rows(session_id) if session_id else []
        rows = [r for r in rows if r.id is not None]
        self.model.set_rows(rows)
        fill_units(self.unit, list(dict.fromkeys(r.unit_name for r in rows)))
        counts: dict[str, list[int]] = {}
        for r in rows:
            entry = counts.setdefault(r.unit_short or r.unit_name, [0, 0])
            entry[0] += 1
            entry[1] += r.reflection_on is not None
        if not rows:
            self.unit_counts.setText(self.tr("名单锁定（开始登记考勤）后才能登记心得体会。") if session_id else "")
        else:
            parts = [self.tr("%1 应交 %2、已交 %3、未交 %4").replace("%1", unit).replace("%2", str(n))
                     .replace("%3", str(done)).replace("%4", str(n - done)) for unit, (n, done) in counts.items()]
            self.unit_counts.setText("；".join(parts))
        self._filter()

    def _filter(self) -> None:
        unit = self.unit.currentData()
        handed = self.show.currentData()

        def accept(r) -> bool:
            if unit and r.unit_name != unit:
                return False
            return handed is None or (r.reflection_on is not None) == handed

        self.proxy.set_predicate(accept if (unit or handed is not None) else None)

    def record(self) -> None:
        rows = selected_rows(self.view)
        if not rows:
            QMessageBox.information(self, self.tr("登记心得体会"), self.tr("请先选中交来心得体会的人员（可多选）。"))
            return
        dialog = ReflectionDialog([r.name for r in rows], self)
        if dialog.exec() != QDialog.Accepted:
            return
        try:
            study.record_reflections([r.id for r in rows], from_qdate(dialog.day.date()),
                                     dialog.words.value() or None, dialog.note.text(),
                                     dialog.file.path() if len(rows) == 1 else None)
        except AppError as exc:
            warn(self, self.tr("登记心得体会"), exc)
            return
        self.changed_by_me.emit()

    def remove(self) -> None:
        rows = [r for r in selected_rows(self.view) if r.reflection_on]
        if not rows:
            return
        study.remove_reflections([r.id for r in rows])
        self.changed_by_me.emit()


# ---------------------------------------------------------------- scores

class ScorePanel(QWidget):
    changed_by_me = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.session_id: int | None = None
        self.model = ScoreModel(self)
        self.model.on_edit = self._edit_score
        self.proxy = FilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.view = table_view(self.proxy)
        self.view.setEditTriggers(QAbstractItemView.DoubleClicked | QAbstractItemView.EditKeyPressed
                                  | QAbstractItemView.AnyKeyPressed)
        set_widths(self.view, [50, 90, 90, 140, 60, 70, 80])
        self.pass_mark = QDoubleSpinBox()
        self.pass_mark.setRange(0, 100)
        self.pass_mark.setDecimals(1)
        apply = QPushButton(self.tr("应用分数线"))
        apply.clicked.connect(self.apply_pass_mark)
        self.summary = QLabel()
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("合格分数线")))
        bar.addWidget(self.pass_mark)
        bar.addWidget(apply)
        bar.addSpacing(16)
        bar.addWidget(self.summary, 1)
        hint = QLabel(self.tr("选中“成绩”格直接输入分数，回车保存并转到下一人。"))
        hint.setStyleSheet("color: #555;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        layout.addWidget(hint)

    def load(self, session_id: int | None) -> None:
        self.session_id = session_id
        rows = [r for r in study.attendee_rows(session_id) if r.id is not None] if session_id else []
        if session_id:
            summary = study.test_summary(session_id)
            self.model.pass_mark = summary.pass_mark
            self.pass_mark.setValue(summary.pass_mark)
            self.summary.setText(
                self.tr("应考 %1　参考 %2　合格 %3　合格率 %4　平均分 %5　最高 %6　最低 %7")
                .replace("%1", str(summary.expected)).replace("%2", str(summary.scored))
                .replace("%3", str(summary.passed)).replace("%4", study.percent(summary.pass_rate))
                .replace("%5", "—" if summary.average is None else f"{summary.average:g}")
                .replace("%6", "—" if summary.highest is None else f"{summary.highest:g}")
                .replace("%7", "—" if summary.lowest is None else f"{summary.lowest:g}"))
        self.model.set_rows(rows)

    def _edit_score(self, row, column: int, text: str) -> bool:
        text = text.strip()
        try:
            score = float(text) if text else None
        except ValueError:
            QMessageBox.warning(self, self.tr("成绩"), self.tr("成绩：“%1”不是数字").replace("%1", text))
            return False
        try:
            study.set_scores(self.session_id, {row.id: score})
        except AppError as exc:
            warn(self, self.tr("成绩"), exc)
            return False
        current = self.view.currentIndex()
        QTimer.singleShot(0, lambda: self._next(current.row(), current.column()))
        self.changed_by_me.emit()
        return True

    def _next(self, row: int, column: int) -> None:
        if row + 1 < self.proxy.rowCount():
            self.view.setCurrentIndex(self.proxy.index(row + 1, column))

    def apply_pass_mark(self) -> None:
        if self.session_id is None:
            return
        try:
            study.set_pass_mark(self.session_id, self.pass_mark.value())
        except AppError as exc:
            warn(self, self.tr("合格分数线"), exc)
            return
        self.changed_by_me.emit()


# ---------------------------------------------------------------- sessions page

class SessionsPage(QWidget):
    changed_by_me = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.model = SessionModel(self)
        self.proxy = FilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.view = table_view(self.proxy, multi=True, stretch=3)
        set_widths(self.view, [44, 118, 120, 250, 64, 130, 110, 44, 44, 40, 40, 56, 74, 40, 56])
        self.view.doubleClicked.connect(lambda _i: self.edit_session())

        new = QPushButton(self.tr("新建活动…"))
        new.clicked.connect(self.new_session)
        edit = QPushButton(self.tr("修改…"))
        edit.clicked.connect(self.edit_session)
        self.delete_button = QPushButton(self.tr("删除"))
        self.delete_button.clicked.connect(self.delete_sessions)
        self.restore_button = QPushButton(self.tr("恢复"))
        self.restore_button.clicked.connect(self.restore_sessions)
        notice = QPushButton(self.tr("会议通知…"))
        notice.clicked.connect(self.print_notice)
        signin = QPushButton(self.tr("签到表…"))
        signin.clicked.connect(self.print_signin)
        types = QPushButton(self.tr("活动类型…"))
        types.clicked.connect(self.edit_types)
        self.type_filter = QComboBox()
        self.phase_filter = QComboBox()
        self.phase_filter.addItem(self.tr("全部阶段"), "")
        for phase in settings.PHASES:
            self.phase_filter.addItem(phase, phase)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("查找活动名称、地点、主讲人"))
        self.search.setClearButtonEnabled(True)
        self.trash = QCheckBox(self.tr("回收站"))
        self.trash.toggled.connect(self._trash_toggled)
        bar = QHBoxLayout()
        for widget in (new, edit, self.delete_button, self.restore_button):
            bar.addWidget(widget)
        bar.addSpacing(12)
        bar.addWidget(notice)
        bar.addWidget(signin)
        bar.addSpacing(12)
        bar.addWidget(self.type_filter)
        bar.addWidget(self.phase_filter)
        bar.addWidget(self.search, 1)
        bar.addWidget(self.trash)
        bar.addWidget(types)
        self.restore_button.hide()

        self.header = QLabel()
        self.header.setWordWrap(True)
        self.header.setTextFormat(Qt.RichText)
        self.header.setStyleSheet("padding: 4px 2px;")
        self.details = QTabWidget()
        self.attendance = AttendancePanel()
        self.makeup = MakeupPanel()
        self.reflections = ReflectionPanel()
        self.scores = ScorePanel()
        self.details.addTab(self.attendance, self.tr("参会人员/考勤"))
        self.details.addTab(self.makeup, self.tr("补学"))
        self.details.addTab(self.reflections, self.tr("心得体会"))
        self.details.addTab(self.scores, self.tr("成绩"))
        for panel in (self.attendance, self.makeup, self.reflections, self.scores):
            panel.changed_by_me.connect(self.changed_by_me)
        self.details.currentChanged.connect(lambda _i: self.load_detail())

        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addLayout(bar)
        top_layout.addWidget(self.view, 1)
        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addWidget(self.header)
        bottom_layout.addWidget(self.details, 1)
        self.splitter = QSplitter(Qt.Vertical)
        self.splitter.addWidget(top)
        self.splitter.addWidget(bottom)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([300, 460])
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)

        self.type_filter.currentIndexChanged.connect(self._filter)
        self.phase_filter.currentIndexChanged.connect(self._filter)
        self.search.textChanged.connect(self._filter)
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self.load_detail())
        self._detail_id: int | None = None

    # -- loading
    def load(self) -> None:
        keep = self.current_id()
        rows = study.session_rows(trashed=self.trash.isChecked())
        self.model.set_rows(rows)
        types = [t.name for t in study.type_rows()]
        current_type = self.type_filter.currentData()
        self.type_filter.blockSignals(True)
        self.type_filter.clear()
        self.type_filter.addItem(self.tr("全部类型"), "")
        for name in types:
            self.type_filter.addItem(name, name)
        self.type_filter.setCurrentIndex(max(0, self.type_filter.findData(current_type)))
        self.type_filter.blockSignals(False)
        self._filter()
        if keep is not None:
            self.select_session(keep)
        elif self.proxy.rowCount():
            self.view.selectRow(0)
        self.load_detail(force=True)

    def _trash_toggled(self, on: bool) -> None:
        self.delete_button.setVisible(not on)
        self.restore_button.setVisible(on)
        self.load()

    def _filter(self) -> None:
        type_name = self.type_filter.currentData()
        phase = self.phase_filter.currentData()
        text = self.search.text().strip()

        def accept(r) -> bool:
            if type_name and r.type_name != type_name:
                return False
            if phase and r.phase != phase:
                return False
            return not text or text in r.title or text in r.place or text in r.speaker

        self.proxy.set_predicate(accept if (type_name or phase or text) else None)

    def current_row(self):
        index = self.view.currentIndex()
        if not index.isValid():
            return None
        return self.proxy.row_at(index.row())

    def current_id(self) -> int | None:
        row = self.current_row()
        return row.id if row is not None else None

    def select_session(self, session_id: int) -> bool:
        source_row = self.model.row_of_key(session_id)
        if source_row < 0:
            return False
        index = self.proxy.mapFromSource(self.model.index(source_row, 0))
        if not index.isValid():
            return False
        if self.view.currentIndex().row() != index.row():
            self.view.selectRow(index.row())
        self.view.scrollTo(index)
        return True

    def load_detail(self, force: bool = False) -> None:
        row = self.current_row()
        session_id = None if row is None or row.deleted_at else row.id
        self._header(row)
        self.details.setTabVisible(3, bool(row and row.is_test))
        self.details.setEnabled(session_id is not None)
        panel = self.details.currentWidget()
        if panel is self.scores and not (row and row.is_test):
            self.details.setCurrentIndex(0)
            panel = self.attendance
        panel.load(session_id)
        self._detail_id = session_id

    def _header(self, row) -> None:
        if row is None:
            self.header.setText(self.tr("请在上方选择一场学习活动，或点“新建活动…”。"))
            return
        f = row.figures
        parts = [f"<b>{row.title}</b>", f"{row.type_name}",
                 study.when_text(row.day, row.start_time, row.end_time)]
        if row.place:
            parts.append(row.place)
        if row.speaker:
            parts.append(row.speaker)
        parts.append(self.tr("参加：%1").replace("%1", row.audience_text))
        text = "　".join(parts)
        text += "<br>" + self.tr("应到 %1 人").replace("%1", str(f.expected))
        if f.marked:
            text += self.tr("，实到 %1，请假 %2，缺席 %3，出勤率 %4").replace("%1", str(f.attended)) \
                .replace("%2", str(f.leave)).replace("%3", str(f.absent)).replace("%4", study.percent(f.attendance_rate))
        if f.makeup_open or f.makeup_done:
            text += self.tr("；补学已完成 %1、未完成 %2").replace("%1", str(f.makeup_done)).replace("%2", str(f.makeup_open))
            if f.makeup_overdue:
                text += self.tr("（<span style='color:#b00020'>逾期 %1</span>）").replace("%1", str(f.makeup_overdue))
        if f.reflections:
            text += self.tr("；心得体会 %1 篇").replace("%1", str(f.reflections))
        text += "　<span style='color:#555'>" + row.state + "</span>"
        if row.deleted_at:
            text += "　<span style='color:#b00020'>" + self.tr("（在回收站中）") + "</span>"
        self.header.setText(text)

    # -- actions
    def new_session(self) -> None:
        dialog = SessionDialog(self)
        if dialog.exec() == QDialog.Accepted and dialog.saved_id:
            self.changed_by_me.emit()
            self.select_session(dialog.saved_id)

    def edit_session(self) -> None:
        session_id = self.current_id()
        row = self.current_row()
        if session_id is None or row.deleted_at:
            return
        dialog = SessionDialog(self, session_id)
        if dialog.exec() == QDialog.Accepted:
            self.changed_by_me.emit()

    def delete_sessions(self) -> None:
        rows = selected_rows(self.view)
        if not rows:
            return
        names = "\n".join(f"{r.when_text} {r.title}" for r in rows[:8]) + ("\n……" if len(rows) > 8 else "")
        if QMessageBox.question(self, self.tr("删除学习活动"),
                                self.tr("把以下 %1 场活动移到回收站？（可在“回收站”中恢复）\n\n").replace("%1", str(len(rows)))
                                + names) != QMessageBox.Yes:
            return
        study.delete_sessions([r.id for r in rows])
        self.changed_by_me.emit()

    def restore_sessions(self) -> None:
        rows = selected_rows(self.view)
        if rows:
            study.restore_sessions([r.id for r in rows])
            self.changed_by_me.emit()

    def edit_types(self) -> None:
        TypesDialog(self).exec()
        self.changed_by_me.emit()

    def print_notice(self) -> None:
        row = self.current_row()
        if row is None or row.deleted_at:
            QMessageBox.information(self, self.tr("会议通知"), self.tr("请先选择一场学习活动。"))
            return
        dialog = NoticeDialog(row.id, self, on_print=lambda notice: self._build_notice(row, notice, dialog))
        dialog.exec()
        self.changed_by_me.emit()

    def _build_notice(self, row, notice, dialog) -> None:
        from app.study.documents.notice import build_notice

        out = print_path("会议通知")
        run_job(dialog, self.tr("生成会议通知"), lambda progress: build_notice(row.id, out, notice),
                on_done=lambda path: _preview(dialog, path, title=self.tr("会议通知 — %1").replace("%1", row.title)))

    def print_signin(self) -> None:
        from app.study.documents.signin_sheet import build_signin_sheet

        row = self.current_row()
        if row is None or row.deleted_at:
            QMessageBox.information(self, self.tr("签到表"), self.tr("请先选择一场学习活动。"))
            return
        out = print_path("签到表")
        run_job(self, self.tr("生成签到表"), lambda progress: build_signin_sheet(row.id, out),
                on_done=lambda path: _preview(self, path, title=self.tr("签到表 — %1").replace("%1", row.title)))


# ---------------------------------------------------------------- figures page

class FiguresPage(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.type_model = TypeFiguresModel(self)
        self.unit_model = UnitFiguresModel(self)
        self.person_model = PersonFiguresModel(self)
        self.person_proxy = FilterProxy(self)
        self.person_proxy.setSourceModel(self.person_model)
        self.type_view = table_view(self.type_model, multi=False)
        self.unit_view = table_view(self.unit_model, multi=False)
        self.person_view = table_view(self.person_proxy)
        set_widths(self.type_view, [190, 56, 44, 70, 70, 50, 50, 64, 80, 70, 80, 70])
        set_widths(self.unit_view, [110, 50, 70, 70, 50, 50, 64, 80, 70, 80, 70])
        set_widths(self.person_view, [90, 90, 130, 50, 70, 70, 50, 50, 64, 80, 70, 80, 70])
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("查找姓名"))
        self.search.setClearButtonEnabled(True)
        self.search.setMaximumWidth(200)
        self.low_only = QCheckBox(self.tr("只看出勤率低于90%或有未完成补学的人"))
        self.search.textChanged.connect(self._filter)
        self.low_only.toggled.connect(self._filter)
        self.total = QLabel()
        self.total.setStyleSheet("font-weight: bold;")

        def captioned(text: str, widget: QWidget, extra=None) -> QWidget:
            box = QWidget()
            layout = QVBoxLayout(box)
            layout.setContentsMargins(0, 0, 0, 0)
            row = QHBoxLayout()
            label = QLabel(text)
            label.setStyleSheet("font-weight: bold;")
            row.addWidget(label)
            for item in extra or []:
                row.addWidget(item)
            row.addStretch(1)
            layout.addLayout(row)
            layout.addWidget(widget, 1)
            return box

        upper = QSplitter(Qt.Horizontal)
        upper.addWidget(captioned(self.tr("按活动类型"), self.type_view))
        upper.addWidget(captioned(self.tr("按单位"), self.unit_view))
        splitter = QSplitter(Qt.Vertical)
        splitter.addWidget(upper)
        splitter.addWidget(captioned(self.tr("按人员"), self.person_view, [self.search, self.low_only]))
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.total)
        layout.addWidget(splitter, 1)

    def load(self) -> None:
        self.type_model.set_rows(study.type_figures())
        self.unit_model.set_rows(study.unit_figures())
        self.person_model.set_rows(study.person_figures())
        figures = study.stats()
        self.total.setText(
            self.tr("学习活动 %1 场（已举行 %2，计划 %3）；应到 %4 人次，实到 %5 人次，出勤率 %6；"
                    "补学已完成 %7、未完成 %8（逾期 %9）；心得体会 %10 篇")
            .replace("%10", str(figures["reflections"]))
            .replace("%1", str(figures["sessions"])).replace("%2", str(figures["held"]))
            .replace("%3", str(figures["planned"])).replace("%4", str(figures["expected"]))
            .replace("%5", str(figures["attended"])).replace("%6", study.percent(figures["attendance_rate"]))
            .replace("%7", str(figures["makeup_done"])).replace("%8", str(figures["makeup_open"]))
            .replace("%9", str(figures["makeup_overdue"])))
        self._filter()

    def _filter(self) -> None:
        text = self.search.text().strip()
        low = self.low_only.isChecked()

        def accept(r) -> bool:
            if text and text not in r.name:
                return False
            if low:
                rate = r.figures.attendance_rate
                return (rate is not None and rate < 0.9) or r.figures.makeup_open > 0
            return True

        self.person_proxy.set_predicate(accept if (text or low) else None)


# ---------------------------------------------------------------- the tab

class StudyTab(FeatureTab):
    TITLE = "学习教育"
    status_changed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.pages = QTabWidget()
        self.sessions = SessionsPage()
        self.ledger = MakeupPanel(ledger=True)
        self.figures = FiguresPage()
        self.pages.addTab(self.sessions, self.tr("学习活动"))
        self.pages.addTab(self.ledger, self.tr("补学台账"))
        self.pages.addTab(self.figures, self.tr("统计"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.pages)
        for page in (self.sessions, self.ledger):
            page.changed_by_me.connect(self.refresh)
        self.pages.currentChanged.connect(lambda _i: self._load_current())
        self._dirty = {0, 1, 2}
        self._pending = False
        self._status = ""
        self.refresh()

    def refresh(self) -> None:
        """Reload what is shown now; other pages reload when they are shown."""
        self._pending = False
        self._dirty = {0, 1, 2}
        self._load_current()
        self._update_status()

    def _load_current(self) -> None:
        index = self.pages.currentIndex()
        if index not in self._dirty:
            return
        self._dirty.discard(index)
        if index == 0:
            self.sessions.load()
        elif index == 1:
            self.ledger.load()
        else:
            self.figures.load()

    def show_rows(self, page: str | None = None, type: str | None = None, **unknown) -> bool:
        """page="makeup": the make-up ledger; otherwise the sessions page filtered by study `type`
        (a type name, "" or None = every type)."""
        if page == "makeup":
            self.pages.setCurrentWidget(self.ledger)
            return not unknown and type is None
        self.pages.setCurrentWidget(self.sessions)
        chosen = _choose(self.sessions.type_filter, type or "")
        return chosen and not unknown and page in (None, "sessions")

    def on_changed(self, topic: str) -> None:
        if topic not in ("study", "roster", "database"):
            return
        if not self._pending:  # a burst of changes refreshes once
            self._pending = True
            QTimer.singleShot(0, self.refresh)

    def _update_status(self) -> None:
        figures = study.stats()
        self._status = self.tr("学习活动 %1 场（计划 %2）· 出勤率 %3 · 补学未完成 %4（逾期 %5）· 心得体会 %6 篇") \
            .replace("%1", str(figures["sessions"])).replace("%2", str(figures["planned"])) \
            .replace("%3", study.percent(figures["attendance_rate"])).replace("%4", str(figures["makeup_open"])) \
            .replace("%5", str(figures["makeup_overdue"])).replace("%6", str(figures["reflections"]))
        self.status_changed.emit()

    def status_text(self) -> str:
        return self._status


def _preview(parent, path, title: str):
    from ui.common.pdf_preview import preview

    return preview(parent, path, title=title)


def _choose(combo, value) -> bool:
    """Select the entry whose data is `value`; False when there is none."""
    index = combo.findData(value)
    if index < 0:
        return False
    combo.setCurrentIndex(index)
    return True
