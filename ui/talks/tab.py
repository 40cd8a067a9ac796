"""谈心谈话 tab: rounds, coverage per unit, records, 未谈名单, the "一级谈一级" check and follow-up items.

Talk content stays hidden in lists until the user turns it on (and may see it: app.safety.access.TALK_CONTENT);
printing record forms asks whether to include it. Nothing of the content is logged.
"""
from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (QCheckBox, QComboBox, QGroupBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QMenu,
                               QMessageBox, QPushButton, QSplitter, QTabWidget, QToolButton, QVBoxLayout, QWidget)

from app.safety import access
from app.talks import coverage, follow_ups, listing, records, rounds
from app.talks.models import TALK_TYPES

from ui.talks.dialogs import RoundsDialog, SnippetsDialog, TalkDialog, table_view
from ui.talks.models import (
    CoverageModel, FollowUpModel, GapModel, PeopleModel, RoundSummaryModel, TalkListModel, rate_text)

ALL_ROUNDS = -1


class TalksTab(QWidget):
    TITLE = "谈心谈话"
    status_changed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self._printouts = tempfile.TemporaryDirectory(prefix="jz-talks-")  # removed when the tab goes
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
        print_button = QToolButton()
        print_button.setText(self.tr("打印"))
        print_button.setPopupMode(QToolButton.InstantPopup)
        print_menu = QMenu(print_button)
        print_menu.addAction(self.tr("覆盖情况表（本轮各单位）…"), self.print_coverage)
        print_menu.addAction(self.tr("未谈名单（所选单位）…"), self.print_untalked)
        print_menu.addSeparator()
        print_menu.addAction(self.tr("谈话记录表（选中的记录）…"), lambda: self.print_forms(selected_only=True))
        print_menu.addAction(self.tr("谈话记录表（本轮所选单位全部）…"), lambda: self.print_forms(selected_only=False))
        print_button.setMenu(print_menu)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("轮次")))
        top.addWidget(self.round_combo)
        top.addWidget(QLabel(self.tr("单位")))
        top.addWidget(self.unit_combo)
        top.addStretch(1)
        for button in (new_button, rounds_button, snippets_button, print_button):
            top.addWidget(button)

        # -- left: coverage
        self.coverage_model = CoverageModel(self)
        self.coverage_view = table_view(self.coverage_model, stretch_last=False)
        self.coverage_view.clicked.connect(self._on_coverage_clicked)
        self.coverage_view.doubleClicked.connect(lambda index: self._on_coverage_clicked(index, force=True))
        self.expected_note = QLabel()
        self.expected_note.setWordWrap(True)
        self.expected_note.setStyleSheet("color: #8a5a00;")
        self.refresh_expected_button = QPushButton(self.tr("按台账刷新应谈名单"))
        self.refresh_expected_button.clicked.connect(self.refresh_expected)
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

        # -- right: records, 未谈名单, cascade, follow-ups
        self.pages = QTabWidget()
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
        records_page = QWidget()
        records_layout = QVBoxLayout(records_page)
        filter_line = QHBoxLayout()
        filter_line.addWidget(self.search_edit, 1)
        filter_line.addWidget(self.type_combo)
        filter_line.addWidget(self.content_toggle)
        records_layout.addLayout(filter_line)
        records_layout.addWidget(self.records_view, 1)
        record_buttons = QHBoxLayout()
        record_buttons.addWidget(self.records_count, 1)
        for button in (self.undo_button, to_ledger_button, edit_button, delete_button):
            record_buttons.addWidget(button)
        records_layout.addLayout(record_buttons)

        self.untalked_model = PeopleModel(self)
        self.untalked_view = table_view(self.untalked_model)
        self.untalked_view.doubleClicked.connect(lambda _i: self.talk_with_selected())
        self.untalked_label = QLabel()
        talk_button = QPushButton(self.tr("为所选人员登记谈话…"))
        talk_button.clicked.connect(self.talk_with_selected)
        print_untalked = QPushButton(self.tr("打印未谈名单…"))
        print_untalked.clicked.connect(self.print_untalked)
        remove_expected = QPushButton(self.tr("移出本轮应谈名单…"))
        remove_expected.setToolTip(self.tr("如调离、长期病休等不再需要本轮谈话的人员"))
        remove_expected.clicked.connect(self.remove_from_expected)
        untalked_page = QWidget()
        untalked_layout = QVBoxLayout(untalked_page)
        untalked_layout.addWidget(self.untalked_label)
        untalked_layout.addWidget(self.untalked_view, 1)
        untalked_buttons = QHBoxLayout()
        untalked_buttons.addStretch(1)
        for button in (remove_expected, print_untalked, talk_button):
            untalked_buttons.addWidget(button)
        untalked_layout.addLayout(untalked_buttons)

        self.gap_model = GapModel(self)
        self.gap_view = table_view(self.gap_model)
        self.gap_view.doubleClicked.connect(lambda _i: self.talk_with_gap())
        self.gap_kind = QComboBox()
        self.gap_kind.addItem(self.tr("全部缺口"), "")
        for kind in coverage.GAP_KINDS:
            self.gap_kind.addItem(kind, kind)
        self.gap_kind.currentIndexChanged.connect(lambda _i: self._load_gaps())
        self.gap_label = QLabel()
        self.gap_label.setWordWrap(True)
        gap_button = QPushButton(self.tr("为所选人员登记谈话…"))
        gap_button.clicked.connect(self.talk_with_gap)
        gaps_page = QWidget()
        gaps_layout = QVBoxLayout(gaps_page)
        gap_line = QHBoxLayout()
        gap_line.addWidget(self.gap_label, 1)
        gap_line.addWidget(self.gap_kind)
        gaps_layout.addLayout(gap_line)
        gaps_layout.addWidget(self.gap_view, 1)
        gap_buttons = QHBoxLayout()
        gap_buttons.addStretch(1)
        gap_buttons.addWidget(gap_button)
        gaps_layout.addLayout(gap_buttons)

        self.follow_model = FollowUpModel(self)
        self.follow_view = table_view(self.follow_model)
        self.open_only = QCheckBox(self.tr("只看未完成"))
        self.open_only.setChecked(True)
        self.open_only.toggled.connect(lambda _c: self._load_follow_ups())
        self.follow_label = QLabel()
        done_button = QPushButton(self.tr("标记为已完成"))
        done_button.clicked.connect(self.mark_done)
        reopen_button = QPushButton(self.tr("改为未完成"))
        reopen_button.clicked.connect(self.reopen)
        follow_page = QWidget()
        follow_layout = QVBoxLayout(follow_page)
        follow_line = QHBoxLayout()
        follow_line.addWidget(self.follow_label, 1)
        follow_line.addWidget(self.open_only)
        follow_layout.addLayout(follow_line)
        follow_layout.addWidget(self.follow_view, 1)
        follow_buttons = QHBoxLayout()
        follow_buttons.addStretch(1)
        follow_buttons.addWidget(reopen_button)
        follow_buttons.addWidget(done_button)
        follow_layout.addLayout(follow_buttons)

        self.records_page = self.pages.addTab(records_page, self.tr("谈话记录"))
        self.untalked_page = self.pages.addTab(untalked_page, self.tr("未谈名单"))
        self.gaps_page = self.pages.addTab(gaps_page, self.tr("层级检查"))
        self.follow_page = self.pages.addTab(follow_page, self.tr("后续事项"))

        splitter = QSplitter(Qt.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.pages)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([430, 850])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)

    # ------------------------------------------------------------ state
    def round_id(self) -> int | None:
        """The chosen round, or None for the whole campaign (全部轮次)."""
        value = self.round_combo.currentData()
        return None if value in (None, ALL_ROUNDS) else value

    def unit_id(self) -> int | None:
        return self.unit_combo.currentData()

    def on_changed(self, topic: str) -> None:
        if topic in ("talks", "roster", "database"):
            self._refresh_timer.start()  # several changes in a row refresh once

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
        if row is not None:
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
        if row is None:
            return
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
        return [self.records_model.row_at(r).id for r in rows if self.records_model.row_at(r) is not None]

    def open_new_talk(self, *, unit_id: int | None = None, person_id: int | None = None) -> TalkDialog:
        round_id = self.round_id()
        dialog = TalkDialog(self, round_id=round_id, unit_id=unit_id if unit_id is not None else self.unit_id(),
                            person_id=person_id)
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
        from app.feedback import from_talks as talk_feedback
        from app.errors import AppError

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

    # ------------------------------------------------------------ 未谈名单
    def _load_untalked(self) -> None:
        people = coverage.untalked(self.round_id(), self.unit_id())
        self.untalked_model.set_rows(people)
        self.untalked_view.resizeColumnsToContents()
        where = self.unit_combo.currentText() if self.unit_id() is not None else self.tr("各单位")
        self.untalked_label.setText(self.tr("{where}{round}未谈 {n} 人").format(
            where=where, round=self._round_name(), n=len(people)))
        total_waiting = self.coverage_model.rows[-1].untalked if self.coverage_model.rows else 0
        self.pages.setTabText(self.untalked_page, self.tr("未谈名单（{n}）").format(n=total_waiting))

    def _round_name(self) -> str:
        round_id = self.round_id()
        if round_id is None:
            return self.tr("整个教育整顿期间")
        return next((r.name for r in rounds.rounds() if r.id == round_id), "")

    def talk_with_selected(self) -> None:
        index = self.untalked_view.currentIndex()
        person = self.untalked_model.row_at(index.row()) if index.isValid() else None
        if person is None:
            self.open_new_talk()
        else:
            self.open_new_talk(person_id=person.id)

    def remove_from_expected(self) -> None:
        round_id = self.round_id()
        rows = sorted({i.row() for i in self.untalked_view.selectionModel().selectedRows()})
        people = [self.untalked_model.row_at(r) for r in rows]
        if round_id is None or not people:
            return
        names = "、".join(p.name for p in people[:5]) + ("等" if len(people) > 5 else "")
        answer = QMessageBox.question(self, self.tr("移出应谈名单"),
                                      self.tr("将{names}（{n}人）移出{round}应谈名单？").format(
                                          names=names, n=len(people), round=self._round_name()))
        if answer == QMessageBox.Yes:
            rounds.remove_expected(round_id, [p.id for p in people])
            self.refresh()

    def refresh_expected(self) -> None:
        round_id = self.round_id()
        if round_id is None:
            return
        added, removed = rounds.refresh_expected(round_id)
        QMessageBox.information(self, self.tr("刷新应谈名单"),
                                self.tr("已按台账刷新：加入 {a} 人，移出 {b} 人。").format(a=added, b=removed))
        self.refresh()

    # ------------------------------------------------------------ cascade
    def _load_gaps(self) -> None:
        gaps = coverage.cascade_gaps(self.round_id())
        kind, unit_id = self.gap_kind.currentData(), self.unit_id()
        if unit_id is not None:
            gaps = [g for g in gaps if g.unit_id == unit_id]
        shown = [g for g in gaps if not kind or g.kind == kind]
        self.gap_model.set_rows(shown)
        self.gap_view.resizeColumnsToContents()
        counts = {k: sum(1 for g in gaps if g.kind == k) for k in coverage.GAP_KINDS}
        self.gap_label.setText(self.tr("一级谈一级：一把手→班子成员→分管部门负责人→每名干警。"
                                       "班子成员缺口 {a} 处，部门负责人缺口 {b} 处，无人谈话 {c} 人。").format(
            a=counts[coverage.GAP_MEMBER], b=counts[coverage.GAP_HEAD], c=counts[coverage.GAP_NOBODY]))
        self.pages.setTabText(self.gaps_page, self.tr("层级检查（{n}）").format(
            n=counts[coverage.GAP_MEMBER] + counts[coverage.GAP_HEAD]))

    def talk_with_gap(self) -> None:
        index = self.gap_view.currentIndex()
        gap = self.gap_model.row_at(index.row()) if index.isValid() else None
        if gap is not None:
            self.open_new_talk(person_id=gap.officer_id)

    # ------------------------------------------------------------ follow-ups
    def _load_follow_ups(self) -> None:
        rows = follow_ups.follow_up_rows(open_only=self.open_only.isChecked())
        self.follow_model.set_rows(rows)
        self.follow_view.resizeColumnsToContents()
        open_rows = rows if self.open_only.isChecked() else [r for r in rows if r.done_date is None]
        overdue = sum(1 for r in open_rows if r.overdue)
        self.follow_label.setText(self.tr("未完成 {n} 项，其中逾期 {m} 项（红色）").format(n=len(open_rows), m=overdue))
        self.pages.setTabText(self.follow_page, self.tr("后续事项（{n}）").format(n=len(open_rows)))
        self._open_follow_ups, self._overdue = len(open_rows), overdue

    def _selected_follow_ups(self) -> list[int]:
        rows = sorted({i.row() for i in self.follow_view.selectionModel().selectedRows()})
        return [self.follow_model.row_at(r).id for r in rows]

    def mark_done(self) -> None:
        ids = self._selected_follow_ups()
        if ids:
            follow_ups.mark_follow_ups_done(ids)
            self.refresh()

    def reopen(self) -> None:
        ids = self._selected_follow_ups()
        if ids:
            follow_ups.reopen_follow_ups(ids)
            self.refresh()

    # ------------------------------------------------------------ rounds
    def edit_rounds(self) -> None:
        RoundsDialog(self).exec()
        self.refresh()

    # ------------------------------------------------------------ printing
    def _printout_path(self, name: str) -> Path:
        stamp = dt.datetime.now().strftime("%H%M%S")
        return Path(self._printouts.name) / f"{name}-{stamp}.pdf"

    def _run_print(self, title: str, build) -> None:
        from ui.common.pdf_preview import preview
        from ui.common.worker import run_job

        run_job(self, title, build, on_done=lambda path: preview(self, path))

    def print_coverage(self) -> None:
        from app.talks.documents import coverage as talk_coverage

        round_id = self.round_id()
        info = None if round_id is None else rounds.round_info(round_id)
        name = info.name if info else self.tr("全部轮次")
        label = info.label if info else self.tr("第一轮至最后一轮合计")
        out = self._printout_path(f"{name}谈心谈话覆盖情况表")

        counting = self.tr("正在统计…")  # read here: tr() belongs on the GUI thread

        def build(progress):
            progress.report(0.1, counting)
            return talk_coverage.build_coverage(out, round_name=name, round_label=label,
                                                rows=coverage.coverage(round_id), untalked=coverage.untalked(round_id),
                                                gaps=coverage.cascade_gaps(round_id), day=dt.date.today())
        self._run_print(self.tr("打印覆盖情况表"), build)

    def print_untalked(self) -> None:
        from app.talks.documents import coverage as talk_coverage

        round_id, unit_id = self.round_id(), self.unit_id()
        info = None if round_id is None else rounds.round_info(round_id)
        name = info.name if info else self.tr("全部轮次")
        label = info.label if info else self.tr("整个教育整顿期间")
        unit_name = self.unit_combo.currentText() if unit_id is not None else ""
        out = self._printout_path(f"{unit_name}{name}未谈名单")

        def build(progress):
            return talk_coverage.build_untalked(out, round_name=name, round_label=label, unit_name=unit_name,
                                                people=coverage.untalked(round_id, unit_id), day=dt.date.today())
        self._run_print(self.tr("打印未谈名单"), build)

    def ask_include_content(self, count: int) -> bool | None:
        """True: print with content; False: without; None: cancelled."""
        box = QMessageBox(QMessageBox.Question, self.tr("打印谈话记录表"),
                          self.tr("将打印 {n} 份谈话记录表。\n\n主要内容、反映的问题、意见建议属于保密信息。"
                                  "是否打印谈话内容？打印件请按保密要求保管。").format(n=count), parent=self)
        with_content = box.addButton(self.tr("打印谈话内容"), QMessageBox.AcceptRole)
        without = box.addButton(self.tr("不打印内容"), QMessageBox.ActionRole)
        box.addButton(QMessageBox.Cancel)
        box.setDefaultButton(without)
        box.exec()
        clicked = box.clickedButton()
        if clicked is with_content:
            if not access.can(access.TALK_CONTENT):
                QMessageBox.warning(self, self.tr("打印谈话记录表"), self.tr("当前账户无权打印谈话内容。"))
                return None
            return True
        if clicked is without:
            return False
        return None

    def print_forms(self, *, selected_only: bool) -> None:
        from app.talks.documents import talk_form

        if selected_only:
            ids = self.selected_talk_ids()
            if not ids:
                QMessageBox.information(self, self.tr("打印谈话记录表"), self.tr("请先在“谈话记录”中选中要打印的记录。"))
                return
        else:
            round_id = self.round_id()
            if round_id is None:
                QMessageBox.information(self, self.tr("打印谈话记录表"), self.tr("请先选择一个轮次。"))
                return
            ids = listing.talk_ids_for(round_id, self.unit_id())
            if not ids:
                QMessageBox.information(self, self.tr("打印谈话记录表"), self.tr("本轮所选单位还没有谈话记录。"))
                return
        include = self.ask_include_content(len(ids))
        if include is None:
            return
        out = self._printout_path("谈心谈话记录表")

        def build(progress):
            records = listing.form_records(ids, include_content=include)
            return talk_form.build_forms(out, records, progress=progress)
        self._run_print(self.tr("打印谈话记录表"), build)

    # ------------------------------------------------------------ main window
    def status_text(self) -> str:
        if not self.coverage_model.rows:
            return ""
        total = self.coverage_model.rows[-1]
        text = self.tr("{round}：应谈 {e} 人，已谈 {t} 人，覆盖率 {r}，{p} 人次").format(
            round=self._round_name(), e=total.expected, t=total.talked, r=rate_text(total.rate), p=total.person_times)
        if getattr(self, "_open_follow_ups", 0):
            text += self.tr("；后续事项未完成 {n} 项（逾期 {m} 项）").format(n=self._open_follow_ups, m=self._overdue)
        return text
