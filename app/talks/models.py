"""Talk records (谈心谈话): rounds with their frozen 应谈 lists, talks, the people present, follow-up items,
and the office's reusable text snippets."""
from __future__ import annotations

import peewee as pw

from app.store.base import BaseModel, TrashableModel
from app.roster.models import Officer

TALK_TYPES = ("思想交流", "工作交流", "提醒谈话", "诫勉谈话", "廉政谈话", "任前廉政谈话", "任职谈话", "离任谈话",
              "关爱谈话", "政策宣讲谈话")
MODES = ("个别", "集体")
SNIPPET_FIELDS = ("谈话主题", "主要内容", "反映的问题", "意见建议", "后续事项")
DEFAULT_ROUND_NAMES = ("第一轮", "第二轮", "第三轮")
# What was said: shown only with the TALK_CONTENT permission, never written to the audit log.
CONFIDENTIAL_FIELDS = ("content", "problems", "suggestions")
# The fields' names in forms, messages and the audit log.
FIELD_LABELS = {
    "round_id": "轮次", "talk_date": "谈话日期", "talk_time": "谈话时间", "place": "谈话地点",
    "talker_name": "谈话人", "talker_post": "谈话人职务", "participant_ids": "谈话对象", "talk_type": "谈话类型",
    "mode": "谈话方式", "topic": "谈话主题", "content": "主要内容", "problems": "反映的问题",
    "suggestions": "意见建议", "self_reported": "主动说明问题", "follow_ups": "后续事项", "note_taker": "记录人",
    "remarks": "备注",
}


class TalkRound(BaseModel):
    """A round of talks. `number` orders the rounds (1, 2, 3 …) and is kept consecutive."""

    number = pw.IntegerField(unique=True)
    name = pw.CharField()
    start_date = pw.DateField(null=True)
    end_date = pw.DateField(null=True)
    expected_set_at = pw.DateTimeField(null=True)  # when the 应谈 list was last frozen from the roster
    remarks = pw.TextField(default="")

    def __str__(self) -> str:
        return self.name


class RoundExpected(BaseModel):
    """One person who must be talked with in a round (应谈), frozen when the round is set up."""

    round = pw.ForeignKeyField(TalkRound, backref="expected", on_delete="CASCADE")
    officer = pw.ForeignKeyField(Officer, backref="+", on_delete="CASCADE")

    class Meta:
        indexes = ((("round", "officer"), True),)


class Talk(TrashableModel):
    round = pw.ForeignKeyField(TalkRound, backref="talks", on_delete="RESTRICT")
    talk_date = pw.DateField(index=True)
    talk_time = pw.TimeField(null=True, formats=["%H:%M:%S", "%H:%M"])
    place = pw.CharField(default="")
    # The talker is a roster officer (talker set) or someone outside it; name and post are always kept
    # as they were on the day, so the printed form never changes when the roster does.
    talker = pw.ForeignKeyField(Officer, null=True, backref="+", on_delete="SET NULL")
    talker_name = pw.CharField()
    talker_post = pw.CharField(default="")  # 单位及职务
    talk_type = pw.CharField(default=TALK_TYPES[0])
    mode = pw.CharField(default=MODES[0])  # 个别 / 集体
    topic = pw.CharField(default="")
    content = pw.TextField(default="")  # CONFIDENTIAL_FIELDS: never logged, shown only on demand
    problems = pw.TextField(default="")
    suggestions = pw.TextField(default="")
    self_reported = pw.BooleanField(default=False)  # 主动说明问题
    note_taker = pw.CharField(default="")
    remarks = pw.TextField(default="")
    # Linked item in the feedback ledger once a suggestion has been sent there (plain id, no FK:
    # the ledger is another feature's table).
    feedback_item_id = pw.IntegerField(null=True)

    class Meta:
        indexes = ((("round", "deleted_at"), False),)


class TalkParticipant(BaseModel):
    """A person talked with. A group talk (集体) has several; each counts as one 人次."""

    talk = pw.ForeignKeyField(Talk, backref="participants", on_delete="CASCADE")
    officer = pw.ForeignKeyField(Officer, backref="+", on_delete="RESTRICT")
    unit_post = pw.CharField(default="")  # 单位/部门/职务 on the day, for the printed form

    class Meta:
        indexes = ((("talk", "officer"), True), (("officer", "talk"), False))


class FollowUp(BaseModel):
    """A follow-up item (后续事项) agreed in a talk."""

    talk = pw.ForeignKeyField(Talk, backref="follow_ups", on_delete="CASCADE")
    text = pw.CharField()
    due_date = pw.DateField(null=True, index=True)
    done_date = pw.DateField(null=True)
    sort_order = pw.IntegerField(default=0)


class TalkSnippet(BaseModel):
    """Reusable wording the office inserts into a record (常用语)."""

    field = pw.CharField(default=SNIPPET_FIELDS[1])
    title = pw.CharField()
    text = pw.TextField()
    sort_order = pw.IntegerField(default=0)


MODELS = [TalkRound, RoundExpected, Talk, TalkParticipant, FollowUp, TalkSnippet]
