"""建章立制 on a real temporary file: validation names the field, a failed save changes nothing, links to 整改
items and 整治 measures are replaced as a whole, a 查阅 account cannot write, the export writes both sheets."""
import datetime as dt

import pytest

from app.errors import ValidationErrors

TODAY = dt.date.today()


@pytest.fixture
def base(db):
    from app.roster.models import Unit
    from tests.support.feedback_data import new

    court = Unit.create(name="青山县人民法院", short_name="县法院", kind="法院", sort_order=1)
    return {"court": court, "s1": new("执行案款发放慢"), "s2": new("立案窗口排队久")}


def _measure(**kw):
    from app.rules.ingrained import MeasureData, save_measure

    values = dict(problem="违反“三个规定”", measure="建立过问案件登记台账", unit="县法院",
                  deadline=TODAY + dt.timedelta(days=10), status="整治中")
    values.update(kw)
    return save_measure(MeasureData(**values))


def test_a_rule_is_saved_with_its_links_and_listed(base):
    from app.rules.rules import RuleData, rule_rows, save_rule

    measure = _measure()
    rule = save_rule(RuleData(title="县法院审判人员接触交往行为规范", unit="县法院", kind="工作规定", status="已出台",
                              issued_on=TODAY - dt.timedelta(days=3), doc_number="青法〔2021〕5号",
                              suggestion_codes=[base["s1"].code.lower()], measure_ids=[measure.id]))
    [row] = rule_rows()
    assert (row.id, row.unit, row.status, row.doc_number) == (rule.id, "县法院", "已出台", "青法〔2021〕5号")
    assert row.suggestion_codes == (base["s1"].code,) and row.measure_ids == (measure.id,)
    assert row.closes_text == f"{base['s1'].code}、违反“三个规定”"
    save_rule(RuleData(title="县法院审判人员接触交往行为规范", unit="", kind="工作规定", status="正在拟制定",
                       suggestion_codes=[base["s2"].code]), rule.id)
    [row] = rule_rows()
    assert (row.unit, row.issued_on, row.suggestion_codes, row.measure_ids) == ("县教整办", None, (base["s2"].code,), ())


def test_bad_input_names_the_field_and_changes_nothing(base):
    from app.rules.models import Rule, RuleSuggestion
    from app.rules.rules import RuleData, save_rule

    cases = [(RuleData(title="", status="正在拟制定"), "制度名称"),
             (RuleData(title="办法", status="已出台"), "出台日期"),
             (RuleData(title="办法", status="正在拟制定", issued_on=TODAY), "出台日期"),
             (RuleData(title="办法", status="已出台", issued_on=TODAY + dt.timedelta(days=1)), "出台日期"),
             (RuleData(title="办法", status="已出台", issued_on="2021年13月1日"), "出台日期"),
             (RuleData(title="办法", status="已废止"), "状态"),
             (RuleData(title="办法", kind="口号"), "类别"),
             (RuleData(title="办法", unit="县税务局"), "制定单位"),
             (RuleData(title="办法", suggestion_codes=["ZG-1999-999"]), "关联整改事项"),
             (RuleData(title="办法", measure_ids=[999]), "关联整治措施")]
    for data, field in cases:
        with pytest.raises(ValidationErrors) as caught:
            save_rule(data)
        assert field in {e.field for e in caught.value.errors}, (data, caught.value)
        assert str(caught.value)
    assert Rule.select().count() == 0 and RuleSuggestion.select().count() == 0


def test_a_failed_change_keeps_the_old_links(base):
    from app.rules.rules import RuleData, rule_rows, save_rule

    rule = save_rule(RuleData(title="办法", suggestion_codes=[base["s1"].code]))
    with pytest.raises(ValidationErrors):
        save_rule(RuleData(title="办法", suggestion_codes=[base["s2"].code, "ZG-0000-000"]), rule.id)
    assert rule_rows()[0].suggestion_codes == (base["s1"].code,)


def test_the_period_narrows_the_issued_and_keeps_those_being_drafted(base):
    from app.rules.rules import RuleData, rule_rows, save_rule

    save_rule(RuleData(title="甲", status="已出台", issued_on=TODAY - dt.timedelta(days=40)))
    save_rule(RuleData(title="乙", status="已出台", issued_on=TODAY - dt.timedelta(days=2)))
    save_rule(RuleData(title="丙"))
    assert [r.title for r in rule_rows()] == ["甲", "乙", "丙"]
    assert [r.title for r in rule_rows(since=TODAY - dt.timedelta(days=10))] == ["乙", "丙"]
    assert [r.title for r in rule_rows(status="已出台", until=TODAY - dt.timedelta(days=10))] == ["甲"]


def test_deleted_rules_and_measures_leave_the_lists(base):
    from app.rules.ingrained import delete_measure, measure_rows
    from app.rules.rules import RuleData, delete_rule, rule_rows, save_rule

    measure = _measure()
    rule = save_rule(RuleData(title="办法", measure_ids=[measure.id]))
    assert measure_rows()[0].rules == ("办法",)
    delete_rule(rule.id)
    assert rule_rows() == [] and measure_rows()[0].rules == ()
    delete_measure(measure.id)
    assert measure_rows() == []


def test_a_reader_account_cannot_write(base):
    from app.errors import PermissionDenied
    from app.rules.models import Rule
    from app.rules.rules import RuleData, save_rule
    from app.safety import access, accounts

    accounts.enable("admin", "管理员", "secret-1")
    accounts.create_account("reader", "查阅员", access.ROLE_READER, "secret-3")
    accounts.login("reader", "secret-3")
    try:
        with pytest.raises(PermissionDenied):
            save_rule(RuleData(title="办法"))
    finally:
        accounts.logout()
    assert Rule.select().count() == 0


def test_export_rules_writes_both_sheets(base, db, tmp_path):
    from openpyxl import load_workbook

    from app import cli
    from app.rules.rules import RuleData, save_rule

    save_rule(RuleData(title="=1+1办法", status="已出台", issued_on=TODAY, measure_ids=[_measure().id]))
    out = tmp_path / "rules.xlsx"
    assert cli.main(["--db", str(db), "export-rules", str(out)]) == 0
    book = load_workbook(out)
    assert book.sheetnames == ["规章制度", "顽瘴痼疾整治措施"]
    rules = list(book["规章制度"].values)
    assert rules[0][:5] == ("序号", "制度名称", "制定单位", "类别", "状态")
    assert rules[1][1] != "=1+1办法" and rules[1][1].endswith("=1+1办法")  # text, never a formula
    assert isinstance(rules[1][5], dt.datetime)
    measures = list(book["顽瘴痼疾整治措施"].values)
    assert measures[1][1] == "违反“三个规定”" and "办法" in measures[1][8]
    assert cli.main(["--db", str(db), "export-rules", str(tmp_path / "rules.csv")]) == 2
    assert not (tmp_path / "rules.csv").exists()


def test_figures_by_unit_and_the_public_pledges(base):
    from app.rules.figures import rule_figures
    from app.rules.rules import RuleData, save_rule

    save_rule(RuleData(title="甲", unit="县法院", status="已出台", issued_on=TODAY))
    save_rule(RuleData(title="乙"))
    assert (rule_figures().issued, rule_figures().drafting) == (1, 1)
    court = rule_figures(unit="青山县人民法院")
    assert (court.issued, court.drafting, court.total) == (1, 0, 1)
    office = rule_figures(unit="")
    assert (office.issued, office.drafting) == (0, 1)
    assert rule_figures().public_pledges_signed == 0
