"""The 任务督导 forms, all FormDialogs: a task, its 销号 (evidence, day, who) and its reopening; a 督导 visit with
what it looked at, checked and visited; a 提醒 with its 整改时限 and its 整改销号; a unit's daily report."""
from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QLineEdit, QSpinBox

from app.safety import access
from app.tasks.daily_reports import ReportData, save_report
from app.tasks.models import KINDS, METHOD, STAGES
from app.tasks.supervision import VisitData, add_reminder, close_reminder, save_visit
from app.tasks.task_list import TaskData, close_task, reopen_task, save_task
from app.roster.units import units
from ui.common.dates import date_edit, from_qdate, to_qdate
from ui.common.form import FormDialog, fit_to_screen
from ui.common.widgets import choice_combo, select_data, text_edit


def unit_combo(*, blank: str | None = None) -> QComboBox:
    """The units by short name; the data is the full name, which the services resolve."""
    combo = QComboBox()
    if blank is not None:
        combo.addItem(blank, "")
    for u in units():
        combo.addItem(u.short_name or u.name, u.name)
    return combo


def _who() -> str:
    return access.current_actor()


class TaskDialog(FormDialog):
    def __init__(self, parent=None, row=None):
        super().__init__(parent, title=self.tr("修改任务") if row else self.tr("新增任务"))
        self.row = row
        self.number = self.add_row(self.tr("序号："), QSpinBox(), field="序号")
        self.number.setRange(0, 9999)
        self.number.setSpecialValueText(self.tr("自动编号"))
        self.stage = self.add_row(self.tr("环节："), choice_combo(STAGES), field="环节")
        self.title_edit = self.add_row(self.tr("任务："), QLineEdit(), field="任务")
        self.key_work = self.add_row(self.tr("重点工作："), QCheckBox(self.tr("列为重点工作")), field="重点工作")
        self.kind = self.add_row(self.tr("类别："), choice_combo(KINDS), field="类别")
        self.unit = self.add_row(self.tr("责任单位："), unit_combo(blank=self.tr("（未确定）")), field="责任单位")
        self.lead = self.add_row(self.tr("责任领导："), QLineEdit(), field="责任领导")
        self.has_deadline = QCheckBox(self.tr("有完成时限"))
        self.has_deadline.setChecked(True)
        self.deadline = self.add_row(self.tr("完成时限："), date_edit(dt.date.today() + dt.timedelta(days=14)),
                                     field="完成时限")
        self.form.addRow("", self.has_deadline)
        self.has_deadline.toggled.connect(self.deadline.setEnabled)
        self.remarks = self.add_row(self.tr("备注："), text_edit(height=60), field="备注")
        if row is not None:
            self.number.setValue(row.number)
            select_data(self.stage, row.stage)
            self.title_edit.setText(row.title)
            self.key_work.setChecked(row.key_work)
            select_data(self.kind, row.kind)
            select_data(self.unit, row.unit_full)
            self.lead.setText(row.lead)
            self.has_deadline.setChecked(row.deadline is not None)
            if row.deadline:
                self.deadline.setDate(to_qdate(row.deadline))
            self.remarks.setPlainText(row.remarks)
        fit_to_screen(self, 560, 480)

    def save(self):
        data = TaskData(stage=self.stage.currentData(), title=self.title_edit.text(),
                        key_work=self.key_work.isChecked(), kind=self.kind.currentData(),
                        unit=self.unit.currentData() or "", lead=self.lead.text(),
                        deadline=from_qdate(self.deadline.date()) if self.has_deadline.isChecked() else None,
                        remarks=self.remarks.toPlainText(), number=self.number.value() or None)
        return save_task(data, self.row.id if self.row else None)


class CloseTaskDialog(FormDialog):
    """销号: the evidence that the task is done, the day, who closed it."""

    def __init__(self, parent=None, row=None):
        super().__init__(parent, title=self.tr("任务销号：第{n}项").format(n=row.number), save_text=self.tr("销号"))
        self.row = row
        heading = QLabel(row.title)
        heading.setWordWrap(True)
        self.form.addRow(QLabel(self.tr("任务：")), heading)
        self.evidence = self.add_row(self.tr("佐证材料："), text_edit(row.evidence, height=110), field="佐证材料")
        self.evidence.setPlaceholderText(self.tr("通知、方案、会议记录、签到表、图片等，写明存放位置"))
        self.closed_on = self.add_row(self.tr("销号日期："), date_edit(dt.date.today()), field="销号日期")
        self.closed_by = self.add_row(self.tr("销号人："), QLineEdit(_who()), field="销号人")
        fit_to_screen(self, 560, 380)

    def save(self):
        return close_task(self.row.id, evidence=self.evidence.toPlainText(),
                          closed_on=from_qdate(self.closed_on.date()), closed_by=self.closed_by.text())


class ReopenTaskDialog(FormDialog):
    def __init__(self, parent=None, row=None):
        super().__init__(parent, title=self.tr("重新打开任务：第{n}项").format(n=row.number),
                         save_text=self.tr("重新打开"))
        self.row = row
        note = QLabel(self.tr("已于{day}销号。重新打开后任务回到推进中，佐证材料保留。").format(day=f"{row.closed_on:%Y-%m-%d}"))
        note.setWordWrap(True)
        self.form.addRow(note)
        self.reason = self.add_row(self.tr("理由："), text_edit(height=100), field="重新打开理由")
        fit_to_screen(self, 520, 320)

    def save(self):
        return reopen_task(self.row.id, self.reason.toPlainText())


class VisitDialog(FormDialog):
    def __init__(self, parent=None, row=None):
        super().__init__(parent, title=self.tr("修改督导检查") if row else self.tr("登记督导检查"))
        self.row = row
        method = QLabel(self.tr("督导方式：“{method}”——看资料、查工作、访干警群众，发现问题即提醒并明确整改时限。")
                        .format(method=METHOD))
        method.setWordWrap(True)
        self.form.addRow(method)
        self.visited_on = self.add_row(self.tr("督导日期："), date_edit(dt.date.today()), field="督导日期")
        self.unit = self.add_row(self.tr("督导单位："), unit_combo(), field="督导单位")
        self.team = self.add_row(self.tr("督导组："), QLineEdit(), field="督导组")
        self.looked = self.add_row(self.tr("一看："), text_edit(height=50), field="一看")
        self.checked = self.add_row(self.tr("二查："), text_edit(height=50), field="二查")
        self.visited = self.add_row(self.tr("三访："), text_edit(height=50), field="三访")
        self.findings = self.add_row(self.tr("发现问题："), text_edit(height=60), field="发现问题")
        for edit in (self.looked, self.checked, self.visited, self.findings):
            edit.setMaximumHeight(80)  # four boxes in view without scrolling
        if row is not None:
            self.visited_on.setDate(to_qdate(row.visited_on))
            select_data(self.unit, row.unit_full)
            self.team.setText(row.team)
            for edit, text in ((self.looked, row.looked), (self.checked, row.checked), (self.visited, row.visited),
                               (self.findings, row.findings)):
                edit.setPlainText(text)
        fit_to_screen(self, 620, 620)

    def save(self):
        data = VisitData(visited_on=from_qdate(self.visited_on.date()), unit=self.unit.currentData() or "",
                         team=self.team.text(), looked=self.looked.toPlainText(), checked=self.checked.toPlainText(),
                         visited=self.visited.toPlainText(), findings=self.findings.toPlainText())
        return save_visit(data, self.row.id if self.row else None)


class ReminderDialog(FormDialog):
    """四提醒: what the unit must put right, and by when."""

    def __init__(self, parent=None, visit=None):
        super().__init__(parent, title=self.tr("督导提醒：{unit} {day}").format(unit=visit.unit,
                                                                          day=f"{visit.visited_on:%Y-%m-%d}"))
        self.visit = visit
        self.content = self.add_row(self.tr("提醒事项："), text_edit(height=100), field="提醒事项")
        self.deadline = self.add_row(self.tr("整改时限："), date_edit(dt.date.today() + dt.timedelta(days=10)),
                                     field="整改时限")
        fit_to_screen(self, 520, 280)

    def save(self):
        return add_reminder(self.visit.id, content=self.content.toPlainText(), deadline=from_qdate(self.deadline.date()))


class CloseReminderDialog(FormDialog):
    """整改销号 of a 提醒: what was done, the day, who."""

    def __init__(self, parent=None, row=None):
        super().__init__(parent, title=self.tr("提醒事项整改销号：{unit}").format(unit=row.unit), save_text=self.tr("销号"))
        self.row = row
        heading = QLabel(row.content)
        heading.setWordWrap(True)
        self.form.addRow(QLabel(self.tr("提醒事项：")), heading)
        self.outcome = self.add_row(self.tr("整改情况："), text_edit(height=100), field="整改情况")
        self.closed_on = self.add_row(self.tr("销号日期："), date_edit(dt.date.today()), field="销号日期")
        self.closed_by = self.add_row(self.tr("销号人："), QLineEdit(_who()), field="销号人")
        fit_to_screen(self, 540, 400)

    def save(self):
        return close_reminder(self.row.id, outcome=self.outcome.toPlainText(),
                              closed_on=from_qdate(self.closed_on.date()), closed_by=self.closed_by.text())


class ReportDialog(FormDialog):
    """A unit's 工作日报 for a day; 零报告 when there is nothing to report (the content fields are then empty)."""

    def __init__(self, parent=None, row=None, *, unit: str = "", day: dt.date | None = None):
        super().__init__(parent, title=self.tr("修改工作日报") if row else self.tr("登记工作日报"))
        self.row = row
        self.unit = self.add_row(self.tr("单位："), unit_combo(), field="单位")
        self.day = self.add_row(self.tr("日期："), date_edit(day or dt.date.today()), field="日期")
        self.zero = self.add_row(self.tr("零报告："), QCheckBox(self.tr("当天无工作部署、提示和交办事项")), field="零报告")
        self.deployment = self.add_row(self.tr("工作部署："), text_edit(height=60), field="工作部署")
        self.hints = self.add_row(self.tr("工作提示："), text_edit(height=60), field="工作提示")
        self.assignments = self.add_row(self.tr("工作交办："), text_edit(height=60), field="工作交办")
        self.reporter = self.add_row(self.tr("报送人："), QLineEdit(), field="报送人")
        self.zero.toggled.connect(self._zero_toggled)
        select_data(self.unit, unit)
        if row is not None:
            select_data(self.unit, row.unit_full)
            self.day.setDate(to_qdate(row.day))
            self.zero.setChecked(row.zero_report)
            self.deployment.setPlainText(row.deployment)
            self.hints.setPlainText(row.hints)
            self.assignments.setPlainText(row.assignments)
            self.reporter.setText(row.reporter)
        fit_to_screen(self, 560, 460)

    def _zero_toggled(self, zero: bool) -> None:
        for edit in (self.deployment, self.hints, self.assignments):
            edit.setEnabled(not zero)

    def save(self):
        zero = self.zero.isChecked()
        data = ReportData(unit=self.unit.currentData() or "", day=from_qdate(self.day.date()),
                          deployment="" if zero else self.deployment.toPlainText(),
                          hints="" if zero else self.hints.toPlainText(),
                          assignments="" if zero else self.assignments.toPlainText(),
                          zero_report=zero, reporter=self.reporter.text())
        return save_report(data, self.row.id if self.row else None)
