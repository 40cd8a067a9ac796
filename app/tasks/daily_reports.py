"""工作日报 and the 零通报制: every unit files a report each day of the campaign — its 工作部署, 工作提示 and
工作交办, or a 零报告 when it has nothing to report — and the office sees, for any day, which units did not
report. A day is due from the campaign's first day (文件 → 设置) until yesterday: today's reports may still come."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import peewee as pw

from app import events
from app.common.safe_text import clean_into
from app.errors import NotFound, ValidationError, ValidationErrors
from app.roster.models import Unit
from app.store import campaign
from app.store.db import database
from app.common.datetext import parse_date
from app.tasks._common import MAX_LINE, MAX_TEXT, TOPIC, today, unit_named
from app.tasks.models import DailyReport
from app.store.base import create_or_update

CONTENT_FIELDS = (("deployment", "工作部署"), ("hints", "工作提示"), ("assignments", "工作交办"))


@dataclass
class ReportData:
    unit: str = ""
    day: dt.date | str | None = None
    deployment: str = ""
    hints: str = ""
    assignments: str = ""
    zero_report: bool = False
    reporter: str = ""


def _validated(data: ReportData) -> dict:
    errors: list = []
    unit = unit_named(data.unit, "单位", errors, required=True)
    day = parse_date(data.day, "日期", errors, required=True)
    texts = {key: clean_into(errors, getattr(data, key), MAX_TEXT, label, multiline=True)
             for key, label in CONTENT_FIELDS}
    reporter = clean_into(errors, data.reporter, MAX_LINE, "报送人")
    zero = bool(data.zero_report)
    if zero and any(texts.values()):
        errors.append(ValidationError("零报告", "零报告不填写工作部署、工作提示和工作交办（有内容时请取消零报告）"))
    if not zero and not any(texts.values()) and not errors:
        errors.append(ValidationError("工作部署", "工作部署、工作提示、工作交办至少填写一项；当天无事可报时请勾选零报告"))
    if day and day > today():
        errors.append(ValidationError("日期", "不能晚于今天"))
    if errors:
        raise ValidationErrors(errors)
    return dict(unit=unit, day=day, zero_report=zero, reporter=reporter, **texts)


def _get(report_id: int) -> DailyReport:
    report = DailyReport.get_or_none(DailyReport.id == report_id)
    if report is None:
        raise NotFound("该工作日报已不存在（可能已被删除），请刷新后再试。")
    return report


def save_report(data: ReportData, report_id: int | None = None) -> DailyReport:
    """One unit's report for one day (a second report for the same unit and day is refused)."""
    values = _validated(data)
    with database.atomic():
        same = DailyReport.select().where((DailyReport.unit == values["unit"]) & (DailyReport.day == values["day"]))
        if report_id is not None:
            same = same.where(DailyReport.id != report_id)
        if same.exists():
            name = values["unit"].short_name or values["unit"].name
            raise ValidationError("日期", f"{name} {values['day']:%Y-%m-%d} 的工作日报已经登记，请修改那一份")
        report = create_or_update(DailyReport, values, report_id, _get)
    events.changed(TOPIC)
    return report


def delete_report(report_id: int) -> None:
    with database.atomic():
        _get(report_id).delete_instance()
    events.changed(TOPIC)


@dataclass(frozen=True)
class ReportRow:
    id: int
    day: dt.date
    unit: str
    unit_full: str
    unit_order: int
    deployment: str
    hints: str
    assignments: str
    zero_report: bool
    reporter: str


def report_rows(*, since: dt.date | None = None, until: dt.date | None = None,
                unit_id: int | None = None) -> list[ReportRow]:
    """The reports of the period (every one without), newest day first, units in their order."""
    query = (DailyReport.select(DailyReport, Unit.short_name, Unit.name.alias("unit_full"),
                                Unit.sort_order.alias("unit_order"))
             .join(Unit, on=(DailyReport.unit == Unit.id)))
    if since is not None:
        query = query.where(DailyReport.day >= since)
    if until is not None:
        query = query.where(DailyReport.day <= until)
    if unit_id is not None:
        query = query.where(DailyReport.unit == unit_id)
    query = query.order_by(DailyReport.day.desc(), Unit.sort_order, Unit.id).dicts()
    return [ReportRow(id=r["id"], day=r["day"], unit=r["short_name"] or r["unit_full"], unit_full=r["unit_full"],
                      unit_order=r["unit_order"], deployment=r["deployment"], hints=r["hints"],
                      assignments=r["assignments"], zero_report=r["zero_report"], reporter=r["reporter"])
            for r in query]


def first_reporting_day() -> dt.date | None:
    """The campaign's first day (its settings), else the first report's day; None when neither is known."""
    phases = campaign.current().phase_ranges()
    if phases:
        return phases[0][1]
    return DailyReport.select(pw.fn.MIN(DailyReport.day)).scalar()


def due_days(since: dt.date | None = None, until: dt.date | None = None, *,
             on: dt.date | None = None) -> list[dt.date]:
    """The days a report was due in the period: from the campaign's first day to yesterday (and its last day)."""
    on = on or today()
    first = first_reporting_day()
    if first is None:
        return []
    last = on - dt.timedelta(days=1)
    phases = campaign.current().phase_ranges()
    if phases:
        last = min(last, phases[-1][2])
    first = max(first, since) if since else first
    last = min(last, until) if until else last
    return [first + dt.timedelta(days=n) for n in range((last - first).days + 1)]


@dataclass(frozen=True)
class Missing:
    day: dt.date
    unit: str
    unit_full: str


def missing_reports(since: dt.date | None = None, until: dt.date | None = None, *,
                    on: dt.date | None = None) -> list[Missing]:
    """零通报: every (day, unit) of the period with no report, newest day first. `since == until` asks one day;
    a day asked for explicitly is counted even when it is today."""
    on = on or today()
    if since is not None and since == until:
        days = [since] if since <= on else []
    else:
        days = due_days(since, until, on=on)
    if not days:
        return []
    units = list(Unit.select(Unit.id, Unit.name, Unit.short_name).order_by(Unit.sort_order, Unit.id))
    filed = set(DailyReport.select(DailyReport.unit, DailyReport.day)
                .where((DailyReport.day >= days[0]) & (DailyReport.day <= days[-1])).tuples())
    return [Missing(day, u.short_name or u.name, u.name) for day in reversed(days) for u in units
            if (u.id, day) not in filed]
