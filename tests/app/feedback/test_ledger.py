"""Ledger rows: deadline states, the ledger's filters and order, the overdue list."""
import datetime as dt

import pytest

from tests.support.feedback_data import days, new, assign, close_out

TODAY = dt.date.today()


def test_overdue_and_due_soon(units):
    from app.feedback.figures import summary
    from app.feedback.ledger import due_state, overdue_rows, suggestion_rows

    late = assign(new("逾期的"), deadline=days(-3))
    soon = assign(new("快到期的"), deadline=days(5))
    later = assign(new("还早的"), deadline=days(30))
    done = close_out(assign(new("按期完成的"), deadline=days(-1)))
    rows = {r.id: r for r in suggestion_rows()}
    assert (rows[late.id].due, rows[late.id].due_text) == ("overdue", "已逾期3天")
    assert (rows[soon.id].due, rows[soon.id].due_text) == ("soon", "还剩5天")
    assert rows[later.id].due == "" and rows[done.id].due == ""
    assert [r.id for r in overdue_rows()] == [late.id]
    assert summary()["overdue"] == 1
    # On the deadline itself an item is due, not yet overdue.
    assert due_state("整改中", TODAY, TODAY) == ("soon", 0)


def test_ledger_filters_and_order(units):
    from app.feedback.ledger import ledger_rows
    from app.errors import ValidationError

    police = assign(new("出警慢"), unit="县公安局")
    court = assign(new("立案难"))
    waiting = new("未交办的")
    assert [r.id for r in ledger_rows()] == [court.id, police.id, waiting.id]
    assert [r.id for r in ledger_rows(unit="县公安局")] == [police.id]
    assert [r.id for r in ledger_rows(status="待交办")] == [waiting.id]
    with pytest.raises(ValidationError, match="县医院"):
        ledger_rows(unit="县医院")
