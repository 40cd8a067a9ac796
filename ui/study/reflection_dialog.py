"""Registering reflections (心得体会) handed in, for one person or many."""
from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QDialogButtonBox, QLabel, QLineEdit, QSpinBox

from app.study.reflections import record_reflections

from ui.common.dates import date_edit, from_qdate
from ui.common.form import FormDialog, fit_to_screen
from ui.study.widgets import FileField


class ReflectionDialog(FormDialog):
    """Register reflections handed in by the given attendees (a file only for one person)."""

    def __init__(self, rows: list, parent=None):
        super().__init__(parent)
        self.attendee_ids = [r.id for r in rows]
        names = [r.name for r in rows]
        self.setWindowTitle(self.tr("登记心得体会"))
        shown = "、".join(names[:8]) + (self.tr(" 等 %n 人", "", len(names)) if len(names) > 8 else "")
        who = QLabel(shown)
        who.setWordWrap(True)
        self.day = date_edit(dt.date.today())
        self.words = QSpinBox()
        self.words.setRange(0, 99999)
        self.words.setSingleStep(100)
        self.words.setSpecialValueText(self.tr("不填"))
        self.file = FileField(self.tr("选择心得体会文件"))
        self.note = QLineEdit()
        self.form.addRow(self.tr("交来人员"), who)
        self.add_row(self.tr("交来日期"), self.day, field="交来日期")
        self.add_row(self.tr("字数"), self.words, field="字数")
        if len(names) == 1:
            self.add_row(self.tr("文件"), self.file, field="附件")
        self.add_row(self.tr("备注"), self.note, field="备注")
        self.save_button.setText(self.tr("登记"))
        self.buttons.button(QDialogButtonBox.Cancel).setText(self.tr("取消"))
        fit_to_screen(self, 520, 260)

    def save(self) -> int:
        one = len(self.attendee_ids) == 1
        return record_reflections(self.attendee_ids, from_qdate(self.day.date()), self.words.value() or None,
                                  self.note.text(), self.file.path() if one else None)
