"""Follow-up items (后续事项) agreed in a talk: the form's lines, the list of open and overdue items, marking
them done."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from app import events
from app.events import Topic
from app.roster.models import Officer, Unit
from app.store.base import now
from app.store.db import database
from app.talks.models import FollowUp, Talk, TalkParticipant, TalkRound


@dataclass
class FollowUpData:
    text: str = ""
    due_date: dt.date | None = None
    done_date: dt.date | None = None


@dataclass(frozen=True)
class FollowUpRow:
    id: int
    talk_id: int
    round_name: str
    talk_date: dt.date
    participants: str
    units: str
    talker_name: str
    text: str
    due_date: dt.date | None
    done_date: dt.date | None
    overdue: bool


def follow_up_rows(*, open_only: bool = True, today: dt.date | None = None,
                   round_id: int | None = None) -> list[FollowUpRow]:
    """Follow-up items of live records, the most urgent first (overdue, then by due date)."""
    today = today or dt.date.today()
    query = (FollowUp.select(FollowUp.id, FollowUp.talk, TalkRound.name, Talk.talk_date, Talk.talker_name,
                             FollowUp.text, FollowUp.due_date, FollowUp.done_date)
             .join(Talk, on=(FollowUp.talk == Talk.id)).join(TalkRound, on=(Talk.round == TalkRound.id))
             .where(Talk.deleted_at.is_null()))
    if open_only:
        query = query.where(FollowUp.done_date.is_null())
    if round_id is not None:
        query = query.where(Talk.round == round_id)
    query = query.order_by(FollowUp.done_date.asc(nulls="first"), FollowUp.due_date.asc(nulls="last"),
                           FollowUp.id)
    items = list(query.tuples())
    talk_ids = {item[1] for item in items}
    people: dict[int, list] = {}
    for talk_id, name, short in (TalkParticipant.select(TalkParticipant.talk, Officer.name, Unit.short_name)
                                 .join(Officer, on=(TalkParticipant.officer == Officer.id))
                                 .join(Unit, on=(Officer.unit == Unit.id))
                                 .where(TalkParticipant.talk.in_(list(talk_ids)))
                                 .order_by(TalkParticipant.id).tuples()):
        people.setdefault(talk_id, []).append((name, short))
    rows = []
    for fid, talk_id, round_name, talk_date, talker, text, due, done in items:
        members = people.get(talk_id, [])
        rows.append(FollowUpRow(fid, talk_id, round_name, talk_date, "、".join(m[0] for m in members),
                                "、".join(dict.fromkeys(m[1] for m in members)), talker, text, due, done,
                                done is None and due is not None and due < today))
    return rows


def mark_follow_ups_done(ids: list[int], day: dt.date | None = None) -> int:
    day = day or dt.date.today()
    with database.atomic():
        count = (FollowUp.update(done_date=day, updated_at=now())
                 .where(FollowUp.id.in_(ids), FollowUp.done_date.is_null()).execute())
    events.changed(Topic.TALKS)
    return count


def reopen_follow_ups(ids: list[int]) -> int:
    with database.atomic():
        count = FollowUp.update(done_date=None, updated_at=now()).where(FollowUp.id.in_(ids)).execute()
    events.changed(Topic.TALKS)
    return count
