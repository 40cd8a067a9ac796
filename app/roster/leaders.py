"""Leaders outside the 政法 roster (系统外领导干部, who sign the public pledge): validation, adding and
changing one, and their plain rows. Moving to the trash and back is in app.roster.trash."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from app import events
from app.common.safe_text import clean_into
from app.errors import NotFound, ValidationError, ValidationErrors
from app.events import Topic
from app.roster.models import MAX_REMARKS, MAX_TEXT, OutsideLeader
from app.store.db import database


@dataclass
class LeaderData:
    name: str = ""
    organization: str = ""
    post: str = ""
    phone: str = ""
    remarks: str = ""


def validate_leader(data: LeaderData) -> LeaderData:
    errors: list[ValidationError] = []
    clean = LeaderData(
        name="".join(clean_into(errors, data.name, MAX_TEXT, "姓名").split()),
        organization=clean_into(errors, data.organization, MAX_TEXT, "单位"),
        post=clean_into(errors, data.post, MAX_TEXT, "职务"),
        phone=clean_into(errors, data.phone, MAX_TEXT, "联系电话"),
        remarks=clean_into(errors, data.remarks, MAX_REMARKS, "备注", multiline=True),
    )
    if not clean.name:
        errors.append(ValidationError("姓名", "不能为空"))
    if not clean.organization:
        errors.append(ValidationError("单位", "不能为空"))
    if errors:
        raise ValidationErrors(errors)
    return clean


def create_leader(data: LeaderData) -> OutsideLeader:
    data = validate_leader(data)
    with database.atomic():
        leader = OutsideLeader.create(**data.__dict__)
    events.changed(Topic.ROSTER)
    return leader


def update_leader(leader_id: int, data: LeaderData) -> OutsideLeader:
    data = validate_leader(data)
    with database.atomic():
        leader = OutsideLeader.get_or_none(OutsideLeader.id == leader_id)
        if leader is None:
            raise NotFound("该领导干部已不存在（可能已被删除），请刷新后再试。")
        for key, value in data.__dict__.items():
            setattr(leader, key, value)
        leader.save()
    events.changed(Topic.ROSTER)
    return leader


@dataclass(frozen=True)
class LeaderRow:
    id: int
    name: str
    organization: str
    post: str
    phone: str
    remarks: str
    deleted_at: dt.datetime | None


def leader_rows(*, trashed: bool = False) -> list[LeaderRow]:
    query = (OutsideLeader.select(OutsideLeader.id, OutsideLeader.name, OutsideLeader.organization,
                                  OutsideLeader.post, OutsideLeader.phone, OutsideLeader.remarks,
                                  OutsideLeader.deleted_at)
             .where(OutsideLeader.deleted_at.is_null(not trashed))
             .order_by(OutsideLeader.organization, OutsideLeader.id))
    return [LeaderRow(**r) for r in query.dicts()]
