"""Study sessions (学习教育) service: sessions, who must attend, attendance, make-up study (补学),
reflections (心得体会), test scores, and the figures drawn from them.

The expected list of a session is *locked* (copied into Attendee rows with each person's unit, department
and post of that day) the first time attendance is marked, or when the user locks it. Until then it is
worked out from the roster on demand, so a session planned weeks ahead follows roster changes, and a
session that has been held never does.

Attendance rate = (出席 + 迟到) / marked attendees; unmarked people are reported separately, so a session
being marked does not show a falsely low rate.
"""
from __future__ import annotations

import datetime as dt
import json
import shutil
from dataclasses import dataclass, field, fields
from pathlib import Path

import peewee as pw

from app import events
from app.events import Topic
from app.store import settings
from app.store.db import current_path, database
from app.errors import Conflict, NotFound, ValidationError, ValidationErrors
from app.store.base import now
from app.roster.models import Department, Officer, Unit
from app.study.models import (
    ABSENT, ATTENDANCE, AUDIENCE_ALL, AUDIENCE_DEPARTMENTS, AUDIENCE_KINDS, AUDIENCE_LABELS, AUDIENCE_PEOPLE,
    AUDIENCE_UNITS, LATE, LEAVE, MAKEUP_KINDS, MISSED_STATUSES, PRESENT, Attendee, MakeupTask, Reflection,
    SessionAudience, StudySession, StudyType)

TOPIC = Topic.STUDY
MAX_TEXT = 200
MAX_LONG_TEXT = 4000
# Roster statuses that are expected at study sessions. 病休 and 专案 people are expected but put on leave
# automatically when the list is locked: they are the 送学 / 补学 cases. 借调 and 离岗 are not expected.
EXPECTED_ROSTER_STATUSES = ("在岗", "病休", "专案")
DEFAULT_MAKEUP_DAYS = 14  # setting "study_makeup_days"
LEAVE_REASONS = ("病休", "专案", "出差", "公务外出", "值班备勤", "外出办案", "培训", "事假", "产假", "其他")
DEFAULT_REQUIREMENTS = (
    "严肃会议纪律。参会人员须提前10分钟签到入场，会议期间将手机调至静音，不得随意走动、交头接耳。",
    "严格请假报批。参会人员原则上不得请假，确因特殊情况不能参加的，须经本单位主要负责人同意后报县教整办备案，"
    "并按要求补学。",
    "认真做好记录。参会人员统一携带教育整顿学习笔记本，认真记录，会后撰写学习心得体会。",
)

STATE_OPEN, STATE_OVERDUE, STATE_DONE = "未完成", "已逾期", "已完成"


# ---------------------------------------------------------------- small helpers

def _clean(value, label: str, errors: list, limit: int = MAX_TEXT) -> str:
    text = "".join(ch for ch in str(value or "") if ch.isprintable() or ch in "\n\t").strip()
    if len(text) > limit:
        errors.append(ValidationError(label, f"过长（{len(text)}字，最多{limit}字）"))
    return text


def cn_day(day: dt.date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"


def _today(today: dt.date | None) -> dt.date:
    return today or dt.date.today()


def makeup_days() -> int:
    try:
        return max(1, int(settings.get("study_makeup_days") or DEFAULT_MAKEUP_DAYS))
    except ValueError:
        return DEFAULT_MAKEUP_DAYS


def _get_session(session_id: int) -> StudySession:
    session = StudySession.get_or_none(StudySession.id == session_id)
    if session is None or session.deleted_at is not None:
        raise NotFound(f"找不到编号为 {session_id} 的学习活动（可能已被删除）。")
    return session


def rate(part: int, whole: int) -> float | None:
    return round(part / whole, 4) if whole else None


def percent(value: float | None) -> str:
    return "—" if value is None else f"{value * 100:.1f}%"


WEEKDAYS = "一二三四五六日"


def weekday(day: dt.date) -> str:
    return f"星期{WEEKDAYS[day.weekday()]}"


def time_text(value: dt.time | None) -> str:
    """上午9:00 / 下午2:30 — the way notices give the time."""
    if value is None:
        return ""
    part = _half_day(value)
    hour = value.hour if value.hour <= 12 else value.hour - 12
    return f"{part}{hour}:{value.minute:02d}"


def _half_day(value: dt.time) -> str:
    return "上午" if value.hour < 12 else "下午" if value.hour < 19 else "晚上"


def when_text(day: dt.date, start: dt.time | None, end: dt.time | None) -> str:
    """2021年5月8日（星期六）下午3:30—6:00, as notices and sign-in sheets give it."""
    text = f"{cn_day(day)}（{weekday(day)}）"
    if start is not None:
        text += time_text(start)
        if end is not None:
            end_text = time_text(end)
            text += "—" + (end_text[2:] if _half_day(end) == _half_day(start) else end_text)
    return text


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
    name = _clean(name, "类型名称", errors, 40)
    verb = _clean(verb, "通知用词", errors, 10) or "举办"
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
    return SessionData(
        type_name=type_name, day=day, start_time=dt.time(9, 0), end_time=dt.time(11, 30),
        phase=settings.phase_on(day), organiser=settings.get("office_name"),
        requirements="\n".join(DEFAULT_REQUIREMENTS), contact_person=settings.get("contact_person"),
        contact_phone=settings.get("contact_phone"),
        pass_mark=60.0 if type_name and _type_is_test(type_name) else None)


def _type_is_test(name: str) -> bool:
    item = StudyType.get_or_none(StudyType.name == name)
    return bool(item and item.is_test)


def suggested_title(type_name: str) -> str:
    county = settings.get("county")
    base = type_name.split("/")[0]
    return f"{county}政法队伍教育整顿{base}"


def validate_session(data: SessionData) -> tuple[SessionData, StudyType]:
    errors: list[ValidationError] = []
    clean = SessionData(**{f.name: getattr(data, f.name) for f in fields(SessionData)})
    for name, label in (("title", "活动名称"), ("place", "地点"), ("speaker", "主讲人"), ("organiser", "主办单位"),
                        ("contact_person", "联系人"), ("contact_phone", "联系电话")):
        setattr(clean, name, _clean(getattr(data, name), label, errors))
    for name, label in (("agenda", "议程"), ("requirements", "会议要求"), ("material", "学习材料"),
                        ("remarks", "备注")):
        setattr(clean, name, _clean(getattr(data, name), label, errors, MAX_LONG_TEXT))
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
        clean.phase = settings.phase_on(clean.day) if clean.day else ""
    if clean.phase and clean.phase not in settings.PHASES:
        errors.append(ValidationError("阶段", f"“{clean.phase}”不是{'、'.join(settings.PHASES)}之一"))
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
            unit = Unit.get_or_none(Unit.name == name)
            if unit is None:
                raise ValidationError("参加单位", f"“{name}”不在人员台账中")
            rows.append(dict(session=session, unit=unit))
    elif data.audience == AUDIENCE_DEPARTMENTS:
        for unit_name, dept_name in dict.fromkeys(data.departments):
            dept = (Department.select().join(Unit)
                    .where((Unit.name == unit_name) & (Department.name == dept_name)).first())
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


# ---------------------------------------------------------------- who is expected

@dataclass(frozen=True)
class AttendeeRow:
    """One expected person at a session. `id` is None while the list is not locked yet."""

    id: int | None
    officer_id: int
    position: int
    name: str
    unit_name: str
    unit_short: str
    department: str
    post: str
    leadership: str
    roster_status: str
    status: str = ""
    reason: str = ""
    score: float | None = None
    makeup_id: int | None = None
    makeup_kind: str = ""
    makeup_state: str = ""
    makeup_deadline: dt.date | None = None
    reflection_on: dt.date | None = None
    word_count: int | None = None
    reflection_file: str = ""

    @property
    def place(self) -> str:
        """单位/部门 as the sign-in sheet shows it."""
        return self.department or self.leadership and "班子成员" or self.unit_short or self.unit_name


def _leadership_rank():
    return pw.Case(Officer.leadership, (("一把手", 0), ("班子成员", 1)), 2)


def _audience_query(session: StudySession):
    """Officers the session's audience names, in sign-in order, as dict rows."""
    query = (Officer
             .select(Officer.id, Officer.name, Officer.post, Officer.leadership, Officer.status,
                     Unit.name.alias("unit_name"), Unit.short_name.alias("unit_short"),
                     Unit.sort_order.alias("unit_order"), Department.name.alias("dept_name"))
             .join(Unit, on=(Officer.unit == Unit.id))
             .join(Department, pw.JOIN.LEFT_OUTER, on=(Officer.department == Department.id))
             .where(Officer.deleted_at.is_null()))
    def chosen(column):
        return SessionAudience.select(column).where(SessionAudience.session == session.id)

    if session.audience == AUDIENCE_PEOPLE:
        query = query.where(Officer.id.in_(chosen(SessionAudience.officer)))
    else:
        query = query.where(Officer.counts_in_campaign & Officer.status.in_(EXPECTED_ROSTER_STATUSES))
        if session.audience == AUDIENCE_UNITS:
            query = query.where(Officer.unit.in_(chosen(SessionAudience.unit)))
        elif session.audience == AUDIENCE_DEPARTMENTS:
            query = query.where(Officer.department.in_(chosen(SessionAudience.department)))
    return query.order_by(Unit.sort_order, Unit.id, _leadership_rank(), Department.sort_order.asc(nulls="first"),
                          Officer.id).dicts()


def audience_preview(officers, audience: str, unit_names=(), departments=(), officer_ids=()) -> list:
    """The same choice as the database query, over roster rows already loaded (`roster.officer_rows()`):
    lets a form show "应到 N 人" as the user ticks units, without a query per click."""
    if audience == AUDIENCE_PEOPLE:
        wanted = set(officer_ids)
        return [o for o in officers if o.id in wanted and o.deleted_at is None]
    pool = [o for o in officers if o.deleted_at is None and o.counts_in_campaign
            and o.status in EXPECTED_ROSTER_STATUSES]
    if audience == AUDIENCE_UNITS:
        units = set(unit_names)
        return [o for o in pool if o.unit in units]
    if audience == AUDIENCE_DEPARTMENTS:
        depts = set(departments)
        return [o for o in pool if (o.unit, o.department) in depts]
    return pool


def expected_count(session: StudySession) -> int:
    if session.frozen_at is not None:
        return Attendee.select().where(Attendee.session == session.id).count()
    return _audience_query(session).count()


def _preview_rows(session: StudySession) -> list[AttendeeRow]:
    return [AttendeeRow(id=None, officer_id=r["id"], position=i, name=r["name"], unit_name=r["unit_name"],
                        unit_short=r["unit_short"] or "", department=r["dept_name"] or "", post=r["post"],
                        leadership=r["leadership"], roster_status=r["status"])
            for i, r in enumerate(_audience_query(session), start=1)]


def _attendee_dicts(session: StudySession, rows: list[dict], start_position: int) -> list[dict]:
    stamp = now()
    result = []
    for i, r in enumerate(rows, start=start_position):
        away = r["status"] in ("病休", "专案")
        result.append(dict(session=session.id, officer=r["id"], position=i, name=r["name"],
                           unit_name=r["unit_name"], unit_short=r["unit_short"] or "", unit_order=r["unit_order"],
                           department_name=r["dept_name"] or "", post=r["post"], leadership=r["leadership"],
                           roster_status=r["status"], status=LEAVE if away else "",
                           reason=r["status"] if away else "", marked_at=stamp if away else None))
    return result


def _insert_attendees(rows: list[dict]) -> None:
    for start in range(0, len(rows), 150):
        Attendee.insert_many(rows[start:start + 150]).execute()


def _freeze(session: StudySession) -> int:
    """Inside a transaction: copy the expected people into Attendee rows (once)."""
    if session.frozen_at is not None:
        return Attendee.select().where(Attendee.session == session).count()
    rows = _attendee_dicts(session, list(_audience_query(session)), 1)
    if not rows:
        raise Conflict("应到名单为空：参加范围内没有在册人员，请先检查参加范围或人员台账。")
    _insert_attendees(rows)
    session.frozen_at = now()
    session.save()
    _sync_tasks([a.id for a in Attendee.select(Attendee.id).where(
        (Attendee.session == session) & (Attendee.status == LEAVE))])
    return len(rows)


def freeze(session_id: int) -> int:
    """Lock the expected list: copy who is expected today, as they are today. Returns how many.

    People on 病休 or 专案 are entered as 请假 with that reason, which gives them their make-up task.
    Locking twice does nothing.
    """
    with database.atomic():
        count = _freeze(_get_session(session_id))
    events.changed(TOPIC)
    return count


def add_attendees(session_id: int, officer_ids: list[int]) -> int:
    """Add people to a locked list (e.g. someone newly required to attend). Returns how many were added."""
    with database.atomic():
        session = _get_session(session_id)
        if session.frozen_at is None:
            raise Conflict("本场应到名单尚未锁定，请修改活动的参加范围。")
        present = {a.officer_id for a in Attendee.select(Attendee.officer).where(Attendee.session == session)}
        wanted = [i for i in dict.fromkeys(officer_ids) if i not in present]
        if not wanted:
            return 0
        query = (Officer
                 .select(Officer.id, Officer.name, Officer.post, Officer.leadership, Officer.status,
                         Unit.name.alias("unit_name"), Unit.short_name.alias("unit_short"),
                         Unit.sort_order.alias("unit_order"), Department.name.alias("dept_name"))
                 .join(Unit, on=(Officer.unit == Unit.id))
                 .join(Department, pw.JOIN.LEFT_OUTER, on=(Officer.department == Department.id))
                 .where(Officer.id.in_(wanted) & Officer.deleted_at.is_null())
                 .order_by(Unit.sort_order, _leadership_rank(), Department.sort_order.asc(nulls="first"), Officer.id)
                 .dicts())
        last = Attendee.select(pw.fn.MAX(Attendee.position)).where(Attendee.session == session).scalar() or 0
        rows = _attendee_dicts(session, list(query), last + 1)
        _insert_attendees(rows)
        ids = [a.id for a in Attendee.select(Attendee.id).where(
            (Attendee.session == session) & Attendee.officer.in_(wanted) & (Attendee.status == LEAVE))]
        _sync_tasks(ids)
    events.changed(TOPIC)
    return len(rows)


def remove_attendees(session_id: int, attendee_ids: list[int]) -> int:
    """Take people off a locked list (entered by mistake). Their marks, make-up and reflection go too."""
    with database.atomic():
        _get_session(session_id)
        count = Attendee.delete().where((Attendee.session == session_id) & Attendee.id.in_(attendee_ids)).execute()
    events.changed(TOPIC)
    return count


def attendee_rows(session_id: int) -> list[AttendeeRow]:
    """The expected people with their marks, make-up and reflection; a live preview while not locked."""
    session = _get_session(session_id)
    if session.frozen_at is None:
        return _preview_rows(session)
    today = dt.date.today()
    query = (Attendee
             .select(Attendee, MakeupTask.id.alias("task_id"), MakeupTask.kind, MakeupTask.deadline,
                     MakeupTask.completed_on, Reflection.received_on, Reflection.word_count, Reflection.file_path)
             .join(MakeupTask, pw.JOIN.LEFT_OUTER, on=(MakeupTask.attendee == Attendee.id))
             .switch(Attendee)
             .join(Reflection, pw.JOIN.LEFT_OUTER, on=(Reflection.attendee == Attendee.id))
             .where(Attendee.session == session_id)
             .order_by(Attendee.position, Attendee.id)
             .dicts())
    rows = []
    for r in query:
        rows.append(AttendeeRow(
            id=r["id"], officer_id=r["officer"], position=r["position"], name=r["name"], unit_name=r["unit_name"],
            unit_short=r["unit_short"], department=r["department_name"], post=r["post"], leadership=r["leadership"],
            roster_status=r["roster_status"], status=r["status"], reason=r["reason"], score=r["score"],
            makeup_id=r["task_id"], makeup_kind=r["kind"] or "",
            makeup_state=task_state(r["deadline"], r["completed_on"], today) if r["task_id"] else "",
            makeup_deadline=r["deadline"], reflection_on=r["received_on"], word_count=r["word_count"],
            reflection_file=r["file_path"] or ""))
    return rows


# ---------------------------------------------------------------- attendance

def default_makeup_kind(reason: str, leadership: str = "", roster_status: str = "") -> str:
    """专案人员补学、病休人员送学、特殊人员帮学、关键少数夜学 — the source county's four ways."""
    text = f"{reason}{roster_status}"
    if "病" in text:
        return "送学"
    if "专案" in text:
        return "补学"
    if any(word in text for word in ("产假", "哺乳", "行动不便", "特殊", "家庭困难")):
        return "帮学"
    if leadership in ("一把手", "班子成员"):
        return "夜学"
    return "补学"


def _sync_tasks(attendee_ids: list[int]) -> None:
    """Make-up tasks follow the marks: a task for each person on leave or absent; an open task goes away
    when the mark changes to present; a completed task stays (the study was done)."""
    if not attendee_ids:
        return
    default_days = makeup_days()
    create, drop, retune = [], [], []
    for start in range(0, len(attendee_ids), 500):
        chunk = attendee_ids[start:start + 500]
        query = (Attendee
                 .select(Attendee.id, Attendee.status, Attendee.reason, Attendee.leadership, Attendee.roster_status,
                         StudySession.day, StudySession.title, StudySession.material,
                         MakeupTask.id.alias("task_id"), MakeupTask.kind, MakeupTask.kind_auto,
                         MakeupTask.completed_on)
                 .join(StudySession, on=(Attendee.session == StudySession.id))
                 .switch(Attendee)
                 .join(MakeupTask, pw.JOIN.LEFT_OUTER, on=(MakeupTask.attendee == Attendee.id))
                 .where(Attendee.id.in_(chunk))
                 .dicts())
        for r in query:
            missed = r["status"] in MISSED_STATUSES
            kind = default_makeup_kind(r["reason"], r["leadership"], r["roster_status"])
            if missed and r["task_id"] is None:
                create.append(dict(attendee=r["id"], kind=kind, kind_auto=True,
                                   material=r["material"] or f"{r['title']}学习材料（会议录像、讲话稿）",
                                   deadline=r["day"] + dt.timedelta(days=default_days)))
            elif missed and r["kind_auto"] and r["completed_on"] is None and r["kind"] != kind:
                retune.append((r["task_id"], kind))
            elif not missed and r["task_id"] is not None and r["completed_on"] is None:
                drop.append(r["task_id"])
    for start in range(0, len(create), 150):
        MakeupTask.insert_many(create[start:start + 150]).execute()
    for task_id, kind in retune:
        MakeupTask.update(kind=kind, updated_at=now()).where(MakeupTask.id == task_id).execute()
    for start in range(0, len(drop), 500):
        MakeupTask.delete().where(MakeupTask.id.in_(drop[start:start + 500])).execute()


def mark(session_id: int, attendee_ids: list[int], status: str, reason: str | None = None) -> int:
    """Set the attendance mark of some attendees ("" clears it). Returns how many were changed.

    `reason` (for 请假/缺席/迟到) replaces the stored reason when given; marking 出席 clears the reason.
    """
    if status not in ATTENDANCE and status != "":
        raise ValidationError("考勤", f"“{status}”不是{'、'.join(ATTENDANCE)}之一")
    errors: list = []
    reason = None if reason is None else _clean(reason, "原因", errors, 100)
    if errors:
        raise ValidationErrors(errors)
    ids = list(dict.fromkeys(attendee_ids))
    with database.atomic():
        session = _get_session(session_id)
        values = {Attendee.status: status, Attendee.marked_at: now() if status else None,
                  Attendee.updated_at: now()}
        if status in ("", PRESENT):
            values[Attendee.reason] = ""
        elif reason is not None:
            values[Attendee.reason] = reason
        count = 0
        for start in range(0, len(ids), 500):
            count += (Attendee.update(values)
                      .where((Attendee.session == session) & Attendee.id.in_(ids[start:start + 500])).execute())
        _sync_tasks(ids)
    events.changed(TOPIC)
    return count


def mark_all_present(session_id: int, unit_name: str | None = None) -> int:
    """Everyone not yet marked (in one unit, or in all) is marked 出席. Locks the list first if needed.

    The fast path at the door: the whole unit present at once, then the exceptions one by one.
    """
    with database.atomic():
        session = _get_session(session_id)
        _freeze(session)
        query = Attendee.update(status=PRESENT, reason="", marked_at=now(), updated_at=now()).where(
            (Attendee.session == session) & (Attendee.status == ""))
        if unit_name:
            query = query.where(Attendee.unit_name == unit_name)
        count = query.execute()
    events.changed(TOPIC)
    return count


def set_reason(attendee_id: int, reason: str) -> None:
    errors: list = []
    reason = _clean(reason, "原因", errors, 100)
    if errors:
        raise ValidationErrors(errors)
    with database.atomic():
        attendee = Attendee.get_or_none(Attendee.id == attendee_id)
        if attendee is None:
            raise NotFound("该参会人员已不在名单中，请刷新后再试。")
        attendee.reason = reason
        attendee.save()
        _sync_tasks([attendee.id])
    events.changed(TOPIC)


# ---------------------------------------------------------------- make-up study

def task_state(deadline: dt.date | None, completed_on: dt.date | None, today: dt.date) -> str:
    if completed_on is not None:
        return STATE_DONE
    if deadline is not None and deadline < today:
        return STATE_OVERDUE
    return STATE_OPEN


@dataclass(frozen=True)
class MakeupRow:
    id: int
    attendee_id: int
    session_id: int
    session_title: str
    session_day: dt.date
    type_name: str
    name: str
    unit_name: str
    unit_short: str
    department: str
    status: str  # attendance mark
    reason: str
    kind: str
    material: str
    deadline: dt.date | None
    completed_on: dt.date | None
    evidence_note: str
    evidence_file: str
    state: str
    unit_order: int
    position: int


def makeup_rows(*, session_id: int | None = None, unit_name: str | None = None, state: str | None = None,
                today: dt.date | None = None) -> list[MakeupRow]:
    """Make-up tasks of live sessions; `state` is 未完成 (open, overdue included), 已逾期 or 已完成."""
    today = _today(today)
    query = (MakeupTask
             .select(MakeupTask, Attendee.id.alias("att_id"), Attendee.name, Attendee.unit_name, Attendee.unit_short,
                     Attendee.unit_order, Attendee.department_name, Attendee.status, Attendee.reason,
                     Attendee.position, StudySession.id.alias("sid"), StudySession.title, StudySession.day,
                     StudyType.name.alias("type_name"))
             .join(Attendee, on=(MakeupTask.attendee == Attendee.id))
             .join(StudySession, on=(Attendee.session == StudySession.id))
             .join(StudyType, on=(StudySession.type == StudyType.id))
             .where(StudySession.deleted_at.is_null()))
    if session_id is not None:
        query = query.where(StudySession.id == session_id)
    if unit_name:
        query = query.where(Attendee.unit_name == unit_name)
    if state == STATE_DONE:
        query = query.where(MakeupTask.completed_on.is_null(False))
    elif state == STATE_OPEN:
        query = query.where(MakeupTask.completed_on.is_null())
    elif state == STATE_OVERDUE:
        query = query.where(MakeupTask.completed_on.is_null() & (MakeupTask.deadline < today))
    query = query.order_by(Attendee.unit_order, Attendee.unit_name, StudySession.day, Attendee.position)
    rows = []
    for r in query.dicts():
        rows.append(MakeupRow(
            id=r["id"], attendee_id=r["att_id"], session_id=r["sid"], session_title=r["title"],
            session_day=r["day"], type_name=r["type_name"], name=r["name"], unit_name=r["unit_name"],
            unit_short=r["unit_short"], department=r["department_name"], status=r["status"], reason=r["reason"],
            kind=r["kind"], material=r["material"], deadline=r["deadline"], completed_on=r["completed_on"],
            evidence_note=r["evidence_note"], evidence_file=r["evidence_file"],
            state=task_state(r["deadline"], r["completed_on"], today), unit_order=r["unit_order"],
            position=r["position"]))
    return rows


def update_task(task_id: int, *, kind: str, material: str, deadline: dt.date | None,
                evidence_note: str = "") -> None:
    errors: list = []
    if kind not in MAKEUP_KINDS:
        errors.append(ValidationError("补学方式", f"“{kind}”不是{'、'.join(MAKEUP_KINDS)}之一"))
    material = _clean(material, "学习材料", errors, MAX_LONG_TEXT)
    evidence_note = _clean(evidence_note, "佐证说明", errors, MAX_LONG_TEXT)
    if deadline is None:
        errors.append(ValidationError("完成期限", "不能为空"))
    if errors:
        raise ValidationErrors(errors)
    with database.atomic():
        task = MakeupTask.get_or_none(MakeupTask.id == task_id)
        if task is None:
            raise NotFound("该补学任务已不存在（考勤可能已改为出席），请刷新后再试。")
        attendee = task.attendee
        if kind != task.kind:
            task.kind_auto = kind == default_makeup_kind(attendee.reason, attendee.leadership, attendee.roster_status)
        task.kind, task.material, task.deadline, task.evidence_note = kind, material, deadline, evidence_note
        task.save()
    events.changed(TOPIC)


def complete_tasks(task_ids: list[int], day: dt.date, evidence_note: str = "", evidence_file: str | None = None,
                   *, today: dt.date | None = None) -> int:
    """Close make-up tasks on `day`. The date may not be in the future nor before the session."""
    errors: list = []
    evidence_note = _clean(evidence_note, "佐证说明", errors, MAX_LONG_TEXT)
    if day is None:
        errors.append(ValidationError("完成日期", "不能为空"))
    elif day > _today(today):
        errors.append(ValidationError("完成日期", "不能晚于今天"))
    if errors:
        raise ValidationErrors(errors)
    tasks = list(MakeupTask.select(MakeupTask, Attendee, StudySession)
                 .join(Attendee).join(StudySession).where(MakeupTask.id.in_(task_ids)))
    early = [t for t in tasks if day < t.attendee.session.day]
    if early:
        first = early[0]
        raise ValidationError("完成日期", f"{first.attendee.name}：早于活动日期（{cn_day(first.attendee.session.day)}）")
    stored = store_attachment(evidence_file, "补学佐证") if evidence_file else None
    with database.atomic():
        for task in tasks:
            values = {MakeupTask.completed_on: day, MakeupTask.closed_by: _actor(), MakeupTask.updated_at: now()}
            if evidence_note:
                values[MakeupTask.evidence_note] = evidence_note
            if stored:
                values[MakeupTask.evidence_file] = stored
            MakeupTask.update(values).where(MakeupTask.id == task.id).execute()
    events.changed(TOPIC)
    return len(tasks)


def reopen_tasks(task_ids: list[int]) -> int:
    with database.atomic():
        count = (MakeupTask.update(completed_on=None, closed_by="", updated_at=now())
                 .where(MakeupTask.id.in_(task_ids)).execute())
    events.changed(TOPIC)
    return count


def _actor() -> str:
    from app.safety.access import current_actor

    return current_actor()


# ---------------------------------------------------------------- attachments

def attachments_root() -> Path:
    """Files the user attaches are copied next to the database, so the two travel together."""
    db_path = current_path()
    if db_path is None:
        from app.paths import data_dir

        return data_dir() / "附件"
    return db_path.parent / f"{db_path.stem}-附件"


def store_attachment(source: str | Path, folder: str) -> str:
    """Copy `source` under the attachments folder; returns the path relative to the database's folder."""
    source = Path(source)
    if not source.is_file():
        raise ValidationError("附件", f"找不到文件 {source}")
    target_dir = attachments_root() / "学习教育" / folder
    target_dir.mkdir(parents=True, exist_ok=True)
    target = target_dir / source.name
    counter = 1
    while target.exists():
        target = target_dir / f"{source.stem}({counter}){source.suffix}"
        counter += 1
    shutil.copy2(source, target)
    base = attachments_root().parent
    return str(target.relative_to(base))


def attachment_path(stored: str) -> Path | None:
    if not stored:
        return None
    path = Path(stored)
    if not path.is_absolute():
        path = attachments_root().parent / path
    return path


# ---------------------------------------------------------------- reflections

def record_reflections(attendee_ids: list[int], received_on: dt.date, word_count: int | None = None,
                       note: str = "", file: str | None = None, *, today: dt.date | None = None) -> int:
    """Register 心得体会 handed in (one per person and session; registering again updates it)."""
    errors: list = []
    note = _clean(note, "备注", errors)
    if received_on is None:
        errors.append(ValidationError("交来日期", "不能为空"))
    elif received_on > _today(today):
        errors.append(ValidationError("交来日期", "不能晚于今天"))
    if word_count is not None and not 0 < word_count < 1_000_000:
        errors.append(ValidationError("字数", "应为正整数"))
    if errors:
        raise ValidationErrors(errors)
    stored = store_attachment(file, "心得体会") if file else None
    ids = list(dict.fromkeys(attendee_ids))
    with database.atomic():
        existing = {r.attendee_id: r for r in Reflection.select().where(Reflection.attendee.in_(ids))}
        new_rows = []
        for attendee_id in ids:
            row = existing.get(attendee_id)
            if row is None:
                new_rows.append(dict(attendee=attendee_id, received_on=received_on, word_count=word_count,
                                     note=note, file_path=stored or ""))
            else:
                row.received_on = received_on
                if word_count is not None:
                    row.word_count = word_count
                if note:
                    row.note = note
                if stored:
                    row.file_path = stored
                row.save()
        for start in range(0, len(new_rows), 200):
            Reflection.insert_many(new_rows[start:start + 200]).execute()
    events.changed(TOPIC)
    return len(ids)


def remove_reflections(attendee_ids: list[int]) -> int:
    with database.atomic():
        count = Reflection.delete().where(Reflection.attendee.in_(attendee_ids)).execute()
    events.changed(TOPIC)
    return count


def missing_reflections(session_id: int) -> list[AttendeeRow]:
    """Who has not handed in a reflection for the session."""
    return [r for r in attendee_rows(session_id) if r.id is not None and r.reflection_on is None]


# ---------------------------------------------------------------- test scores

def set_scores(session_id: int, scores: dict[int, float | None]) -> None:
    """attendee id → score (None clears it). Scores are 0–100."""
    with database.atomic():
        session = _get_session(session_id)
        names = dict(Attendee.select(Attendee.id, Attendee.name)
                     .where((Attendee.session == session) & Attendee.id.in_(list(scores))).tuples())
        errors = []
        for attendee_id, score in scores.items():
            if attendee_id not in names:
                errors.append(ValidationError("成绩", f"编号 {attendee_id} 不在本场名单中"))
            elif score is not None and not 0 <= score <= 100:
                errors.append(ValidationError("成绩", f"{names[attendee_id]}：{score:g} 不在0到100之间"))
        if errors:
            raise ValidationErrors(errors)
        for attendee_id, score in scores.items():
            Attendee.update(score=score, updated_at=now()).where(Attendee.id == attendee_id).execute()
    events.changed(TOPIC)


def set_pass_mark(session_id: int, pass_mark: float) -> None:
    if pass_mark is None or not 0 <= pass_mark <= 100:
        raise ValidationError("合格分数线", "应在0到100之间")
    with database.atomic():
        session = _get_session(session_id)
        session.pass_mark = pass_mark
        session.save()
    events.changed(TOPIC)


@dataclass(frozen=True)
class TestSummary:
    expected: int
    scored: int
    passed: int
    pass_mark: float
    pass_rate: float | None
    average: float | None
    highest: float | None
    lowest: float | None


def test_summary(session_id: int) -> TestSummary:
    session = _get_session(session_id)
    pass_mark = session.pass_mark if session.pass_mark is not None else 60.0
    scores = [s for (s,) in Attendee.select(Attendee.score).where(Attendee.session == session).tuples()]
    expected = len(scores)
    scored = [s for s in scores if s is not None]
    passed = sum(1 for s in scored if s >= pass_mark)
    return TestSummary(expected=expected, scored=len(scored), passed=passed, pass_mark=pass_mark,
                       pass_rate=rate(passed, len(scored)),
                       average=round(sum(scored) / len(scored), 1) if scored else None,
                       highest=max(scored) if scored else None, lowest=min(scored) if scored else None)


test_summary.__test__ = False  # not a pytest test despite the name


# ---------------------------------------------------------------- figures

@dataclass
class Figures:
    """Attendance, make-up and reflection counts for a session, a unit, a person or everything."""

    expected: int = 0
    present: int = 0
    late: int = 0
    leave: int = 0
    absent: int = 0
    unmarked: int = 0
    makeup_open: int = 0
    makeup_overdue: int = 0
    makeup_done: int = 0
    reflections: int = 0
    sessions: int = 0

    @property
    def attended(self) -> int:
        return self.present + self.late

    @property
    def marked(self) -> int:
        return self.expected - self.unmarked

    @property
    def attendance_rate(self) -> float | None:
        return rate(self.attended, self.marked)

    def add_status(self, status: str, n: int) -> None:
        self.expected += n
        if status == PRESENT:
            self.present += n
        elif status == LATE:
            self.late += n
        elif status == LEAVE:
            self.leave += n
        elif status == ABSENT:
            self.absent += n
        else:
            self.unmarked += n


def _figures_by(key_fields: tuple, *, today: dt.date | None = None, extra_where=None) -> dict:
    """Figures grouped by the given Attendee/StudySession fields; keys are tuples of their values."""
    today = _today(today)
    alive = StudySession.deleted_at.is_null()
    where = alive if extra_where is None else (alive & extra_where)
    result: dict = {}

    def get(key) -> Figures:
        if key not in result:
            result[key] = Figures()
        return result[key]

    counts = (Attendee.select(*key_fields, Attendee.status, pw.fn.COUNT(Attendee.id))
              .join(StudySession, on=(Attendee.session == StudySession.id)).where(where)
              .group_by(*key_fields, Attendee.status).tuples())
    for *key, status, n in counts:
        get(tuple(key)).add_status(status, n)
    done = pw.fn.SUM(pw.Case(None, ((MakeupTask.completed_on.is_null(False), 1),), 0))
    overdue = pw.fn.SUM(pw.Case(None, ((MakeupTask.completed_on.is_null() & (MakeupTask.deadline < today), 1),), 0))
    tasks = (Attendee.select(*key_fields, pw.fn.COUNT(MakeupTask.id), done, overdue)
             .join(StudySession, on=(Attendee.session == StudySession.id))
             .switch(Attendee).join(MakeupTask, on=(MakeupTask.attendee == Attendee.id))
             .where(where).group_by(*key_fields).tuples())
    for *key, total, n_done, n_overdue in tasks:
        figures = get(tuple(key))
        figures.makeup_done = int(n_done or 0)
        figures.makeup_open = int(total) - figures.makeup_done
        figures.makeup_overdue = int(n_overdue or 0)
    reflections = (Attendee.select(*key_fields, pw.fn.COUNT(Reflection.id))
                   .join(StudySession, on=(Attendee.session == StudySession.id))
                   .switch(Attendee).join(Reflection, on=(Reflection.attendee == Attendee.id))
                   .where(where).group_by(*key_fields).tuples())
    for *key, n in reflections:
        get(tuple(key)).reflections = n
    sessions = (Attendee.select(*key_fields, pw.fn.COUNT(pw.fn.DISTINCT(Attendee.session)))
                .join(StudySession, on=(Attendee.session == StudySession.id)).where(where)
                .group_by(*key_fields).tuples())
    for *key, n in sessions:
        get(tuple(key)).sessions = n
    return result


def session_figures(session_id: int, *, today: dt.date | None = None) -> Figures:
    session = _get_session(session_id)
    if session.frozen_at is None:
        return Figures(expected=expected_count(session), unmarked=expected_count(session))
    found = _figures_by((Attendee.session,), today=today, extra_where=(StudySession.id == session_id))
    return found.get((session_id,), Figures())


def total_figures(*, today: dt.date | None = None) -> Figures:
    found = _figures_by((), today=today)
    return found.get((), Figures())


@dataclass(frozen=True)
class TypeFigures:
    type_name: str
    held: int
    planned: int
    figures: Figures


def type_figures(*, today: dt.date | None = None) -> list[TypeFigures]:
    """Per session type: sessions held and planned, and the attendance of those held."""
    today = _today(today)
    found = _figures_by((StudySession.type,), today=today)
    counts: dict[int, list[int]] = {}
    for type_id, day in (StudySession.select(StudySession.type, StudySession.day)
                         .where(StudySession.deleted_at.is_null()).tuples()):
        entry = counts.setdefault(type_id, [0, 0])
        entry[0 if day <= today else 1] += 1
    result = []
    for t in StudyType.select().order_by(StudyType.sort_order, StudyType.id):
        held, planned = counts.get(t.id, (0, 0))
        if held or planned or t.active:
            result.append(TypeFigures(t.name, held, planned, found.get((t.id,), Figures())))
    return result


@dataclass(frozen=True)
class UnitFigures:
    unit_name: str
    unit_short: str
    figures: Figures


def unit_figures(*, today: dt.date | None = None) -> list[UnitFigures]:
    found = _figures_by((Attendee.unit_order, Attendee.unit_name, Attendee.unit_short), today=today)
    return [UnitFigures(name, short, figures) for (_order, name, short), figures in sorted(found.items())]


@dataclass(frozen=True)
class PersonFigures:
    officer_id: int
    name: str
    unit_name: str
    unit_short: str
    department: str
    figures: Figures


def person_figures(*, today: dt.date | None = None) -> list[PersonFigures]:
    found = _figures_by((Attendee.officer,), today=today)
    if not found:
        return []
    # The person's latest snapshot names them (they may have moved unit since).
    latest = {}
    query = (Attendee.select(Attendee.officer, Attendee.name, Attendee.unit_name, Attendee.unit_short,
                             Attendee.department_name, Attendee.unit_order, Attendee.position)
             .join(StudySession, on=(Attendee.session == StudySession.id))
             .where(StudySession.deleted_at.is_null()).order_by(StudySession.day, Attendee.id).tuples())
    for officer_id, name, unit_name, unit_short, dept, unit_order, position in query:
        latest[officer_id] = (unit_order, position, name, unit_name, unit_short, dept)
    result = [PersonFigures(officer_id, *latest[officer_id][2:], figures) for (officer_id,), figures in found.items()]
    result.sort(key=lambda p: (latest[p.officer_id][0], latest[p.officer_id][1], p.officer_id))
    return result


# ---------------------------------------------------------------- session list

@dataclass(frozen=True)
class SessionRow:
    id: int
    type_name: str
    is_test: bool
    title: str
    day: dt.date
    start_time: dt.time | None
    end_time: dt.time | None
    place: str
    speaker: str
    organiser: str
    phase: str
    audience: str
    audience_text: str
    frozen: bool
    figures: Figures
    state: str
    deleted_at: dt.datetime | None

    @property
    def when_text(self) -> str:
        text = f"{self.day:%Y-%m-%d}"
        if self.start_time:
            text += f" {self.start_time:%H:%M}"
        return text


def _audience_texts(session_ids: list[int]) -> dict[int, str]:
    names: dict[int, list[str]] = {}
    counts: dict[int, int] = {}
    query = (SessionAudience.select(SessionAudience.session, SessionAudience.officer,
                                    Unit.short_name, Unit.name, Department.name.alias("dept"))
             .join(Unit, pw.JOIN.LEFT_OUTER, on=(SessionAudience.unit == Unit.id))
             .switch(SessionAudience)
             .join(Department, pw.JOIN.LEFT_OUTER, on=(SessionAudience.department == Department.id))
             .where(SessionAudience.session.in_(session_ids)).dicts())
    for r in query:
        sid = r["session"]
        if r["officer"]:
            counts[sid] = counts.get(sid, 0) + 1
        else:
            names.setdefault(sid, []).append(r["short_name"] or r["name"] or r["dept"] or "")
    result = {sid: "、".join(n) for sid, n in names.items()}
    for sid, n in counts.items():
        result[sid] = f"指定{n}人"
    return result


def session_rows(*, trashed: bool = False, today: dt.date | None = None) -> list[SessionRow]:
    """Sessions newest first, each with its figures."""
    today = _today(today)
    sessions = list(StudySession.select(StudySession, StudyType).join(StudyType)
                    .where(StudySession.deleted_at.is_null(not trashed))
                    .order_by(StudySession.day.desc(), StudySession.start_time.desc(), StudySession.id.desc()))
    ids = [s.id for s in sessions]
    figures = _figures_by((Attendee.session,), today=today,
                          extra_where=StudySession.deleted_at.is_null(not trashed)) if ids else {}
    texts = _audience_texts(ids) if ids else {}
    rows = []
    for s in sessions:
        if s.frozen_at is None:
            n = expected_count(s)
            fig = Figures(expected=n, unmarked=n)
        else:
            fig = figures.get((s.id,), Figures())
        if s.day > today:
            state = "未开始"
        elif s.frozen_at is None or fig.marked == 0:
            state = "待考勤"
        elif fig.unmarked:
            state = "考勤中"
        else:
            state = "已考勤"
        audience_text = AUDIENCE_LABELS[AUDIENCE_ALL] if s.audience == AUDIENCE_ALL else texts.get(s.id, "")
        rows.append(SessionRow(
            id=s.id, type_name=s.type.name, is_test=s.type.is_test, title=s.title, day=s.day,
            start_time=s.start_time, end_time=s.end_time, place=s.place, speaker=s.speaker, organiser=s.organiser,
            phase=s.phase, audience=s.audience, audience_text=audience_text, frozen=s.frozen_at is not None,
            figures=fig, state=state, deleted_at=s.deleted_at))
    return rows


def session_row(session_id: int) -> SessionRow:
    for row in session_rows():
        if row.id == session_id:
            return row
    raise NotFound(f"找不到编号为 {session_id} 的学习活动（可能已被删除）。")


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


def stats() -> dict:
    per_type: dict[str, int] = {}
    for name, n in (StudyType.select(StudyType.name, pw.fn.COUNT(StudySession.id))
                    .join(StudySession, on=((StudySession.type == StudyType.id) & StudySession.deleted_at.is_null()))
                    .group_by(StudyType.id).order_by(StudyType.sort_order).tuples()):
        per_type[name] = n
    today = dt.date.today()
    alive = StudySession.select().where(StudySession.deleted_at.is_null())
    total = total_figures(today=today)
    tests = []
    for session in (StudySession.select().join(StudyType)
                    .where(StudyType.is_test & StudySession.deleted_at.is_null()).order_by(StudySession.day)):
        summary = test_summary(session.id)
        tests.append({"session": session.id, "title": session.title, "scored": summary.scored,
                      "passed": summary.passed, "pass_rate": summary.pass_rate, "average": summary.average})
    return {
        "sessions": alive.count(),
        "held": alive.where(StudySession.day <= today).count(),
        "planned": alive.where(StudySession.day > today).count(),
        "sessions_per_type": per_type,
        "expected": total.expected,
        "attended": total.attended,
        "on_leave": total.leave,
        "absent": total.absent,
        "unmarked": total.unmarked,
        "attendance_rate": total.attendance_rate,
        "makeup_open": total.makeup_open,
        "makeup_overdue": total.makeup_overdue,
        "makeup_done": total.makeup_done,
        "reflections": total.reflections,
        "tests": tests,
    }
