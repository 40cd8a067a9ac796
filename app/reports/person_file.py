"""一人一档: one officer's whole record of the campaign on one page.

Roster facts (the ID number masked unless asked and allowed, and then the birth date cut to its year: the
masked number and the full date together would be the whole number), every study session the officer was
expected at (attended or missed, with the make-up study owed and the reflection handed in), the talks
they were talked with in (dates, talker, type; the content only when asked and `can(TALK_CONTENT)`),
their pledges and status, and the suggestions linked to them: those naming them as 责任人 or 责任领导
(in their unit), those they raised as a 政法干警, and those that came from their talks; and, only when asked
with the 问题线索 permission (access.CLUES), their 个人自查事项 (category, text, where the three reviews stand and
the outcome). Without it the file holds nothing of them, not even how many there are: that an officer
disclosed a problem is itself confidential.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import peewee as pw

from app.safety import access
from app.common import idcard
from app.errors import NotFound
from app.feedback.models import OPEN_STATUSES, Suggestion
from app.pledges.models import ARCHIVED, SIGNED, Pledge, PledgeTemplate
from app.rectify._common import require_clue_access
from app.rectify.self_checks import officer_items
from app.roster.models import Department, Officer, Unit
from app.study.figures import AttendanceCounts
from app.study.models import Attendee, MakeupTask, Reflection, StudySession, StudyType
from app.talks.models import Talk, TalkParticipant, TalkRound

OFFICER_SUBMITTER = "政法干警"


@dataclass(frozen=True)
class SessionLine:
    session_id: int
    day: dt.date
    type_name: str
    title: str
    status: str  # 出席 / 迟到 / 请假 / 缺席 / "" (not marked yet)
    reason: str
    makeup_kind: str  # "" when no make-up study is owed
    makeup_deadline: dt.date | None
    makeup_done: dt.date | None
    reflection_on: dt.date | None
    score: float | None

    @property
    def attended(self) -> bool:
        return attendance([self]).attended == 1

    @property
    def makeup_text(self) -> str:
        if not self.makeup_kind:
            return ""
        if self.makeup_done:
            return f"{self.makeup_kind}，{self.makeup_done:%Y-%m-%d}完成"
        if self.makeup_deadline:
            return f"{self.makeup_kind}，时限{self.makeup_deadline:%Y-%m-%d}，未完成"
        return f"{self.makeup_kind}，未完成"


def attendance(sessions) -> AttendanceCounts:
    """The attendance rule (出勤 = 出席 + 迟到, over those marked) over these sessions' marks."""
    counts = AttendanceCounts()
    for line in sessions:
        counts.add_status(line.status)
    return counts


@dataclass(frozen=True)
class TalkLine:
    talk_id: int
    day: dt.date
    round_name: str
    talker: str
    talker_post: str
    talk_type: str
    mode: str
    topic: str
    self_reported: bool
    content: str = ""  # filled only when asked and allowed
    problems: str = ""
    suggestions: str = ""


@dataclass(frozen=True)
class PledgeLine:
    template_name: str
    status: str
    issued_at: dt.datetime
    signed_on: dt.date | None

    @property
    def signed(self) -> bool:
        return self.status in (SIGNED, ARCHIVED)


@dataclass(frozen=True)
class SuggestionLine:
    code: str
    collected_on: dt.date
    content: str
    status: str
    role: str  # 责任人 / 责任领导 / 提出人 / 谈话中提出
    unit: str
    deadline: dt.date | None
    overdue: bool


@dataclass(frozen=True)
class SelfCheckLine:
    reported_on: dt.date
    category: str
    content: str  # confidential (the file holds these lines only with access.CLUES)
    disclosed: bool  # 主动说明
    stage: str
    outcome: str
    clue_code: str  # the clue it became (移交线索组)


@dataclass(frozen=True)
class PersonFile:
    officer_id: int
    name: str
    gender: str
    birth_date: dt.date | None  # None beside a masked number (see birth_shown)
    id_number: str  # masked unless the file was asked for with IDs and the user may see them
    ethnicity: str
    political_status: str
    unit: str
    department: str
    post: str
    rank: str
    category: str
    status: str
    leadership: str
    hire_date: dt.date | None
    phone: str
    counts_in_campaign: bool
    in_trash: bool
    sessions: list = field(default_factory=list)  # SessionLine, oldest first
    talks: list = field(default_factory=list)  # TalkLine, oldest first
    pledges: list = field(default_factory=list)  # PledgeLine
    suggestions: list = field(default_factory=list)  # SuggestionLine
    self_checks: list | None = None  # SelfCheckLine, oldest first; None: not asked for (or not allowed)
    with_content: bool = False
    today: dt.date = field(default_factory=dt.date.today)
    birth_shown: str = ""  # what the file shows: the full date, or only the year beside a masked number

    @property
    def birth_label(self) -> str:
        return "出生日期" if self.birth_date is not None or not self.birth_shown else "出生年份"

    # -- figures for the header line
    @property
    def attended(self) -> int:
        return attendance(self.sessions).attended

    @property
    def missed(self) -> list:
        """The sessions missed (请假 or 缺席)."""
        return [s for s in self.sessions if attendance([s]).missed]

    @property
    def held_sessions(self) -> list:
        return [s for s in self.sessions if s.day <= self.today]

    @property
    def makeup_open(self) -> int:
        return sum(1 for s in self.sessions if s.makeup_kind and not s.makeup_done)

    @property
    def reflections(self) -> int:
        return sum(1 for s in self.sessions if s.reflection_on)

    @property
    def pledges_signed(self) -> int:
        return sum(1 for p in self.pledges if p.signed)

    @property
    def confidential(self) -> bool:
        """Talk content or self-check items on it: printed as 内部资料."""
        return self.with_content or self.self_checks is not None

    @property
    def place(self) -> str:
        return "".join(x for x in (self.unit, self.department, self.post) if x)

    def summary(self) -> str:
        """学习活动应到N场、参加N场、请假缺席N场（补学未完成N场）；心得体会N篇；谈心谈话N次；承诺书已签N份/共N份；
        相关意见建议N条."""
        parts = [f"学习活动应到{attendance(self.sessions).marked}场、参加{self.attended}场"]
        if self.missed:
            parts.append(f"请假或缺席{len(self.missed)}场"
                         + (f"（补学未完成{self.makeup_open}场）" if self.makeup_open else "（均已补学）"))
        parts.append(f"心得体会{self.reflections}篇")
        parts.append(f"谈心谈话{len(self.talks)}次")
        parts.append(f"承诺书已签{self.pledges_signed}份/共{len(self.pledges)}份")
        parts.append(f"相关意见建议{len(self.suggestions)}条")
        if self.self_checks is not None:
            parts.append(f"个人自查事项{len(self.self_checks)}项")
        return "；".join(parts)


@dataclass(frozen=True)
class OfficerHit:
    officer_id: int
    name: str
    unit: str
    department: str
    post: str
    status: str

    @property
    def label(self) -> str:
        place = " ".join(x for x in (self.unit, self.department, self.post) if x)
        note = "" if self.status == "在岗" else f"（{self.status}）"
        return f"{self.name}　{place}{note}"


def search_officers(text: str, limit: int = 50) -> list[OfficerHit]:
    """Officers on the roster whose name contains `text` (all of them, in roster order, when empty)."""
    text = (text or "").strip()
    query = (Officer.select(Officer.id, Officer.name, Unit.short_name, Unit.name, Department.name.alias("dept"),
                            Officer.post, Officer.status)
             .join(Unit, on=(Officer.unit == Unit.id))
             .join(Department, pw.JOIN.LEFT_OUTER, on=(Officer.department == Department.id))
             .where(Officer.deleted_at.is_null()))
    if text:
        query = query.where(Officer.name.contains(text))
    query = query.order_by(Unit.sort_order, Unit.id, Department.sort_order.asc(nulls="first"), Officer.id)
    return [OfficerHit(oid, name, short or unit, dept or "", post, status)
            for oid, name, short, unit, dept, post, status in query.limit(limit).tuples()]


def person_file(officer_id: int, *, with_content: bool = False, with_id: bool = False,
                with_self_checks: bool = False, today: dt.date | None = None) -> PersonFile:
    """The officer's record. with_content: include what was said in the talks (requires TALK_CONTENT);
    with_id: the full ID number (requires ID_NUMBERS), else it is masked; with_self_checks: their 个人自查事项
    (requires CLUES, else ClueAccessDenied), else nothing of them."""
    if with_content:
        access.require(access.TALK_CONTENT)
    if with_self_checks:
        require_clue_access()
    if with_id:
        access.require(access.ID_NUMBERS)
    today = today or dt.date.today()
    row = (Officer.select(Officer, Unit.name.alias("unit_name"), Department.name.alias("dept"))
           .join(Unit, on=(Officer.unit == Unit.id))
           .join(Department, pw.JOIN.LEFT_OUTER, on=(Officer.department == Department.id))
           .where(Officer.id == officer_id).dicts().first())
    if row is None:
        raise NotFound("该人员已不在台账中（可能已被彻底删除），请刷新后再试。")

    sessions = []
    query = (Attendee.select(StudySession.id, StudySession.day, StudyType.name, StudySession.title, Attendee.status,
                             Attendee.reason, MakeupTask.kind, MakeupTask.deadline, MakeupTask.completed_on,
                             Reflection.received_on, Attendee.score)
             .join(StudySession, on=(Attendee.session == StudySession.id))
             .join(StudyType, on=(StudySession.type == StudyType.id))
             .switch(Attendee).join(MakeupTask, pw.JOIN.LEFT_OUTER, on=(MakeupTask.attendee == Attendee.id))
             .switch(Attendee).join(Reflection, pw.JOIN.LEFT_OUTER, on=(Reflection.attendee == Attendee.id))
             .where(Attendee.officer == officer_id, StudySession.deleted_at.is_null())
             .order_by(StudySession.day, StudySession.start_time, StudySession.id))
    for sid, day, type_name, title, status, reason, kind, deadline, done, received, score in query.tuples():
        sessions.append(SessionLine(sid, day, type_name, title, status, reason, kind or "", deadline, done,
                                    received, score))

    columns = [Talk.id, Talk.talk_date, TalkRound.name, Talk.talker_name, Talk.talker_post, Talk.talk_type,
               Talk.mode, Talk.topic, Talk.self_reported]
    if with_content:
        columns += [Talk.content, Talk.problems, Talk.suggestions]
    talk_query = (TalkParticipant.select(*columns)
                  .join(Talk, on=(TalkParticipant.talk == Talk.id))
                  .join(TalkRound, on=(Talk.round == TalkRound.id))
                  .where(TalkParticipant.officer == officer_id, Talk.deleted_at.is_null())
                  .order_by(Talk.talk_date, Talk.talk_time, Talk.id))
    talks = [TalkLine(*r[:8], bool(r[8]), *r[9:]) for r in talk_query.tuples()]
    # A talk's suggestion sent to the ledger is linked from either side (source_talk_id, feedback_item_id).
    linked_items = [i for (i,) in talk_query.select(Talk.feedback_item_id)
                    .where(Talk.feedback_item_id.is_null(False)).tuples()]

    pledges = [PledgeLine(name, status, issued, signed_on) for name, status, issued, signed_on in
               Pledge.select(PledgeTemplate.name, Pledge.status, Pledge.issued_at, Pledge.signed_on)
               .join(PledgeTemplate, on=(Pledge.template == PledgeTemplate.id))
               .where(Pledge.officer == officer_id, Pledge.replaced_at.is_null())
               .order_by(PledgeTemplate.sort_order, Pledge.id).tuples()]

    full_birth = with_id or not row["id_number"]  # nothing masked beside it that the full date would complete
    return PersonFile(
        officer_id=officer_id, name=row["name"], gender=row["gender"],
        birth_date=row["birth_date"] if full_birth else None,
        birth_shown=idcard.birth_shown(row["birth_date"], full=full_birth),
        id_number=(row["id_number"] or "") if with_id else idcard.mask(row["id_number"]),
        ethnicity=row["ethnicity"], political_status=row["political_status"], unit=row["unit_name"],
        department=row["dept"] or "", post=row["post"], rank=row["rank"], category=row["category"],
        status=row["status"], leadership=row["leadership"], hire_date=row["hire_date"], phone=row["phone"],
        counts_in_campaign=bool(row["counts_in_campaign"]), in_trash=row["deleted_at"] is not None,
        sessions=sessions, talks=talks, pledges=pledges,
        suggestions=_suggestions(row["name"], row["unit"], [t.talk_id for t in talks], linked_items, today),
        self_checks=_self_checks(officer_id) if with_self_checks else None,
        with_content=with_content, today=today)


def _self_checks(officer_id: int) -> list[SelfCheckLine]:
    """The officer's 个人自查事项 (officer_items asks for access.CLUES again), oldest first."""
    rows = sorted(officer_items(officer_id), key=lambda r: (r.reported_on, r.id))
    return [SelfCheckLine(r.reported_on, r.category, r.content, r.disclosed, r.stage, r.outcome, r.clue_code)
            for r in rows]


def _suggestions(name: str, unit_id: int, talk_ids: list[int], linked_items: list[int], today: dt.date) -> list:
    """Suggestions that name the officer as 责任人/责任领导 (their unit's, or not yet assigned to a unit),
    that they raised as a 政法干警, or that came from one of their talks. Names can repeat across the
    roster, so a name counts only inside the officer's own unit."""
    own_unit = Suggestion.unit.is_null() | (Suggestion.unit == unit_id)
    as_person = (Suggestion.person == name) & own_unit
    as_leader = (Suggestion.leader == name) & own_unit
    as_submitter = (Suggestion.submitter_name == name) & (Suggestion.submitter_category == OFFICER_SUBMITTER)
    condition = as_person | as_leader | as_submitter
    if talk_ids:
        condition |= Suggestion.source_talk_id.in_(talk_ids)
    if linked_items:
        condition |= Suggestion.id.in_(linked_items)
    lines = []
    query = (Suggestion.select(Suggestion.id, Suggestion.code, Suggestion.collected_on, Suggestion.content, Suggestion.status,
                               Suggestion.person, Suggestion.leader, Suggestion.submitter_name,
                               Suggestion.submitter_category, Suggestion.source_talk_id, Suggestion.unit,
                               Unit.short_name, Unit.name, Suggestion.deadline)
             .join(Unit, pw.JOIN.LEFT_OUTER, on=(Suggestion.unit == Unit.id))
             .where(Suggestion.deleted_at.is_null(), Suggestion.merged_into.is_null(), condition)
             .order_by(Suggestion.collected_on, Suggestion.code))
    talk_set, linked = set(talk_ids), set(linked_items)
    for (suggestion_id, code, collected, content, status, person, leader, submitter, category, talk_id, s_unit, short, unit_name,
         deadline) in query.tuples():
        in_unit = s_unit is None or s_unit == unit_id
        roles = []
        if person == name and in_unit:
            roles.append("责任人")
        if leader == name and in_unit:
            roles.append("责任领导")
        if submitter == name and category == OFFICER_SUBMITTER:
            roles.append("提出人")
        if talk_id in talk_set or suggestion_id in linked:
            roles.append("谈话中提出")
        overdue = deadline is not None and status in OPEN_STATUSES and deadline < today
        lines.append(SuggestionLine(code, collected, content, status, "、".join(roles), short or unit_name or "",
                                    deadline, overdue))
    return lines
