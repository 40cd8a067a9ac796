"""The 专项排查 page of the 查纠整改 tab: the 七查, 五项排查 and the clearance as a list (scope, dates, how much was
examined, findings), the selected check's findings below, and the forms for a check and a finding."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (QCheckBox, QComboBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSpinBox,
                               QSplitter, QVBoxLayout, QWidget)

from app.rectify.models import CHECK_KINDS, EXAMINED_UNITS, FINDING_ACTIONS, TO_CLUE
from app.rectify.special_checks import CheckData, add_finding, check_rows, finding_rows, save_check
from app.roster.units import units
from ui.common.dates import date_edit, from_qdate, to_qdate
from ui.common.editing import edit_only
from ui.common.form import FormDialog, fit_to_screen
from ui.common.table import Column, RowTableModel, SortProxy
from ui.common.widgets import choice_combo, officer_combo, select_data, text_edit
from ui.rectify.models import date_text, one_line
from ui.common.widgets import table_view


IN_PROGRESS = QT_TRANSLATE_NOOP("Rectify", "进行中")


class CheckTableModel(RowTableModel):
    def __init__(self, parent=None):
        super().__init__([
            Column(QT_TRANSLATE_NOOP("TableHeader", "类别"), lambda r: r.group),
            Column(QT_TRANSLATE_NOOP("TableHeader", "排查项目"), lambda r: r.kind),
            Column(QT_TRANSLATE_NOOP("TableHeader", "范围"), lambda r: r.scope),
            Column(QT_TRANSLATE_NOOP("TableHeader", "开始日期"), lambda r: date_text(r.started_on)),
            Column(QT_TRANSLATE_NOOP("TableHeader", "结束日期"), lambda r: date_text(r.ended_on) or QCoreApplication.translate("Rectify", IN_PROGRESS)),
            Column(QT_TRANSLATE_NOOP("TableHeader", "排查数量"), lambda r: r.examined_text, sort=lambda r: r.examined),
            Column(QT_TRANSLATE_NOOP("TableHeader", "发现问题"), lambda r: r.findings, align="right"),
            Column(QT_TRANSLATE_NOOP("TableHeader", "移交线索"), lambda r: r.to_clues, align="right"),
            Column(QT_TRANSLATE_NOOP("TableHeader", "备注"), lambda r: one_line(r.notes)),
        ], parent, key=lambda r: r.id)


class FindingTableModel(RowTableModel):
    def __init__(self, parent=None):
        super().__init__([
            Column(QT_TRANSLATE_NOOP("TableHeader", "发现日期"), lambda r: date_text(r.found_on)),
            Column(QT_TRANSLATE_NOOP("TableHeader", "涉及人员"), lambda r: r.officer_name),
            Column(QT_TRANSLATE_NOOP("TableHeader", "处理方式"), lambda r: r.action),
            Column(QT_TRANSLATE_NOOP("TableHeader", "线索编号"), lambda r: r.clue_code),
            Column(QT_TRANSLATE_NOOP("TableHeader", "发现问题"), lambda r: one_line(r.description)),
        ], parent, key=lambda r: r.id)


class CheckDialog(FormDialog):
    def __init__(self, parent=None, row=None):
        super().__init__(parent, title=self.tr("修改专项排查") if row else self.tr("新增专项排查"))
        self.row = row
        self.kind = self.add_row(self.tr("排查项目："), choice_combo(CHECK_KINDS), field="排查项目")
        self.unit = self.add_row(self.tr("范围："), QComboBox(), field="单位")
        self.unit.addItem(self.tr("全县"), "")
        for u in units():
            self.unit.addItem(u.short_name or u.name, u.name)
        self.started_on = self.add_row(self.tr("开始日期："), date_edit(dt.date.today()), field="开始日期")
        ended = QWidget()
        line = QHBoxLayout(ended)
        line.setContentsMargins(0, 0, 0, 0)
        self.finished = QCheckBox(self.tr("已结束"))
        self.ended_on = date_edit(dt.date.today())
        self.ended_on.setEnabled(False)
        self.finished.toggled.connect(self.ended_on.setEnabled)
        line.addWidget(self.finished)
        line.addWidget(self.ended_on, 1)
        self.add_row(self.tr("结束日期："), ended, field="结束日期")
        amount = QWidget()
        line = QHBoxLayout(amount)
        line.setContentsMargins(0, 0, 0, 0)
        self.what = QLineEdit()
        self.what.setPlaceholderText(self.tr("卷宗、案件、人员…"))
        self.examined = QSpinBox()
        self.examined.setRange(0, 10_000_000)
        self.examined_unit = choice_combo(EXAMINED_UNITS)
        for widget in (self.what, self.examined, self.examined_unit):
            line.addWidget(widget)
        self.add_row(self.tr("排查数量："), amount, field="排查数量")
        self.name_field("排查对象", self.what)
        self.name_field("计量单位", self.examined_unit)
        self.notes = self.add_row(self.tr("备注："), text_edit(height=70), field="备注")
        if row is not None:
            select_data(self.kind, row.kind)
            select_data(self.unit, row.unit_name)
            self.started_on.setDate(to_qdate(row.started_on))
            if row.ended_on:
                self.finished.setChecked(True)
                self.ended_on.setDate(to_qdate(row.ended_on))
            self.what.setText(row.examined_what)
            self.examined.setValue(row.examined)
            select_data(self.examined_unit, row.examined_unit)
            self.notes.setPlainText(row.notes)
        fit_to_screen(self, 560, 400)

    def save(self):
        data = CheckData(kind=self.kind.currentData(), unit=self.unit.currentData() or "",
                         started_on=from_qdate(self.started_on.date()),
                         ended_on=from_qdate(self.ended_on.date()) if self.finished.isChecked() else None,
                         examined=self.examined.value(), examined_unit=self.examined_unit.currentData(),
                         examined_what=self.what.text(), notes=self.notes.toPlainText())
        return save_check(data, self.row.id if self.row else None)


class FindingDialog(FormDialog):
    def __init__(self, parent=None, check=None):
        super().__init__(parent, title=self.tr("登记发现问题：{kind}").format(kind=check.kind))
        self.check = check
        self.found_on = self.add_row(self.tr("发现日期："), date_edit(dt.date.today()), field="发现日期")
        self.officer = self.add_row(self.tr("涉及人员："), officer_combo(optional=True), field="涉及人员")
        self.description = self.add_row(self.tr("发现问题："), text_edit(height=120), field="发现问题")
        self.action = self.add_row(self.tr("处理方式："), choice_combo(FINDING_ACTIONS), field="处理方式")
        self.form.addRow(QLabel(self.tr("选择“{action}”时，保存后自动登记为问题线索（来源：审查发现），须选择涉及人员。")
                                .format(action=TO_CLUE)))
        fit_to_screen(self, 580, 420)

    def save(self):
        return add_finding(self.check.id, found_on=from_qdate(self.found_on.date()),
                           description=self.description.toPlainText(), action=self.action.currentData(),
                           officer_id=self.officer.currentData())


class ChecksPage(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.model = CheckTableModel(self)
        self.proxy = SortProxy(self)
        self.proxy.setSourceModel(self.model)
        self.findings = FindingTableModel(self)
        self.buttons: dict[str, QPushButton] = {}
        toolbar = QHBoxLayout()
        for key, text, slot, tip in (
                ("new", self.tr("新增排查…"), self.new_check, self.tr("登记一项七查、五项排查或离任人员清查")),
                ("edit", self.tr("修改…"), self.edit_check, self.tr("修改所选排查的范围、日期和数量")),
                ("finding", self.tr("登记发现问题…"), self.new_finding, self.tr("所选排查发现的问题：移交线索或列入整改"))):
            button = QPushButton(text)
            button.setToolTip(tip)
            button.clicked.connect(slot)
            edit_only(button)
            self.buttons[key] = button
            toolbar.addWidget(button)
        toolbar.addStretch(1)
        self.totals = QLabel()
        toolbar.addWidget(self.totals)
        self.view = table_view(self.proxy)
        self.view.setSortingEnabled(False)  # 七查, then 五项排查, then the clearance, as the service orders them
        self.proxy.sort(-1)
        for column, width in ((0, 70), (1, 290), (2, 70), (3, 90), (4, 90), (5, 110), (6, 70), (7, 70)):
            self.view.setColumnWidth(column, width)
        self.view.selectionModel().selectionChanged.connect(lambda *_a: self.show_findings())
        self.view.doubleClicked.connect(lambda _i: self.edit_check())
        self.finding_view = table_view(self.findings)
        self.finding_view.setSortingEnabled(False)
        self.finding_view.model().sort(-1)
        for column, width in ((0, 90), (1, 80), (2, 100), (3, 110)):
            self.finding_view.setColumnWidth(column, width)
        split = QSplitter(Qt.Vertical)
        split.addWidget(self.view)
        below = QWidget()
        below_layout = QVBoxLayout(below)
        below_layout.setContentsMargins(0, 0, 0, 0)
        self.finding_title = QLabel(self.tr("发现问题"))
        below_layout.addWidget(self.finding_title)
        below_layout.addWidget(self.finding_view)
        split.addWidget(below)
        split.setSizes([320, 200])
        layout = QVBoxLayout(self)
        layout.addLayout(toolbar)
        layout.addWidget(split, 1)

    def selected(self):
        rows = self.view.selectionModel().selectedRows()
        return self.proxy.row_at(rows[0].row()) if rows else None

    def refresh(self) -> None:
        self.model.set_rows(check_rows())
        rows = self.model.rows
        self.totals.setText(self.tr("共 {checks} 项排查，发现问题 {findings} 个，移交线索 {clues} 条").format(
            checks=len(rows), findings=sum(r.findings for r in rows), clues=sum(r.to_clues for r in rows)))
        self.show_findings()

    def show_findings(self) -> None:
        row = self.selected()
        self.findings.set_rows(finding_rows(row.id) if row else [])
        self.finding_title.setText(self.tr("发现问题：{kind}（{scope}）").format(kind=row.kind, scope=row.scope) if row
                                   else self.tr("发现问题（请在上方选择一项排查）"))

    def new_check(self) -> None:
        CheckDialog(self).exec()

    def edit_check(self) -> None:
        row = self.selected()
        if row is not None:
            CheckDialog(self, row).exec()

    def new_finding(self) -> None:
        row = self.selected()
        if row is not None:
            FindingDialog(self, row).exec()
