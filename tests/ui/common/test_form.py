"""The one form dialog (ui.common.form.FormDialog): a refused save keeps the dialog open with its fields marked;
a save that goes through closes it and keeps what save() returned; a subclass keeps its own `saved` signal."""
from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Signal  # noqa: E402
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox  # noqa: E402

from app.errors import ValidationError  # noqa: E402
from ui.common.form import INVALID_STYLE, FormDialog  # noqa: E402


class NameForm(FormDialog):
    saved = Signal(str)  # a subclass's own signal must survive FormDialog.__init__

    def __init__(self):
        super().__init__(title="新增单位")
        self.name = self.add_row("单位名称：", QLineEdit())
        self.note = self.add_row("备注：", QLineEdit())

    def save(self):
        text = self.name.text().strip()
        if not text:
            raise ValidationError("单位名称", "不能为空")
        self.saved.emit(text)
        return text


def test_a_refused_save_keeps_the_form_open_and_marks_the_field(qtbot, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args, **kwargs: shown.append(args))
    form = NameForm()
    qtbot.addWidget(form)
    form.show()
    form.note.setText("已经填好的备注")
    form.save_button.click()
    assert form.isVisible() and form.saved_value is None
    assert form.name.styleSheet() == INVALID_STYLE and "不能为空" in form.name.toolTip()
    assert form.note.text() == "已经填好的备注"  # nothing typed is lost
    assert shown, "the reason is shown to the user"


def test_a_save_that_goes_through_closes_the_form_and_keeps_the_result(qtbot, monkeypatch):
    monkeypatch.setattr(QMessageBox, "warning", lambda *args, **kwargs: None)
    form = NameForm()
    qtbot.addWidget(form)
    form.show()
    emitted = []
    form.saved.connect(emitted.append)
    form.save_button.click()  # refused first: the mark goes away on the next try
    form.name.setText("青山县人民法院")
    form.save_button.click()
    assert not form.isVisible()
    assert form.saved_value == "青山县人民法院" and emitted == ["青山县人民法院"]
    assert form.name.styleSheet() == ""


def test_the_first_field_takes_the_focus_not_the_scroll_area(qtbot):
    form = NameForm()
    qtbot.addWidget(form)
    form.show()
    form.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=2000)
    assert QApplication.focusWidget() is form.name
