"""The rows behind each figure of the overview (`Listing`), so a click on any figure shows exactly what it
counts, one row per counted item: officers, sessions, people who missed a session, make-up study,
reflections, talks (人次, never their content), the 未谈名单, suggestions and pledges.

A listing also says which feature tab keeps those rows (`tab`) and the criteria that tab's
`show_rows(**criteria)` takes to show them (`tab_filter`; only the criteria that narrow anything).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import peewee as pw

from app.common.figures import percent
from app.feedback.models import OPEN_STATUSES, FeedbackCategory, Suggestion
from app.feedback.models import STATUSES as FEEDBACK_STATUSES
from app.pledges.models import Pledge, PledgeTemplate
from app.reports.feedback_figures import ASSIGNED_STATUSES, NO_UNIT, overdue_condition, suggestion_conditions
from app.reports.pledge_figures import pledge_conditions, signed_condition, signed_day
from app.reports.roster_figures import IN_POST
from app.reports.scope import day_range, find_unit, today_or, unit_suffix, where
from app.reports.study_figures import session_conditions, session_in_unit
from app.roster.models import Department, Officer, Unit
from app.study.figures import AttendanceCounts
from app.study.models import MISSED_STATUSES, Attendee, MakeupTask, Reflection, StudySession, StudyType
from app.talks.coverage import listed_officers
from app.talks.models import Talk, TalkParticipant, TalkRound

PLEDGE_NOT_SIGNED = "未签署"  # the pledges tab's status criterion for 待打印 and 已打印


@dataclass(frozen=True)
class Listing:
    """What a figure counts, one row per counted item. `officer_ids[i]` names row i's officer (or None),
    so a row can open that officer's 一人一档. `tab` / `tab_filter` say where the feature shows these rows."""

    title: str
    headers: tuple
    rows: list
    officer_ids: list = field(default_factory=list)
    tab: str = ""  # the feature that keeps these rows: study / talks / feedback / roster / pledges
    tab_filter: dict = field(default_factory=dict)  # criteria for that tab's show_rows (docs/ARCHITECTURE.md)

    def __len__(self) -> int:
        return len(self.rows)


def criteria(**given) -> dict:
    """The criteria for a tab's show_rows, without those that narrow nothing (None or empty)."""
    return {key: value for key, value in given.items() if value is not None and value != ""}


def listing_officers(since=None, until=None, unit: int | None = None) -> Listing:
    unit_obj = find_unit(unit)
    query = (Officer.select(Officer.id, Officer.name, Unit.short_name, Unit.name, Department.name.alias("dept"),
                            Officer.post, Officer.leadership, Officer.category)
             .join(Unit, on=(Officer.unit == Unit.id))
             .join(Department, pw.JOIN.LEFT_OUTER, on=(Officer.department == Department.id))
             .where(Officer.deleted_at.is_null(), Officer.counts_in_campaign, Officer.status == IN_POST))
    if unit_obj:
        query = query.where(Officer.unit == unit_obj.id)
    query = query.order_by(Unit.sort_order, Unit.id, Department.sort_order.asc(nulls="first"), Officer.id)
    rows, ids = [], []
    for oid, name, short, unit_name, dept, post, leadership, category in query.tuples():
        rows.append((name, short or unit_name, dept or "", post, leadership, category))
        ids.append(oid)
    return Listing(f"在岗在编干警{unit_suffix(unit_obj)}", ("姓名", "单位", "部门", "职务", "班子", "人员类别"),
                   rows, ids, tab="roster", tab_filter=criteria(unit=unit_obj.name if unit_obj else None,
                                                                status=IN_POST))


def listing_sessions(since=None, until=None, unit: int | None = None, *, type_id: int | None = None,
                     held: bool | None = True, today: dt.date | None = None) -> Listing:
    """Sessions (of one type) in the range: held (default), planned (held=False) or both (None)."""
    today = today_or(today)
    unit_obj = find_unit(unit)
    conditions = [*session_conditions(since, until),
                  (StudySession.type == type_id) if type_id is not None else None,
                  session_in_unit(unit_obj) if unit_obj else None,
                  None if held is None else ((StudySession.day <= today) if held else (StudySession.day > today))]
    sessions = where(StudySession.select(StudySession.id, StudySession.day, StudyType.name, StudySession.title,
                                         StudySession.place)
                     .join(StudyType, on=(StudySession.type == StudyType.id)), *conditions)
    marks = where(Attendee.select(Attendee.session, Attendee.status, pw.fn.COUNT(Attendee.id))
                  .where(Attendee.session.in_(where(StudySession.select(StudySession.id), *conditions))),
                  (Attendee.unit_name == unit_obj.name) if unit_obj else None)
    attendance: dict[int, AttendanceCounts] = {}
    for sid, status, n in marks.group_by(Attendee.session, Attendee.status).tuples():
        attendance.setdefault(sid, AttendanceCounts()).add_status(status, n)
    rows = []
    for sid, day, type_name, title, place in sessions.order_by(StudySession.day, StudySession.id).tuples():
        counts = attendance.get(sid, AttendanceCounts())
        rows.append((day, type_name, title, place, counts.expected, counts.attended, counts.missed,
                     percent(counts.attendance_rate)))
    type_name = StudyType.get_or_none(StudyType.id == type_id).name if type_id is not None else ""
    what = {True: "已举办的", False: "计划中的", None: ""}[held]
    return Listing(f"{what}学习活动{('：' + type_name) if type_name else ''}{unit_suffix(unit_obj)}",
                   ("日期", "类型", "名称", "地点", "应到", "实到", "请假/缺席", "出勤率"), rows, [None] * len(rows),
                   tab="study", tab_filter=criteria(type=type_name))


def _attendee_listing_query(since, until, unit_obj, *columns):
    query = (Attendee.select(Attendee.officer, StudySession.day, StudySession.title, Attendee.name,
                             Attendee.unit_short, Attendee.unit_name, Attendee.department_name, *columns)
             .join(StudySession, on=(Attendee.session == StudySession.id)))
    return where(query, *session_conditions(since, until),
                 (Attendee.unit_name == unit_obj.name) if unit_obj else None)


def listing_missed(since=None, until=None, unit: int | None = None) -> Listing:
    """People on leave or absent (each becomes a make-up task)."""
    unit_obj = find_unit(unit)
    query = (_attendee_listing_query(since, until, unit_obj, Attendee.status, Attendee.reason,
                                     MakeupTask.kind, MakeupTask.completed_on)
             .join(MakeupTask, pw.JOIN.LEFT_OUTER, on=(MakeupTask.attendee == Attendee.id), src=Attendee)
             .where(Attendee.status.in_(MISSED_STATUSES))
             .order_by(StudySession.day, Attendee.unit_order, Attendee.position))
    rows, ids = [], []
    for oid, day, title, name, short, unit_name, dept, status, reason, kind, completed in query.tuples():
        makeup = "" if kind is None else (f"{kind}：已完成" if completed else f"{kind}：未完成")
        rows.append((day, title, name, short or unit_name, dept, status, reason, makeup))
        ids.append(oid)
    return Listing(f"请假、缺席人员{unit_suffix(unit_obj)}", ("日期", "学习活动", "姓名", "单位", "部门", "考勤", "原因", "补学"),
                   rows, ids, tab="study", tab_filter={"page": "makeup"})


MAKEUP_OPEN, MAKEUP_OVERDUE, MAKEUP_DONE = "open", "overdue", "done"


def listing_makeup(since=None, until=None, unit: int | None = None, *, state: str = MAKEUP_OPEN,
                   kind: str | None = None, today: dt.date | None = None) -> Listing:
    today = today_or(today)
    unit_obj = find_unit(unit)
    query = (_attendee_listing_query(since, until, unit_obj, Attendee.status, Attendee.reason, MakeupTask.kind,
                                     MakeupTask.deadline, MakeupTask.completed_on)
             .join(MakeupTask, on=(MakeupTask.attendee == Attendee.id), src=Attendee))
    condition = {MAKEUP_OPEN: MakeupTask.completed_on.is_null(),
                 MAKEUP_OVERDUE: MakeupTask.completed_on.is_null() & (MakeupTask.deadline < today),
                 MAKEUP_DONE: MakeupTask.completed_on.is_null(False)}[state]
    query = where(query, condition, (MakeupTask.kind == kind) if kind else None)
    query = query.order_by(Attendee.unit_order, StudySession.day, Attendee.position)
    rows, ids = [], []
    for oid, day, title, name, short, unit_name, dept, status, reason, m_kind, deadline, completed in query.tuples():
        rows.append((name, short or unit_name, dept, day, title, f"{status}（{reason}）" if reason else status,
                     m_kind, deadline, completed))
        ids.append(oid)
    label = {MAKEUP_OPEN: "未完成的补学", MAKEUP_OVERDUE: "逾期未完成的补学", MAKEUP_DONE: "已完成的补学"}[state]
    return Listing(f"{label}{('：' + kind) if kind else ''}{unit_suffix(unit_obj)}",
                   ("姓名", "单位", "部门", "日期", "学习活动", "考勤", "补学方式", "时限", "完成日期"), rows, ids,
                   tab="study", tab_filter={"page": "makeup"})


def listing_reflections(since=None, until=None, unit: int | None = None) -> Listing:
    unit_obj = find_unit(unit)
    query = (_attendee_listing_query(since, until, unit_obj, Reflection.received_on, Reflection.word_count)
             .join(Reflection, on=(Reflection.attendee == Attendee.id), src=Attendee)
             .order_by(StudySession.day, Attendee.unit_order, Attendee.position))
    rows, ids = [], []
    for oid, day, title, name, short, unit_name, dept, received, words in query.tuples():
        rows.append((name, short or unit_name, dept, day, title, received, words if words is not None else ""))
        ids.append(oid)
    return Listing(f"学习心得体会{unit_suffix(unit_obj)}", ("姓名", "单位", "部门", "活动日期", "学习活动", "提交日期", "字数"),
                   rows, ids, tab="study")


def listing_talks(since=None, until=None, unit: int | None = None, *, round_id: int | None = None) -> Listing:
    """One row per person talked with (人次), content never included."""
    unit_obj = find_unit(unit)
    query = where(TalkParticipant.select(TalkParticipant.officer, Talk.talk_date, TalkRound.name, Officer.name,
                                         Unit.short_name, Unit.name, Talk.talker_name, Talk.talker_post,
                                         Talk.talk_type, Talk.mode)
                  .join(Talk, on=(TalkParticipant.talk == Talk.id))
                  .join(TalkRound, on=(Talk.round == TalkRound.id))
                  .switch(TalkParticipant).join(Officer, on=(TalkParticipant.officer == Officer.id))
                  .join(Unit, on=(Officer.unit == Unit.id)),
                  Talk.deleted_at.is_null(), day_range(Talk.talk_date, since, until),
                  (Talk.round == round_id) if round_id is not None else None,
                  (Officer.unit == unit_obj.id) if unit_obj else None)
    query = query.order_by(Talk.talk_date, Talk.id, TalkParticipant.id)
    rows, ids = [], []
    for oid, day, round_name, name, short, unit_name, talker, talker_post, talk_type, mode in query.tuples():
        rows.append((day, round_name, name, short or unit_name, talker, talker_post, talk_type, mode))
        ids.append(oid)
    round_name = TalkRound.get_or_none(TalkRound.id == round_id).name if round_id is not None else "全部轮次"
    return Listing(f"谈心谈话人次：{round_name}{unit_suffix(unit_obj)}",
                   ("日期", "轮次", "谈话对象", "单位", "谈话人", "谈话人职务", "类型", "方式"), rows, ids,
                   tab="talks", tab_filter=criteria(round_id=round_id, unit_id=unit, page="records"))


def listing_untalked(since=None, until=None, unit: int | None = None, *, round_id: int | None = None) -> Listing:
    """On the round's list (any round's when None) and not talked with in the range: 未谈名单."""
    unit_obj = find_unit(unit)
    listed = listed_officers(round_id)
    talked = where(TalkParticipant.select(TalkParticipant.officer).join(Talk, on=(TalkParticipant.talk == Talk.id)),
                   Talk.deleted_at.is_null(), day_range(Talk.talk_date, since, until),
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
    return Listing(f"未谈名单：{round_name}{unit_suffix(unit_obj)}", ("姓名", "单位", "部门", "职务", "在岗状态"),
                   rows, ids, tab="talks", tab_filter=criteria(round_id=round_id, unit_id=unit, page="untalked"))


# Which suggestions a feedback figure counts.
SUGGESTIONS_ALL, SUGGESTIONS_OVERDUE, SUGGESTIONS_OPEN, SUGGESTIONS_MAJOR, SUGGESTIONS_ASSIGNED = (
    "all", "overdue", "open", "major", "assigned")


def listing_suggestions(since=None, until=None, unit: int | None = None, *, status: str = SUGGESTIONS_ALL,
                        unit_key: int | None | str = "", today: dt.date | None = None) -> Listing:
    """`status`: one of the statuses, or all / overdue / open / major / assigned.
    `unit_key` None: the items with no responsible unit yet (the unit table's 合计 remainder)."""
    today = today_or(today)
    unit_obj = find_unit(unit)
    conditions = suggestion_conditions(since, until, unit) + [Suggestion.merged_into.is_null()]
    if unit_key is None:
        conditions.append(Suggestion.unit.is_null())
    special = {
        SUGGESTIONS_ALL: None,
        SUGGESTIONS_OVERDUE: overdue_condition(today),
        SUGGESTIONS_OPEN: Suggestion.status.in_(OPEN_STATUSES),
        SUGGESTIONS_MAJOR: Suggestion.category.in_(FeedbackCategory.select(FeedbackCategory.name)
                                                   .where(FeedbackCategory.major)),
        SUGGESTIONS_ASSIGNED: Suggestion.status.in_(ASSIGNED_STATUSES),
    }
    condition = special[status] if status in special else (Suggestion.status == status)
    query = where(Suggestion.select(Suggestion.code, Suggestion.collected_on, Suggestion.channel,
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
    tab_filter = criteria(unit=unit_obj.name if unit_obj else None,
                          due="overdue" if status == SUGGESTIONS_OVERDUE else None,
                          status="open" if status == SUGGESTIONS_OPEN else (
                              status if status in FEEDBACK_STATUSES else None))
    return Listing(f"{label}{unit_suffix(unit_obj)}",
                   ("编号", "收集日期", "来源", "内容", "类别", "责任单位", "责任人", "时限", "状态", "逾期"),
                   rows, [None] * len(rows), tab="feedback", tab_filter=tab_filter)


def listing_pledges(since=None, until=None, unit: int | None = None, *, template_id: int | None = None,
                    signed: bool | None = None) -> Listing:
    """Pledges issued by the end of the range: signed in it (signed=True), not signed (False) or all (None)."""
    unit_obj = find_unit(unit)
    done = signed_condition(since, until)
    query = where(Pledge.select(Pledge.officer, PledgeTemplate.name, Pledge.name, Pledge.unit, Pledge.department,
                                Pledge.post, Pledge.status, signed_day())
                  .join(PledgeTemplate, on=(Pledge.template == PledgeTemplate.id)),
                  *pledge_conditions(since, until, unit_obj),
                  (Pledge.template == template_id) if template_id is not None else None,
                  None if signed is None else (done if signed else ~done))
    query = query.order_by(PledgeTemplate.sort_order, Pledge.unit_order, Pledge.department_order, Pledge.id)
    rows, ids = [], []
    for oid, template_name, name, unit_name, dept, post, status, day in query.tuples():
        if isinstance(day, str):  # DATE(signed_at) comes back as text
            day = dt.date.fromisoformat(day[:10])
        rows.append((template_name, name, unit_name, dept, post, status, day))
        ids.append(oid)
    name = PledgeTemplate.get_or_none(PledgeTemplate.id == template_id).name if template_id is not None else "承诺书"
    what = {True: "已签署的", False: "未签署的", None: ""}[signed]
    return Listing(f"{what}{name}{unit_suffix(unit_obj)}", ("承诺书", "姓名", "单位", "部门", "职务", "状态", "签署日期"),
                   rows, ids, tab="pledges",
                   tab_filter=criteria(template_id=template_id, status=PLEDGE_NOT_SIGNED if signed is False else None,
                                       unit=unit_obj.name if unit_obj else None))


# A figure's kind (as the overview's cards, bars and unit cells name it) → the listing of its rows.
BY_KIND = {
    "officers": listing_officers, "sessions": listing_sessions, "missed": listing_missed, "makeup": listing_makeup,
    "reflections": listing_reflections, "talks": listing_talks, "untalked": listing_untalked,
    "suggestions": listing_suggestions, "pledges": listing_pledges,
}
