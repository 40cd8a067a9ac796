"""The trash: moved there, restored, deleted for good only from there."""
from app.roster.models import Officer
from app.roster.officers import OfficerData, create_officer, officer_rows
from app.roster.trash import delete_officers, purge_officers, restore_officers


def make(**kw):
    data = dict(name="王敏", unit="青山县人民法院", department="刑事审判庭")
    data.update(kw)
    return OfficerData(**data)


def test_delete_restore_and_purge(db):
    a = create_officer(make())
    b = create_officer(make(name="赵六"))
    assert delete_officers([a.id]) == 1
    assert [r.name for r in officer_rows()] == ["赵六"]
    assert [r.name for r in officer_rows(trashed=True)] == ["王敏"]
    assert restore_officers([a.id]) == 1
    assert len(officer_rows()) == 2
    delete_officers([b.id])
    assert purge_officers([b.id, a.id]) == 1  # a is not in the trash
    assert Officer.select().count() == 1
