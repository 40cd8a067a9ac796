import datetime as dt

import pytest

from app.roster import service as roster
from app.errors import Conflict, ValidationErrors
from app.roster.models import Officer


def make(**kw):
    data = dict(name="王敏", unit="青山县人民法院", department="刑事审判庭")
    data.update(kw)
    return roster.OfficerData(**data)


def test_create_derives_gender_and_birth_from_id(db):
    officer = roster.create_officer(make(id_number="11010519491231002X"))
    assert officer.gender == "女" and officer.birth_date == dt.date(1949, 12, 31)
    row = roster.officer_rows()[0]
    assert row.unit == "青山县人民法院" and row.department == "刑事审判庭"


def test_validation_names_every_bad_field(db):
    with pytest.raises(ValidationErrors) as info:
        roster.create_officer(make(name=" ", unit="", id_number="360426199101010072", political_status="党员"))
    fields = {e.field for e in info.value.errors}
    assert fields == {"姓名", "单位", "身份证号", "政治面貌"}
    assert Officer.select().count() == 0


def test_gender_contradicting_id_is_an_error(db):
    with pytest.raises(ValidationErrors, match="性别"):
        roster.create_officer(make(id_number="11010519491231002X", gender="男"))


def test_duplicate_id_refused_even_in_trash(db):
    first = roster.create_officer(make(id_number="11010519491231002X"))
    roster.delete_officers([first.id])
    with pytest.raises(Conflict, match="回收站"):
        roster.create_officer(make(name="李四", id_number="11010519491231002X"))


def test_delete_restore_and_purge(db):
    a = roster.create_officer(make())
    b = roster.create_officer(make(name="赵六"))
    assert roster.delete_officers([a.id]) == 1
    assert [r.name for r in roster.officer_rows()] == ["赵六"]
    assert [r.name for r in roster.officer_rows(trashed=True)] == ["王敏"]
    assert roster.restore_officers([a.id]) == 1
    assert len(roster.officer_rows()) == 2
    roster.delete_officers([b.id])
    assert roster.purge_officers([b.id, a.id]) == 1  # a is not in the trash
    assert Officer.select().count() == 1


def test_update_and_oversight(db):
    leader = roster.create_officer(make(name="陈刚", department="", leadership="班子成员",
                                        oversees=["刑事审判庭", "立案庭"]))
    assert set(roster.oversight_map()[leader.id]) == {"立案庭", "刑事审判庭"}
    data = roster.OfficerData.from_officer(leader)
    data.oversees = ["立案庭"]
    data.post = "副院长"
    roster.update_officer(leader.id, data)
    assert roster.oversight_map()[leader.id] == ["立案庭"]
    assert Officer.get_by_id(leader.id).post == "副院长"


def test_oversight_needs_leadership(db):
    with pytest.raises(ValidationErrors, match="分管部门"):
        roster.create_officer(make(oversees=["立案庭"]))


def test_control_characters_are_stripped_and_long_text_refused(db):
    officer = roster.create_officer(make(name="王\x00敏\x07"))
    assert officer.name == "王敏"
    with pytest.raises(ValidationErrors, match="过长"):
        roster.create_officer(make(post="长" * 500))


def test_outside_leaders(db):
    leader = roster.create_leader(roster.LeaderData(name="周强", organization="县人民政府", post="副县长"))
    assert roster.leader_rows()[0].post == "副县长"
    roster.delete_leaders([leader.id])
    assert roster.leader_rows() == [] and len(roster.leader_rows(trashed=True)) == 1
    with pytest.raises(ValidationErrors, match="单位"):
        roster.create_leader(roster.LeaderData(name="某"))


def test_campaign_officers_are_in_post_and_flagged(db):
    roster.create_officer(make(name="甲"))
    roster.create_officer(make(name="乙", status="病休"))
    roster.create_officer(make(name="丙", counts_in_campaign=False))
    assert [o.name for o in roster.campaign_officers()] == ["甲"]
