"""办实事措施: the 我为群众办实事 and 优化营商环境 measures the 政法 units issued, with unit, date and how far each
is carried out. Validated writes (one transaction each) and plain rows for the tab, the export and the report."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import peewee as pw

from app import events
from app.common.datetext import parse_date
from app.common.safe_text import clean_into
from app.errors import NotFound, ValidationError, ValidationErrors
from app.common.choices import choice
from app.roster.models import Unit
from app.service._common import MAX_LINE, MAX_TEXT, TOPIC, WHOLE_COUNTY, in_period, unit_by_name
from app.service.models import MEASURE_KINDS, MEASURE_STATUSES, ServiceMeasure
from app.store.db import database
from app.store.base import create_or_update


@dataclass
class MeasureData:
    title: str = ""
    kind: str = MEASURE_KINDS[0]
    unit: str = ""  # full name, short name or alias; "" or 全县 for the 政法 units together
    issued_on: dt.date | str | None = None
    status: str = MEASURE_STATUSES[0]
    notes: str = ""


def _validated(data: MeasureData) -> dict:
    errors: list = []
    title = clean_into(errors, data.title, MAX_LINE, "措施名称")
    if not title:
        errors.append(ValidationError("措施名称", "必须填写"))
    kind = choice(data.kind, MEASURE_KINDS, "措施类别", errors)
    unit = unit_by_name(data.unit, "出台单位", errors)
    issued = parse_date(data.issued_on, "出台日期", errors, required=True)
    status = choice(data.status, MEASURE_STATUSES, "落实情况", errors)
    notes = clean_into(errors, data.notes, MAX_TEXT, "备注", multiline=True)
    if errors:
        raise ValidationErrors(errors)
    return dict(title=title, kind=kind, unit=unit, issued_on=issued, status=status, notes=notes)


def save_measure(data: MeasureData, measure_id: int | None = None) -> ServiceMeasure:
    values = _validated(data)
    with database.atomic():
        measure = create_or_update(ServiceMeasure, values, measure_id, get_measure)
    events.changed(TOPIC)
    return measure


def delete_measure(measure_id: int) -> None:
    """Into the trash (restorable), like the other ledgers' records."""
    with database.atomic():
        get_measure(measure_id).move_to_trash()
    events.changed(TOPIC)


def get_measure(measure_id: int) -> ServiceMeasure:
    measure = ServiceMeasure.get_or_none((ServiceMeasure.id == measure_id) & ServiceMeasure.deleted_at.is_null())
    if measure is None:
        raise NotFound("该措施已不存在（可能已被删除），请刷新后再试。")
    return measure


@dataclass(frozen=True)
class MeasureRow:
    id: int
    title: str
    kind: str
    unit_name: str  # full name, "" for 全县
    unit: str  # as shown: short name, or 全县
    unit_order: int
    issued_on: dt.date
    status: str
    notes: str


def measure_rows(*, since: dt.date | None = None, until: dt.date | None = None, kind: str = "",
                 unit_id: int | None = None) -> list[MeasureRow]:
    """Measures issued in the period (by 出台日期), newest first."""
    query = (ServiceMeasure.select(ServiceMeasure, Unit.name.alias("unit_full"), Unit.short_name.alias("unit_short"),
                                   Unit.sort_order.alias("unit_order"))
             .join(Unit, pw.JOIN.LEFT_OUTER, on=(ServiceMeasure.unit == Unit.id))
             .where(ServiceMeasure.deleted_at.is_null()))
    if kind:
        query = query.where(ServiceMeasure.kind == kind)
    if unit_id is not None:
        query = query.where(ServiceMeasure.unit == unit_id)
    rows = [MeasureRow(id=r["id"], title=r["title"], kind=r["kind"], unit_name=r["unit_full"] or "",
                       unit=r["unit_short"] or r["unit_full"] or WHOLE_COUNTY, unit_order=r["unit_order"] or 0,
                       issued_on=r["issued_on"], status=r["status"], notes=r["notes"])
            for r in query.order_by(ServiceMeasure.issued_on.desc(), ServiceMeasure.id.desc()).dicts()]
    return [r for r in rows if in_period(r.issued_on, since, until)]
