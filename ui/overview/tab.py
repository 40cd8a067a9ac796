"""工作总览: the campaign's state at a glance, in the office's own terms, kept live.

Figure cards on top, four bar charts (study sessions per type, talks per round, suggestions per status,
pledges per template) and the per-unit comparison below. Every card, bar and table cell opens the list
of exactly the rows it counts (the 查纠整改 cards open that tab: their rows are confidential; see cards.py).
A period (全部, the three phases, 本月 or any dates) and a unit narrow everything but the 查纠整改 figures. Changes anywhere in the program refresh the figures (debounced; deferred while hidden).
"""
from __future__ import annotations

import datetime as dt
from html import escape

from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDateEdit, QGroupBox,
                               QHBoxLayout, QHeaderView, QLabel, QLineEdit, QMessageBox, QPushButton,
                               QTableView, QVBoxLayout, QWidget)

from app.errors import AppError
from app.events import Topic
from app.reports import listings
from app.reports.overview import Overview, overview
from app.reports.scope import Period, check_range, cn_date, periods, units
from app.reports.study_figures import StudyBase, study_base
from app.reports.talk_figures import TalkBase, talk_base
from app.store import campaign

from ui.common.dates import date_edit, from_qdate, to_qdate
from ui.common.form import scrolling
from ui.common.output import print_path
from ui.common.table import SortProxy
from ui.common.tab import FeatureTab
from ui.common.worker import run_job
from ui.overview.dialogs import ExportAllDialog, ListingDialog, ReportDialog
from ui.overview.cards import TAB_LINK, FigureCards
from ui.overview.models import UnitTableModel
from ui.overview.widgets import Bar, BarChart

NO_DATE = QDate(2000, 1, 1)  # the date edits' minimum, shown as 不限
CUSTOM = "custom"
FEATURES = (Topic.ROSTER, Topic.STUDY, Topic.TALKS, Topic.FEEDBACK, Topic.PLEDGES, Topic.RECTIFY)  # what the figures count
REFRESH_DELAY_MS = 400

def short_template_name(name: str) -> str:
    return name.replace("严格执行", "")


class OverviewTab(FeatureTab):
    """Criteria of show_rows: period=<a preset's label> (全部, 学习教育阶段 …, 本月, as the period box lists them)."""

    TITLE = "工作总览"

    def __init__(self, parent=None):
        super().__init__(parent)
        self.current: Overview | None = None
        self.last_dialog = None
        self._dirty = True
        # The two costly counts (a row per person expected at a session / talked with), kept for the period
        # they were made for and made again only when their data changes.
        self._counts_key: tuple | None = None
        self._study_counts: StudyBase | None = None
        self._talk_counts: TalkBase | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(REFRESH_DELAY_MS)
        self._timer.timeout.connect(self._refresh_if_shown)

        # ---- period, unit, person, outputs
        self.period_combo = QComboBox()
        self.since_edit = self._date_edit()
        self.until_edit = self._date_edit()
        self.unit_combo = QComboBox()
        self.unit_combo.setMinimumWidth(110)
        self.person_edit = QLineEdit()
        self.person_edit.setPlaceholderText(self.tr("姓名"))
        self.person_edit.setMaximumWidth(110)
        self.person_edit.returnPressed.connect(self.open_person)
        person_button = QPushButton(self.tr("一人一档…"))
        person_button.setToolTip(self.tr("查看一名干警参加学习、谈心谈话、承诺书和相关意见建议的全部记录"))
        person_button.clicked.connect(self.open_person)
        report_button = QPushButton(self.tr("打印工作情况报告…"))
        report_button.setToolTip(self.tr("按所选统计期间生成公文格式的工作情况报告（含统计表和统计图）"))
        report_button.clicked.connect(self.print_report)
        export_button = QPushButton(self.tr("导出全部台账…"))
        export_button.setToolTip(self.tr("人员、学习、考勤、谈话、整改清单、承诺书，导出到一个 Excel 文件"))
        export_button.clicked.connect(self.export_all)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("统计期间")))
        bar.addWidget(self.period_combo)
        bar.addWidget(QLabel(self.tr("从")))
        bar.addWidget(self.since_edit)
        bar.addWidget(QLabel(self.tr("至")))
        bar.addWidget(self.until_edit)
        bar.addSpacing(12)
        bar.addWidget(QLabel(self.tr("单位")))
        bar.addWidget(self.unit_combo)
        bar.addStretch(1)
        bar.addWidget(self.person_edit)
        bar.addWidget(person_button)
        bar.addSpacing(12)
        bar.addWidget(report_button)
        bar.addWidget(export_button)

        self.heading = QLabel()
        self.heading.setTextFormat(Qt.RichText)
        self.heading.setStyleSheet("padding: 2px 2px 4px 2px;")

        # ---- figure cards
        self.figure_cards = FigureCards()
        self.figure_cards.activated.connect(self.open_card)
        self.cards = self.figure_cards.cards
        self.card_keys = self.figure_cards.keys

        # ---- charts
        self.type_chart = BarChart()
        self.round_chart = BarChart()
        self.status_chart = BarChart()
        self.pledge_chart = BarChart()
        for chart in (self.type_chart, self.round_chart, self.status_chart, self.pledge_chart):
            chart.activated.connect(lambda row, c=chart: self.open_figure(c.bars[row].key))
        charts = QHBoxLayout()
        charts.addWidget(self._box(self.tr("学习教育：各类活动场次"), self.type_chart), 4)
        middle = QVBoxLayout()
        middle.addWidget(self._box(self.tr("谈心谈话：各轮次已谈/应谈"), self.round_chart))
        middle.addWidget(self._box(self.tr("承诺书：已签署/下发"), self.pledge_chart))
        charts.addLayout(middle, 4)
        charts.addWidget(self._box(self.tr("征求意见：办理状态"), self.status_chart), 3)

        # ---- per unit
        self.unit_model = UnitTableModel(self)
        self.unit_proxy = SortProxy(self)
        self.unit_proxy.setSourceModel(self.unit_model)
        self.unit_view = QTableView()
        self.unit_view.setModel(self.unit_proxy)
        self.unit_view.setSelectionBehavior(QAbstractItemView.SelectItems)
        self.unit_view.setSelectionMode(QAbstractItemView.SingleSelection)
        self.unit_view.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.unit_view.setSortingEnabled(True)
        self.unit_view.horizontalHeader().setSortIndicator(-1, Qt.AscendingOrder)
        self.unit_view.verticalHeader().hide()
        self.unit_view.verticalHeader().setDefaultSectionSize(25)
        self.unit_view.horizontalHeader().setSectionResizeMode(QHeaderView.Stretch)
        self.unit_view.horizontalHeader().setSectionResizeMode(0, QHeaderView.Interactive)
        self.unit_view.setColumnWidth(0, 150)
        self.unit_view.setAlternatingRowColors(True)
        self.unit_view.activated.connect(self.open_unit_cell)
        self.unit_view.doubleClicked.connect(self.open_unit_cell)
        self.unit_view.setVerticalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        unit_box = self._box(self.tr("各单位对比（双击数字查看明细；红色为需关注：出勤率低于90%、谈话未全覆盖、补学未完成、逾期、承诺书未签齐）"),
                             self.unit_view)

        # Below the bar, everything scrolls: on a 1366×768 screen the charts and the 合计 row do not fit.
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(6, 6, 6, 6)
        outer.addLayout(bar)
        outer.addWidget(scrolling(body), 1)
        layout.addWidget(self.heading)
        layout.addWidget(self.figure_cards)
        layout.addLayout(charts, 1)
        layout.addWidget(unit_box)

        self._fill_periods()
        self._fill_units()
        self.period_combo.currentIndexChanged.connect(self._period_chosen)
        self.since_edit.dateChanged.connect(self._dates_edited)
        self.until_edit.dateChanged.connect(self._dates_edited)
        self.unit_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.refresh()

    # ------------------------------------------------------------ building blocks
    def _date_edit(self) -> QDateEdit:
        edit = date_edit()
        edit.setMinimumDate(NO_DATE)
        edit.setSpecialValueText(self.tr("不限"))
        edit.setDate(NO_DATE)
        edit.setMinimumWidth(104)
        return edit

    @staticmethod
    def _box(title: str, widget: QWidget) -> QGroupBox:
        box = QGroupBox(title)
        inner = QVBoxLayout(box)
        inner.setContentsMargins(4, 2, 4, 4)
        inner.addWidget(widget)
        return box

    def _fill_periods(self) -> None:
        # Item data are plain strings (the preset's label): Python tuples in QVariants are not safe with
        # PySide6 6.12 on Python 3.11, and could not be found again with findData anyway.
        current = self.period_combo.currentData()
        self.presets = {period.label: (period.since, period.until) for period in periods()}
        self.period_combo.blockSignals(True)
        self.period_combo.clear()
        for label in self.presets:
            self.period_combo.addItem(label, label)
        self.period_combo.addItem(self.tr("自定义"), CUSTOM)
        index = self.period_combo.findData(current) if current is not None else 0
        self.period_combo.setCurrentIndex(max(0, index))
        self.period_combo.blockSignals(False)

    def _show_preset(self, since: dt.date | None, until: dt.date | None) -> None:
        """Select the preset these dates make, or 自定义."""
        label = next((k for k, v in self.presets.items() if v == (since, until)), CUSTOM)
        self.period_combo.blockSignals(True)
        self.period_combo.setCurrentIndex(max(0, self.period_combo.findData(label)))
        self.period_combo.blockSignals(False)

    def _fill_units(self) -> None:
        current = self.unit_combo.currentData()
        self.unit_combo.blockSignals(True)
        self.unit_combo.clear()
        self.unit_combo.addItem(self.tr("全部单位"), None)
        for unit_id, name, short in units():
            self.unit_combo.addItem(short or name, unit_id)
        self.unit_combo.setCurrentIndex(max(0, self.unit_combo.findData(current)))
        self.unit_combo.blockSignals(False)

    # ------------------------------------------------------------ period and unit
    def period(self) -> tuple[dt.date | None, dt.date | None]:
        since = None if self.since_edit.date() == NO_DATE else from_qdate(self.since_edit.date())
        until = None if self.until_edit.date() == NO_DATE else from_qdate(self.until_edit.date())
        return since, until

    def unit_id(self) -> int | None:
        return self.unit_combo.currentData()

    def set_period(self, since: dt.date | None, until: dt.date | None) -> None:
        """Show the figures of this period (the preset is chosen when the dates match one)."""
        for edit, day in ((self.since_edit, since), (self.until_edit, until)):
            edit.blockSignals(True)
            edit.setDate(to_qdate(day) if day else NO_DATE)
            edit.blockSignals(False)
        self._show_preset(since, until)
        self.refresh()

    def choose_period(self, label: str) -> None:
        index = self.period_combo.findText(label)
        if index >= 0:
            self.period_combo.setCurrentIndex(index)

    def _period_chosen(self, _index: int) -> None:
        label = self.period_combo.currentData()
        if label in self.presets:
            self.set_period(*self.presets[label])

    def _dates_edited(self, _date) -> None:
        self._show_preset(*self.period())
        self.refresh()

    def show_rows(self, **criteria) -> bool:
        """period=<label>: show the figures of that preset. False for a label not offered or any other
        criterion (the tab is shown all the same)."""
        period = criteria.pop("period", None)
        applied = True
        if period is not None:
            applied = period in self.presets
            if applied:
                self.choose_period(period)
        return applied and not criteria

    # ------------------------------------------------------------ live refresh
    def on_changed(self, topic: Topic) -> None:
        if not topic.touches(*FEATURES):
            return
        if topic.touches(Topic.STUDY, Topic.ROSTER):
            self._study_counts = None
        if topic.touches(Topic.TALKS, Topic.ROSTER):
            self._talk_counts = None
        self._dirty = True
        self._timer.start()  # a burst of changes refreshes once

    def _refresh_if_shown(self) -> None:
        if self.isVisible():
            self.refresh()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._dirty:
            QTimer.singleShot(0, self.refresh)

    def refresh(self) -> None:
        self._dirty = False
        self._fill_periods()  # another database may have other campaign dates
        self._fill_units()
        since, until = self.period()
        try:
            check_range(since, until)
            key = (since, until, dt.date.today())
            if key != self._counts_key:
                self._study_counts = self._talk_counts = None
                self._counts_key = key
            if self._study_counts is None:
                self._study_counts = study_base(since, until, key[2])
            if self._talk_counts is None:
                self._talk_counts = talk_base(since, until, key[2])
            o = overview(since, until, self.unit_id(), today=key[2], study=self._study_counts,
                            talks=self._talk_counts)
        except AppError as exc:
            self.heading.setText(f"<span style='color:#b00020'>{exc}</span>")
            return
        self.current = o
        self._fill_heading(o)
        self.figure_cards.fill(o)
        self._fill_charts(o)
        self.unit_model.set_rows(o.units)
        self._fit_unit_table()
        self.status_changed.emit()

    def _fit_unit_table(self) -> None:
        """Every unit and the 合计 line in view, no scrolling (a county has a handful of units)."""
        view = self.unit_view
        rows = max(1, self.unit_model.rowCount())
        height = view.horizontalHeader().sizeHint().height() + rows * view.verticalHeader().defaultSectionSize()
        view.setFixedHeight(height + 2 * view.frameWidth() + 2)

    # ------------------------------------------------------------ filling
    def _fill_heading(self, o: Overview) -> None:
        office = campaign.current()
        scope = Period("", o.since, o.until).text
        unit = f" · {self.unit_combo.currentText()}" if o.unit is not None else ""
        phase = office.phase_on(o.today)
        phase_text = ""
        for name, first, _last in office.phase_ranges():
            if name == phase:
                phase_text = self.tr("　当前处于{phase}阶段（第{day}天）").format(phase=phase, day=(o.today - first).days + 1)
        self.heading.setText(f"<b style='font-size:12pt'>{escape(office.county_in_title + office.campaign)}</b>　"
                             f"{scope}{unit}　<span style='color:#555'>统计截至{cn_date(o.today)}{phase_text}</span>")

    def _fill_charts(self, o: Overview) -> None:
        s, t, f, p = o.study, o.talks, o.feedback, o.pledges
        self.type_chart.set_bars(
            [Bar(x.name, x.held, self.tr("{n}场次").format(n=x.held) + (self.tr("（计划{n}）").format(n=x.planned)
                                                                       if x.planned else ""),
                 ("sessions", {"type_id": x.type_id, "held": None if x.planned else True}),
                 tip=self.tr("{name}：已举办{held}场次，参学{n}人次").format(name=x.name, held=x.held, n=x.attended))
             for x in s.types], empty_text=self.tr("统计期间内没有学习活动"))

        def coverage(r):
            return self.tr("全覆盖") if r.coverage_text == "全覆盖" else r.coverage_text.replace("覆盖率", "")

        self.round_chart.set_bars(
            [Bar(r.name, r.talked, (f"{r.talked}/{r.expected}" + self.tr("人") + f" {coverage(r)}"
                                    if r.talks else self.tr("期间内无谈话")),
                 ("untalked" if r.untalked else "talks", {"round_id": r.round_id}), total=r.expected,
                 # red once the round is over with people still not talked with; while it runs, it is progress
                 warn=r.talks > 0 and r.untalked > 0 and r.end_date is not None and r.end_date < o.today,
                 tip=self.tr("{name}：谈话{talks}次、{n}人次；点击查看{what}").format(
                     name=r.name, talks=r.talks, n=r.person_times, what=self.tr("未谈名单") if r.untalked else self.tr("谈话人次")))
             for r in t.rounds], empty_text=self.tr("还没有设置谈话轮次"))
        bars = [Bar(status, n, self.tr("{n}条").format(n=n), ("suggestions", {"status": status}))
                for status, n in f.per_status.items()]
        bars.append(Bar(self.tr("其中逾期"), f.overdue, self.tr("{n}条").format(n=f.overdue),
                        ("suggestions", {"status": listings.SUGGESTIONS_OVERDUE}), warn=f.overdue > 0))
        self.status_chart.set_bars(bars, empty_text=self.tr("统计期间内没有收集意见建议"))
        self.pledge_chart.set_bars(
            [Bar(short_template_name(x.name), x.signed, f"{x.signed}/{x.issued}" + self.tr("份"),
                 ("pledges", {"template_id": x.template_id, "signed": False if x.not_signed else True}),
                 total=x.issued,
                 tip=self.tr("{name}：下发{issued}份，已签署{signed}份，未签署{n}份").format(
                     name=x.name, issued=x.issued, signed=x.signed, n=x.not_signed))
             for x in p.templates], empty_text=self.tr("还没有下发承诺书"))

    # ------------------------------------------------------------ drilling down
    def open_card(self, name: str):
        kind, criteria = self.card_keys[name]
        if kind == TAB_LINK:  # confidential rows: their own tab shows them, to those allowed
            window = self.window()
            if hasattr(window, "show_rows"):
                window.show_rows(TAB_LINK, **criteria)
            return None
        return self.open_figure((kind, criteria))

    def open_figure(self, key: tuple, unit_id: int | None = ..., **extra):
        """Show the rows behind a figure: `key` is (kind, parameters) as the cards and bars carry it."""
        kind, params = key
        since, until = self.period()
        unit = self.unit_id() if unit_id is ... else unit_id
        try:
            listing = listings.BY_KIND[kind](since, until, unit, **params, **extra)
        except AppError as exc:
            QMessageBox.warning(self, self.tr("工作总览"), str(exc))
            return None
        dialog = ListingDialog(listing, self, period_text=Period("", since, until).text,
                               ranged=since is not None or until is not None)
        dialog.person_requested.connect(lambda officer_id: self.open_person_file(officer_id))
        dialog.setAttribute(Qt.WA_DeleteOnClose)
        self.last_dialog = dialog
        dialog.show()
        return dialog

    def open_unit_cell(self, index):
        source = self.unit_proxy.mapToSource(index)
        row = self.unit_model.row_at(source.row())
        return self.open_figure(UnitTableModel.FIGURES.get(source.column(), ("officers", {})), unit_id=row.unit_id)

    def open_person_file(self, officer_id: int | None):
        from ui.overview.person_file import open_person_file  # 一人一档 loads when first asked for

        return open_person_file(self, officer_id)

    def open_person(self) -> None:
        from app.reports.person_file import search_officers

        text = self.person_edit.text().strip()
        hits = search_officers(text, limit=2) if text else []
        dialog = self.open_person_file(hits[0].officer_id if len(hits) == 1 else None)
        if text and len(hits) != 1:
            dialog.set_search_text(text)
            dialog.search.setFocus()
            dialog.search.completer().complete()
        self.last_dialog = dialog

    # ------------------------------------------------------------ outputs
    def print_report(self) -> None:
        from app.reports import outputs  # imported when first used: reportlab and QtPdf cost start-up time
        from ui.common import pdf_preview
        since, until = self.period()
        dialog = ReportDialog(since, until, self)
        if dialog.exec() != ReportDialog.Accepted:
            return
        options = dialog.options()
        out = print_path("工作情况报告")
        run_job(self, self.tr("生成工作情况报告"),
                lambda progress: outputs.print_report(out, since, until, progress=progress, **options),
                on_done=lambda path: pdf_preview.preview(self, path, title=self.tr("工作情况报告")))

    def export_all(self) -> None:
        from app.reports import outputs  # when first used (start-up time)
        dialog = ExportAllDialog(self)
        if dialog.exec() != ExportAllDialog.Accepted:
            return
        from ui.common.excel_export import export_workbook

        options = dialog.options()
        row_line, done = self.tr("{title}：{n}行"), self.tr("已导出到 {path}\n\n")
        export_workbook(self, self.tr("导出全部台账"), self.tr("教育整顿全部台账-{day}.xlsx"),
                        lambda target, progress: outputs.export_all(target, progress=progress, **options),
                        lambda counts, target: done.format(path=target) + "\n".join(
                            row_line.format(title=title, n=n) for title, n in counts.items()))

    def export_actions(self) -> list[QAction]:
        action = QAction(self.tr("全部台账（Excel）…"), self)
        action.triggered.connect(self.export_all)
        return [action]

    def status_text(self) -> str:
        """What needs attention now (the figures themselves are on the tab)."""
        o = self.current
        if o is None:
            return ""
        parts = []
        if o.feedback.overdue:
            parts.append(self.tr("逾期未销号{n}条").format(n=o.feedback.overdue))
        if o.study.makeup_overdue:
            parts.append(self.tr("补学逾期{n}人次").format(n=o.study.makeup_overdue))
        if o.pledges.not_signed:
            parts.append(self.tr("承诺书未签{n}份").format(n=o.pledges.not_signed))
        if o.rectify is not None and o.rectify.clues_overdue:
            parts.append(self.tr("问题线索逾期{n}条").format(n=o.rectify.clues_overdue))
        if not parts:
            return self.tr("各项工作无逾期事项")
        return self.tr("需关注：") + " · ".join(parts)
