"""常用语: the dialog that keeps the office's reusable wording, and the 常用语 ▾ button of the record form that
inserts it into a field."""
from __future__ import annotations

from PySide6.QtWidgets import (QComboBox, QDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QMenu,
                               QPlainTextEdit, QPushButton, QToolButton, QVBoxLayout)

from app.errors import AppError
from app.talks import snippets
from app.talks.models import SNIPPET_FIELDS
from ui.common.editing import edit_only
from ui.common.form import fit_to_screen

from ui.talks.models import SnippetModel
from ui.talks.widgets import ERROR_STYLE, table_view


class SnippetsDialog(QDialog):
    """常用语: reusable wording for the record form, stored in the database."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("常用语"))
        fit_to_screen(self, 760, 480)
        self.model = SnippetModel(self)
        self.view = table_view(self.model)
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._show_current())
        self.field_combo = QComboBox()
        self.field_combo.addItems(SNIPPET_FIELDS)
        self.title_edit = QLineEdit()
        self.text_edit = QPlainTextEdit()
        self.text_edit.setMaximumHeight(110)
        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("用于"), self.field_combo)
        form.addRow(self.tr("名称"), self.title_edit)
        form.addRow(self.tr("文字"), self.text_edit)
        form.addRow("", self.error)
        new = QPushButton(self.tr("新增"))
        new.clicked.connect(lambda: self.save(new=True))
        save = QPushButton(self.tr("保存修改"))
        save.clicked.connect(lambda: self.save(new=False))
        delete = QPushButton(self.tr("删除"))
        edit_only(new, save, delete)
        delete.clicked.connect(self.delete)
        close = QPushButton(self.tr("关闭"))
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        for button in (new, save, delete):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(form)
        layout.addLayout(buttons)
        self.reload()

    def reload(self, select_id: int | None = None) -> None:
        self.model.set_rows(snippets.snippets())
        row = next((i for i, s in enumerate(self.model.rows) if s.id == select_id), 0)
        if self.model.rows:
            self.view.selectRow(row)
        self.view.resizeColumnToContents(0)
        self.view.resizeColumnToContents(1)
        self._show_current()  # the saved values (the rows update in place: the current row may not change)

    def current(self) -> snippets.SnippetRow | None:
        index = self.view.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def _show_current(self) -> None:
        snippet = self.current()
        if snippet is not None:
            self.field_combo.setCurrentText(snippet.field)
            self.title_edit.setText(snippet.title)
            self.text_edit.setPlainText(snippet.text)
            self.error.clear()

    def save(self, *, new: bool) -> None:
        current = self.current()
        try:
            snippet_id = snippets.save_snippet(None if new or current is None else current.id,
                                            self.field_combo.currentText(), self.title_edit.text(),
                                            self.text_edit.toPlainText())
        except AppError as exc:
            self.error.setText(str(exc))
            return
        self.reload(snippet_id)
        self.error.setText(self.tr("已保存。"))

    def delete(self) -> None:
        snippet = self.current()
        if snippet is not None:
            snippets.delete_snippet(snippet.id)
            self.reload()


class SnippetButton(QToolButton):
    """常用语 ▾: inserts a stored snippet into the field it belongs to."""

    def __init__(self, field_name: str, insert, parent=None):
        super().__init__(parent)
        self.field_name = field_name
        self.insert = insert
        self.setText(self.tr("常用语"))
        self.setPopupMode(QToolButton.InstantPopup)
        self.setMenu(QMenu(self))
        self.menu().aboutToShow.connect(self._fill)

    def _fill(self) -> None:
        menu = self.menu()
        menu.clear()
        items = snippets.snippets(self.field_name)
        for snippet in items:
            action = menu.addAction(snippet.title)
            action.setToolTip(snippet.text)
            action.triggered.connect(lambda _=False, text=snippet.text: self.insert(text))
        if not items:
            menu.addAction(self.tr("（还没有常用语）")).setEnabled(False)
        menu.addSeparator()
        menu.addAction(self.tr("管理常用语…"), lambda: SnippetsDialog(self.window()).exec())

