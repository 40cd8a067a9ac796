"""What refers to a unit, for merging and deleting: the registry the features fill in their schema modules.

Foreign keys to `unit` and `department` are found from the models themselves (peewee's backrefs), so a new
table is moved on a merge without being listed; `register_reference` only gives it a Chinese name for the
messages. Copies of a unit's name kept as text (a locked sign-in list, an issued pledge) are not foreign
keys: a feature names them with `register_name_copy`, and a merge or rename rewrites them so the figures,
which count by the copied name, keep counting them under the unit.
"""
from __future__ import annotations

from dataclasses import dataclass

import peewee as pw

_LABELS: dict[str, str] = {"unit.department": "部门", "unit.officer": "人员", "department.officer": "人员（部门）",
                           "department.oversight": "分管关系", "unit.unit_alias": "别名"}


@dataclass(frozen=True)
class NameCopy:
    label: str  # Chinese, for messages: "学习活动签到名单"
    name: pw.Field  # the copied full name
    short: pw.Field | None = None
    order: pw.Field | None = None
    only: object = None  # a peewee condition limiting the rows that copy a unit's name (None: all)


_COPIES: list[NameCopy] = []


def register_reference(field: pw.ForeignKeyField, label: str) -> None:
    """Name, for messages, the records a foreign key to unit or department belongs to."""
    _LABELS[f"{field.rel_model._meta.table_name}.{field.model._meta.table_name}"] = label


def register_name_copy(copy: NameCopy) -> None:
    if all(c.name is not copy.name for c in _COPIES):
        _COPIES.append(copy)


def name_copies() -> list[NameCopy]:
    return list(_COPIES)


def label_of(field: pw.ForeignKeyField) -> str:
    key = f"{field.rel_model._meta.table_name}.{field.model._meta.table_name}"
    return _LABELS.get(key, field.model._meta.table_name)


def references_to(model: type[pw.Model]) -> list[pw.ForeignKeyField]:
    """Every foreign key to `model` among the models defined, in a stable order."""
    return sorted(model._meta.backrefs, key=lambda f: (f.model._meta.table_name, f.name))


def copy_condition(copy: NameCopy, name: str):
    condition = copy.name == name
    return condition & copy.only if copy.only is not None else condition
