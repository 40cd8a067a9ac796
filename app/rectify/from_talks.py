"""Talks flagged 主动说明问题 link to the self-checks: an officer's flagged talks (date, talker, type — never what was
said, which is the talks' own TALK_CONTENT), and those not yet followed by a self-check item, for the form and
the figures."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from app.rectify._common import require_clue_access
from app.rectify.models import SelfCheckItem
from app.talks.models import Talk, TalkParticipant


@dataclass(frozen=True)
class FlaggedTalk:
    talk_id: int
    officer_id: int
    talk_date: dt.date
    talker_name: str
    talk_type: str

    @property
    def label(self) -> str:
        return f"{self.talk_date:%Y-%m-%d} {self.talker_name} {self.talk_type}"


def _flagged(officer_id: int | None = None) -> list[FlaggedTalk]:
    query = (TalkParticipant.select(TalkParticipant.officer, Talk.id, Talk.talk_date, Talk.talker_name, Talk.talk_type)
             .join(Talk).where(Talk.self_reported & Talk.deleted_at.is_null())
             .order_by(Talk.talk_date, Talk.id))
    if officer_id is not None:
        query = query.where(TalkParticipant.officer == officer_id)
    return [FlaggedTalk(r["id"], r["officer"], r["talk_date"], r["talker_name"], r["talk_type"]) for r in query.dicts()]


def flagged_talks(officer_id: int) -> list[FlaggedTalk]:
    """The officer's talks flagged 主动说明问题, oldest first. Who said something is part of the clue work: 问题线索."""
    require_clue_access()
    return _flagged(officer_id)


def unfollowed_count() -> int:
    """Officers who said something in a talk (主动说明问题) and have no self-check item yet. A count, no names."""
    reporting = {o for (o,) in SelfCheckItem.select(SelfCheckItem.officer)
                 .where(SelfCheckItem.deleted_at.is_null()).tuples()}
    return len({t.officer_id for t in _flagged()} - reporting)
