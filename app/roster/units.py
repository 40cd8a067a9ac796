"""Units (单位) and their departments (部门): the names the forms offer, created on first use."""
from __future__ import annotations

import peewee as pw

from app.roster.models import Department, Unit


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
