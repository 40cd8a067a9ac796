"""英模选树: the officers the units recommended for the 最美政法干警 评选 — from the roster or by name — with their
deeds, the level reached after the county office's review (单位推荐 → 县级评选, or 市级候选 for the city's
评选), the result and honour, whether they were chosen as an 英模 / 先进典型, and the 英模报告会 (a study
session of type 英模报告会/观影) where they spoke."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import peewee as pw

from app import events
from app.affairs._common import MAX_TEXT, TOPIC, choice, get_row, in_period, parse_date, require_text
from app.affairs.models import (ELECTED, LEVELS, PENDING, REPORT_SESSION_TYPE, RESULTS, Recommendation)
from app.common.safe_text import clean_into
from app.errors import ValidationError, ValidationErrors
from app.roster.models import Officer, Unit
from app.roster.units import find_unit
from app.store.db import database
from app.study.models import StudySession, StudyType


@dataclass
class RecommendationData:
    officer_id: int | None = None  # from the roster; or only a name
    name: str = ""
    unit: str = ""  # full name, short name or alias; the officer's unit when empty
    deeds: str = ""
    recommended_on: dt.date | str | None = None
    level: str = LEVELS[0]
    result: str = PENDING
    honour: str = ""
    typical_model: bool = False
    report_session_id: int | None = None
    notes: str = ""


@dataclass(frozen=True)
class RecommendationRow:
    id: int
    officer_id: int | None
    name: str
    unit: str  # short name as shown
    unit_name: str  # full name
    unit_order: int
    post: str
    deeds: str
    recommended_on: dt.date
    level: str
    result: str
    honour: str
    typical_model: bool
    report_session_id: int | None
    report_session: str  # "2021-03-20 全县政法英模事迹报告会"
    notes: str

    def matches(self, text: str) -> bool:
        return not text or any(text in x for x in (self.name, self.unit, self.unit_name, self.deeds, self.honour,
                                                   self.report_session, self.notes))


@dataclass(frozen=True)
class ReportSession:
    id: int
    day: dt.date
    title: str

    @property
    def label(self) -> str:
        return f"{self.day:%Y-%m-%d} {self.title}"


def report_sessions() -> list[ReportSession]:
    """The 英模报告会 of 学习教育 (not in the trash), oldest first: where a recommended officer may have spoken."""
    query = (StudySession.select(StudySession.id, StudySession.day, StudySession.title).join(StudyType)
             .where((StudyType.name == REPORT_SESSION_TYPE) & StudySession.deleted_at.is_null())
             .order_by(StudySession.day, StudySession.id))
    return [ReportSession(s.id, s.day, s.title) for s in query]


def _values(data: RecommendationData) -> dict:
    errors: list = []
    officer = None
    if data.officer_id not in (None, ""):
        try:
            officer = Officer.get_or_none((Officer.id == int(data.officer_id)) & Officer.deleted_at.is_null())
        except (TypeError, ValueError):
            officer = None
        if officer is None:
            errors.append(ValidationError("干警", f"编号为 {data.officer_id} 的人员不在人员台账中"))
    name = clean_into(errors, data.name, 40, "姓名") or (officer.name if officer else "")
    require_text(errors, name, "姓名")
    unit = find_unit(data.unit) if (data.unit or "").strip() else (officer.unit if officer else None)
    if (data.unit or "").strip() and unit is None:
        errors.append(ValidationError("推荐单位", f"“{data.unit.strip()}”不在单位名单中"))
    elif unit is None and not errors:
        errors.append(ValidationError("推荐单位", "必须选择"))
    session = None
    if data.report_session_id not in (None, ""):
        session = next((s for s in report_sessions() if s.id == int(data.report_session_id)), None)
        if session is None:
            errors.append(ValidationError("英模报告会", "所选活动不是学习教育中的英模报告会（或已被删除）"))
    result = choice(data.result, RESULTS, "评选结果", errors)
    honour = clean_into(errors, data.honour, 40, "荣誉称号")
    if result == ELECTED and not honour:
        errors.append(ValidationError("荣誉称号", "评选结果为“当选”时必须填写（如 最美政法干警）"))
    values = dict(officer=officer, name=name, unit=unit, deeds=clean_into(errors, data.deeds, MAX_TEXT, "主要事迹",
                                                                          multiline=True),
                  recommended_on=parse_date(data.recommended_on, "推荐日期", errors, required=True),
                  level=choice(data.level, LEVELS, "评选层级", errors), result=result,
                  honour=honour if result == ELECTED else "", typical_model=bool(data.typical_model),
                  report_session=session.id if session else None,
                  notes=clean_into(errors, data.notes, MAX_TEXT, "备注", multiline=True))
    if errors:
        raise ValidationErrors(errors)
    return values


def save_recommendation(data: RecommendationData, recommendation_id: int | None = None) -> Recommendation:
    values = _values(data)
    with database.atomic():
        if recommendation_id is None:
            row = Recommendation.create(**values)
        else:
            row = get_row(Recommendation, recommendation_id, "英模推荐")
            Recommendation.update(**values).where(Recommendation.id == recommendation_id).execute()
    events.changed(TOPIC)
    return row


def delete_recommendation(recommendation_id: int) -> None:
    with database.atomic():
        get_row(Recommendation, recommendation_id, "英模推荐").delete_instance()
    events.changed(TOPIC)


def recommendation_rows(*, level: str | None = None, unit_id: int | None = None, since: dt.date | None = None,
                        until: dt.date | None = None) -> list[RecommendationRow]:
    """Recommendations in the period, by unit then date."""
    query = (Recommendation.select(Recommendation, Unit.name.alias("unit_full"), Unit.short_name.alias("unit_short"),
                                   Unit.sort_order.alias("unit_order"), Officer.post.alias("post"),
                                   StudySession.day.alias("session_day"), StudySession.title.alias("session_title"))
             .join(Unit, pw.JOIN.LEFT_OUTER, on=(Recommendation.unit == Unit.id))
             .switch(Recommendation).join(Officer, pw.JOIN.LEFT_OUTER, on=(Recommendation.officer == Officer.id))
             .switch(Recommendation).join(StudySession, pw.JOIN.LEFT_OUTER,
                                          on=(Recommendation.report_session == StudySession.id))
             .where(in_period(Recommendation.recommended_on, since, until)))
    if level:
        query = query.where(Recommendation.level == level)
    if unit_id is not None:
        query = query.where(Recommendation.unit == unit_id)
    rows = []
    for r in query.order_by(Unit.sort_order, Recommendation.recommended_on, Recommendation.id).dicts():
        session = f"{r['session_day']:%Y-%m-%d} {r['session_title']}" if r["session_day"] else ""
        rows.append(RecommendationRow(
            id=r["id"], officer_id=r["officer"], name=r["name"], unit=r["unit_short"] or r["unit_full"] or "",
            unit_name=r["unit_full"] or "", unit_order=r["unit_order"] or 0, post=r["post"] or "", deeds=r["deeds"],
            recommended_on=r["recommended_on"], level=r["level"], result=r["result"], honour=r["honour"],
            typical_model=r["typical_model"], report_session_id=r["report_session"], report_session=session,
            notes=r["notes"]))
    return rows
