"""查纠整改 tab: 个人自查, 问题线索 and 专项排查 for an account with the 问题线索 permission (for anyone else those
pages are closed, and a banner gives the counts, from app.rectify.figures, which hold no text, and why); then
顽瘴痼疾整治 and 建章立制 (ui.rules), which hold no confidential text and are open to every reader.

show_rows(page="self-check"|"clues"|"checks"|"ingrained"|"rules", source=, status=, overdue=True, problem=): the
ledger filtered by source, status (待处置/办理中/已办结) and overdue, the 整治 list by problem, the rules by
status (已出台/正在拟制定); anything else is not applied and makes it answer False."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from app.events import Topic
from app.rectify._common import may_read
from app.rectify.figures import summary
from app.rectify.models import OUTCOMES
from ui.common.tab import FeatureTab
from ui.rectify.checks_page import ChecksPage
from ui.rectify.pages import CluePage, SelfCheckPage
from ui.rules.pages import IngrainedPage, RulesPage


def counts_text(s: dict) -> str:
    """What the tab says without 问题线索: the counts only (app.rectify.figures holds no text)."""
    translate = QCoreApplication.translate
    comma = translate("Rectify", "，")
    outcomes = comma.join(translate("Rectify", "{outcome}{n}项").format(outcome=o, n=s["outcome_items"][o])
                          for o in OUTCOMES)
    sources = comma.join(translate("Rectify", "{source}{n}条").format(source=k, n=v)
                         for k, v in s["clues_per_source"].items() if v)
    checks = s["special_checks"]
    groups = comma.join(translate("Rectify", "{group}{n}项").format(group=g, n=n) for g, n in checks["per_group"].items())
    status = s["clues_per_status"]
    return "\n".join([
        QCoreApplication.translate(
            "Rectify", "个人自查：{people}人填报自查事项{items}项，其中主动说明问题{disclosed}人；已审核{done}项（{outcomes}）。"
        ).format(people=s["officers_reporting"], items=s["self_check_items"], disclosed=s["officers_disclosed"],
                 done=s["per_stage"]["已审核"], outcomes=outcomes),
        QCoreApplication.translate(
            "Rectify", "问题线索：共{clues}条（{sources}）；待处置{waiting}条，办理中{doing}条，已办结{done}条，逾期{overdue}条。"
        ).format(clues=s["clues"], sources=sources or QCoreApplication.translate("Rectify", "无"),
                 waiting=status["待处置"], doing=status["办理中"], done=status["已办结"], overdue=s["clues_overdue"]),
        QCoreApplication.translate("Rectify", "谈心谈话中主动说明问题、尚未填报自查事项的：{n}人。").format(
            n=s["talks_self_reported_without_item"]),
        QCoreApplication.translate("Rectify", "专项排查：{total}项（{groups}），发现问题{findings}个，移交线索{clues}条。").format(
            total=checks["total"], groups=groups, findings=checks["findings"], clues=checks["findings_to_clues"]),
    ])


class RectifyTab(FeatureTab):
    TITLE = "查纠整改"
    SELF_CHECK, CLUES, CHECKS, INGRAINED, RULES = 0, 1, 2, 3, 4
    CONFIDENTIAL_PAGES = (SELF_CHECK, CLUES, CHECKS)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.summary: dict = {}
        self.pages = QTabWidget()
        self.self_checks = SelfCheckPage()
        self.clues = CluePage()
        self.checks = ChecksPage()
        self.ingrained = IngrainedPage()
        self.rules = RulesPage()
        self.pages.addTab(self.self_checks, self.tr("个人自查"))
        self.pages.addTab(self.clues, self.tr("问题线索"))
        self.pages.addTab(self.checks, self.tr("专项排查"))
        self.pages.addTab(self.ingrained, self.tr("顽瘴痼疾整治"))
        self.pages.addTab(self.rules, self.tr("建章立制"))
        self.closed = QWidget()  # the banner over the pages without 问题线索
        closed_layout = QVBoxLayout(self.closed)
        closed_layout.setContentsMargins(4, 4, 4, 4)
        self.counts = QLabel()
        self.counts.setWordWrap(True)
        self.reason = QLabel(self.tr("当前账户没有“问题线索”权限，不能查看、录入或打印个人自查事项和问题线索"
                                     "（请管理员在账户中授予）。顽瘴痼疾整治和建章立制不受此限。"))
        self.reason.setWordWrap(True)
        self.reason.setStyleSheet("color: #a01818;")
        closed_layout.addWidget(self.counts)
        closed_layout.addWidget(self.reason)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.closed)
        layout.addWidget(self.pages, 1)
        self.refresh()

    @property
    def open(self) -> bool:
        """The confidential pages are shown (the account has 问题线索)."""
        return self.closed.isHidden()

    def refresh(self) -> None:
        self.summary = summary()
        readable = may_read()
        if readable:
            self.self_checks.refresh()
            self.clues.refresh()
            self.checks.refresh()
        else:  # nothing with a name or a line of text stays in the models
            self.self_checks.model.clear()
            self.clues.model.clear()
            self.checks.model.clear()
            self.checks.findings.clear()
            self.counts.setText(counts_text(self.summary))
            if self.pages.currentIndex() in self.CONFIDENTIAL_PAGES:
                self.pages.setCurrentIndex(self.INGRAINED)
        for index in self.CONFIDENTIAL_PAGES:
            self.pages.setTabEnabled(index, readable)
            self.pages.setTabToolTip(index, "" if readable else self.reason.text())
        self.closed.setHidden(readable)
        self.ingrained.refresh()
        self.rules.refresh()
        self.status_changed.emit()

    def on_changed(self, topic: Topic) -> None:
        if topic.touches(Topic.RECTIFY, Topic.ROSTER, Topic.ACCOUNTS, Topic.FEEDBACK):
            self.refresh()

    def show_rows(self, page: str = "clues", source: str = "", status: str = "", overdue: bool = False,
                  problem: str = "", **unknown) -> bool:
        if page == "ingrained":
            self.pages.setCurrentIndex(self.INGRAINED)
            return (not problem or self.ingrained.choose(problem)) and not (unknown or source or status or overdue)
        if page == "rules":
            self.pages.setCurrentIndex(self.RULES)
            return self.rules.choose(status) and not (unknown or source or overdue or problem)
        if not may_read():
            return False
        if page in ("self-check", "checks"):
            self.pages.setCurrentIndex(self.SELF_CHECK if page == "self-check" else self.CHECKS)
            return not (unknown or source or status or overdue or problem)
        self.pages.setCurrentIndex(self.CLUES)
        applied = self.clues.choose(source, status, overdue)
        return applied and page == "clues" and not (unknown or problem)

    def screenshot_states(self):
        """For tools/render_screens.py: every page as well as the self-check page."""
        return [("clues", lambda: self.pages.setCurrentIndex(self.CLUES)),
                ("checks", lambda: self.pages.setCurrentIndex(self.CHECKS)),
                ("ingrained", lambda: self.pages.setCurrentIndex(self.INGRAINED)),
                ("rules", lambda: self.pages.setCurrentIndex(self.RULES))]

    def status_text(self) -> str:
        s = self.summary
        if not s:
            return ""
        return self.tr("自查事项 {items} 项 · 问题线索 {clues} 条 · 逾期 {overdue} 条").format(
            items=s["self_check_items"], clues=s["clues"], overdue=s["clues_overdue"])
