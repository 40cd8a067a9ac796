"""Coverage of a round or of the whole campaign: per unit 应谈, 已谈, 未谈, 覆盖率 and 人次, each round's
totals, the 未谈名单 (and the next person to talk with), and the gaps in the "一级谈一级" cascade.
Computed in SQL (GROUP BY / COUNT DISTINCT / EXISTS), so they stay fast at tens of thousands of officers and
talks."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import peewee as pw

from app.common.figures import rate
from app.roster.models import Department, Officer, Oversight, Unit
from app.talks.models import RoundExpected, Talk, TalkParticipant, TalkRound
from app.roster.officers import campaign_officers
from app.talks.rounds import rounds


@dataclass(frozen=True)
class CoverageRow:
    unit_id: int | None  # None for the 合计 line
    unit: str
    expected: int  # 应谈
    talked: int  # 已谈
    person_times: int  # 人次

    @property
    def untalked(self) -> int:
        return self.expected - self.talked

    @property
    def rate(self) -> float | None:
        return rate(self.talked, self.expected)


def _round_ids(round_id: int | None) -> list[int]:
    if round_id is None:
        return [r for (r,) in TalkRound.select(TalkRound.id).tuples()]
    return [round_id]


def listed_officers(round_id: int | None):
    """Subquery of the officer ids owed a talk: a round's frozen list; for the whole campaign (None), anyone on
    any round's list and everyone in post now, so an officer who joined after the rounds were set keeps the
    campaign from reading 全覆盖 until someone has talked with them."""
    if round_id is not None:
        return RoundExpected.select(RoundExpected.officer).where(RoundExpected.round == round_id)
    return RoundExpected.select(RoundExpected.officer) | campaign_officers().select(Officer.id)


def _talked_exists(round_ids: list[int], officer_field):
    """EXISTS: the officer was present at a (not deleted) talk of these rounds."""
    return pw.fn.EXISTS(
        TalkParticipant.select(pw.SQL("1"))
        .join(Talk, on=(TalkParticipant.talk == Talk.id))
        .where(TalkParticipant.officer == officer_field, Talk.round.in_(round_ids), Talk.deleted_at.is_null()))


def coverage(round_id: int | None) -> list[CoverageRow]:
    """Per unit, then a 合计 line: 应谈 (the round's frozen list, officers still on the roster), 已谈 (of
    those, present at least once), 人次 (every presence, group talks once per person). round_id None: the
    whole campaign (应谈 = anyone on any round's list or in post now; 已谈 = talked with in any round)."""
    ids = _round_ids(round_id)
    expected_officers = listed_officers(round_id)
    base = (Officer.select(Officer.unit, pw.fn.COUNT(Officer.id))
            .where(Officer.id.in_(expected_officers), Officer.deleted_at.is_null())
            .group_by(Officer.unit))
    expected = dict(base.tuples())
    talked = dict(base.where(_talked_exists(ids, Officer.id)).tuples())
    live_talks = Talk.select(Talk.id).where(Talk.round.in_(ids), Talk.deleted_at.is_null())
    person_times = dict(TalkParticipant.select(Officer.unit, pw.fn.COUNT(TalkParticipant.id))
                        .join(Officer, on=(TalkParticipant.officer == Officer.id))
                        .where(TalkParticipant.talk.in_(live_talks))
                        .group_by(Officer.unit).tuples())
    rows = []
    for unit_id, name, short in (Unit.select(Unit.id, Unit.name, Unit.short_name)
                                 .order_by(Unit.sort_order, Unit.id).tuples()):
        rows.append(CoverageRow(unit_id, name, expected.get(unit_id, 0), talked.get(unit_id, 0),
                                person_times.get(unit_id, 0)))
    rows.append(CoverageRow(None, "合计", sum(r.expected for r in rows), sum(r.talked for r in rows),
                            sum(r.person_times for r in rows)))
    return rows


@dataclass(frozen=True)
class RoundSummary:
    round_id: int | None  # None: the whole campaign (全部轮次)
    name: str
    start_date: dt.date | None
    end_date: dt.date | None
    talks: int
    expected: int
    talked: int
    person_times: int

    @property
    def rate(self) -> float | None:
        return rate(self.talked, self.expected)


def round_summaries() -> list[RoundSummary]:
    """Each round's totals, then the whole campaign's (anyone on a list, talked with in any round)."""
    result = []
    for info in rounds():
        total = coverage(info.id)[-1]
        result.append(RoundSummary(info.id, info.name, info.start_date, info.end_date, info.talks, total.expected,
                                   total.talked, total.person_times))
    if result:
        total = coverage(None)[-1]
        result.append(RoundSummary(None, "全部轮次", result[0].start_date, result[-1].end_date,
                                   sum(r.talks for r in result), total.expected, total.talked, total.person_times))
    return result


@dataclass(frozen=True)
class PersonRow:
    id: int
    name: str
    unit_id: int
    unit: str
    department: str
    post: str
    leadership: str
    is_department_head: bool


def _person_query():
    return (Officer.select(Officer.id, Officer.name, Officer.unit, Unit.name.alias("unit_name"),
                           Department.name.alias("dept"), Officer.post, Officer.leadership,
                           Officer.is_department_head)
            .join(Unit, on=(Officer.unit == Unit.id))
            .join(Department, pw.JOIN.LEFT_OUTER, on=(Officer.department == Department.id))
            .where(Officer.deleted_at.is_null())
            .order_by(Unit.sort_order, Unit.id, Department.sort_order.asc(nulls="first"), Officer.id))


def _person(r: dict) -> PersonRow:
    return PersonRow(r["id"], r["name"], r["unit"], r["unit_name"], r["dept"] or "", r["post"], r["leadership"],
                     bool(r["is_department_head"]))


def expected_people(round_id: int | None, unit_id: int | None = None) -> list[PersonRow]:
    listed = listed_officers(round_id)
    query = _person_query().where(Officer.id.in_(listed))
    if unit_id is not None:
        query = query.where(Officer.unit == unit_id)
    return [_person(r) for r in query.dicts()]


def untalked(round_id: int | None, unit_id: int | None = None) -> list[PersonRow]:
    """未谈名单: on the round's list and not yet present at any talk of the round, in roster order."""
    ids = _round_ids(round_id)
    listed = listed_officers(round_id)
    query = _person_query().where(Officer.id.in_(listed), ~_talked_exists(ids, Officer.id))
    if unit_id is not None:
        query = query.where(Officer.unit == unit_id)
    return [_person(r) for r in query.dicts()]


def next_untalked(round_id: int, unit_id: int, after_officer_id: int | None = None) -> PersonRow | None:
    """Fast entry: the next person of the unit, after `after_officer_id` in roster order (wrapping round),
    not yet talked with this round."""
    waiting = untalked(round_id, unit_id)
    if not waiting:
        return None
    if after_officer_id is None:
        return waiting[0]
    order = [p.id for p in expected_people(round_id, unit_id)]
    position = {oid: i for i, oid in enumerate(order)}
    if after_officer_id not in position:
        return waiting[0]
    mark = position[after_officer_id]
    later = [p for p in waiting if position.get(p.id, -1) > mark]
    return later[0] if later else waiting[0]


# ================================================================ the cascade (一级谈一级)

GAP_MEMBER = "班子成员：一把手未谈"
GAP_HEAD = "部门负责人：分管领导未谈"
GAP_NOBODY = "无人谈话"
GAP_KINDS = (GAP_MEMBER, GAP_HEAD, GAP_NOBODY)


@dataclass(frozen=True)
class GapRow:
    kind: str
    officer_id: int
    unit_id: int
    unit: str
    department: str
    name: str
    post: str
    expected_talkers: str  # who should have talked with them
    actual_talkers: str  # who did, this round ("" = nobody)


def cascade_gaps(round_id: int | None) -> list[GapRow]:
    """Where "一级谈一级" has gaps: a 班子成员 not talked with by the 一把手, a department head not talked
    with by a leader who oversees (分管) the department (the 一把手 when nobody does), and anyone on the
    list whom nobody talked with. Each person appears once, under the first gap that applies."""
    ids = _round_ids(round_id)
    listed = listed_officers(round_id)
    leaders = (_person_query().where(Officer.id.in_(listed),
                                     (Officer.leadership == "班子成员") | Officer.is_department_head))
    leaders = [_person(r) for r in leaders.dicts()]
    leader_ids = [p.id for p in leaders]
    talkers: dict[int, dict[int | None, str]] = {}
    query = (TalkParticipant.select(TalkParticipant.officer, Talk.talker, Talk.talker_name)
             .join(Talk, on=(TalkParticipant.talk == Talk.id))
             .where(Talk.round.in_(ids), Talk.deleted_at.is_null(), TalkParticipant.officer.in_(leader_ids))
             .distinct())
    for officer_id, talker_id, talker_name in query.tuples():
        talkers.setdefault(officer_id, {})[talker_id if talker_id is not None else f"外:{talker_name}"] = talker_name
    heads_of_unit: dict[int, dict[int, str]] = {}
    for oid, name, unit_id in (Officer.alive().select(Officer.id, Officer.name, Officer.unit)
                               .where(Officer.leadership == "一把手").tuples()):
        heads_of_unit.setdefault(unit_id, {})[oid] = name
    overseers: dict[int, dict[int, str]] = {}
    for dept_id, oid, name in (Oversight.select(Oversight.department, Officer.id, Officer.name)
                               .join(Officer, on=(Oversight.officer == Officer.id))
                               .where(Officer.deleted_at.is_null()).tuples()):
        overseers.setdefault(dept_id, {})[oid] = name
    dept_of = dict(Officer.select(Officer.id, Officer.department).where(Officer.id.in_(leader_ids)).tuples())

    gaps: list[GapRow] = []
    listed_once: set[int] = set()
    for person in leaders:
        had = talkers.get(person.id, {})
        if person.leadership == "班子成员":
            kind, should = GAP_MEMBER, heads_of_unit.get(person.unit_id, {})
        elif person.leadership == "一把手":
            continue
        else:
            kind = GAP_HEAD
            should = overseers.get(dept_of.get(person.id), {}) or heads_of_unit.get(person.unit_id, {})
        if not (set(should) & set(had)):
            gaps.append(GapRow(kind, person.id, person.unit_id, person.unit, person.department, person.name,
                               person.post,
                               "、".join(should.values()) or "（台账中未设）", "、".join(dict.fromkeys(had.values()))))
            listed_once.add(person.id)
    for person in untalked(round_id):
        if person.id not in listed_once:
            gaps.append(GapRow(GAP_NOBODY, person.id, person.unit_id, person.unit, person.department, person.name,
                               person.post, "", ""))
    return gaps
