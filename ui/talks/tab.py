"""谈心谈话 tab: rounds, coverage per unit, records, 未谈名单, the "一级谈一级" check and follow-up items
(the last three are in ui.talks.pages).

Talk content stays hidden in lists until the user turns it on (and may see it: app.safety.access.TALK_CONTENT);
printing record forms asks whether to include it (app.talks.outputs checks the permission again). Nothing of
the content is logged.

show_rows criteria (the overview's links): round_id (None: every round, the combo's 全部轮次), unit_id (None:
every unit), page ("records", the default, or "untalked" for the 未谈名单).
"""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (QCheckBox, QComboBox, QGroupBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QMenu,
                               QMessageBox, QPushButton, QSplitter, QTabWidget, QToolButton, QVBoxLayout, QWidget)

from app.common.figures import percent
from app.events import Topic
from app.safety import access
from app.talks import coverage, listing, records, rounds
from app.talks.models import TALK_TYPES

from ui.common.editing import edit_only
from ui.common.tab import FeatureTab
from ui.talks.models import CoverageModel, RoundSummaryModel, TalkListModel
from ui.talks.pages import FollowUpsPage, GapsPage, UntalkedPage
from ui.talks.printing import TalkPrinting
from ui.talks.rounds_dialog import RoundsDialog
from ui.talks.snippets_dialog import SnippetsDialog
from ui.talks.talk_dialog import TalkDialog
from ui.talks.widgets import table_view

ALL_ROUNDS = -1
PAGES = ("records", "untalked")  # the pages show_rows can open


class TalksTab(FeatureTab):
    TITLE = "谈心谈话"

    def __init__(self, parent=None):
        super().__init__(parent)
        self._refresh_timer = QTimer(self, singleShot=True, interval=0, timeout=self.refresh)
        self._last_deleted: list[int] = []
        self._build()
        self.refresh()

    # ------------------------------------------------------------ building
    def _build(self) -> None:
        self.round_combo = QComboBox()
        self.round_combo.setMinimumWidth(260)
        self.round_combo.currentIndexChanged.connect(lambda _i: self.reload_views())
        self.unit_combo = QComboBox()
        self.unit_combo.setMinimumWidth(150)
        self.unit_combo.currentIndexChanged.connect(lambda _i: self._on_unit_changed())
        new_button = QPushButton(self.tr("登记谈话…"))
        new_button.setToolTip(self.tr("登记一次谈话；保存后自动转到本单位本轮下一位未谈人员"))
        new_button.clicked.connect(lambda: self.open_new_talk())
        rounds_button = QPushButton(self.tr("轮次设置…"))
        rounds_button.clicked.connect(self.edit_rounds)
        snippets_button = QPushButton(self.tr("常用语…"))
        snippets_button.clicked.connect(lambda: SnippetsDialog(self).exec())
        edit_only(new_button, rounds_button, snippets_button)
        print_button = QToolButton()
        print_button.setText(self.tr("打印"))
        print_button.setPopupMode(QToolButton.InstantPopup)
        print_menu = QMenu(print_button)
        self.printing = TalkPrinting(self)
        print_menu.addAction(self.tr("覆盖情况表（本轮各单位）…"), self.printing.coverage)
        print_menu.addAction(self.tr("未谈名单（所选单位）…"), self.printing.untalked)
        print_menu.addSeparator()
        print_menu.addAction(self.tr("谈话记录表（选中的记录）…"), lambda: self.printing.forms(selected_only=True))
        print_menu.addAction(self.tr("谈话记录表（本轮所选单位全部）…"),
                             lambda: self.printing.forms(selected_only=False))
        print_button.setMenu(print_menu)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("轮次")))
        top.addWidget(self.round_combo)
        top.addWidget(QLabel(self.tr("单位")))
        top.addWidget(self.unit_combo)
        top.addStretch(1)
        for button in (new_button, rounds_button, snippets_button, print_button):
            top.addWidget(button)

        self.pages = QTabWidget()
        self.untalked = UntalkedPage(self)
        self.gaps = GapsPage(self)
        self.follow_ups = FollowUpsPage(self)
        self.records_page = self.pages.addTab(self._build_records(), self.tr("谈话记录"))
        self.untalked_page = self.pages.addTab(self.untalked, self.tr("未谈名单"))
        self.gaps_page = self.pages.addTab(self.gaps, self.tr("层级检查"))
        self.follow_page = self.pages.addTab(self.follow_ups, self.tr("后续事项"))

        splitter = QSplitter(Qt.Horizontal)
        splitter.addWidget(self._build_coverage())
        splitter.addWidget(self.pages)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([430, 850])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)

    def _build_coverage(self) -> QWidget:
        """Left: coverage per unit of the chosen round, then each round's totals."""
        self.coverage_model = CoverageModel(self)
        self.coverage_view = table_view(self.coverage_model, stretch_last=False)
        self.coverage_view.clicked.connect(self._on_coverage_clicked)
        self.coverage_view.doubleClicked.connect(lambda index: self._on_coverage_clicked(index, force=True))
        self.expected_note = QLabel()
        self.expected_note.setWordWrap(True)
        self.expected_note.setStyleSheet("color: #8a5a00;")
        self.refresh_expected_button = QPushButton(self.tr("按台账刷新应谈名单"))
        self.refresh_expected_button.clicked.connect(self.refresh_expected)
        edit_only(self.refresh_expected_button)
        self.coverage_view.horizontalHeader().setSectionResizeMode(0, QHeaderView.Stretch)
        self.coverage_view.setVerticalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        coverage_box = QGroupBox(self.tr("各单位覆盖情况"))
        coverage_layout = QVBoxLayout(coverage_box)
        coverage_layout.addWidget(self.coverage_view)
        hint = QLabel(self.tr("点击单位筛选右侧列表；点击“未谈”人数查看未谈名单。"))
        hint.setStyleSheet("color: #666;")
        hint.setWordWrap(True)
        coverage_layout.addWidget(hint)
        coverage_layout.addWidget(self.expected_note)
        coverage_layout.addWidget(self.refresh_expected_button, 0, Qt.AlignLeft)
        self.summary_model = RoundSummaryModel(self)
        self.summary_view = table_view(self.summary_model, stretch_last=False)
        self.summary_view.horizontalHeader().setSectionResizeMode(0, QHeaderView.Stretch)
        self.summary_view.clicked.connect(self._on_summary_clicked)
        summary_box = QGroupBox(self.tr("各轮次概况"))
        summary_layout = QVBoxLayout(summary_box)
        summary_layout.addWidget(self.summary_view)
        summary_hint = QLabel(self.tr("“全部轮次”一行：整个教育整顿中至少谈话一次的人数（全覆盖）和各轮人次合计。"))
        summary_hint.setStyleSheet("color: #666;")
        summary_hint.setWordWrap(True)
        summary_layout.addWidget(summary_hint)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(coverage_box)
        left_layout.addWidget(summary_box)
        left_layout.addStretch(1)
        return left

    def _build_records(self) -> QWidget:
        self.records_model = TalkListModel(self)
        self.records_view = table_view(self.records_model)
        self.records_view.horizontalHeader().setSortIndicator(0, Qt.DescendingOrder)  # newest first
        self.records_view.setSortingEnabled(True)
        self.records_view.doubleClicked.connect(lambda _i: self.edit_selected())
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("搜索姓名、单位、谈话人、主题、地点…"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.textChanged.connect(lambda text: self._filter_records(text=text))
        self.type_combo = QComboBox()
        self.type_combo.addItem(self.tr("全部类型"), "")
        for talk_type in TALK_TYPES:
            self.type_combo.addItem(talk_type, talk_type)
        self.type_combo.currentIndexChanged.connect(lambda _i: self._filter_records(talk_type=self.type_combo.currentData()))
        self.content_toggle = QCheckBox(self.tr("显示谈话内容"))
        self.content_toggle.setToolTip(self.tr("主要内容、反映的问题、意见建议属于保密信息，默认不显示"))
        self.content_toggle.toggled.connect(self._on_content_toggled)
        self.records_count = QLabel()
        edit_button = QPushButton(self.tr("查看/修改…"))
        edit_button.clicked.connect(self.edit_selected)
        delete_button = QPushButton(self.tr("删除"))
        delete_button.clicked.connect(self.delete_selected)
        self.undo_button = QPushButton(self.tr("撤销删除"))
        self.undo_button.clicked.connect(self.undo_delete)
        self.undo_button.hide()
        to_ledger_button = QPushButton(self.tr("意见建议转入整改台账"))
        to_ledger_button.setToolTip(self.tr("把所选谈话记录中的“意见建议”登记到征求意见整改台账，并相互关联"))
        to_ledger_button.clicked.connect(self.send_to_ledger)
        edit_only(delete_button, self.undo_button, to_ledger_button)
        page = QWidget()
        layout = QVBoxLayout(page)
        filter_line = QHBoxLayout()
        filter_line.addWidget(self.search_edit, 1)
        filter_line.addWidget(self.type_combo)
        filter_line.addWidget(self.content_toggle)
        layout.addLayout(filter_line)
        layout.addWidget(self.records_view, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.records_count, 1)
        for button in (self.undo_button, to_ledger_button, edit_button, delete_button):
            buttons.addWidget(button)
        layout.addLayout(buttons)
        return page

    # ------------------------------------------------------------ state
    def round_id(self) -> int | None:
        """The chosen round, or None for the whole campaign (全部轮次)."""
        value = self.round_combo.currentData()
        return None if value in (None, ALL_ROUNDS) else value

    def unit_id(self) -> int | None:
        return self.unit_combo.currentData()

    def round_name(self) -> str:
        round_id = self.round_id()
        if round_id is None:
            return self.tr("整个教育整顿期间")
        return next((r.name for r in rounds.rounds() if r.id == round_id), "")

    def on_changed(self, topic: Topic) -> None:
        if topic.touches(Topic.TALKS, Topic.ROSTER):
            self._refresh_timer.start()  # several changes in a row refresh once

    def show_rows(self, *, round_id: int | None = None, unit_id: int | None = None, page: str | None = None,
                  **unknown) -> bool:
        """Show the records (or the 未谈名单, page="untalked") of a round and unit; search and type filters
        are cleared. False when a criterion is unknown or names no round, unit or page here."""
        self._refresh_timer.stop()
        self.refresh()  # the rounds and units as they are now
        applied = not unknown and (page or "records") in PAGES
        round_index = self.round_combo.findData(ALL_ROUNDS if round_id is None else round_id)
        unit_index = 0 if unit_id is None else self.unit_combo.findData(unit_id)
        applied = applied and round_index >= 0 and unit_index >= 0
        self.search_edit.clear()
        self.type_combo.setCurrentIndex(0)
        if round_index >= 0:
            self.round_combo.setCurrentIndex(round_index)
        if unit_index >= 0:
            self.unit_combo.setCurrentIndex(unit_index)
        self.pages.setCurrentIndex(self.untalked_page if page == "untalked" else self.records_page)
        return applied

    def refresh(self) -> None:
        """Reload rounds and units (keeping the choices), then every view."""
        rounds.ensure_default_rounds()
        current_round, current_unit = self.round_combo.currentData(), self.unit_id()
        all_rounds = rounds.rounds()
        self.round_combo.blockSignals(True)
        self.round_combo.clear()
        for info in all_rounds:
            self.round_combo.addItem(info.label, info.id)
        self.round_combo.addItem(self.tr("全部轮次（整个教育整顿）"), ALL_ROUNDS)
        index = self.round_combo.findData(current_round) if current_round is not None else -1
        if index < 0:
            today = dt.date.today()
            running = [i for i, info in enumerate(all_rounds) if info.contains(today)]
            index = running[0] if running else max(0, len(all_rounds) - 1)
        self.round_combo.setCurrentIndex(index)
        self.round_combo.blockSignals(False)
        self.unit_combo.blockSignals(True)
        self.unit_combo.clear()
        self.unit_combo.addItem(self.tr("全部单位"), None)
        for row in coverage.coverage(None)[:-1]:
            self.unit_combo.addItem(row.unit, row.unit_id)
        self.unit_combo.setCurrentIndex(max(0, self.unit_combo.findData(current_unit)))
        self.unit_combo.blockSignals(False)
        self.reload_views()

    def reload_views(self) -> None:
        round_id = self.round_id()
        self.coverage_model.set_rows(coverage.coverage(round_id))
        self._fit_height(self.coverage_view)
        self._select_coverage_row()
        self.summary_model.set_rows(coverage.round_summaries())
        self._fit_height(self.summary_view)
        for row, item in enumerate(self.summary_model.rows):
            if item.round_id == round_id:
                self.summary_view.selectRow(row)
        if round_id is not None:
            missing, gone = rounds.expected_differs_from_roster(round_id)
        else:
            missing = gone = 0
        if missing or gone:
            self.expected_note.setText(self.tr("本轮应谈名单与当前台账不一致：台账新增 {a} 人未列入，{b} 人已不在岗或已移出台账。")
                                       .format(a=missing, b=gone))
        self.expected_note.setVisible(bool(missing or gone))
        self.refresh_expected_button.setVisible(bool(missing or gone))
        self._load_records()
        self._load_untalked()
        self._load_gaps()
        self._load_follow_ups()
        self.status_changed.emit()

    @staticmethod
    def _fit_height(view) -> None:
        """Small tables show all their rows, without a scroll bar or empty space below."""
        view.resizeColumnsToContents()
        view.horizontalHeader().setSectionResizeMode(0, QHeaderView.Stretch)
        rows = view.model().rowCount()
        height = view.horizontalHeader().height() + rows * view.verticalHeader().defaultSectionSize()
        view.setFixedHeight(height + 2 * view.frameWidth() + 2)

    def _on_summary_clicked(self, index) -> None:
        row = self.summary_model.row_at(index.row())
        self.round_combo.setCurrentIndex(self.round_combo.findData(ALL_ROUNDS if row.round_id is None
                                                                   else row.round_id))

    def _on_unit_changed(self) -> None:
        self._select_coverage_row()
        self._filter_records(unit_id=self.unit_id())
        self._load_untalked()
        self._load_gaps()

    def _select_coverage_row(self) -> None:
        unit_id = self.unit_id()
        for row, item in enumerate(self.coverage_model.rows):
            if item.unit_id == unit_id:
                self.coverage_view.selectRow(row)
                return
        self.coverage_view.clearSelection()

    def _on_coverage_clicked(self, index, force: bool = False) -> None:
        row = self.coverage_model.row_at(index.row())
        self.unit_combo.setCurrentIndex(max(0, self.unit_combo.findData(row.unit_id)))
        if force or (index.column() == CoverageModel.UNTALKED_COLUMN and row.untalked):
            self.pages.setCurrentIndex(self.untalked_page)

    # ------------------------------------------------------------ records
    def _load_records(self) -> None:
        round_id = self.round_id()
        rows = listing.talk_rows(None if round_id is None else [round_id],
                                 include_content=self.content_toggle.isChecked())
        self.records_model.set_rows(rows, with_content=self.content_toggle.isChecked())
        self.records_model.set_filter(self.search_edit.text(), unit_id=self.unit_id(),
                                      talk_type=self.type_combo.currentData() or "")
        for column in range(self.records_model.columnCount()):
            self.records_view.setColumnWidth(column, TalkListModel.WIDTHS[column])
        self._update_records_count()

    def _filter_records(self, **changes) -> None:
        self.records_model.set_filter(changes.get("text"), unit_id=changes.get("unit_id", False),
                                      talk_type=changes.get("talk_type"))
        self._update_records_count()

    def _update_records_count(self) -> None:
        shown, total = self.records_model.rowCount(), len(self.records_model.all_rows)
        self.records_count.setText(self.tr("显示 {shown} 条，共 {total} 条记录").format(shown=shown, total=total))
        self.pages.setTabText(self.records_page, self.tr("谈话记录（{n}）").format(n=total))

    def _on_content_toggled(self, checked: bool) -> None:
        if checked and not access.can(access.TALK_CONTENT):
            QMessageBox.warning(self, self.tr("显示谈话内容"), self.tr("当前账户无权查看谈话内容。"))
            self.content_toggle.blockSignals(True)
            self.content_toggle.setChecked(False)
            self.content_toggle.blockSignals(False)
            return
        self._load_records()
        if checked and self.records_model.rowCount():
            self.records_view.scrollTo(self.records_model.index(0, len(TalkListModel.BASE_COLUMNS)))

    def selected_talk_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.records_view.selectionModel().selectedRows()})
        return [self.records_model.row_at(r).id for r in rows]

    def open_new_talk(self, *, unit_id: int | None = None, person_id: int | None = None) -> TalkDialog:
        dialog = TalkDialog(self, round_id=self.round_id(),
                            unit_id=unit_id if unit_id is not None else self.unit_id(), person_id=person_id)
        dialog.saved.connect(lambda _id: self._refresh_timer.start())
        dialog.open()
        return dialog

    def edit_selected(self) -> None:
        ids = self.selected_talk_ids()
        if not ids:
            return
        if not access.can(access.TALK_CONTENT):
            QMessageBox.warning(self, self.tr("查看谈话记录"), self.tr("当前账户无权查看谈话内容。"))
            return
        dialog = TalkDialog(self, talk_id=ids[0])
        dialog.saved.connect(lambda _id: self._refresh_timer.start())
        dialog.open()

    def send_to_ledger(self) -> None:
        from app.errors import AppError
        from app.feedback import from_talks as talk_feedback

        ids = self.selected_talk_ids()
        if not ids:
            return
        title = self.tr("转入整改台账")
        try:
            suggestion = talk_feedback.send_talk_suggestions(ids[0])
        except AppError as exc:
            QMessageBox.warning(self, title, str(exc))
            return
        QMessageBox.information(self, title, self.tr("已登记到整改台账，编号 {code}，状态“待交办”。")
                                .format(code=suggestion.code))

    def delete_selected(self) -> None:
        ids = self.selected_talk_ids()
        if not ids:
            return
        answer = QMessageBox.question(self, self.tr("删除谈话记录"),
                                      self.tr("确定删除选中的 {n} 条谈话记录吗？删除后覆盖率随之重新计算。").format(n=len(ids)))
        if answer != QMessageBox.Yes:
            return
        records.delete_talks(ids)
        self._last_deleted = ids
        self.undo_button.show()
        self.refresh()

    def undo_delete(self) -> None:
        if self._last_deleted:
            records.restore_talks(self._last_deleted)
        self._last_deleted = []
        self.undo_button.hide()
        self.refresh()

    # ------------------------------------------------------------ the other pages
    def _load_untalked(self) -> None:
        self.untalked.load()
        total_waiting = self.coverage_model.rows[-1].untalked if self.coverage_model.rows else 0
        self.pages.setTabText(self.untalked_page, self.tr("未谈名单（{n}）").format(n=total_waiting))

    def _load_gaps(self) -> None:
        self.gaps.load()
        self.pages.setTabText(self.gaps_page, self.tr("层级检查（{n}）").format(n=self.gaps.leaders_missed()))

    def _load_follow_ups(self) -> None:
        self.follow_ups.load()
        self.pages.setTabText(self.follow_page, self.tr("后续事项（{n}）").format(n=self.follow_ups.open_count))

    def refresh_expected(self) -> None:
        round_id = self.round_id()
        if round_id is None:
            return
        added, removed = rounds.refresh_expected(round_id)
        QMessageBox.information(self, self.tr("刷新应谈名单"),
                                self.tr("已按台账刷新：加入 {a} 人，移出 {b} 人。").format(a=added, b=removed))
        self.refresh()

    def edit_rounds(self) -> None:
        RoundsDialog(self).exec()
        self.refresh()

    # ------------------------------------------------------------ main window
    def status_text(self) -> str:
        if not self.coverage_model.rows:
            return ""
        total = self.coverage_model.rows[-1]
        text = self.tr("{round}：应谈 {e} 人，已谈 {t} 人，覆盖率 {r}，{p} 人次").format(
            round=self.round_name(), e=total.expected, t=total.talked, r=percent(total.rate), p=total.person_times)
        if self.follow_ups.open_count:
            text += self.tr("；后续事项未完成 {n} 项（逾期 {m} 项）").format(n=self.follow_ups.open_count,
                                                                     m=self.follow_ups.overdue)
        return text
