"""What the pledge sections share: loading the ticked pledges, refusing a step for the wrong status, checking
a signing date, and naming people in a message ("张三、李四等12人")."""
from __future__ import annotations

import datetime as dt

from app.errors import Conflict, NotFound, ValidationError
from app.pledges.models import Pledge


def name_list(names: list[str], limit: int = 10) -> str:
    shown = "、".join(names[:limit])
    return shown + (f"等{len(names)}人" if len(names) > limit else "")


def load_pledges(ids: list[int]) -> list[Pledge]:
    """The pledges with these ids (each once); NotFound when one is gone (withdrawn in another window)."""
    ids = list(dict.fromkeys(ids))
    if not ids:
        raise ValidationError("承诺书", "没有选择任何承诺书")
    found: list[Pledge] = []
    for start in range(0, len(ids), 500):
        found += list(Pledge.select().where(Pledge.id.in_(ids[start:start + 500])))
    if len(found) != len(ids):
        raise NotFound("所选承诺书中有的已被撤回或删除，请刷新后再试。")
    return found


def refuse_unless(pledges: list[Pledge], allowed: tuple[str, ...], action: str) -> None:
    """Conflict naming who is in the wrong state, unless every pledge is current and in `allowed`."""
    wrong: dict[str, list[str]] = {}
    for pledge in pledges:
        if pledge.replaced_at is not None:
            wrong.setdefault("已被重新下发的新承诺书取代", []).append(pledge.name)
        elif pledge.status not in allowed:
            wrong.setdefault(f"状态为“{pledge.status}”", []).append(pledge.name)
    if wrong:
        reasons = "；".join(f"{name_list(names)}{reason}" for reason, names in wrong.items())
        raise Conflict(f"不能{action}：{reasons}。只有状态为“{'、'.join(allowed)}”的承诺书可以{action}，"
                       "其余未作改动。")


def check_day(day: dt.date, pledges: list[Pledge], label: str = "签署日期") -> None:
    """A signing date is neither in the future nor before the pledge was issued."""
    if day > dt.date.today():
        raise ValidationError(label, "不能晚于今天")
    early = [p.name for p in pledges if day < p.issued_at.date()]
    if early:
        raise ValidationError(label, f"不能早于下发日期（{name_list(early)}的承诺书下发于"
                                     f"{min(p.issued_at.date() for p in pledges):%Y-%m-%d}）")
