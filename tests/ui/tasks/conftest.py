"""Fixtures of the 任务督导 UI tests: two units (the application and `popups`: tests/ui/conftest.py)."""
import pytest


@pytest.fixture
def units(db):
    from app.roster.models import Unit

    return {"court": Unit.create(name="青山县人民法院", short_name="县法院", kind="法院", sort_order=1),
            "police": Unit.create(name="青山县公安局", short_name="县公安局", kind="公安局", sort_order=2)}
