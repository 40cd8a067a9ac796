"""承诺书签订: the pledge ledger (issue, print, sign, scan, archive), progress per unit, and the templates.

The pages: ui.pledges.ledger_page (承诺书台账), ui.pledges.progress_page (签署进度), ui.pledges.template_page
(模板); their dialogs are in ui.pledges.dialogs, their table models in ui.pledges.models.

show_rows criteria: template_id (a template's id), status (待打印, 已打印, 已签署, 已归档, or 未签署 for the
first two), unit (a unit's or an outside leader's organization's name); each None means all.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QMessageBox, QTabWidget, QVBoxLayout

from app.events import Topic
from app.pledges.figures import progress_rows
from ui.common.tab import FeatureTab
from ui.pledges.ledger_page import NOT_SIGNED, LedgerPage
from ui.pledges.progress_page import ProgressPage
from ui.pledges.template_page import TemplatePage


class PledgesTab(FeatureTab):
    TITLE = "承诺书签订"

    def __init__(self, parent=None):
        super().__init__(parent)
        self.pages = QTabWidget(self)
        self.ledger = LedgerPage(self)
        self.progress = ProgressPage(self)
        self.templates = TemplatePage(self)
        self.pages.addTab(self.ledger, self.tr("承诺书台账"))
        self.pages.addTab(self.progress, self.tr("签署进度"))
        self.pages.addTab(self.templates, self.tr("模板"))
        self.message = QLabel()
        self.message.setStyleSheet("color: #1e5aa0;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.message)
        self._status = ""
        self.refresh()

    def refresh(self) -> None:
        for page in (self.ledger, self.progress, self.templates):
            page.refresh_choices()
        self.ledger.reload()
        self.progress.reload()
        rows = progress_rows()
        issued, signed = sum(r.issued for r in rows), sum(r.signed for r in rows)
        self._status = (self.tr("承诺书：已签署 %1 / 下发 %2（%3%）").replace("%1", str(signed))
                        .replace("%2", str(issued)).replace("%3", f"{100.0 * signed / issued:.1f}")
                        if issued else self.tr("承诺书：尚未下发"))
        self.status_changed.emit()

    def on_changed(self, topic: Topic) -> None:
        if topic.touches(Topic.PLEDGES, Topic.ROSTER):
            self.refresh()

    def show_rows(self, template_id: int | None = None, status: str | None = None, unit: str | None = None,
                  **unknown) -> bool:
        """The ledger with these filters (None: all), search cleared. False when a criterion is unknown or a
        value is not among the filter's choices (that filter then shows all)."""
        self.ledger.search.clear()
        found = self.ledger.show(template_id=template_id, unit=unit, status=status)
        self.pages.setCurrentWidget(self.ledger)
        return found and not unknown

    def status_text(self) -> str:
        return self._status

    def show_message(self, text: str) -> None:
        self.message.setText(text)

    def show_unsigned(self, template_id: int | None, unit: str | None) -> None:
        self.ledger.show(template_id=template_id, unit=unit, status=NOT_SIGNED)
        self.pages.setCurrentWidget(self.ledger)

    def can_close(self) -> bool:
        if not self.templates.is_modified():
            return True
        title = QCoreApplication.translate("PledgesTab", self.TITLE)  # as the main window shows it
        answer = QMessageBox.question(self, title, self.tr("承诺书模板有未保存的修改，仍要关闭吗？"))
        return answer == QMessageBox.Yes
