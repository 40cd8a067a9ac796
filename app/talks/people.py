"""People a record names: everyone the pickers offer, the talker "一级谈一级" suggests for a person, and a
unit found by its full or short name (the command line's --unit)."""
from __future__ import annotations

from dataclasses import dataclass

import peewee as pw

from app.errors import NotFound
from app.roster.models import Department, Officer, Oversight, Unit
from app.roster.units import find_unit as unit_by_any_name
from app.talks.common import officer_post_text


@dataclass(frozen=True)
class PickPerson:
    id: int
    name: str
    unit_id: int
    unit: str  # short name
    department: str
    post: str
    leadership: str

    @property
    def label(self) -> str:
        """张三 · 县法院 刑事审判庭 庭长 — unique enough to tell namesakes apart."""
        return f"{self.name} · {officer_post_text(self.unit, self.department, self.post)}"


def pick_people() -> list[PickPerson]:
    """Everyone alive on the roster, in roster order (talk partners may be outside the campaign set)."""
    query = (Officer.select(Officer.id, Officer.name, Officer.unit, Unit.name.alias("unit_name"),
                            Unit.short_name, Department.name.alias("dept"), Officer.post, Officer.leadership)
             .join(Unit, on=(Officer.unit == Unit.id))
             .join(Department, pw.JOIN.LEFT_OUTER, on=(Officer.department == Department.id))
             .where(Officer.deleted_at.is_null())
             .order_by(Unit.sort_order, Unit.id, Department.sort_order.asc(nulls="first"), Officer.id))
    return [PickPerson(r["id"], r["name"], r["unit"], r["short_name"] or r["unit_name"], r["dept"] or "",
                       r["post"], r["leadership"]) for r in query.dicts()]


def suggested_talker(officer_id: int) -> int | None:
    """Who should talk with this person under "一级谈一级": a 班子成员 → the 一把手; a department head →
    a leader overseeing the department (else the 一把手); anyone else → their department head."""
    person = Officer.get_or_none(Officer.id == officer_id)
    if person is None:
        return None
    head = (Officer.alive().where(Officer.unit == person.unit_id, Officer.leadership == "一把手")
            .order_by(Officer.id).first())
    if person.leadership == "一把手":
        return None
    if person.leadership == "班子成员":
        return head.id if head else None
    if person.department_id is None:
        return head.id if head else None
    if person.is_department_head:
        overseer = (Officer.alive().join(Oversight, on=(Oversight.officer == Officer.id))
                    .where(Oversight.department == person.department_id).order_by(Officer.id).first())
        return overseer.id if overseer else (head.id if head else None)
    dept_head = (Officer.alive().where(Officer.department == person.department_id, Officer.is_department_head,
                                       Officer.id != person.id).order_by(Officer.id).first())
    return dept_head.id if dept_head else None


def find_unit(name: str) -> Unit:
    """A unit by full or short name, or NotFound listing the units."""
    text = (name or "").strip()
    unit = unit_by_any_name(text)
    if unit is None:
        names = "、".join(u.short_name or u.name for u in Unit.select().order_by(Unit.sort_order))
        raise NotFound(f"单位：找不到“{text}”。现有单位：{names}")
    return unit
