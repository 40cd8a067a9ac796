"""The 会议与选树 figures for `stats --json`, the overview and the summary report: counts only, over a period
(each record by its own date: 召开日期, 印发日期, 通报日期, 推荐日期)."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import peewee as pw

from app.affairs._common import in_period
from app.affairs.models import (CITY_LEVEL, COUNTY_LEVEL, ELECTED, LEVELS, MEETING_KINDS, PRESS_CONFERENCE,
                                IssuedDocument, Meeting, PublicNotice, Recommendation)


@dataclass
class AffairsFigures:
    meetings: dict = field(default_factory=dict)  # kind → count
    press_with_media: int = 0  # 新闻发布会 with the media invited
    documents: int = 0
    notices: int = 0
    recommended: int = 0
    per_level: dict = field(default_factory=dict)  # level → count
    elected: int = 0
    typical_models: int = 0  # 选树英模和先进典型
    spoke_at_reports: int = 0  # linked to an 英模报告会
    per_unit: dict = field(default_factory=dict)  # unit short name → recommendations

    @property
    def city_candidates(self) -> int:
        return self.per_level.get(CITY_LEVEL, 0)

    @property
    def county_selection(self) -> int:
        return self.per_level.get(COUNTY_LEVEL, 0)

    @property
    def empty(self) -> bool:
        return not (sum(self.meetings.values()) or self.documents or self.notices or self.recommended)

    def as_dict(self) -> dict:
        return {"meetings": dict(self.meetings), "meetings_total": sum(self.meetings.values()),
                "press_conferences_with_media": self.press_with_media, "documents_issued": self.documents,
                "public_notices": self.notices, "recommendations": self.recommended,
                "recommendations_per_level": dict(self.per_level), "city_candidates": self.city_candidates,
                "county_selection": self.county_selection, "elected": self.elected,
                "typical_models": self.typical_models, "spoke_at_report_sessions": self.spoke_at_reports,
                "recommendations_per_unit": dict(self.per_unit)}


def figures(since: dt.date | None = None, until: dt.date | None = None) -> AffairsFigures:
    from app.roster.models import Unit

    f = AffairsFigures(meetings={kind: 0 for kind in MEETING_KINDS}, per_level={level: 0 for level in LEVELS})
    meetings = Meeting.select().where(in_period(Meeting.held_on, since, until))
    for kind, n in meetings.select(Meeting.kind, pw.fn.COUNT(Meeting.id)).group_by(Meeting.kind).tuples():
        f.meetings[kind] = n
    f.press_with_media = meetings.where((Meeting.kind == PRESS_CONFERENCE) & Meeting.media_invited).count()
    f.documents = IssuedDocument.select().where(in_period(IssuedDocument.issued_on, since, until)).count()
    f.notices = PublicNotice.select().where(in_period(PublicNotice.issued_on, since, until)).count()
    heroes = Recommendation.select().where(in_period(Recommendation.recommended_on, since, until))
    f.recommended = heroes.count()
    for level, n in heroes.select(Recommendation.level, pw.fn.COUNT(Recommendation.id)).group_by(
            Recommendation.level).tuples():
        f.per_level[level] = n
    f.elected = heroes.where(Recommendation.result == ELECTED).count()
    f.typical_models = heroes.where(Recommendation.typical_model).count()
    f.spoke_at_reports = heroes.where(Recommendation.report_session.is_null(False)).count()
    per_unit = (heroes.select(Unit.short_name, Unit.name, pw.fn.COUNT(Recommendation.id))
                .join(Unit, pw.JOIN.LEFT_OUTER, on=(Recommendation.unit == Unit.id))
                .group_by(Unit.id).order_by(Unit.sort_order).tuples())
    f.per_unit = {short or full or "（未定单位）": n for short, full, n in per_unit}
    return f


def stats() -> dict:
    return figures().as_dict()
