"""Make-up study (补学) forms: closing tasks (completion date and evidence) and changing one task."""
from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QLabel, QPlainTextEdit

from app.study.makeup import complete_tasks, update_task
from app.study.models import MAKEUP_KINDS

from ui.common.dates import date_edit, from_qdate
from ui.common.form import FormDialog, fit_to_screen
from ui.study.widgets import FileField


class CompleteDialog(FormDialog):
    """Close make-up tasks: completion date, evidence. `saved` is how many were closed."""

    def __init__(self, task_ids: list[int], parent=None):
        super().__init__(parent)
        self.task_ids = list(task_ids)
        self.setWindowTitle(self.tr("登记补学完成"))
        self.day = date_edit(dt.date.today())
        self.note = QPlainTextEdit()
        self.note.setPlaceholderText(self.tr("如：观看会议录像、学习讲话材料，笔记经支部书记审阅"))
        self.note.setFixedHeight(80)
        self.file = FileField(self.tr("选择佐证材料"))
        self.form.addRow(QLabel(self.tr("共 %n 项补学任务", "", len(self.task_ids))))
        self.add_row(self.tr("完成日期"), self.day, field="完成日期")
        self.add_row(self.tr("佐证说明"), self.note, field="佐证说明")
        self.add_row(self.tr("佐证附件"), self.file, field="附件")
        self.save_button.setText(self.tr("登记完成"))
        self.buttons.button(QDialogButtonBox.Cancel).setText(self.tr("取消"))
        fit_to_screen(self, 560, 280)

    def save(self) -> int:
        return complete_tasks(self.task_ids, from_qdate(self.day.date()), self.note.toPlainText(), self.file.path())


class TaskDialog(FormDialog):
    """Change one make-up task: way, material, deadline, evidence note."""

    def __init__(self, row, parent=None):
        super().__init__(parent)
        self.row = row
        self.setWindowTitle(self.tr("修改补学任务 — %1").replace("%1", row.name))
        self.kind = QComboBox()
        self.kind.addItems(MAKEUP_KINDS)
        self.kind.setCurrentText(row.kind)
        self.material = QPlainTextEdit(row.material)
        self.material.setFixedHeight(70)
        self.deadline = date_edit(row.deadline)
        self.note = QPlainTextEdit(row.evidence_note)
        self.note.setFixedHeight(70)
        self.form.addRow(self.tr("学习活动"), QLabel(f"{row.session_day:%Y-%m-%d} {row.session_title}"))
        self.form.addRow(self.tr("考勤"), QLabel(f"{row.status}{'（' + row.reason + '）' if row.reason else ''}"))
        self.add_row(self.tr("补学方式"), self.kind, field="补学方式")
        self.add_row(self.tr("学习材料"), self.material, field="学习材料")
        self.add_row(self.tr("完成期限"), self.deadline, field="完成期限")
        self.add_row(self.tr("佐证说明"), self.note, field="佐证说明")
        self.save_button.setText(self.tr("保存"))
        self.buttons.button(QDialogButtonBox.Cancel).setText(self.tr("取消"))
        fit_to_screen(self, 560, 380)

    def save(self) -> int:
        update_task(self.row.id, kind=self.kind.currentText(), material=self.material.toPlainText(),
                    deadline=from_qdate(self.deadline.date()), evidence_note=self.note.toPlainText())
        return self.row.id
