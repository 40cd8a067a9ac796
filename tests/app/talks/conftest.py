import pytest

from tests.support.talks_data import make_county


@pytest.fixture
def county(db):
    """The small county of tests.support.talks_data on an empty database, with the default rounds."""
    return make_county()
