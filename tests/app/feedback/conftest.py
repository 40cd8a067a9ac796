"""Two units and a symposium for the feedback ledger tests."""
import pytest

from tests.support.feedback_data import days


@pytest.fixture
def units(db):
    from app.roster.models import Unit

    Unit.create(name="青山县人民法院", short_name="县法院", kind="法院", sort_order=1)
    Unit.create(name="青山县公安局", short_name="县公安局", kind="公安局", sort_order=2)
    return db


@pytest.fixture
def symposium(units):
    from app.feedback.collection import EventData, create_event

    return create_event(EventData(
        kind="座谈会", title="征求意见座谈会", held_on=days(-20), place="会议室", organiser="县法院",
        participants={"人大代表": 5, "律师代表": 3, "群众": 0}))
