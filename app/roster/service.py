"""Roster service: validated writes and plain-row queries for officers, units and outside leaders."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, fields

import peewee as pw

from app import events
from app.events import Topic
from app.common import idcard
from app.store.db import database
from app.errors import Conflict, NotFound, ValidationError, ValidationErrors
from app.jobs import NullProgress, Progress
from app.store.base import new_uuid, now
from app.roster.models import (
    FIELD_LABELS,
    CATEGORIES, LEADERSHIP, POLITICAL_STATUSES, STATUSES, Department, Officer, OutsideLeader, Oversight, Unit)

MAX_TEXT = 200
MAX_REMARKS = 2000


# ---------------------------------------------------------------- units and departments

def unit_names() -> list[str]:
    return [u.name for u in Unit.select(Unit.name).order_by(Unit.sort_order, Unit.id)]


def units() -> list[Unit]:
    return list(Unit.select().order_by(Unit.sort_order, Unit.id))


def department_names(unit_name: str) -> list[str]:
    query = (Department.select(Department.name).join(Unit)
             .where(Unit.name == unit_name).order_by(Department.sort_order, Department.id))
    return [d.name for d in query]


def get_or_create_unit(name: str, kind: str = "其他") -> Unit:
    name = name.strip()
    unit = Unit.get_or_none(Unit.name == name)
    if unit is None:
        order = (Unit.select(pw.fn.MAX(Unit.sort_order)).scalar() or 0) + 1
        unit = Unit.create(name=name, kind=kind, sort_order=order)
    return unit


def get_or_create_department(unit: Unit, name: str) -> Department:
    name = name.strip()
    dept = Department.get_or_none((Department.unit == unit) & (Department.name == name))
    if dept is None:
        order = (Department.select(pw.fn.MAX(Department.sort_order))
                 .where(Department.unit == unit).scalar() or 0) + 1
        dept = Department.create(unit=unit, name=name, sort_order=order)
    return dept


# ---------------------------------------------------------------- officers

@dataclass
class OfficerData:
    """What a form or an import row says about one officer, before validation. Text as typed."""

    name: str = ""
    unit: str = ""
    department: str = ""
    id_number: str = ""
    gender: str = ""
    birth_date: dt.date | None = None
    ethnicity: str = ""
    political_status: str = ""
    post: str = ""
    rank: str = ""
    category: str = CATEGORIES[0]
    status: str = STATUSES[0]
    leadership: str = ""
    is_department_head: bool = False
    oversees: list[str] = field(default_factory=list)  # 分管部门 names in the same unit
    hire_date: dt.date | None = None
    phone: str = ""
    counts_in_campaign: bool = True
    remarks: str = ""

    @classmethod
    def from_officer(cls, officer: Officer) -> "OfficerData":
        return cls(
            name=officer.name, unit=officer.unit.name,
            department=officer.department.name if officer.department_id else "",
            id_number=officer.id_number or "", gender=officer.gender, birth_date=officer.birth_date,
            ethnicity=officer.ethnicity, political_status=officer.political_status, post=officer.post,
            rank=officer.rank, category=officer.category, status=officer.status,
            leadership=officer.leadership, is_department_head=officer.is_department_head,
            oversees=[o.department.name for o in officer.oversights.join(Department)],
            hire_date=officer.hire_date, phone=officer.phone,
            counts_in_campaign=officer.counts_in_campaign, remarks=officer.remarks,
        )




def _clean_text(value: str, label: str, errors: list, limit: int = MAX_TEXT) -> str:
    value = value or ""
    if not value.isprintable():  # control characters out; line breaks and tabs stay
        value = "".join(ch for ch in value if ch.isprintable() or ch in "\n\t")
    value = value.strip()
    if len(value) > limit:
        errors.append(ValidationError(label, f"过长（{len(value)}字，最多{limit}字）"))
    return value


def validate_officer(data: OfficerData) -> OfficerData:
    """Return a cleaned copy, or raise ValidationErrors naming every bad field."""
    errors: list[ValidationError] = []
    clean = OfficerData(**{f.name: getattr(data, f.name) for f in fields(OfficerData)})
    for name in ("name", "unit", "department", "ethnicity", "post", "rank", "phone"):
        setattr(clean, name, _clean_text(getattr(data, name), FIELD_LABELS[name], errors))
    clean.remarks = _clean_text(data.remarks, "备注", errors, MAX_REMARKS)
    clean.name = clean.name.replace(" ", "")
    if not clean.name:
        errors.append(ValidationError("姓名", "不能为空"))
    if not clean.unit:
        errors.append(ValidationError("单位", "不能为空"))
    clean.id_number = idcard.normalize(data.id_number)
    if clean.id_number:
        reason = idcard.validate(clean.id_number)
        if reason:
            errors.append(ValidationError("身份证号", reason))
        else:
            derived_gender = idcard.gender(clean.id_number)
            derived_birth = idcard.birth_date(clean.id_number)
            if data.gender and data.gender != derived_gender:
                errors.append(ValidationError("性别", f"与身份证号不符（身份证号表明为{derived_gender}）"))
            if data.birth_date and data.birth_date != derived_birth:
                errors.append(ValidationError(
                    "出生日期", f"与身份证号不符（身份证号表明为{derived_birth:%Y-%m-%d}）"))
            clean.gender, clean.birth_date = derived_gender, derived_birth
    if clean.gender and clean.gender not in ("男", "女"):
        errors.append(ValidationError("性别", f"“{clean.gender}”不是“男”或“女”"))
    for name, allowed in (("political_status", POLITICAL_STATUSES), ("category", CATEGORIES),
                          ("status", STATUSES), ("leadership", LEADERSHIP)):
        value = (getattr(data, name) or "").strip()
        setattr(clean, name, value)
        if value and value not in allowed:
            errors.append(ValidationError(FIELD_LABELS[name], f"“{value}”不在可选值中（{'、'.join(a for a in allowed if a)}）"))
    if not clean.category:
        clean.category = CATEGORIES[0]
    if not clean.status:
        clean.status = STATUSES[0]
    today = dt.date.today()
    if clean.birth_date and not (dt.date(1800, 1, 1) <= clean.birth_date <= today):
        errors.append(ValidationError("出生日期", "不在合理范围内"))
    if clean.hire_date and clean.hire_date > today:
        errors.append(ValidationError("入职时间", "不能晚于今天"))
    clean.oversees = [d.strip() for d in data.oversees if d and d.strip()]
    if clean.oversees and not clean.leadership:
        errors.append(ValidationError("分管部门", "只有班子成员才有分管部门"))
    if errors:
        raise ValidationErrors(errors)
    return clean


def _apply(officer: Officer, data: OfficerData) -> None:
    unit = get_or_create_unit(data.unit)
    officer.unit = unit
    officer.department = get_or_create_department(unit, data.department) if data.department else None
    for name in ("name", "gender", "birth_date", "ethnicity", "political_status", "post", "rank",
                 "category", "status", "leadership", "is_department_head", "hire_date", "phone",
                 "counts_in_campaign", "remarks"):
        setattr(officer, name, getattr(data, name))
    officer.id_number = data.id_number or None


def _save_oversight(officer: Officer, unit_name: str, department_names: list[str]) -> None:
    Oversight.delete().where(Oversight.officer == officer).execute()
    unit = officer.unit
    for dept_name in dict.fromkeys(department_names):
        Oversight.create(officer=officer, department=get_or_create_department(unit, dept_name))


def _check_id_free(id_number: str, exclude_id: int | None) -> None:
    if not id_number:
        return
    query = Officer.select().where(Officer.id_number == id_number)
    if exclude_id is not None:
        query = query.where(Officer.id != exclude_id)
    other = query.first()
    if other is not None:
        where = "（在回收站中）" if other.deleted_at else ""
        raise Conflict(f"身份证号：已被{other.unit.name}的{other.name}{where}使用")


def create_officer(data: OfficerData) -> Officer:
    data = validate_officer(data)
    with database.atomic():
        _check_id_free(data.id_number, None)
        officer = Officer()
        _apply(officer, data)
        officer.save()
        _save_oversight(officer, data.unit, data.oversees)
    events.changed(Topic.ROSTER)
    return officer


def update_officer(officer_id: int, data: OfficerData) -> Officer:
    data = validate_officer(data)
    with database.atomic():
        officer = Officer.get_or_none(Officer.id == officer_id)
        if officer is None:
            raise NotFound("该人员已不存在（可能已被删除），请刷新后再试。")
        _check_id_free(data.id_number, officer.id)
        _apply(officer, data)
        officer.save()
        _save_oversight(officer, data.unit, data.oversees)
    events.changed(Topic.ROSTER)
    return officer


def delete_officers(ids: list[int]) -> int:
    """Move to the trash. Returns how many were moved."""
    with database.atomic():
        count = (Officer.update(deleted_at=now(), updated_at=now())
                 .where(Officer.id.in_(ids) & Officer.deleted_at.is_null()).execute())
    events.changed(Topic.ROSTER)
    return count


def restore_officers(ids: list[int]) -> int:
    with database.atomic():
        count = (Officer.update(deleted_at=None, updated_at=now())
                 .where(Officer.id.in_(ids) & Officer.deleted_at.is_null(False)).execute())
    events.changed(Topic.ROSTER)
    return count


def purge_officers(ids: list[int]) -> int:
    """Delete for good, from the trash only. Records that other features still reference stay."""
    with database.atomic():
        count = 0
        for officer in Officer.trashed().where(Officer.id.in_(ids)):
            try:
                with database.atomic():
                    officer.delete_instance(recursive=False)
                count += 1
            except pw.IntegrityError:
                raise Conflict(f"{officer.name} 仍被其他记录（学习、谈话、承诺书等）引用，不能彻底删除，可保留在回收站中。")
    events.changed(Topic.ROSTER)
    return count


_STORED_FIELDS = ("name", "gender", "birth_date", "ethnicity", "political_status", "post", "rank", "category",
                  "status", "leadership", "is_department_head", "hire_date", "phone", "counts_in_campaign", "remarks")
BULK_CHUNK = 500  # rows between progress reports (and cancel checks)


def bulk_write(new: list[OfficerData], updates: list[tuple[int, OfficerData, bool]],
               progress: Progress | None = None) -> tuple[int, int]:
    """Write many officers in one transaction: `new` are inserted, `updates` are (officer id, data, restore
    from trash). Every item must already have passed validate_officer. All or nothing: on any error, or
    when the user cancels through `progress`, nothing is written. Returns (added, updated)."""
    progress = progress or NullProgress()
    total = max(1, len(new) + len(updates))
    done = 0
    with database.atomic():
        units = {u.name: u for u in Unit.select()}
        units_by_id = {u.id: u for u in units.values()}
        depts: dict[tuple[int, str], int] = {
            (unit_key, name): dept_key for dept_key, unit_key, name in
            Department.select(Department.id, Department.unit, Department.name).tuples()}

        def unit_for(name: str) -> int:
            unit = units.get(name)
            if unit is None:
                unit = units[name] = get_or_create_unit(name)
                units_by_id[unit.id] = unit
            return unit.id

        def dept_id(unit_key: int, name: str) -> int | None:
            if not name:
                return None
            key = (unit_key, name)
            if key not in depts:
                depts[key] = get_or_create_department(units_by_id[unit_key], name).id
            return depts[key]

        stamp = now()
        oversight_wanted: list[tuple[str, int, list[str]]] = []  # (uuid, unit id, departments)
        # peewee writes the statement once; executemany then binds each row. Building the SQL per row
        # through insert_many costs ten times more than SQLite's own work at 10,000 rows.
        insert_fields = [Officer.uuid, Officer.created_at, Officer.updated_at, Officer.unit, Officer.department,
                         Officer.id_number] + [getattr(Officer, name) for name in _STORED_FIELDS]
        sql, sample = Officer.insert_many([tuple(None for _ in insert_fields)], fields=insert_fields).sql()
        if len(sample) != len(insert_fields):  # peewee adds columns that have defaults: keep the list complete
            raise RuntimeError("bulk_write: Officer has fields missing from insert_fields")
        converters = [f.db_value for f in insert_fields]
        try:
            for start in range(0, len(new), BULK_CHUNK):
                params = []
                for data in new[start:start + BULK_CHUNK]:
                    u = unit_for(data.unit)
                    uid = new_uuid()
                    values = [uid, stamp, stamp, u, dept_id(u, data.department), data.id_number or None]
                    values += [getattr(data, name) for name in _STORED_FIELDS]
                    params.append([convert(v) for convert, v in zip(converters, values)])
                    if data.oversees:
                        oversight_wanted.append((uid, u, data.oversees))
                with pw.__exception_wrapper__:  # driver errors → peewee's, as for any query
                    database.cursor().executemany(sql, params)
                done += len(params)
                progress.report(done / total, f"正在写入：{done}/{total}")
            if oversight_wanted:
                ids = dict(Officer.select(Officer.uuid, Officer.id)
                           .where(Officer.uuid.in_([w[0] for w in oversight_wanted])).tuples())
                links = [{"officer": ids[uid], "department": dept_id(u, name), "uuid": new_uuid(),
                          "created_at": stamp, "updated_at": stamp}
                         for uid, u, names in oversight_wanted for name in dict.fromkeys(names)]
                for start in range(0, len(links), BULK_CHUNK):
                    Oversight.insert_many(links[start:start + BULK_CHUNK]).execute()
            for officer_id, data, restore in updates:
                u = unit_for(data.unit)
                values = {getattr(Officer, name): getattr(data, name) for name in _STORED_FIELDS}
                values.update({Officer.unit: u, Officer.department: dept_id(u, data.department),
                               Officer.id_number: data.id_number or None, Officer.updated_at: stamp})
                if restore:
                    values[Officer.deleted_at] = None
                if not Officer.update(values).where(Officer.id == officer_id).execute():
                    raise NotFound("要更新的人员已不存在（可能刚被删除），请重新导入。")
                Oversight.delete().where(Oversight.officer == officer_id).execute()
                for name in dict.fromkeys(data.oversees):
                    Oversight.insert(officer=officer_id, department=dept_id(u, name), uuid=new_uuid(),
                                     created_at=stamp, updated_at=stamp).execute()
                done += 1
                if done % 200 == 0:
                    progress.report(done / total, f"正在写入：{done}/{total}")
        except pw.IntegrityError as exc:
            if "id_number" in str(exc):
                raise Conflict("身份证号与已有人员重复，导入已撤销，数据未作改动。") from exc
            raise
    events.changed(Topic.ROSTER)
    return len(new), len(updates)


@dataclass(frozen=True)
class OfficerRow:
    """One roster line for tables: plain values, cheap to show."""

    id: int
    name: str
    gender: str
    birth_date: dt.date | None
    id_number: str  # full number; the UI shows idcard.mask(id_number)
    ethnicity: str
    political_status: str
    unit: str
    department: str
    post: str
    rank: str
    category: str
    status: str
    leadership: str
    is_department_head: bool
    hire_date: dt.date | None
    phone: str
    counts_in_campaign: bool
    remarks: str
    unit_order: int
    deleted_at: dt.datetime | None
    unit_short: str = ""  # 简称 for narrow columns; "" when the unit has none
    dept_order: int = 0


def _date(value) -> dt.date | None:
    """SQLite hands dates back as ISO text; other databases as dates."""
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(value[:10])


def _datetime(value) -> dt.datetime | None:
    if value is None or isinstance(value, dt.datetime):
        return value
    return dt.datetime.fromisoformat(value)


def officer_rows(*, trashed: bool = False, unit: str | None = None) -> list[OfficerRow]:
    """All officers (or the trash), ordered by unit, department, then name."""
    query = (Officer
             .select(Officer.id, Officer.name, Officer.gender, Officer.birth_date, Officer.id_number,
                     Officer.ethnicity, Officer.political_status, Unit.name, Department.name, Officer.post,
                     Officer.rank, Officer.category, Officer.status, Officer.leadership, Officer.is_department_head,
                     Officer.hire_date, Officer.phone, Officer.counts_in_campaign, Officer.remarks, Unit.sort_order,
                     Officer.deleted_at, Unit.short_name, Department.sort_order)
             .join(Unit, on=(Officer.unit == Unit.id))
             .join(Department, pw.JOIN.LEFT_OUTER, on=(Officer.department == Department.id))
             .where(Officer.deleted_at.is_null(not trashed)))
    if unit:
        query = query.where(Unit.name == unit)
    query = query.order_by(Unit.sort_order, Unit.id, Department.sort_order.asc(nulls="first"), Officer.id)
    # The cursor's raw values, converted here: peewee's per-field conversion costs more than the query
    # itself at 10,000 rows, and the roster tab reloads after every change.
    return [OfficerRow(
        id=r[0], name=r[1], gender=r[2], birth_date=_date(r[3]), id_number=r[4] or "", ethnicity=r[5],
        political_status=r[6], unit=r[7], department=r[8] or "", post=r[9], rank=r[10], category=r[11],
        status=r[12], leadership=r[13], is_department_head=bool(r[14]), hire_date=_date(r[15]), phone=r[16],
        counts_in_campaign=bool(r[17]), remarks=r[18], unit_order=r[19], deleted_at=_datetime(r[20]),
        unit_short=r[21] or "", dept_order=r[22] or 0) for r in database.execute(query)]


def officer_data_from_row(row: OfficerRow, oversees: list[str] | None = None) -> OfficerData:
    """The form/import view of a stored officer, without a query per officer."""
    return OfficerData(
        name=row.name, unit=row.unit, department=row.department, id_number=row.id_number, gender=row.gender,
        birth_date=row.birth_date, ethnicity=row.ethnicity, political_status=row.political_status, post=row.post,
        rank=row.rank, category=row.category, status=row.status, leadership=row.leadership,
        is_department_head=row.is_department_head, oversees=list(oversees or []), hire_date=row.hire_date,
        phone=row.phone, counts_in_campaign=row.counts_in_campaign, remarks=row.remarks)


def oversight_map() -> dict[int, list[str]]:
    """officer id → names of the departments they oversee."""
    result: dict[int, list[str]] = {}
    for officer_id, dept_name in (Oversight.select(Oversight.officer, Department.name)
                                  .join(Department).tuples()):
        result.setdefault(officer_id, []).append(dept_name)
    return result


def campaign_officers():
    """Query of officers who count in the campaign: alive, flagged, and in post (在岗)."""
    return Officer.alive().where(Officer.counts_in_campaign & (Officer.status == "在岗"))


# ---------------------------------------------------------------- outside leaders

@dataclass
class LeaderData:
    name: str = ""
    organization: str = ""
    post: str = ""
    phone: str = ""
    remarks: str = ""


def validate_leader(data: LeaderData) -> LeaderData:
    errors: list[ValidationError] = []
    clean = LeaderData(
        name=_clean_text(data.name, "姓名", errors).replace(" ", ""),
        organization=_clean_text(data.organization, "单位", errors),
        post=_clean_text(data.post, "职务", errors),
        phone=_clean_text(data.phone, "联系电话", errors),
        remarks=_clean_text(data.remarks, "备注", errors, MAX_REMARKS),
    )
    if not clean.name:
        errors.append(ValidationError("姓名", "不能为空"))
    if not clean.organization:
        errors.append(ValidationError("单位", "不能为空"))
    if errors:
        raise ValidationErrors(errors)
    return clean


def create_leader(data: LeaderData) -> OutsideLeader:
    data = validate_leader(data)
    with database.atomic():
        leader = OutsideLeader.create(**data.__dict__)
    events.changed(Topic.ROSTER)
    return leader


def update_leader(leader_id: int, data: LeaderData) -> OutsideLeader:
    data = validate_leader(data)
    with database.atomic():
        leader = OutsideLeader.get_or_none(OutsideLeader.id == leader_id)
        if leader is None:
            raise NotFound("该领导干部已不存在（可能已被删除），请刷新后再试。")
        for key, value in data.__dict__.items():
            setattr(leader, key, value)
        leader.save()
    events.changed(Topic.ROSTER)
    return leader


def delete_leaders(ids: list[int]) -> int:
    with database.atomic():
        count = (OutsideLeader.update(deleted_at=now(), updated_at=now())
                 .where(OutsideLeader.id.in_(ids) & OutsideLeader.deleted_at.is_null()).execute())
    events.changed(Topic.ROSTER)
    return count


def restore_leaders(ids: list[int]) -> int:
    with database.atomic():
        count = (OutsideLeader.update(deleted_at=None, updated_at=now())
                 .where(OutsideLeader.id.in_(ids) & OutsideLeader.deleted_at.is_null(False)).execute())
    events.changed(Topic.ROSTER)
    return count


def purge_leaders(ids: list[int]) -> int:
    """Delete for good, from the trash only. Leaders who signed pledges stay (the record is referenced)."""
    with database.atomic():
        count = 0
        for leader in OutsideLeader.trashed().where(OutsideLeader.id.in_(ids)):
            try:
                with database.atomic():
                    leader.delete_instance(recursive=False)
                count += 1
            except pw.IntegrityError:
                raise Conflict(f"{leader.name} 仍被其他记录（承诺书等）引用，不能彻底删除，可保留在回收站中。")
    events.changed(Topic.ROSTER)
    return count


@dataclass(frozen=True)
class LeaderRow:
    id: int
    name: str
    organization: str
    post: str
    phone: str
    remarks: str
    deleted_at: dt.datetime | None


def leader_rows(*, trashed: bool = False) -> list[LeaderRow]:
    query = (OutsideLeader.select(OutsideLeader.id, OutsideLeader.name, OutsideLeader.organization,
                                  OutsideLeader.post, OutsideLeader.phone, OutsideLeader.remarks,
                                  OutsideLeader.deleted_at)
             .where(OutsideLeader.deleted_at.is_null(not trashed))
             .order_by(OutsideLeader.organization, OutsideLeader.id))
    return [LeaderRow(**r) for r in query.dicts()]


def counts() -> dict:
    return {
        "officers": Officer.alive().count(),
        "officers_in_campaign": campaign_officers().count(),
        "outside_leaders": OutsideLeader.alive().count(),
        "units": Unit.select().count(),
        "trash": Officer.trashed().count() + OutsideLeader.trashed().count(),
    }
