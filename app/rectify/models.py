"""查纠整改: each officer's self-check items (个人自查事项) with their three reviews and outcome, and the problem
clue ledger (问题线索) with every disposal step. The vocabularies are the campaign's own words (DOMAIN.md,
"Feedback and rectification" for the 六大顽瘴痼疾; the source article for the 五项排查 and 七查)."""
from __future__ import annotations

import peewee as pw

from app.roster.models import Officer, Unit
from app.store.base import BaseModel, TrashableModel

# Categories of a self-check item: the 六大顽瘴痼疾, then what the 五项排查 and 七查 look for, then 其他.
INGRAINED_PROBLEMS = ("违反“三个规定”", "违规经商办企业", "违规参股借贷", "违规办理减刑假释暂予监外执行",
                      "有案不立、压案不查、有罪不究", "离任法官检察官违规从事律师职业")
FIVE_CHECKS = ("违反防止干预司法“三个规定”问题", "违规经商办企业问题", "违规参股借贷问题",
               "违法违规办理减刑假释暂予监外执行情况", "“有案不立、压案不查、有罪不究”情况")
SEVEN_CHECKS = ("举报线索核查", "涉黑涉恶案件（线索）倒查", "涉法涉诉信访案件清查", "法律监督专项检查",
                "重点案件交叉评查", "智能化数据排查", "政法队伍建设巡查")
OTHER_CATEGORIES = ("纪律作风", "其他")
CATEGORIES = tuple(dict.fromkeys(INGRAINED_PROBLEMS + FIVE_CHECKS + SEVEN_CHECKS + OTHER_CATEGORIES))

POLICY = "自查从宽、被查从严"

# The three reviews, strictly in this order, then the item is 已审核 with its outcome.
REVIEW_STEPS = ("单位初审", "线索组复审", "市教整办审核")  # as the source article names them
STAGES = ("待单位初审", "待线索组复审", "待市教整办审核", "已审核")
OUTCOMES = ("不计入问题线索", "个人整改", "第一种形态处理", "移交线索组")
OUTCOME_TO_CLUES = "移交线索组"

# 专项排查: the 七查, the 五项排查 and the clearance of former judges and prosecutors practising law.
CLEARANCE = "离职离任法官检察官从事法律业务清查"
CHECK_GROUPS = (("七查", SEVEN_CHECKS), ("五项排查", FIVE_CHECKS), ("专项清查", (CLEARANCE,)))
CHECK_KINDS = tuple(kind for _group, kinds in CHECK_GROUPS for kind in kinds)
EXAMINED_UNITS = ("件", "份", "人", "条", "项")  # what the 查阅/排查 counts count: 卷宗份, 案件件, 人员人 …
TO_CLUE, TO_RECTIFY, NO_ACTION = "移交问题线索", "列入整改", "无需处理"
FINDING_ACTIONS = (TO_CLUE, TO_RECTIFY, NO_ACTION)
SOURCE_CHECK = "审查发现"

CLUE_SOURCES = ("自查移交", "上级交办", "纪委信访室移交", "审查发现", "举报", "其他")
SOURCE_SELF_CHECK = "自查移交"
DISPOSALS = ("谈话函询", "初步核实", "暂存待查", "予以了结")
RESULTS = ("第一种形态", "第二种形态", "第三种形态", "第四种形态", "立案", "了结")
CLUE_STATUSES = ("待处置", "办理中", "已办结")
OPEN_CLUE_STATUSES = ("待处置", "办理中")  # not concluded: can be overdue


class SelfCheckItem(TrashableModel):
    """One item an officer wrote in the 自查表: what, under which category, disclosed of their own accord or
    not, and where the three reviews have got to."""

    officer = pw.ForeignKeyField(Officer, backref="self_check_items", on_delete="RESTRICT")
    reported_on = pw.DateField(index=True)
    category = pw.CharField(index=True)  # one of CATEGORIES
    content = pw.TextField()  # confidential: CLUES only, never logged
    disclosed = pw.BooleanField(default=True)  # 主动说明
    stage = pw.CharField(default=STAGES[0], index=True)
    outcome = pw.CharField(default="", index=True)  # one of OUTCOMES once 市教整办审核 is done
    # A talk record flagged 主动说明问题 this came from. Plain integer: talks are another feature.
    source_talk_id = pw.IntegerField(null=True, index=True)
    remarks = pw.TextField(default="")


class SelfCheckReview(BaseModel):
    """One of the three reviews of an item: who, when, the opinion and (at each step) the proposed outcome."""

    item = pw.ForeignKeyField(SelfCheckItem, backref="reviews", on_delete="CASCADE")
    step = pw.CharField()  # one of REVIEW_STEPS
    reviewer = pw.CharField()
    reviewed_on = pw.DateField()
    opinion = pw.TextField(default="")  # confidential
    outcome = pw.CharField(default="")  # proposed (binding at 市教整办审核)
    actor = pw.CharField(default="")

    class Meta:
        indexes = ((("item", "step"), True),)


class Clue(TrashableModel):
    """One line of the 问题线索 ledger."""

    code = pw.CharField(unique=True)  # 编号, e.g. XS-2021-001
    source = pw.CharField(index=True)  # one of CLUE_SOURCES
    received_on = pw.DateField(index=True)
    officer = pw.ForeignKeyField(Officer, null=True, backref="clues", on_delete="SET NULL")  # 被反映人
    subject_name = pw.CharField(default="")  # 被反映人 when not on the roster (or the name as reported)
    content = pw.TextField()  # confidential
    self_check_item = pw.ForeignKeyField(SelfCheckItem, null=True, backref="clues", on_delete="SET NULL")
    status = pw.CharField(default=CLUE_STATUSES[0], index=True)
    disposal = pw.CharField(default="")  # one of DISPOSALS
    unit = pw.ForeignKeyField(Unit, null=True, backref="clues", on_delete="SET NULL")  # 承办单位
    handler = pw.CharField(default="")  # 承办人
    deadline = pw.DateField(null=True, index=True)
    result = pw.CharField(default="")  # one of RESULTS once 已办结
    concluded_on = pw.DateField(null=True)
    remarks = pw.TextField(default="")


class ClueHistory(BaseModel):
    """Every step of a clue: received, disposal chosen, result, with who and when."""

    clue = pw.ForeignKeyField(Clue, backref="history", on_delete="CASCADE")
    action = pw.CharField()
    from_status = pw.CharField(default="")
    to_status = pw.CharField(default="")
    actor = pw.CharField(default="")
    at = pw.DateTimeField(index=True)
    note = pw.TextField(default="")  # confidential


class SpecialCheck(TrashableModel):
    """One special check (七查, 五项排查 or the clearance): what was looked at, where, how much."""

    kind = pw.CharField(index=True)  # one of CHECK_KINDS
    unit = pw.ForeignKeyField(Unit, null=True, backref="special_checks", on_delete="SET NULL")  # None: 全县
    started_on = pw.DateField(index=True)
    ended_on = pw.DateField(null=True)
    examined = pw.IntegerField(default=0)  # e.g. 卷宗 read, cases re-examined, people checked
    examined_unit = pw.CharField(default="件")  # one of EXAMINED_UNITS
    examined_what = pw.CharField(default="")  # 卷宗, 案件, 人员 …
    notes = pw.TextField(default="")


class CheckFinding(BaseModel):
    """A problem a special check found: it becomes a clue (审查发现), a rectification item, or needs nothing."""

    check = pw.ForeignKeyField(SpecialCheck, backref="findings", on_delete="CASCADE")
    found_on = pw.DateField()
    officer = pw.ForeignKeyField(Officer, null=True, backref="check_findings", on_delete="SET NULL")
    description = pw.TextField()  # confidential
    action = pw.CharField()  # one of FINDING_ACTIONS
    clue = pw.ForeignKeyField(Clue, null=True, backref="findings", on_delete="SET NULL")


MODELS = [SelfCheckItem, SelfCheckReview, Clue, ClueHistory, SpecialCheck, CheckFinding]

# The text only a holder of the 问题线索 permission reads; never written to the audit log.
CONFIDENTIAL = {
    "self_check_item": {"content", "remarks"},
    "self_check_review": {"opinion"},
    "clue": {"content", "remarks", "subject_name"},
    "clue_history": {"note"},
    "check_finding": {"description"},
}
