"""People for the pickers: the talker the cascade suggests, a unit by name."""
import pytest

from app.errors import NotFound
from app.talks import people


def test_suggested_talker_follows_the_cascade(county):
    p = county["p"]
    assert people.suggested_talker(p["B"].id) == p["A"].id
    assert people.suggested_talker(p["H2"].id) == p["C"].id
    assert people.suggested_talker(p["o2"].id) == p["H1"].id
    assert people.suggested_talker(p["A"].id) is None


def test_find_unit_by_full_or_short_name(county):
    assert people.find_unit("县检察院").name == "青山县人民检察院"
    assert people.find_unit("青山县人民法院").short_name == "县法院"
    with pytest.raises(NotFound, match="现有单位：县法院、县检察院"):
        people.find_unit("县公安局")
