"""Table models of the 会议与选树 tab, all on ui.common.table.RowTableModel over the service's plain rows."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QColor

from app.affairs.models import CITY_LEVEL, ELECTED, LEVELS, MEETING_KINDS
from ui.common.table import Column, RowTableModel

CITY_BACKGROUND = QColor(222, 235, 247)
ELECTED_BACKGROUND = QColor(226, 239, 218)


def day_text(day: dt.date | None) -> str:
    return f"{day:%Y-%m-%d}" if day else ""


def flat(text: str) -> str:
    """A multi-line note on one table line."""
    return " ".join((text or "").split())


def _yes(flag: bool) -> str:
    return "是" if flag else ""


class MeetingTableModel(RowTableModel):
    def __init__(self, parent=None):
        super().__init__([
            Column(QT_TRANSLATE_NOOP("TableHeader", "会议类别"), lambda r: r.kind,
                   sort=lambda r: MEETING_KINDS.index(r.kind) if r.kind in MEETING_KINDS else 99),
            Column(QT_TRANSLATE_NOOP("TableHeader", "召开日期"), lambda r: day_text(r.held_on), sort=lambda r: r.held_on),
            Column(QT_TRANSLATE_NOOP("TableHeader", "议题"), lambda r: r.title),
            Column(QT_TRANSLATE_NOOP("TableHeader", "主持人"), lambda r: r.presided_by),
            Column(QT_TRANSLATE_NOOP("TableHeader", "参会人数"), lambda r: r.attendees or "", align="right",
                   sort=lambda r: r.attendees),
            Column(QT_TRANSLATE_NOOP("TableHeader", "邀请媒体"), lambda r: _yes(r.media_invited), align="center"),
            Column(QT_TRANSLATE_NOOP("TableHeader", "备注"), lambda r: flat(r.notes)),
        ], parent, key=lambda r: r.id)


class DocumentTableModel(RowTableModel):
    def __init__(self, parent=None):
        super().__init__([
            Column(QT_TRANSLATE_NOOP("TableHeader", "文号"), lambda r: r.number),
            Column(QT_TRANSLATE_NOOP("TableHeader", "印发日期"), lambda r: day_text(r.issued_on),
                   sort=lambda r: r.issued_on),
            Column(QT_TRANSLATE_NOOP("TableHeader", "文种"), lambda r: r.kind),
            Column(QT_TRANSLATE_NOOP("TableHeader", "文件标题"), lambda r: r.title),
            Column(QT_TRANSLATE_NOOP("TableHeader", "发文机关"), lambda r: r.issuer),
            Column(QT_TRANSLATE_NOOP("TableHeader", "备注"), lambda r: flat(r.notes)),
        ], parent, key=lambda r: r.id)


class NoticeTableModel(RowTableModel):
    def __init__(self, parent=None):
        super().__init__([
            Column(QT_TRANSLATE_NOOP("TableHeader", "通报日期"), lambda r: day_text(r.issued_on),
                   sort=lambda r: r.issued_on),
            Column(QT_TRANSLATE_NOOP("TableHeader", "通报渠道"), lambda r: r.channel),
            Column(QT_TRANSLATE_NOOP("TableHeader", "通报标题"), lambda r: r.title),
            Column(QT_TRANSLATE_NOOP("TableHeader", "备注"), lambda r: flat(r.notes)),
        ], parent, key=lambda r: r.id)


class RecommendationTableModel(RowTableModel):
    LEVEL, RESULT = 4, 5

    def __init__(self, parent=None):
        super().__init__([
            Column(QT_TRANSLATE_NOOP("TableHeader", "推荐单位"), lambda r: r.unit, sort=lambda r: (r.unit_order, r.unit)),
            Column(QT_TRANSLATE_NOOP("TableHeader", "姓名"), lambda r: r.name),
            Column(QT_TRANSLATE_NOOP("TableHeader", "职务"), lambda r: r.post),
            Column(QT_TRANSLATE_NOOP("TableHeader", "推荐日期"), lambda r: day_text(r.recommended_on),
                   sort=lambda r: r.recommended_on),
            Column(QT_TRANSLATE_NOOP("TableHeader", "评选层级"), lambda r: r.level,
                   sort=lambda r: LEVELS.index(r.level) if r.level in LEVELS else 99),
            Column(QT_TRANSLATE_NOOP("TableHeader", "评选结果"), lambda r: r.result),
            Column(QT_TRANSLATE_NOOP("TableHeader", "荣誉称号"), lambda r: r.honour),
            Column(QT_TRANSLATE_NOOP("TableHeader", "先进典型"), lambda r: _yes(r.typical_model), align="center"),
            Column(QT_TRANSLATE_NOOP("TableHeader", "英模报告会"), lambda r: r.report_session),
            Column(QT_TRANSLATE_NOOP("TableHeader", "主要事迹"), lambda r: flat(r.deeds)),
        ], parent, key=lambda r: r.id)

    def background(self, row, column: int):
        if column == self.LEVEL and row.level == CITY_LEVEL:
            return CITY_BACKGROUND
        if column == self.RESULT and row.result == ELECTED:
            return ELECTED_BACKGROUND
        return None
