import pytest


@pytest.fixture
def o(demo_db):
    """The overview of the whole demo campaign."""
    from app.reports.overview import overview

    return overview()
