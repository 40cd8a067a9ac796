"""轮次设置: the rounds' names and dates, adding and deleting rounds, and refreshing a round's 应谈 list from
the roster."""
from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QMessageBox, QPushButton, QVBoxLayout

from app.common.datetext import format_date
from app.errors import AppError
from app.talks import common, rounds
from ui.common.editing import edit_only
from ui.common.form import fit_to_screen

from ui.talks.models import RoundsModel
from ui.talks.widgets import ERROR_STYLE, table_view


class RoundsDialog(QDialog):
    """Rounds: name, dates, the frozen 应谈 list (refreshed from the roster on demand)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("轮次设置"))
        fit_to_screen(self, 820, 460)
        self.model = RoundsModel(self)
        self.view = table_view(self.model)
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._show_current())
        self.name_edit = QLineEdit()
        self.start_edit = QLineEdit()
        self.start_edit.setPlaceholderText(self.tr("如 2021-6-1，可不填"))
        self.end_edit = QLineEdit()
        self.end_edit.setPlaceholderText(self.tr("如 2021-6-30，可不填"))
        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("名称"), self.name_edit)
        form.addRow(self.tr("开始日期"), self.start_edit)
        form.addRow(self.tr("结束日期"), self.end_edit)
        form.addRow("", self.error)
        add = QPushButton(self.tr("新增轮次"))
        add.clicked.connect(self.add_round)
        save = QPushButton(self.tr("保存修改"))
        save.clicked.connect(self.save_round)
        delete = QPushButton(self.tr("删除轮次"))
        delete.clicked.connect(self.delete_round)
        refresh = QPushButton(self.tr("按台账刷新应谈名单"))
        edit_only(add, save, delete, refresh)
        refresh.setToolTip(self.tr("应谈名单在设立轮次时按台账（在岗、纳入教育整顿的人员）确定；人员变动后可在此刷新"))
        refresh.clicked.connect(self.refresh_expected)
        close = QPushButton(self.tr("关闭"))
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        for button in (add, save, delete, refresh):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(form)
        layout.addLayout(buttons)
        rounds.ensure_default_rounds()
        self.reload()

    def reload(self, select_id: int | None = None) -> None:
        current = self.current()
        select_id = select_id if select_id is not None else (current.id if current else None)
        self.model.set_rows(rounds.rounds())
        row = next((i for i, r in enumerate(self.model.rows) if r.id == select_id), 0)
        if self.model.rows:
            self.view.selectRow(row)
        self.view.resizeColumnsToContents()
        self._show_current()  # the saved values (the rows update in place: the current row may not change)

    def current(self) -> rounds.RoundInfo | None:
        index = self.view.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def _show_current(self) -> None:
        info = self.current()
        self.error.clear()
        if info is not None:
            self.name_edit.setText(info.name)
            self.start_edit.setText(format_date(info.start_date))
            self.end_edit.setText(format_date(info.end_date))

    def _dates(self) -> tuple[dt.date | None, dt.date | None] | None:
        try:
            return common.parse_date(self.start_edit.text()), common.parse_date(self.end_edit.text())
        except ValueError as exc:
            self.error.setText(self.tr("日期：{reason}").format(reason=exc))
            return None

    def add_round(self) -> None:
        dates = self._dates()
        if dates is None:
            return
        name = self.name_edit.text().strip()
        if self.current() is not None and name == self.current().name:
            name = f"第{len(self.model.rows) + 1}轮"
        try:
            new = rounds.create_round(name, *dates)
        except AppError as exc:
            self.error.setText(str(exc))
            return
        self.reload(new.id)

    def save_round(self) -> None:
        info = self.current()
        dates = self._dates()
        if info is None or dates is None:
            return
        try:
            rounds.update_round(info.id, self.name_edit.text(), *dates)
        except AppError as exc:
            self.error.setText(str(exc))
            return
        self.reload(info.id)

    def delete_round(self) -> None:
        info = self.current()
        if info is None:
            return
        if QMessageBox.question(self, self.tr("删除轮次"), self.tr("确定删除“{name}”吗？").format(name=info.name)) != QMessageBox.Yes:
            return
        try:
            rounds.delete_round(info.id)
        except AppError as exc:
            self.error.setText(str(exc))
            return
        self.reload()

    def refresh_expected(self) -> None:
        info = self.current()
        if info is None:
            return
        missing, gone = rounds.expected_differs_from_roster(info.id)
        question = self.tr("按当前台账重新确定“{name}”的应谈名单？\n\n将加入 {added} 人，移出 {removed} 人"
                           "（已有的谈话记录不受影响）。").format(name=info.name, added=missing, removed=gone)
        if QMessageBox.question(self, self.tr("刷新应谈名单"), question) != QMessageBox.Yes:
            return
        added, removed = rounds.refresh_expected(info.id)
        self.reload(info.id)
        self.error.setText(self.tr("已刷新：加入 {added} 人，移出 {removed} 人。").format(added=added, removed=removed))

