"""任务督导 tab: three pages — 任务清单, 督导检查 (with its 提醒) and 工作日报 (with the 零通报) — and one export of
them all to Excel.

show_rows(page="tasks"|"supervision"|"reports", stage=, status=, overdue=True, key_work=True, day=): the task
list filtered by 环节, status (推进中/已销号), overdue and 重点工作; the daily reports of a day; anything else is
not applied and makes it answer False."""
from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTabWidget, QVBoxLayout

from app.events import Topic
from app.tasks.figures import summary
from app.tasks.outputs import export_workbook
from ui.common.tab import FeatureTab
from ui.tasks.pages import SupervisionPage, TaskPage
from ui.tasks.reports_page import ReportsPage


class TasksTab(FeatureTab):
    TITLE = "任务督导"
    TASKS, SUPERVISION, REPORTS = 0, 1, 2

    def __init__(self, parent=None):
        super().__init__(parent)
        self.summary: dict = {}
        self.pages = QTabWidget()
        self.tasks = TaskPage()
        self.supervision = SupervisionPage()
        self.reports = ReportsPage()
        self.pages.addTab(self.tasks, self.tr("任务清单"))
        self.pages.addTab(self.supervision, self.tr("督导检查"))
        self.pages.addTab(self.reports, self.tr("工作日报"))
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        export = QPushButton(self.tr("导出Excel…"))
        export.setToolTip(self.tr("任务清单、督导检查和提醒、工作日报及漏报情况导出为一个 Excel 文件"))
        export.clicked.connect(self.export_excel)
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(export)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(top)
        layout.addWidget(self.pages, 1)
        self.refresh()

    def refresh(self) -> None:
        s = self.summary = summary()
        self.heading.setText(self.tr(
            "三个环节共 {tasks} 项具体任务、{key} 项重点工作，已销号 {closed} 项，逾期 {overdue} 项；"
            "督导 {visits} 次，提醒 {reminders} 条（已销号 {rc} 条）；工作日报 {reports} 份，漏报 {missing} 次").format(
            tasks=s["tasks"], key=s["key_work"], closed=s["closed"], overdue=s["overdue"], visits=s["visits"],
            reminders=s["reminders"], rc=s["reminders_closed"], reports=s["daily_reports"],
            missing=s["missing_reports"]))
        self.tasks.refresh()
        self.supervision.refresh()
        self.reports.refresh()
        self.status_changed.emit()

    def on_changed(self, topic: Topic) -> None:
        if topic.touches(Topic.TASKS, Topic.ROSTER):
            self.refresh()

    def show_rows(self, page: str = "tasks", stage: str = "", status: str = "", overdue: bool = False,
                  key_work: bool = False, day: dt.date | None = None, **unknown) -> bool:
        if page == "supervision":
            self.pages.setCurrentIndex(self.SUPERVISION)
            return not (unknown or stage or status or overdue or key_work or day)
        if page == "reports":
            self.pages.setCurrentIndex(self.REPORTS)
            if day is not None:
                self.reports.choose_day(day)
            return not (unknown or stage or status or overdue or key_work)
        self.pages.setCurrentIndex(self.TASKS)
        applied = self.tasks.choose(stage, status, overdue, key_work)
        return applied and page == "tasks" and not unknown and day is None

    def screenshot_states(self):
        """For tools/render_screens.py: the 督导 and daily-report pages as well as the task list."""
        return [("supervision", lambda: self.pages.setCurrentIndex(self.SUPERVISION)),
                ("reports", lambda: self.pages.setCurrentIndex(self.REPORTS))]

    def status_text(self) -> str:
        s = self.summary
        if not s:
            return ""
        return self.tr("任务 {tasks} 项 · 已销号 {closed} 项 · 逾期 {overdue} 项 · 漏报 {missing} 次").format(
            tasks=s["tasks"], closed=s["closed"], overdue=s["overdue"], missing=s["missing_reports"])

    def export_excel(self) -> None:
        from ui.common.excel_export import export_workbook as export_excel

        done = self.tr("已导出任务 {t} 项、督导 {v} 次、提醒 {r} 条、工作日报 {d} 份到\n{path}")
        export_excel(self, self.tr("导出任务督导"), self.tr("任务督导-{day}.xlsx"),
                     lambda target, _progress: export_workbook(target),
                     lambda counts, target: done.format(t=counts["tasks"], v=counts["visits"], r=counts["reminders"],
                                                        d=counts["reports"], path=target))
