"""The workflow: only listed moves, each step's requirements, batch 交办, merging duplicates."""
import datetime as dt

import pytest

from tests.support.feedback_data import days, new, assign, close_out

TODAY = dt.date.today()


def test_transition_table_allows_only_listed_moves(units):
    from app.feedback.workflow import allowed_transitions, history, transition
    from app.errors import Conflict

    s = new()
    assert [to for to, _a in allowed_transitions("待交办")] == ["已交办", "不予采纳"]
    with pytest.raises(Conflict, match="不能改为“已销号”"):
        transition(s.id, "已销号")
    with pytest.raises(Conflict):
        transition(s.id, "整改中")
    assign(s)
    with pytest.raises(Conflict):
        transition(s.id, "待交办")
    transition(s.id, "整改中")
    transition(s.id, "已整改待验收", changes={"measure": "限时发放"})
    back = transition(s.id, "整改中", note="佐证不足，退回补充")
    assert back.status == "整改中" and back.completed_on is None
    actions = [h.action for h in history(s.id)]
    assert actions == ["登记", "交办", "开始整改", "提交验收", "退回整改"]
    assert all(h.actor for h in history(s.id))


def test_assigning_needs_unit_and_deadline(units):
    from app.feedback.ledger import suggestion_row
    from app.feedback.workflow import transition
    from app.errors import ValidationErrors

    s = new()
    with pytest.raises(ValidationErrors) as info:
        transition(s.id, "已交办")
    assert {e.field for e in info.value.errors} == {"责任单位", "时限"}
    with pytest.raises(ValidationErrors, match="时限：不能早于收集日期"):
        assign(s, deadline=days(-30))
    assert suggestion_row(s.id).status == "待交办"  # nothing half written


def test_close_out_needs_measure_completion_evidence_and_reviewer(units):
    from app.feedback.workflow import transition
    from app.errors import ValidationErrors

    s = new()
    assign(s)
    transition(s.id, "整改中")
    with pytest.raises(ValidationErrors, match="整改措施"):
        transition(s.id, "已整改待验收")
    transition(s.id, "已整改待验收", changes={"measure": "建立制度"})
    with pytest.raises(ValidationErrors) as info:
        transition(s.id, "已销号")
    assert {e.field for e in info.value.errors} == {"佐证材料", "销号审核人"}
    done = transition(s.id, "已销号", changes={"evidence": "制度文件", "reviewer": "刘敏"})
    assert (done.status, done.reviewed_on, done.completed_on) == ("已销号", TODAY, TODAY)


def test_not_adopted_needs_a_reason_and_can_be_reopened(units):
    from app.feedback.workflow import transition
    from app.errors import ValidationError

    s = new()
    with pytest.raises(ValidationError, match="不予采纳理由"):
        transition(s.id, "不予采纳")
    rejected = transition(s.id, "不予采纳", note="超出职权范围")
    assert rejected.rejection_reason == "超出职权范围"
    assert transition(s.id, "待交办").rejection_reason == ""


def test_batch_assign_is_all_or_nothing(units):
    from app.feedback.ledger import suggestion_row
    from app.feedback.workflow import assign_many
    from app.errors import Conflict

    a, b, c = new("一"), new("二"), new("三")
    assign(c)
    with pytest.raises(Conflict, match=c.code):
        assign_many([a.id, b.id, c.id], unit="县公安局", deadline=days(10))
    assert suggestion_row(a.id).status == "待交办"
    assert assign_many([a.id, b.id], unit="县公安局", deadline=days(10), note="限期整改") == 2
    assert {suggestion_row(i).unit for i in (a.id, b.id)} == {"县公安局"}


def test_merge_keeps_every_submitter_and_source(symposium):
    from app.feedback.collection import EventData, create_event
    from app.feedback.figures import summary
    from app.feedback.ledger import ledger_rows, suggestion_rows
    from app.feedback.replies import submitters
    from app.feedback.workflow import merge, transition, unmerge
    from app.errors import Conflict

    visit = create_event(EventData(kind="走访", title="走访农村", held_on=days(-10),
                                                     participants={"群众": 120}))
    first = new(event=symposium, submitter_name="张三", submitter_category="人大代表")
    second = new("案款发放不及时", event=visit, submitter_name="李四", submitter_category="群众")
    third = new("案款到账后很久才发", anonymous=True, submitter_category="群众")
    merge(second.id, [third.id])
    merge(first.id, [second.id], note="反映问题相同")
    people = submitters(first.id)
    # The item's own submitter first, then the merged ones by date.
    assert [p.label for p in people] == ["张三（人大代表）", "匿名（群众）", "李四（群众）"]
    assert [p.event_title for p in people] == ["征求意见座谈会", "", "走访农村"]
    rows = {r.code: r for r in suggestion_rows()}
    assert rows[first.code].submitter == "张三（人大代表）等3人"
    assert rows[second.code].display_status == f"已合并→{first.code}"  # still listed, not deleted
    assert [r.code for r in ledger_rows()] == [first.code]
    assert summary()["total"] == 1 and summary()["merged"] == 2
    with pytest.raises(Conflict, match="已合并"):
        transition(second.id, "已交办")
    unmerge(second.id)
    assert len(submitters(first.id)) == 2
    assert len(ledger_rows()) == 2


def test_closed_items_cannot_be_merged_away(units):
    from app.feedback.workflow import merge
    from app.errors import Conflict

    closed = close_out(assign(new()))
    other = new("另一条")
    with pytest.raises(Conflict, match="已销号"):
        merge(other.id, [closed.id])
