"""The 工作日报 page: each unit's daily reports (a day or all, a unit or all) and, beside them, the 零通报制 —
which units did not report on the chosen day, and every unit and day missed since the campaign began."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QGroupBox, QLabel, QSplitter, QVBoxLayout

from app.roster.units import find_unit
from app.tasks.daily_reports import delete_report, due_days, missing_reports, report_rows
from ui.common.dates import date_edit, from_qdate, to_qdate
from ui.common.table import SortProxy
from ui.common.widgets import attempt, table_view
from ui.tasks.dialogs import ReportDialog, unit_combo
from ui.tasks.models import MissingTableModel, ReportTableModel
from ui.tasks.pages import Page, _selected


class ReportsPage(Page):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.model = ReportTableModel(self)
        self.proxy = SortProxy(self)
        self.proxy.setSourceModel(self.model)
        self.missing = MissingTableModel(self)
        self.add_button("new", self.tr("登记日报…"), self.new_report, self.tr("登记一个单位当天的工作日报或零报告"))
        self.add_button("edit", self.tr("修改…"), self.edit_report, self.tr("修改所选工作日报"))
        self.add_button("delete", self.tr("删除"), self.delete_report, self.tr("删除误登记的工作日报"))
        self.toolbar.addStretch(1)
        self.day = date_edit(dt.date.today() - dt.timedelta(days=1))
        self.all_days = QCheckBox(self.tr("全部日期"))
        self.unit = unit_combo(blank=self.tr("全部单位"))
        self.day.dateChanged.connect(lambda _d: self.refresh())
        self.all_days.toggled.connect(lambda _c: self.refresh())
        self.unit.currentIndexChanged.connect(lambda _i: self.refresh())
        for widget in (QLabel(self.tr("日期")), self.day, self.all_days, self.unit):
            self.toolbar.addWidget(widget)
        self.view = table_view(self.proxy)
        for column, width in ((0, 90), (1, 80), (2, 60), (3, 170), (4, 150), (5, 130)):
            self.view.setColumnWidth(column, width)
        self.view.doubleClicked.connect(lambda _i: self.edit_report())
        self.day_text = QLabel()
        self.day_text.setWordWrap(True)
        self.campaign_text = QLabel()
        self.campaign_text.setWordWrap(True)
        self.missing_view = table_view(self.missing)
        self.missing_view.setSortingEnabled(False)
        self.missing_view.setColumnWidth(0, 90)
        box = QGroupBox(self.tr("零通报"))
        box_layout = QVBoxLayout(box)
        box_layout.addWidget(self.day_text)
        box_layout.addWidget(self.campaign_text)
        box_layout.addWidget(self.missing_view, 1)
        split = QSplitter(Qt.Horizontal)
        split.addWidget(self.view)
        split.addWidget(box)
        split.setSizes([880, 320])
        layout = QVBoxLayout(self)
        layout.addLayout(self.toolbar)
        layout.addWidget(split, 1)

    def chosen_day(self) -> dt.date:
        return from_qdate(self.day.date())

    def refresh(self) -> None:
        day = self.chosen_day()
        self.day.setEnabled(not self.all_days.isChecked())
        unit = find_unit(self.unit.currentData()) if self.unit.currentData() else None
        if self.all_days.isChecked():
            rows = report_rows(unit_id=unit.id if unit else None)
        else:
            rows = report_rows(since=day, until=day, unit_id=unit.id if unit else None)
        self.model.set_rows(rows)
        missed_today = missing_reports(day, day)
        filed = report_rows(since=day, until=day)
        names = "、".join(m.unit for m in missed_today)
        self.day_text.setText(self.tr("{day}：已报 {n} 个单位（零报告 {z} 个）；未报送 {m} 个{names}").format(
            day=f"{day:%Y-%m-%d}", n=len(filed), z=sum(r.zero_report for r in filed), m=len(missed_today),
            names=f"：{names}" if names else ""))
        self.day_text.setStyleSheet("color: #a01818;" if missed_today else "color: #2e7d32;")
        missing = missing_reports()
        days = due_days()
        if missing:
            text = self.tr("教育整顿以来 {d} 天，漏报 {m} 次（{u} 个单位），明细如下：").format(
                d=len(days), m=len(missing), u=len({m.unit_full for m in missing}))
        else:
            text = self.tr("教育整顿以来 {d} 天，各单位均按日报送，无漏报（零通报）。").format(d=len(days))
        self.campaign_text.setText(text)
        self.missing.set_rows(missing)

    def choose_day(self, day: dt.date) -> None:
        self.all_days.setChecked(False)
        self.day.setDate(to_qdate(day))

    def new_report(self) -> None:
        ReportDialog(self, unit=self.unit.currentData() or "", day=self.chosen_day()).exec()

    def edit_report(self) -> None:
        row = _selected(self.view, self.proxy)
        if row is not None:
            ReportDialog(self, row).exec()

    def delete_report(self) -> None:
        row = _selected(self.view, self.proxy)
        if row is not None and self.confirm(self.tr("删除工作日报"), self.tr("删除{unit} {day} 的工作日报？").format(
                unit=row.unit, day=f"{row.day:%Y-%m-%d}")):
            attempt(self, self.tr("删除工作日报"), lambda: delete_report(row.id))
