"""The units page's writes: add and edit a unit (a rename keeps the old name as an alias), merge one unit
into another (every record that refers to it moves, in one transaction), delete an unused unit, change the
order, edit the departments. Every write is all or nothing and then says `Topic.ROSTER` (a merge also the
features whose records moved); the audit triggers log each row, a merge adds one summary line."""
from __future__ import annotations

from dataclasses import dataclass, field

import peewee as pw

from app import events
from app.common.safe_text import clean_into
from app.errors import Conflict, NotFound, ValidationError, ValidationErrors
from app.events import Topic
from app.roster.models import MAX_TEXT, UNIT_KINDS, Department, Unit, UnitAlias
from app.roster.unit_refs import copy_condition, label_of, name_copies, references_to
from app.roster.units import UnitIndex, name_key
from app.safety import audit
from app.store.base import now
from app.store.db import database

MAX_ALIASES = 20


@dataclass
class UnitData:
    """What the unit form says. Aliases: one name each, as typed."""

    name: str = ""
    short_name: str = ""
    kind: str = "其他"
    aliases: list[str] = field(default_factory=list)


def _get(unit_id: int) -> Unit:
    unit = Unit.get_or_none(Unit.id == unit_id)
    if unit is None:
        raise NotFound("该单位已不存在（可能刚被合并或删除），请刷新后再试。")
    return unit


def validate_unit(data: UnitData, unit_id: int | None = None) -> UnitData:
    """A cleaned copy, or ValidationErrors: every name of the unit must be free (no other unit goes by it)."""
    errors: list[ValidationError] = []
    name = clean_into(errors, data.name, MAX_TEXT, "全称")
    short = clean_into(errors, data.short_name, MAX_TEXT, "简称")
    aliases = [clean_into(errors, a, MAX_TEXT, "别名") for a in data.aliases]
    kind = (data.kind or "其他").strip()
    if not name:
        errors.append(ValidationError("全称", "不能为空"))
    if kind not in UNIT_KINDS:
        errors.append(ValidationError("类别", f"“{kind}”不在可选值中（{'、'.join(UNIT_KINDS)}）"))
    own = {name_key(name), name_key(short)}
    kept: list[str] = []
    for alias in aliases:  # an alias that repeats the unit's own name or another alias adds nothing
        if alias and name_key(alias) not in own:
            own.add(name_key(alias))
            kept.append(alias)
    if len(kept) > MAX_ALIASES:
        errors.append(ValidationError("别名", f"最多 {MAX_ALIASES} 个"))
    index = UnitIndex()
    for label, value in [("全称", name), ("简称", short)] + [("别名", a) for a in kept]:
        other = index.unit_id(value)
        if value and other is not None and other != unit_id:
            errors.append(ValidationError(label, f"“{value}”已是“{index.full_names[other]}”的名称或别名，"
                                                 "同一名称只能指一个单位（重复的单位请用“合并到…”）"))
    if errors:
        raise ValidationErrors(errors)
    return UnitData(name=name, short_name=short, kind=kind, aliases=kept)


def _save_aliases(unit: Unit, aliases: list[str]) -> None:
    wanted = {name_key(a): a for a in aliases}
    for alias in UnitAlias.select().where(UnitAlias.unit == unit):
        if name_key(alias.name) not in wanted:
            alias.delete_instance()
        else:
            wanted.pop(name_key(alias.name))
    for alias in wanted.values():
        UnitAlias.create(unit=unit, name=alias)


def create_unit(data: UnitData) -> Unit:
    clean = validate_unit(data)
    with database.atomic():
        order = (Unit.select(pw.fn.MAX(Unit.sort_order)).scalar() or 0) + 1
        unit = Unit.create(name=clean.name, short_name=clean.short_name, kind=clean.kind, sort_order=order)
        _save_aliases(unit, clean.aliases)
    events.changed(Topic.ROSTER)
    return unit


def update_unit(unit_id: int, data: UnitData) -> Unit:
    """Change a unit's names. A new full name keeps the old one as an alias (old rosters still match it),
    and the copies of the name on locked lists and pledges follow, so the figures stay with the unit."""
    unit = _get(unit_id)
    old_name, old_short = unit.name, unit.short_name
    aliases = list(data.aliases)
    if name_key(data.name) != name_key(old_name):
        aliases.append(old_name)
    clean = validate_unit(UnitData(data.name, data.short_name, data.kind, aliases), unit_id)
    with database.atomic():
        unit.name, unit.short_name, unit.kind = clean.name, clean.short_name, clean.kind
        UnitAlias.delete().where((UnitAlias.unit == unit) & (UnitAlias.name == clean.name)).execute()
        unit.save()
        _save_aliases(unit, clean.aliases)
        if (old_name, old_short) != (unit.name, unit.short_name):
            _rewrite_copies(old_name, unit)
    events.changed(Topic.ROSTER)
    if (old_name, old_short) != (unit.name, unit.short_name):
        for topic in (Topic.PLEDGES, Topic.STUDY):
            events.changed(topic)
    return unit


def _rewrite_copies(old_name: str, unit: Unit) -> dict[str, int]:
    moved = {}
    for copy in name_copies():
        values = {copy.name: unit.name}
        if copy.short is not None:
            values[copy.short] = unit.short_name
        if copy.order is not None:
            values[copy.order] = unit.sort_order
        n = copy.name.model.update(values).where(copy_condition(copy, old_name)).execute()
        if n:
            moved[copy.label] = n
    return moved


def _existing_tables() -> set[str]:
    return set(database.get_tables())


def _link_key(row: dict, fk_name: str) -> tuple:
    """A row's content apart from the reference itself and its bookkeeping, to spot rows a merge would
    make twins of (the same session inviting both units)."""
    skip = {"id", "uuid", "created_at", "updated_at", fk_name}
    return tuple(sorted((k, v) for k, v in row.items() if k not in skip))


def _move(fk: pw.ForeignKeyField, source_id: int, target_id: int) -> int:
    """Point every row of `fk` from source to target. A row that nothing refers to and that would become
    the twin of one the target already has is dropped instead (otherwise it would count twice)."""
    model = fk.model
    if not model._meta.backrefs:
        target_rows = {_link_key(r, fk.name) for r in model.select().where(fk == target_id).dicts()}
        twins = [r["id"] for r in model.select().where(fk == source_id).dicts()
                 if _link_key(r, fk.name) in target_rows]
        if twins:
            model.delete().where(model._meta.primary_key.in_(twins)).execute()
    values = {fk: target_id}
    if "updated_at" in model._meta.fields:
        values[model._meta.fields["updated_at"]] = now()
    return model.update(values).where(fk == source_id).execute()


@dataclass
class MergeResult:
    source: str
    target: str
    moved: dict[str, int]  # what moved → how many records

    def summary(self) -> str:
        parts = "、".join(f"{label} {n}" for label, n in self.moved.items() if n) or "没有记录需要移动"
        return f"已将“{self.source}”合并到“{self.target}”：{parts}。“{self.source}”今后作为别名仍可识别。"


def merge_units(source_id: int, target_id: int) -> MergeResult:
    """Move everything of the source unit into the target, keep the source's names as the target's aliases,
    and remove the source. One transaction: on any error nothing has changed."""
    if source_id == target_id:
        raise ValidationError("合并到", "不能把单位合并到它自己")
    source, target = _get(source_id), _get(target_id)
    tables = _existing_tables()
    moved: dict[str, int] = {}

    def count(label: str, n: int) -> None:
        moved[label] = moved.get(label, 0) + n

    with database.atomic():
        target_depts = {name_key(d.name): d for d in Department.select().where(Department.unit == target)}
        next_order = max((d.sort_order for d in target_depts.values()), default=0) + 1
        for dept in Department.select().where(Department.unit == source).order_by(Department.sort_order):
            same = target_depts.get(name_key(dept.name))
            if same is None:  # a department the target lacks comes along
                dept.unit, dept.sort_order = target, next_order
                dept.save()
                next_order += 1
                count("部门", 1)
                continue
            for fk in references_to(Department):
                if fk.model._meta.table_name in tables:
                    count(label_of(fk), _move(fk, dept.id, same.id))
            dept.delete_instance()
        for fk in references_to(Unit):
            if fk.model is Department or fk.model._meta.table_name not in tables:
                continue
            if fk.model is UnitAlias:
                continue  # below: an alias may repeat one of the target's names
            count(label_of(fk), _move(fk, source.id, target.id))
        names = [source.name, source.short_name] + [a.name for a in source.aliases]
        UnitAlias.delete().where(UnitAlias.unit == source).execute()
        for copy_label, n in _rewrite_copies(source.name, target).items():
            count(copy_label, n)
        source.delete_instance()
        index = UnitIndex()
        for name in dict.fromkeys(n for n in names if n):
            if index.unit_id(name) is None:
                UnitAlias.create(unit=target, name=name)
                index.by_key[name_key(name)] = target.id
        result = MergeResult(source.name, target.name, moved)
        audit.record_event("update", result.summary(), table="unit", label=target.name, record_uuid=target.uuid)
    for topic in (Topic.ROSTER, Topic.PLEDGES, Topic.STUDY, Topic.TALKS, Topic.FEEDBACK):
        events.changed(topic)
    return result


def references(unit_id: int) -> dict[str, int]:
    """What still refers to the unit (its departments' records included), label → how many."""
    unit = _get(unit_id)
    tables = _existing_tables()
    found: dict[str, int] = {}
    dept_ids = [d for (d,) in Department.select(Department.id).where(Department.unit == unit).tuples()]
    for fk in references_to(Unit):
        if fk.model in (Department, UnitAlias) or fk.model._meta.table_name not in tables:
            continue
        n = fk.model.select().where(fk == unit.id).count()
        if n:
            found[label_of(fk)] = found.get(label_of(fk), 0) + n
    if dept_ids:
        for fk in references_to(Department):
            if fk.model._meta.table_name not in tables:
                continue
            n = fk.model.select().where(fk.in_(dept_ids)).count()
            if n:
                found[label_of(fk)] = found.get(label_of(fk), 0) + n
    for copy in name_copies():
        n = copy.name.model.select().where(copy_condition(copy, unit.name)).count()
        if n:
            found[copy.label] = found.get(copy.label, 0) + n
    return found


def delete_unit(unit_id: int) -> None:
    """Delete a unit nothing refers to (its departments and aliases go with it); else Conflict naming what
    still refers to it."""
    unit = _get(unit_id)
    with database.atomic():
        still = references(unit_id)
        if still:
            what = "、".join(f"{label} {n}" for label, n in still.items())
            raise Conflict(f"“{unit.name}”还有记录引用，不能删除：{what}。"
                           "如果它与另一个单位重复，请用“合并到…”把这些记录并过去。")
        unit.delete_instance(recursive=False)
    events.changed(Topic.ROSTER)


def move_unit(unit_id: int, step: int) -> None:
    """Move a unit up (step −1) or down (+1) in the display order; the order is renumbered 1, 2, 3 …"""
    ordered = list(Unit.select().order_by(Unit.sort_order, Unit.id))
    position = next((i for i, u in enumerate(ordered) if u.id == unit_id), None)
    if position is None:
        raise NotFound("该单位已不存在（可能刚被合并或删除），请刷新后再试。")
    new_position = max(0, min(len(ordered) - 1, position + step))
    if new_position == position:
        return
    ordered.insert(new_position, ordered.pop(position))
    with database.atomic():
        for order, unit in enumerate(ordered, start=1):
            if unit.sort_order != order:
                Unit.update(sort_order=order).where(Unit.id == unit.id).execute()
    events.changed(Topic.ROSTER)


def save_departments(unit_id: int, wanted: list[tuple[int | None, str]]) -> None:
    """Make the unit's departments the list `wanted`, in that order: (department id, name) keeps or renames
    one, (None, name) adds one. A department left out is deleted when nothing refers to it; otherwise the
    whole change is refused (Conflict naming it)."""
    unit = _get(unit_id)
    errors: list[ValidationError] = []
    cleaned: list[tuple[int | None, str]] = []
    seen: dict[str, str] = {}
    for dept_id, name in wanted:
        text = clean_into(errors, name, MAX_TEXT, "部门")
        if not text:
            continue
        if name_key(text) in seen:
            errors.append(ValidationError("部门", f"“{text}”重复了"))
            continue
        seen[name_key(text)] = text
        cleaned.append((dept_id, text))
    if errors:
        raise ValidationErrors(errors)
    tables = _existing_tables()
    with database.atomic():
        current = {d.id: d for d in Department.select().where(Department.unit == unit)}
        kept = {dept_id for dept_id, _n in cleaned if dept_id is not None}
        if kept - set(current):
            raise NotFound("有部门已不存在（可能刚被修改），请重新打开后再试。")
        for dept_id in set(current) - kept:
            dept = current[dept_id]
            used = {label_of(fk): fk.model.select().where(fk == dept.id).count() for fk in references_to(Department)
                    if fk.model._meta.table_name in tables}
            used = {label: n for label, n in used.items() if n}
            if used:
                what = "、".join(f"{label} {n}" for label, n in used.items())
                raise Conflict(f"部门“{dept.name}”还有记录引用，不能删除：{what}。请先把这些人员调到其他部门。")
            dept.delete_instance()
        names_now = {d.id: d.name for d in current.values() if d.id in kept}
        for dept_id, name in cleaned:
            if dept_id is not None and names_now[dept_id] == name:
                continue
            # The name is held by a department that is being renamed away (two names swapped): that one
            # steps aside first, else the (unit, name) unique index refuses the change half way.
            for holder, held in list(names_now.items()):
                if holder != dept_id and held == name:
                    names_now[holder] = f"{held}（改名中{holder}）"
                    Department.update(name=names_now[holder]).where(Department.id == holder).execute()
        for order, (dept_id, name) in enumerate(cleaned, start=1):
            if dept_id is None:
                Department.create(unit=unit, name=name, sort_order=order)
            elif names_now[dept_id] != name or current[dept_id].sort_order != order:
                Department.update(name=name, sort_order=order, updated_at=now()).where(Department.id == dept_id).execute()
    events.changed(Topic.ROSTER)


def save_unit(unit_id: int | None, data: UnitData, departments: list[tuple[int | None, str]] | None = None) -> Unit:
    """The unit form's 保存: the names (new unit when `unit_id` is None) and the departments, together or not
    at all."""
    with database.atomic():
        unit = create_unit(data) if unit_id is None else update_unit(unit_id, data)
        if departments is not None:
            save_departments(unit.id, departments)
    return unit


def settle_unknown_units(choices: dict[str, int | None]) -> None:
    """What the import preview decided for names no unit goes by: name → a unit's id (the name becomes that
    unit's alias) or None (a new unit of that full name). All or nothing."""
    with database.atomic():
        for name, target_id in choices.items():
            if target_id is None:
                create_unit(UnitData(name))
                continue
            unit = _get(target_id)
            aliases = [a.name for a in unit.aliases] + [name]
            update_unit(unit.id, UnitData(unit.name, unit.short_name, unit.kind, aliases))
