"""The talks' small list editors (轮次设置, 常用语): the list on top, the chosen row's fields below it, a line for
what went wrong, the buttons at the foot. A subclass adds its fields and buttons, then calls `finish()`, and
says how its rows are read (`rows`) and shown in the fields (`show_row`)."""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QFormLayout, QHBoxLayout, QLabel, QMessageBox, QPushButton, QVBoxLayout, QWidget

from app.errors import AppError
from ui.common.editing import edit_only
from ui.common.form import fit_to_screen
from ui.talks.widgets import ERROR_STYLE, table_view


FAILED = object()  # what `attempt` returns when the change was refused


class ListEditorDialog(QDialog):
    def __init__(self, title: str, size: tuple[int, int], model, parent=None):
        super().__init__(parent)
        self.setWindowTitle(title)
        fit_to_screen(self, *size)
        self.model = model
        model.setParent(self)
        self.view = table_view(model)
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._show_current())
        self.form = QFormLayout()
        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self._buttons: list[QPushButton] = []

    # ------------------------------------------------------------ for subclasses
    def add_field(self, label: str, widget: QWidget) -> QWidget:
        self.form.addRow(label, widget)
        return widget

    def add_button(self, text: str, slot: Callable[[], None], tooltip: str = "") -> QPushButton:
        """An editing button (disabled for a read-only user, as edit_only does)."""
        button = QPushButton(text)
        button.clicked.connect(lambda _checked=False: slot())
        if tooltip:
            button.setToolTip(tooltip)
        self._buttons.append(button)
        return button

    def finish(self) -> None:
        self.form.addRow("", self.error)
        edit_only(*self._buttons)
        close = QPushButton(QCoreApplication.translate("ListEditorDialog", "关闭"))  # self.tr would use the subclass
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        for button in self._buttons:
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(self.form)
        layout.addLayout(buttons)
        self.reload()

    def rows(self) -> list:
        raise NotImplementedError

    def show_row(self, row) -> None:
        raise NotImplementedError

    def fit_columns(self) -> None:
        self.view.resizeColumnsToContents()

    # ------------------------------------------------------------ shared behaviour
    def reload(self, select_id: int | None = None) -> None:
        """Read the rows again, keeping the chosen one (or choosing `select_id`; the first when it is gone)."""
        current = self.current()
        select_id = select_id if select_id is not None else (current.id if current else None)
        self.model.set_rows(self.rows())
        row = next((i for i, r in enumerate(self.model.rows) if r.id == select_id), 0)
        if self.model.rows:
            self.view.selectRow(row)
        self.fit_columns()
        self._show_current()  # the saved values (the rows update in place: the current row may not change)

    def current(self):
        index = self.view.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def attempt(self, change: Callable[[], object]) -> object:
        """Run `change` and return what it returns, or FAILED after putting its AppError on the error line (the
        fields keep what was typed)."""
        try:
            return change()
        except AppError as exc:
            self.error.setText(str(exc))
            return FAILED

    def confirmed(self, title: str, question: str) -> bool:
        return QMessageBox.question(self, title, question) == QMessageBox.Yes

    def _show_current(self) -> None:
        row = self.current()
        self.error.clear()
        if row is not None:
            self.show_row(row)
