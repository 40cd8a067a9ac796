"""Rounds of talks (轮次) and their 应谈 lists: the people to be talked with in a round, frozen from the
roster's campaign set when the round is set up and refreshed only on demand."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import peewee as pw

from app import events
from app.errors import Conflict, NotFound, ValidationError, ValidationErrors
from app.events import Topic
from app.roster.models import Officer
from app.roster.officers import campaign_officers
from app.store.base import now
from app.store.db import database
from app.talks.common import chunks
from app.talks.models import DEFAULT_ROUND_NAMES, RoundExpected, Talk, TalkParticipant, TalkRound


@dataclass(frozen=True)
class RoundInfo:
    id: int
    number: int
    name: str
    start_date: dt.date | None
    end_date: dt.date | None
    expected: int
    talks: int
    person_times: int

    @property
    def label(self) -> str:
        if self.start_date and self.end_date:
            return f"{self.name}（{self.start_date:%Y-%m-%d} 至 {self.end_date:%Y-%m-%d}）"
        if self.start_date:
            return f"{self.name}（{self.start_date:%Y-%m-%d} 起）"
        return self.name

    def contains(self, day: dt.date) -> bool:
        return ((self.start_date is None or day >= self.start_date)
                and (self.end_date is None or day <= self.end_date))


def rounds() -> list[RoundInfo]:
    """All rounds in order, with their 应谈 count, talks and 人次."""
    expected = dict(RoundExpected.select(RoundExpected.round, pw.fn.COUNT(RoundExpected.id))
                    .join(Officer, on=(RoundExpected.officer == Officer.id))
                    .where(Officer.deleted_at.is_null()).group_by(RoundExpected.round).tuples())
    talks = dict(Talk.select(Talk.round, pw.fn.COUNT(Talk.id)).where(Talk.deleted_at.is_null())
                 .group_by(Talk.round).tuples())
    person_times = dict(TalkParticipant.select(Talk.round, pw.fn.COUNT(TalkParticipant.id))
                        .join(Talk).where(Talk.deleted_at.is_null()).group_by(Talk.round).tuples())
    return [RoundInfo(r.id, r.number, r.name, r.start_date, r.end_date, expected.get(r.id, 0),
                      talks.get(r.id, 0), person_times.get(r.id, 0))
            for r in TalkRound.select().order_by(TalkRound.number)]


def round_by_number(number: int) -> RoundInfo:
    """The N-th round (1, 2, 3 … in order), or NotFound naming the rounds there are."""
    all_rounds = rounds()
    if not 1 <= number <= len(all_rounds):
        names = "、".join(f"{i}={r.name}" for i, r in enumerate(all_rounds, start=1)) or "（尚未设置轮次）"
        raise NotFound(f"轮次：没有第{number}轮。现有轮次：{names}")
    return all_rounds[number - 1]


def round_info(round_id: int) -> RoundInfo:
    for info in rounds():
        if info.id == round_id:
            return info
    raise NotFound("该轮次已不存在，请刷新后再试。")


def freeze_expected(round_id: int) -> None:
    """Replace the round's 应谈 list with every officer counted in the campaign today."""
    RoundExpected.delete().where(RoundExpected.round == round_id).execute()
    ids = [o.id for o in campaign_officers().select(Officer.id).order_by(Officer.id)]
    stamp = now()
    rows = [{"round": round_id, "officer": oid, "created_at": stamp, "updated_at": stamp} for oid in ids]
    for chunk in chunks(rows):
        RoundExpected.insert_many(chunk).execute()
    TalkRound.update(expected_set_at=stamp, updated_at=stamp).where(TalkRound.id == round_id).execute()


def _validate_round(name: str, start: dt.date | None, end: dt.date | None, exclude_id: int | None) -> str:
    errors = []
    name = (name or "").strip()
    if not name:
        errors.append(ValidationError("轮次名称", "不能为空"))
    elif len(name) > 40:
        errors.append(ValidationError("轮次名称", "过长（最多40字）"))
    else:
        query = TalkRound.select().where(TalkRound.name == name)
        if exclude_id is not None:
            query = query.where(TalkRound.id != exclude_id)
        if query.exists():
            errors.append(ValidationError("轮次名称", f"已有名为“{name}”的轮次"))
    if start and end and end < start:
        errors.append(ValidationError("结束日期", "不能早于开始日期"))
    if errors:
        raise ValidationErrors(errors)
    return name


def create_round(name: str, start: dt.date | None = None, end: dt.date | None = None) -> TalkRound:
    """A new round at the end; its 应谈 list is frozen now from the roster."""
    with database.atomic():
        name = _validate_round(name, start, end, None)
        number = (TalkRound.select(pw.fn.MAX(TalkRound.number)).scalar() or 0) + 1
        new = TalkRound.create(number=number, name=name, start_date=start, end_date=end)
        freeze_expected(new.id)
    events.changed(Topic.TALKS)
    return new


def ensure_default_rounds() -> None:
    """A database without rounds gets 第一轮, 第二轮, 第三轮 (names and dates editable later)."""
    if TalkRound.select().exists():
        return
    with database.atomic():
        for name in DEFAULT_ROUND_NAMES:
            number = (TalkRound.select(pw.fn.MAX(TalkRound.number)).scalar() or 0) + 1
            new = TalkRound.create(number=number, name=name)
            freeze_expected(new.id)
    events.changed(Topic.TALKS)


def update_round(round_id: int, name: str, start: dt.date | None, end: dt.date | None) -> None:
    with database.atomic():
        existing = TalkRound.get_or_none(TalkRound.id == round_id)
        if existing is None:
            raise NotFound("该轮次已不存在，请刷新后再试。")
        name = _validate_round(name, start, end, round_id)
        outside = []
        if start or end:
            query = Talk.select(Talk.talk_date).where(Talk.round == round_id, Talk.deleted_at.is_null())
            if start:
                outside += [d for (d,) in query.where(Talk.talk_date < start).limit(1).tuples()]
            if end:
                outside += [d for (d,) in query.where(Talk.talk_date > end).limit(1).tuples()]
        if outside:
            raise ValidationErrors([ValidationError(
                "起止日期", f"本轮已有{outside[0]:%Y-%m-%d}的谈话记录，不在新的日期范围内")])
        existing.name, existing.start_date, existing.end_date = name, start, end
        existing.save()
    events.changed(Topic.TALKS)


def delete_round(round_id: int) -> None:
    """Only a round without records (trash included) can be deleted; the others are renumbered."""
    with database.atomic():
        existing = TalkRound.get_or_none(TalkRound.id == round_id)
        if existing is None:
            raise NotFound("该轮次已不存在，请刷新后再试。")
        count = Talk.select().where(Talk.round == round_id).count()
        if count:
            raise Conflict(f"“{existing.name}”已有{count}条谈话记录（含回收站），不能删除。")
        existing.delete_instance(recursive=True)
        for number, other in enumerate(TalkRound.select().order_by(TalkRound.number), start=1):
            if other.number != number:
                TalkRound.update(number=number).where(TalkRound.id == other.id).execute()
    events.changed(Topic.TALKS)


def refresh_expected(round_id: int) -> tuple[int, int]:
    """Re-freeze the round's 应谈 list from today's roster. Returns (added, removed)."""
    with database.atomic():
        if not TalkRound.select().where(TalkRound.id == round_id).exists():
            raise NotFound("该轮次已不存在，请刷新后再试。")
        before = {oid for (oid,) in RoundExpected.select(RoundExpected.officer)
                  .where(RoundExpected.round == round_id).tuples()}
        freeze_expected(round_id)
        after = {oid for (oid,) in RoundExpected.select(RoundExpected.officer)
                 .where(RoundExpected.round == round_id).tuples()}
    events.changed(Topic.TALKS)
    return len(after - before), len(before - after)


def expected_differs_from_roster(round_id: int) -> tuple[int, int]:
    """(in the roster but not on the list, on the list but no longer in the roster's campaign set)."""
    listed = RoundExpected.select(RoundExpected.officer).where(RoundExpected.round == round_id)
    current = campaign_officers().select(Officer.id)
    missing = campaign_officers().where(Officer.id.not_in(listed)).count()
    gone = (RoundExpected.select().where(RoundExpected.round == round_id,
                                         RoundExpected.officer.not_in(current)).count())
    return missing, gone


def remove_expected(round_id: int, officer_ids: list[int]) -> int:
    with database.atomic():
        count = (RoundExpected.delete()
                 .where(RoundExpected.round == round_id, RoundExpected.officer.in_(officer_ids)).execute())
    events.changed(Topic.TALKS)
    return count


def add_expected(round_id: int, officer_ids: list[int]) -> int:
    with database.atomic():
        have = {oid for (oid,) in RoundExpected.select(RoundExpected.officer)
                .where(RoundExpected.round == round_id).tuples()}
        stamp = now()
        rows = [{"round": round_id, "officer": oid, "created_at": stamp, "updated_at": stamp}
                for oid in dict.fromkeys(officer_ids) if oid not in have]
        for chunk in chunks(rows):
            RoundExpected.insert_many(chunk).execute()
    events.changed(Topic.TALKS)
    return len(rows)


def ensure_expected_set(round_id: int) -> None:
    """A round set up before the roster was filled gets its list when its first talk is saved."""
    if not RoundExpected.select().where(RoundExpected.round == round_id).exists():
        round_row = TalkRound.get_by_id(round_id)
        if round_row.expected_set_at is None or not Talk.select().where(Talk.round == round_id).exists():
            freeze_expected(round_id)
