"""Feedback ledger core: workflow rules, close-out requirements, merges, deadlines, categories, demo scale."""
import datetime as dt

import pytest

TODAY = dt.date.today()


def days(n: int) -> dt.date:
    return TODAY + dt.timedelta(days=n)


@pytest.fixture
def units(db):
    from app.roster.models import Unit

    Unit.create(name="青山县人民法院", short_name="县法院", kind="法院", sort_order=1)
    Unit.create(name="青山县公安局", short_name="县公安局", kind="公安局", sort_order=2)
    return db


@pytest.fixture
def symposium(units):
    from app.feedback import service as feedback

    return feedback.create_event(feedback.EventData(
        kind="座谈会", title="征求意见座谈会", held_on=days(-20), place="会议室", organiser="县法院",
        participants={"人大代表": 5, "律师代表": 3, "群众": 0}))


def new(content="执行案款发放慢", event=None, **kw):
    from app.feedback import service as feedback

    data = feedback.SuggestionData(content=content, event_id=event.id if event else None,
                                   channel="" if event else "热线/信箱",
                                   collected_on=None if event else days(-15), **kw)
    return feedback.create_suggestion(data)


def assign(s, deadline=None, unit="县法院"):
    from app.feedback import service as feedback

    return feedback.transition(s.id, "已交办", changes={"unit": unit, "deadline": deadline or days(20),
                                                      "leader": "王院长", "person": "李庭长"})


def close_out(s):
    from app.feedback import service as feedback

    feedback.transition(s.id, "整改中")
    feedback.transition(s.id, "已整改待验收", changes={"measure": "建立案款限时发放制度", "evidence": "制度文件"})
    return feedback.transition(s.id, "已销号", changes={"reviewer": "刘敏"}, note="整改到位")


def test_event_records_participants_and_prefills_suggestions(symposium):
    from app.feedback import service as feedback

    row = feedback.event_rows()[0]
    assert row.participants == {"人大代表": 5, "律师代表": 3} and row.participant_total == 8
    s = new(event=symposium, submitter_name="张三", submitter_category="人大代表")
    assert (s.channel, s.collected_on, s.status) == ("座谈会", days(-20), "待交办")
    assert s.code == f"ZG-{days(-20).year}-001"
    assert feedback.event_rows()[0].suggestion_count == 1


def test_event_validation_names_fields(units):
    from app.feedback import service as feedback
    from app.errors import ValidationErrors

    with pytest.raises(ValidationErrors) as info:
        feedback.create_event(feedback.EventData(kind="茶话会", title="", held_on=days(3),
                                                 participants={"群众": -1}))
    fields = {e.field for e in info.value.errors}
    assert {"形式", "活动名称", "日期", "参加人员（群众）"} <= fields
    assert feedback.event_rows() == []


def test_an_event_with_suggestions_cannot_be_deleted(symposium):
    from app.feedback import service as feedback
    from app.errors import Conflict

    s = new(event=symposium)
    with pytest.raises(Conflict, match="1 条意见建议"):
        feedback.delete_event(symposium.id)
    feedback.delete_suggestion(s.id)
    feedback.delete_event(symposium.id)
    assert feedback.event_rows() == []


def test_codes_follow_the_configurable_prefix(units):
    from app.feedback import service as feedback

    first, second = new(), new("立案难")
    assert [first.code[-3:], second.code[-3:]] == ["001", "002"]
    feedback.set_code_prefix("整改")
    assert new("出警慢").code == f"整改-{days(-15).year}-001"
    from app.errors import ValidationError

    with pytest.raises(ValidationError):
        feedback.set_code_prefix("Z G")


def test_transition_table_allows_only_listed_moves(units):
    from app.feedback import service as feedback
    from app.errors import Conflict

    s = new()
    assert [to for to, _a in feedback.allowed_transitions("待交办")] == ["已交办", "不予采纳"]
    with pytest.raises(Conflict, match="不能改为“已销号”"):
        feedback.transition(s.id, "已销号")
    with pytest.raises(Conflict):
        feedback.transition(s.id, "整改中")
    assign(s)
    with pytest.raises(Conflict):
        feedback.transition(s.id, "待交办")
    feedback.transition(s.id, "整改中")
    feedback.transition(s.id, "已整改待验收", changes={"measure": "限时发放"})
    back = feedback.transition(s.id, "整改中", note="佐证不足，退回补充")
    assert back.status == "整改中" and back.completed_on is None
    actions = [h.action for h in feedback.history(s.id)]
    assert actions == ["登记", "交办", "开始整改", "提交验收", "退回整改"]
    assert all(h.actor for h in feedback.history(s.id))


def test_assigning_needs_unit_and_deadline(units):
    from app.feedback import service as feedback
    from app.errors import ValidationErrors

    s = new()
    with pytest.raises(ValidationErrors) as info:
        feedback.transition(s.id, "已交办")
    assert {e.field for e in info.value.errors} == {"责任单位", "时限"}
    with pytest.raises(ValidationErrors, match="时限：不能早于收集日期"):
        assign(s, deadline=days(-30))
    assert feedback.suggestion_row(s.id).status == "待交办"  # nothing half written


def test_close_out_needs_measure_completion_evidence_and_reviewer(units):
    from app.feedback import service as feedback
    from app.errors import ValidationErrors

    s = new()
    assign(s)
    feedback.transition(s.id, "整改中")
    with pytest.raises(ValidationErrors, match="整改措施"):
        feedback.transition(s.id, "已整改待验收")
    feedback.transition(s.id, "已整改待验收", changes={"measure": "建立制度"})
    with pytest.raises(ValidationErrors) as info:
        feedback.transition(s.id, "已销号")
    assert {e.field for e in info.value.errors} == {"佐证材料", "销号审核人"}
    done = feedback.transition(s.id, "已销号", changes={"evidence": "制度文件", "reviewer": "刘敏"})
    assert (done.status, done.reviewed_on, done.completed_on) == ("已销号", TODAY, TODAY)


def test_an_attached_file_counts_as_evidence_and_cannot_then_be_removed(units, tmp_path):
    from app.feedback import service as feedback
    from app.errors import ValidationErrors

    s = new()
    assign(s)
    feedback.transition(s.id, "整改中")
    feedback.transition(s.id, "已整改待验收", changes={"measure": "建立制度"})
    photo = tmp_path / "现场照片.jpg"
    photo.write_bytes(b"\xff\xd8 photo")
    attachment = feedback.add_attachment(s.id, photo)
    feedback.transition(s.id, "已销号", changes={"reviewer": "刘敏"})
    assert feedback.attachment_content(attachment.id) == ("现场照片.jpg", b"\xff\xd8 photo")
    with pytest.raises(ValidationErrors, match="佐证材料"):
        feedback.remove_attachment(attachment.id)
    assert len(feedback.attachment_rows(s.id)) == 1


def test_not_adopted_needs_a_reason_and_can_be_reopened(units):
    from app.feedback import service as feedback
    from app.errors import ValidationError

    s = new()
    with pytest.raises(ValidationError, match="不予采纳理由"):
        feedback.transition(s.id, "不予采纳")
    rejected = feedback.transition(s.id, "不予采纳", note="超出职权范围")
    assert rejected.rejection_reason == "超出职权范围"
    assert feedback.transition(s.id, "待交办").rejection_reason == ""


def test_edits_keep_the_status_rules(units):
    from app.feedback import service as feedback
    from app.errors import ValidationErrors

    s = close_out(assign(new()))
    data = feedback.SuggestionData.from_suggestion(s)
    data.measure = ""
    with pytest.raises(ValidationErrors, match="整改措施"):
        feedback.update_suggestion(s.id, data)
    data = feedback.SuggestionData.from_suggestion(s)
    data.remarks = "已回访"
    feedback.update_suggestion(s.id, data)
    assert feedback.history(s.id)[-1].note == "修改了：备注"


def test_reply_records_method_date_and_satisfaction(units):
    from app.feedback import service as feedback
    from app.errors import ValidationErrors

    s = close_out(assign(new(submitter_name="张三")))
    with pytest.raises(ValidationErrors) as info:
        feedback.record_reply(s.id, method="托梦", on=days(1), satisfaction="还行")
    assert {e.field for e in info.value.errors} == {"回复方式", "回复日期", "满意度"}
    feedback.record_reply(s.id, method="电话", on=TODAY, satisfaction="满意", content="告知整改结果")
    row = feedback.suggestion_row(s.id)
    assert row.reply == f"电话回复，{TODAY:%Y-%m-%d}，满意：告知整改结果"


def test_batch_assign_is_all_or_nothing(units):
    from app.feedback import service as feedback
    from app.errors import Conflict

    a, b, c = new("一"), new("二"), new("三")
    assign(c)
    with pytest.raises(Conflict, match=c.code):
        feedback.assign_many([a.id, b.id, c.id], unit="县公安局", deadline=days(10))
    assert feedback.suggestion_row(a.id).status == "待交办"
    assert feedback.assign_many([a.id, b.id], unit="县公安局", deadline=days(10), note="限期整改") == 2
    assert {feedback.suggestion_row(i).unit for i in (a.id, b.id)} == {"县公安局"}


def test_merge_keeps_every_submitter_and_source(symposium):
    from app.feedback import service as feedback
    from app.errors import Conflict

    visit = feedback.create_event(feedback.EventData(kind="走访", title="走访农村", held_on=days(-10),
                                                     participants={"群众": 120}))
    first = new(event=symposium, submitter_name="张三", submitter_category="人大代表")
    second = new("案款发放不及时", event=visit, submitter_name="李四", submitter_category="群众")
    third = new("案款到账后很久才发", anonymous=True, submitter_category="群众")
    feedback.merge(second.id, [third.id])
    feedback.merge(first.id, [second.id], note="反映问题相同")
    people = feedback.submitters(first.id)
    # The item's own submitter first, then the merged ones by date.
    assert [p.label for p in people] == ["张三（人大代表）", "匿名（群众）", "李四（群众）"]
    assert [p.event_title for p in people] == ["征求意见座谈会", "", "走访农村"]
    rows = {r.code: r for r in feedback.suggestion_rows()}
    assert rows[first.code].submitter == "张三（人大代表）等3人"
    assert rows[second.code].display_status == f"已合并→{first.code}"  # still listed, not deleted
    assert [r.code for r in feedback.ledger_rows()] == [first.code]
    assert feedback.summary()["total"] == 1 and feedback.summary()["merged"] == 2
    with pytest.raises(Conflict, match="已合并"):
        feedback.transition(second.id, "已交办")
    feedback.unmerge(second.id)
    assert len(feedback.submitters(first.id)) == 2
    assert len(feedback.ledger_rows()) == 2


def test_closed_items_cannot_be_merged_away(units):
    from app.feedback import service as feedback
    from app.errors import Conflict

    closed = close_out(assign(new()))
    other = new("另一条")
    with pytest.raises(Conflict, match="已销号"):
        feedback.merge(other.id, [closed.id])


def test_overdue_and_due_soon(units):
    from app.feedback import service as feedback

    late = assign(new("逾期的"), deadline=days(-3))
    soon = assign(new("快到期的"), deadline=days(5))
    later = assign(new("还早的"), deadline=days(30))
    done = close_out(assign(new("按期完成的"), deadline=days(-1)))
    rows = {r.id: r for r in feedback.suggestion_rows()}
    assert (rows[late.id].due, rows[late.id].due_text) == ("overdue", "已逾期3天")
    assert (rows[soon.id].due, rows[soon.id].due_text) == ("soon", "还剩5天")
    assert rows[later.id].due == "" and rows[done.id].due == ""
    assert [r.id for r in feedback.overdue_rows()] == [late.id]
    assert feedback.summary()["overdue"] == 1
    # On the deadline itself an item is due, not yet overdue.
    assert feedback.due_state("整改中", TODAY, TODAY) == ("soon", 0)


def test_ledger_filters_and_order(units):
    from app.feedback import service as feedback
    from app.errors import ValidationError

    police = assign(new("出警慢"), unit="县公安局")
    court = assign(new("立案难"))
    waiting = new("未交办的")
    assert [r.id for r in feedback.ledger_rows()] == [court.id, police.id, waiting.id]
    assert [r.id for r in feedback.ledger_rows(unit="县公安局")] == [police.id]
    assert [r.id for r in feedback.ledger_rows(status="待交办")] == [waiting.id]
    with pytest.raises(ValidationError, match="县医院"):
        feedback.ledger_rows(unit="县医院")


def test_categories_are_editable_and_renames_follow(units):
    from app.feedback import service as feedback
    from app.errors import Conflict, ValidationErrors

    names = feedback.categories()
    assert names[0] == "违反“三个规定”" and "营商环境" in names and len(feedback.major_categories()) == 6
    s = new(category="营商环境")
    feedback.rename_category("营商环境", "优化营商环境")
    assert feedback.suggestion_row(s.id).category == "优化营商环境"
    with pytest.raises(Conflict):
        feedback.remove_category("优化营商环境")
    feedback.add_category("涉法涉诉信访")
    feedback.move_category("涉法涉诉信访", -1)
    assert feedback.categories()[-2] == "涉法涉诉信访"
    with pytest.raises(ValidationErrors, match="不在类别清单"):
        new(category="不存在的类别")


def test_suggestion_from_talk_keeps_the_talk_id(units):
    from app.feedback import service as feedback
    from app.errors import Conflict

    s = feedback.add_suggestion_from_talk(42, "辅警待遇偏低", "王五")
    assert (s.channel, s.source_talk_id, s.submitter_category, s.collected_on) == ("谈心谈话", 42, "政法干警", TODAY)
    with pytest.raises(Conflict, match=s.code):
        feedback.add_suggestion_from_talk(42, "辅警待遇偏低", "王五")


def test_only_unhandled_items_can_be_deleted(units):
    from app.feedback import service as feedback
    from app.errors import Conflict

    wrong = new("录错了")
    feedback.delete_suggestion(wrong.id)
    assert feedback.suggestion_rows() == []
    handled = assign(new())
    with pytest.raises(Conflict):
        feedback.delete_suggestion(handled.id)


def test_demo_has_the_articles_scale(demo_db):
    from app.feedback import service as feedback
    from app.feedback.models import Suggestion, SuggestionHistory

    figures = feedback.summary()
    assert figures["total"] == 133 and figures["merged"] > 0
    assert figures["per_status"]["已销号"] > 90
    assert figures["per_status"]["整改中"] >= 5 and figures["per_status"]["不予采纳"] == 2
    assert 1 <= figures["overdue"] <= 10
    assert figures["reviewed_files"] > 5000
    assert all(figures["per_category"][c] > 0 for c in feedback.major_categories())
    events = feedback.event_rows()
    visits = sum(e.participant_total for e in events if e.kind == "走访")
    assert 3600 <= visits < 3700
    county = next(e for e in events if e.kind == "座谈会" and e.organiser == "县委政法委")
    assert county.suggestion_count == 31
    assert sum(1 for e in events if e.kind == "座谈会") == 13  # the county's and 4 units × 3 rounds
    rows = feedback.ledger_rows()
    for r in rows:  # every item obeys the rules of its status
        s = Suggestion.get_by_id(r.id)
        assert feedback.status_problems(s) == [], r.code
        assert SuggestionHistory.select().where(SuggestionHistory.suggestion == r.id).exists()
    assert all(r.rejection_reason for r in rows if r.status == "不予采纳")
    assert sum(1 for r in rows if r.satisfaction) > 80
