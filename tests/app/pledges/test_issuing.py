"""Issuing pledges to officers by unit and to outside leaders; re-issuing refused unless asked; withdrawing."""
import pytest

from app.errors import Conflict
from app.pledges import issuing
from app.pledges.figures import progress_rows
from app.pledges.ledger import pledge_rows
from app.pledges.models import PENDING, Pledge
from app.pledges.signers import leader_signers, officer_signers
from tests.support.pledge_data import TODAY, issue_officers, template_id


def test_issue_to_campaign_officers_by_unit_and_leaders(people):
    court = officer_signers(unit="青山县人民法院")
    assert [s.name for s in court] == ["张三", "李四"]
    assert [s.name for s in officer_signers()] == ["张三", "李四", "王五", "赵六"]  # 孙七 is 病休
    assert [s.name for s in officer_signers(text="派出所")] == ["王五"]
    result = issuing.issue(template_id("officer-three-rules"), court)
    assert (result.created, result.version) == (2, 1)
    rows = pledge_rows()
    assert [(r.name, r.status) for r in rows] == [("张三", PENDING), ("李四", PENDING)]
    pledge = Pledge.get(Pledge.name == "张三")
    assert pledge.issued_by and pledge.issued_at.date() == TODAY and pledge.post == "庭长"
    leaders = issuing.issue(template_id("leader-public"), leader_signers())
    assert leaders.created == 2 and pledge_rows(template_id=template_id("leader-public"))[0].unit == "城关镇"


def test_reissuing_is_refused_unless_asked(people):
    tid = template_id("officer-three-rules")
    issuing.issue(tid, officer_signers(unit="青山县人民法院"))
    with pytest.raises(Conflict, match="张三、李四已有.*不能重复下发"):
        issue_officers()
    assert Pledge.select().count() == 2  # nothing written
    skipped = issue_officers(existing=issuing.SKIP)
    assert (skipped.created, skipped.skipped) == (2, 2)
    assert issuing.already_issued(tid, officer_signers()) == 4
    old = Pledge.get(Pledge.name == "张三")
    again = issuing.issue(tid, [s for s in officer_signers() if s.name == "张三"], existing=issuing.REISSUE)
    assert (again.created, again.replaced) == (1, 1)
    assert Pledge.get_by_id(old.id).replaced_at is not None
    assert [r.name for r in pledge_rows()].count("张三") == 1  # history is not counted
    assert sum(r.issued for r in progress_rows()) == 4
    new = Pledge.get((Pledge.name == "张三") & Pledge.replaced_at.is_null())
    issuing.withdraw([new.id])  # issued by mistake: the previous one counts again
    assert Pledge.get_by_id(old.id).replaced_at is None
