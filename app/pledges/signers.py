"""Who a pledge is for: campaign officers from the roster, and leaders outside the 政法 roster (name,
organization and post only: a pledge never carries an ID number)."""
from __future__ import annotations

from dataclasses import dataclass

import peewee as pw

from app.pledges.models import LEADER, OFFICER
from app.roster.models import Department, Officer, OutsideLeader, Unit
from app.roster.officers import campaign_officers
from app.roster.units import find_unit


@dataclass(frozen=True)
class Signer:
    """Who a pledge is for, as printed on it."""

    kind: str  # OFFICER / LEADER
    id: int
    name: str
    unit: str
    department: str = ""
    post: str = ""
    unit_order: int = 0
    department_order: int = 0

    @property
    def post_text(self) -> str:
        return self.post or ("干警" if self.kind == OFFICER else "")

    @property
    def unit_post(self) -> str:
        return f"{self.unit}{self.department}{self.post_text}"


def officer_signers(*, unit: str | None = None, department: str | None = None, text: str = "") -> list[Signer]:
    """Campaign officers (alive, counted, in post) in roster order, optionally one unit/department or
    matching `text` in name, department or post."""
    query = (campaign_officers()
             .select(Officer.id, Officer.name, Officer.post, Unit.name.alias("unit_name"),
                     Unit.sort_order.alias("unit_order"), Department.name.alias("dept_name"),
                     Department.sort_order.alias("dept_order"))
             .join(Unit, on=(Officer.unit == Unit.id))
             .switch(Officer).join(Department, pw.JOIN.LEFT_OUTER, on=(Officer.department == Department.id)))
    if unit:
        found = find_unit(unit)
        query = query.where(Unit.id == (found.id if found is not None else None))
    if department:
        query = query.where(Department.name == department)
    text = (text or "").strip()
    if text:
        query = query.where(Officer.name.contains(text) | Officer.post.contains(text) | Department.name.contains(text))
    query = query.order_by(Unit.sort_order, Unit.id, Department.sort_order.asc(nulls="first"), Officer.id)
    return [Signer(OFFICER, r["id"], r["name"], r["unit_name"], r["dept_name"] or "", r["post"] or "",
                   r["unit_order"], r["dept_order"] or 0) for r in query.dicts()]


def leader_signers(*, organization: str | None = None, text: str = "") -> list[Signer]:
    """Leaders outside the roster (人大/政府/政协/乡镇/部门), in the order they were entered."""
    query = OutsideLeader.alive()
    if organization:
        query = query.where(OutsideLeader.organization == organization)
    text = (text or "").strip()
    if text:
        query = query.where(OutsideLeader.name.contains(text) | OutsideLeader.organization.contains(text) |
                            OutsideLeader.post.contains(text))
    order: dict[str, int] = {}
    for (org,) in OutsideLeader.alive().select(OutsideLeader.organization).order_by(OutsideLeader.id).tuples():
        order.setdefault(org, len(order) + 1)
    return [Signer(LEADER, leader.id, leader.name, leader.organization, "", leader.post,
                   1000 + order.get(leader.organization, 0), 0)
            for leader in query.order_by(OutsideLeader.id)]


def leader_organizations() -> list[str]:
    seen: dict[str, None] = {}
    for (org,) in OutsideLeader.alive().select(OutsideLeader.organization).order_by(OutsideLeader.id).tuples():
        seen.setdefault(org, None)
    return list(seen)
