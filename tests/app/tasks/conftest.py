"""Two units on a fresh database, and the dates the tests put tasks, visits and reports on."""
import datetime as dt

import pytest

TODAY = dt.date.today()


def days(n: int) -> dt.date:
    return TODAY + dt.timedelta(days=n)


@pytest.fixture
def units(db):
    from app.roster.models import Unit, UnitAlias

    court = Unit.create(name="青山县人民法院", short_name="县法院", kind="法院", sort_order=1)
    police = Unit.create(name="青山县公安局", short_name="县公安局", kind="公安局", sort_order=2)
    UnitAlias.create(unit=police, name="县局")
    return {"court": court, "police": police}
