"""The editable list of session types (name, the verb of the notice title, whether it is scored)."""
from __future__ import annotations

from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QDialog, QDialogButtonBox, QHBoxLayout, QLineEdit,
                               QMessageBox, QPushButton, QTableView, QVBoxLayout)

from app.errors import AppError
from app.study.sessions import create_type, delete_type, move_type, type_rows, update_type

from ui.common.form import FormDialog, fit_to_screen
from ui.study.models import TypeListModel
from ui.study.widgets import warn


class TypeEditDialog(FormDialog):
    """A new session type, or a change to one. `saved` is the type's id."""

    def __init__(self, row=None, parent=None):
        super().__init__(parent)
        self.row = row
        self.setWindowTitle(self.tr("修改类型") if row else self.tr("新增类型"))
        self.name = QLineEdit(row.name if row else "")
        self.verb = QLineEdit(row.notice_verb if row else "举办")
        self.verb.setToolTip(self.tr("通知标题为：关于{用词}{活动名称}的通知，如“召开”“举办”“组织开展”"))
        self.is_test = QCheckBox(self.tr("登记成绩（测试类）"))
        self.is_test.setChecked(bool(row and row.is_test))
        self.active = QCheckBox(self.tr("启用（停用后新建活动时不再列出）"))
        self.active.setChecked(row.active if row else True)
        self.add_row(self.tr("类型名称"), self.name, field="类型名称")
        self.add_row(self.tr("通知用词"), self.verb, field="通知用词")
        self.form.addRow("", self.is_test)
        self.form.addRow("", self.active)
        self.save_button.setText(self.tr("保存"))
        self.buttons.button(QDialogButtonBox.Cancel).setText(self.tr("取消"))

    def save(self) -> int:
        if self.row is None:
            return create_type(self.name.text(), self.verb.text(), self.is_test.isChecked()).id
        update_type(self.row.id, self.name.text(), self.verb.text(), self.is_test.isChecked(), self.active.isChecked())
        return self.row.id


class TypesDialog(QDialog):
    """The editable list of session types."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("学习活动类型"))
        self.model = TypeListModel(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SingleSelection)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.doubleClicked.connect(lambda _i: self.edit())
        buttons = QVBoxLayout()
        for text, slot in ((self.tr("新增…"), self.add), (self.tr("修改…"), self.edit), (self.tr("上移"), lambda: self.move(-1)),
                           (self.tr("下移"), lambda: self.move(1)), (self.tr("删除"), self.delete)):
            button = QPushButton(text)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        close = QPushButton(self.tr("关闭"))
        close.clicked.connect(self.accept)
        buttons.addWidget(close)
        layout = QHBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        fit_to_screen(self, 720, 460)
        self.refresh()
        self.view.setColumnWidth(0, 240)

    def refresh(self, select_id: int | None = None) -> None:
        self.model.set_rows(type_rows())
        if select_id is not None:
            row = self.model.row_of_key(select_id)
            if row >= 0:
                self.view.selectRow(row)

    def current(self):
        index = self.view.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def add(self) -> None:
        dialog = TypeEditDialog(None, self)
        if dialog.exec() == QDialog.Accepted:
            self.refresh(dialog.saved_value)

    def edit(self) -> None:
        row = self.current()
        if row is None:
            return
        if TypeEditDialog(row, self).exec() == QDialog.Accepted:
            self.refresh(row.id)

    def move(self, step: int) -> None:
        row = self.current()
        if row is not None:
            move_type(row.id, step)
            self.refresh(row.id)

    def delete(self) -> None:
        row = self.current()
        if row is None:
            return
        if QMessageBox.question(self, self.windowTitle(), self.tr("删除类型“%1”？").replace("%1", row.name)) \
                != QMessageBox.Yes:
            return
        try:
            delete_type(row.id)
        except AppError as exc:
            warn(self, self.windowTitle(), exc)
            return
        self.refresh()
