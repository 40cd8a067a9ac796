"""谈心谈话 in the overview: per round, talks, 人次, 应谈 (the round's list) and 已谈, the campaign's coverage
and the follow-up items still open, for a period and optionally one unit.

`talk_base` makes the costly counts (a row per person talked with) once per period, per round and unit;
`talk_figures` and the per-unit comparison (`unit_figures`) are put together from them.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import peewee as pw

from app.common.figures import percent, rate
from app.reports.scope import day_range, today_or, where
from app.roster.models import Officer
from app.store.db import database
from app.talks.coverage import listed_officers
from app.talks.models import FollowUp, RoundExpected, Talk, TalkParticipant, TalkRound


def coverage_text(talked: int, expected: int) -> str:
    """全覆盖 when everyone on the list was talked with, else 覆盖率 NN.N%."""
    if expected and talked >= expected:
        return "全覆盖"
    return f"覆盖率{percent(rate(talked, expected))}"


@dataclass(frozen=True)
class RoundFigures:
    round_id: int
    number: int
    name: str
    start_date: dt.date | None
    end_date: dt.date | None
    talks: int
    person_times: int  # 人次: every presence at a talk, a group talk once per person
    expected: int  # 应谈: the round's list (officers still on the roster)
    talked: int  # of those, talked with at least once (in the range)

    @property
    def rate(self) -> float | None:
        return rate(self.talked, self.expected)

    @property
    def untalked(self) -> int:
        return self.expected - self.talked

    @property
    def coverage_text(self) -> str:
        return coverage_text(self.talked, self.expected)


@dataclass(frozen=True)
class TalkFigures:
    rounds: list  # RoundFigures in round order
    expected: int  # anyone on any round's list, and everyone in post now (joined after the rounds were set)
    talked: int  # of those, talked with in any round
    talks: int
    person_times: int
    follow_ups_open: int  # 后续事项 agreed in the talks and not done yet
    follow_ups_overdue: int

    @property
    def rate(self) -> float | None:
        return rate(self.talked, self.expected)

    @property
    def coverage_text(self) -> str:
        return coverage_text(self.talked, self.expected)

    @property
    def rounds_held(self) -> int:
        return sum(1 for r in self.rounds if r.talks)


@dataclass(frozen=True)
class TalkBase:
    """Talk counts by round and unit (the officer's unit today), for one range."""

    talks: dict  # round → talks
    person_times: dict  # (round, unit) → 人次
    expected: dict  # (round, unit) → 应谈
    talked: dict  # (round, unit) → 已谈
    campaign_expected: dict  # unit → on any round's list
    campaign_talked: dict  # unit → of those, talked with in any round
    follow_ups: tuple  # (open, overdue)


def talk_range(since, until) -> list:
    """Conditions on Talk: alive, dated in the range."""
    return [Talk.deleted_at.is_null(), day_range(Talk.talk_date, since, until)]


def talk_base(since, until, today: dt.date) -> TalkBase:
    """Talk counts per round and unit for the range: what `talk_figures` and `unit_rows` are made from."""
    in_range = talk_range(since, until)
    talks = dict(where(Talk.select(Talk.round, pw.fn.COUNT(Talk.id)), *in_range).group_by(Talk.round).tuples())
    # Who was talked with in which round, and how often: the one pass over every person talked with
    # (人次), sorted once. Everything per round and unit is counted from these pairs in the same statement.
    pairs = (where(TalkParticipant.select(Talk.round.alias("round_id"), TalkParticipant.officer.alias("officer_id"),
                                          pw.fn.COUNT(pw.SQL("*")).alias("n"))
                   .join(Talk, on=(TalkParticipant.talk == Talk.id)), *in_range)
             .group_by(Talk.round, TalkParticipant.officer).cte("pairs"))
    on_round_list = (RoundExpected.id.is_null(False) & Officer.deleted_at.is_null())
    per_round = (pw.Select(from_list=[pairs], columns=[
        pairs.c.round_id, Officer.unit, pw.fn.SUM(pairs.c.n),
        pw.fn.SUM(pw.Case(None, ((on_round_list, 1),), 0))])
        .join(Officer, on=(Officer.id == pairs.c.officer_id))
        .join(RoundExpected, pw.JOIN.LEFT_OUTER, on=((RoundExpected.round == pairs.c.round_id)
                                                    & (RoundExpected.officer == pairs.c.officer_id)))
        .group_by(pairs.c.round_id, Officer.unit))
    person_times, talked = {}, {}
    for round_id, unit_id, n, n_talked in per_round.with_cte(pairs).bind(database).tuples():
        person_times[(round_id, unit_id)] = int(n or 0)
        talked[(round_id, unit_id)] = int(n_talked or 0)
    listed = listed_officers(None)  # anyone on a round's list, and everyone in post now
    campaign = Officer.select(Officer.unit, pw.fn.COUNT(Officer.id)).where(
        Officer.deleted_at.is_null(), Officer.id.in_(listed)).group_by(Officer.unit)
    # Each listed officer's first talk is enough: an EXISTS stops there.
    talked_at_all = pw.fn.EXISTS(where(
        TalkParticipant.select(pw.SQL("1")).join(Talk, on=(TalkParticipant.talk == Talk.id))
        .where(TalkParticipant.officer == Officer.id), *in_range))
    campaign_expected = dict(campaign.tuples())
    campaign_talked = dict(campaign.where(talked_at_all).tuples())
    expected = {(r, u): n for r, u, n in
                RoundExpected.select(RoundExpected.round, Officer.unit, pw.fn.COUNT(RoundExpected.id))
                .join(Officer, on=(RoundExpected.officer == Officer.id)).where(Officer.deleted_at.is_null())
                .group_by(RoundExpected.round, Officer.unit).tuples()}
    # Few follow-up items, many talks: look each item's talk up rather than scan the talks.
    alive_talk = pw.fn.EXISTS(where(Talk.select(pw.SQL("1")).where(Talk.id == FollowUp.talk), *in_range))
    follow_ups = (FollowUp.select(pw.fn.COUNT(FollowUp.id),
                                  pw.fn.SUM(pw.Case(None, ((FollowUp.due_date < today, 1),), 0)))
                  .where(FollowUp.done_date.is_null(), alive_talk).tuples().get())
    return TalkBase(talks=talks, person_times=person_times, expected=expected, talked=talked,
                     campaign_expected=campaign_expected, campaign_talked=campaign_talked,
                     follow_ups=(follow_ups[0] or 0, int(follow_ups[1] or 0)))


def talk_figures(since: dt.date | None = None, until: dt.date | None = None, unit: int | None = None, *,
                 today: dt.date | None = None, base: TalkBase | None = None) -> TalkFigures:
    today = today_or(today)
    base = base or talk_base(since, until, today)
    talks, follow_ups = base.talks, base.follow_ups
    if unit is not None:  # talks with someone of the unit, and their follow-up items
        of_unit = where(Talk.select(Talk.id), *talk_range(since, until), Talk.id.in_(
            TalkParticipant.select(TalkParticipant.talk).join(Officer, on=(TalkParticipant.officer == Officer.id))
            .where(Officer.unit == unit)))
        talks = dict(of_unit.select(Talk.round, pw.fn.COUNT(Talk.id)).group_by(Talk.round).tuples())
        with_unit = pw.fn.EXISTS(where(  # few follow-up items: look at each one's talk
            TalkParticipant.select(pw.SQL("1")).join(Talk, on=(TalkParticipant.talk == Talk.id))
            .join(Officer, on=(TalkParticipant.officer == Officer.id))
            .where(TalkParticipant.talk == FollowUp.talk, Officer.unit == unit), *talk_range(since, until)))
        open_items = (FollowUp.select(pw.fn.COUNT(FollowUp.id),
                                      pw.fn.SUM(pw.Case(None, ((FollowUp.due_date < today, 1),), 0)))
                      .where(FollowUp.done_date.is_null(), with_unit).tuples().get())
        follow_ups = (open_items[0] or 0, int(open_items[1] or 0))

    def pick(figures: dict, round_id: int) -> int:
        return sum(n for (r, u), n in figures.items() if r == round_id and (unit is None or u == unit))

    rounds = [RoundFigures(rid, number, name, start, end, talks.get(rid, 0),
                           pick(base.person_times, rid), pick(base.expected, rid), pick(base.talked, rid))
              for rid, number, name, start, end in
              TalkRound.select(TalkRound.id, TalkRound.number, TalkRound.name, TalkRound.start_date,
                               TalkRound.end_date).order_by(TalkRound.number).tuples()]

    def campaign(figures: dict) -> int:
        return sum(n for u, n in figures.items() if unit is None or u == unit)

    return TalkFigures(rounds=rounds, expected=campaign(base.campaign_expected),
                       talked=campaign(base.campaign_talked), talks=sum(talks.values()),
                       person_times=sum(r.person_times for r in rounds),
                       follow_ups_open=follow_ups[0], follow_ups_overdue=follow_ups[1])
