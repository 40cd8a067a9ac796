"""The feedback settings: the 编号 prefix and the category list (六大顽瘴痼疾 first, then the general ones)."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QHBoxLayout, QInputDialog, QLabel, QLineEdit, QPushButton,
                               QVBoxLayout)

from app.errors import AppError
from app.feedback.categories import (
    add_category, category_rows, code_prefix, move_category, next_code, remove_category, rename_category,
    set_category_major, set_code_prefix)
from ui.common.table import Column, RowTableModel
from ui.common.worker import show_error
from ui.common.form import fit_to_screen
from ui.feedback.widgets import small_table


class SettingsDialog(QDialog):
    """The 编号 prefix and the category list (六大顽瘴痼疾 first, then the general ones)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("征求意见设置"))
        self.prefix = QLineEdit(code_prefix())
        save_prefix = QPushButton(self.tr("应用"))
        save_prefix.clicked.connect(self.save_prefix)
        prefix_row = QHBoxLayout()
        prefix_row.addWidget(QLabel(self.tr("编号前缀")))
        prefix_row.addWidget(self.prefix)
        prefix_row.addWidget(save_prefix)
        self.example = QLabel()
        prefix_row.addWidget(self.example, 1)
        self.categories = RowTableModel([
            Column(QT_TRANSLATE_NOOP("TableHeader", "类别"), lambda c: c.name),
            Column(QT_TRANSLATE_NOOP("TableHeader", "六大顽瘴痼疾"), lambda c: "是" if c.major else ""),
            Column(QT_TRANSLATE_NOOP("TableHeader", "已用（条）"), lambda c: c.used)], self, key=lambda c: c.id)
        self.view = small_table(self.categories)
        self.view.setColumnWidth(0, 260)
        buttons = QVBoxLayout()
        for text, slot in ((self.tr("添加…"), self.add), (self.tr("改名…"), self.rename), (self.tr("删除"), self.remove),
                           (self.tr("上移"), lambda: self.move_category(-1)), (self.tr("下移"), lambda: self.move_category(1)),
                           (self.tr("标为/取消顽瘴痼疾"), self.toggle_major)):
            button = QPushButton(text)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        middle = QHBoxLayout()
        middle.addWidget(self.view, 1)
        middle.addLayout(buttons)
        close = QDialogButtonBox(QDialogButtonBox.Close)
        close.button(QDialogButtonBox.Close).setText(self.tr("关闭"))
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(prefix_row)
        layout.addWidget(QLabel(self.tr("意见建议类别（改名后已登记的意见建议随之改过来）")))
        layout.addLayout(middle, 1)
        layout.addWidget(close)
        fit_to_screen(self, 640, 480)
        self.reload()

    def reload(self, select: str | None = None) -> None:
        self.categories.set_rows(category_rows())
        self.example.setText(self.tr("下一个编号：") + next_code(dt.date.today().year))
        if select:
            for row, c in enumerate(self.categories.rows):
                if c.name == select:
                    self.view.selectRow(row)

    def _current(self):
        rows = self.view.selectionModel().selectedRows()
        return self.categories.row_at(rows[0].row()) if rows else None

    def _run(self, title: str, fn, select: str | None = None) -> None:
        try:
            fn()
        except AppError as exc:
            show_error(self, title, exc)
        self.reload(select)

    def save_prefix(self) -> None:
        self._run(self.tr("编号前缀"), lambda: set_code_prefix(self.prefix.text()))

    def add(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("添加类别"), self.tr("类别名称"))
        if ok:
            self._run(self.tr("添加类别"), lambda: add_category(name), name.strip())

    def rename(self) -> None:
        current = self._current()
        if current is None:
            return
        name, ok = QInputDialog.getText(self, self.tr("类别改名"), self.tr("新名称"), text=current.name)
        if ok:
            self._run(self.tr("类别改名"), lambda: rename_category(current.name, name), name.strip())

    def remove(self) -> None:
        current = self._current()
        if current is not None:
            self._run(self.tr("删除类别"), lambda: remove_category(current.name))

    def move_category(self, delta: int) -> None:
        current = self._current()
        if current is not None:
            self._run(self.tr("调整顺序"), lambda: move_category(current.name, delta), current.name)

    def toggle_major(self) -> None:
        current = self._current()
        if current is not None:
            self._run(self.tr("顽瘴痼疾"), lambda: set_category_major(current.name, not current.major),
                      current.name)
