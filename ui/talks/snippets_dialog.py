"""常用语: the dialog that keeps the office's reusable wording, and the 常用语 ▾ button of the record form that
inserts it into a field."""
from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLineEdit, QMenu, QPlainTextEdit, QToolButton

from app.talks import snippets
from app.talks.models import SNIPPET_FIELDS
from ui.talks.list_editor import FAILED, ListEditorDialog
from ui.talks.models import SnippetModel


class SnippetsDialog(ListEditorDialog):
    """常用语: reusable wording for the record form, stored in the database."""

    def __init__(self, parent=None):
        super().__init__(self.tr("常用语"), (760, 480), SnippetModel(), parent)
        self.field_combo = self.add_field(self.tr("用于"), QComboBox())
        self.field_combo.addItems(SNIPPET_FIELDS)
        self.title_edit = self.add_field(self.tr("名称"), QLineEdit())
        self.text_edit = self.add_field(self.tr("文字"), QPlainTextEdit())
        self.text_edit.setMaximumHeight(110)
        self.add_button(self.tr("新增"), lambda: self.save(new=True))
        self.add_button(self.tr("保存修改"), lambda: self.save(new=False))
        self.add_button(self.tr("删除"), self.delete)
        self.finish()

    def rows(self) -> list:
        return snippets.snippets()

    def fit_columns(self) -> None:
        self.view.resizeColumnToContents(0)
        self.view.resizeColumnToContents(1)  # the text takes the rest

    def show_row(self, snippet: snippets.SnippetRow) -> None:
        self.field_combo.setCurrentText(snippet.field)
        self.title_edit.setText(snippet.title)
        self.text_edit.setPlainText(snippet.text)

    def save(self, *, new: bool) -> None:
        current = self.current()
        snippet_id = self.attempt(lambda: snippets.save_snippet(
            None if new or current is None else current.id, self.field_combo.currentText(), self.title_edit.text(),
            self.text_edit.toPlainText()))
        if snippet_id is not FAILED:
            self.reload(snippet_id)
            self.error.setText(self.tr("已保存。"))

    def delete(self) -> None:
        snippet = self.current()
        if snippet is not None and self.confirmed(self.tr("删除常用语"),
                                                  self.tr("确定删除常用语“{title}”吗？").format(title=snippet.title)):
            if self.attempt(lambda: snippets.delete_snippet(snippet.id)) is not FAILED:
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

