"""会议与选树: the campaign office's own work — the meetings that deployed it (县委常委会议, 领导小组会议,
新闻发布会), the documents it issued (文号, date, title), its 通报 to society, and the 英模 recommendations of the
units (单位推荐 → 县级评选 or 市级候选, the result, the 英模报告会 where the person spoke). The words are the
source article's (../shared/seed/). Deleting removes the row (the audit log keeps what it held): a 文号 stays
unique among the documents that exist."""
from __future__ import annotations

import peewee as pw

from app.roster.models import Officer, Unit
from app.store.base import BaseModel
from app.study.models import StudySession

STANDING_COMMITTEE, LEADING_GROUP, PRESS_CONFERENCE, OTHER_MEETING = "县委常委会议", "领导小组会议", "新闻发布会", "其他"
MEETING_KINDS = (STANDING_COMMITTEE, LEADING_GROUP, PRESS_CONFERENCE, OTHER_MEETING)

DOCUMENT_KINDS = ("通知", "方案", "意见", "办法", "简报", "报告", "纪要", "其他")
NOTICE_CHANNELS = ("新闻发布会", "融媒体中心", "门户网站", "微信公众号", "报刊", "其他")

# A recommendation starts at the unit; the county office's review sends it to the city's 最美政法干警 candidates
# or keeps it in the county's own 评选.
UNIT_LEVEL, COUNTY_LEVEL, CITY_LEVEL = "单位推荐", "县级评选", "市级候选"
LEVELS = (UNIT_LEVEL, COUNTY_LEVEL, CITY_LEVEL)
PENDING, ELECTED, NOT_ELECTED = "待评选", "当选", "未当选"
RESULTS = (PENDING, ELECTED, NOT_ELECTED)
DEFAULT_HONOUR = "最美政法干警"
# The study type whose sessions a recommended person may have spoken at (app.study's vocabulary).
REPORT_SESSION_TYPE = "英模报告会/观影"


class Meeting(BaseModel):
    kind = pw.CharField(index=True)  # one of MEETING_KINDS
    held_on = pw.DateField(index=True)
    title = pw.CharField()  # 议题 / 主题
    presided_by = pw.CharField(default="")  # 主持人
    attendees = pw.IntegerField(default=0)  # 参会人数
    media_invited = pw.BooleanField(default=False)  # 邀请媒体参加 (新闻发布会)
    notes = pw.TextField(default="")


class IssuedDocument(BaseModel):
    number = pw.CharField(unique=True)  # 文号, e.g. 县教整办〔2021〕3号
    issued_on = pw.DateField(index=True)
    title = pw.CharField()
    issuer = pw.CharField(default="")  # 发文机关
    kind = pw.CharField(default=DOCUMENT_KINDS[0])  # one of DOCUMENT_KINDS
    notes = pw.TextField(default="")


class PublicNotice(BaseModel):
    """A 通报 of the campaign's work to society."""

    issued_on = pw.DateField(index=True)
    channel = pw.CharField()  # one of NOTICE_CHANNELS
    title = pw.CharField()
    notes = pw.TextField(default="")


class Recommendation(BaseModel):
    """One officer a unit recommended for the 最美政法干警 评选 (or a city-level candidate)."""

    officer = pw.ForeignKeyField(Officer, null=True, backref="recommendations", on_delete="SET NULL")
    name = pw.CharField()  # as recommended (the roster name when chosen from it)
    unit = pw.ForeignKeyField(Unit, null=True, backref="recommendations", on_delete="SET NULL")
    deeds = pw.TextField(default="")  # 主要事迹
    recommended_on = pw.DateField(index=True)
    level = pw.CharField(default=UNIT_LEVEL, index=True)  # one of LEVELS
    result = pw.CharField(default=PENDING)  # one of RESULTS
    honour = pw.CharField(default="")  # 当选 what, e.g. 最美政法干警
    typical_model = pw.BooleanField(default=False)  # 选树为英模和先进典型
    report_session = pw.ForeignKeyField(StudySession, null=True, backref="hero_recommendations",
                                        on_delete="SET NULL")  # the 英模报告会 where the person spoke
    notes = pw.TextField(default="")


MODELS = [Meeting, IssuedDocument, PublicNotice, Recommendation]
