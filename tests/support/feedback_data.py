"""Suggestions for the feedback tests: one registered, assigned, closed out (helpers only: no tests here)."""
from __future__ import annotations

import datetime as dt

TODAY = dt.date.today()


def days(n: int) -> dt.date:
    return TODAY + dt.timedelta(days=n)


def new(content="执行案款发放慢", event=None, **kw):
    from app.feedback.suggestions import SuggestionData, create_suggestion

    data = SuggestionData(content=content, event_id=event.id if event else None,
                          channel="" if event else "热线/信箱",
                          collected_on=None if event else days(-15), **kw)
    return create_suggestion(data)


def assign(s, deadline=None, unit="县法院"):
    from app.feedback.workflow import transition

    return transition(s.id, "已交办", changes={"unit": unit, "deadline": deadline or days(20),
                                             "leader": "王院长", "person": "李庭长"})


def close_out(s):
    from app.feedback.workflow import transition

    transition(s.id, "整改中")
    transition(s.id, "已整改待验收", changes={"measure": "建立案款限时发放制度", "evidence": "制度文件"})
    return transition(s.id, "已销号", changes={"reviewer": "刘敏"}, note="整改到位")
