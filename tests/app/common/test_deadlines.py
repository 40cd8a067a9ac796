"""Deadline states shared by the ledgers: overdue only while open, due soon a week ahead."""
import datetime as dt

from app.common.deadlines import DUE_OVERDUE, DUE_SOON, DUE_SOON_DAYS, due_state, due_text

DAY = dt.date(2021, 6, 11)


def test_states_around_the_deadline():
    assert due_state(True, DAY - dt.timedelta(days=1), DAY) == (DUE_OVERDUE, -1)
    assert due_state(True, DAY, DAY) == (DUE_SOON, 0)
    assert due_state(True, DAY + dt.timedelta(days=DUE_SOON_DAYS), DAY) == (DUE_SOON, DUE_SOON_DAYS)
    assert due_state(True, DAY + dt.timedelta(days=DUE_SOON_DAYS + 1), DAY) == ("", DUE_SOON_DAYS + 1)


def test_closed_items_and_items_without_a_deadline_have_no_state():
    assert due_state(False, DAY - dt.timedelta(days=30), DAY) == ("", None)
    assert due_state(True, None, DAY) == ("", None)


def test_how_the_states_read():
    assert due_text(DUE_OVERDUE, -3) == "已逾期3天"
    assert due_text(DUE_SOON, 0) == "今天到期"
    assert due_text(DUE_SOON, 2) == "还剩2天"
    assert due_text("", 20) == ""
