"""Two units for the 我为群众办实事 tests."""
import pytest


@pytest.fixture
def units(db):
    from app.roster.models import Unit

    return {"police": Unit.create(name="青山县公安局", short_name="县公安局", kind="公安局", sort_order=1),
            "justice": Unit.create(name="青山县司法局", short_name="县司法局", kind="司法局", sort_order=2)}
