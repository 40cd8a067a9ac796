"""Records read out: the list hides content unless asked, and content needs the permission."""
import pytest

from app.safety import access
from app.talks import common, listing, records
from tests.support.talks_data import talk


def test_talk_rows_hide_content_unless_asked(county):
    talk(county, "H1", "o1", "o2", topic="宽严政策", content="谈话正文", problems="反映的问题", suggestions="建议")
    row = listing.talk_rows()[0]
    assert row.participants == "干警一、干警二" and row.participant_count == 2 and row.units == "县法院"
    assert (row.content, row.problems, row.suggestions) == ("", "", "")
    full = listing.talk_rows(include_content=True)[0]
    assert (full.content, full.problems, full.suggestions) == ("谈话正文", "反映的问题", "建议")


def test_content_needs_the_permission(county, monkeypatch):
    record = talk(county, "A", "B", content="保密")
    monkeypatch.setattr(access, "can", lambda permission: permission != access.TALK_CONTENT)
    with pytest.raises(common.AccessDenied):
        listing.talk_rows(include_content=True)
    with pytest.raises(common.AccessDenied):
        listing.form_records([record.id], include_content=True)
    with pytest.raises(common.AccessDenied):
        records.talk_data(record.id)
    assert listing.form_records([record.id], include_content=False)[0].content == ""
