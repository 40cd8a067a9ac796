"""Issuing a template to people (status 待打印), and withdrawing pledges issued by mistake.

Someone who already has a current pledge of the template is refused unless asked for: skipped, or given a
new one with the old kept as history (replaced_at set: no longer counted). Withdrawing a re-issued pledge
brings back the one it replaced.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from app import events
from app.errors import Conflict, ValidationError
from app.events import Topic
from app.pledges._common import load_pledges, name_list, refuse_unless
from app.pledges.models import LEADER, OFFICER, PENDING, PRINTED, Pledge, PledgeScan
from app.pledges.signers import Signer
from app.pledges.templates import get_template, latest_version
from app.pledges.text import signer_of
from app.safety.access import current_actor
from app.store.base import new_uuid, now
from app.store.db import database

REFUSE, SKIP, REISSUE = "refuse", "skip", "reissue"


@dataclass
class IssueResult:
    created: int = 0
    skipped: int = 0  # already had it (existing="skip")
    replaced: int = 0  # re-issued (existing="reissue")
    version: int = 0


def current_for(template_id: int, signers: list[Signer]) -> dict[tuple[str, int], Pledge]:
    """(kind, id) → the current (not replaced) pledge of this template, for those of `signers` who have one."""
    result = {}
    officer_ids = [s.id for s in signers if s.kind == OFFICER]
    leader_ids = [s.id for s in signers if s.kind == LEADER]
    base = Pledge.select().where((Pledge.template == template_id) & Pledge.replaced_at.is_null())
    for start in range(0, len(officer_ids), 500):
        for p in base.where(Pledge.officer.in_(officer_ids[start:start + 500])):
            result[(OFFICER, p.officer_id)] = p
    for start in range(0, len(leader_ids), 500):
        for p in base.where(Pledge.leader.in_(leader_ids[start:start + 500])):
            result[(LEADER, p.leader_id)] = p
    return result


def already_issued(template_id: int, signers: list[Signer]) -> int:
    """How many of `signers` already have a current pledge of this template (shown before issuing)."""
    return len(current_for(template_id, signers))


def issue(template_id: int, signers: list[Signer], *, existing: str = REFUSE,
          when: dt.datetime | None = None) -> IssueResult:
    """Issue the template's latest version to `signers` (status 待打印). Someone who already has this
    template's pledge is refused (REFUSE, nothing is written), left alone (SKIP), or given a new one with
    the old kept as history (REISSUE)."""
    if not signers:
        raise ValidationError("承诺人", "没有选择任何人")
    if existing not in (REFUSE, SKIP, REISSUE):
        raise ValueError(existing)
    unique = list({(s.kind, s.id): s for s in signers}.values())
    actor = current_actor()
    stamp = when or now()
    result = IssueResult()
    with database.atomic():
        template = get_template(template_id)
        version = latest_version(template)
        result.version = version.number
        current = current_for(template.id, unique)
        if current and existing == REFUSE:
            names = [current[(s.kind, s.id)].name for s in unique if (s.kind, s.id) in current]
            raise Conflict(f"{name_list(names)}已有《{template.name}》，不能重复下发。"
                           "如确需重新下发（原承诺书保留为历史记录），请选择“重新下发”。")
        rows = []
        for signer in unique:
            old = current.get((signer.kind, signer.id))
            if old is not None:
                if existing == SKIP:
                    result.skipped += 1
                    continue
                old.replaced_at = stamp
                old.save()
                result.replaced += 1
            rows.append(dict(template=template.id, version=version.id, signer_kind=signer.kind,
                             officer=signer.id if signer.kind == OFFICER else None,
                             leader=signer.id if signer.kind == LEADER else None,
                             name=signer.name, unit=signer.unit, department=signer.department, post=signer.post,
                             unit_order=signer.unit_order, department_order=signer.department_order,
                             status=PENDING, issued_at=stamp, issued_by=actor, uuid=new_uuid(),
                             created_at=stamp, updated_at=stamp))
        for start in range(0, len(rows), 100):
            Pledge.insert_many(rows[start:start + 100]).execute()
        result.created = len(rows)
    events.changed(Topic.PLEDGES)
    return result


def withdraw(ids: list[int]) -> int:
    """Delete pledges issued by mistake (not yet signed). A re-issued one brings back the one it replaced."""
    pledges = load_pledges(ids)
    refuse_unless(pledges, (PENDING, PRINTED), "撤回")
    with database.atomic():
        for pledge in pledges:
            signer = (Pledge.officer == pledge.officer_id) if pledge.officer_id else (Pledge.leader == pledge.leader_id)
            PledgeScan.delete().where(PledgeScan.pledge == pledge.id).execute()
            pledge.delete_instance()
            previous = (Pledge.select().where((Pledge.template == pledge.template_id) & signer &
                                              Pledge.replaced_at.is_null(False))
                        .order_by(Pledge.replaced_at.desc(), Pledge.id.desc()).first())
            if previous is not None and not current_for(pledge.template_id, [signer_of(pledge)]):
                previous.replaced_at = None
                previous.save()
    events.changed(Topic.PLEDGES)
    return len(pledges)
