"""Printing pledges: what goes on each page (the texts, in print order) and the step 待打印 → 已打印.

Building the PDF, checking the permission and logging the print are app.pledges.outputs' work.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from app import events
from app.events import Topic
from app.pledges._common import load_pledges
from app.pledges.models import DONE, PENDING, PRINTED, Pledge, PledgeSignature, PledgeTemplate, PledgeTemplateVersion
from app.pledges.templates import TemplateText
from app.pledges.text import PledgeText, render, signer_of
from app.safety.access import current_actor
from app.store.base import now
from app.store.db import database


@dataclass(frozen=True)
class PrintedPledge:
    """One page to print: the pledge's text as it stands (with the on-screen signature once signed on screen)."""

    id: int
    template_id: int
    template_name: str
    unit: str
    name: str
    status: str
    text: PledgeText


def printed_pledges(ids: list[int]) -> list[PrintedPledge]:
    """The pledges' texts by unit, department, template and issue order (how they are printed)."""
    pledges = load_pledges(ids)
    pledges.sort(key=lambda p: (p.unit_order, p.department_order, p.template_id, p.id))
    texts = {version.id: TemplateText.of(version) for version in PledgeTemplateVersion.select().where(
        PledgeTemplateVersion.id.in_(list({p.version_id for p in pledges})))}
    names = dict(PledgeTemplate.select(PledgeTemplate.id, PledgeTemplate.name).where(
        PledgeTemplate.id.in_(list({p.template_id for p in pledges}))).tuples())
    signatures = {}
    screen_ids = [p.id for p in pledges if p.signed_on_screen and p.status in DONE]
    for start in range(0, len(screen_ids), 500):
        for row in PledgeSignature.select().where(PledgeSignature.pledge.in_(screen_ids[start:start + 500])):
            signatures[row.pledge_id] = bytes(row.image)
    result = []
    for pledge in pledges:
        screen = pledge.id in signatures
        text = render(texts[pledge.version_id], signer_of(pledge), pledge.signed_on if screen else None,
                      signatures.get(pledge.id))
        result.append(PrintedPledge(pledge.id, pledge.template_id, names[pledge.template_id], pledge.unit,
                                    pledge.name, pledge.status, text))
    return result


def mark_printed(ids: list[int], *, when: dt.datetime | None = None) -> int:
    """待打印 → 已打印. Printing again (a lost copy) only counts the print. Returns how many became 已打印."""
    pledges = load_pledges(ids)
    stamp = when or now()
    actor = current_actor()
    changed = 0
    with database.atomic():
        for start in range(0, len(pledges), 500):
            chunk = [p.id for p in pledges[start:start + 500]]
            changed += (Pledge.update(status=PRINTED, printed_at=stamp, printed_by=actor, updated_at=stamp)
                        .where(Pledge.id.in_(chunk) & (Pledge.status == PENDING)).execute())
            Pledge.update(print_count=Pledge.print_count + 1).where(Pledge.id.in_(chunk)).execute()
    events.changed(Topic.PLEDGES)
    return changed
