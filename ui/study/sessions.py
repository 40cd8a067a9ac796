"""The 学习活动 page: the session list with its filters and actions, and the selected session's detail pages
(参会人员/考勤, 补学, 心得体会, 成绩). Notices and sign-in sheets are printed from here."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QHBoxLayout, QLabel, QLineEdit, QMessageBox, QPushButton,
                               QSplitter, QTabWidget, QVBoxLayout, QWidget)

from app.common.figures import percent
from app.store import settings
from app.study.listing import session_rows
from app.study.sessions import delete_sessions, restore_sessions, type_rows
from app.study.wording import when_text

from ui.common.editing import edit_only
from ui.common.output import print_path
from ui.common.table import SortProxy
from ui.common.worker import run_job
from ui.study.attendance import AttendancePanel
from ui.study.makeup import MakeupPanel
from ui.study.models import SessionModel
from ui.study.notice_dialog import NoticeDialog
from ui.study.reflections import ReflectionPanel
from ui.study.scores import ScorePanel
from ui.study.session_dialog import SessionDialog
from ui.study.types_dialog import TypesDialog
from ui.study.widgets import preview, selected_rows, set_widths, table_view


# ---------------------------------------------------------------- sessions page

class SessionsPage(QWidget):
    changed_by_me = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.model = SessionModel(self)
        self.proxy = SortProxy(self)
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
        edit_only(new, edit, self.delete_button, self.restore_button, types)
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
        rows = session_rows(trashed=self.trash.isChecked())
        self.model.set_rows(rows)
        types = [t.name for t in type_rows()]
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
                 when_text(row.day, row.start_time, row.end_time)]
        if row.place:
            parts.append(row.place)
        if row.speaker:
            parts.append(row.speaker)
        parts.append(self.tr("参加：%1").replace("%1", row.audience_text))
        text = "　".join(parts)
        text += "<br>" + self.tr("应到 %1 人").replace("%1", str(f.expected))
        if f.marked:
            text += self.tr("，实到 %1，请假 %2，缺席 %3，出勤率 %4").replace("%1", str(f.attended)) \
                .replace("%2", str(f.leave)).replace("%3", str(f.absent)).replace("%4", percent(f.attendance_rate))
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
        if dialog.exec() == QDialog.Accepted and dialog.saved_value:
            self.changed_by_me.emit()
            self.select_session(dialog.saved_value)

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
        delete_sessions([r.id for r in rows])
        self.changed_by_me.emit()

    def restore_sessions(self) -> None:
        rows = selected_rows(self.view)
        if rows:
            restore_sessions([r.id for r in rows])
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
        from app.study.outputs import print_notice

        out = print_path("会议通知")
        run_job(dialog, self.tr("生成会议通知"), lambda progress: print_notice(row.id, out, notice),
                on_done=lambda path: preview(dialog, path, title=self.tr("会议通知 — %1").replace("%1", row.title)))

    def print_signin(self) -> None:
        from app.study.outputs import print_signin_sheet

        row = self.current_row()
        if row is None or row.deleted_at:
            QMessageBox.information(self, self.tr("签到表"), self.tr("请先选择一场学习活动。"))
            return
        out = print_path("签到表")
        run_job(self, self.tr("生成签到表"), lambda progress: print_signin_sheet(row.id, out),
                on_done=lambda path: preview(self, path, title=self.tr("签到表 — %1").replace("%1", row.title)))
