"""The campaign at a glance: the figures the office reports upward, in its own terms.

One function per figure group (roster, study, talks, feedback, pledges), each taking an optional date range
(`since`, `until`, both inclusive) and an optional unit (a `Unit` id); `unit_rows()` compares the units and
`overview()` gathers everything the overview tab shows. Every figure is counted in SQL (GROUP BY / COUNT);
Python only puts the grouped results together.

What the date range narrows (the roster is always today's):
- study: sessions held on a day in the range, with their attendance, make-up study and reflections;
- talks: talks dated in the range (应谈 stays each round's list; 已谈 counts those talked with in the range);
- feedback: suggestions collected in the range and events held in it (status and overdue as of today);
- pledges: signed = signatures dated in the range; issued = pledges issued by the range's last day.

The `listing_*` functions return the rows behind a figure (`Listing`), so a click on any figure can show
exactly what it counts.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import peewee as pw

from app.store import settings
from app.common.figures import percent, rate  # noqa: F401  (the report and the overview tab use them as ov.percent, ov.rate)
from app.store.db import database
from app.errors import NotFound
from app.feedback.models import (
    EventParticipant, FeedbackCategory, FeedbackEvent, OPEN_STATUSES, PARTICIPANT_CATEGORIES, Suggestion)
from app.feedback.models import STATUSES as FEEDBACK_STATUSES
from app.pledges.models import ARCHIVED, LEADER, SIGNED, Pledge, PledgeTemplate
from app.roster.models import Department, Officer, OutsideLeader, Unit
from app.study.models import (
    ABSENT, LATE, LEAVE, MAKEUP_KINDS, PRESENT, Attendee, MakeupTask, Reflection, SessionAudience, StudySession,
    StudyType)
from app.talks.models import FollowUp, RoundExpected, Talk, TalkParticipant, TalkRound

DUE_SOON_DAYS = 7  # as the feedback ledger marks it
ASSIGNED_STATUSES = ("已交办", "整改中", "已整改待验收", "已销号")  # handed to a responsible unit
CLOSED = "已销号"
REJECTED = "不予采纳"
PLEDGE_DONE = (SIGNED, ARCHIVED)
NO_UNIT = "（未确定责任单位）"


# ---------------------------------------------------------------- small helpers

def coverage_text(talked: int, expected: int) -> str:
    """全覆盖 when everyone on the list was talked with, else 覆盖率 NN.N%."""
    if expected and talked >= expected:
        return "全覆盖"
    return f"覆盖率{percent(rate(talked, expected))}"


def cn_date(day: dt.date) -> str:
    """2021年6月11日, as official documents write dates."""
    return f"{day.year}年{day.month}月{day.day}日"


def _today(today: dt.date | None) -> dt.date:
    return today or dt.date.today()


def _day_range(field_, since: dt.date | None, until: dt.date | None):
    """A condition on a date field; None when the range is open on both ends."""
    condition = None
    if since is not None:
        condition = field_ >= since
    if until is not None:
        part = field_ <= until
        condition = part if condition is None else (condition & part)
    return condition


def _where(query, *conditions):
    for condition in conditions:
        if condition is not None:
            query = query.where(condition)
    return query


def _unit(unit: int | None) -> Unit | None:
    if unit is None:
        return None
    found = Unit.get_or_none(Unit.id == unit)
    if found is None:
        raise NotFound("单位：所选单位已不存在，请刷新后再试。")
    return found


def check_range(since: dt.date | None, until: dt.date | None) -> None:
    if since is not None and until is not None and since > until:
        from app.errors import ValidationError

        raise ValidationError("统计期间", f"开始日期 {since:%Y-%m-%d} 晚于结束日期 {until:%Y-%m-%d}")


def units() -> list[tuple[int, str, str]]:
    """(id, full name, short name) in roster order."""
    return list(Unit.select(Unit.id, Unit.name, Unit.short_name).order_by(Unit.sort_order, Unit.id).tuples())


# ---------------------------------------------------------------- periods

@dataclass(frozen=True)
class Period:
    label: str
    since: dt.date | None
    until: dt.date | None

    @property
    def text(self) -> str:
        """2021年3月1日至2021年6月11日 / 截至… / 全部."""
        if self.since and self.until:
            return f"{cn_date(self.since)}至{cn_date(self.until)}"
        if self.until:
            return f"截至{cn_date(self.until)}"
        if self.since:
            return f"{cn_date(self.since)}以来"
        return "教育整顿开展以来"


def periods(today: dt.date | None = None) -> list[Period]:
    """The range presets: 全部, the three campaign phases (when the start date is set), 本月."""
    today = _today(today)
    result = [Period("全部", None, None)]
    for phase, first, last in settings.phase_ranges():
        result.append(Period(f"{phase}阶段", first, last))
    first_of_month = today.replace(day=1)
    next_month = (first_of_month + dt.timedelta(days=32)).replace(day=1)
    result.append(Period("本月", first_of_month, next_month - dt.timedelta(days=1)))
    return result


# ---------------------------------------------------------------- roster

@dataclass(frozen=True)
class OfficerFigures:
    in_campaign: int  # 在岗在编: alive, counted in the campaign, 在岗
    on_roster: int  # every officer on the roster (alive)
    not_in_post: dict  # 在岗状态 other than 在岗 → count (病休, 专案, 借调 …)
    outside_leaders: int  # 政法系统外党政领导干部 (all units; not a unit's people)


def officer_figures(since: dt.date | None = None, until: dt.date | None = None,
                    unit: int | None = None) -> OfficerFigures:
    """Today's roster (the range does not apply to it)."""
    alive = Officer.deleted_at.is_null()
    in_unit = (Officer.unit == unit) if unit is not None else None
    by_status = dict(_where(Officer.select(Officer.status, pw.fn.COUNT(Officer.id)), alive, in_unit)
                     .group_by(Officer.status).tuples())
    in_campaign = _where(Officer.select(pw.fn.COUNT(Officer.id)), alive, in_unit,
                         Officer.counts_in_campaign, Officer.status == "在岗").scalar() or 0
    leaders = OutsideLeader.select(pw.fn.COUNT(OutsideLeader.id)).where(OutsideLeader.deleted_at.is_null()).scalar()
    return OfficerFigures(in_campaign=in_campaign, on_roster=sum(by_status.values()),
                          not_in_post={k: v for k, v in by_status.items() if k != "在岗"},
                          outside_leaders=leaders or 0)


# ---------------------------------------------------------------- study

@dataclass(frozen=True)
class TypeCount:
    type_id: int
    name: str
    held: int  # sessions on or before today
    planned: int  # sessions after today
    attended: int  # 人次 present or late at the held sessions

    @property
    def phrase(self) -> str:
        """政治轮训11场次 — as the office writes it."""
        return f"{self.name}{self.held}场次"


@dataclass(frozen=True)
class StudyFigures:
    types: list  # TypeCount, in the office's type order; types with no session left out
    held: int
    planned: int
    expected: int  # 应到人次 (locked lists)
    present: int
    late: int
    leave: int
    absent: int
    unmarked: int
    reflections: int  # 心得体会 篇
    makeup_total: int
    makeup_done: int
    makeup_overdue: int
    makeup_by_kind: dict  # 补学/送学/帮学/夜学 → tasks

    @property
    def attended(self) -> int:
        return self.present + self.late

    @property
    def missed(self) -> int:
        return self.leave + self.absent

    @property
    def marked(self) -> int:
        return self.expected - self.unmarked

    @property
    def attendance_rate(self) -> float | None:
        return rate(self.attended, self.marked)

    @property
    def makeup_open(self) -> int:
        return self.makeup_total - self.makeup_done


def _session_conditions(since, until):
    """Conditions on StudySession: alive, held on a day in the range."""
    return [StudySession.deleted_at.is_null(), _day_range(StudySession.day, since, until)]


def _session_in_unit(unit_obj: Unit):
    """A session concerns a unit when someone of it is on the locked list, or (list not locked yet) when
    everyone or the unit is invited."""
    has_attendee = pw.fn.EXISTS(Attendee.select(pw.SQL("1")).where(
        (Attendee.session == StudySession.id) & (Attendee.unit_name == unit_obj.name)))
    invited = pw.fn.EXISTS(SessionAudience.select(pw.SQL("1")).where(
        (SessionAudience.session == StudySession.id) & (SessionAudience.unit == unit_obj.id)))
    return has_attendee | (StudySession.frozen_at.is_null() & ((StudySession.audience == "all") | invited))


@dataclass(frozen=True)
class StudyBase:
    """Study counts by session type and by unit (as named on the locked lists), for one range."""

    attendance: dict  # (type id, unit name, status) → 人次
    reflections: dict  # (type id, unit name) → 篇
    makeup: dict  # (unit name, kind) → (tasks, done, overdue)


def study_base(since, until, today: dt.date) -> StudyBase:
    """Study counts per session type and unit for the range: what `study_figures` and `unit_rows` use."""
    live = _where(StudySession.select(StudySession.id), *_session_conditions(since, until))
    # Counted per session, unit and status first, in the order of the index on exactly those columns
    # (migration 7): no sort of a row per person expected; the few groups are then summed by session type.
    per_session = (Attendee.select(Attendee.session.alias("sid"), Attendee.unit_name.alias("unit_name"),
                                   Attendee.status.alias("status"), pw.fn.COUNT(Attendee.id).alias("n"))
                   .where(Attendee.session.in_(live))
                   .group_by(Attendee.session, Attendee.unit_name, Attendee.status).alias("per_session"))
    attendance = {(t, u, s): int(n) for t, u, s, n in
                  StudySession.select(StudySession.type, per_session.c.unit_name, per_session.c.status,
                                      pw.fn.SUM(per_session.c.n))
                  .join(per_session, on=(per_session.c.sid == StudySession.id))
                  .group_by(StudySession.type, per_session.c.unit_name, per_session.c.status).tuples()}
    handed_in = (Reflection.select(Attendee.session.alias("sid"), Attendee.unit_name.alias("unit_name"),
                                   pw.fn.COUNT(Reflection.id).alias("n"))
                 .join(Attendee, on=(Reflection.attendee == Attendee.id))
                 .group_by(Attendee.session, Attendee.unit_name).alias("handed_in"))
    reflections = {(t, u): int(n) for t, u, n in
                   _where(StudySession.select(StudySession.type, handed_in.c.unit_name, pw.fn.SUM(handed_in.c.n))
                          .join(handed_in, on=(handed_in.c.sid == StudySession.id)),
                          *_session_conditions(since, until))
                   .group_by(StudySession.type, handed_in.c.unit_name).tuples()}
    done = pw.fn.SUM(pw.Case(None, ((MakeupTask.completed_on.is_null(False), 1),), 0))
    overdue = pw.fn.SUM(pw.Case(None, ((MakeupTask.completed_on.is_null() & (MakeupTask.deadline < today), 1),), 0))
    makeup = {(u, k): (int(n), int(d or 0), int(o or 0)) for u, k, n, d, o in
              MakeupTask.select(Attendee.unit_name, MakeupTask.kind, pw.fn.COUNT(MakeupTask.id), done, overdue)
              .join(Attendee, on=(MakeupTask.attendee == Attendee.id))
              .where(Attendee.session.in_(live))
              .group_by(Attendee.unit_name, MakeupTask.kind).tuples()}
    return StudyBase(attendance, reflections, makeup)


def study_figures(since: dt.date | None = None, until: dt.date | None = None, unit: int | None = None, *,
                  today: dt.date | None = None, base: StudyBase | None = None) -> StudyFigures:
    today = _today(today)
    unit_obj = _unit(unit)
    base = base or study_base(since, until, today)
    held_case = pw.fn.SUM(pw.Case(None, ((StudySession.day <= today, 1),), 0))
    planned_case = pw.fn.SUM(pw.Case(None, ((StudySession.day > today, 1),), 0))
    type_sessions = _where(StudySession.select(StudySession.type, held_case, planned_case),
                           *_session_conditions(since, until),
                           _session_in_unit(unit_obj) if unit_obj else None).group_by(StudySession.type)
    counts = {t: (int(h or 0), int(p or 0)) for t, h, p in type_sessions.tuples()}

    def mine(unit_name: str) -> bool:
        return unit_obj is None or unit_name == unit_obj.name

    per_status: dict[str, int] = {}
    attended_by_type: dict[int, int] = {}
    for (type_id, unit_name, status), n in base.attendance.items():
        if mine(unit_name):
            per_status[status] = per_status.get(status, 0) + n
            if status in (PRESENT, LATE):
                attended_by_type[type_id] = attended_by_type.get(type_id, 0) + n
    types = []
    for type_id, name in StudyType.select(StudyType.id, StudyType.name).order_by(StudyType.sort_order,
                                                                                StudyType.id).tuples():
        held, planned = counts.get(type_id, (0, 0))
        if held or planned:
            types.append(TypeCount(type_id, name, held, planned, attended_by_type.get(type_id, 0)))
    by_kind: dict[str, int] = {kind: 0 for kind in MAKEUP_KINDS}
    total = n_done = n_overdue = 0
    for (unit_name, kind), (n, k_done, k_overdue) in base.makeup.items():
        if mine(unit_name):
            by_kind[kind] = by_kind.get(kind, 0) + n
            total, n_done, n_overdue = total + n, n_done + k_done, n_overdue + k_overdue
    return StudyFigures(
        types=types, held=sum(h for h, _p in counts.values()), planned=sum(p for _h, p in counts.values()),
        expected=sum(per_status.values()), present=per_status.get(PRESENT, 0), late=per_status.get(LATE, 0),
        leave=per_status.get(LEAVE, 0), absent=per_status.get(ABSENT, 0), unmarked=per_status.get("", 0),
        reflections=sum(n for (_t, u), n in base.reflections.items() if mine(u)),
        makeup_total=total, makeup_done=n_done, makeup_overdue=n_overdue, makeup_by_kind=by_kind)



# ---------------------------------------------------------------- talks

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
    expected: int  # anyone on any round's list
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


def _talk_range(since, until) -> list:
    return [Talk.deleted_at.is_null(), _day_range(Talk.talk_date, since, until)]


def talk_base(since, until, today: dt.date) -> TalkBase:
    """Talk counts per round and unit for the range: what `talk_figures` and `unit_rows` are made from."""
    talk_range = _talk_range(since, until)
    talks = dict(_where(Talk.select(Talk.round, pw.fn.COUNT(Talk.id)), *talk_range).group_by(Talk.round).tuples())
    # Who was talked with in which round, and how often: the one pass over every person talked with
    # (人次), sorted once. Everything per round and unit is counted from these pairs in the same statement.
    pairs = (_where(TalkParticipant.select(Talk.round.alias("round_id"), TalkParticipant.officer.alias("officer_id"),
                                           pw.fn.COUNT(pw.SQL("*")).alias("n"))
                    .join(Talk, on=(TalkParticipant.talk == Talk.id)), *talk_range)
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
    listed = RoundExpected.select(RoundExpected.officer)
    campaign = Officer.select(Officer.unit, pw.fn.COUNT(Officer.id)).where(
        Officer.deleted_at.is_null(), Officer.id.in_(listed)).group_by(Officer.unit)
    # Each listed officer's first talk is enough: an EXISTS stops there.
    talked_at_all = pw.fn.EXISTS(_where(
        TalkParticipant.select(pw.SQL("1")).join(Talk, on=(TalkParticipant.talk == Talk.id))
        .where(TalkParticipant.officer == Officer.id), *talk_range))
    campaign_expected = dict(campaign.tuples())
    campaign_talked = dict(campaign.where(talked_at_all).tuples())
    expected = {(r, u): n for r, u, n in
                RoundExpected.select(RoundExpected.round, Officer.unit, pw.fn.COUNT(RoundExpected.id))
                .join(Officer, on=(RoundExpected.officer == Officer.id)).where(Officer.deleted_at.is_null())
                .group_by(RoundExpected.round, Officer.unit).tuples()}
    # Few follow-up items, many talks: look each item's talk up rather than scan the talks.
    alive_talk = pw.fn.EXISTS(_where(Talk.select(pw.SQL("1")).where(Talk.id == FollowUp.talk), *talk_range))
    follow_ups = (FollowUp.select(pw.fn.COUNT(FollowUp.id),
                                  pw.fn.SUM(pw.Case(None, ((FollowUp.due_date < today, 1),), 0)))
                  .where(FollowUp.done_date.is_null(), alive_talk).tuples().get())
    return TalkBase(talks=talks, person_times=person_times, expected=expected, talked=talked,
                     campaign_expected=campaign_expected, campaign_talked=campaign_talked,
                     follow_ups=(follow_ups[0] or 0, int(follow_ups[1] or 0)))


def talk_figures(since: dt.date | None = None, until: dt.date | None = None, unit: int | None = None, *,
                 today: dt.date | None = None, base: TalkBase | None = None) -> TalkFigures:
    today = _today(today)
    base = base or talk_base(since, until, today)
    talks, follow_ups = base.talks, base.follow_ups
    if unit is not None:  # talks with someone of the unit, and their follow-up items
        of_unit = _where(Talk.select(Talk.id), *_talk_range(since, until), Talk.id.in_(
            TalkParticipant.select(TalkParticipant.talk).join(Officer, on=(TalkParticipant.officer == Officer.id))
            .where(Officer.unit == unit)))
        talks = dict(of_unit.select(Talk.round, pw.fn.COUNT(Talk.id)).group_by(Talk.round).tuples())
        with_unit = pw.fn.EXISTS(_where(  # few follow-up items: look at each one's talk
            TalkParticipant.select(pw.SQL("1")).join(Talk, on=(TalkParticipant.talk == Talk.id))
            .join(Officer, on=(TalkParticipant.officer == Officer.id))
            .where(TalkParticipant.talk == FollowUp.talk, Officer.unit == unit), *_talk_range(since, until)))
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



# ---------------------------------------------------------------- feedback

@dataclass(frozen=True)
class FeedbackFigures:
    collected: int  # 梳理汇总的意见建议 (merged duplicates not counted again)
    merged: int  # duplicates merged into another item
    per_status: dict  # status → count, every status listed
    overdue: int  # deadline passed, not closed
    due_soon: int  # deadline within 7 days, not closed
    major: int  # in one of the 六大顽瘴痼疾 categories
    events: int  # collection events (座谈会, 走访 …)
    symposiums: int  # of which 座谈会
    participants: int  # people taking part in the events (人次)
    visit_participants: int  # of which at 走访
    reviewed_files: int  # 卷宗 read
    per_channel: dict  # 来源 → items

    @property
    def closed(self) -> int:
        return self.per_status.get(CLOSED, 0)

    @property
    def rejected(self) -> int:
        return self.per_status.get(REJECTED, 0)

    @property
    def open(self) -> int:
        return sum(self.per_status.get(s, 0) for s in OPEN_STATUSES)

    @property
    def assigned(self) -> int:
        return sum(self.per_status.get(s, 0) for s in ASSIGNED_STATUSES)

    @property
    def closed_rate(self) -> float | None:
        return rate(self.closed, self.collected)


def _suggestion_conditions(since, until, unit):
    return [Suggestion.deleted_at.is_null(), _day_range(Suggestion.collected_on, since, until),
            (Suggestion.unit == unit) if unit is not None else None]


def _overdue_condition(today: dt.date):
    return Suggestion.status.in_(OPEN_STATUSES) & (Suggestion.deadline < today)


def feedback_figures(since: dt.date | None = None, until: dt.date | None = None, unit: int | None = None, *,
                     today: dt.date | None = None) -> FeedbackFigures:
    today = _today(today)
    conditions = _suggestion_conditions(since, until, unit)
    majors = FeedbackCategory.select(FeedbackCategory.name).where(FeedbackCategory.major)
    overdue = pw.fn.SUM(pw.Case(None, ((_overdue_condition(today), 1),), 0))
    soon = pw.fn.SUM(pw.Case(None, ((Suggestion.status.in_(OPEN_STATUSES) & (Suggestion.deadline >= today)
                                     & (Suggestion.deadline <= today + dt.timedelta(days=DUE_SOON_DAYS)), 1),), 0))
    major = pw.fn.SUM(pw.Case(None, ((Suggestion.category.in_(majors), 1),), 0))
    per_status = {s: 0 for s in FEEDBACK_STATUSES}
    n_overdue = n_soon = n_major = 0
    consolidated = _where(Suggestion.select(Suggestion.status, pw.fn.COUNT(Suggestion.id), overdue, soon, major),
                          *conditions, Suggestion.merged_into.is_null()).group_by(Suggestion.status)
    for status, n, k_overdue, k_soon, k_major in consolidated.tuples():
        per_status[status] = per_status.get(status, 0) + n
        n_overdue += int(k_overdue or 0)
        n_soon += int(k_soon or 0)
        n_major += int(k_major or 0)
    merged = _where(Suggestion.select(pw.fn.COUNT(Suggestion.id)), *conditions,
                    Suggestion.merged_into.is_null(False)).scalar() or 0
    per_channel = dict(_where(Suggestion.select(Suggestion.channel, pw.fn.COUNT(Suggestion.id)), *conditions,
                              Suggestion.merged_into.is_null()).group_by(Suggestion.channel)
                       .order_by(pw.fn.COUNT(Suggestion.id).desc()).tuples())
    event_conditions = [FeedbackEvent.deleted_at.is_null(), _day_range(FeedbackEvent.held_on, since, until),
                        (FeedbackEvent.organiser == unit) if unit is not None else None]
    events = _where(FeedbackEvent.select(pw.fn.COUNT(FeedbackEvent.id),
                                         pw.fn.SUM(pw.Case(None, ((FeedbackEvent.kind == "座谈会", 1),), 0)),
                                         pw.fn.SUM(FeedbackEvent.reviewed_files)), *event_conditions).tuples().get()
    people = _where(EventParticipant.select(pw.fn.SUM(EventParticipant.count),
                                            pw.fn.SUM(pw.Case(None, ((FeedbackEvent.kind == "走访",
                                                                      EventParticipant.count),), 0)))
                    .join(FeedbackEvent, on=(EventParticipant.event == FeedbackEvent.id)),
                    *event_conditions, EventParticipant.category.in_(PARTICIPANT_CATEGORIES)).tuples().get()
    return FeedbackFigures(
        collected=sum(per_status.values()), merged=merged, per_status=per_status, overdue=n_overdue,
        due_soon=n_soon, major=n_major, events=events[0] or 0, symposiums=int(events[1] or 0),
        participants=int(people[0] or 0), visit_participants=int(people[1] or 0),
        reviewed_files=int(events[2] or 0), per_channel={k or "其他": v for k, v in per_channel.items()})


# ---------------------------------------------------------------- pledges

@dataclass(frozen=True)
class TemplatePledges:
    template_id: int
    key: str
    name: str
    audience: str  # officer / leader
    issued: int
    signed: int
    archived: int

    @property
    def not_signed(self) -> int:
        return max(0, self.issued - self.signed)

    @property
    def rate(self) -> float | None:
        return rate(self.signed, self.issued)


@dataclass(frozen=True)
class PledgeFigures:
    templates: list  # TemplatePledges in template order (templates with nothing issued left out)

    @property
    def issued(self) -> int:
        return sum(t.issued for t in self.templates)

    @property
    def signed(self) -> int:
        return sum(t.signed for t in self.templates)

    @property
    def not_signed(self) -> int:
        return sum(t.not_signed for t in self.templates)


def _signed_day():
    return pw.fn.COALESCE(Pledge.signed_on, pw.fn.DATE(Pledge.signed_at))


def _pledge_conditions(since, until, unit_obj: Unit | None):
    """Current pledges issued by the end of the range (of the unit's officers when one is chosen)."""
    conditions = [Pledge.replaced_at.is_null()]
    if until is not None:
        conditions.append(Pledge.issued_at < dt.datetime.combine(until + dt.timedelta(days=1), dt.time()))
    if unit_obj is not None:
        conditions.append((Pledge.unit == unit_obj.name) & (Pledge.signer_kind != LEADER))
    return conditions


def _signed_condition(since, until):
    condition = Pledge.status.in_(PLEDGE_DONE)
    if since is not None:
        condition &= _signed_day() >= since.isoformat()
    if until is not None:
        condition &= _signed_day() <= until.isoformat()
    return condition


def pledge_figures(since: dt.date | None = None, until: dt.date | None = None,
                   unit: int | None = None) -> PledgeFigures:
    conditions = _pledge_conditions(since, until, _unit(unit))
    signed = pw.fn.SUM(pw.Case(None, ((_signed_condition(since, until), 1),), 0))
    archived = pw.fn.SUM(pw.Case(None, ((_signed_condition(since, until) & (Pledge.status == ARCHIVED), 1),), 0))
    found = {tid: (n, int(s or 0), int(a or 0)) for tid, n, s, a in
             _where(Pledge.select(Pledge.template, pw.fn.COUNT(Pledge.id), signed, archived), *conditions)
             .group_by(Pledge.template).tuples()}
    templates = []
    for tid, key, name, audience in (PledgeTemplate.select(PledgeTemplate.id, PledgeTemplate.key, PledgeTemplate.name,
                                                           PledgeTemplate.audience)
                                     .order_by(PledgeTemplate.sort_order, PledgeTemplate.id).tuples()):
        if tid in found:
            issued, n_signed, n_archived = found[tid]
            templates.append(TemplatePledges(tid, key, name, audience, issued, n_signed, n_archived))
    return PledgeFigures(templates)


# ---------------------------------------------------------------- per unit

@dataclass(frozen=True)
class UnitRow:
    unit_id: int | None  # None for the 合计 line
    name: str
    short_name: str
    officers: int  # 在岗在编
    expected: int  # 应到人次 at study sessions
    attended: int
    marked: int
    reflections: int
    makeup_open: int
    talk_expected: int
    talked: int
    person_times: int
    suggestions: int  # consolidated items this unit is responsible for
    assigned: int
    closed: int
    overdue: int
    pledges_issued: int  # officers' pledges (every template)
    pledges_signed: int

    @property
    def label(self) -> str:
        return self.short_name or self.name

    @property
    def attendance_rate(self) -> float | None:
        return rate(self.attended, self.marked)

    @property
    def talk_rate(self) -> float | None:
        return rate(self.talked, self.talk_expected)

    @property
    def coverage_text(self) -> str:
        return coverage_text(self.talked, self.talk_expected)

    @property
    def closed_rate(self) -> float | None:
        return rate(self.closed, self.suggestions)

    @property
    def pledge_rate(self) -> float | None:
        return rate(self.pledges_signed, self.pledges_issued)


_UNIT_NUMBERS = ("officers", "expected", "attended", "marked", "reflections", "makeup_open", "talk_expected",
                 "talked", "person_times", "suggestions", "assigned", "closed", "overdue", "pledges_issued",
                 "pledges_signed")


def unit_rows(since: dt.date | None = None, until: dt.date | None = None, *, today: dt.date | None = None,
              study: StudyBase | None = None, talks: TalkBase | None = None) -> list[UnitRow]:
    """Every unit side by side, then a 合计 line (suggestions with no responsible unit count only there).
    `study`, `talks`: the counts already made for the same range (else they are made here)."""
    today = _today(today)
    study_counts = study or study_base(since, until, today)
    talk_counts = talks or talk_base(since, until, today)
    all_units = units()
    by_name = {name: uid for uid, name, _short in all_units}
    figures: dict[int | None, dict[str, int]] = {uid: dict.fromkeys(_UNIT_NUMBERS, 0) for uid, *_r in all_units}
    figures[None] = dict.fromkeys(_UNIT_NUMBERS, 0)

    def put(key: str, unit_key, n, by_unit_name: bool = False) -> None:
        uid = by_name.get(unit_key) if by_unit_name else unit_key
        # A unit renamed since a list was locked, or no unit at all: counted in the total only.
        figures[uid if uid in figures else None][key] += int(n or 0)

    for unit_id, n in (Officer.select(Officer.unit, pw.fn.COUNT(Officer.id))
                       .where(Officer.deleted_at.is_null(), Officer.counts_in_campaign, Officer.status == "在岗")
                       .group_by(Officer.unit).tuples()):
        put("officers", unit_id, n)
    for (_type, unit_name, status), n in study_counts.attendance.items():
        put("expected", unit_name, n, True)
        if status:
            put("marked", unit_name, n, True)
        if status in (PRESENT, LATE):
            put("attended", unit_name, n, True)
    for (_type, unit_name), n in study_counts.reflections.items():
        put("reflections", unit_name, n, True)
    for (unit_name, _kind), (n, n_done, _overdue) in study_counts.makeup.items():
        put("makeup_open", unit_name, n - n_done, True)
    for unit_id, n in talk_counts.campaign_expected.items():
        put("talk_expected", unit_id, n)
    for unit_id, n in talk_counts.campaign_talked.items():
        put("talked", unit_id, n)
    for (_round, unit_id), n in talk_counts.person_times.items():
        put("person_times", unit_id, n)

    conditions = _suggestion_conditions(since, until, None) + [Suggestion.merged_into.is_null()]
    for unit_id, n, assigned, closed, overdue in _where(Suggestion.select(
            Suggestion.unit, pw.fn.COUNT(Suggestion.id),
            pw.fn.SUM(pw.Case(None, ((Suggestion.status.in_(ASSIGNED_STATUSES), 1),), 0)),
            pw.fn.SUM(pw.Case(None, ((Suggestion.status == CLOSED, 1),), 0)),
            pw.fn.SUM(pw.Case(None, ((_overdue_condition(today), 1),), 0))), *conditions
    ).group_by(Suggestion.unit).tuples():
        for key, value in (("suggestions", n), ("assigned", assigned), ("closed", closed), ("overdue", overdue)):
            put(key, unit_id, value)

    signed = pw.fn.SUM(pw.Case(None, ((_signed_condition(since, until), 1),), 0))
    for unit_name, issued, n_signed in _where(Pledge.select(Pledge.unit, pw.fn.COUNT(Pledge.id), signed),
                                              *_pledge_conditions(since, until, None),
                                              Pledge.signer_kind != LEADER).group_by(Pledge.unit).tuples():
        put("pledges_issued", unit_name, issued, True)
        put("pledges_signed", unit_name, n_signed, True)

    rows = [UnitRow(uid, name, short, **figures[uid]) for uid, name, short in all_units]
    totals = {key: sum(f[key] for f in figures.values()) for key in _UNIT_NUMBERS}
    rows.append(UnitRow(None, "合计", "合计", **totals))
    return rows



# ---------------------------------------------------------------- everything at once

@dataclass(frozen=True)
class Overview:
    since: dt.date | None
    until: dt.date | None
    unit: int | None
    today: dt.date
    officers: OfficerFigures
    study: StudyFigures
    talks: TalkFigures
    feedback: FeedbackFigures
    pledges: PledgeFigures
    units: list = field(default_factory=list)  # UnitRow, all units (the comparison ignores `unit`)
    round_units: dict = field(default_factory=dict)  # (round id, unit id) → (应谈, 已谈, 人次)

    def round_unit_rate(self, round_id: int, unit_id: int) -> float | None:
        expected, talked, _n = self.round_units.get((round_id, unit_id), (0, 0, 0))
        return rate(talked, expected)


def overview(since: dt.date | None = None, until: dt.date | None = None, unit: int | None = None, *,
             today: dt.date | None = None, with_units: bool = True, study: StudyBase | None = None,
             talks: TalkBase | None = None) -> Overview:
    """Every figure group for the range and unit. `study`, `talks`: counts made earlier for the same range
    and day (`study_base`, `talk_base`), reused when their data has not changed since — the two groups that
    read a row per person expected or talked with; the others are cheap."""
    check_range(since, until)
    today = _today(today)
    study = study or study_base(since, until, today)
    talks = talks or talk_base(since, until, today)
    return Overview(
        since=since, until=until, unit=unit, today=today,
        officers=officer_figures(since, until, unit),
        study=study_figures(since, until, unit, today=today, base=study),
        talks=talk_figures(since, until, unit, today=today, base=talks),
        feedback=feedback_figures(since, until, unit, today=today),
        pledges=pledge_figures(since, until, unit),
        units=unit_rows(since, until, today=today, study=study, talks=talks) if with_units else [],
        round_units={key: (talks.expected.get(key, 0), talks.talked.get(key, 0), talks.person_times.get(key, 0))
                     for key in set(talks.expected) | set(talks.person_times)})


# ---------------------------------------------------------------- the rows behind a figure

@dataclass(frozen=True)
class Listing:
    """What a figure counts, one row per counted item. `officer_ids[i]` names row i's officer (or None),
    so a row can open that officer's 一人一档. `tab` / `tab_filter` say where the feature shows these rows."""

    title: str
    headers: tuple
    rows: list
    officer_ids: list = field(default_factory=list)
    tab: str = ""  # study / talks / feedback / roster / pledges
    tab_filter: dict = field(default_factory=dict)

    def __len__(self) -> int:
        return len(self.rows)


def _unit_suffix(unit_obj: Unit | None) -> str:
    return f"（{unit_obj.short_name or unit_obj.name}）" if unit_obj else ""


def listing_officers(since=None, until=None, unit: int | None = None) -> Listing:
    unit_obj = _unit(unit)
    query = (Officer.select(Officer.id, Officer.name, Unit.short_name, Unit.name, Department.name.alias("dept"),
                            Officer.post, Officer.leadership, Officer.category)
             .join(Unit, on=(Officer.unit == Unit.id))
             .join(Department, pw.JOIN.LEFT_OUTER, on=(Officer.department == Department.id))
             .where(Officer.deleted_at.is_null(), Officer.counts_in_campaign, Officer.status == "在岗"))
    if unit_obj:
        query = query.where(Officer.unit == unit_obj.id)
    query = query.order_by(Unit.sort_order, Unit.id, Department.sort_order.asc(nulls="first"), Officer.id)
    rows, ids = [], []
    for oid, name, short, unit_name, dept, post, leadership, category in query.tuples():
        rows.append((name, short or unit_name, dept or "", post, leadership, category))
        ids.append(oid)
    return Listing(f"在岗在编干警{_unit_suffix(unit_obj)}", ("姓名", "单位", "部门", "职务", "班子", "人员类别"),
                   rows, ids, tab="roster")


def listing_sessions(since=None, until=None, unit: int | None = None, *, type_id: int | None = None,
                     held: bool | None = True, today: dt.date | None = None) -> Listing:
    """Sessions (of one type) in the range: held (default), planned (held=False) or both (None)."""
    today = _today(today)
    unit_obj = _unit(unit)
    attended = pw.fn.SUM(pw.Case(None, ((Attendee.status.in_((PRESENT, LATE)), 1),), 0))
    marked = pw.fn.SUM(pw.Case(None, ((Attendee.status != "", 1),), 0))
    missed = pw.fn.SUM(pw.Case(None, ((Attendee.status.in_((LEAVE, ABSENT)), 1),), 0))
    join_on = (Attendee.session == StudySession.id)
    if unit_obj:
        join_on &= (Attendee.unit_name == unit_obj.name)
    query = _where(StudySession.select(StudySession.id, StudySession.day, StudyType.name, StudySession.title,
                                       StudySession.place, pw.fn.COUNT(Attendee.id), attended, missed, marked)
                   .join(StudyType, on=(StudySession.type == StudyType.id))
                   .join(Attendee, pw.JOIN.LEFT_OUTER, on=join_on),
                   *_session_conditions(since, until),
                   (StudySession.type == type_id) if type_id is not None else None,
                   _session_in_unit(unit_obj) if unit_obj else None,
                   None if held is None else ((StudySession.day <= today) if held else (StudySession.day > today)))
    query = query.group_by(StudySession.id).order_by(StudySession.day, StudySession.id)
    rows = []
    for _sid, day, type_name, title, place, expected, n_att, n_missed, n_marked in query.tuples():
        rows.append((day, type_name, title, place, expected, int(n_att or 0), int(n_missed or 0),
                     percent(rate(int(n_att or 0), int(n_marked or 0)))))
    type_name = StudyType.get_or_none(StudyType.id == type_id).name if type_id is not None else ""
    what = {True: "已举办的", False: "计划中的", None: ""}[held]
    return Listing(f"{what}学习活动{('：' + type_name) if type_name else ''}{_unit_suffix(unit_obj)}",
                   ("日期", "类型", "名称", "地点", "应到", "实到", "请假/缺席", "出勤率"), rows, [None] * len(rows),
                   tab="study", tab_filter={"type": type_name})


def _attendee_listing_query(since, until, unit_obj, *columns):
    query = (Attendee.select(Attendee.officer, StudySession.day, StudySession.title, Attendee.name,
                             Attendee.unit_short, Attendee.unit_name, Attendee.department_name, *columns)
             .join(StudySession, on=(Attendee.session == StudySession.id)))
    return _where(query, *_session_conditions(since, until),
                  (Attendee.unit_name == unit_obj.name) if unit_obj else None)


def listing_missed(since=None, until=None, unit: int | None = None) -> Listing:
    """People on leave or absent (each becomes a make-up task)."""
    unit_obj = _unit(unit)
    query = (_attendee_listing_query(since, until, unit_obj, Attendee.status, Attendee.reason,
                                     MakeupTask.kind, MakeupTask.completed_on)
             .join(MakeupTask, pw.JOIN.LEFT_OUTER, on=(MakeupTask.attendee == Attendee.id), src=Attendee)
             .where(Attendee.status.in_((LEAVE, ABSENT)))
             .order_by(StudySession.day, Attendee.unit_order, Attendee.position))
    rows, ids = [], []
    for oid, day, title, name, short, unit_name, dept, status, reason, kind, completed in query.tuples():
        makeup = "" if kind is None else (f"{kind}：已完成" if completed else f"{kind}：未完成")
        rows.append((day, title, name, short or unit_name, dept, status, reason, makeup))
        ids.append(oid)
    return Listing(f"请假、缺席人员{_unit_suffix(unit_obj)}", ("日期", "学习活动", "姓名", "单位", "部门", "考勤", "原因", "补学"),
                   rows, ids, tab="study", tab_filter={"page": "makeup"})


MAKEUP_OPEN, MAKEUP_OVERDUE, MAKEUP_DONE = "open", "overdue", "done"


def listing_makeup(since=None, until=None, unit: int | None = None, *, state: str = MAKEUP_OPEN,
                   kind: str | None = None, today: dt.date | None = None) -> Listing:
    today = _today(today)
    unit_obj = _unit(unit)
    query = (_attendee_listing_query(since, until, unit_obj, Attendee.status, Attendee.reason, MakeupTask.kind,
                                     MakeupTask.deadline, MakeupTask.completed_on)
             .join(MakeupTask, on=(MakeupTask.attendee == Attendee.id), src=Attendee))
    condition = {MAKEUP_OPEN: MakeupTask.completed_on.is_null(),
                 MAKEUP_OVERDUE: MakeupTask.completed_on.is_null() & (MakeupTask.deadline < today),
                 MAKEUP_DONE: MakeupTask.completed_on.is_null(False)}[state]
    query = _where(query, condition, (MakeupTask.kind == kind) if kind else None)
    query = query.order_by(Attendee.unit_order, StudySession.day, Attendee.position)
    rows, ids = [], []
    for oid, day, title, name, short, unit_name, dept, status, reason, m_kind, deadline, completed in query.tuples():
        rows.append((name, short or unit_name, dept, day, title, f"{status}（{reason}）" if reason else status,
                     m_kind, deadline, completed))
        ids.append(oid)
    label = {MAKEUP_OPEN: "未完成的补学", MAKEUP_OVERDUE: "逾期未完成的补学", MAKEUP_DONE: "已完成的补学"}[state]
    return Listing(f"{label}{('：' + kind) if kind else ''}{_unit_suffix(unit_obj)}",
                   ("姓名", "单位", "部门", "日期", "学习活动", "考勤", "补学方式", "时限", "完成日期"), rows, ids,
                   tab="study", tab_filter={"page": "makeup"})


def listing_reflections(since=None, until=None, unit: int | None = None) -> Listing:
    unit_obj = _unit(unit)
    query = (_attendee_listing_query(since, until, unit_obj, Reflection.received_on, Reflection.word_count)
             .join(Reflection, on=(Reflection.attendee == Attendee.id), src=Attendee)
             .order_by(StudySession.day, Attendee.unit_order, Attendee.position))
    rows, ids = [], []
    for oid, day, title, name, short, unit_name, dept, received, words in query.tuples():
        rows.append((name, short or unit_name, dept, day, title, received, words if words is not None else ""))
        ids.append(oid)
    return Listing(f"学习心得体会{_unit_suffix(unit_obj)}", ("姓名", "单位", "部门", "活动日期", "学习活动", "提交日期", "字数"),
                   rows, ids, tab="study")


def listing_talks(since=None, until=None, unit: int | None = None, *, round_id: int | None = None) -> Listing:
    """One row per person talked with (人次), content never included."""
    unit_obj = _unit(unit)
    query = _where(TalkParticipant.select(TalkParticipant.officer, Talk.talk_date, TalkRound.name, Officer.name,
                                          Unit.short_name, Unit.name, Talk.talker_name, Talk.talker_post,
                                          Talk.talk_type, Talk.mode)
                   .join(Talk, on=(TalkParticipant.talk == Talk.id))
                   .join(TalkRound, on=(Talk.round == TalkRound.id))
                   .switch(TalkParticipant).join(Officer, on=(TalkParticipant.officer == Officer.id))
                   .join(Unit, on=(Officer.unit == Unit.id)),
                   Talk.deleted_at.is_null(), _day_range(Talk.talk_date, since, until),
                   (Talk.round == round_id) if round_id is not None else None,
                   (Officer.unit == unit_obj.id) if unit_obj else None)
    query = query.order_by(Talk.talk_date, Talk.id, TalkParticipant.id)
    rows, ids = [], []
    for oid, day, round_name, name, short, unit_name, talker, talker_post, talk_type, mode in query.tuples():
        rows.append((day, round_name, name, short or unit_name, talker, talker_post, talk_type, mode))
        ids.append(oid)
    round_name = TalkRound.get_or_none(TalkRound.id == round_id).name if round_id is not None else "全部轮次"
    return Listing(f"谈心谈话人次：{round_name}{_unit_suffix(unit_obj)}",
                   ("日期", "轮次", "谈话对象", "单位", "谈话人", "谈话人职务", "类型", "方式"), rows, ids,
                   tab="talks", tab_filter={"round_id": round_id, "unit_id": unit})


def listing_untalked(since=None, until=None, unit: int | None = None, *, round_id: int | None = None) -> Listing:
    """On the round's list (any round's when None) and not talked with in the range: 未谈名单."""
    unit_obj = _unit(unit)
    listed = RoundExpected.select(RoundExpected.officer)
    if round_id is not None:
        listed = listed.where(RoundExpected.round == round_id)
    talked = _where(TalkParticipant.select(TalkParticipant.officer).join(Talk, on=(TalkParticipant.talk == Talk.id)),
                    Talk.deleted_at.is_null(), _day_range(Talk.talk_date, since, until),
                    (Talk.round == round_id) if round_id is not None else None)
    query = (Officer.select(Officer.id, Officer.name, Unit.short_name, Unit.name, Department.name.alias("dept"),
                            Officer.post, Officer.status)
             .join(Unit, on=(Officer.unit == Unit.id))
             .join(Department, pw.JOIN.LEFT_OUTER, on=(Officer.department == Department.id))
             .where(Officer.deleted_at.is_null(), Officer.id.in_(listed), Officer.id.not_in(talked)))
    if unit_obj:
        query = query.where(Officer.unit == unit_obj.id)
    query = query.order_by(Unit.sort_order, Unit.id, Department.sort_order.asc(nulls="first"), Officer.id)
    rows, ids = [], []
    for oid, name, short, unit_name, dept, post, status in query.tuples():
        rows.append((name, short or unit_name, dept or "", post, status))
        ids.append(oid)
    round_name = TalkRound.get_or_none(TalkRound.id == round_id).name if round_id is not None else "全部轮次"
    return Listing(f"未谈名单：{round_name}{_unit_suffix(unit_obj)}", ("姓名", "单位", "部门", "职务", "在岗状态"),
                   rows, ids, tab="talks", tab_filter={"round_id": round_id, "unit_id": unit, "page": "untalked"})


# Which suggestions a feedback figure counts.
SUGGESTIONS_ALL, SUGGESTIONS_OVERDUE, SUGGESTIONS_OPEN, SUGGESTIONS_MAJOR, SUGGESTIONS_ASSIGNED = (
    "all", "overdue", "open", "major", "assigned")


def listing_suggestions(since=None, until=None, unit: int | None = None, *, status: str = SUGGESTIONS_ALL,
                        unit_key: int | None | str = "", today: dt.date | None = None) -> Listing:
    """`status`: one of the statuses, or all / overdue / open / major / assigned.
    `unit_key` None: the items with no responsible unit yet (the unit table's 合计 remainder)."""
    today = _today(today)
    unit_obj = _unit(unit)
    conditions = _suggestion_conditions(since, until, unit) + [Suggestion.merged_into.is_null()]
    if unit_key is None:
        conditions.append(Suggestion.unit.is_null())
    special = {
        SUGGESTIONS_ALL: None,
        SUGGESTIONS_OVERDUE: _overdue_condition(today),
        SUGGESTIONS_OPEN: Suggestion.status.in_(OPEN_STATUSES),
        SUGGESTIONS_MAJOR: Suggestion.category.in_(FeedbackCategory.select(FeedbackCategory.name)
                                                   .where(FeedbackCategory.major)),
        SUGGESTIONS_ASSIGNED: Suggestion.status.in_(ASSIGNED_STATUSES),
    }
    condition = special[status] if status in special else (Suggestion.status == status)
    query = _where(Suggestion.select(Suggestion.code, Suggestion.collected_on, Suggestion.channel,
                                     Suggestion.content, Suggestion.category, Unit.short_name, Unit.name,
                                     Suggestion.person, Suggestion.deadline, Suggestion.status)
                   .join(Unit, pw.JOIN.LEFT_OUTER, on=(Suggestion.unit == Unit.id)), *conditions, condition)
    query = query.order_by(Suggestion.collected_on, Suggestion.code)
    rows = []
    for code, collected, channel, content, category, short, unit_name, person, deadline, st in query.tuples():
        late = ""
        if deadline is not None and st in OPEN_STATUSES and deadline < today:
            late = f"已逾期{(today - deadline).days}天"
        rows.append((code, collected, channel, content, category or "未分类", short or unit_name or NO_UNIT, person,
                     deadline, st, late))
    label = {SUGGESTIONS_ALL: "意见建议", SUGGESTIONS_OVERDUE: "逾期未销号的意见建议",
             SUGGESTIONS_OPEN: "办理中的意见建议", SUGGESTIONS_MAJOR: "涉及“六大顽瘴痼疾”的意见建议",
             SUGGESTIONS_ASSIGNED: "已交办的意见建议"}.get(status, f"意见建议：{status}")
    tab_filter = {"unit": unit_obj.name if unit_obj else ""}
    if status == SUGGESTIONS_OVERDUE:
        tab_filter["due"] = "overdue"
    elif status == SUGGESTIONS_OPEN:
        tab_filter["status"] = "open"
    elif status in FEEDBACK_STATUSES:
        tab_filter["status"] = status
    return Listing(f"{label}{_unit_suffix(unit_obj)}",
                   ("编号", "收集日期", "来源", "内容", "类别", "责任单位", "责任人", "时限", "状态", "逾期"),
                   rows, [None] * len(rows), tab="feedback", tab_filter=tab_filter)


def listing_pledges(since=None, until=None, unit: int | None = None, *, template_id: int | None = None,
                    signed: bool | None = None) -> Listing:
    """Pledges issued by the end of the range: signed in it (signed=True), not signed (False) or all (None)."""
    unit_obj = _unit(unit)
    done = _signed_condition(since, until)
    query = _where(Pledge.select(Pledge.officer, PledgeTemplate.name, Pledge.name, Pledge.unit, Pledge.department,
                                 Pledge.post, Pledge.status, _signed_day())
                   .join(PledgeTemplate, on=(Pledge.template == PledgeTemplate.id)),
                   *_pledge_conditions(since, until, unit_obj),
                   (Pledge.template == template_id) if template_id is not None else None,
                   None if signed is None else (done if signed else ~done))
    query = query.order_by(PledgeTemplate.sort_order, Pledge.unit_order, Pledge.department_order, Pledge.id)
    rows, ids = [], []
    for oid, template_name, name, unit_name, dept, post, status, signed_day in query.tuples():
        if isinstance(signed_day, str):  # DATE(signed_at) comes back as text
            signed_day = dt.date.fromisoformat(signed_day[:10])
        rows.append((template_name, name, unit_name, dept, post, status, signed_day))
        ids.append(oid)
    name = PledgeTemplate.get_or_none(PledgeTemplate.id == template_id).name if template_id is not None else "承诺书"
    what = {True: "已签署的", False: "未签署的", None: ""}[signed]
    return Listing(f"{what}{name}{_unit_suffix(unit_obj)}", ("承诺书", "姓名", "单位", "部门", "职务", "状态", "签署日期"),
                   rows, ids, tab="pledges")
