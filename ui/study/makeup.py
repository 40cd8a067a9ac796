"""Make-up tasks (补学): of one session (in its detail) or of all sessions (the ledger page)."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (QComboBox, QDialog, QHBoxLayout, QLabel, QLineEdit, QMessageBox, QPushButton,
                               QVBoxLayout, QWidget)

from app.study.figures import unit_figures
from app.study.makeup import makeup_rows, reopen_tasks
from app.study.models import STATE_DONE, STATE_OPEN, STATE_OVERDUE

from ui.common.editing import edit_only
from ui.common.table import SortProxy
from ui.study.makeup_dialogs import CompleteDialog, TaskDialog
from ui.study.models import MakeupModel, UnitFiguresModel
from ui.study.widgets import fill_units, selected_rows, set_widths, table_view, unit_combo


# ---------------------------------------------------------------- make-up

class MakeupPanel(QWidget):
    """Make-up tasks: of one session (in the session's detail) or of all sessions (the ledger page)."""

    changed_by_me = Signal()

    def __init__(self, parent=None, *, ledger: bool = False):
        super().__init__(parent)
        self.ledger = ledger
        self.session_id: int | None = None
        self.model = MakeupModel(self, with_session=ledger)
        self.proxy = SortProxy(self)
        self.proxy.setSourceModel(self.model)
        self.view = table_view(self.proxy, stretch=4 if ledger else 6)
        self.view.doubleClicked.connect(lambda _i: self.edit())
        if ledger:
            set_widths(self.view, [80, 80, 110, 90, 260, 50, 90, 70, 200, 90, 90, 150, 60])
        else:
            set_widths(self.view, [80, 80, 120, 50, 100, 70, 260, 90, 90, 200, 60])
        self.unit = unit_combo(self.tr("全部单位"))
        self.state = QComboBox()
        for text, value in ((self.tr("未完成（含逾期）"), STATE_OPEN), (self.tr("已逾期"), STATE_OVERDUE),
                            (self.tr("已完成"), STATE_DONE), (self.tr("全部"), None)):
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
        edit_only(edit, done, reopen)
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
        rows = makeup_rows(session_id=session_id if not self.ledger else None)
        self.model.set_rows(rows)
        fill_units(self.unit, list(dict.fromkeys(r.unit_name for r in rows)))
        if self.ledger:
            self.unit_model.set_rows(unit_figures())
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
            if state == STATE_OPEN and r.state == STATE_DONE:
                return False
            if state in (STATE_OVERDUE, STATE_DONE) and r.state != state:
                return False
            return not text or text in r.name

        self.proxy.set_predicate(accept if (unit or state or text) else None)
        self._update_summary()

    def _update_summary(self) -> None:
        rows = self.model.rows
        done = sum(1 for r in rows if r.state == STATE_DONE)
        overdue = sum(1 for r in rows if r.state == STATE_OVERDUE)
        self.summary.setText(self.tr("补学任务 %1 项：已完成 %2，未完成 %3（其中逾期 %4）；当前列出 %5 项")
                             .replace("%1", str(len(rows))).replace("%2", str(done))
                             .replace("%3", str(len(rows) - done)).replace("%4", str(overdue))
                             .replace("%5", str(self.proxy.rowCount())))

    def edit(self) -> None:
        rows = selected_rows(self.view)
        if len(rows) != 1:
            return
        row = rows[0]
        if TaskDialog(row, self).exec() == QDialog.Accepted:
            self.changed_by_me.emit()

    def complete(self) -> None:
        rows = [r for r in selected_rows(self.view) if r.state != STATE_DONE]
        if not rows:
            QMessageBox.information(self, self.tr("登记完成"), self.tr("请先选中未完成的补学任务。"))
            return
        if CompleteDialog([r.id for r in rows], self).exec() == QDialog.Accepted:
            self.changed_by_me.emit()

    def reopen(self) -> None:
        rows = [r for r in selected_rows(self.view) if r.state == STATE_DONE]
        if not rows:
            return
        reopen_tasks([r.id for r in rows])
        self.changed_by_me.emit()
