"""Self-check items: validated, reviewed strictly in order, the last review's outcome is final, and 移交线索组
registers a 自查移交 clue in the same transaction."""
import pytest

from app.errors import Conflict, ValidationError, ValidationErrors
from app.rectify.models import Clue, SelfCheckItem, SelfCheckReview
from app.rectify.self_checks import ItemData, create_item, item_rows, officer_items, record_review, reviews_of, update_item
from tests.app.rectify.conftest import days, new_item, review_through


def test_bad_items_are_refused_naming_each_field(people):
    with pytest.raises(ValidationErrors) as exc:
        create_item(ItemData(officer_id=999, reported_on="2021-13-01", category="乱填", content=""))
    fields = {e.field for e in exc.value.errors}
    assert fields == {"干警", "填报日期", "类别", "自查事项"}
    assert SelfCheckItem.select().count() == 0


def test_reviews_go_strictly_in_order(people):
    item = new_item(people["zhang"])
    with pytest.raises(Conflict, match="当前应进行“单位初审”"):
        record_review(item.id, "线索组复审", reviewer="甲", reviewed_on=days(-10), opinion="同意")
    record_review(item.id, "单位初审", reviewer="甲", reviewed_on=days(-10), opinion="属实", outcome="个人整改")
    with pytest.raises(Conflict, match="当前应进行“线索组复审”"):
        record_review(item.id, "市教整办审核", reviewer="乙", reviewed_on=days(-9), opinion="同意", outcome="个人整改")
    with pytest.raises(ValidationError, match="不能早于上一环节审核日期"):
        record_review(item.id, "线索组复审", reviewer="乙", reviewed_on=days(-11), opinion="同意")
    record_review(item.id, "线索组复审", reviewer="乙", reviewed_on=days(-9), opinion="同意")
    with pytest.raises(ValidationErrors) as exc:  # the final review must decide
        record_review(item.id, "市教整办审核", reviewer="丙", reviewed_on=days(-8), opinion="同意")
    assert [e.field for e in exc.value.errors] == ["处理意见"]
    record_review(item.id, "市教整办审核", reviewer="丙", reviewed_on=days(-8), opinion="同意", outcome="个人整改")
    with pytest.raises(Conflict, match="三级审核已完成"):
        record_review(item.id, "市教整办审核", reviewer="丙", reviewed_on=days(-7), opinion="再审", outcome="个人整改")
    row = item_rows()[0]
    assert (row.stage, row.outcome, row.clue_code) == ("已审核", "个人整改", "")
    assert [r.step for r in reviews_of([item.id])[item.id]] == ["单位初审", "线索组复审", "市教整办审核"]
    assert Clue.select().count() == 0


def test_review_needs_reviewer_date_and_opinion(people):
    item = new_item(people["zhang"])
    with pytest.raises(ValidationErrors) as exc:
        record_review(item.id, "单位初审", reviewer="", reviewed_on="", opinion="")
    assert {e.field for e in exc.value.errors} == {"审核人", "审核日期", "审核意见"}
    assert SelfCheckReview.select().count() == 0


def test_transfer_to_the_clue_group_registers_a_numbered_clue(people):
    first = new_item(people["zhang"], content="向企业主借款5万元", category="违规参股借贷")
    second = new_item(people["wang"], content="配偶经营商铺")
    review_through(first.id, "移交线索组")
    review_through(second.id, "移交线索组")
    clues = list(Clue.select().order_by(Clue.id))
    year = days(-13).year
    assert [c.code for c in clues] == [f"XS-{year}-001", f"XS-{year}-002"]
    assert clues[0].source == "自查移交" and clues[0].officer_id == people["zhang"].id
    assert clues[0].content == "向企业主借款5万元" and clues[0].self_check_item_id == first.id
    assert officer_items(people["zhang"].id)[0].clue_code == f"XS-{year}-001"


def test_a_failed_final_review_leaves_no_trace(people, monkeypatch):
    from app.rectify import self_checks

    item = new_item(people["zhang"])
    record_review(item.id, "单位初审", reviewer="甲", reviewed_on=days(-10), opinion="属实")
    record_review(item.id, "线索组复审", reviewer="乙", reviewed_on=days(-9), opinion="属实")

    def broken(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(self_checks, "new_clue", broken)
    with pytest.raises(RuntimeError):
        record_review(item.id, "市教整办审核", reviewer="丙", reviewed_on=days(-8), opinion="移交", outcome="移交线索组")
    assert SelfCheckItem.get_by_id(item.id).stage == "待市教整办审核"
    assert SelfCheckReview.select().count() == 2 and Clue.select().count() == 0


def test_an_item_under_review_cannot_be_rewritten(people):
    item = new_item(people["li"])
    update_item(item.id, ItemData(officer_id=people["li"].id, reported_on=days(-20), category="其他", content="改后"))
    record_review(item.id, "单位初审", reviewer="甲", reviewed_on=days(-10), opinion="属实")
    with pytest.raises(Conflict, match="已进入审核"):
        update_item(item.id, ItemData(officer_id=people["li"].id, reported_on=days(-20), category="其他",
                                      content="再改"))
    assert SelfCheckItem.get_by_id(item.id).content == "改后"


def test_an_item_links_a_talk_flagged_self_reported_of_that_officer(people):
    from app.rectify.figures import summary
    from app.rectify.from_talks import flagged_talks
    from app.talks.models import Talk, TalkParticipant, TalkRound

    round_ = TalkRound.create(number=1, name="第一轮")
    flagged = Talk.create(round=round_, talk_date=days(-25), talker_name="院长", self_reported=True, content="x")
    plain = Talk.create(round=round_, talk_date=days(-24), talker_name="院长", self_reported=False)
    for talk in (flagged, plain):
        TalkParticipant.create(talk=talk, officer=people["zhang"])
    assert [t.talk_id for t in flagged_talks(people["zhang"].id)] == [flagged.id]
    assert summary()["talks_self_reported_without_item"] == 1
    for wrong, officer in ((plain.id, people["zhang"]), (flagged.id, people["wang"])):
        with pytest.raises(ValidationErrors, match="来源谈话"):
            create_item(ItemData(officer_id=officer.id, reported_on=days(-20), category="其他", content="y",
                                 source_talk_id=wrong))
    item = create_item(ItemData(officer_id=people["zhang"].id, reported_on=days(-20), category="其他", content="y",
                                source_talk_id=flagged.id))
    assert item_rows()[0].source_talk_id == flagged.id
    assert summary()["talks_self_reported_without_item"] == 0


def test_an_item_can_be_taken_back_only_before_review(people):
    from app.rectify.self_checks import delete_item

    mistaken = new_item(people["li"])
    delete_item(mistaken.id)
    assert item_rows() == []
    reviewed = new_item(people["li"])
    record_review(reviewed.id, "单位初审", reviewer="甲", reviewed_on=days(-10), opinion="属实")
    with pytest.raises(Conflict, match="不能删除"):
        delete_item(reviewed.id)
    assert len(item_rows()) == 1
