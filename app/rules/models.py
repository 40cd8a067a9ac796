"""建章立制 and the 顽瘴痼疾整治 list: the rules and systems the campaign issues (已出台, with date and 文号) or is
drafting (正在拟制定), each linked to the rectification items it closes — the feedback ledger's 整改 items and
the measures of the six ingrained problems' 整治 list (措施, 责任单位, 时限, 状态)."""
from __future__ import annotations

import peewee as pw

from app.feedback.models import Suggestion
from app.rectify.models import INGRAINED_PROBLEMS
from app.roster.models import Unit
from app.store.base import BaseModel, TrashableModel

ISSUED, DRAFTING = "已出台", "正在拟制定"
RULE_STATUSES = (ISSUED, DRAFTING)
RULE_KINDS = ("管理制度", "工作机制", "实施办法", "工作规定", "工作细则", "其他")

PROBLEMS = INGRAINED_PROBLEMS  # the 整治 list is kept per problem, in this order
NOT_STARTED, IN_PROGRESS, DONE = "未启动", "整治中", "已完成"
MEASURE_STATUSES = (NOT_STARTED, IN_PROGRESS, DONE)


class Rule(TrashableModel):
    """One rule or system (规章制度): issued on a date (文号 optional) or still being drafted."""

    title = pw.CharField()
    unit = pw.ForeignKeyField(Unit, null=True, backref="rules", on_delete="SET NULL")  # 制定单位; None: 县教整办
    kind = pw.CharField(default=RULE_KINDS[0])
    status = pw.CharField(default=DRAFTING, index=True)
    issued_on = pw.DateField(null=True, index=True)  # 出台日期, only when 已出台
    doc_number = pw.CharField(default="")  # 文号, e.g. 青政法〔2021〕12号
    remarks = pw.TextField(default="")


class IngrainedMeasure(TrashableModel):
    """One measure of the 顽瘴痼疾整治 list: which of the six problems, what is done, by whom, by when."""

    problem = pw.CharField(index=True)  # one of PROBLEMS
    measure = pw.TextField()
    unit = pw.ForeignKeyField(Unit, null=True, backref="ingrained_measures", on_delete="SET NULL")  # 责任单位
    deadline = pw.DateField(null=True, index=True)
    status = pw.CharField(default=NOT_STARTED, index=True)
    completed_on = pw.DateField(null=True)
    remarks = pw.TextField(default="")


class RuleSuggestion(BaseModel):
    """A rule closes (among others) this 整改 item of the feedback ledger."""

    rule = pw.ForeignKeyField(Rule, backref="suggestion_links", on_delete="CASCADE")
    suggestion = pw.ForeignKeyField(Suggestion, backref="rule_links", on_delete="CASCADE")

    class Meta:
        indexes = ((("rule", "suggestion"), True),)


class RuleMeasure(BaseModel):
    """A rule closes (among others) this measure of the 顽瘴痼疾整治 list."""

    rule = pw.ForeignKeyField(Rule, backref="measure_links", on_delete="CASCADE")
    measure = pw.ForeignKeyField(IngrainedMeasure, backref="rule_links", on_delete="CASCADE")

    class Meta:
        indexes = ((("rule", "measure"), True),)


MODELS = [Rule, IngrainedMeasure, RuleSuggestion, RuleMeasure]
