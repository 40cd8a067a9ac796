"""Study session types, sessions (validated writes, audience) and the notice text kept with a session."""
from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field, fields

import peewee as pw

from app import events
from app.store import campaign
from app.store.db import database
from app.errors import Conflict, NotFound, ValidationError, ValidationErrors
from app.store.base import now
from app.roster.models import Department, Officer, Unit
from app.roster.units import find_unit
from app.study.models import (
    AUDIENCE_ALL, AUDIENCE_DEPARTMENTS, AUDIENCE_KINDS, AUDIENCE_PEOPLE, AUDIENCE_UNITS, DEFAULT_REQUIREMENTS,
    SessionAudience, StudySession, StudyType)
from app.common.safe_text import clean_into
from app.study._common import MAX_LONG_TEXT, MAX_TEXT, TOPIC, _get_session


# ---------------------------------------------------------------- session types

@dataclass(frozen=True)
class TypeRow:
    id: int
    name: str
    notice_verb: str
    is_test: bool
    active: bool
    sort_order: int
    sessions: int


def type_rows(*, active_only: bool = False) -> list[TypeRow]:
    used = dict(StudySession.select(StudySession.type, pw.fn.COUNT(StudySession.id))
                .where(StudySession.deleted_at.is_null()).group_by(StudySession.type).tuples())
    query = StudyType.select().order_by(StudyType.sort_order, StudyType.id)
    if active_only:
        query = query.where(StudyType.active)
    return [TypeRow(t.id, t.name, t.notice_verb, t.is_test, t.active, t.sort_order, used.get(t.id, 0))
            for t in query]


def _validate_type(name: str, verb: str, exclude_id: int | None) -> tuple[str, str]:
    errors: list = []
    name = clean_into(errors, name, 40, "类型名称")
    verb = clean_into(errors, verb, 10, "通知用词") or "举办"
    if not name:
        errors.append(ValidationError("类型名称", "不能为空"))
    if errors:
        raise ValidationErrors(errors)
    query = StudyType.select().where(StudyType.name == name)
    if exclude_id is not None:
        query = query.where(StudyType.id != exclude_id)
    if query.exists():
        raise Conflict(f"类型名称：“{name}”已存在")
    return name, verb


def create_type(name: str, notice_verb: str = "举办", is_test: bool = False) -> StudyType:
    with database.atomic():
        name, notice_verb = _validate_type(name, notice_verb, None)
        order = (StudyType.select(pw.fn.MAX(StudyType.sort_order)).scalar() or 0) + 1
        created = StudyType.create(name=name, notice_verb=notice_verb, is_test=is_test, sort_order=order)
    events.changed(TOPIC)
    return created


def update_type(type_id: int, name: str, notice_verb: str, is_test: bool, active: bool = True) -> None:
    with database.atomic():
        item = StudyType.get_or_none(StudyType.id == type_id)
        if item is None:
            raise NotFound("该类型已不存在，请刷新后再试。")
        item.name, item.notice_verb = _validate_type(name, notice_verb, type_id)
        item.is_test, item.active = is_test, active
        item.save()
    events.changed(TOPIC)


def delete_type(type_id: int) -> None:
    with database.atomic():
        item = StudyType.get_or_none(StudyType.id == type_id)
        if item is None:
            return
        if StudySession.select().where(StudySession.type == item).exists():
            raise Conflict(f"“{item.name}”已有学习活动使用（含回收站），不能删除；可改为停用。")
        item.delete_instance()
    events.changed(TOPIC)


def move_type(type_id: int, step: int) -> None:
    """Move one place up (step=-1) or down (+1) in the list."""
    with database.atomic():
        ordered = list(StudyType.select().order_by(StudyType.sort_order, StudyType.id))
        index = next((i for i, t in enumerate(ordered) if t.id == type_id), None)
        if index is None:
            return
        target = index + step
        if not 0 <= target < len(ordered):
            return
        ordered[index], ordered[target] = ordered[target], ordered[index]
        for order, item in enumerate(ordered, start=1):
            if item.sort_order != order:
                StudyType.update(sort_order=order).where(StudyType.id == item.id).execute()
    events.changed(TOPIC)


# ---------------------------------------------------------------- sessions

@dataclass
class SessionData:
    """What the session form says, before validation."""

    type_name: str = ""
    title: str = ""
    day: dt.date | None = None
    start_time: dt.time | None = None
    end_time: dt.time | None = None
    place: str = ""
    speaker: str = ""
    organiser: str = ""
    phase: str | None = None  # None: follow the campaign calendar
    audience: str = AUDIENCE_ALL
    unit_names: list[str] = field(default_factory=list)
    departments: list[tuple[str, str]] = field(default_factory=list)  # (unit name, department name)
    officer_ids: list[int] = field(default_factory=list)
    agenda: str = ""
    requirements: str = ""
    material: str = ""
    contact_person: str = ""
    contact_phone: str = ""
    pass_mark: float | None = None
    remarks: str = ""


def new_session_data(type_name: str = "", day: dt.date | None = None) -> SessionData:
    """A form pre-filled with the office's usual values."""
    day = day or dt.date.today()
    office = campaign.current()
    return SessionData(
        type_name=type_name, day=day, start_time=dt.time(9, 0), end_time=dt.time(11, 30),
        phase=office.phase_on(day), organiser=office.office,
        requirements="\n".join(line.replace("县教整办", office.office_short) for line in DEFAULT_REQUIREMENTS),
        contact_person=office.contact_person,
        contact_phone=office.contact_phone,
        pass_mark=60.0 if type_name and _type_is_test(type_name) else None)


def _type_is_test(name: str) -> bool:
    item = StudyType.get_or_none(StudyType.name == name)
    return bool(item and item.is_test)


def suggested_title(type_name: str) -> str:
    county = campaign.current().county_in_title  # no ××县 in a title
    base = type_name.split("/")[0]
    return f"{county}政法队伍教育整顿{base}"


def validate_session(data: SessionData) -> tuple[SessionData, StudyType]:
    errors: list[ValidationError] = []
    clean = SessionData(**{f.name: getattr(data, f.name) for f in fields(SessionData)})
    for name, label in (("title", "活动名称"), ("place", "地点"), ("speaker", "主讲人"), ("organiser", "主办单位"),
                        ("contact_person", "联系人"), ("contact_phone", "联系电话")):
        setattr(clean, name, clean_into(errors, getattr(data, name), MAX_TEXT, label))
    for name, label in (("agenda", "议程"), ("requirements", "会议要求"), ("material", "学习材料"),
                        ("remarks", "备注")):
        setattr(clean, name, clean_into(errors, getattr(data, name), MAX_LONG_TEXT, label, multiline=True))
    study_type = StudyType.get_or_none(StudyType.name == (data.type_name or "").strip())
    if study_type is None:
        errors.append(ValidationError("类型", "请选择活动类型" if not data.type_name else f"“{data.type_name}”不在类型列表中"))
    if not clean.title:
        errors.append(ValidationError("活动名称", "不能为空"))
    if clean.day is None:
        errors.append(ValidationError("日期", "不能为空"))
    elif not dt.date(2000, 1, 1) <= clean.day <= dt.date(2100, 12, 31):
        errors.append(ValidationError("日期", "不在合理范围内"))
    if clean.start_time and clean.end_time and clean.end_time <= clean.start_time:
        errors.append(ValidationError("结束时间", "应晚于开始时间"))
    if clean.phase is None:
        clean.phase = campaign.current().phase_on(clean.day) if clean.day else ""
    if clean.phase and clean.phase not in campaign.PHASES:
        errors.append(ValidationError("阶段", f"“{clean.phase}”不是{'、'.join(campaign.PHASES)}之一"))
    if clean.audience not in AUDIENCE_KINDS:
        errors.append(ValidationError("参加范围", "无效"))
    elif clean.audience == AUDIENCE_UNITS and not clean.unit_names:
        errors.append(ValidationError("参加单位", "请至少选择一个单位"))
    elif clean.audience == AUDIENCE_DEPARTMENTS and not clean.departments:
        errors.append(ValidationError("参加部门", "请至少选择一个部门"))
    elif clean.audience == AUDIENCE_PEOPLE and not clean.officer_ids:
        errors.append(ValidationError("参加人员", "请至少选择一人"))
    if clean.pass_mark is not None and not 0 <= clean.pass_mark <= 100:
        errors.append(ValidationError("合格分数线", "应在0到100之间"))
    if errors:
        raise ValidationErrors(errors)
    return clean, study_type


def _save_audience(session: StudySession, data: SessionData) -> None:
    SessionAudience.delete().where(SessionAudience.session == session).execute()
    rows = []
    if data.audience == AUDIENCE_UNITS:
        for name in dict.fromkeys(data.unit_names):
            unit = find_unit(name)
            if unit is None:
                raise ValidationError("参加单位", f"“{name}”不在人员台账中")
            rows.append(dict(session=session, unit=unit))
    elif data.audience == AUDIENCE_DEPARTMENTS:
        for unit_name, dept_name in dict.fromkeys(data.departments):
            owner = find_unit(unit_name)
            dept = (Department.get_or_none((Department.unit == owner.id) & (Department.name == dept_name))
                    if owner is not None else None)
            if dept is None:
                raise ValidationError("参加部门", f"“{unit_name}{dept_name}”不在人员台账中")
            rows.append(dict(session=session, department=dept))
    elif data.audience == AUDIENCE_PEOPLE:
        ids = list(dict.fromkeys(data.officer_ids))
        found = {o.id for o in Officer.alive().select(Officer.id).where(Officer.id.in_(ids))}
        missing = [i for i in ids if i not in found]
        if missing:
            raise ValidationError("参加人员", f"有 {len(missing)} 人已不在人员台账中，请重新选择")
        rows = [dict(session=session, officer=i) for i in ids]
    for start in range(0, len(rows), 300):
        SessionAudience.insert_many(rows[start:start + 300]).execute()


def _apply(session: StudySession, data: SessionData, study_type: StudyType) -> None:
    session.type = study_type
    for name in ("title", "day", "start_time", "end_time", "place", "speaker", "organiser", "phase", "audience",
                 "agenda", "requirements", "material", "contact_person", "contact_phone", "pass_mark", "remarks"):
        setattr(session, name, getattr(data, name))


def create_session(data: SessionData) -> StudySession:
    data, study_type = validate_session(data)
    with database.atomic():
        session = StudySession()
        _apply(session, data, study_type)
        session.save()
        _save_audience(session, data)
    events.changed(TOPIC)
    return session


def _audience_key(data: SessionData):
    return (data.audience, sorted(set(data.unit_names)), sorted(set(data.departments)), sorted(set(data.officer_ids)))


def update_session(session_id: int, data: SessionData) -> StudySession:
    data, study_type = validate_session(data)
    with database.atomic():
        session = _get_session(session_id)
        if session.frozen_at is not None and _audience_key(data) != _audience_key(session_data(session_id)):
            raise Conflict("参加范围：本场应到名单已锁定，不能再改参加范围；"
                           "如需增减个别人员，请在“参会人员/考勤”页添加或移出。")
        _apply(session, data, study_type)
        session.save()
        if session.frozen_at is None:
            _save_audience(session, data)
    events.changed(TOPIC)
    return session


def session_data(session_id: int) -> SessionData:
    session = _get_session(session_id)
    data = SessionData(type_name=session.type.name)
    for name in ("title", "day", "start_time", "end_time", "place", "speaker", "organiser", "phase", "audience",
                 "agenda", "requirements", "material", "contact_person", "contact_phone", "pass_mark", "remarks"):
        setattr(data, name, getattr(session, name))
    items = (SessionAudience.select(SessionAudience, Unit, Department)
             .join(Unit, pw.JOIN.LEFT_OUTER, on=(SessionAudience.unit == Unit.id))
             .switch(SessionAudience)
             .join(Department, pw.JOIN.LEFT_OUTER, on=(SessionAudience.department == Department.id))
             .where(SessionAudience.session == session_id))
    for item in items:
        if item.unit_id:
            data.unit_names.append(item.unit.name)
        elif item.department_id:
            data.departments.append((item.department.unit.name, item.department.name))
        elif item.officer_id:
            data.officer_ids.append(item.officer_id)
    return data


def delete_sessions(ids: list[int]) -> int:
    """Move to the trash (restorable)."""
    with database.atomic():
        count = (StudySession.update(deleted_at=now(), updated_at=now())
                 .where(StudySession.id.in_(ids) & StudySession.deleted_at.is_null()).execute())
    events.changed(TOPIC)
    return count


def restore_sessions(ids: list[int]) -> int:
    with database.atomic():
        count = (StudySession.update(deleted_at=None, updated_at=now())
                 .where(StudySession.id.in_(ids) & StudySession.deleted_at.is_null(False)).execute())
    events.changed(TOPIC)
    return count


# ---------------------------------------------------------------- the notice text kept with a session

def saved_notice(session_id: int) -> dict | None:
    session = _get_session(session_id)
    if not session.notice_json:
        return None
    try:
        return json.loads(session.notice_json)
    except ValueError:
        return None


def save_notice(session_id: int, payload: dict | None) -> None:
    """Keep the user's edited notice text with the session (None forgets it: back to generated text)."""
    text = "" if payload is None else json.dumps(payload, ensure_ascii=False, default=str)
    with database.atomic():
        session = _get_session(session_id)
        session.notice_json = text
        session.save()
    events.changed(TOPIC)


