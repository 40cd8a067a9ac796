"""会议 and 通报: the meetings that deployed and steered the campaign (县委常委会议 部署, 领导小组会议 调度,
新闻发布会 with the media invited, others), and the times the office reported its work to society. Validated
writes, plain rows for the tab, the export and the figures."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from app import events
from app.affairs._common import MAX_LINE, MAX_TEXT, TOPIC, choice, count, get_row, in_period, parse_date, require_text
from app.affairs.models import MEETING_KINDS, NOTICE_CHANNELS, Meeting, PublicNotice
from app.common.safe_text import clean_into
from app.errors import ValidationErrors
from app.store.db import database


@dataclass
class MeetingData:
    kind: str = ""
    held_on: dt.date | str | None = None
    title: str = ""
    presided_by: str = ""
    attendees: int | str = 0
    media_invited: bool = False
    notes: str = ""


@dataclass(frozen=True)
class MeetingRow:
    id: int
    kind: str
    held_on: dt.date
    title: str
    presided_by: str
    attendees: int
    media_invited: bool
    notes: str

    def matches(self, text: str) -> bool:
        return not text or any(text in x for x in (self.kind, self.title, self.presided_by, self.notes))


def _meeting_values(data: MeetingData) -> dict:
    errors: list = []
    values = dict(kind=choice(data.kind, MEETING_KINDS, "会议类别", errors),
                  held_on=parse_date(data.held_on, "召开日期", errors, required=True),
                  title=clean_into(errors, data.title, MAX_LINE, "议题"),
                  presided_by=clean_into(errors, data.presided_by, 40, "主持人"),
                  attendees=count(data.attendees, "参会人数", errors),
                  media_invited=bool(data.media_invited),
                  notes=clean_into(errors, data.notes, MAX_TEXT, "备注", multiline=True))
    require_text(errors, values["title"], "议题")
    if errors:
        raise ValidationErrors(errors)
    return values


def save_meeting(data: MeetingData, meeting_id: int | None = None) -> Meeting:
    values = _meeting_values(data)
    with database.atomic():
        if meeting_id is None:
            meeting = Meeting.create(**values)
        else:
            meeting = get_row(Meeting, meeting_id, "会议")
            Meeting.update(**values).where(Meeting.id == meeting_id).execute()
    events.changed(TOPIC)
    return meeting


def delete_meeting(meeting_id: int) -> None:
    with database.atomic():
        get_row(Meeting, meeting_id, "会议").delete_instance()
    events.changed(TOPIC)


def meeting_rows(*, kind: str | None = None, since: dt.date | None = None,
                 until: dt.date | None = None) -> list[MeetingRow]:
    """Meetings in the period, in date order."""
    query = Meeting.select().where(in_period(Meeting.held_on, since, until))
    if kind:
        query = query.where(Meeting.kind == kind)
    return [MeetingRow(id=m.id, kind=m.kind, held_on=m.held_on, title=m.title, presided_by=m.presided_by,
                       attendees=m.attendees, media_invited=m.media_invited, notes=m.notes)
            for m in query.order_by(Meeting.held_on, Meeting.id)]


@dataclass
class NoticeData:
    issued_on: dt.date | str | None = None
    channel: str = ""
    title: str = ""
    notes: str = ""


@dataclass(frozen=True)
class NoticeRow:
    id: int
    issued_on: dt.date
    channel: str
    title: str
    notes: str

    def matches(self, text: str) -> bool:
        return not text or any(text in x for x in (self.channel, self.title, self.notes))


def _notice_values(data: NoticeData) -> dict:
    errors: list = []
    values = dict(issued_on=parse_date(data.issued_on, "通报日期", errors, required=True),
                  channel=choice(data.channel, NOTICE_CHANNELS, "通报渠道", errors),
                  title=clean_into(errors, data.title, MAX_LINE, "通报标题"),
                  notes=clean_into(errors, data.notes, MAX_TEXT, "备注", multiline=True))
    require_text(errors, values["title"], "通报标题")
    if errors:
        raise ValidationErrors(errors)
    return values


def save_notice(data: NoticeData, notice_id: int | None = None) -> PublicNotice:
    values = _notice_values(data)
    with database.atomic():
        if notice_id is None:
            notice = PublicNotice.create(**values)
        else:
            notice = get_row(PublicNotice, notice_id, "通报")
            PublicNotice.update(**values).where(PublicNotice.id == notice_id).execute()
    events.changed(TOPIC)
    return notice


def delete_notice(notice_id: int) -> None:
    with database.atomic():
        get_row(PublicNotice, notice_id, "通报").delete_instance()
    events.changed(TOPIC)


def notice_rows(*, since: dt.date | None = None, until: dt.date | None = None) -> list[NoticeRow]:
    query = PublicNotice.select().where(in_period(PublicNotice.issued_on, since, until))
    return [NoticeRow(id=n.id, issued_on=n.issued_on, channel=n.channel, title=n.title, notes=n.notes)
            for n in query.order_by(PublicNotice.issued_on, PublicNotice.id)]
