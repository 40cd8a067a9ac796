"""The ledger's figures: an empty ledger counts zeros (a share of nothing is 0.0 in stats), merges apart."""
from tests.support.feedback_data import assign, close_out, new


def test_an_empty_ledger_counts_zeros(units):
    from app.feedback.figures import stats

    figures = stats()
    assert (figures["total"], figures["merged"], figures["closed_share"]) == (0, 0, 0.0)
    assert figures["per_unit"] == {"县法院": 0, "县公安局": 0} and figures["events"] == 0


def test_figures_count_consolidated_items(symposium):
    from app.feedback.figures import summary
    from app.feedback.workflow import merge

    closed = close_out(assign(new(event=symposium)))
    other = new("另一条", category="营商环境")
    merge(other.id, [new("重复的一条").id])
    figures = summary()
    assert (figures["total"], figures["merged"], figures["closed"]) == (2, 1, 1)
    assert figures["closed_share"] == 0.5 and figures["per_unit"]["县法院"] == 1
    assert figures["per_status"]["已销号"] == 1 and figures["per_category"]["营商环境"] == 1
    assert figures["participants"] == 8 and closed.status == "已销号"
