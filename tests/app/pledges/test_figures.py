"""Signing progress per template and unit, and who has not signed yet."""
from app.pledges import printing, signing
from app.pledges.figures import progress_rows, template_figures
from app.pledges.ledger import unsigned_rows
from tests.support.pledge_data import TODAY, ids_of, issue_officers


def test_progress_per_unit_and_the_unsigned_list(people):
    issue_officers()
    ids = ids_of()
    printing.mark_printed(ids)
    signing.mark_signed(ids[:2], TODAY)  # the court's two
    rows = {r.unit: r for r in progress_rows()}
    assert (rows["青山县人民法院"].signed, rows["青山县人民法院"].issued, rows["青山县人民法院"].percent) == (2, 2, 100.0)
    assert rows["青山县人民法院"].rate == 1.0
    assert (rows["青山县公安局"].signed, rows["青山县公安局"].not_signed) == (0, 2)
    assert [r.name for r in unsigned_rows()] == ["王五", "赵六"]
    figures = template_figures()["officer-three-rules"]
    assert (figures["issued"], figures["printed"], figures["signed"], figures["not_signed"]) == (4, 4, 2, 2)
    assert template_figures()["leader-public"]["issued"] == 0
