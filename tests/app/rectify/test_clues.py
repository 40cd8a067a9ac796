"""The clue ledger: manual sources, numbering per year, disposal steps with who and when, overdue, filters."""
import pytest

from app.errors import Conflict, ValidationErrors
from app.rectify.clues import ClueData, clue_row, clue_rows, register_clue
from app.rectify.disposal import clue_history, conclude, dispose
from app.rectify.models import Clue
from tests.app.rectify.conftest import days


def _clue(people, source="上级交办", received=-30):
    return register_clue(ClueData(source=source, received_on=days(received), officer_id=people["wang"].id,
                                  content="反映其违规插手案件"))


def test_manual_clues_are_validated(people):
    with pytest.raises(ValidationErrors) as exc:
        register_clue(ClueData(source="路边听说", received_on=days(3), content=""))
    assert {e.field for e in exc.value.errors} == {"线索来源", "收到日期", "被反映人", "线索内容"}
    with pytest.raises(ValidationErrors, match="由个人自查事项在市教整办审核时移交生成"):
        register_clue(ClueData(source="自查移交", received_on=days(-1), subject_name="某人", content="x"))
    assert Clue.select().count() == 0


def test_numbers_run_per_year_of_receipt(people):
    a = register_clue(ClueData(source="举报", received_on="2021-05-01", subject_name="赵某", content="甲"))
    b = register_clue(ClueData(source="审查发现", received_on="2021-06-01", subject_name="钱某", content="乙"))
    c = register_clue(ClueData(source="其他", received_on="2022-01-05", subject_name="孙某", content="丙"))
    assert (a.code, b.code, c.code) == ("XS-2021-001", "XS-2021-002", "XS-2022-001")


def test_disposal_steps_keep_who_when_and_overdue(people):
    clue = _clue(people)
    with pytest.raises(Conflict, match="请先确定处置方式"):
        conclude(clue.id, "立案")
    with pytest.raises(ValidationErrors) as exc:
        dispose(clue.id, "初步核实")
    assert {e.field for e in exc.value.errors} == {"承办单位", "办理时限"}
    dispose(clue.id, "初步核实", unit="县公安局", handler="刘警官", deadline=days(-2))
    row = clue_row(clue.id)
    assert (row.status, row.unit, row.overdue, row.due_text) == ("办理中", "县公安局", True, "已逾期2天")
    assert [r.code for r in clue_rows(overdue=True)] == [clue.code]
    with pytest.raises(Conflict, match="正在初步核实"):
        dispose(clue.id, "谈话函询", unit="县公安局", deadline=days(5))
    conclude(clue.id, "第二种形态", concluded_on=days(-1), note="诫勉谈话")
    row = clue_row(clue.id)
    assert (row.status, row.result, row.overdue) == ("已办结", "第二种形态", False)
    steps = clue_history(clue.id)
    assert [s.action for s in steps] == ["登记", "处置：初步核实", "办结：第二种形态"]
    assert all(s.actor and s.at for s in steps)
    assert clue_rows(overdue=True) == []


def test_closing_disposal_needs_a_reason_and_ends_the_clue(people):
    clue = _clue(people, source="纪委信访室移交")
    with pytest.raises(ValidationErrors, match="予以了结必须写明理由"):
        dispose(clue.id, "予以了结")
    dispose(clue.id, "予以了结", note="经核查反映不实")
    row = clue_row(clue.id)
    assert (row.status, row.result) == ("已办结", "了结")
    with pytest.raises(Conflict, match="已办结"):
        dispose(clue.id, "初步核实", unit="县法院", deadline=days(9))


def test_a_shelved_clue_may_be_taken_up_again(people):
    clue = _clue(people)
    dispose(clue.id, "暂存待查")
    dispose(clue.id, "谈话函询", unit="县法院", deadline=days(10))
    assert clue_row(clue.id).disposal == "谈话函询"


def test_filters_check_their_values(people):
    _clue(people)
    _clue(people, source="举报")
    assert [r.source for r in clue_rows(source="举报")] == ["举报"]
    assert len(clue_rows(status="待处置")) == 2
    with pytest.raises(ValidationErrors, match="线索来源"):
        clue_rows(source="小道消息")


def test_only_a_mistaken_clue_from_another_source_can_be_taken_back(people):
    from app.rectify.clues import delete_clue
    from app.rectify.models import ClueHistory
    from tests.app.rectify.conftest import new_item, review_through

    clue = _clue(people)
    with pytest.raises(ValidationErrors, match="删除理由"):
        delete_clue(clue.id, "")
    delete_clue(clue.id, "重复登记")
    assert clue_rows() == [] and Clue.get_by_id(clue.id).deleted_at is not None
    assert ClueHistory.select().where(ClueHistory.clue == clue.id, ClueHistory.action == "删除").exists()
    review_through(new_item(people["zhang"]).id, "移交线索组")
    transferred = clue_rows()[0]
    with pytest.raises(Conflict, match="不能删除"):
        delete_clue(transferred.id, "不要了")
    started = _clue(people)
    dispose(started.id, "暂存待查")
    with pytest.raises(Conflict, match="不能删除"):
        delete_clue(started.id, "不要了")
