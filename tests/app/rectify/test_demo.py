"""The demo reproduces the source article's 查纠整改 figures exactly, and `stats --json` carries them."""
from app.rectify.figures import summary
from app.rectify.models import REVIEW_STEPS, Clue, SelfCheckItem, SelfCheckReview


def test_the_article_figures(demo_db):
    s = summary()
    assert s["officers_disclosed"] == 319
    assert s["outcome_officers"] == {"不计入问题线索": 154, "个人整改": 69, "第一种形态处理": 33, "移交线索组": 65}
    assert s["outcome_items"]["移交线索组"] == 65
    assert s["clues"] == 75
    assert {k: v for k, v in s["clues_per_source"].items() if v} == {
        "自查移交": 65, "上级交办": 3, "纪委信访室移交": 5, "审查发现": 2}


def test_every_demo_item_went_through_the_three_reviews_in_order(demo_db):
    assert SelfCheckItem.select().where(SelfCheckItem.stage != "已审核").count() == 0
    reviews: dict[int, list] = {}
    for r in SelfCheckReview.select():
        reviews.setdefault(r.item_id, []).append((REVIEW_STEPS.index(r.step), r.reviewed_on))
    assert len(reviews) == SelfCheckItem.select().count()
    for steps in reviews.values():
        steps.sort()
        assert [i for i, _d in steps] == [0, 1, 2]
        assert [d for _i, d in steps] == sorted(d for _i, d in steps)
    transferred = SelfCheckItem.select().where(SelfCheckItem.outcome == "移交线索组")
    assert {c.self_check_item_id for c in Clue.select().where(Clue.source == "自查移交")} == {i.id for i in transferred}


def test_stats_json_has_the_rectify_key(demo_db):
    from app import stats

    assert stats.collect()["rectify"]["clues"] == 75


def test_the_special_checks_and_the_two_clues_they_found(demo_db):
    from app.rectify.models import CheckFinding

    checks = summary()["special_checks"]
    assert checks["per_group"] == {"七查": 7, "五项排查": 5, "专项清查": 1}
    found = {f.clue_id for f in CheckFinding.select().where(CheckFinding.clue.is_null(False))}
    assert found == {c.id for c in Clue.select().where(Clue.source == "审查发现")} and len(found) == 2
