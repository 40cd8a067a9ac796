"""Fixtures of the 查纠整改 UI tests: two units with people (the application and `popups`: tests/ui/conftest.py)."""
import pytest


@pytest.fixture
def people(db):
    from app.roster.models import Officer, Unit

    court = Unit.create(name="青山县人民法院", short_name="县法院", kind="法院", sort_order=1)
    police = Unit.create(name="青山县公安局", short_name="县公安局", kind="公安局", sort_order=2)
    return {"zhang": Officer.create(name="张伟", unit=court, post="审判员"),
            "wang": Officer.create(name="王强", unit=police, post="民警")}
