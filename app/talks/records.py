"""Talk records (谈话记录): validation naming every bad field, writes of a record with the people present
and its follow-up items, reading one back for the form, the trash, and the link to the feedback ledger.
Messages and log lines never quote the content."""
from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass, field

import peewee as pw

from app import events
from app.common.safe_text import clean_into
from app.errors import NotFound, ValidationError, ValidationErrors
from app.events import Topic
from app.roster.models import Department, Officer, Unit
from app.store.base import now
from app.store.db import database
from app.talks.common import MAX_LINE, MAX_TEXT, chunks, officer_post_text, require_content_access, unit_label
from app.talks.follow_ups import FollowUpData
from app.talks.models import FIELD_LABELS, MODES, TALK_TYPES, FollowUp, Talk, TalkParticipant, TalkRound
from app.talks.rounds import ensure_expected_set

log = logging.getLogger(__name__)


@dataclass
class TalkData:
    """A talk record as a form holds it, before validation."""

    round_id: int | None = None
    talk_date: dt.date | None = None
    talk_time: dt.time | None = None
    place: str = ""
    talker_id: int | None = None  # a roster officer, or None for someone outside the roster
    talker_name: str = ""
    talker_post: str = ""
    participant_ids: list[int] = field(default_factory=list)
    talk_type: str = TALK_TYPES[0]
    mode: str = MODES[0]
    topic: str = ""
    content: str = ""
    problems: str = ""
    suggestions: str = ""
    self_reported: bool = False
    follow_ups: list[FollowUpData] = field(default_factory=list)
    note_taker: str = ""
    remarks: str = ""


def _roster_post(officer: Officer) -> str:
    unit = officer.unit
    dept = officer.department.name if officer.department_id else ""
    return officer_post_text(unit_label(unit.name, unit.short_name), dept, officer.post)


def validate_talk(data: TalkData, *, today: dt.date | None = None) -> TalkData:
    """Return a cleaned copy (talker name/post filled from the roster), or raise ValidationErrors
    naming every bad field. Messages never quote the content fields."""
    today = today or dt.date.today()
    errors: list[ValidationError] = []
    clean = TalkData(round_id=data.round_id, talk_date=data.talk_date, talk_time=data.talk_time,
                     talker_id=data.talker_id, talk_type=(data.talk_type or "").strip(),
                     mode=(data.mode or "").strip(), self_reported=bool(data.self_reported))
    for key in ("place", "talker_name", "talker_post", "topic", "note_taker"):
        setattr(clean, key, clean_into(errors, getattr(data, key), MAX_LINE, FIELD_LABELS[key]))
    for key in ("content", "problems", "suggestions", "remarks"):
        setattr(clean, key, clean_into(errors, getattr(data, key), MAX_TEXT, FIELD_LABELS[key], multiline=True))
    clean.talker_name = clean.talker_name.replace(" ", "")

    round_row = TalkRound.get_or_none(TalkRound.id == data.round_id) if data.round_id else None
    if round_row is None:
        errors.append(ValidationError("轮次", "请选择轮次" if not data.round_id else "该轮次已不存在"))
    if data.talk_date is None:
        errors.append(ValidationError("谈话日期", "不能为空"))
    elif data.talk_date > today:
        errors.append(ValidationError("谈话日期", "不能晚于今天"))
    elif round_row is not None and (
            (round_row.start_date and data.talk_date < round_row.start_date)
            or (round_row.end_date and data.talk_date > round_row.end_date)):
        span = f"{round_row.start_date or '…'} 至 {round_row.end_date or '…'}"
        errors.append(ValidationError("谈话日期", f"不在{round_row.name}的时间范围（{span}）内，请核对日期或轮次"))

    if data.talker_id is not None:
        talker = Officer.alive().where(Officer.id == data.talker_id).first()
        if talker is None:
            errors.append(ValidationError("谈话人", "所选人员已不在台账中，请重新选择"))
        else:
            clean.talker_name = clean.talker_name or talker.name
            clean.talker_post = clean.talker_post or _roster_post(talker)
    else:
        if not clean.talker_name:
            errors.append(ValidationError("谈话人", "不能为空"))
        if not clean.talker_post:
            errors.append(ValidationError("谈话人职务", "台账外的谈话人须填写单位及职务"))

    if clean.talk_type not in TALK_TYPES:
        errors.append(ValidationError("谈话类型", f"“{clean.talk_type}”不在可选值中（{'、'.join(TALK_TYPES)}）"))
    if clean.mode not in MODES:
        errors.append(ValidationError("谈话方式", "请选择“个别”或“集体”"))

    ids = list(dict.fromkeys(int(i) for i in data.participant_ids))
    clean.participant_ids = ids
    if not ids:
        errors.append(ValidationError("谈话对象", "请至少选择一名谈话对象"))
    else:
        alive = {oid for (oid,) in Officer.alive().select(Officer.id).where(Officer.id.in_(ids)).tuples()}
        if len(alive) < len(ids):
            errors.append(ValidationError("谈话对象", f"有{len(ids) - len(alive)}人已不在台账中，请重新选择"))
        if clean.mode == "个别" and len(ids) > 1:
            errors.append(ValidationError("谈话对象", f"个别谈话只能有一名谈话对象（已选{len(ids)}人），多人请选“集体”"))
        if clean.mode == "集体" and len(ids) < 2:
            errors.append(ValidationError("谈话对象", "集体谈话应有两名以上谈话对象，一人请选“个别”"))
        if data.talker_id is not None and data.talker_id in ids:
            errors.append(ValidationError("谈话对象", "谈话人不能同时是谈话对象"))

    for number, item in enumerate(data.follow_ups, start=1):
        text = "".join(ch for ch in (item.text or "") if ch.isprintable()).strip()
        if not text and item.due_date is None and item.done_date is None:
            continue  # an empty line of the form
        prefix = f"第{number}项："
        if not text:
            errors.append(ValidationError("后续事项", prefix + "内容不能为空"))
        elif len(text) > MAX_LINE:
            errors.append(ValidationError("后续事项", prefix + f"过长（最多{MAX_LINE}字）"))
        if data.talk_date and item.due_date and item.due_date < data.talk_date:
            errors.append(ValidationError("后续事项", prefix + "完成时限早于谈话日期"))
        if data.talk_date and item.done_date and item.done_date < data.talk_date:
            errors.append(ValidationError("后续事项", prefix + "完成日期早于谈话日期"))
        if item.done_date and item.done_date > today:
            errors.append(ValidationError("后续事项", prefix + "完成日期不能晚于今天"))
        clean.follow_ups.append(FollowUpData(text, item.due_date, item.done_date))
    if errors:
        raise ValidationErrors(errors)
    return clean


def _participant_rows(talk_id: int, officer_ids: list[int]) -> list[dict]:
    posts = {}
    query = (Officer.select(Officer.id, Officer.post, Unit.name, Unit.short_name, Department.name.alias("dept"))
             .join(Unit, on=(Officer.unit == Unit.id))
             .join(Department, pw.JOIN.LEFT_OUTER, on=(Officer.department == Department.id))
             .where(Officer.id.in_(officer_ids)))
    for row in query.dicts():
        posts[row["id"]] = officer_post_text(unit_label(row["name"], row["short_name"]), row["dept"] or "",
                                             row["post"])
    stamp = now()
    return [{"talk": talk_id, "officer": oid, "unit_post": posts.get(oid, ""), "created_at": stamp,
             "updated_at": stamp} for oid in officer_ids]


def _write_children(talk: Talk, data: TalkData, keep_posts: dict[int, str] | None = None) -> None:
    rows = _participant_rows(talk.id, data.participant_ids)
    if keep_posts:  # editing: a person already on the record keeps the post printed on the day
        for row in rows:
            row["unit_post"] = keep_posts.get(row["officer"], row["unit_post"])
    for chunk in chunks(rows):
        TalkParticipant.insert_many(chunk).execute()
    for order, item in enumerate(data.follow_ups):
        FollowUp.create(talk=talk, text=item.text, due_date=item.due_date, done_date=item.done_date,
                        sort_order=order)


def _apply(talk: Talk, data: TalkData) -> None:
    talk.round = data.round_id
    for key in ("talk_date", "talk_time", "place", "talker_name", "talker_post", "talk_type", "mode", "topic",
                "content", "problems", "suggestions", "self_reported", "note_taker", "remarks"):
        setattr(talk, key, getattr(data, key))
    talk.talker = data.talker_id


def create_talk(data: TalkData, *, today: dt.date | None = None) -> Talk:
    data = validate_talk(data, today=today)
    with database.atomic():
        ensure_expected_set(data.round_id)
        talk = Talk()
        _apply(talk, data)
        talk.save()
        _write_children(talk, data)
    log.info("talk %s saved (%d participants)", talk.id, len(data.participant_ids))  # never the content
    events.changed(Topic.TALKS)
    return talk


def update_talk(talk_id: int, data: TalkData, *, today: dt.date | None = None) -> Talk:
    data = validate_talk(data, today=today)
    with database.atomic():
        talk = Talk.alive().where(Talk.id == talk_id).first()
        if talk is None:
            raise NotFound("该谈话记录已不存在（可能已被删除），请刷新后再试。")
        keep = {p.officer_id: p.unit_post for p in TalkParticipant.select().where(TalkParticipant.talk == talk)}
        _apply(talk, data)
        talk.save()
        TalkParticipant.delete().where(TalkParticipant.talk == talk).execute()
        FollowUp.delete().where(FollowUp.talk == talk).execute()
        _write_children(talk, data, keep)
    log.info("talk %s updated", talk_id)
    events.changed(Topic.TALKS)
    return talk


def talk_data(talk_id: int, *, include_content: bool = True) -> TalkData:
    """The record as a form shows it (content only with permission)."""
    if include_content:
        require_content_access()
    talk = Talk.alive().where(Talk.id == talk_id).first()
    if talk is None:
        raise NotFound("该谈话记录已不存在（可能已被删除），请刷新后再试。")
    participants = [oid for (oid,) in TalkParticipant.select(TalkParticipant.officer)
                    .where(TalkParticipant.talk == talk).order_by(TalkParticipant.id).tuples()]
    follow = [FollowUpData(f.text, f.due_date, f.done_date)
              for f in FollowUp.select().where(FollowUp.talk == talk).order_by(FollowUp.sort_order, FollowUp.id)]
    return TalkData(
        round_id=talk.round_id, talk_date=talk.talk_date, talk_time=talk.talk_time, place=talk.place,
        talker_id=talk.talker_id, talker_name=talk.talker_name, talker_post=talk.talker_post,
        participant_ids=participants, talk_type=talk.talk_type, mode=talk.mode, topic=talk.topic,
        content=talk.content if include_content else "", problems=talk.problems if include_content else "",
        suggestions=talk.suggestions if include_content else "", self_reported=talk.self_reported,
        follow_ups=follow, note_taker=talk.note_taker, remarks=talk.remarks)


def delete_talks(ids: list[int]) -> int:
    """Move to the trash; coverage no longer counts them."""
    with database.atomic():
        count = (Talk.update(deleted_at=now(), updated_at=now())
                 .where(Talk.id.in_(ids) & Talk.deleted_at.is_null()).execute())
    events.changed(Topic.TALKS)
    return count


def restore_talks(ids: list[int]) -> int:
    with database.atomic():
        count = (Talk.update(deleted_at=None, updated_at=now())
                 .where(Talk.id.in_(ids) & Talk.deleted_at.is_null(False)).execute())
    events.changed(Topic.TALKS)
    return count


def set_feedback_link(talk_id: int, feedback_item_id: int | None) -> None:
    """Record which feedback-ledger item a talk's suggestions were sent to (the ledger calls this)."""
    with database.atomic():
        count = (Talk.update(feedback_item_id=feedback_item_id, updated_at=now())
                 .where(Talk.id == talk_id).execute())
        if not count:
            raise NotFound("该谈话记录已不存在。")
    events.changed(Topic.TALKS)
