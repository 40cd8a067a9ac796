"""会议与选树 tab: the office's own work in four pages — 会议 (县委常委会议, 领导小组会议, 新闻发布会, 其他), 制发文件,
向社会通报 and 英模选树 — with an Excel export of all four.

show_rows(page="meetings"|"documents"|"notices"|"heroes", kind=<meeting kind>, level=<评选层级>): that page,
filtered; anything else is not applied and makes it answer False."""
from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QPushButton, QTabWidget, QVBoxLayout

from app.affairs.figures import figures
from app.events import Topic
from ui.affairs.pages import DocumentsPage, HeroesPage, MeetingsPage, NoticesPage
from ui.common.tab import FeatureTab

PAGES = ("meetings", "documents", "notices", "heroes")


class AffairsTab(FeatureTab):
    TITLE = "会议与选树"

    def __init__(self, parent=None):
        super().__init__(parent)
        self.figures = None
        self.pages = QTabWidget()
        self.meetings = MeetingsPage()
        self.documents = DocumentsPage()
        self.notices = NoticesPage()
        self.heroes = HeroesPage()
        for page, title in ((self.meetings, self.tr("会议")), (self.documents, self.tr("制发文件")),
                            (self.notices, self.tr("向社会通报")), (self.heroes, self.tr("英模选树"))):
            self.pages.addTab(page, title)
        self.export_button = QPushButton(self.tr("导出 Excel…"))
        self.export_button.setToolTip(self.tr("把会议、制发文件、向社会通报和英模选树导出到一个 Excel 文件"))
        self.export_button.clicked.connect(self.export_excel)
        self.pages.setCornerWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.pages)
        self.refresh()

    def all_pages(self):
        return (self.meetings, self.documents, self.notices, self.heroes)

    def refresh(self) -> None:
        self.figures = figures()
        for page in self.all_pages():
            page.refresh()
        self.status_changed.emit()

    def on_changed(self, topic: Topic) -> None:
        if topic.touches(Topic.AFFAIRS, Topic.ROSTER, Topic.STUDY):
            self.refresh()

    def show_rows(self, page: str = "meetings", kind: str = "", level: str = "", **unknown) -> bool:
        if page not in PAGES:
            return False
        self.pages.setCurrentIndex(PAGES.index(page))
        applied = not unknown
        for wanted, box, on_page in ((kind, self.meetings.kind, "meetings"), (level, self.heroes.level, "heroes")):
            if wanted:
                index = box.findData(wanted)
                if index < 0 or page != on_page:
                    applied = False
                else:
                    box.setCurrentIndex(index)
        return applied

    def screenshot_states(self):
        """For tools/render_screens.py: every page, not only the first."""
        return [(name, lambda i=i: self.pages.setCurrentIndex(i)) for i, name in enumerate(PAGES) if i]

    def status_text(self) -> str:
        f = self.figures
        if f is None:
            return ""
        return self.tr("会议 {m} 次 · 文件 {d} 个 · 通报 {n} 次 · 英模推荐 {r} 人").format(
            m=sum(f.meetings.values()), d=f.documents, n=f.notices, r=f.recommended)

    def export_actions(self) -> list[QAction]:
        action = QAction(self.tr("会议与选树台账（Excel）…"), self)
        action.triggered.connect(self.export_excel)
        return [action]

    def export_excel(self) -> None:
        from app.affairs.outputs import export_workbook
        from ui.common.excel_export import export_workbook as export_excel

        done = self.tr("已导出到\n{path}\n")
        export_excel(self, self.tr("导出会议与选树台账"), self.tr("会议与选树-{day}.xlsx"),
                     lambda target, _progress: export_workbook(target),
                     lambda counts, target: done.format(path=target) + "，".join(f"{k}{v}条" for k, v in counts.items()))
