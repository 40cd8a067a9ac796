"""The demo database's pledges: every one issued, most signed, a realistic remainder in two units."""
from app.pledges.feature import stats
from app.pledges.figures import progress_rows
from app.pledges.ledger import pledge_rows
from app.pledges.templates import versions
from tests.support.pledge_data import template_id


def test_demo_has_every_pledge_with_a_realistic_remainder(demo_db):
    figures = stats()
    assert figures["officer-three-rules"]["issued"] == 518
    assert figures["political-rectification"]["issued"] == 518
    assert figures["leader-public"]["issued"] == 748
    assert figures["leader-public"]["signed"] == 736  # the source article's 公开承诺
    assert sum(f["issued"] for f in figures.values()) == 518 + 518 + 748
    for f in figures.values():
        assert 0.85 < f["signed"] / f["issued"] < 1.0 and f["archived"] < f["signed"] <= f["printed"] + 1
    behind = {r.unit for r in progress_rows() if r.not_signed and r.template_id != template_id("leader-public")}
    assert behind and behind <= {"青山县公安局", "青山县司法局"}
    political = versions(template_id("political-rectification"))
    assert [v.number for v in political] == [2, 1] and political[1].is_draft
    assert {r.version for r in pledge_rows(template_id=template_id("political-rectification"))} == {2}
