"""Table models of the feedback tab: the ledger (with deadline marks), its filter, and the events. Small lists
(history, submitters, attachments, categories) are plain `RowTableModel`s made where they are shown."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QApplication, QStyle

from app.feedback.collection import EventRow
from app.common.deadlines import DUE_OVERDUE, DUE_SOON
from app.feedback.ledger import SuggestionRow
from app.feedback.models import STATUSES
from ui.common.table import Column, RowTableModel, SortProxy

OVERDUE_BACKGROUND = QColor(248, 215, 215)
SOON_BACKGROUND = QColor(252, 235, 197)
CLOSED_BACKGROUND = QColor(226, 239, 218)
REJECTED_BACKGROUND = QColor(235, 235, 235)
MERGED_FOREGROUND = QColor(130, 130, 130)
NO_DEADLINE = 10_000_000  # sorts after every date


def _date_text(day: dt.date | None) -> str:
    return f"{day:%Y-%m-%d}" if day else ""


def _one_line(text: str) -> str:
    return " ".join((text or "").split())


def _deadline_text(r: SuggestionRow) -> str:
    return f"{_date_text(r.deadline)}  {r.due_text}" if r.due else _date_text(r.deadline)


class SuggestionTableModel(RowTableModel):
    """The ledger: one row per suggestion, merged-away ones included (greyed, marked 已合并→编号)."""

    CODE, STATUS, DEADLINE, CATEGORY, UNIT, CONTENT, SUBMITTER, SOURCE, COLLECTED = range(9)

    def __init__(self, parent=None):
        super().__init__([
            Column(QT_TRANSLATE_NOOP("TableHeader", "编号"), lambda r: r.code),
            Column(QT_TRANSLATE_NOOP("TableHeader", "状态"), lambda r: r.display_status,
                   sort=lambda r: 99 if r.merged else STATUSES.index(r.status)),
            Column(QT_TRANSLATE_NOOP("TableHeader", "时限"), _deadline_text,
                   sort=lambda r: r.deadline.toordinal() if r.deadline else NO_DEADLINE),
            Column(QT_TRANSLATE_NOOP("TableHeader", "类别"), lambda r: r.category_label),
            Column(QT_TRANSLATE_NOOP("TableHeader", "责任单位"), lambda r: r.unit, sort=lambda r: r.unit_order),
            Column(QT_TRANSLATE_NOOP("TableHeader", "意见建议内容"), lambda r: _one_line(r.content)),
            Column(QT_TRANSLATE_NOOP("TableHeader", "提出人"), lambda r: r.submitter),
            Column(QT_TRANSLATE_NOOP("TableHeader", "来源"), lambda r: r.source),
            Column(QT_TRANSLATE_NOOP("TableHeader", "收集日期"), lambda r: r.collected_on),
        ], parent, key=lambda r: r.id)
        style = QApplication.style()
        self._overdue_icon = style.standardIcon(QStyle.SP_MessageBoxWarning)
        self._soon_icon = style.standardIcon(QStyle.SP_MessageBoxInformation)

    def data(self, index, role=Qt.DisplayRole):
        if role == Qt.DecorationRole and index.isValid() and index.column() == self.DEADLINE:
            r = self.rows[index.row()]
            if r.due:
                return self._overdue_icon if r.due == DUE_OVERDUE else self._soon_icon
            return None
        return super().data(index, role)

    def background(self, r: SuggestionRow, column: int) -> QColor | None:
        if column == self.DEADLINE and r.due:
            return OVERDUE_BACKGROUND if r.due == DUE_OVERDUE else SOON_BACKGROUND
        if column == self.STATUS and not r.merged:
            if r.status == "已销号":
                return CLOSED_BACKGROUND
            if r.status == "不予采纳":
                return REJECTED_BACKGROUND
        return None

    def foreground(self, r: SuggestionRow, column: int) -> QColor | None:
        return MERGED_FOREGROUND if r.merged else None

    def font(self, r: SuggestionRow, column: int):
        if not r.merged:
            return None
        italic = QFont()
        italic.setItalic(True)
        return italic

    def tooltip(self, r: SuggestionRow, column: int) -> str | None:
        if column == self.CONTENT:
            return r.content
        if column == self.DEADLINE and r.due:
            return f"时限 {_date_text(r.deadline)}，{r.due_text}"
        if column == self.STATUS and r.merged:
            return f"已合并到 {r.merged_into_code}，提出人计入该条"
        if column == self.STATUS and r.status == "不予采纳":
            return f"不予采纳理由：{r.rejection_reason}"
        if column == self.SOURCE:
            return r.source
        return None


# Status filter values beyond the six statuses.
ALL = ""
NOT_CLOSED = "未销号（办理中）"
MERGED_ONLY = "已合并"
DUE_ANY = "逾期或7日内到期"
DUE_OVERDUE_TEXT = "已逾期"
DUE_SOON_TEXT = "7日内到期"
DUE_WANTED = {DUE_OVERDUE_TEXT: (DUE_OVERDUE,), DUE_SOON_TEXT: (DUE_SOON,), DUE_ANY: (DUE_OVERDUE, DUE_SOON)}


class SuggestionFilter(SortProxy):
    """Filters the ledger by text, unit, status, category, deadline state and collection event."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.text = ""
        self.unit = ""
        self.status = ALL
        self.category = ""
        self.due = ALL
        self.event_id: int | None = None
        self.hide_merged = False
        self.set_predicate(self.accepts)

    def set_criteria(self, **criteria) -> None:
        for key in criteria:
            if not hasattr(self, key):
                raise AttributeError(key)
        for key, value in criteria.items():
            setattr(self, key, value)
        self.set_predicate(self.accepts)

    def accepts(self, r: SuggestionRow) -> bool:
        if self.hide_merged and r.merged:
            return False
        if self.event_id is not None and r.event_id != self.event_id:
            return False
        if self.unit and r.unit != self.unit and r.unit_full != self.unit:
            return False
        if self.status:
            if self.status == MERGED_ONLY:
                if not r.merged:
                    return False
            elif self.status == NOT_CLOSED:
                if r.merged or r.status in ("已销号", "不予采纳"):
                    return False
            elif r.merged or r.status != self.status:
                return False
        if self.category and r.category_label != self.category:
            return False
        if self.due and r.due not in DUE_WANTED[self.due]:
            return False
        return r.matches(self.text)

    def ids(self) -> list[int]:
        return [self.row_at(row).id for row in range(self.rowCount())]


class EventTableModel(RowTableModel):
    def __init__(self, parent=None):
        super().__init__([
            Column(QT_TRANSLATE_NOOP("TableHeader", "日期"), lambda e: e.held_on),
            Column(QT_TRANSLATE_NOOP("TableHeader", "形式"), lambda e: e.kind),
            Column(QT_TRANSLATE_NOOP("TableHeader", "名称"), lambda e: e.title),
            Column(QT_TRANSLATE_NOOP("TableHeader", "人数"), lambda e: e.participant_total or "", align="right"),
            Column(QT_TRANSLATE_NOOP("TableHeader", "条数"), lambda e: e.suggestion_count, align="right"),
        ], parent, key=lambda e: e.id)

    def tooltip(self, e: EventRow, column: int) -> str:
        return event_description(e)


def event_description(e: EventRow) -> str:
    lines = [f"{e.held_on:%Y-%m-%d} {e.kind}：{e.title}"]
    if e.organiser:
        lines.append(f"组织单位：{e.organiser}")
    if e.place:
        lines.append(f"地点或渠道：{e.place}")
    if e.participants:
        lines.append("参加人员：" + "，".join(f"{c}{n}人" for c, n in e.participants.items())
                     + f"（共{e.participant_total}人次）")
    if e.reviewed_files:
        lines.append(f"查阅卷宗：{e.reviewed_files}份")
    lines.append(f"收集意见建议：{e.suggestion_count}条")
    if e.notes:
        lines.append(f"备注：{e.notes}")
    return "\n".join(lines)
