"""办实事记录: what was done, as figures with their dates — a day or a period, a unit (or 全县), a category, the
text around the number (印发 · 14万份 · 反诈宣传单), the number with its measure word, 余/多 when the figure is
approximate, and a comparison (同比/环比 上升/下降 N%). A figure belongs to a period when the last day it covers
(its 截止日期, else its date) falls in that period."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

import peewee as pw

from app import events
from app.common.datetext import parse_date
from app.common.safe_text import clean_into
from app.errors import NotFound, ValidationError, ValidationErrors
from app.common.choices import choice
from app.roster.models import Unit
from app.service._common import MAX_LINE, MAX_TEXT, TOPIC, WHOLE_COUNTY, in_period, unit_by_name
from app.service.figure_text import comparison_text, figure_text
from app.service.models import (APPROXIMATE, CATEGORIES, COMPARISONS, DIRECTIONS, MEASURE_WORDS, PERCENT,
                                ServiceRecord)
from app.store.db import database
from app.store.base import create_or_update

LARGEST = Decimal("999999999999")


@dataclass
class RecordData:
    started_on: dt.date | str | None = None
    ended_on: dt.date | str | None = None
    unit: str = ""
    category: str = ""
    item: str = ""
    item_after: str = ""
    number: Decimal | int | float | str = 0
    measure_word: str = ""
    approximate: str = ""
    comparison: str = ""
    direction: str = ""
    change_percent: Decimal | int | float | str | None = None
    notes: str = ""


def _decimal(value, label: str, errors: list, *, allow_none: bool = False) -> Decimal | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        if not allow_none:
            errors.append(ValidationError(label, "必须填写"))
        return None
    try:
        number = Decimal(str(value).strip().replace(",", "").replace("，", ""))
    except InvalidOperation:
        errors.append(ValidationError(label, f"“{value}”不是数字"))
        return None
    if not number.is_finite() or number < 0 or number > LARGEST:
        errors.append(ValidationError(label, f"“{value}”不是有效的数量（应为0或正数）"))
        return None
    if number != number.quantize(Decimal("0.01")):
        errors.append(ValidationError(label, f"“{value}”最多保留两位小数"))
        return None
    return number


def _validated(data: RecordData) -> dict:
    errors: list = []
    started = parse_date(data.started_on, "日期", errors, required=True)
    ended = parse_date(data.ended_on, "截止日期", errors)
    unit = unit_by_name(data.unit, "单位", errors)
    category = choice(data.category, CATEGORIES, "类别", errors)
    item = clean_into(errors, data.item, MAX_LINE, "事项")
    item_after = clean_into(errors, data.item_after, MAX_LINE, "数字后文字")
    if not item and not item_after:
        errors.append(ValidationError("事项", "必须填写（如“上门办证”“出动警力”）"))
    number = _decimal(data.number, "数量", errors)
    word = choice(data.measure_word, MEASURE_WORDS, "量词", errors)
    approximate = choice(data.approximate, APPROXIMATE, "约数", errors, required=False)
    comparison = choice(data.comparison, COMPARISONS, "比较", errors, required=False)
    direction, change = "", None
    if comparison:
        direction = choice(data.direction, DIRECTIONS, "升降", errors)
        change = _decimal(data.change_percent, "升降幅度", errors)
    notes = clean_into(errors, data.notes, MAX_TEXT, "备注", multiline=True)
    if started and ended and ended < started:
        errors.append(ValidationError("截止日期", "不能早于日期"))
    if word == PERCENT and approximate:
        errors.append(ValidationError("约数", "百分比不写“余”“多”"))
    if errors:
        raise ValidationErrors(errors)
    return dict(started_on=started, ended_on=ended if ended != started else None, unit=unit, category=category,
                item=item, item_after=item_after, number=number, measure_word=word, approximate=approximate,
                comparison=comparison, direction=direction, change_percent=change, notes=notes)


def save_record(data: RecordData, record_id: int | None = None) -> ServiceRecord:
    values = _validated(data)
    with database.atomic():
        record = create_or_update(ServiceRecord, values, record_id, get_record)
    events.changed(TOPIC)
    return record


def delete_record(record_id: int) -> None:
    with database.atomic():
        get_record(record_id).move_to_trash()
    events.changed(TOPIC)


def get_record(record_id: int) -> ServiceRecord:
    record = ServiceRecord.get_or_none((ServiceRecord.id == record_id) & ServiceRecord.deleted_at.is_null())
    if record is None:
        raise NotFound("该办实事记录已不存在（可能已被删除），请刷新后再试。")
    return record


@dataclass(frozen=True)
class RecordRow:
    id: int
    started_on: dt.date
    ended_on: dt.date | None
    unit_name: str
    unit: str
    unit_order: int
    category: str
    item: str
    item_after: str
    number: Decimal
    measure_word: str
    approximate: str
    comparison: str
    direction: str
    change_percent: Decimal | None
    notes: str

    @property
    def reported_on(self) -> dt.date:
        """The day the figure counts on: the end of the period it covers."""
        return self.ended_on or self.started_on

    @property
    def figure(self) -> str:
        return figure_text(self.number, self.measure_word, self.approximate)

    @property
    def compared(self) -> str:
        return comparison_text(self.comparison, self.direction, self.change_percent)

    @property
    def when(self) -> str:
        if self.ended_on:
            return f"{self.started_on:%Y-%m-%d}至{self.ended_on:%Y-%m-%d}"
        return f"{self.started_on:%Y-%m-%d}"

    @property
    def text(self) -> str:
        """The figure as a sentence says it: 印发14万份反诈宣传单 · 打击电信诈骗99人，同比上升102%."""
        compared = f"，{self.compared}" if self.compared else ""
        return f"{self.item}{self.figure}{self.item_after}{compared}"


def record_rows(*, since: dt.date | None = None, until: dt.date | None = None, category: str = "",
                unit_id: int | None = None) -> list[RecordRow]:
    """Records whose figure counts in the period, in the order they were entered."""
    query = (ServiceRecord.select(ServiceRecord, Unit.name.alias("unit_full"), Unit.short_name.alias("unit_short"),
                                  Unit.sort_order.alias("unit_order"))
             .join(Unit, pw.JOIN.LEFT_OUTER, on=(ServiceRecord.unit == Unit.id))
             .where(ServiceRecord.deleted_at.is_null()))
    if category:
        query = query.where(ServiceRecord.category == category)
    if unit_id is not None:
        query = query.where(ServiceRecord.unit == unit_id)
    rows = [RecordRow(id=r["id"], started_on=r["started_on"], ended_on=r["ended_on"], unit_name=r["unit_full"] or "",
                      unit=r["unit_short"] or r["unit_full"] or WHOLE_COUNTY, unit_order=r["unit_order"] or 0,
                      category=r["category"], item=r["item"], item_after=r["item_after"],
                      number=Decimal(str(r["number"])), measure_word=r["measure_word"],
                      approximate=r["approximate"], comparison=r["comparison"], direction=r["direction"],
                      change_percent=None if r["change_percent"] is None else Decimal(str(r["change_percent"])),
                      notes=r["notes"])
            for r in query.order_by(ServiceRecord.id).dicts()]
    return [r for r in rows if in_period(r.reported_on, since, until)]
