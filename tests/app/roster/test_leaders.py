"""Leaders outside the 政法 roster."""
import pytest

from app.errors import ValidationErrors
from app.roster.leaders import LeaderData, create_leader, leader_rows
from app.roster.trash import delete_leaders


def test_outside_leaders(db):
    leader = create_leader(LeaderData(name="周强", organization="县人民政府", post="副县长"))
    assert leader_rows()[0].post == "副县长"
    delete_leaders([leader.id])
    assert leader_rows() == [] and len(leader_rows(trashed=True)) == 1
    with pytest.raises(ValidationErrors, match="单位"):
        create_leader(LeaderData(name="某"))


def test_leader_text_is_cleaned_by_the_shared_rules(db):
    leader = create_leader(LeaderData(name=" 周\u3000强 ", organization="县人民政府\n办公室", remarks="甲\n乙"))
    assert (leader.name, leader.organization, leader.remarks) == ("周强", "县人民政府 办公室", "甲\n乙")
    with pytest.raises(ValidationErrors, match="过长（201字，最多200字）"):
        create_leader(LeaderData(name="某", organization="单" * 201))
