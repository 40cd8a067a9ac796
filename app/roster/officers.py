"""Officers (干警): the form's data and its validation, adding and changing one officer, and the plain rows
the tables, imports and exports read. Moving to the trash and back is in app.roster.trash; many officers
at once (an import) in app.roster.bulk."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, fields

import peewee as pw

from app import events
from app.common import idcard
from app.common.safe_text import clean_into
from app.errors import Conflict, NotFound, ValidationError, ValidationErrors
from app.events import Topic
from app.roster.models import (
    CATEGORIES, FIELD_LABELS, LEADERSHIP, MAX_REMARKS, MAX_TEXT, POLITICAL_STATUSES, STATUSES, Department, Officer,
    Oversight, Unit)
from app.roster.units import find_unit, get_or_create_department, get_or_create_unit, require_unit
from app.store.db import database

# The officer fields stored as they are (unit, department, id_number and the oversight links need work).
STORED_FIELDS = ("name", "gender", "birth_date", "ethnicity", "political_status", "post", "rank", "category",
                 "status", "leadership", "is_department_head", "hire_date", "phone", "counts_in_campaign", "remarks")


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


def validate_officer(data: OfficerData) -> OfficerData:
    """Return a cleaned copy, or raise ValidationErrors naming every bad field."""
    errors: list[ValidationError] = []
    clean = OfficerData(**{f.name: getattr(data, f.name) for f in fields(OfficerData)})
    for name in ("name", "unit", "department", "ethnicity", "post", "rank", "phone"):
        setattr(clean, name, clean_into(errors, getattr(data, name), MAX_TEXT, FIELD_LABELS[name]))
    clean.remarks = clean_into(errors, data.remarks, MAX_REMARKS, "备注", multiline=True)
    clean.name = "".join(clean.name.split())  # no spaces inside a name, full-width ones (王　敏) included
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


def _apply(officer: Officer, data: OfficerData, create_unit: bool) -> None:
    # Any of the unit's names will do (县检察院 is 青山县人民检察院); a name no unit goes by makes a new unit
    # only when the caller has asked the user (the form does, then passes create_unit=True).
    unit = get_or_create_unit(data.unit) if create_unit else require_unit(data.unit)
    officer.unit = unit
    officer.department = get_or_create_department(unit, data.department) if data.department else None
    for name in STORED_FIELDS:
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


def create_officer(data: OfficerData, *, create_unit: bool = True) -> Officer:
    """Add an officer. `create_unit=False` (the form): a unit name nobody goes by is a ValidationError on 单位
    instead of a new unit."""
    data = validate_officer(data)
    with database.atomic():
        _check_id_free(data.id_number, None)
        officer = Officer()
        _apply(officer, data, create_unit)
        officer.save()
        _save_oversight(officer, data.unit, data.oversees)
    events.changed(Topic.ROSTER)
    return officer


def update_officer(officer_id: int, data: OfficerData, *, create_unit: bool = True) -> Officer:
    data = validate_officer(data)
    with database.atomic():
        officer = Officer.get_or_none(Officer.id == officer_id)
        if officer is None:
            raise NotFound("该人员已不存在（可能已被删除），请刷新后再试。")
        _check_id_free(data.id_number, officer.id)
        _apply(officer, data, create_unit)
        officer.save()
        _save_oversight(officer, data.unit, data.oversees)
    events.changed(Topic.ROSTER)
    return officer


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
        found = find_unit(unit)
        query = query.where(Officer.unit == (found.id if found is not None else None))
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
