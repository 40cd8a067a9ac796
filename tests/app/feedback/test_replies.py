"""Replies to submitters: method, date and satisfaction, each checked."""
import datetime as dt

import pytest

from tests.support.feedback_data import days, new, assign, close_out

TODAY = dt.date.today()


def test_reply_records_method_date_and_satisfaction(units):
    from app.feedback.ledger import suggestion_row
    from app.feedback.replies import record_reply
    from app.errors import ValidationErrors

    s = close_out(assign(new(submitter_name="张三")))
    with pytest.raises(ValidationErrors) as info:
        record_reply(s.id, method="托梦", on=days(1), satisfaction="还行")
    assert {e.field for e in info.value.errors} == {"回复方式", "回复日期", "满意度"}
    record_reply(s.id, method="电话", on=TODAY, satisfaction="满意", content="告知整改结果")
    row = suggestion_row(s.id)
    assert row.reply == f"电话回复，{TODAY:%Y-%m-%d}，满意：告知整改结果"
