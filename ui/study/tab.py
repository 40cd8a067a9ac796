"""学习教育 tab: sessions with their attendance, make-up study, reflections and scores; the make-up ledger
across sessions; figures per type, unit and person. Each page is its own module:
    sessions.py     学习活动: the session list and the detail pages of the selected session
                    (attendance.py 参会人员/考勤, makeup.py 补学, reflections.py 心得体会, scores.py 成绩)
    makeup.py       补学台账: the make-up tasks of every session (the same panel, as a ledger)
    figures.py      统计: figures per type, unit and person
Dialogs: session_dialog.py, notice_dialog.py, people_picker.py, makeup_dialogs.py, reflection_dialog.py,
types_dialog.py; table models in models.py."""
from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QTabWidget, QVBoxLayout

from app.common.figures import percent
from app.events import Topic
from app.study.figures import totals

from ui.common.tab import FeatureTab
from ui.study.figures import FiguresPage
from ui.study.makeup import MakeupPanel
from ui.study.sessions import SessionsPage
from ui.study.widgets import choose


class StudyTab(FeatureTab):
    TITLE = "学习教育"

    def __init__(self, parent=None):
        super().__init__(parent)
        self.pages = QTabWidget()
        self.sessions = SessionsPage()
        self.ledger = MakeupPanel(ledger=True)
        self.figures = FiguresPage()
        self.pages.addTab(self.sessions, self.tr("学习活动"))
        self.pages.addTab(self.ledger, self.tr("补学台账"))
        self.pages.addTab(self.figures, self.tr("统计"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.pages)
        for page in (self.sessions, self.ledger):
            page.changed_by_me.connect(self.refresh)
        self.pages.currentChanged.connect(lambda _i: self._load_current())
        self._dirty = {0, 1, 2}
        self._pending = False
        self._status = ""
        self.refresh()

    def refresh(self) -> None:
        """Reload what is shown now; other pages reload when they are shown."""
        self._pending = False
        self._dirty = {0, 1, 2}
        self._load_current()
        self._update_status()

    def _load_current(self) -> None:
        index = self.pages.currentIndex()
        if index not in self._dirty:
            return
        self._dirty.discard(index)
        if index == 0:
            self.sessions.load()
        elif index == 1:
            self.ledger.load()
        else:
            self.figures.load()

    def show_rows(self, page: str | None = None, type: str | None = None, **unknown) -> bool:
        """page="makeup": the make-up ledger; otherwise the sessions page filtered by study `type`
        (a type name, "" or None = every type). False when a criterion could not be applied (an unknown
        one, a type not in the list, a type with the ledger)."""
        if page == "makeup":
            self.pages.setCurrentWidget(self.ledger)
            return not unknown and type is None
        self.pages.setCurrentWidget(self.sessions)
        chosen = choose(self.sessions.type_filter, type or "")
        return chosen and not unknown and page in (None, "sessions")

    def on_changed(self, topic: Topic) -> None:
        if not topic.touches(Topic.STUDY, Topic.ROSTER):
            return
        if not self._pending:  # a burst of changes refreshes once
            self._pending = True
            QTimer.singleShot(0, self.refresh)

    def _update_status(self) -> None:
        total = totals()
        f = total.figures
        self._status = self.tr("学习活动 %1 场（计划 %2）· 出勤率 %3 · 补学未完成 %4（逾期 %5）· 心得体会 %6 篇") \
            .replace("%1", str(total.sessions)).replace("%2", str(total.planned)) \
            .replace("%3", percent(f.attendance_rate)).replace("%4", str(f.makeup_open)) \
            .replace("%5", str(f.makeup_overdue)).replace("%6", str(f.reflections))
        self.status_changed.emit()

    def status_text(self) -> str:
        return self._status
