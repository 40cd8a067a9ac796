"""Units (单位) and their departments (部门): the one way a name becomes a unit, and the names forms offer.

A unit is found by its full name, its short name or any of its aliases, compared after `name_key` (spaces
and full-width forms do not count): "县检察院", "青山县人民检察院" and "青山县 人民检察院" are one unit. Nothing
here creates a unit from a name nobody confirmed: the forms ask first, the import reports unknown names.
Changing units (rename, merge, delete, order, departments) is in app.roster.unit_admin.
"""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass

import peewee as pw

from app.errors import ValidationError
from app.roster.models import Department, Officer, Unit, UnitAlias


def name_key(name: str | None) -> str:
    """What two spellings of one name share: NFKC (full-width → ordinary), no spaces of any kind, case folded."""
    return "".join(unicodedata.normalize("NFKC", name or "").split()).casefold()


class UnitIndex:
    """Every unit's names, read once: for resolving many names (an import) without a query each."""

    def __init__(self) -> None:
        self.by_key: dict[str, int] = {}
        self.full_names: dict[int, str] = {}
        rows = list(Unit.select(Unit.id, Unit.name, Unit.short_name).order_by(Unit.sort_order, Unit.id).tuples())
        # Weakest first, so a full name beats another unit's short name, which beats an alias.
        for unit_id, alias in UnitAlias.select(UnitAlias.unit, UnitAlias.name).tuples():
            self.by_key[name_key(alias)] = unit_id
        for unit_id, _name, short in reversed(rows):
            if short:
                self.by_key[name_key(short)] = unit_id
        for unit_id, name, _short in reversed(rows):
            self.by_key[name_key(name)] = unit_id
            self.full_names[unit_id] = name

    def unit_id(self, name: str | None) -> int | None:
        return self.by_key.get(name_key(name)) if name_key(name) else None

    def full_name(self, name: str | None) -> str | None:
        """The full name of the unit `name` stands for, or None when no unit goes by it."""
        unit_id = self.unit_id(name)
        return self.full_names.get(unit_id) if unit_id is not None else None


def find_unit(name: str | None) -> Unit | None:
    """The unit going by `name` (full name, short name or alias), or None."""
    key = name_key(name)
    if not key:
        return None
    unit = Unit.get_or_none(Unit.name == (name or "").strip())
    if unit is not None:
        return unit
    unit_id = UnitIndex().unit_id(name)
    return Unit.get_by_id(unit_id) if unit_id is not None else None


def known_names_text() -> str:
    return "、".join(u.short_name or u.name for u in Unit.select().order_by(Unit.sort_order, Unit.id)) or "（尚无单位）"


def require_unit(name: str | None, field: str = "单位") -> Unit:
    """The unit going by `name`, or a ValidationError on `field` naming the units there are."""
    unit = find_unit(name)
    if unit is None:
        raise ValidationError(field, f"没有叫“{(name or '').strip()}”的单位（现有：{known_names_text()}）。"
                                     "新单位请先在“单位管理”中新增，或把这个名称设为已有单位的别名")
    return unit


def unit_names() -> list[str]:
    return [u.name for u in Unit.select(Unit.name).order_by(Unit.sort_order, Unit.id)]


def units() -> list[Unit]:
    return list(Unit.select().order_by(Unit.sort_order, Unit.id))


def department_names(unit_name: str) -> list[str]:
    """The departments of the unit going by `unit_name` (any of its names), in order."""
    unit = find_unit(unit_name)
    if unit is None:
        return []
    query = Department.select(Department.name).where(Department.unit == unit).order_by(Department.sort_order,
                                                                                       Department.id)
    return [d.name for d in query]


def departments_of(unit_id: int) -> list[tuple[int, str]]:
    """(id, name) of the unit's departments, in order: what the unit form edits."""
    return list(Department.select(Department.id, Department.name).where(Department.unit == unit_id)
                .order_by(Department.sort_order, Department.id).tuples())


@dataclass(frozen=True)
class UnitRow:
    """One line of the units page."""

    id: int
    name: str
    short_name: str
    kind: str
    sort_order: int
    aliases: tuple[str, ...]
    departments: tuple[str, ...]
    officers: int  # alive and in the trash: all of them stop a delete

    @property
    def label(self) -> str:
        return self.short_name or self.name


def unit_rows() -> list[UnitRow]:
    aliases: dict[int, list[str]] = {}
    for unit_id, alias in UnitAlias.select(UnitAlias.unit, UnitAlias.name).order_by(UnitAlias.id).tuples():
        aliases.setdefault(unit_id, []).append(alias)
    departments: dict[int, list[str]] = {}
    for unit_id, dept in (Department.select(Department.unit, Department.name)
                          .order_by(Department.sort_order, Department.id).tuples()):
        departments.setdefault(unit_id, []).append(dept)
    officers = dict(Officer.select(Officer.unit, pw.fn.COUNT(Officer.id)).group_by(Officer.unit).tuples())
    return [UnitRow(u.id, u.name, u.short_name, u.kind, u.sort_order, tuple(aliases.get(u.id, ())),
                    tuple(departments.get(u.id, ())), officers.get(u.id, 0)) for u in units()]


def get_or_create_unit(name: str, kind: str = "其他") -> Unit:
    """The unit going by `name`, or a new one with that full name — only for callers that asked the user
    (the form after its question, an import with 创建新单位 chosen or `--create-units`)."""
    unit = find_unit(name)
    if unit is None:
        order = (Unit.select(pw.fn.MAX(Unit.sort_order)).scalar() or 0) + 1
        unit = Unit.create(name=name.strip(), kind=kind, sort_order=order)
    return unit


def get_or_create_department(unit: Unit, name: str) -> Department:
    name = name.strip()
    dept = Department.get_or_none((Department.unit == unit) & (Department.name == name))
    if dept is None:
        order = (Department.select(pw.fn.MAX(Department.sort_order))
                 .where(Department.unit == unit).scalar() or 0) + 1
        dept = Department.create(unit=unit, name=name, sort_order=order)
    return dept


def possible_duplicates(rows: list[UnitRow]) -> dict[int, str]:
    """unit id → the full name of another unit one of its names also belongs to (县检察院 made by an old
    import beside 青山县人民检察院, whose short name it is): candidates for 合并到…"""
    owners: dict[str, list[UnitRow]] = {}
    for row in rows:
        for name in {name_key(n) for n in (row.name, row.short_name, *row.aliases) if n}:
            owners.setdefault(name, []).append(row)
    found: dict[int, str] = {}
    for group in owners.values():
        for row in group:
            other = next((o for o in group if o.id != row.id), None)
            if other is not None and row.id not in found:
                found[row.id] = other.name
    return found
