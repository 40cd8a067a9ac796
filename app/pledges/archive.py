"""The last steps: filing signed pledges (已签署 → 已归档), and taking one step back after a wrong tick."""
from __future__ import annotations

from app import events
from app.events import Topic
from app.pledges._common import load_pledges, refuse_unless
from app.pledges.models import ARCHIVED, PENDING, PRINTED, SIGNED, Pledge, PledgeSignature
from app.safety.access import current_actor
from app.store.base import now
from app.store.db import database


def archive(ids: list[int]) -> int:
    """Filed: 已签署 → 已归档."""
    pledges = load_pledges(ids)
    refuse_unless(pledges, (SIGNED,), "归档")
    stamp, actor = now(), current_actor()
    with database.atomic():
        for start in range(0, len(pledges), 500):
            chunk = [p.id for p in pledges[start:start + 500]]
            Pledge.update(status=ARCHIVED, archived_at=stamp, archived_by=actor, updated_at=stamp
                          ).where(Pledge.id.in_(chunk)).execute()
    events.changed(Topic.PLEDGES)
    return len(pledges)


def revert(ids: list[int]) -> int:
    """One step back (a wrong tick): 已归档 → 已签署 → 已打印 (or 待打印 if never printed) → 待打印.
    Reverting an on-screen signature deletes it."""
    pledges = load_pledges(ids)
    refuse_unless(pledges, (PRINTED, SIGNED, ARCHIVED), "撤销上一步")
    with database.atomic():
        for pledge in pledges:
            if pledge.status == ARCHIVED:
                pledge.status, pledge.archived_at, pledge.archived_by = SIGNED, None, ""
            elif pledge.status == SIGNED:
                pledge.status = PRINTED if pledge.printed_at else PENDING
                pledge.signed_on, pledge.signed_at, pledge.signed_by = None, None, ""
                if pledge.signed_on_screen:
                    PledgeSignature.delete().where(PledgeSignature.pledge == pledge.id).execute()
                pledge.signed_on_screen = False
            else:
                pledge.status, pledge.printed_at, pledge.printed_by = PENDING, None, ""
            pledge.save()
    events.changed(Topic.PLEDGES)
    return len(pledges)
