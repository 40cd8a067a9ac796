"""工作日报 and 零通报: one report per unit and day, content or a 零报告 (not both, not neither); the missing list
names every unit and day without a report, from the campaign's first day to yesterday."""
import pytest

from app.errors import ValidationError, ValidationErrors
from app.store import campaign
from app.tasks.daily_reports import ReportData, delete_report, due_days, missing_reports, report_rows, save_report
from app.tasks.models import DailyReport
from tests.app.tasks.conftest import TODAY, days


def _report(unit="县法院", day=None, **changes):
    data = ReportData(unit=unit, day=day or days(-1), deployment="部署第二轮谈心谈话", reporter="李娜")
    for key, value in changes.items():
        setattr(data, key, value)
    return save_report(data)


def test_content_or_zero_report_but_not_both_or_neither(units):
    with pytest.raises(ValidationErrors, match="零报告"):
        _report(deployment="")
    with pytest.raises(ValidationErrors, match="零报告不填写"):
        _report(zero_report=True)
    with pytest.raises(ValidationErrors) as exc:
        save_report(ReportData(unit="", day="昨天", zero_report=True))
    assert {e.field for e in exc.value.errors} == {"单位", "日期"}
    assert DailyReport.select().count() == 0
    _report(deployment="", zero_report=True)
    assert report_rows()[0].zero_report


def test_one_report_per_unit_and_day(units):
    report = _report()
    with pytest.raises(ValidationError, match="已经登记"):
        _report(hints="另一份")
    save_report(ReportData(unit="县法院", day=days(-1), hints="改过的", reporter="李娜"), report.id)
    assert [r.hints for r in report_rows()] == ["改过的"]
    delete_report(report.id)
    assert report_rows() == []


def test_missing_reports_from_the_campaign_start_to_yesterday(units):
    campaign.save({"study_start": days(-3).isoformat()})
    assert due_days() == [days(-3), days(-2), days(-1)]
    for n in (-3, -2, -1):
        _report(day=days(n))
    _report(unit="县局", day=days(-3), deployment="", zero_report=True)
    missing = missing_reports()
    assert [(m.day, m.unit) for m in missing] == [(days(-1), "县公安局"), (days(-2), "县公安局")]
    assert missing_reports(days(-3), days(-3)) == []  # one day asked
    assert [m.unit for m in missing_reports(TODAY, TODAY)] == ["县法院", "县公安局"]  # today, asked, counts
    assert len(missing_reports(days(-2), days(-2))) == 1


def test_a_merge_moves_the_reports_and_a_delete_names_them(units):
    from app.errors import AppError
    from app.roster.unit_admin import delete_unit, merge_units
    from app.tasks.task_list import TaskData, save_task, task_rows

    _report(unit="县局")
    _report(unit="县法院", hints="另一份")  # the same day in both: the merge keeps both (exact twins it drops)
    save_task(TaskData(stage="学习教育", title="开展政治轮训", unit="县局"))
    with pytest.raises(AppError, match="工作日报"):
        delete_unit(units["police"].id)
    merge_units(units["police"].id, units["court"].id)
    assert [r.unit for r in report_rows()] == ["县法院", "县法院"] and task_rows()[0].unit == "县法院"
    assert [m.unit for m in missing_reports(days(-1), days(-1))] == []
