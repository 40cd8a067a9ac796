"""What the overview's figures are narrowed by: a period (the presets and any two dates) and a unit.

The period presets (`periods()`: 全部, the three campaign phases, 本月) and how a period reads in a document
(`Period.text`); the units in roster order; and the small query helpers every figure module shares: a
condition on a date field for the range (`day_range`), `where` for optional conditions, the chosen unit
looked up once (`find_unit`, a Chinese NotFound when it has gone).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from app.errors import NotFound, ValidationError
from app.roster.models import Unit
from app.store import campaign


def cn_date(day: dt.date) -> str:
    """2021年6月11日, as official documents write dates."""
    return f"{day.year}年{day.month}月{day.day}日"


def today_or(today: dt.date | None) -> dt.date:
    return today or dt.date.today()


def check_range(since: dt.date | None, until: dt.date | None) -> None:
    if since is not None and until is not None and since > until:
        raise ValidationError("统计期间", f"开始日期 {since:%Y-%m-%d} 晚于结束日期 {until:%Y-%m-%d}")


# ---------------------------------------------------------------- periods

@dataclass(frozen=True)
class Period:
    label: str
    since: dt.date | None
    until: dt.date | None

    @property
    def text(self) -> str:
        """2021年3月1日至2021年6月11日 / 截至… / 全部."""
        if self.since and self.until:
            return f"{cn_date(self.since)}至{cn_date(self.until)}"
        if self.until:
            return f"截至{cn_date(self.until)}"
        if self.since:
            return f"{cn_date(self.since)}以来"
        return "教育整顿开展以来"


def periods(today: dt.date | None = None) -> list[Period]:
    """The range presets: 全部, the three campaign phases (when the start date is set), 本月."""
    today = today_or(today)
    result = [Period("全部", None, None)]
    for phase, first, last in campaign.current().phase_ranges():
        result.append(Period(f"{phase}阶段", first, last))
    first_of_month = today.replace(day=1)
    next_month = (first_of_month + dt.timedelta(days=32)).replace(day=1)
    result.append(Period("本月", first_of_month, next_month - dt.timedelta(days=1)))
    return result


# ---------------------------------------------------------------- units

def units() -> list[tuple[int, str, str]]:
    """(id, full name, short name) in roster order."""
    return list(Unit.select(Unit.id, Unit.name, Unit.short_name).order_by(Unit.sort_order, Unit.id).tuples())


def find_unit(unit: int | None) -> Unit | None:
    if unit is None:
        return None
    found = Unit.get_or_none(Unit.id == unit)
    if found is None:
        raise NotFound("单位：所选单位已不存在，请刷新后再试。")
    return found


def unit_suffix(unit_obj: Unit | None) -> str:
    """（县法院） after a title narrowed to a unit."""
    return f"（{unit_obj.short_name or unit_obj.name}）" if unit_obj else ""


# ---------------------------------------------------------------- query helpers

def day_range(field_, since: dt.date | None, until: dt.date | None):
    """A condition on a date field; None when the range is open on both ends."""
    condition = None
    if since is not None:
        condition = field_ >= since
    if until is not None:
        part = field_ <= until
        condition = part if condition is None else (condition & part)
    return condition


def where(query, *conditions):
    """The query with every condition that is not None."""
    for condition in conditions:
        if condition is not None:
            query = query.where(condition)
    return query
