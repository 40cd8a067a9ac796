"""征求意见 figures cross-checked on the demo database against direct counts and the ledger's own summary."""
from tests.app.reports.direct_counts import TODAY, consolidated


def test_feedback_figures_match_direct_counts(o):
    from app.feedback.categories import major_categories
    from app.feedback.figures import summary
    from app.feedback.models import OPEN_STATUSES, Suggestion

    assert o.feedback.collected == consolidated().count() == 133  # the article's 133 条
    for status, n in o.feedback.per_status.items():
        assert n == consolidated().where(Suggestion.status == status).count(), status
    assert o.feedback.overdue == consolidated().where(Suggestion.status.in_(OPEN_STATUSES),
                                                      Suggestion.deadline < TODAY).count()
    own = summary()
    assert (own["total"], own["closed"], own["overdue"], own["due_soon"], own["merged"]) == (
        o.feedback.collected, o.feedback.closed, o.feedback.overdue, o.feedback.due_soon, o.feedback.merged)
    assert (own["participants"], own["reviewed_files"], own["events"]) == (
        o.feedback.participants, o.feedback.reviewed_files, o.feedback.events)
    assert o.feedback.major == sum(n for c, n in own["per_category"].items() if c in major_categories())
