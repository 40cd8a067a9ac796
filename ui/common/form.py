"""The one form dialog: 保存 runs `save()`; an `AppError` is shown and the dialog stays open with everything
typed, the field it names marked; only a save that went through closes it.

    class UnitDialog(FormDialog):
        def __init__(self, parent=None):
            super().__init__(parent, title="新增单位")
            self.name = self.add_row("单位名称", QLineEdit())
        def save(self):
            return roster.create_unit(self.name.text())   # raises ValidationError("单位名称", …)

`saved_value` holds what `save()` returned (a subclass may declare its own `saved` signal). Forms taller than the screen scroll (every window fits 1366×768).
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFormLayout, QFrame, QLabel, QScrollArea, QVBoxLayout,
                               QWidget)

from app.errors import AppError, ValidationError, ValidationErrors

from ui.common import gc_policy
from ui.common.editing import edit_only
from ui.common.worker import show_error

translate = QCoreApplication.translate
INVALID_STYLE = "border: 1px solid #b00020;"


# What a window's frame takes beyond its client area: the title bar (about 31 px on Windows 10/11 at 100 %)
# and the borders.
FRAME_WIDTH, FRAME_HEIGHT = 16, 40


def available_size(widget: QWidget) -> QSize | None:
    """The largest client size a window can have on its screen's free area (task bar excluded)."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        return None
    free = screen.availableGeometry()
    return QSize(free.width() - FRAME_WIDTH, free.height() - FRAME_HEIGHT)


def fit_to_screen(widget: QWidget, width: int, height: int) -> None:
    """Resize to (width, height), but never beyond the screen's free area; the window's minimum size is
    lowered to fit too (content that can be long must scroll: see `scrolling`)."""
    free = available_size(widget)
    if free is not None:
        width, height = min(width, free.width()), min(height, free.height())
        minimum = widget.minimumSize()
        widget.setMinimumSize(min(minimum.width(), free.width()), min(minimum.height(), free.height()))
    widget.resize(width, height)


def scrolling(content: QWidget) -> QScrollArea:
    """`content` in a frameless scroll area: it keeps its own minimum size and scrolls when the window is
    smaller, while what is outside (a button row) stays in view."""
    from PySide6.QtCore import Qt  # not at import: see ui.common.worker.run_job

    scroll = QScrollArea()
    scroll.setWidget(content)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.NoFrame)
    scroll.setFocusPolicy(Qt.NoFocus)  # the first field, not the scroll area, takes the focus
    return scroll


class FormDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, *, title: str = "", save_text: str | None = None):
        super().__init__(parent)
        if title:
            self.setWindowTitle(title)
        self.saved_value = None
        gc_policy.collect_after(self)  # the dialog's Python wrappers are collected on the GUI thread
        self._fields: dict[str, QWidget] = {}
        self._marked: list[QWidget] = []

        self.body = QWidget()
        self.form = QFormLayout(self.body)
        scroll = scrolling(self.body)

        self.buttons = QDialogButtonBox(QDialogButtonBox.Save | QDialogButtonBox.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.Save)
        self.save_button.setText(save_text or translate("FormDialog", "保存"))
        edit_only(self.save_button)  # 查阅 sees the form, and that it cannot save it, before typing anything
        self.buttons.button(QDialogButtonBox.Cancel).setText(translate("FormDialog", "取消"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        self.outer = QVBoxLayout(self)
        self.outer.addWidget(scroll, 1)
        self.outer.addWidget(self.buttons)

    # ---- building the form
    def add_row(self, label: str, widget: QWidget, *, field: str | None = None) -> QWidget:
        """A labelled field. `field` is the name a ValidationError uses for it (default: the label)."""
        self.form.addRow(QLabel(label), widget)
        self._fields[field or label.rstrip("：:*＊ ")] = widget
        return widget

    def name_field(self, field: str, widget: QWidget) -> None:
        """Tie a field name used in ValidationErrors to a widget placed by hand."""
        self._fields[field] = widget

    def showEvent(self, event) -> None:
        super().showEvent(event)
        # The fields are made after the buttons, so Qt's first focus would be 保存: start in the first field.
        if not getattr(self, "_focused_once", False):
            self._focused_once = True
            focused = self.focusWidget()
            if focused is None or not self.body.isAncestorOf(focused):
                from PySide6.QtCore import Qt

                first = next((w for w in self._fields.values() if w.isEnabled() and w.focusPolicy() != Qt.NoFocus),
                             None)
                if first is not None:
                    first.setFocus()

    # ---- saving
    def save(self):
        """Write what the form holds through the service; raise AppError to keep the dialog open."""
        raise NotImplementedError

    def accept(self) -> None:
        self._clear_marks()
        try:
            self.saved_value = self.save()
        except AppError as exc:
            self.show_failure(exc)
            return
        super().accept()

    def show_failure(self, exc: AppError) -> None:
        """How a refused save is shown: the fields it names marked, the message in a box. A form that writes
        each problem beside its field (the roster's officer form) overrides this."""
        self._mark(exc)
        show_error(self, self.windowTitle(), exc)

    def _mark(self, exc: AppError) -> None:
        errors = exc.errors if isinstance(exc, ValidationErrors) else [exc] if isinstance(exc, ValidationError) else []
        first = None
        for error in errors:
            widget = self._fields.get(error.field)
            if widget is None:
                continue
            widget.setStyleSheet(INVALID_STYLE)
            widget.setToolTip(error.reason)
            self._marked.append(widget)
            first = first or widget
        if first is not None:
            first.setFocus()

    def _clear_marks(self) -> None:
        for widget in self._marked:
            widget.setStyleSheet("")
            widget.setToolTip("")
        self._marked.clear()
