"""The trash (回收站): officers and outside leaders are moved there instead of deleted, restored from it,
and deleted for good only from it and only while no other record refers to them."""
from __future__ import annotations

import peewee as pw

from app import events
from app.errors import Conflict
from app.events import Topic
from app.roster.models import Officer, OutsideLeader
from app.store.base import now
from app.store.db import database


def delete_officers(ids: list[int]) -> int:
    """Move to the trash. Returns how many were moved."""
    with database.atomic():
        count = (Officer.update(deleted_at=now(), updated_at=now())
                 .where(Officer.id.in_(ids) & Officer.deleted_at.is_null()).execute())
    events.changed(Topic.ROSTER)
    return count


def restore_officers(ids: list[int]) -> int:
    with database.atomic():
        count = (Officer.update(deleted_at=None, updated_at=now())
                 .where(Officer.id.in_(ids) & Officer.deleted_at.is_null(False)).execute())
    events.changed(Topic.ROSTER)
    return count


def purge_officers(ids: list[int]) -> int:
    """Delete for good, from the trash only. Records that other features still reference stay."""
    with database.atomic():
        count = 0
        for officer in Officer.trashed().where(Officer.id.in_(ids)):
            try:
                with database.atomic():
                    officer.delete_instance(recursive=False)
                count += 1
            except pw.IntegrityError:
                raise Conflict(f"{officer.name} 仍被其他记录（学习、谈话、承诺书等）引用，不能彻底删除，可保留在回收站中。")
    events.changed(Topic.ROSTER)
    return count


def delete_leaders(ids: list[int]) -> int:
    with database.atomic():
        count = (OutsideLeader.update(deleted_at=now(), updated_at=now())
                 .where(OutsideLeader.id.in_(ids) & OutsideLeader.deleted_at.is_null()).execute())
    events.changed(Topic.ROSTER)
    return count


def restore_leaders(ids: list[int]) -> int:
    with database.atomic():
        count = (OutsideLeader.update(deleted_at=None, updated_at=now())
                 .where(OutsideLeader.id.in_(ids) & OutsideLeader.deleted_at.is_null(False)).execute())
    events.changed(Topic.ROSTER)
    return count


def purge_leaders(ids: list[int]) -> int:
    """Delete for good, from the trash only. Leaders who signed pledges stay (the record is referenced)."""
    with database.atomic():
        count = 0
        for leader in OutsideLeader.trashed().where(OutsideLeader.id.in_(ids)):
            try:
                with database.atomic():
                    leader.delete_instance(recursive=False)
                count += 1
            except pw.IntegrityError:
                raise Conflict(f"{leader.name} 仍被其他记录（承诺书等）引用，不能彻底删除，可保留在回收站中。")
    events.changed(Topic.ROSTER)
    return count
