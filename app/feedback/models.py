"""Feedback and rectification (征求意见 → 整改销号): collection events, the suggestions ledger,
its workflow history, evidence files and the editable category list."""
from __future__ import annotations

import peewee as pw

from app.store.base import BaseModel, TrashableModel
from app.roster.models import Unit

# Ways opinions are collected. 谈心谈话 items arrive from talk records (source_talk_id), not as events.
CHANNELS = ("座谈会", "走访", "征求意见函", "热线/信箱", "谈心谈话", "民主生活会/组织生活会", "卷宗评查", "督导反馈")
EVENT_KINDS = tuple(c for c in CHANNELS if c != "谈心谈话")

# Who took part in an event, counted per category.
PARTICIPANT_CATEGORIES = ("人大代表", "政协委员", "企业家代表", "律师代表", "人民陪审员", "特约监督员",
                          "案件当事人", "群众", "媒体")
# Who raised one suggestion: the participant categories, plus sources inside the system.
SUBMITTER_CATEGORIES = PARTICIPANT_CATEGORIES + ("政法干警", "督导组", "评查组", "其他")

STATUSES = ("待交办", "已交办", "整改中", "已整改待验收", "已销号", "不予采纳")
OPEN_STATUSES = ("待交办", "已交办", "整改中", "已整改待验收")  # not closed: can be overdue

REPLY_METHODS = ("当面", "电话", "书面", "短信", "微信", "其他")
SATISFACTION = ("满意", "基本满意", "不满意")

# The 六大顽瘴痼疾 first, then the general categories. Stored in FeedbackCategory so the office can edit.
MAJOR_CATEGORIES = ("违反“三个规定”", "违规经商办企业", "违规参股借贷", "违规办理减刑假释暂予监外执行",
                    "有案不立、压案不查、有罪不究", "离任法官检察官违规从事律师职业")
GENERAL_CATEGORIES = ("执法司法规范", "纪律作风", "服务群众", "营商环境", "队伍建设", "其他")


class FeedbackCategory(BaseModel):
    name = pw.CharField(unique=True)
    major = pw.BooleanField(default=False)  # one of the 六大顽瘴痼疾
    sort_order = pw.IntegerField(default=0)


class FeedbackEvent(TrashableModel):
    """One collection effort: a symposium, a round of visits, a letter, a file review …"""

    kind = pw.CharField(index=True)  # one of EVENT_KINDS
    title = pw.CharField()
    held_on = pw.DateField(index=True)
    place = pw.CharField(default="")  # place, or the channel (hotline number, mailbox, newspaper)
    organiser = pw.ForeignKeyField(Unit, null=True, backref="feedback_events", on_delete="SET NULL")
    reviewed_files = pw.IntegerField(default=0)  # 卷宗评查: case files read
    notes = pw.TextField(default="")


class EventParticipant(BaseModel):
    event = pw.ForeignKeyField(FeedbackEvent, backref="participants", on_delete="CASCADE")
    category = pw.CharField()  # one of PARTICIPANT_CATEGORIES
    count = pw.IntegerField(default=0)

    class Meta:
        indexes = ((("event", "category"), True),)


class Suggestion(TrashableModel):
    """One line of the 整改清单. A duplicate merged into another keeps its row (merged_into set)."""

    code = pw.CharField(unique=True)  # 编号, e.g. ZG-2021-001
    event = pw.ForeignKeyField(FeedbackEvent, null=True, backref="suggestions", on_delete="SET NULL")
    channel = pw.CharField(default="")  # 来源 (one of CHANNELS)
    collected_on = pw.DateField(index=True)
    submitter_name = pw.CharField(default="")
    submitter_category = pw.CharField(default="")
    submitter_contact = pw.CharField(default="")
    anonymous = pw.BooleanField(default=False)
    content = pw.TextField()
    category = pw.CharField(default="", index=True)  # a FeedbackCategory name
    unit = pw.ForeignKeyField(Unit, null=True, backref="suggestions", on_delete="SET NULL")  # 责任单位
    leader = pw.CharField(default="")  # 责任领导
    person = pw.CharField(default="")  # 责任人
    measure = pw.TextField(default="")  # 整改措施
    deadline = pw.DateField(null=True, index=True)  # 时限
    progress = pw.TextField(default="")  # 进展
    status = pw.CharField(default=STATUSES[0], index=True)
    completed_on = pw.DateField(null=True)
    evidence = pw.TextField(default="")  # 佐证材料 (description; files in SuggestionAttachment)
    reply_method = pw.CharField(default="")
    reply_on = pw.DateField(null=True)
    reply_content = pw.TextField(default="")  # 反馈
    satisfaction = pw.CharField(default="")
    reviewer = pw.CharField(default="")  # 销号审核人
    reviewed_on = pw.DateField(null=True)
    rejection_reason = pw.TextField(default="")  # 不予采纳理由
    remarks = pw.TextField(default="")
    merged_into = pw.ForeignKeyField("self", null=True, backref="merged_items", on_delete="SET NULL")
    # A talk record this came from. Plain integer: the talk model lives in another feature.
    source_talk_id = pw.IntegerField(null=True, index=True)


class SuggestionHistory(BaseModel):
    """Every workflow step, merge and reply: who, when, what, and a note."""

    suggestion = pw.ForeignKeyField(Suggestion, backref="history", on_delete="CASCADE")
    action = pw.CharField()
    from_status = pw.CharField(default="")
    to_status = pw.CharField(default="")
    actor = pw.CharField(default="")
    at = pw.DateTimeField(index=True)
    note = pw.TextField(default="")


class SuggestionAttachment(BaseModel):
    """An evidence file (photo, scan, PDF), kept inside the database so it travels with the data."""

    suggestion = pw.ForeignKeyField(Suggestion, backref="attachments", on_delete="CASCADE")
    file_name = pw.CharField()
    size = pw.IntegerField(default=0)
    data = pw.BlobField()
    added_by = pw.CharField(default="")


MODELS = [FeedbackCategory, FeedbackEvent, EventParticipant, Suggestion, SuggestionHistory, SuggestionAttachment]
