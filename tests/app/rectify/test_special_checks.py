"""专项排查: checks validated with their scope and counts; a finding passed on as a clue registers a 审查发现 clue in
the same transaction; what was found needs 问题线索, the counts do not."""
import pytest

from app.errors import ValidationError, ValidationErrors
from app.rectify.figures import summary
from app.rectify.models import CheckFinding, Clue, SpecialCheck
from app.rectify.special_checks import CheckData, add_finding, check_rows, finding_rows, save_check
from app.safety import access, accounts
from tests.app.rectify.conftest import days


def _check(**changes):
    data = CheckData(kind="重点案件交叉评查", unit="县法院", started_on=days(-30), examined=120, examined_unit="份",
                     examined_what="卷宗")
    for key, value in changes.items():
        setattr(data, key, value)
    return save_check(data)


def test_checks_are_validated_naming_each_field(people):
    with pytest.raises(ValidationErrors) as exc:
        save_check(CheckData(kind="八查", unit="县医院", started_on="", examined="很多", examined_unit="箱"))
    assert {e.field for e in exc.value.errors} == {"排查项目", "单位", "开始日期", "排查数量", "计量单位"}
    with pytest.raises(ValidationErrors, match="不能早于开始日期"):
        _check(ended_on=days(-31))
    assert SpecialCheck.select().count() == 0


def test_a_finding_becomes_a_clue_or_stays_a_finding(people):
    check = _check()
    county = _check(kind="违规参股借贷问题", unit="", examined=518, examined_unit="人", examined_what="人员")
    with pytest.raises(ValidationErrors) as exc:
        add_finding(check.id, found_on=days(-5), description="承办案件压案不查", action="移交问题线索")
    assert [e.field for e in exc.value.errors] == ["涉及人员"]
    with pytest.raises(ValidationError, match="不能早于排查开始日期"):
        add_finding(check.id, found_on=days(-40), description="x", action="列入整改")
    add_finding(check.id, found_on=days(-5), description="承办案件压案不查", action="移交问题线索",
                officer_id=people["zhang"].id)
    add_finding(check.id, found_on=days(-4), description="文书送达不及时", action="列入整改")
    clue = Clue.get()
    assert (clue.source, clue.officer_id) == ("审查发现", people["zhang"].id)
    assert [(f.action, bool(f.clue_code)) for f in finding_rows(check.id)] == [("移交问题线索", True), ("列入整改", False)]
    rows = {r.kind: r for r in check_rows()}
    assert (rows["重点案件交叉评查"].findings, rows["重点案件交叉评查"].to_clues) == (2, 1)
    assert rows["违规参股借贷问题"].scope == "全县" and rows["违规参股借贷问题"].group == "五项排查"
    assert county.id in {r.id for r in check_rows()}
    figures = summary()["special_checks"]
    assert figures["per_group"] == {"七查": 1, "五项排查": 1, "专项清查": 0} and figures["findings_to_clues"] == 1


def test_what_was_found_needs_the_permission(people):
    check = _check()
    add_finding(check.id, found_on=days(-5), description="承办案件压案不查", action="列入整改")
    accounts.enable("admin", "管理员", "secret-1")
    try:
        with pytest.raises(access.PermissionDenied):
            finding_rows(check.id)
        with pytest.raises(access.PermissionDenied):
            add_finding(check.id, found_on=days(-5), description="x", action="列入整改")
        assert check_rows()[0].findings == 1  # counts stay open
    finally:
        accounts.logout()
    from app.safety.models import AuditEntry

    line = AuditEntry.get(AuditEntry.table_name == "check_finding")
    assert "压案不查" not in line.changes
    assert CheckFinding.select().count() == 1
