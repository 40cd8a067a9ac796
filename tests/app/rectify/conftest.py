"""Two units, three officers, and helpers to take a self-check item through its reviews."""
import datetime as dt

import pytest

TODAY = dt.date.today()


def days(n: int) -> dt.date:
    return TODAY + dt.timedelta(days=n)


@pytest.fixture
def people(db):
    from app.roster.models import Officer, Unit

    court = Unit.create(name="青山县人民法院", short_name="县法院", kind="法院", sort_order=1)
    police = Unit.create(name="青山县公安局", short_name="县公安局", kind="公安局", sort_order=2)
    return {"court": court, "police": police,
            "zhang": Officer.create(name="张伟", unit=court, post="审判员"),
            "li": Officer.create(name="李娜", unit=court, post="书记员"),
            "wang": Officer.create(name="王强", unit=police, post="民警")}


def new_item(officer, content="曾接受律师宴请一次", category="违反“三个规定”", reported_on=None):
    from app.rectify.self_checks import ItemData, create_item

    return create_item(ItemData(officer_id=officer.id, reported_on=reported_on or days(-20), category=category,
                                content=content, disclosed=True))


def review_through(item_id, outcome, *, start=-15):
    from app.rectify.models import REVIEW_STEPS
    from app.rectify.self_checks import record_review

    for i, step in enumerate(REVIEW_STEPS):
        record_review(item_id, step, reviewer=f"审核人{i + 1}", reviewed_on=days(start + i),
                      opinion=f"{step}意见：情况属实", outcome=outcome)
