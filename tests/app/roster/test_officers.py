"""One officer at a time: validation (every bad field named), adding, changing, the oversight links."""
import datetime as dt

import pytest

from app.errors import Conflict, ValidationErrors
from app.roster.models import Officer
from app.roster.officers import OfficerData, campaign_officers, create_officer, officer_rows, oversight_map, update_officer
from app.roster.trash import delete_officers


def make(**kw):
    data = dict(name="王敏", unit="青山县人民法院", department="刑事审判庭")
    data.update(kw)
    return OfficerData(**data)


def test_create_derives_gender_and_birth_from_id(db):
    officer = create_officer(make(id_number="11010519491231002X"))
    assert officer.gender == "女" and officer.birth_date == dt.date(1949, 12, 31)
    row = officer_rows()[0]
    assert row.unit == "青山县人民法院" and row.department == "刑事审判庭"


def test_validation_names_every_bad_field(db):
    with pytest.raises(ValidationErrors) as info:
        create_officer(make(name=" ", unit="", id_number="360426199101010072", political_status="党员"))
    fields = {e.field for e in info.value.errors}
    assert fields == {"姓名", "单位", "身份证号", "政治面貌"}
    assert Officer.select().count() == 0


def test_gender_contradicting_id_is_an_error(db):
    with pytest.raises(ValidationErrors, match="性别"):
        create_officer(make(id_number="11010519491231002X", gender="男"))


def test_duplicate_id_refused_even_in_trash(db):
    first = create_officer(make(id_number="11010519491231002X"))
    delete_officers([first.id])
    with pytest.raises(Conflict, match="回收站"):
        create_officer(make(name="李四", id_number="11010519491231002X"))


def test_update_and_oversight(db):
    leader = create_officer(make(name="陈刚", department="", leadership="班子成员",
                                 oversees=["刑事审判庭", "立案庭"]))
    assert set(oversight_map()[leader.id]) == {"立案庭", "刑事审判庭"}
    data = OfficerData.from_officer(leader)
    data.oversees = ["立案庭"]
    data.post = "副院长"
    update_officer(leader.id, data)
    assert oversight_map()[leader.id] == ["立案庭"]
    assert Officer.get_by_id(leader.id).post == "副院长"


def test_oversight_needs_leadership(db):
    with pytest.raises(ValidationErrors, match="分管部门"):
        create_officer(make(oversees=["立案庭"]))


def test_control_characters_are_stripped_and_long_text_refused(db):
    officer = create_officer(make(name="王\x00敏\x07"))
    assert officer.name == "王敏"
    with pytest.raises(ValidationErrors, match="过长"):
        create_officer(make(post="长" * 500))


def test_campaign_officers_are_in_post_and_flagged(db):
    create_officer(make(name="甲"))
    create_officer(make(name="乙", status="病休"))
    create_officer(make(name="丙", counts_in_campaign=False))
    assert [o.name for o in campaign_officers()] == ["甲"]


def test_text_is_cleaned_by_the_shared_rules(db):
    officer = create_officer(make(name="王\u3000敏", post="审判员\n（三级）", remarks="第一行\r\n第二行\u202e"))
    assert officer.name == "王敏"  # the full-width space clerks type to line names up
    assert officer.post == "审判员 （三级）"  # one-line fields: a line break is a space
    assert officer.remarks == "第一行\n第二行"  # 备注 keeps its lines, loses the direction override
    with pytest.raises(ValidationErrors) as info:
        create_officer(make(name="长" * 201, remarks="长" * 2001))
    assert [(e.field, e.reason) for e in info.value.errors] == [("姓名", "过长（201字，最多200字）"),
                                                                ("备注", "过长（2001字，最多2000字）")]
