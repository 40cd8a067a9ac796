"""Records read out in bulk: the lines of the records list (TalkRow, straight from the cursor so that
100,000 records load fast) and everything a printed 谈心谈话记录表 shows (FormRecord). Content only with the
permission, and only when asked for."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import peewee as pw

from app.roster.models import Officer, Unit
from app.store.db import database
from app.talks.common import chunks, require_content_access
from app.talks.follow_ups import FollowUpData
from app.talks.models import FollowUp, Talk, TalkParticipant, TalkRound


@dataclass(slots=True)
class TalkRow:
    """One line of the records list: plain values. Content fields are empty unless asked for."""

    id: int
    round_id: int
    round_name: str
    talk_date: dt.date
    talk_time: dt.time | None
    place: str
    talker_name: str
    talker_post: str
    participants: str  # 张三、李四
    participant_count: int
    unit_ids: tuple
    units: str
    talk_type: str
    mode: str
    topic: str
    self_reported: bool
    open_follow_ups: int
    note_taker: str
    remarks: str
    feedback_item_id: int | None
    content: str = ""
    problems: str = ""
    suggestions: str = ""


def _fetch(query) -> list[tuple]:
    """Rows of a peewee-built query straight from the cursor: no per-value conversion. For the big lists,
    where peewee's row processing would cost most of the time; callers convert what they need."""
    sql, params = query.sql()
    return database.execute_sql(sql, params).fetchall()


def _as_date(value) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(value[:10])


def _as_time(value) -> dt.time | None:
    if value is None or isinstance(value, dt.time):
        return value
    return dt.time.fromisoformat(value)


def talk_rows(round_ids: list[int] | None = None, *, include_content: bool = False,
              trashed: bool = False) -> list[TalkRow]:
    """Records of the given rounds (all when None), newest first."""
    if include_content:
        require_content_access()
    columns = [Talk.id, Talk.round, Talk.talk_date, Talk.talk_time, Talk.place, Talk.talker_name,
               Talk.talker_post, Talk.talk_type, Talk.mode, Talk.topic, Talk.self_reported, Talk.note_taker,
               Talk.remarks, Talk.feedback_item_id]
    if include_content:
        columns += [Talk.content, Talk.problems, Talk.suggestions]
    query = Talk.select(*columns).where(Talk.deleted_at.is_null(not trashed))
    if round_ids is not None:
        query = query.where(Talk.round.in_(round_ids))
    chosen = query.select(Talk.id)
    part_query = (TalkParticipant.select(TalkParticipant.talk, Officer.name, Officer.unit)
                  .join(Officer, on=(TalkParticipant.officer == Officer.id))
                  .where(TalkParticipant.talk.in_(chosen)).order_by(TalkParticipant.id))
    follow_query = (FollowUp.select(FollowUp.talk, pw.fn.COUNT(FollowUp.id))
                    .where(FollowUp.talk.in_(chosen), FollowUp.done_date.is_null()).group_by(FollowUp.talk))
    round_names = dict(TalkRound.select(TalkRound.id, TalkRound.name).tuples())
    unit_names = {uid: short or name for uid, short, name in Unit.select(Unit.id, Unit.short_name, Unit.name).tuples()}
    people: dict[int, list] = {}
    for talk_id, name, unit_id in _fetch(part_query):
        people.setdefault(talk_id, []).append((name, unit_id))
    open_items = dict(_fetch(follow_query))
    rows = []
    empty: list = []
    for r in _fetch(query.order_by(Talk.talk_date.desc(), Talk.talk_time.desc(), Talk.id.desc())):
        members = people.get(r[0], empty)
        unit_ids = tuple(dict.fromkeys(m[1] for m in members))
        row = TalkRow(r[0], r[1], round_names.get(r[1], ""), _as_date(r[2]), _as_time(r[3]), r[4], r[5], r[6],
                      "、".join(m[0] for m in members), len(members), unit_ids,
                      "、".join(unit_names.get(u, "") for u in unit_ids), r[7], r[8], r[9], bool(r[10]),
                      open_items.get(r[0], 0), r[11], r[12], r[13])
        if include_content:
            row.content, row.problems, row.suggestions = r[14], r[15], r[16]
        rows.append(row)
    return rows


@dataclass(frozen=True)
class FormParticipant:
    name: str
    unit_post: str


@dataclass(frozen=True)
class FormRecord:
    """Everything the printed 谈心谈话记录表 shows for one talk."""

    id: int
    round_name: str
    talk_date: dt.date
    talk_time: dt.time | None
    place: str
    talker_name: str
    talker_post: str
    participants: tuple[FormParticipant, ...]
    talk_type: str
    mode: str
    topic: str
    content: str
    problems: str
    suggestions: str
    self_reported: bool
    follow_ups: tuple[FollowUpData, ...]
    note_taker: str
    remarks: str
    include_content: bool


def talk_ids_for(round_id: int, unit_id: int | None = None) -> list[int]:
    """Live records of a round (those with someone of the unit present), in date order."""
    query = Talk.select(Talk.id).where(Talk.round == round_id, Talk.deleted_at.is_null())
    if unit_id is not None:
        query = query.where(Talk.id.in_(
            TalkParticipant.select(TalkParticipant.talk).join(Officer, on=(TalkParticipant.officer == Officer.id))
            .where(Officer.unit == unit_id)))
    return [tid for (tid,) in query.order_by(Talk.talk_date, Talk.talk_time, Talk.id).tuples()]


def form_records(talk_ids: list[int], *, include_content: bool) -> list[FormRecord]:
    """The records in the order given; content only with permission (it is printed only when asked)."""
    if include_content:
        require_content_access()
    found: dict[int, Talk] = {}
    for chunk in chunks(list(talk_ids), 500):
        for talk in (Talk.select(Talk, TalkRound).join(TalkRound, on=(Talk.round == TalkRound.id))
                     .where(Talk.id.in_(chunk), Talk.deleted_at.is_null())):
            found[talk.id] = talk
    people: dict[int, list] = {}
    follow: dict[int, list] = {}
    for chunk in chunks(list(found), 500):
        for p in (TalkParticipant.select(TalkParticipant.talk, TalkParticipant.unit_post, Officer.name)
                  .join(Officer, on=(TalkParticipant.officer == Officer.id))
                  .where(TalkParticipant.talk.in_(chunk)).order_by(TalkParticipant.id)):
            people.setdefault(p.talk_id, []).append(FormParticipant(p.officer.name, p.unit_post))
        for f in FollowUp.select().where(FollowUp.talk.in_(chunk)).order_by(FollowUp.sort_order, FollowUp.id):
            follow.setdefault(f.talk_id, []).append(FollowUpData(f.text, f.due_date, f.done_date))
    records = []
    for tid in talk_ids:
        talk = found.get(tid)
        if talk is None:
            continue
        records.append(FormRecord(
            talk.id, talk.round.name, talk.talk_date, talk.talk_time, talk.place, talk.talker_name,
            talk.talker_post, tuple(people.get(tid, [])), talk.talk_type, talk.mode, talk.topic,
            talk.content if include_content else "", talk.problems if include_content else "",
            talk.suggestions if include_content else "", talk.self_reported, tuple(follow.get(tid, [])),
            talk.note_taker, talk.remarks, include_content))
    return records
