"""Attendance marking: 出席/迟到/请假/缺席 for the people on a session's list, and their reasons. The first
mark locks the list; the make-up tasks follow every mark."""
from __future__ import annotations

from app import events
from app.common.safe_text import clean_into
from app.store.db import database
from app.errors import NotFound, ValidationError, ValidationErrors
from app.store.base import now
from app.study.models import ATTENDANCE, PRESENT, Attendee
from app.study._common import TOPIC, _get_session
from app.study.audience import ensure_frozen
from app.study.makeup import sync_tasks


# ---------------------------------------------------------------- attendance

def mark(session_id: int, attendee_ids: list[int], status: str, reason: str | None = None) -> int:
    """Set the attendance mark of some attendees ("" clears it). Returns how many were changed.

    `reason` (for 请假/缺席/迟到) replaces the stored reason when given; marking 出席 clears the reason.
    """
    if status not in ATTENDANCE and status != "":
        raise ValidationError("考勤", f"“{status}”不是{'、'.join(ATTENDANCE)}之一")
    errors: list = []
    reason = None if reason is None else clean_into(errors, reason, 100, "原因")
    if errors:
        raise ValidationErrors(errors)
    ids = list(dict.fromkeys(attendee_ids))
    with database.atomic():
        session = _get_session(session_id)
        values = {Attendee.status: status, Attendee.marked_at: now() if status else None,
                  Attendee.updated_at: now()}
        if status in ("", PRESENT):
            values[Attendee.reason] = ""
        elif reason is not None:
            values[Attendee.reason] = reason
        count = 0
        for start in range(0, len(ids), 500):
            count += (Attendee.update(values)
                      .where((Attendee.session == session) & Attendee.id.in_(ids[start:start + 500])).execute())
        sync_tasks(ids)
    events.changed(TOPIC)
    return count


def mark_all_present(session_id: int, unit_name: str | None = None) -> int:
    """Everyone not yet marked (in one unit, or in all) is marked 出席. Locks the list first if needed.

    The fast path at the door: the whole unit present at once, then the exceptions one by one.
    """
    with database.atomic():
        session = _get_session(session_id)
        ensure_frozen(session)
        query = Attendee.update(status=PRESENT, reason="", marked_at=now(), updated_at=now()).where(
            (Attendee.session == session) & (Attendee.status == ""))
        if unit_name:
            query = query.where(Attendee.unit_name == unit_name)
        count = query.execute()
    events.changed(TOPIC)
    return count


def set_reason(attendee_id: int, reason: str) -> None:
    errors: list = []
    reason = clean_into(errors, reason, 100, "原因")
    if errors:
        raise ValidationErrors(errors)
    with database.atomic():
        attendee = Attendee.get_or_none(Attendee.id == attendee_id)
        if attendee is None:
            raise NotFound("该参会人员已不在名单中，请刷新后再试。")
        attendee.reason = reason
        attendee.save()
        sync_tasks([attendee.id])
    events.changed(TOPIC)
