"""The 任务督导 tab's pages: 任务清单 (filters, 新增/修改/销号/重新打开/删除) and 督导检查 (visits above, the selected
visit's 提醒 below). The 工作日报 page is in reports_page.py."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QCheckBox, QHBoxLayout, QLabel, QMessageBox, QPushButton, QSplitter, QVBoxLayout,
                               QWidget)

from app.tasks.models import STAGES, TASK_STATUSES
from app.tasks.supervision import delete_reminder, delete_visit, reminder_rows, reopen_reminder, visit_rows
from app.tasks.task_list import delete_task, task_rows
from ui.common.editing import edit_only
from ui.common.widgets import choice_combo
from ui.common.widgets import attempt, table_view
from ui.tasks.dialogs import (CloseReminderDialog, CloseTaskDialog, ReminderDialog, ReopenTaskDialog, TaskDialog,
                              VisitDialog)
from ui.tasks.models import ReminderTableModel, TaskFilter, TaskTableModel, VisitTableModel
from ui.common.table import SortProxy


class Page(QWidget):
    """A toolbar of buttons (those that change records kept to accounts that may edit) over the page."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.toolbar = QHBoxLayout()
        self.buttons: dict[str, QPushButton] = {}

    def add_button(self, key: str, text: str, slot, tip: str, *, edits: bool = True) -> QPushButton:
        button = QPushButton(text)
        button.setToolTip(tip)
        button.clicked.connect(slot)
        if edits:
            edit_only(button)
        self.buttons[key] = button
        self.toolbar.addWidget(button)
        return button

    def confirm(self, title: str, question: str) -> bool:
        return QMessageBox.question(self, title, question) == QMessageBox.Yes


def _selected(view, proxy):
    rows = view.selectionModel().selectedRows()
    return proxy.row_at(rows[0].row()) if rows else None


class TaskPage(Page):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.model = TaskTableModel(self)
        self.proxy = TaskFilter(self)
        self.proxy.setSourceModel(self.model)
        self.add_button("new", self.tr("新增任务…"), self.new_task, self.tr("在任务清单中增加一项具体任务"))
        self.add_button("edit", self.tr("修改…"), self.edit_task, self.tr("修改所选任务的环节、责任单位和时限"))
        self.add_button("close", self.tr("销号…"), self.close_task, self.tr("任务完成：写明佐证材料、销号日期和销号人"))
        self.add_button("reopen", self.tr("重新打开…"), self.reopen_task, self.tr("已销号的任务未真正完成时重新打开，须写明理由"))
        self.add_button("delete", self.tr("删除"), self.delete_task, self.tr("删除误登记的任务（移入回收站）"))
        self.toolbar.addStretch(1)
        self.stage = choice_combo(STAGES, blank=self.tr("全部环节"))
        self.status = choice_combo(TASK_STATUSES, blank=self.tr("全部状态"))
        self.key_only = QCheckBox(self.tr("只看重点工作"))
        self.overdue = QCheckBox(self.tr("只看逾期"))
        self.stage.currentIndexChanged.connect(lambda _i: self.apply_filter())
        self.status.currentIndexChanged.connect(lambda _i: self.apply_filter())
        self.key_only.toggled.connect(lambda _c: self.apply_filter())
        self.overdue.toggled.connect(lambda _c: self.apply_filter())
        filters = QHBoxLayout()
        for widget in (self.stage, self.status, self.key_only, self.overdue):
            filters.addWidget(widget)
        filters.addStretch(1)
        self.totals = QLabel()
        filters.addWidget(self.totals)
        self.view = table_view(self.proxy)
        for column, width in ((0, 46), (1, 76), (2, 64), (3, 72), (4, 330), (5, 84), (6, 170), (7, 60), (8, 88)):
            self.view.setColumnWidth(column, width)
        self.view.sortByColumn(1, Qt.AscendingOrder)
        self.view.doubleClicked.connect(lambda _i: self.edit_task())
        layout = QVBoxLayout(self)
        layout.addLayout(self.toolbar)
        layout.addLayout(filters)
        layout.addWidget(self.view, 1)

    def selected(self):
        return _selected(self.view, self.proxy)

    def refresh(self) -> None:
        self.model.set_rows(task_rows())
        self.apply_filter()

    def apply_filter(self) -> None:
        self.proxy.set_criteria(stage=self.stage.currentData() or "", status=self.status.currentData() or "",
                                key_only=self.key_only.isChecked(), overdue=self.overdue.isChecked())
        rows = self.model.rows
        self.totals.setText(self.tr("显示 {shown} / {total} 项（重点工作 {key} 项），已销号 {closed} 项，逾期 {overdue} 项")
                            .format(shown=self.proxy.rowCount(), total=len(rows), key=sum(r.key_work for r in rows),
                                    closed=sum(r.closed_on is not None for r in rows),
                                    overdue=sum(r.overdue for r in rows)))

    def choose(self, stage: str = "", status: str = "", overdue: bool = False, key_work: bool = False) -> bool:
        applied = True
        for box, value in ((self.stage, stage), (self.status, status)):
            index = box.findData(value or "")
            applied = applied and index >= 0
            box.setCurrentIndex(max(index, 0))
        self.overdue.setChecked(bool(overdue))
        self.key_only.setChecked(bool(key_work))
        return applied

    def new_task(self) -> None:
        TaskDialog(self).exec()

    def edit_task(self) -> None:
        row = self.selected()
        if row is not None:
            TaskDialog(self, row).exec()

    def close_task(self) -> None:
        row = self.selected()
        if row is None:
            return
        if row.closed_on:
            QMessageBox.information(self, self.tr("任务销号"), self.tr("第{n}项任务已销号。").format(n=row.number))
            return
        CloseTaskDialog(self, row).exec()

    def reopen_task(self) -> None:
        row = self.selected()
        if row is None:
            return
        if not row.closed_on:
            QMessageBox.information(self, self.tr("重新打开任务"), self.tr("第{n}项任务尚未销号。").format(n=row.number))
            return
        ReopenTaskDialog(self, row).exec()

    def delete_task(self) -> None:
        row = self.selected()
        if row is not None and self.confirm(self.tr("删除任务"), self.tr("删除第{n}项任务“{title}”？")
                                            .format(n=row.number, title=row.title)):
            attempt(self, self.tr("删除任务"), lambda: delete_task(row.id))


class SupervisionPage(Page):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.model = VisitTableModel(self)
        self.proxy = SortProxy(self)
        self.proxy.setSourceModel(self.model)
        self.reminders = ReminderTableModel(self)
        self.add_button("new", self.tr("登记督导…"), self.new_visit, self.tr("登记一次“一看二查三访四提醒”调研督导"))
        self.add_button("edit", self.tr("修改…"), self.edit_visit, self.tr("修改所选督导的日期、单位和情况"))
        self.add_button("delete", self.tr("删除"), self.delete_visit, self.tr("删除误登记的督导（连同其提醒事项）"))
        self.add_button("remind", self.tr("发出提醒…"), self.new_reminder, self.tr("对所选督导发现的问题发出提醒，明确整改时限"))
        self.add_button("close", self.tr("整改销号…"), self.close_reminder, self.tr("所选提醒事项整改到位后销号"))
        self.add_button("reopen", self.tr("撤销销号"), self.reopen_reminder, self.tr("所选提醒事项未整改到位时撤销销号"))
        self.add_button("delete_reminder", self.tr("删除提醒"), self.delete_reminder, self.tr("删除误登记的提醒事项（未销号的）"))
        self.toolbar.addStretch(1)
        self.totals = QLabel()
        self.toolbar.addWidget(self.totals)
        self.view = table_view(self.proxy)
        for column, width in ((0, 90), (1, 90), (2, 150), (3, 50), (4, 60), (5, 50)):
            self.view.setColumnWidth(column, width)
        self.view.sortByColumn(0, Qt.DescendingOrder)
        self.view.selectionModel().selectionChanged.connect(lambda *_a: self.show_reminders())
        self.view.doubleClicked.connect(lambda _i: self.edit_visit())
        self.reminder_view = table_view(self.reminders)
        self.reminder_view.setSortingEnabled(False)
        for column, width in ((0, 330), (1, 170), (2, 60), (3, 90)):
            self.reminder_view.setColumnWidth(column, width)
        self.reminder_view.doubleClicked.connect(lambda _i: self.close_reminder())
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextSelectableByMouse)
        below = QWidget()
        below_layout = QVBoxLayout(below)
        below_layout.setContentsMargins(0, 0, 0, 0)
        below_layout.addWidget(self.detail)
        below_layout.addWidget(self.reminder_view, 1)
        split = QSplitter(Qt.Vertical)
        split.addWidget(self.view)
        split.addWidget(below)
        split.setSizes([260, 260])
        layout = QVBoxLayout(self)
        layout.addLayout(self.toolbar)
        layout.addWidget(split, 1)

    def selected(self):
        return _selected(self.view, self.proxy)

    def selected_reminder(self):
        rows = self.reminder_view.selectionModel().selectedRows()
        return self.reminders.row_at(rows[0].row()) if rows else None

    def refresh(self) -> None:
        self.model.set_rows(visit_rows())
        rows = self.model.rows
        self.totals.setText(self.tr("督导 {n} 次，提醒 {r} 条，已销号 {c} 条，逾期 {o} 条").format(
            n=len(rows), r=sum(x.reminders for x in rows), c=sum(x.reminders_closed for x in rows),
            o=sum(x.reminders_overdue for x in rows)))
        self.show_reminders()

    def show_reminders(self) -> None:
        row = self.selected()
        self.reminders.set_rows(reminder_rows(row.id) if row else [])
        if row is None:
            self.detail.setText(self.tr("请在上方选择一次督导，查看其“一看二查三访”情况和提醒事项。"))
            return
        self.detail.setText(self.tr("{day} {unit}（{team}）　一看：{a}　二查：{b}　三访：{c}　发现问题：{d}").format(
            day=f"{row.visited_on:%Y-%m-%d}", unit=row.unit, team=row.team or "—", a=row.looked or "—",
            b=row.checked or "—", c=row.visited or "—", d=row.findings or "—"))

    def new_visit(self) -> None:
        VisitDialog(self).exec()

    def edit_visit(self) -> None:
        row = self.selected()
        if row is not None:
            VisitDialog(self, row).exec()

    def delete_visit(self) -> None:
        row = self.selected()
        if row is not None and self.confirm(self.tr("删除督导"), self.tr("删除 {day} 对{unit}的督导及其 {n} 条提醒？")
                                            .format(day=f"{row.visited_on:%Y-%m-%d}", unit=row.unit, n=row.reminders)):
            attempt(self, self.tr("删除督导"), lambda: delete_visit(row.id))

    def new_reminder(self) -> None:
        row = self.selected()
        if row is not None:
            ReminderDialog(self, row).exec()

    def close_reminder(self) -> None:
        row = self.selected_reminder()
        if row is not None and not row.closed_on:
            CloseReminderDialog(self, row).exec()

    def reopen_reminder(self) -> None:
        row = self.selected_reminder()
        if row is not None and row.closed_on and self.confirm(self.tr("撤销销号"), self.tr("撤销这条提醒事项的销号？")):
            attempt(self, self.tr("撤销销号"), lambda: reopen_reminder(row.id))

    def delete_reminder(self) -> None:
        row = self.selected_reminder()
        if row is not None and self.confirm(self.tr("删除提醒"), self.tr("删除提醒事项“{text}”？").format(text=row.content)):
            attempt(self, self.tr("删除提醒"), lambda: delete_reminder(row.id))
