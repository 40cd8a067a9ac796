"""The people most pledge tests issue to."""
import pytest

from tests.support.pledge_data import make_people


@pytest.fixture
def people(db):
    """Two units with officers (one with an ID number), and two outside leaders."""
    return make_people()
