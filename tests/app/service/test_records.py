"""Measures and records: validated (every bad field named, nothing written), edited, deleted, and counted in
a period by the last day they cover."""
import datetime as dt
from decimal import Decimal

import pytest

from app.errors import NotFound, ValidationErrors
from app.service.measures import MeasureData, delete_measure, measure_rows, save_measure
from app.service.models import ServiceMeasure, ServiceRecord
from app.service.records import RecordData, delete_record, record_rows, save_record

DAY = dt.date(2021, 4, 10)


def record(**changes) -> RecordData:
    values = dict(started_on=DAY, unit="县公安局", category="上门办证", item="上门送证", number=500,
                  measure_word="个", approximate="余")
    values.update(changes)
    return RecordData(**values)


def test_a_record_is_saved_and_reads_as_the_article_writes_it(units):
    saved = save_record(record(ended_on=dt.date(2021, 5, 31)))
    row = record_rows()[0]
    assert (row.id, row.unit, row.unit_name, row.figure, row.text) == (saved.id, "县公安局", "青山县公安局", "500余个",
                                                                      "上门送证500余个")
    assert row.reported_on == dt.date(2021, 5, 31)
    save_record(record(category="反诈宣传", item="打击电信诈骗", number=99, measure_word="人", approximate="",
                       comparison="同比", direction="上升", change_percent="102"), saved.id)
    assert record_rows()[0].text == "打击电信诈骗99人，同比上升102%"
    assert ServiceRecord.select().count() == 1


def test_the_text_after_the_number(units):
    save_record(record(category="法治宣传", item="为", number=22, measure_word="家", approximate="",
                       item_after="企业开展法律知识讲座", unit="全县"))
    row = record_rows()[0]
    assert row.text == "为22家企业开展法律知识讲座" and row.unit == "全县" and row.unit_name == ""


@pytest.mark.parametrize("changes, field", [
    (dict(item=""), "事项"),
    (dict(number="许多"), "数量"),
    (dict(number=-3), "数量"),
    (dict(number="1.234"), "数量"),
    (dict(measure_word="箱"), "量词"),
    (dict(category="其它类"), "类别"),
    (dict(started_on=None), "日期"),
    (dict(ended_on=dt.date(2021, 4, 1)), "截止日期"),
    (dict(unit="县税务局"), "单位"),
    (dict(measure_word="%", number=99), "约数"),
    (dict(comparison="同比", direction=""), "升降"),
    (dict(comparison="同比", direction="上升", change_percent=""), "升降幅度"),
    (dict(approximate="约"), "约数"),
])
def test_bad_input_names_the_field_and_writes_nothing(units, changes, field):
    with pytest.raises(ValidationErrors) as caught:
        save_record(record(**changes))
    assert field in [e.field for e in caught.value.errors]
    assert ServiceRecord.select().count() == 0


def test_a_failed_edit_leaves_the_record_as_it_was(units):
    saved = save_record(record())
    with pytest.raises(ValidationErrors):
        save_record(record(number=7, measure_word="箱"), saved.id)
    assert ServiceRecord.get_by_id(saved.id).number == Decimal(500)


def test_records_count_in_the_period_of_their_last_day(units):
    save_record(record(started_on=dt.date(2021, 3, 20), ended_on=dt.date(2021, 4, 5), number=10))
    save_record(record(started_on=dt.date(2021, 4, 20), number=20))
    april = record_rows(since=dt.date(2021, 4, 1), until=dt.date(2021, 4, 30))
    assert [r.number for r in april] == [10, 20]
    assert [r.number for r in record_rows(until=dt.date(2021, 3, 31))] == []
    assert [r.number for r in record_rows(since=dt.date(2021, 4, 10))] == [20]
    assert [r.number for r in record_rows(unit_id=units["justice"].id)] == []


def test_delete_sends_a_record_to_the_trash(units):
    saved = save_record(record())
    delete_record(saved.id)
    assert record_rows() == [] and ServiceRecord.trashed().count() == 1
    with pytest.raises(NotFound):
        delete_record(saved.id)


def test_measures(units):
    saved = save_measure(MeasureData(title="特殊群体上门办证", kind="我为群众办实事措施", unit="县公安局",
                                     issued_on="2021-04-02"))
    save_measure(MeasureData(title="涉企案件快立快审", kind="优化营商环境措施", unit="", issued_on=dt.date(2021, 5, 6),
                             status="已落实"))
    rows = measure_rows()
    assert [(r.title, r.unit) for r in rows] == [("涉企案件快立快审", "全县"), ("特殊群体上门办证", "县公安局")]
    assert [r.title for r in measure_rows(until=dt.date(2021, 4, 30))] == ["特殊群体上门办证"]
    assert [r.title for r in measure_rows(kind="优化营商环境措施")] == ["涉企案件快立快审"]
    with pytest.raises(ValidationErrors) as caught:
        save_measure(MeasureData(title="", kind="别的", unit="县税务局", issued_on="4月", status="?"), saved.id)
    assert {e.field for e in caught.value.errors} == {"措施名称", "措施类别", "出台单位", "出台日期", "落实情况"}
    assert ServiceMeasure.get_by_id(saved.id).title == "特殊群体上门办证"
    delete_measure(saved.id)
    assert [r.title for r in measure_rows()] == ["涉企案件快立快审"]


def test_writes_are_refused_without_the_edit_permission(units):
    from app.errors import PermissionDenied
    from app.safety import accounts

    accounts.enable("admin", "管理员", "secret-1")
    accounts.create_account("reader", "查阅员", "查阅", "secret-2")
    accounts.login("reader", "secret-2")
    try:
        with pytest.raises(PermissionDenied):
            save_record(record())
    finally:
        accounts.logout()
    assert ServiceRecord.select().count() == 0
