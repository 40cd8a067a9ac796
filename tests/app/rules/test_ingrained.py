"""The 顽瘴痼疾整治 list: per problem, status and completion date agree, overdue as the feedback ledger counts it."""
import datetime as dt

import pytest

from app.errors import ValidationErrors

TODAY = dt.date.today()


@pytest.fixture
def police(db):
    from app.roster.models import Unit

    return Unit.create(name="青山县公安局", short_name="县公安局", kind="公安局", sort_order=1)


def _data(**kw):
    from app.rules.ingrained import MeasureData

    values = dict(problem="违规参股借贷", measure="开展数据比对", unit="县公安局", deadline=TODAY - dt.timedelta(days=2),
                  status="整治中")
    values.update(kw)
    return MeasureData(**values)


def test_measures_are_listed_by_problem_with_overdue_and_the_six_lines(police):
    from app.rules.ingrained import measure_rows, problem_lines, save_measure

    save_measure(_data())
    save_measure(_data(problem="违反“三个规定”", status="已完成", completed_on=TODAY, unit=""))
    rows = measure_rows()
    assert [r.problem for r in rows] == ["违反“三个规定”", "违规参股借贷"]
    assert rows[0].unit == "县教整办" and not rows[0].overdue
    assert rows[1].overdue and rows[1].due_text == "已逾期2天" and rows[1].unit == "县公安局"
    lines = problem_lines()
    assert len(lines) == 6 and [(line.measures, line.done, line.overdue) for line in lines[:3]] == [
        (1, 1, 0), (0, 0, 0), (1, 0, 1)]


def test_bad_measures_name_the_field_and_write_nothing(police):
    from app.rules.ingrained import save_measure
    from app.rules.models import IngrainedMeasure

    for data, field in [(_data(problem="其他"), "顽瘴痼疾"), (_data(measure="  "), "整治措施"),
                        (_data(status="已完成"), "完成日期"), (_data(completed_on=TODAY), "完成日期"),
                        (_data(unit="县林业局"), "责任单位"), (_data(deadline="明天"), "完成时限"),
                        (_data(status="已完成", completed_on=TODAY + dt.timedelta(days=1)), "完成日期")]:
        with pytest.raises(ValidationErrors) as caught:
            save_measure(data)
        assert field in {e.field for e in caught.value.errors}, data
    assert IngrainedMeasure.select().count() == 0


def test_a_change_is_saved_and_a_missing_measure_is_named(police):
    from app.errors import NotFound
    from app.rules.ingrained import measure_rows, save_measure

    measure = save_measure(_data())
    save_measure(_data(status="已完成", completed_on=TODAY), measure.id)
    assert measure_rows()[0].status == "已完成" and not measure_rows()[0].overdue
    with pytest.raises(NotFound):
        save_measure(_data(), measure.id + 100)
