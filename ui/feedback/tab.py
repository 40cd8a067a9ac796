"""征求意见 tab: collection events on top, the 整改清单 below with filters, deadline marks and the workflow."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QDialog, QGroupBox,
                               QHBoxLayout, QHeaderView, QLabel, QLineEdit, QMessageBox, QPushButton, QSplitter,
                               QStyle, QTableView, QVBoxLayout)

from app.errors import AppError
from app.events import Topic
from app.feedback.categories import categories
from app.feedback.collection import delete_event, event_rows
from app.feedback.figures import summary
from app.feedback.ledger import UNCLASSIFIED, SuggestionRow, suggestion_rows
from app.feedback.models import STATUSES
from app.feedback.outputs import export_ledger, print_ledger, print_overdue
from app.feedback.workflow import assign_many
from app.roster.units import units
from app.safety import access
from ui.common.editing import edit_only
from ui.common.output import print_path
from ui.common.tab import FeatureTab
from ui.common.worker import show_error
from ui.feedback.batch_dialog import BatchEntryDialog
from ui.feedback.event_dialog import EventDialog
from ui.feedback.models import (
    DUE_ANY, DUE_OVERDUE_TEXT, DUE_SOON_TEXT, MERGED_ONLY, NOT_CLOSED, EventTableModel, SuggestionFilter,
    SuggestionTableModel, event_description)
from ui.feedback.reply_letter import open_reply_letter
from ui.feedback.settings_dialog import SettingsDialog
from ui.feedback.step_dialogs import MergeDialog, TransitionDialog, describe
from ui.feedback.suggestion_dialog import SuggestionDialog


class FeedbackTab(FeatureTab):
    """show_rows(unit=None, status=None, due=None): every event's suggestions, unit by name ("" = all), status
    "open" (not closed) or a status name, due "overdue". Anything else is not applied and makes it answer False."""

    TITLE = "征求意见"

    def __init__(self, parent=None):
        super().__init__(parent)
        self.summary: dict = {}
        self.events = EventTableModel(self)
        self.model = SuggestionTableModel(self)
        self.proxy = SuggestionFilter(self)
        self.proxy.setSourceModel(self.model)

        toolbar = QHBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        for key, text, slot, tip in (
                ("new", self.tr("登记意见…"), self.new_suggestion, self.tr("登记一条意见建议")),
                ("batch", self.tr("批量登记…"), self.batch_entry, self.tr("把一次座谈会等收集到的意见建议一次登记进来")),
                ("open", self.tr("打开"), self.open_selected, self.tr("查看、修改所选意见建议，办理交办、整改、销号")),
                ("assign", self.tr("交办…"), self.assign_selected, self.tr("把所选“待交办”的意见建议交给一个责任单位")),
                ("merge", self.tr("合并重复…"), self.merge_selected, self.tr("把反映同一问题的几条合并为一条，保留所有提出人")),
                ("reply", self.tr("回复函…"), self.reply_letter_selected, self.tr("为所选意见建议生成回复函 PDF")),
                ("ledger", self.tr("打印整改清单…"), self.print_ledger, self.tr("按当前的单位和状态筛选，生成横向整改清单 PDF")),
                ("overdue", self.tr("打印逾期清单…"), self.print_overdue, self.tr("按责任单位列出已逾期未销号的意见建议")),
                ("excel", self.tr("导出Excel…"), self.export_excel, self.tr("把整改清单导出为 Excel 文件")),
                ("settings", self.tr("设置…"), self.open_settings, self.tr("编号前缀和意见建议类别"))):
            button = QPushButton(text)
            button.setToolTip(tip)
            button.clicked.connect(slot)
            self.buttons[key] = button
            toolbar.addWidget(button)
        toolbar.addStretch(1)
        edit_only(*(self.buttons[key] for key in ("new", "batch", "assign", "merge", "settings")))

        # ---- events
        self.event_view = QTableView()
        self.event_view.setModel(self.events)
        self._table_defaults(self.event_view, single=True)
        header = self.event_view.horizontalHeader()
        header.setSectionResizeMode(2, QHeaderView.Stretch)
        for column, width in ((0, 92), (1, 150), (3, 60), (4, 50)):
            self.event_view.setColumnWidth(column, width)
        self.event_view.selectionModel().selectionChanged.connect(self._event_selected)
        self.event_view.doubleClicked.connect(lambda _i: self.edit_event())
        self.event_detail = QLabel()
        self.event_detail.setWordWrap(True)
        self.event_detail.setAlignment(Qt.AlignTop | Qt.AlignLeft)
        self.event_detail.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.event_detail.setMinimumWidth(300)
        event_buttons = QHBoxLayout()
        for text, slot in ((self.tr("新增活动…"), self.new_event), (self.tr("编辑活动…"), self.edit_event),
                           (self.tr("删除活动"), self.delete_event), (self.tr("显示全部意见建议"), self.show_all_events)):
            button = QPushButton(text)
            button.clicked.connect(slot)
            event_buttons.addWidget(button)
            self.buttons[text] = button
            if slot != self.show_all_events:
                edit_only(button)
        event_buttons.addStretch(1)
        self.event_totals = QLabel()
        event_buttons.addWidget(self.event_totals)
        event_box = QGroupBox(self.tr("收集活动（座谈会、走访、征求意见函、热线信箱、民主生活会、卷宗评查、督导反馈）"))
        event_layout = QVBoxLayout(event_box)
        event_layout.addLayout(event_buttons)
        event_row = QHBoxLayout()
        event_row.addWidget(self.event_view, 3)
        event_row.addWidget(self.event_detail, 1)
        event_layout.addLayout(event_row)

        # ---- ledger filters
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("搜索编号、内容、提出人、责任人、措施…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda text: self._filter(text=text))
        self.unit_filter = QComboBox()
        self.unit_filter.currentIndexChanged.connect(lambda _i: self._filter(unit=self.unit_filter.currentData() or ""))
        self.status_filter = QComboBox()
        self.status_filter.addItem(self.tr("全部状态"), "")
        self.status_filter.addItem(NOT_CLOSED, NOT_CLOSED)
        for status in STATUSES:
            self.status_filter.addItem(status, status)
        self.status_filter.addItem(MERGED_ONLY, MERGED_ONLY)
        self.status_filter.currentIndexChanged.connect(
            lambda _i: self._filter(status=self.status_filter.currentData() or ""))
        self.category_filter = QComboBox()
        self.category_filter.currentIndexChanged.connect(
            lambda _i: self._filter(category=self.category_filter.currentData() or ""))
        self.due_filter = QComboBox()
        self.due_filter.addItem(self.tr("全部时限"), "")
        for value in (DUE_OVERDUE_TEXT, DUE_SOON_TEXT, DUE_ANY):
            self.due_filter.addItem(value, value)
        self.due_filter.currentIndexChanged.connect(lambda _i: self._filter(due=self.due_filter.currentData() or ""))
        self.hide_merged = QCheckBox(self.tr("隐藏已合并"))
        self.hide_merged.toggled.connect(lambda on: self._filter(hide_merged=on))
        filters = QHBoxLayout()
        filters.addWidget(self.search, 2)
        for label, widget in ((self.tr("责任单位"), self.unit_filter), (self.tr("状态"), self.status_filter),
                              (self.tr("类别"), self.category_filter), (self.tr("时限"), self.due_filter)):
            filters.addWidget(QLabel(label))
            filters.addWidget(widget, 1)
        filters.addWidget(self.hide_merged)

        self.view = QTableView()
        self.view.setModel(self.proxy)
        self._table_defaults(self.view, single=False)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(SuggestionTableModel.CODE, Qt.AscendingOrder)
        header = self.view.horizontalHeader()
        widths = {SuggestionTableModel.CODE: 100, SuggestionTableModel.STATUS: 110,
                  SuggestionTableModel.DEADLINE: 186, SuggestionTableModel.CATEGORY: 112,
                  SuggestionTableModel.UNIT: 76, SuggestionTableModel.SUBMITTER: 130,
                  SuggestionTableModel.SOURCE: 120, SuggestionTableModel.COLLECTED: 88}
        for column, width in widths.items():
            self.view.setColumnWidth(column, width)
        header.setSectionResizeMode(SuggestionTableModel.CONTENT, QHeaderView.Stretch)
        header.setMinimumSectionSize(60)
        self.view.doubleClicked.connect(lambda _i: self.open_selected())
        self.view.selectionModel().selectionChanged.connect(lambda *_a: self._update_buttons())
        style = self.style()
        legend = QHBoxLayout()
        for icon, text in ((QStyle.SP_MessageBoxWarning, self.tr("已逾期（红底）")),
                           (QStyle.SP_MessageBoxInformation, self.tr("7日内到期（黄底）"))):
            mark = QLabel()
            mark.setPixmap(style.standardIcon(icon).pixmap(16, 16))
            legend.addWidget(mark)
            legend.addWidget(QLabel(text))
        legend.addWidget(QLabel(self.tr("　灰色斜体：已合并到其他条目的重复意见（提出人计入保留的条目）")))
        legend.addStretch(1)
        self.count_label = QLabel()
        legend.addWidget(self.count_label)
        self.ledger_box = ledger_box = QGroupBox(self.tr("意见建议整改清单"))
        ledger_layout = QVBoxLayout(ledger_box)
        ledger_layout.addLayout(filters)
        ledger_layout.addWidget(self.view, 1)
        ledger_layout.addLayout(legend)

        self._event_selected()
        splitter = QSplitter(Qt.Vertical)
        splitter.addWidget(event_box)
        splitter.addWidget(ledger_box)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([230, 570])
        layout = QVBoxLayout(self)
        layout.addLayout(toolbar)
        layout.addWidget(splitter, 1)
        self.refresh()

    @staticmethod
    def _table_defaults(view: QTableView, *, single: bool) -> None:
        view.setSelectionBehavior(QAbstractItemView.SelectRows)
        view.setSelectionMode(QAbstractItemView.SingleSelection if single else QAbstractItemView.ExtendedSelection)
        view.setEditTriggers(QAbstractItemView.NoEditTriggers)
        view.setAlternatingRowColors(True)
        view.setWordWrap(False)
        view.verticalHeader().setVisible(False)
        view.verticalHeader().setDefaultSectionSize(26)

    # ------------------------------------------------------------ data
    def refresh(self) -> None:
        selected = set(self.selected_ids())
        event_id = self.proxy.event_id
        self.events.set_rows(event_rows())
        self.model.set_rows(suggestion_rows())
        self._refill_filter(self.unit_filter, self.tr("全部单位"),
                            [(u.short_name or u.name, u.name) for u in units()])
        self._refill_filter(self.category_filter, self.tr("全部类别"),
                            [(c, c) for c in categories()] + [(UNCLASSIFIED, UNCLASSIFIED)])
        if event_id is not None:
            rows = [i for i, e in enumerate(self.events.rows) if e.id == event_id]
            if rows:
                self.event_view.selectRow(rows[0])
            else:
                self._filter(event_id=None)
        self._select_ids(selected)
        self.summary = summary()
        total_people = sum(e.participant_total for e in self.events.rows)
        files = sum(e.reviewed_files for e in self.events.rows)
        self.event_totals.setText(self.tr("共") + f" {len(self.events.rows)} " + self.tr("次活动，") +
                                  f"{total_people} " + self.tr("人次参加") +
                                  (self.tr("，查阅卷宗 ") + f"{files} " + self.tr("份") if files else ""))
        self._update_counts()
        self._update_buttons()
        self.status_changed.emit()

    def _refill_filter(self, combo: QComboBox, all_text: str, items: list[tuple[str, str]]) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(all_text, "")
        for text, value in items:
            combo.addItem(text, value)
        index = combo.findData(current)
        combo.setCurrentIndex(max(0, index))
        combo.blockSignals(False)

    def on_changed(self, topic: Topic) -> None:
        if topic.touches(Topic.FEEDBACK, Topic.ROSTER):
            self.refresh()

    def show_rows(self, unit: str | None = None, status: str | None = None, due: str | None = None,
                  **unknown) -> bool:
        """Every event's suggestions, filtered by unit name ("" = all), status ("open" = not closed, or a
        status name) and due ("overdue"). False when a criterion could not be applied."""
        self.show_all_events()
        applied = _choose(self.unit_filter, unit or "", by_text=True)
        applied = _choose(self.status_filter, NOT_CLOSED if status == "open" else status or "") and applied
        if due in (None, "", "overdue"):
            applied = _choose(self.due_filter, DUE_OVERDUE_TEXT if due == "overdue" else "") and applied
        else:
            applied = False
        return applied and not unknown

    def _filter(self, **criteria) -> None:
        self.proxy.set_criteria(**criteria)
        self._update_counts()
        self._update_buttons()

    def _update_counts(self) -> None:
        self.count_label.setText(self.tr("显示") + f" {self.proxy.rowCount()} / {self.model.rowCount()} " + self.tr("条"))

    def status_text(self) -> str:
        s = self.summary
        if not s or not s.get("total"):
            return self.tr("还没有登记意见建议。")
        open_count = sum(s["per_status"][k] for k in ("待交办", "已交办", "整改中", "已整改待验收"))
        merged = self.tr("（另有已合并{merged}条）").format(merged=s["merged"]) if s["merged"] else ""
        return self.tr("意见建议{total}条{merged}：已销号{closed}条（{share}），办理中{open}条，"
                       "不予采纳{rejected}条；已逾期{overdue}条，7日内到期{due_soon}条").format(
            total=s["total"], merged=merged, closed=s["closed"], share=f"{s['closed_share']:.1%}", open=open_count,
            rejected=s["per_status"]["不予采纳"], overdue=s["overdue"], due_soon=s["due_soon"])

    # ------------------------------------------------------------ selection
    def selected_ids(self) -> list[int]:
        model = self.view.selectionModel()
        if model is None:
            return []
        return [self.proxy.row_at(index.row()).id for index in sorted(model.selectedRows(), key=lambda i: i.row())]

    def selected_rows(self) -> list[SuggestionRow]:
        by_id = {r.id: r for r in self.model.rows}
        return [by_id[i] for i in self.selected_ids() if i in by_id]

    def _select_ids(self, ids) -> None:
        if not ids:
            return
        selection = self.view.selectionModel()
        selection.clearSelection()
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if self.proxy.row_at(row).id in ids:
                selection.select(index, QItemSelectionModel.Select | QItemSelectionModel.Rows)

    def select_ids(self, ids) -> None:
        self._select_ids(set(ids))

    def _update_buttons(self) -> None:
        editable = access.can(access.EDIT)
        rows = self.selected_rows()
        active = [r for r in rows if not r.merged]
        self.buttons["open"].setEnabled(len(rows) == 1)
        self.buttons["assign"].setEnabled(editable and bool(active) and all(r.status == "待交办" for r in active)
                                          and len(active) == len(rows))
        self.buttons["merge"].setEnabled(editable and len(active) >= 2 and len(active) == len(rows))
        self.buttons["reply"].setEnabled(len(rows) == 1)
        for key in ("new", "batch", "settings"):
            self.buttons[key].setEnabled(editable)

    def _event_selected(self, *_args) -> None:
        rows = self.event_view.selectionModel().selectedRows()
        if rows:
            event = self.events.row_at(rows[0].row())
            self.event_detail.setText(event_description(event))
            self.ledger_box.setTitle(self.tr("意见建议整改清单 — 仅显示：") + f"{event.held_on:%Y-%m-%d} {event.title}")
            self._filter(event_id=event.id)
        else:
            self.event_detail.setText(self.tr("选择一次活动，下方只显示该活动收集的意见建议；"
                                              "点“显示全部意见建议”回到整个清单。"))
            self.ledger_box.setTitle(self.tr("意见建议整改清单（全部）"))
            self._filter(event_id=None)

    def selected_event_id(self) -> int | None:
        rows = self.event_view.selectionModel().selectedRows()
        return self.events.row_at(rows[0].row()).id if rows else None

    def show_all_events(self) -> None:
        self.event_view.clearSelection()

    # ------------------------------------------------------------ events
    def new_event(self) -> None:
        dialog = EventDialog(self)
        if dialog.exec() == QDialog.Accepted:
            self.refresh()
            rows = [i for i, e in enumerate(self.events.rows) if e.id == dialog.saved_id]
            if rows:
                self.event_view.selectRow(rows[0])

    def edit_event(self) -> None:
        event_id = self.selected_event_id()
        if event_id is None:
            QMessageBox.information(self, self.tr("编辑活动"), self.tr("请先在上方选择一次收集活动。"))
            return
        if EventDialog(self, event_id).exec() == QDialog.Accepted:
            self.refresh()

    def delete_event(self) -> None:
        event_id = self.selected_event_id()
        if event_id is None:
            QMessageBox.information(self, self.tr("删除活动"), self.tr("请先在上方选择一次收集活动。"))
            return
        if QMessageBox.question(self, self.tr("删除活动"), self.tr("删除所选收集活动？")) != QMessageBox.Yes:
            return
        try:
            delete_event(event_id)
        except AppError as exc:
            show_error(self, self.tr("删除活动"), exc)
            return
        self.refresh()

    # ------------------------------------------------------------ suggestions
    def new_suggestion(self) -> None:
        dialog = SuggestionDialog(self, event_id=self.selected_event_id())
        dialog.exec()
        if dialog.changed:
            self.refresh()
            self.select_ids([dialog.suggestion_id])

    def batch_entry(self) -> None:
        dialog = BatchEntryDialog(self, self.selected_event_id())
        if dialog.exec() == QDialog.Accepted:
            self.refresh()
            self.select_ids(dialog.created)

    def open_selected(self) -> None:
        ids = self.selected_ids()
        if len(ids) != 1:
            return
        dialog = SuggestionDialog(self, ids[0])
        dialog.exec()
        if dialog.changed:
            self.refresh()

    def assign_selected(self) -> None:
        rows = self.selected_rows()
        if not rows:
            return
        ids = [r.id for r in rows]
        first = rows[0]
        defaults = {"unit": first.unit_full, "deadline": dt.date.today() + dt.timedelta(days=30)}

        def submit(changes: dict, note: str):
            return assign_many(ids, unit=changes["unit"], deadline=changes["deadline"],
                                        leader=changes["leader"], person=changes["person"], note=note)

        dialog = TransitionDialog(self, "交办", defaults, submit, count=len(ids), context=describe(rows))
        if dialog.exec() == QDialog.Accepted:
            self.refresh()

    def merge_selected(self) -> None:
        rows = self.selected_rows()
        if len(rows) < 2:
            return
        if MergeDialog(self, rows).exec() == QDialog.Accepted:
            self.refresh()

    def reply_letter_selected(self) -> None:
        ids = self.selected_ids()
        if len(ids) == 1:
            open_reply_letter(self, ids[0])

    def open_settings(self) -> None:
        SettingsDialog(self).exec()
        self.refresh()

    # ------------------------------------------------------------ outputs
    def _pdf_job(self, title: str, stem: str, build) -> None:
        from ui.common.pdf_preview import preview
        from ui.common.worker import run_job

        out = print_path(stem)
        message = self.tr("正在生成") + f" {stem}.pdf…"  # Qt calls stay on the GUI thread

        def job(progress):
            progress.report(0.1, message)
            build(out)
            return out

        run_job(self, title, job, on_done=lambda path: preview(self, path))

    def print_ledger(self) -> None:
        unit = self.unit_filter.currentData() or None
        status = self.status_filter.currentData() if self.status_filter.currentData() in STATUSES else None
        parts = ["整改清单"] + [x for x in (self.unit_filter.currentText() if unit else "", status or "") if x]
        self._pdf_job(self.tr("打印整改清单"), "-".join(parts),
                      lambda out: print_ledger(out, unit=unit, status=status))

    def print_overdue(self) -> None:
        unit = self.unit_filter.currentData() or None
        self._pdf_job(self.tr("打印逾期清单"), "逾期清单", lambda out: print_overdue(out, unit=unit))

    def export_actions(self) -> list[QAction]:
        action = QAction(self.tr("整改清单（Excel）…"), self)
        action.triggered.connect(self.export_excel)
        return [action]

    def export_excel(self) -> None:
        from ui.common.excel_export import export_workbook

        export_workbook(self, self.tr("导出整改清单"), self.tr("整改清单-{day}.xlsx"),
                        lambda target, progress: export_ledger(target, progress=progress),
                        lambda count, target: self.tr("已导出") + f" {count} " + self.tr("条意见建议到") + f"\n{target}")


def _choose(combo: QComboBox, value, *, by_text: bool = False) -> bool:
    """Select the entry whose data is `value` (or, by_text, whose text is); False when there is none."""
    index = combo.findData(value)
    if index < 0 and by_text and value:
        index = combo.findText(value)
    if index < 0:
        return False
    combo.setCurrentIndex(index)
    return True
