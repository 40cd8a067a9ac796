"""The demo database carries the source article's talk figures."""
from app.talks import coverage, figures, follow_ups, rounds


def test_demo_has_the_articles_talk_figures(demo_db):
    found = figures.stats()
    assert found["person_times"] == 1453
    assert found["campaign"] == {"expected": 518, "talked": 518, "coverage": 1.0}  # 全覆盖
    assert [r["name"] for r in found["rounds"]] == ["第一轮", "第二轮", "第三轮"]
    assert found["rounds"][0]["coverage"] == 1.0 and found["rounds"][2]["coverage"] < 1
    assert found["group_talks"] > 50 and found["self_reported"] > 20
    assert 35 <= len(follow_ups.follow_up_rows(open_only=False)) <= 45
    assert 1 <= found["follow_ups_overdue"] <= 10
    first = rounds.rounds()[0].id
    cascade = [g for g in coverage.cascade_gaps(first) if g.kind != coverage.GAP_NOBODY]
    assert len(cascade) == 2  # a couple of gaps to show
    assert coverage.cascade_gaps(rounds.rounds()[1].id) == []
