"""Follow-up items: overdue, done, reopened."""
import datetime as dt

from app.talks import figures, follow_ups, records
from tests.support.talks_data import DAY, TODAY, talk


def test_follow_ups_overdue_done_and_reopened(county):
    talk(county, "H1", "o1", follow_ups=[follow_ups.FollowUpData("交自查表", DAY + dt.timedelta(days=1)),
                                         follow_ups.FollowUpData("谈心回访", TODAY + dt.timedelta(days=5))])
    trashed = talk(county, "H1", "o2", follow_ups=[follow_ups.FollowUpData("已删除记录的事项", DAY)])
    records.delete_talks([trashed.id])
    rows = follow_ups.follow_up_rows(today=TODAY)
    assert [(r.text, r.overdue) for r in rows] == [("交自查表", True), ("谈心回访", False)]
    assert rows[0].participants == "干警一" and rows[0].units == "县法院"
    assert follow_ups.mark_follow_ups_done([rows[0].id], TODAY) == 1
    assert [r.text for r in follow_ups.follow_up_rows(today=TODAY)] == ["谈心回访"]
    everything = follow_ups.follow_up_rows(open_only=False, today=TODAY)
    assert everything[-1].done_date == TODAY and not everything[-1].overdue
    follow_ups.reopen_follow_ups([rows[0].id])
    assert len(follow_ups.follow_up_rows(today=TODAY)) == 2
    assert figures.stats()["follow_ups_overdue"] == 1
