"""The step of this feature renames the third review of files made before it to 市教整办审核 (run again on a
file holding the old words, as an older file meets it)."""


def test_old_review_wording_is_renamed(db):
    from app.rectify.models import SelfCheckItem, SelfCheckReview
    from app.roster.models import Officer, Unit
    from app.rules.schema import _create
    from app.store.db import database

    officer = Officer.create(name="张伟", unit=Unit.create(name="县法院", kind="法院", sort_order=1))
    item = SelfCheckItem.create(officer=officer, reported_on="2021-04-01", category="其他", content="x",
                                stage="待教整办审核")
    SelfCheckReview.create(item=item, step="教整办审核", reviewer="甲", reviewed_on="2021-04-02")
    SelfCheckReview.create(item=item, step="单位初审", reviewer="乙", reviewed_on="2021-04-01")
    with database.atomic():
        _create(database)
    assert SelfCheckItem.get_by_id(item.id).stage == "待市教整办审核"
    assert sorted(r.step for r in SelfCheckReview.select()) == ["单位初审", "市教整办审核"]
