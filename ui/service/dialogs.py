"""The 我为群众办实事 forms (FormDialogs): a measure, and a service record entered as a figure — the text
before and after the number, the number with its measure word, 余/多, and a comparison — with the sentence it
makes shown as it is typed (印发14万份反诈宣传单)."""
from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QLineEdit, QWidget

from app.errors import AppError
from app.roster.units import units
from app.service.figure_text import comparison_text, figure_text, number_text
from app.service.measures import MeasureData, save_measure
from app.service.models import (APPROXIMATE, CATEGORIES, COMPARISONS, DIRECTIONS, MEASURE_KINDS, MEASURE_STATUSES,
                                MEASURE_WORDS)
from app.service.records import RecordData, save_record
from ui.common.dates import date_edit, from_qdate, to_qdate
from ui.common.form import FormDialog, fit_to_screen
from ui.common.widgets import choice_combo, select_data, text_edit

WHOLE_COUNTY = "全县"


def unit_combo() -> QComboBox:
    combo = QComboBox()
    combo.addItem(WHOLE_COUNTY, "")
    for u in units():
        combo.addItem(u.short_name or u.name, u.name)
    return combo


def _line(*widgets) -> QWidget:
    box = QWidget()
    line = QHBoxLayout(box)
    line.setContentsMargins(0, 0, 0, 0)
    for widget in widgets:
        if isinstance(widget, QComboBox):
            widget.setSizeAdjustPolicy(QComboBox.AdjustToContents)
        line.addWidget(widget, 0 if isinstance(widget, (QComboBox, QCheckBox, QLabel)) else 1)
    return box


class MeasureDialog(FormDialog):
    def __init__(self, parent=None, row=None):
        super().__init__(parent, title=self.tr("修改措施") if row else self.tr("新增措施"))
        self.row = row
        self.title_edit = self.add_row(self.tr("措施名称："), QLineEdit(), field="措施名称")
        self.kind = self.add_row(self.tr("措施类别："), choice_combo(MEASURE_KINDS), field="措施类别")
        self.unit = self.add_row(self.tr("出台单位："), unit_combo(), field="出台单位")
        self.issued_on = self.add_row(self.tr("出台日期："), date_edit(dt.date.today()), field="出台日期")
        self.status = self.add_row(self.tr("落实情况："), choice_combo(MEASURE_STATUSES), field="落实情况")
        self.notes = self.add_row(self.tr("备注："), text_edit(height=70), field="备注")
        if row is not None:
            self.title_edit.setText(row.title)
            select_data(self.kind, row.kind)
            select_data(self.unit, row.unit_name)
            self.issued_on.setDate(to_qdate(row.issued_on))
            select_data(self.status, row.status)
            self.notes.setPlainText(row.notes)
        fit_to_screen(self, 560, 340)

    def save(self):
        return save_measure(MeasureData(title=self.title_edit.text(), kind=self.kind.currentData(),
                                        unit=self.unit.currentData() or "",
                                        issued_on=from_qdate(self.issued_on.date()), status=self.status.currentData(),
                                        notes=self.notes.toPlainText()),
                            self.row.id if self.row else None)


class RecordDialog(FormDialog):
    def __init__(self, parent=None, row=None):
        super().__init__(parent, title=self.tr("修改办实事记录") if row else self.tr("新增办实事记录"))
        self.row = row
        self.started_on = date_edit(dt.date.today())
        self.has_end = QCheckBox(self.tr("至"))
        self.ended_on = date_edit(dt.date.today())
        self.ended_on.setEnabled(False)
        self.has_end.toggled.connect(self.ended_on.setEnabled)
        self.add_row(self.tr("日期："), _line(self.started_on, self.has_end, self.ended_on), field="日期")
        self.name_field("日期", self.started_on)  # marked on a bad date, and the first to take the focus
        self.name_field("截止日期", self.ended_on)
        self.unit = self.add_row(self.tr("单位："), unit_combo(), field="单位")
        self.category = self.add_row(self.tr("类别："), choice_combo(CATEGORIES), field="类别")
        self.item = self.add_row(self.tr("事项（数字前）："), QLineEdit(), field="事项")
        self.item.setPlaceholderText(self.tr("如：上门送证、出动警力、共印发"))
        self.number = QLineEdit()
        self.number.setPlaceholderText(self.tr("如 500、140000"))
        self.measure_word = choice_combo(MEASURE_WORDS)
        self.approximate = QComboBox()
        for value in APPROXIMATE:
            self.approximate.addItem(value or self.tr("确数"), value)
        self.add_row(self.tr("数量："), _line(self.number, self.approximate, self.measure_word), field="数量")
        self.name_field("数量", self.number)
        self.name_field("量词", self.measure_word)
        self.name_field("约数", self.approximate)
        self.item_after = self.add_row(self.tr("数字后文字："), QLineEdit(), field="数字后文字")
        self.item_after.setPlaceholderText(self.tr("可不填；如：反诈宣传单（印发14万份反诈宣传单）"))
        self.comparison = QComboBox()
        for value in COMPARISONS:
            self.comparison.addItem(value or self.tr("不比较"), value)
        self.direction = choice_combo(DIRECTIONS)
        self.change = QLineEdit()
        self.change.setPlaceholderText(self.tr("百分数，如 102"))
        self.add_row(self.tr("比较："), _line(self.comparison, self.direction, self.change, QLabel("%")), field="比较")
        self.name_field("比较", self.comparison)
        self.name_field("升降", self.direction)
        self.name_field("升降幅度", self.change)
        self.comparison.currentIndexChanged.connect(self._compared_toggled)
        self.preview = QLabel()
        self.preview.setWordWrap(True)
        self.preview.setStyleSheet("color: #2f5597; font-weight: bold;")
        self.add_row(self.tr("报告中写作："), self.preview, field="预览")
        self.notes = self.add_row(self.tr("备注："), text_edit(height=60), field="备注")
        if row is not None:
            self._fill(row)
        for edit in (self.item, self.number, self.item_after, self.change):
            edit.textChanged.connect(self.update_preview)
        for combo in (self.measure_word, self.approximate, self.comparison, self.direction):
            combo.currentIndexChanged.connect(self.update_preview)
        self._compared_toggled()
        self.update_preview()
        fit_to_screen(self, 640, 540)

    def _fill(self, row) -> None:
        self.started_on.setDate(to_qdate(row.started_on))
        if row.ended_on:
            self.has_end.setChecked(True)
            self.ended_on.setDate(to_qdate(row.ended_on))
        select_data(self.unit, row.unit_name)
        select_data(self.category, row.category)
        self.item.setText(row.item)
        self.item_after.setText(row.item_after)
        self.number.setText(number_text(row.number))
        select_data(self.measure_word, row.measure_word)
        select_data(self.approximate, row.approximate)
        select_data(self.comparison, row.comparison)
        select_data(self.direction, row.direction)
        if row.change_percent is not None:
            self.change.setText(number_text(row.change_percent))
        self.notes.setPlainText(row.notes)

    def _compared_toggled(self) -> None:
        on = bool(self.comparison.currentData())
        self.direction.setEnabled(on)
        self.change.setEnabled(on)

    def update_preview(self) -> None:
        try:
            figure = figure_text(self.number.text().strip() or 0, self.measure_word.currentData(),
                                 self.approximate.currentData())
            compared = comparison_text(self.comparison.currentData(), self.direction.currentData(),
                                       self.change.text().strip() or None)
        except (ArithmeticError, ValueError, AppError):
            self.preview.setText(self.tr("（数量不是数字）"))
            return
        self.preview.setText(f"{self.item.text().strip()}{figure}{self.item_after.text().strip()}"
                             + (f"，{compared}" if compared else ""))

    def save(self):
        data = RecordData(started_on=from_qdate(self.started_on.date()),
                          ended_on=from_qdate(self.ended_on.date()) if self.has_end.isChecked() else None,
                          unit=self.unit.currentData() or "", category=self.category.currentData(),
                          item=self.item.text(), item_after=self.item_after.text(), number=self.number.text(),
                          measure_word=self.measure_word.currentData(), approximate=self.approximate.currentData(),
                          comparison=self.comparison.currentData(), direction=self.direction.currentData(),
                          change_percent=self.change.text(), notes=self.notes.toPlainText())
        return save_record(data, self.row.id if self.row else None)
