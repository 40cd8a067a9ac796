"""Talk records (谈心谈话): rounds and their 应谈 lists, validated records, coverage per round and unit,
the "一级谈一级" cascade check, follow-up items and text snippets.

Talk content (main content, problems, suggestions) is confidential: it is never logged, never put in an
error message, and callers ask `access.can(access.TALK_CONTENT)` before showing or printing it. The
functions that return content take `include_content` and refuse it without that permission.
Coverage and the cascade are computed in SQL (GROUP BY / COUNT DISTINCT / EXISTS), so they stay fast at
tens of thousands of officers and talks.
"""
from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass, field

import peewee as pw

from app import events
from app.events import Topic
from app.safety import access
from app.store.db import database
from app.errors import Conflict, NotFound, ValidationError, ValidationErrors
from app.store.base import now
from app.roster.models import Department, Officer, Oversight, Unit
from app.talks.models import (
    DEFAULT_ROUND_NAMES, MODES, SNIPPET_FIELDS, TALK_TYPES, FollowUp, RoundExpected, Talk, TalkParticipant,
    TalkRound, TalkSnippet)
from app.roster.officers import campaign_officers

log = logging.getLogger(__name__)

# peewee logs every statement with its parameters at DEBUG level, which would copy talk content into any
# debug log. Keep its logger at INFO or above (SQL debugging then needs an explicit, deliberate change).
_peewee_log = logging.getLogger("peewee")
if _peewee_log.level < logging.INFO:  # NOTSET (0) included: it would inherit a DEBUG root
    _peewee_log.setLevel(logging.INFO)

MAX_LINE = 200
MAX_TEXT = 10000
INSERT_CHUNK = 300  # rows per insert_many (SQLite's variable limit)

FIELD_LABELS = {
    "round_id": "轮次", "talk_date": "谈话日期", "talk_time": "谈话时间", "place": "谈话地点",
    "talker_name": "谈话人", "talker_post": "谈话人职务", "participant_ids": "谈话对象", "talk_type": "谈话类型",
    "mode": "谈话方式", "topic": "谈话主题", "content": "主要内容", "problems": "反映的问题",
    "suggestions": "意见建议", "self_reported": "主动说明问题", "follow_ups": "后续事项", "note_taker": "记录人",
    "remarks": "备注",
}


class AccessDenied(Conflict):
    pass


def require_content_access() -> None:
    if not access.can(access.TALK_CONTENT):
        raise AccessDenied("当前账户无权查看或打印谈话内容。")


def _chunks(rows: list, size: int = INSERT_CHUNK):
    for start in range(0, len(rows), size):
        yield rows[start:start + size]


def unit_label(unit_name: str, short_name: str) -> str:
    return short_name or unit_name


def officer_post_text(unit: str, department: str, post: str) -> str:
    """单位/部门/职务 as it reads on a form: 县法院 刑事审判庭 庭长."""
    return " ".join(part for part in (unit, department, post) if part)


# ================================================================ typed dates and times

_DATE_SEPARATORS = str.maketrans({"/": "-", ".": "-", "年": "-", "月": "-", "日": "", " ": ""})


def parse_date(text: str) -> dt.date | None:
    """A date as clerks type it: 2021-6-30, 2021/6/30, 2021.6.30, 2021年6月30日, 20210630. Empty → None.
    Raises ValueError with a Chinese message."""
    value = (text or "").strip().translate(_DATE_SEPARATORS).strip("-")
    if not value:
        return None
    try:
        if value.isdigit() and len(value) == 8:
            return dt.date(int(value[:4]), int(value[4:6]), int(value[6:]))
        year, month, day = (int(part) for part in value.split("-"))
        return dt.date(year, month, day)
    except (ValueError, TypeError):
        raise ValueError(f"“{text.strip()}”不是有效日期（示例：2021-6-30）") from None


def parse_time(text: str) -> dt.time | None:
    """15:30, 15：30, 1530, 15点30, 15点. Empty → None. Raises ValueError with a Chinese message."""
    value = (text or "").strip().replace("：", ":").replace("点", ":").replace("分", "").rstrip(":")
    if not value:
        return None
    try:
        if ":" in value:
            hour, minute = value.split(":", 1)
            return dt.time(int(hour), int(minute or 0))
        if value.isdigit() and len(value) in (3, 4):
            return dt.time(int(value[:-2]), int(value[-2:]))
        if value.isdigit() and len(value) <= 2:
            return dt.time(int(value), 0)
    except ValueError:
        pass
    raise ValueError(f"“{text.strip()}”不是有效时间（示例：15:30）")


# ================================================================ rounds

@dataclass(frozen=True)
class RoundInfo:
    id: int
    number: int
    name: str
    start_date: dt.date | None
    end_date: dt.date | None
    expected: int
    talks: int
    person_times: int

    @property
    def label(self) -> str:
        if self.start_date and self.end_date:
            return f"{self.name}（{self.start_date:%Y-%m-%d} 至 {self.end_date:%Y-%m-%d}）"
        if self.start_date:
            return f"{self.name}（{self.start_date:%Y-%m-%d} 起）"
        return self.name

    def contains(self, day: dt.date) -> bool:
        return ((self.start_date is None or day >= self.start_date)
                and (self.end_date is None or day <= self.end_date))


def rounds() -> list[RoundInfo]:
    """All rounds in order, with their 应谈 count, talks and 人次."""
    expected = dict(RoundExpected.select(RoundExpected.round, pw.fn.COUNT(RoundExpected.id))
                    .join(Officer, on=(RoundExpected.officer == Officer.id))
                    .where(Officer.deleted_at.is_null()).group_by(RoundExpected.round).tuples())
    talks = dict(Talk.select(Talk.round, pw.fn.COUNT(Talk.id)).where(Talk.deleted_at.is_null())
                 .group_by(Talk.round).tuples())
    person_times = dict(TalkParticipant.select(Talk.round, pw.fn.COUNT(TalkParticipant.id))
                        .join(Talk).where(Talk.deleted_at.is_null()).group_by(Talk.round).tuples())
    return [RoundInfo(r.id, r.number, r.name, r.start_date, r.end_date, expected.get(r.id, 0),
                      talks.get(r.id, 0), person_times.get(r.id, 0))
            for r in TalkRound.select().order_by(TalkRound.number)]


def round_by_number(number: int) -> RoundInfo:
    """The N-th round (1, 2, 3 … in order), or NotFound naming the rounds there are."""
    all_rounds = rounds()
    if not 1 <= number <= len(all_rounds):
        names = "、".join(f"{i}={r.name}" for i, r in enumerate(all_rounds, start=1)) or "（尚未设置轮次）"
        raise NotFound(f"轮次：没有第{number}轮。现有轮次：{names}")
    return all_rounds[number - 1]


def round_info(round_id: int) -> RoundInfo:
    for info in rounds():
        if info.id == round_id:
            return info
    raise NotFound("该轮次已不存在，请刷新后再试。")


def _freeze_expected(round_id: int) -> None:
    """Replace the round's 应谈 list with every officer counted in the campaign today."""
    RoundExpected.delete().where(RoundExpected.round == round_id).execute()
    ids = [o.id for o in campaign_officers().select(Officer.id).order_by(Officer.id)]
    stamp = now()
    rows = [{"round": round_id, "officer": oid, "created_at": stamp, "updated_at": stamp} for oid in ids]
    for chunk in _chunks(rows):
        RoundExpected.insert_many(chunk).execute()
    TalkRound.update(expected_set_at=stamp, updated_at=stamp).where(TalkRound.id == round_id).execute()


def _validate_round(name: str, start: dt.date | None, end: dt.date | None, exclude_id: int | None) -> str:
    errors = []
    name = (name or "").strip()
    if not name:
        errors.append(ValidationError("轮次名称", "不能为空"))
    elif len(name) > 40:
        errors.append(ValidationError("轮次名称", "过长（最多40字）"))
    else:
        query = TalkRound.select().where(TalkRound.name == name)
        if exclude_id is not None:
            query = query.where(TalkRound.id != exclude_id)
        if query.exists():
            errors.append(ValidationError("轮次名称", f"已有名为“{name}”的轮次"))
    if start and end and end < start:
        errors.append(ValidationError("结束日期", "不能早于开始日期"))
    if errors:
        raise ValidationErrors(errors)
    return name


def create_round(name: str, start: dt.date | None = None, end: dt.date | None = None) -> TalkRound:
    """A new round at the end; its 应谈 list is frozen now from the roster."""
    with database.atomic():
        name = _validate_round(name, start, end, None)
        number = (TalkRound.select(pw.fn.MAX(TalkRound.number)).scalar() or 0) + 1
        new = TalkRound.create(number=number, name=name, start_date=start, end_date=end)
        _freeze_expected(new.id)
    events.changed(Topic.TALKS)
    return new


def ensure_default_rounds() -> None:
    """A database without rounds gets 第一轮, 第二轮, 第三轮 (names and dates editable later)."""
    if TalkRound.select().exists():
        return
    with database.atomic():
        for name in DEFAULT_ROUND_NAMES:
            number = (TalkRound.select(pw.fn.MAX(TalkRound.number)).scalar() or 0) + 1
            new = TalkRound.create(number=number, name=name)
            _freeze_expected(new.id)
    events.changed(Topic.TALKS)


def update_round(round_id: int, name: str, start: dt.date | None, end: dt.date | None) -> None:
    with database.atomic():
        existing = TalkRound.get_or_none(TalkRound.id == round_id)
        if existing is None:
            raise NotFound("该轮次已不存在，请刷新后再试。")
        name = _validate_round(name, start, end, round_id)
        outside = []
        if start or end:
            query = Talk.select(Talk.talk_date).where(Talk.round == round_id, Talk.deleted_at.is_null())
            if start:
                outside += [d for (d,) in query.where(Talk.talk_date < start).limit(1).tuples()]
            if end:
                outside += [d for (d,) in query.where(Talk.talk_date > end).limit(1).tuples()]
        if outside:
            raise ValidationErrors([ValidationError(
                "起止日期", f"本轮已有{outside[0]:%Y-%m-%d}的谈话记录，不在新的日期范围内")])
        existing.name, existing.start_date, existing.end_date = name, start, end
        existing.save()
    events.changed(Topic.TALKS)


def delete_round(round_id: int) -> None:
    """Only a round without records (trash included) can be deleted; the others are renumbered."""
    with database.atomic():
        existing = TalkRound.get_or_none(TalkRound.id == round_id)
        if existing is None:
            raise NotFound("该轮次已不存在，请刷新后再试。")
        count = Talk.select().where(Talk.round == round_id).count()
        if count:
            raise Conflict(f"“{existing.name}”已有{count}条谈话记录（含回收站），不能删除。")
        existing.delete_instance(recursive=True)
        for number, other in enumerate(TalkRound.select().order_by(TalkRound.number), start=1):
            if other.number != number:
                TalkRound.update(number=number).where(TalkRound.id == other.id).execute()
    events.changed(Topic.TALKS)


def refresh_expected(round_id: int) -> tuple[int, int]:
    """Re-freeze the round's 应谈 list from today's roster. Returns (added, removed)."""
    with database.atomic():
        if not TalkRound.select().where(TalkRound.id == round_id).exists():
            raise NotFound("该轮次已不存在，请刷新后再试。")
        before = {oid for (oid,) in RoundExpected.select(RoundExpected.officer)
                  .where(RoundExpected.round == round_id).tuples()}
        _freeze_expected(round_id)
        after = {oid for (oid,) in RoundExpected.select(RoundExpected.officer)
                 .where(RoundExpected.round == round_id).tuples()}
    events.changed(Topic.TALKS)
    return len(after - before), len(before - after)


def expected_differs_from_roster(round_id: int) -> tuple[int, int]:
    """(in the roster but not on the list, on the list but no longer in the roster's campaign set)."""
    listed = RoundExpected.select(RoundExpected.officer).where(RoundExpected.round == round_id)
    current = campaign_officers().select(Officer.id)
    missing = campaign_officers().where(Officer.id.not_in(listed)).count()
    gone = (RoundExpected.select().where(RoundExpected.round == round_id,
                                         RoundExpected.officer.not_in(current)).count())
    return missing, gone


def remove_expected(round_id: int, officer_ids: list[int]) -> int:
    with database.atomic():
        count = (RoundExpected.delete()
                 .where(RoundExpected.round == round_id, RoundExpected.officer.in_(officer_ids)).execute())
    events.changed(Topic.TALKS)
    return count


def add_expected(round_id: int, officer_ids: list[int]) -> int:
    with database.atomic():
        have = {oid for (oid,) in RoundExpected.select(RoundExpected.officer)
                .where(RoundExpected.round == round_id).tuples()}
        stamp = now()
        rows = [{"round": round_id, "officer": oid, "created_at": stamp, "updated_at": stamp}
                for oid in dict.fromkeys(officer_ids) if oid not in have]
        for chunk in _chunks(rows):
            RoundExpected.insert_many(chunk).execute()
    events.changed(Topic.TALKS)
    return len(rows)


def _ensure_expected_set(round_id: int) -> None:
    """A round set up before the roster was filled gets its list when its first talk is saved."""
    if not RoundExpected.select().where(RoundExpected.round == round_id).exists():
        round_row = TalkRound.get_by_id(round_id)
        if round_row.expected_set_at is None or not Talk.select().where(Talk.round == round_id).exists():
            _freeze_expected(round_id)


# ================================================================ records

@dataclass
class FollowUpData:
    text: str = ""
    due_date: dt.date | None = None
    done_date: dt.date | None = None


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


def _clean(value: str, key: str, errors: list, limit: int) -> str:
    value = "".join(ch for ch in (value or "") if ch.isprintable() or ch in "\n\t").strip()
    if len(value) > limit:
        errors.append(ValidationError(FIELD_LABELS.get(key, key), f"过长（{len(value)}字，最多{limit}字）"))
    return value


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
        setattr(clean, key, _clean(getattr(data, key), key, errors, MAX_LINE))
    for key in ("content", "problems", "suggestions", "remarks"):
        setattr(clean, key, _clean(getattr(data, key), key, errors, MAX_TEXT))
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
    for chunk in _chunks(rows):
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
        _ensure_expected_set(data.round_id)
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


# ================================================================ lists

@dataclass(slots=True)
class TalkRow:
    """One line of the records list: plain values. Content fields are empty unless asked for."""

    id: int
    round_id: int
    round_name: str
    talk_date: dt.date
    talk_time: dt.time | None
    place: str
    talker_name: str
    talker_post: str
    participants: str  # 张三、李四
    participant_count: int
    unit_ids: tuple
    units: str
    talk_type: str
    mode: str
    topic: str
    self_reported: bool
    open_follow_ups: int
    note_taker: str
    remarks: str
    feedback_item_id: int | None
    content: str = ""
    problems: str = ""
    suggestions: str = ""


def _fetch(query) -> list[tuple]:
    """Rows of a peewee-built query straight from the cursor: no per-value conversion. For the big lists,
    where peewee's row processing would cost most of the time; callers convert what they need."""
    sql, params = query.sql()
    return database.execute_sql(sql, params).fetchall()


def _as_date(value) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(value[:10])


def _as_time(value) -> dt.time | None:
    if value is None or isinstance(value, dt.time):
        return value
    return dt.time.fromisoformat(value)


def talk_rows(round_ids: list[int] | None = None, *, include_content: bool = False,
              trashed: bool = False) -> list[TalkRow]:
    """Records of the given rounds (all when None), newest first."""
    if include_content:
        require_content_access()
    columns = [Talk.id, Talk.round, Talk.talk_date, Talk.talk_time, Talk.place, Talk.talker_name,
               Talk.talker_post, Talk.talk_type, Talk.mode, Talk.topic, Talk.self_reported, Talk.note_taker,
               Talk.remarks, Talk.feedback_item_id]
    if include_content:
        columns += [Talk.content, Talk.problems, Talk.suggestions]
    query = Talk.select(*columns).where(Talk.deleted_at.is_null(not trashed))
    if round_ids is not None:
        query = query.where(Talk.round.in_(round_ids))
    chosen = query.select(Talk.id)
    part_query = (TalkParticipant.select(TalkParticipant.talk, Officer.name, Officer.unit)
                  .join(Officer, on=(TalkParticipant.officer == Officer.id))
                  .where(TalkParticipant.talk.in_(chosen)).order_by(TalkParticipant.id))
    follow_query = (FollowUp.select(FollowUp.talk, pw.fn.COUNT(FollowUp.id))
                    .where(FollowUp.talk.in_(chosen), FollowUp.done_date.is_null()).group_by(FollowUp.talk))
    round_names = dict(TalkRound.select(TalkRound.id, TalkRound.name).tuples())
    unit_names = {uid: short or name for uid, short, name in Unit.select(Unit.id, Unit.short_name, Unit.name).tuples()}
    people: dict[int, list] = {}
    for talk_id, name, unit_id in _fetch(part_query):
        people.setdefault(talk_id, []).append((name, unit_id))
    open_items = dict(_fetch(follow_query))
    rows = []
    empty: list = []
    for r in _fetch(query.order_by(Talk.talk_date.desc(), Talk.talk_time.desc(), Talk.id.desc())):
        members = people.get(r[0], empty)
        unit_ids = tuple(dict.fromkeys(m[1] for m in members))
        row = TalkRow(r[0], r[1], round_names.get(r[1], ""), _as_date(r[2]), _as_time(r[3]), r[4], r[5], r[6],
                      "、".join(m[0] for m in members), len(members), unit_ids,
                      "、".join(unit_names.get(u, "") for u in unit_ids), r[7], r[8], r[9], bool(r[10]),
                      open_items.get(r[0], 0), r[11], r[12], r[13])
        if include_content:
            row.content, row.problems, row.suggestions = r[14], r[15], r[16]
        rows.append(row)
    return rows


# ================================================================ coverage

@dataclass(frozen=True)
class CoverageRow:
    unit_id: int | None  # None for the 合计 line
    unit: str
    expected: int  # 应谈
    talked: int  # 已谈
    person_times: int  # 人次

    @property
    def untalked(self) -> int:
        return self.expected - self.talked

    @property
    def rate(self) -> float | None:
        return self.talked / self.expected if self.expected else None


def _round_ids(round_id: int | None) -> list[int]:
    if round_id is None:
        return [r for (r,) in TalkRound.select(TalkRound.id).tuples()]
    return [round_id]


def _talked_exists(round_ids: list[int], officer_field):
    """EXISTS: the officer was present at a (not deleted) talk of these rounds."""
    return pw.fn.EXISTS(
        TalkParticipant.select(pw.SQL("1"))
        .join(Talk, on=(TalkParticipant.talk == Talk.id))
        .where(TalkParticipant.officer == officer_field, Talk.round.in_(round_ids), Talk.deleted_at.is_null()))


def coverage(round_id: int | None) -> list[CoverageRow]:
    """Per unit, then a 合计 line: 应谈 (the round's frozen list, officers still on the roster), 已谈 (of
    those, present at least once), 人次 (every presence, group talks once per person). round_id None: the
    whole campaign (应谈 = anyone on any round's list; 已谈 = talked with in any round)."""
    ids = _round_ids(round_id)
    expected_officers = (RoundExpected.select(RoundExpected.officer.alias("oid"))
                         .where(RoundExpected.round.in_(ids)).distinct())
    base = (Officer.select(Officer.unit, pw.fn.COUNT(Officer.id))
            .where(Officer.id.in_(expected_officers), Officer.deleted_at.is_null())
            .group_by(Officer.unit))
    expected = dict(base.tuples())
    talked = dict(base.where(_talked_exists(ids, Officer.id)).tuples())
    live_talks = Talk.select(Talk.id).where(Talk.round.in_(ids), Talk.deleted_at.is_null())
    person_times = dict(TalkParticipant.select(Officer.unit, pw.fn.COUNT(TalkParticipant.id))
                        .join(Officer, on=(TalkParticipant.officer == Officer.id))
                        .where(TalkParticipant.talk.in_(live_talks))
                        .group_by(Officer.unit).tuples())
    rows = []
    for unit_id, name, short in (Unit.select(Unit.id, Unit.name, Unit.short_name)
                                 .order_by(Unit.sort_order, Unit.id).tuples()):
        rows.append(CoverageRow(unit_id, name, expected.get(unit_id, 0), talked.get(unit_id, 0),
                                person_times.get(unit_id, 0)))
    rows.append(CoverageRow(None, "合计", sum(r.expected for r in rows), sum(r.talked for r in rows),
                            sum(r.person_times for r in rows)))
    return rows


@dataclass(frozen=True)
class RoundSummary:
    round_id: int | None  # None: the whole campaign (全部轮次)
    name: str
    start_date: dt.date | None
    end_date: dt.date | None
    talks: int
    expected: int
    talked: int
    person_times: int

    @property
    def rate(self) -> float | None:
        return self.talked / self.expected if self.expected else None


def round_summaries() -> list[RoundSummary]:
    """Each round's totals, then the whole campaign's (anyone on a list, talked with in any round)."""
    result = []
    for info in rounds():
        total = coverage(info.id)[-1]
        result.append(RoundSummary(info.id, info.name, info.start_date, info.end_date, info.talks, total.expected,
                                   total.talked, total.person_times))
    if result:
        total = coverage(None)[-1]
        result.append(RoundSummary(None, "全部轮次", result[0].start_date, result[-1].end_date,
                                   sum(r.talks for r in result), total.expected, total.talked, total.person_times))
    return result


@dataclass(frozen=True)
class PersonRow:
    id: int
    name: str
    unit_id: int
    unit: str
    department: str
    post: str
    leadership: str
    is_department_head: bool


def _person_query():
    return (Officer.select(Officer.id, Officer.name, Officer.unit, Unit.name.alias("unit_name"),
                           Department.name.alias("dept"), Officer.post, Officer.leadership,
                           Officer.is_department_head)
            .join(Unit, on=(Officer.unit == Unit.id))
            .join(Department, pw.JOIN.LEFT_OUTER, on=(Officer.department == Department.id))
            .where(Officer.deleted_at.is_null())
            .order_by(Unit.sort_order, Unit.id, Department.sort_order.asc(nulls="first"), Officer.id))


def _person(r: dict) -> PersonRow:
    return PersonRow(r["id"], r["name"], r["unit"], r["unit_name"], r["dept"] or "", r["post"], r["leadership"],
                     bool(r["is_department_head"]))


def expected_people(round_id: int | None, unit_id: int | None = None) -> list[PersonRow]:
    ids = _round_ids(round_id)
    listed = RoundExpected.select(RoundExpected.officer).where(RoundExpected.round.in_(ids))
    query = _person_query().where(Officer.id.in_(listed))
    if unit_id is not None:
        query = query.where(Officer.unit == unit_id)
    return [_person(r) for r in query.dicts()]


def untalked(round_id: int | None, unit_id: int | None = None) -> list[PersonRow]:
    """未谈名单: on the round's list and not yet present at any talk of the round, in roster order."""
    ids = _round_ids(round_id)
    listed = RoundExpected.select(RoundExpected.officer).where(RoundExpected.round.in_(ids))
    query = _person_query().where(Officer.id.in_(listed), ~_talked_exists(ids, Officer.id))
    if unit_id is not None:
        query = query.where(Officer.unit == unit_id)
    return [_person(r) for r in query.dicts()]


def next_untalked(round_id: int, unit_id: int, after_officer_id: int | None = None) -> PersonRow | None:
    """Fast entry: the next person of the unit, after `after_officer_id` in roster order (wrapping round),
    not yet talked with this round."""
    waiting = untalked(round_id, unit_id)
    if not waiting:
        return None
    if after_officer_id is None:
        return waiting[0]
    order = [p.id for p in expected_people(round_id, unit_id)]
    position = {oid: i for i, oid in enumerate(order)}
    if after_officer_id not in position:
        return waiting[0]
    mark = position[after_officer_id]
    later = [p for p in waiting if position.get(p.id, -1) > mark]
    return later[0] if later else waiting[0]


# ================================================================ the cascade (一级谈一级)

GAP_MEMBER = "班子成员：一把手未谈"
GAP_HEAD = "部门负责人：分管领导未谈"
GAP_NOBODY = "无人谈话"
GAP_KINDS = (GAP_MEMBER, GAP_HEAD, GAP_NOBODY)


@dataclass(frozen=True)
class GapRow:
    kind: str
    officer_id: int
    unit_id: int
    unit: str
    department: str
    name: str
    post: str
    expected_talkers: str  # who should have talked with them
    actual_talkers: str  # who did, this round ("" = nobody)


def cascade_gaps(round_id: int | None) -> list[GapRow]:
    """Where "一级谈一级" has gaps: a 班子成员 not talked with by the 一把手, a department head not talked
    with by a leader who oversees (分管) the department (the 一把手 when nobody does), and anyone on the
    list whom nobody talked with. Each person appears once, under the first gap that applies."""
    ids = _round_ids(round_id)
    listed = RoundExpected.select(RoundExpected.officer).where(RoundExpected.round.in_(ids))
    leaders = (_person_query().where(Officer.id.in_(listed),
                                     (Officer.leadership == "班子成员") | Officer.is_department_head))
    leaders = [_person(r) for r in leaders.dicts()]
    leader_ids = [p.id for p in leaders]
    talkers: dict[int, dict[int | None, str]] = {}
    query = (TalkParticipant.select(TalkParticipant.officer, Talk.talker, Talk.talker_name)
             .join(Talk, on=(TalkParticipant.talk == Talk.id))
             .where(Talk.round.in_(ids), Talk.deleted_at.is_null(), TalkParticipant.officer.in_(leader_ids))
             .distinct())
    for officer_id, talker_id, talker_name in query.tuples():
        talkers.setdefault(officer_id, {})[talker_id if talker_id is not None else f"外:{talker_name}"] = talker_name
    heads_of_unit: dict[int, dict[int, str]] = {}
    for oid, name, unit_id in (Officer.alive().select(Officer.id, Officer.name, Officer.unit)
                               .where(Officer.leadership == "一把手").tuples()):
        heads_of_unit.setdefault(unit_id, {})[oid] = name
    overseers: dict[int, dict[int, str]] = {}
    for dept_id, oid, name in (Oversight.select(Oversight.department, Officer.id, Officer.name)
                               .join(Officer, on=(Oversight.officer == Officer.id))
                               .where(Officer.deleted_at.is_null()).tuples()):
        overseers.setdefault(dept_id, {})[oid] = name
    dept_of = dict(Officer.select(Officer.id, Officer.department).where(Officer.id.in_(leader_ids)).tuples())

    gaps: list[GapRow] = []
    listed_once: set[int] = set()
    for person in leaders:
        had = talkers.get(person.id, {})
        if person.leadership == "班子成员":
            kind, should = GAP_MEMBER, heads_of_unit.get(person.unit_id, {})
        elif person.leadership == "一把手":
            continue
        else:
            kind = GAP_HEAD
            should = overseers.get(dept_of.get(person.id), {}) or heads_of_unit.get(person.unit_id, {})
        if not (set(should) & set(had)):
            gaps.append(GapRow(kind, person.id, person.unit_id, person.unit, person.department, person.name,
                               person.post,
                               "、".join(should.values()) or "（台账中未设）", "、".join(dict.fromkeys(had.values()))))
            listed_once.add(person.id)
    for person in untalked(round_id):
        if person.id not in listed_once:
            gaps.append(GapRow(GAP_NOBODY, person.id, person.unit_id, person.unit, person.department, person.name,
                               person.post, "", ""))
    return gaps


# ================================================================ follow-up items

@dataclass(frozen=True)
class FollowUpRow:
    id: int
    talk_id: int
    round_name: str
    talk_date: dt.date
    participants: str
    units: str
    talker_name: str
    text: str
    due_date: dt.date | None
    done_date: dt.date | None
    overdue: bool


def follow_up_rows(*, open_only: bool = True, today: dt.date | None = None,
                   round_id: int | None = None) -> list[FollowUpRow]:
    """Follow-up items of live records, the most urgent first (overdue, then by due date)."""
    today = today or dt.date.today()
    query = (FollowUp.select(FollowUp.id, FollowUp.talk, TalkRound.name, Talk.talk_date, Talk.talker_name,
                             FollowUp.text, FollowUp.due_date, FollowUp.done_date)
             .join(Talk, on=(FollowUp.talk == Talk.id)).join(TalkRound, on=(Talk.round == TalkRound.id))
             .where(Talk.deleted_at.is_null()))
    if open_only:
        query = query.where(FollowUp.done_date.is_null())
    if round_id is not None:
        query = query.where(Talk.round == round_id)
    query = query.order_by(FollowUp.done_date.asc(nulls="first"), FollowUp.due_date.asc(nulls="last"),
                           FollowUp.id)
    items = list(query.tuples())
    talk_ids = {item[1] for item in items}
    people: dict[int, list] = {}
    for talk_id, name, short in (TalkParticipant.select(TalkParticipant.talk, Officer.name, Unit.short_name)
                                 .join(Officer, on=(TalkParticipant.officer == Officer.id))
                                 .join(Unit, on=(Officer.unit == Unit.id))
                                 .where(TalkParticipant.talk.in_(list(talk_ids)))
                                 .order_by(TalkParticipant.id).tuples()):
        people.setdefault(talk_id, []).append((name, short))
    rows = []
    for fid, talk_id, round_name, talk_date, talker, text, due, done in items:
        members = people.get(talk_id, [])
        rows.append(FollowUpRow(fid, talk_id, round_name, talk_date, "、".join(m[0] for m in members),
                                "、".join(dict.fromkeys(m[1] for m in members)), talker, text, due, done,
                                done is None and due is not None and due < today))
    return rows


def mark_follow_ups_done(ids: list[int], day: dt.date | None = None) -> int:
    day = day or dt.date.today()
    with database.atomic():
        count = (FollowUp.update(done_date=day, updated_at=now())
                 .where(FollowUp.id.in_(ids), FollowUp.done_date.is_null()).execute())
    events.changed(Topic.TALKS)
    return count


def reopen_follow_ups(ids: list[int]) -> int:
    with database.atomic():
        count = FollowUp.update(done_date=None, updated_at=now()).where(FollowUp.id.in_(ids)).execute()
    events.changed(Topic.TALKS)
    return count


# ================================================================ snippets (常用语)

DEFAULT_SNIPPETS = [
    ("谈话主题", "思想动员", "教育整顿思想动员"),
    ("谈话主题", "宽严政策", "“自查从宽、被查从严”政策宣讲"),
    ("谈话主题", "三个规定", "执行防止干预司法“三个规定”情况"),
    ("主要内容", "政策宣讲",
     "传达学习政法队伍教育整顿有关要求，宣讲“自查从宽、被查从严”政策，引导其如实填报个人自查事项。"),
    ("主要内容", "了解思想",
     "了解其近期思想、工作和家庭情况，听取其对本单位教育整顿工作的意见建议。"),
    ("主要内容", "三个规定",
     "结合岗位职责，提醒其严格执行防止干预司法“三个规定”，对过问、干预案件的情况做到逢问必录。"),
    ("反映的问题", "无问题", "本人表示没有需要说明的问题。"),
    ("反映的问题", "工学矛盾", "反映案件数量多、人员少，工学矛盾较为突出。"),
    ("意见建议", "业务培训", "建议加强执法办案业务培训，提升干警履职能力。"),
    ("意见建议", "关爱机制", "建议进一步完善干警关爱帮扶机制，落实休假制度。"),
    ("后续事项", "自查表", "一周内如实填报个人自查事项报告表"),
]


def install_default_snippets() -> None:
    if TalkSnippet.select().exists():
        return
    for order, (field_name, title, text) in enumerate(DEFAULT_SNIPPETS):
        TalkSnippet.create(field=field_name, title=title, text=text, sort_order=order)


@dataclass(frozen=True)
class SnippetRow:
    id: int
    field: str
    title: str
    text: str


def snippets(field_name: str | None = None) -> list[SnippetRow]:
    query = TalkSnippet.select().order_by(TalkSnippet.sort_order, TalkSnippet.id)
    if field_name:
        query = query.where(TalkSnippet.field == field_name)
    return [SnippetRow(s.id, s.field, s.title, s.text) for s in query]


def _validate_snippet(field_name: str, title: str, text: str) -> tuple[str, str, str]:
    errors = []
    title, text = (title or "").strip(), (text or "").strip()
    if field_name not in SNIPPET_FIELDS:
        errors.append(ValidationError("用于", f"请选择{'、'.join(SNIPPET_FIELDS)}之一"))
    if not title:
        errors.append(ValidationError("名称", "不能为空"))
    elif len(title) > 40:
        errors.append(ValidationError("名称", "过长（最多40字）"))
    if not text:
        errors.append(ValidationError("文字", "不能为空"))
    elif len(text) > 2000:
        errors.append(ValidationError("文字", "过长（最多2000字）"))
    if errors:
        raise ValidationErrors(errors)
    return field_name, title, text


def save_snippet(snippet_id: int | None, field_name: str, title: str, text: str) -> int:
    field_name, title, text = _validate_snippet(field_name, title, text)
    with database.atomic():
        if snippet_id is None:
            order = (TalkSnippet.select(pw.fn.MAX(TalkSnippet.sort_order)).scalar() or 0) + 1
            snippet_id = TalkSnippet.create(field=field_name, title=title, text=text, sort_order=order).id
        elif not (TalkSnippet.update(field=field_name, title=title, text=text, updated_at=now())
                  .where(TalkSnippet.id == snippet_id).execute()):
            raise NotFound("该常用语已不存在，请刷新后再试。")
    events.changed(Topic.TALKS)
    return snippet_id


def delete_snippet(snippet_id: int) -> None:
    with database.atomic():
        TalkSnippet.delete().where(TalkSnippet.id == snippet_id).execute()
    events.changed(Topic.TALKS)


# ================================================================ people for pickers

@dataclass(frozen=True)
class PickPerson:
    id: int
    name: str
    unit_id: int
    unit: str  # short name
    department: str
    post: str
    leadership: str

    @property
    def label(self) -> str:
        """张三 · 县法院 刑事审判庭 庭长 — unique enough to tell namesakes apart."""
        return f"{self.name} · {officer_post_text(self.unit, self.department, self.post)}"


def pick_people() -> list[PickPerson]:
    """Everyone alive on the roster, in roster order (talk partners may be outside the campaign set)."""
    query = (Officer.select(Officer.id, Officer.name, Officer.unit, Unit.name.alias("unit_name"),
                            Unit.short_name, Department.name.alias("dept"), Officer.post, Officer.leadership)
             .join(Unit, on=(Officer.unit == Unit.id))
             .join(Department, pw.JOIN.LEFT_OUTER, on=(Officer.department == Department.id))
             .where(Officer.deleted_at.is_null())
             .order_by(Unit.sort_order, Unit.id, Department.sort_order.asc(nulls="first"), Officer.id))
    return [PickPerson(r["id"], r["name"], r["unit"], r["short_name"] or r["unit_name"], r["dept"] or "",
                       r["post"], r["leadership"]) for r in query.dicts()]


def suggested_talker(officer_id: int) -> int | None:
    """Who should talk with this person under "一级谈一级": a 班子成员 → the 一把手; a department head →
    a leader overseeing the department (else the 一把手); anyone else → their department head."""
    person = Officer.get_or_none(Officer.id == officer_id)
    if person is None:
        return None
    head = (Officer.alive().where(Officer.unit == person.unit_id, Officer.leadership == "一把手")
            .order_by(Officer.id).first())
    if person.leadership == "一把手":
        return None
    if person.leadership == "班子成员":
        return head.id if head else None
    if person.department_id is None:
        return head.id if head else None
    if person.is_department_head:
        overseer = (Officer.alive().join(Oversight, on=(Oversight.officer == Officer.id))
                    .where(Oversight.department == person.department_id).order_by(Officer.id).first())
        return overseer.id if overseer else (head.id if head else None)
    dept_head = (Officer.alive().where(Officer.department == person.department_id, Officer.is_department_head,
                                       Officer.id != person.id).order_by(Officer.id).first())
    return dept_head.id if dept_head else None


# ================================================================ documents data

@dataclass(frozen=True)
class FormParticipant:
    name: str
    unit_post: str


@dataclass(frozen=True)
class FormRecord:
    """Everything the printed 谈心谈话记录表 shows for one talk."""

    id: int
    round_name: str
    talk_date: dt.date
    talk_time: dt.time | None
    place: str
    talker_name: str
    talker_post: str
    participants: tuple[FormParticipant, ...]
    talk_type: str
    mode: str
    topic: str
    content: str
    problems: str
    suggestions: str
    self_reported: bool
    follow_ups: tuple[FollowUpData, ...]
    note_taker: str
    remarks: str
    include_content: bool


def talk_ids_for(round_id: int, unit_id: int | None = None) -> list[int]:
    """Live records of a round (those with someone of the unit present), in date order."""
    query = Talk.select(Talk.id).where(Talk.round == round_id, Talk.deleted_at.is_null())
    if unit_id is not None:
        query = query.where(Talk.id.in_(
            TalkParticipant.select(TalkParticipant.talk).join(Officer, on=(TalkParticipant.officer == Officer.id))
            .where(Officer.unit == unit_id)))
    return [tid for (tid,) in query.order_by(Talk.talk_date, Talk.talk_time, Talk.id).tuples()]


def form_records(talk_ids: list[int], *, include_content: bool) -> list[FormRecord]:
    """The records in the order given; content only with permission (it is printed only when asked)."""
    if include_content:
        require_content_access()
    found: dict[int, Talk] = {}
    for chunk in _chunks(list(talk_ids), 500):
        for talk in (Talk.select(Talk, TalkRound).join(TalkRound, on=(Talk.round == TalkRound.id))
                     .where(Talk.id.in_(chunk), Talk.deleted_at.is_null())):
            found[talk.id] = talk
    people: dict[int, list] = {}
    follow: dict[int, list] = {}
    for chunk in _chunks(list(found), 500):
        for p in (TalkParticipant.select(TalkParticipant.talk, TalkParticipant.unit_post, Officer.name)
                  .join(Officer, on=(TalkParticipant.officer == Officer.id))
                  .where(TalkParticipant.talk.in_(chunk)).order_by(TalkParticipant.id)):
            people.setdefault(p.talk_id, []).append(FormParticipant(p.officer.name, p.unit_post))
        for f in FollowUp.select().where(FollowUp.talk.in_(chunk)).order_by(FollowUp.sort_order, FollowUp.id):
            follow.setdefault(f.talk_id, []).append(FollowUpData(f.text, f.due_date, f.done_date))
    records = []
    for tid in talk_ids:
        talk = found.get(tid)
        if talk is None:
            continue
        records.append(FormRecord(
            talk.id, talk.round.name, talk.talk_date, talk.talk_time, talk.place, talk.talker_name,
            talk.talker_post, tuple(people.get(tid, [])), talk.talk_type, talk.mode, talk.topic,
            talk.content if include_content else "", talk.problems if include_content else "",
            talk.suggestions if include_content else "", talk.self_reported, tuple(follow.get(tid, [])),
            talk.note_taker, talk.remarks, include_content))
    return records


def find_unit(name: str) -> Unit:
    """A unit by full or short name, or NotFound listing the units."""
    text = (name or "").strip()
    unit = Unit.get_or_none((Unit.name == text) | (Unit.short_name == text))
    if unit is None:
        names = "、".join(u.short_name or u.name for u in Unit.select().order_by(Unit.sort_order))
        raise NotFound(f"单位：找不到“{text}”。现有单位：{names}")
    return unit


# ================================================================ feature hooks

def stats() -> dict:
    today = dt.date.today()
    result_rounds = []
    for info in rounds():
        rows = coverage(info.id)
        total = rows[-1]
        result_rounds.append({
            "number": info.number, "name": info.name, "talks": info.talks, "person_times": info.person_times,
            "expected": total.expected, "talked": total.talked, "untalked": total.untalked,
            "coverage": round(total.rate, 4) if total.rate is not None else None,
            "by_unit": {r.unit: {"expected": r.expected, "talked": r.talked, "untalked": r.untalked,
                                 "person_times": r.person_times,
                                 "coverage": round(r.rate, 4) if r.rate is not None else None}
                        for r in rows[:-1]},
        })
    campaign = coverage(None)[-1] if result_rounds else None
    open_items = FollowUp.select().join(Talk).where(Talk.deleted_at.is_null(), FollowUp.done_date.is_null())
    return {
        "rounds": result_rounds,
        "person_times": sum(r["person_times"] for r in result_rounds),
        "campaign": ({"expected": campaign.expected, "talked": campaign.talked,
                      "coverage": round(campaign.rate, 4) if campaign.rate is not None else None}
                     if campaign else None),
        "group_talks": Talk.alive().where(Talk.mode == "集体").count(),
        "self_reported": Talk.alive().where(Talk.self_reported).count(),
        "follow_ups_open": open_items.count(),
        "follow_ups_overdue": open_items.where(FollowUp.due_date < today).count(),
    }
