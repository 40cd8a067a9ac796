"""Workflow dialogs: one step of the workflow (交办, 开始整改, 提交验收, 验收销号, 退回整改, 不予采纳, 恢复受理) for one
suggestion or a batch of 交办, and merging duplicates into one of them."""
from __future__ import annotations

import datetime as dt
from typing import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPlainTextEdit

from app.feedback.ledger import SuggestionRow
from app.feedback.workflow import merge
from ui.common.dates import from_qdate
from ui.common.form import FormDialog, fit_to_screen
from ui.feedback.widgets import date_field, editable_combo, fill_people, select_text, text_box, unit_combo

# What each step asks for, besides its note. Values are the keys of app.feedback.workflow.TRANSITION_FIELDS.
STEP_FIELDS = {
    "交办": ("unit", "leader", "person", "deadline"),
    "开始整改": ("measure",),
    "提交验收": ("measure", "progress", "completed_on", "evidence"),
    "验收销号": ("evidence", "reviewer", "reviewed_on"),
    "退回整改": (),
    "不予采纳": (),
    "恢复受理": (),
}
NOTE_LABELS = {"交办": "交办要求", "退回整改": "退回原因（必填）", "不予采纳": "不予采纳理由（必填）",
               "验收销号": "验收意见", "提交验收": "说明"}
NOTE_FIELDS = {"退回整改": "退回理由", "不予采纳": "不予采纳理由"}  # what the service's errors call the note


class TransitionDialog(FormDialog):
    """Asks for what one workflow step needs, then runs `submit(changes, note)`; stays open if refused."""

    def __init__(self, parent, action: str, defaults: dict, submit: Callable[[dict, str], object], *,
                 count: int = 1, attachments: int = 0, context: str = ""):
        super().__init__(parent, save_text=action)
        self.action = action
        self.submit = submit
        self.setWindowTitle(action + (f"（{count}条）" if count > 1 else ""))
        about = QLabel(context)
        about.setWordWrap(True)
        about.setTextFormat(Qt.PlainText)
        about.setStyleSheet("QLabel { color: #444; padding-bottom: 4px; }")
        about.setVisible(bool(context))
        self.outer.insertWidget(0, about)
        wanted = STEP_FIELDS[action]
        if "unit" in wanted:
            self.unit = unit_combo(defaults.get("unit", ""), blank=self.tr("（请选择）"))
            self.leader, self.person = editable_combo(), editable_combo()
            self.unit.currentIndexChanged.connect(
                lambda: fill_people(self.unit.currentData() or "", self.leader, self.person))
            fill_people(self.unit.currentData() or "", self.leader, self.person)
            select_text(self.leader, defaults.get("leader", ""))
            select_text(self.person, defaults.get("person", ""))
            self.add_row(self.tr("责任单位"), self.unit, field="责任单位")
            self.add_row(self.tr("责任领导"), self.leader, field="责任领导")
            self.add_row(self.tr("责任人"), self.person, field="责任人")
            self.deadline = date_field(defaults.get("deadline") or dt.date.today() + dt.timedelta(days=30))
            self.add_row(self.tr("整改时限"), self.deadline, field="时限")
        if "measure" in wanted:
            self.measure = text_box(defaults.get("measure", ""), 80)
            self.add_row(self.tr("整改措施") + ("" if action == "开始整改" else self.tr("（必填）")), self.measure,
                         field="整改措施")
        if "progress" in wanted:
            self.progress = text_box(defaults.get("progress", ""), 50)
            self.add_row(self.tr("进展"), self.progress, field="进展")
        if "completed_on" in wanted:
            self.completed = date_field(defaults.get("completed_on"))
            self.add_row(self.tr("完成日期"), self.completed, field="完成日期")
        if "evidence" in wanted:
            self.evidence = text_box(defaults.get("evidence", ""), 50)
            suffix = self.tr("（已有附件") + f"{attachments}" + self.tr("个）") if attachments else ""
            self.add_row(self.tr("佐证材料") + suffix, self.evidence, field="佐证材料")
        if "reviewer" in wanted:
            self.reviewer = QLineEdit(defaults.get("reviewer") or "")
            self.reviewer.setPlaceholderText(self.tr("验收审核人姓名"))
            self.add_row(self.tr("销号审核人"), self.reviewer, field="销号审核人")
            self.reviewed = date_field(defaults.get("reviewed_on"))
            self.add_row(self.tr("销号日期"), self.reviewed, field="销号日期")
        self.note = text_box("", 60)
        self.add_row(self.tr(NOTE_LABELS.get(action, "说明")), self.note, field=NOTE_FIELDS.get(action, "说明"))
        for box in self.findChildren(QPlainTextEdit):
            box.setMaximumHeight(120)
        fit_to_screen(self, 580, self.body.sizeHint().height() + (about.sizeHint().height() if context else 0) + 90)

    def changes(self) -> dict:
        result: dict = {}
        wanted = STEP_FIELDS[self.action]
        if "unit" in wanted:
            result.update(unit=self.unit.currentData() or "", leader=self.leader.currentText(),
                          person=self.person.currentText(), deadline=from_qdate(self.deadline.date()))
        if "measure" in wanted:
            result["measure"] = self.measure.toPlainText()
        if "progress" in wanted:
            result["progress"] = self.progress.toPlainText()
        if "completed_on" in wanted:
            result["completed_on"] = from_qdate(self.completed.date())
        if "evidence" in wanted:
            result["evidence"] = self.evidence.toPlainText()
        if "reviewer" in wanted:
            result.update(reviewer=self.reviewer.text(), reviewed_on=from_qdate(self.reviewed.date()))
        return result

    def save(self):
        return self.submit(self.changes(), self.note.toPlainText())


def describe(rows: list[SuggestionRow], limit: int = 4) -> str:
    """A few lines naming the suggestions a step applies to."""
    lines = [f"{r.code}（{r.status}）：{' '.join(r.content.split())[:60]}" for r in rows[:limit]]
    if len(rows) > limit:
        lines.append(f"……共{len(rows)}条")
    return "\n".join(lines)


def transition_defaults(row: SuggestionRow) -> dict:
    return {"unit": row.unit_full, "leader": row.leader, "person": row.person, "deadline": row.deadline,
            "measure": row.measure, "progress": row.progress, "completed_on": row.completed_on,
            "evidence": row.evidence, "reviewer": row.reviewer or "", "reviewed_on": row.reviewed_on}


# ---------------------------------------------------------------- duplicates

class MergeDialog(FormDialog):
    """Choose which of the selected suggestions the others are merged into."""

    def __init__(self, parent, rows: list[SuggestionRow]):
        super().__init__(parent)
        self.rows = rows
        self.setWindowTitle(self.tr("合并重复意见建议"))
        self.target = QComboBox()
        for r in rows:
            self.target.addItem(f"{r.code}　{r.status}　{' '.join(r.content.split())[:40]}", r.id)
        listing = QPlainTextEdit("\n\n".join(f"{r.code}（{r.submitter}，{r.source}）\n{r.content}" for r in rows))
        listing.setReadOnly(True)
        self.note = QLineEdit(self.tr("反映问题相同"))
        self.save_button.setText(self.tr("合并"))
        self.add_row(self.tr("保留为"), self.target, field="合并")
        self.add_row(self.tr("合并说明"), self.note)
        hint = QLabel(self.tr("其余条目并入所选条目：不会删除，仍在台账中显示为“已合并”，它们的提出人和来源都计入保留的条目。"))
        hint.setWordWrap(True)
        self.form.addRow(hint)
        self.outer.setStretch(0, 0)
        self.outer.insertWidget(0, listing, 1)
        fit_to_screen(self, 680, 460)

    def save(self):
        target = self.target.currentData()
        return merge(target, [r.id for r in self.rows if r.id != target], self.note.text())
