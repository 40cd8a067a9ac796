"""Study sessions (学习教育): the sessions, who must attend, the frozen attendance list, make-up study,
reflections and test scores.

Who was expected at a session is copied into `Attendee` rows (name, unit, department, post as they were)
when the list is locked, so later roster changes never rewrite a session's history.
"""
from __future__ import annotations

import peewee as pw

from app.store.base import BaseModel, TrashableModel
from app.roster.models import Department, Officer, Unit

# Attendance marks. An empty status means "not marked yet".
PRESENT, LATE, LEAVE, ABSENT = "出席", "迟到", "请假", "缺席"
ATTENDANCE = (PRESENT, LATE, LEAVE, ABSENT)
PRESENT_STATUSES = (PRESENT, LATE)
MISSED_STATUSES = (LEAVE, ABSENT)

# The four make-up ways the source county names: 专案人员补学、病休人员送学、特殊人员帮学、关键少数夜学.
MAKEUP_KINDS = ("补学", "送学", "帮学", "夜学")

# Roster statuses that are expected at study sessions. 病休 and 专案 people are expected but put on leave
# automatically when the list is locked: they are the 送学 / 补学 cases. 借调 and 离岗 are not expected.
EXPECTED_ROSTER_STATUSES = ("在岗", "病休", "专案")
DEFAULT_MAKEUP_DAYS = 14  # days to do the make-up study; setting "study_makeup_days"
LEAVE_REASONS = ("病休", "专案", "出差", "公务外出", "值班备勤", "外出办案", "培训", "事假", "产假", "其他")
DEFAULT_REQUIREMENTS = (
    "严肃会议纪律。参会人员须提前10分钟签到入场，会议期间将手机调至静音，不得随意走动、交头接耳。",
    "严格请假报批。参会人员原则上不得请假，确因特殊情况不能参加的，须经本单位主要负责人同意后报县教整办备案，"
    "并按要求补学。",
    "认真做好记录。参会人员统一携带教育整顿学习笔记本，认真记录，会后撰写学习心得体会。",
)

# States of a make-up task.
STATE_OPEN, STATE_OVERDUE, STATE_DONE = "未完成", "已逾期", "已完成"

# Who must attend: everyone in the campaign, chosen units, chosen departments, or hand-picked people.
AUDIENCE_ALL, AUDIENCE_UNITS, AUDIENCE_DEPARTMENTS, AUDIENCE_PEOPLE = "all", "units", "departments", "people"
AUDIENCE_KINDS = (AUDIENCE_ALL, AUDIENCE_UNITS, AUDIENCE_DEPARTMENTS, AUDIENCE_PEOPLE)
AUDIENCE_LABELS = {
    AUDIENCE_ALL: "全体干警",
    AUDIENCE_UNITS: "按单位",
    AUDIENCE_DEPARTMENTS: "按部门",
    AUDIENCE_PEOPLE: "指定人员",
}


class StudyType(BaseModel):
    """An editable kind of session. `notice_verb` makes the notice title: 关于{verb}{title}的通知."""

    name = pw.CharField(unique=True)
    sort_order = pw.IntegerField(default=0)
    notice_verb = pw.CharField(default="举办")
    is_test = pw.BooleanField(default=False)  # 应知应会测试: scores and pass rate
    active = pw.BooleanField(default=True)  # inactive types stay on old sessions but are not offered


class StudySession(TrashableModel):
    type = pw.ForeignKeyField(StudyType, backref="sessions", on_delete="RESTRICT")
    title = pw.CharField()
    day = pw.DateField(index=True)
    start_time = pw.TimeField(null=True)
    end_time = pw.TimeField(null=True)
    place = pw.CharField(default="")
    speaker = pw.CharField(default="")  # 主讲人 / 报告人
    organiser = pw.CharField(default="")  # 主办 / 组织单位
    phase = pw.CharField(default="")  # 学习教育 / 查纠整改 / 总结提升
    audience = pw.CharField(default=AUDIENCE_ALL)
    agenda = pw.TextField(default="")  # one item a line
    requirements = pw.TextField(default="")  # one item a line
    material = pw.TextField(default="")  # 学习材料: also the default material for make-up study
    contact_person = pw.CharField(default="")
    contact_phone = pw.CharField(default="")
    pass_mark = pw.FloatField(null=True)
    frozen_at = pw.DateTimeField(null=True)  # when the expected list was locked
    notice_json = pw.TextField(default="")  # the notice text as the user edited it
    remarks = pw.TextField(default="")


class SessionAudience(BaseModel):
    """One chosen unit, department or person of a session (exactly one of the three is set)."""

    session = pw.ForeignKeyField(StudySession, backref="audience_items", on_delete="CASCADE")
    unit = pw.ForeignKeyField(Unit, null=True, on_delete="CASCADE")
    department = pw.ForeignKeyField(Department, null=True, on_delete="CASCADE")
    officer = pw.ForeignKeyField(Officer, null=True, on_delete="CASCADE")


class Attendee(BaseModel):
    """One expected person at one session, as they were when the list was locked, and their mark."""

    session = pw.ForeignKeyField(StudySession, backref="attendees", on_delete="CASCADE")
    officer = pw.ForeignKeyField(Officer, backref="study_attendance", on_delete="RESTRICT")
    position = pw.IntegerField(default=0)  # order on the sign-in sheet
    name = pw.CharField()
    unit_name = pw.CharField()
    unit_short = pw.CharField(default="")
    unit_order = pw.IntegerField(default=0)
    department_name = pw.CharField(default="")
    post = pw.CharField(default="")
    leadership = pw.CharField(default="")
    roster_status = pw.CharField(default="在岗")  # 在岗 / 病休 / 专案 when locked
    status = pw.CharField(default="", index=True)
    reason = pw.CharField(default="")
    marked_at = pw.DateTimeField(null=True)
    score = pw.FloatField(null=True)

    class Meta:
        indexes = ((("session", "officer"), True),)


class MakeupTask(BaseModel):
    """Make-up study owed by someone on leave or absent."""

    attendee = pw.ForeignKeyField(Attendee, backref="makeup", unique=True, on_delete="CASCADE")
    kind = pw.CharField(default=MAKEUP_KINDS[0])
    kind_auto = pw.BooleanField(default=True)  # still the default chosen from the reason: follows it
    material = pw.TextField(default="")
    deadline = pw.DateField(null=True)
    completed_on = pw.DateField(null=True, index=True)
    evidence_note = pw.TextField(default="")
    evidence_file = pw.CharField(default="")  # a copy kept in the attachments folder
    closed_by = pw.CharField(default="")


class Reflection(BaseModel):
    """心得体会 handed in by one attendee for one session."""

    attendee = pw.ForeignKeyField(Attendee, backref="reflection", unique=True, on_delete="CASCADE")
    received_on = pw.DateField()
    word_count = pw.IntegerField(null=True)
    file_path = pw.CharField(default="")
    note = pw.CharField(default="")


MODELS = [StudyType, StudySession, SessionAudience, Attendee, MakeupTask, Reflection]

# (name, notice verb, is a test): the vocabulary the office starts with; editable in the program.
DEFAULT_TYPES = (
    ("政治轮训", "举办", False),
    ("“一把手”讲党课", "举办", False),
    ("廉政报告会", "举办", False),
    ("习近平法治思想讲座", "举办", False),
    ("党史讲座/延安整风专题讲座", "举办", False),
    ("警示教育大会", "召开", False),
    ("英模报告会/观影", "举办", False),
    ("“三个规定”宣讲", "开展", False),
    ("党纪党规培训", "举办", False),
    ("集中学习", "组织", False),
    ("应知应会测试", "组织开展", True),
)
