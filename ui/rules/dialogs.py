"""The forms of 建章立制: a rule (title, unit, kind, status with date and 文号, the 整改 items and 整治 measures it
closes) and a measure of the 顽瘴痼疾整治 list. Both save through the core, which checks every field."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLineEdit, QListWidget, QListWidgetItem, QWidget

from app.roster.units import units
from app.rules.ingrained import MeasureData, measure_rows, save_measure
from app.rules.models import DONE, DRAFTING, ISSUED, MEASURE_STATUSES, PROBLEMS, RULE_KINDS, RULE_STATUSES
from app.rules.rules import RuleData, rule_rows, save_rule
from ui.common.dates import date_edit, from_qdate
from ui.common.form import FormDialog, fit_to_screen
from ui.common.widgets import choice_combo, select_data, text_edit


def options_combo(options, current: str = "") -> QComboBox:
    box = choice_combo(options)
    select_data(box, current)
    return box


def unit_combo(current: str, office: str) -> QComboBox:
    """The units by short name, the office itself first (value "")."""
    box = QComboBox()
    box.addItem(office, "")
    for u in units():
        box.addItem(u.short_name or u.name, u.name)
    index = box.findData(current)
    box.setCurrentIndex(max(0, index))
    return box


def dated(checkbox_text: str, day: dt.date | None) -> tuple[QWidget, QCheckBox, QWidget]:
    """A date with a box before it: unticked means no date."""
    holder = QWidget()
    line = QHBoxLayout(holder)
    line.setContentsMargins(0, 0, 0, 0)
    check = QCheckBox(checkbox_text)
    edit = date_edit(day or dt.date.today())
    check.setChecked(day is not None)
    edit.setEnabled(day is not None)
    check.toggled.connect(edit.setEnabled)
    line.addWidget(check)
    line.addWidget(edit, 1)
    return holder, check, edit


class RuleDialog(FormDialog):
    def __init__(self, parent=None, rule_id: int | None = None):
        super().__init__(parent, title=self.tr("修改规章制度") if rule_id else self.tr("新增规章制度"))
        self.rule_id = rule_id
        row = next((r for r in rule_rows() if r.id == rule_id), None) if rule_id else None
        self.title_edit = self.add_row(self.tr("制度名称："), QLineEdit(row.title if row else ""), field="制度名称")
        self.unit = self.add_row(self.tr("制定单位："), unit_combo(row.unit_name if row else "", self.tr("县教整办")),
                                 field="制定单位")
        self.kind = self.add_row(self.tr("类别："), options_combo(RULE_KINDS, row.kind if row else ""), field="类别")
        self.status = self.add_row(self.tr("状态："), options_combo(RULE_STATUSES, row.status if row else DRAFTING),
                                   field="状态")
        holder, self.has_date, self.issued_on = dated(self.tr("已出台"), row.issued_on if row else None)
        self.add_row(self.tr("出台日期："), holder, field="出台日期")
        self.status.currentIndexChanged.connect(
            lambda _i: self.has_date.setChecked(self.status.currentData() == ISSUED))
        self.doc_number = self.add_row(self.tr("文号："), QLineEdit(row.doc_number if row else ""), field="文号")
        self.doc_number.setPlaceholderText(self.tr("可不填，如 青政法〔2021〕12号"))
        self.codes = self.add_row(self.tr("关联整改事项："),
                                  QLineEdit("、".join(row.suggestion_codes) if row else ""), field="关联整改事项")
        self.codes.setPlaceholderText(self.tr("征求意见整改清单的编号，多个用顿号或逗号分开"))
        self.measures = self.add_row(self.tr("关联整治措施："), QListWidget(), field="关联整治措施")
        self.measures.setMinimumHeight(150)
        linked = set(row.measure_ids) if row else set()
        for m in measure_rows():
            item = QListWidgetItem(m.label)
            item.setData(Qt.UserRole, m.id)
            item.setFlags(item.flags() | Qt.ItemIsUserCheckable)
            item.setCheckState(Qt.Checked if m.id in linked else Qt.Unchecked)
            self.measures.addItem(item)
        self.remarks = self.add_row(self.tr("备注："), text_edit(row.remarks if row else "", height=60), field="备注")
        fit_to_screen(self, 640, 600)

    def data(self) -> RuleData:
        codes = [c for c in self.codes.text().replace("，", "、").replace(",", "、").replace(" ", "、").split("、") if c]
        measure_ids = [self.measures.item(i).data(Qt.UserRole) for i in range(self.measures.count())
                       if self.measures.item(i).checkState() == Qt.Checked]
        return RuleData(title=self.title_edit.text(), unit=self.unit.currentData() or "",
                        kind=self.kind.currentData() or "", status=self.status.currentData() or "",
                        issued_on=from_qdate(self.issued_on.date()) if self.has_date.isChecked() else None,
                        doc_number=self.doc_number.text(), remarks=self.remarks.toPlainText(),
                        suggestion_codes=codes, measure_ids=measure_ids)

    def save(self):
        return save_rule(self.data(), self.rule_id)


class MeasureDialog(FormDialog):
    def __init__(self, parent=None, measure_id: int | None = None, problem: str = ""):
        super().__init__(parent, title=self.tr("修改整治措施") if measure_id else self.tr("新增整治措施"))
        self.measure_id = measure_id
        row = next((r for r in measure_rows() if r.id == measure_id), None) if measure_id else None
        self.problem = self.add_row(self.tr("顽瘴痼疾："), options_combo(PROBLEMS, row.problem if row else problem),
                                    field="顽瘴痼疾")
        self.measure = self.add_row(self.tr("整治措施："), text_edit(row.measure if row else "", height=100), field="整治措施")
        self.unit = self.add_row(self.tr("责任单位："), unit_combo(row.unit_name if row else "", self.tr("县教整办")),
                                 field="责任单位")
        holder, self.has_deadline, self.deadline = dated(self.tr("有时限"), row.deadline if row else None)
        self.add_row(self.tr("完成时限："), holder, field="完成时限")
        self.status = self.add_row(self.tr("状态："), options_combo(MEASURE_STATUSES, row.status if row else ""),
                                   field="状态")
        holder, self.is_done, self.completed_on = dated(self.tr("已完成"), row.completed_on if row else None)
        self.add_row(self.tr("完成日期："), holder, field="完成日期")
        self.status.currentIndexChanged.connect(lambda _i: self.is_done.setChecked(self.status.currentData() == DONE))
        self.remarks = self.add_row(self.tr("备注："), text_edit(row.remarks if row else "", height=60), field="备注")
        if row and row.rules:
            self.form.addRow(self.tr("关联制度："), QLineEdit("、".join(row.rules), readOnly=True))
        fit_to_screen(self, 600, 480)

    def data(self) -> MeasureData:
        return MeasureData(
            problem=self.problem.currentData() or "", measure=self.measure.toPlainText(),
            unit=self.unit.currentData() or "",
            deadline=from_qdate(self.deadline.date()) if self.has_deadline.isChecked() else None,
            status=self.status.currentData() or "",
            completed_on=from_qdate(self.completed_on.date()) if self.is_done.isChecked() else None,
            remarks=self.remarks.toPlainText())

    def save(self):
        return save_measure(self.data(), self.measure_id)
