"""The demo ledger at the source county's scale, every item obeying its status's rules."""


def test_demo_has_the_articles_scale(demo_db):
    from app.feedback.categories import major_categories
    from app.feedback.collection import event_rows
    from app.feedback.figures import summary
    from app.feedback.ledger import ledger_rows
    from app.feedback.suggestions import status_problems
    from app.feedback.models import Suggestion, SuggestionHistory

    figures = summary()
    assert figures["total"] == 133 and figures["merged"] > 0
    assert figures["per_status"]["已销号"] > 90
    assert figures["per_status"]["整改中"] >= 5 and figures["per_status"]["不予采纳"] == 2
    assert 1 <= figures["overdue"] <= 10
    assert figures["reviewed_files"] > 5000
    assert all(figures["per_category"][c] > 0 for c in major_categories())
    events = event_rows()
    visits = sum(e.participant_total for e in events if e.kind == "走访")
    assert 3600 <= visits < 3700
    county = next(e for e in events if e.kind == "座谈会" and e.organiser == "县委政法委")
    assert county.suggestion_count == 31
    assert sum(1 for e in events if e.kind == "座谈会") == 13  # the county's and 4 units × 3 rounds
    rows = ledger_rows()
    for r in rows:  # every item obeys the rules of its status
        s = Suggestion.get_by_id(r.id)
        assert status_problems(s) == [], r.code
        assert SuggestionHistory.select().where(SuggestionHistory.suggestion == r.id).exists()
    assert all(r.rejection_reason for r in rows if r.status == "不予采纳")
    assert sum(1 for r in rows if r.satisfaction) > 80
