"""The pledge ledger (承诺书台账): current pledges as plain rows, the units that have pledges, one pledge's
steps, and who has not signed yet."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import peewee as pw

from app.pledges._common import load_pledges
from app.pledges.models import DONE, Pledge, PledgeScan, PledgeTemplate, PledgeTemplateVersion


@dataclass(frozen=True)
class PledgeRow:
    id: int
    template_id: int
    template_name: str
    version: int
    signer_kind: str
    name: str
    unit: str
    department: str
    post: str
    status: str
    issued_at: dt.datetime
    printed_at: dt.datetime | None
    print_count: int
    signed_on: dt.date | None
    signed_on_screen: bool
    archived_at: dt.datetime | None
    scans: int
    unit_order: int
    department_order: int


def pledge_rows(*, template_id: int | None = None, unit: str | None = None, status: str | None = None,
                text: str = "", ids: list[int] | None = None) -> list[PledgeRow]:
    """Current pledges (not replaced), by unit, department and issue order."""
    scan_counts = (PledgeScan.select(PledgeScan.pledge, pw.fn.COUNT(PledgeScan.id).alias("n"))
                   .group_by(PledgeScan.pledge).alias("sc"))
    query = (Pledge.select(Pledge.id, Pledge.template, PledgeTemplate.name.alias("template_name"),
                           PledgeTemplateVersion.number.alias("version_number"), Pledge.signer_kind, Pledge.name,
                           Pledge.unit, Pledge.department, Pledge.post, Pledge.status, Pledge.issued_at,
                           Pledge.printed_at, Pledge.print_count, Pledge.signed_on, Pledge.signed_on_screen,
                           Pledge.archived_at, scan_counts.c.n.alias("scans"), Pledge.unit_order,
                           Pledge.department_order)
             .join(PledgeTemplate, on=(Pledge.template == PledgeTemplate.id))
             .switch(Pledge).join(PledgeTemplateVersion, on=(Pledge.version == PledgeTemplateVersion.id))
             .switch(Pledge).join(scan_counts, pw.JOIN.LEFT_OUTER, on=(scan_counts.c.pledge_id == Pledge.id))
             .where(Pledge.replaced_at.is_null()))
    if template_id:
        query = query.where(Pledge.template == template_id)
    if unit:
        query = query.where(Pledge.unit == unit)
    if status:
        query = query.where(Pledge.status == status)
    text = (text or "").strip()
    if text:
        query = query.where(Pledge.name.contains(text) | Pledge.department.contains(text) | Pledge.post.contains(text))
    if ids is not None:
        query = query.where(Pledge.id.in_(ids))
    query = query.order_by(Pledge.unit_order, Pledge.department_order, Pledge.template, Pledge.id)
    return [PledgeRow(r["id"], r["template"], r["template_name"], r["version_number"], r["signer_kind"], r["name"],
                      r["unit"], r["department"], r["post"], r["status"], r["issued_at"], r["printed_at"],
                      r["print_count"], r["signed_on"], bool(r["signed_on_screen"]), r["archived_at"],
                      r["scans"] or 0, r["unit_order"], r["department_order"]) for r in query.dicts()]


def pledge_units() -> list[str]:
    """Units (and outside leaders' organizations) that have pledges, in print order."""
    query = (Pledge.select(Pledge.unit, pw.fn.MIN(Pledge.unit_order).alias("o"))
             .where(Pledge.replaced_at.is_null()).group_by(Pledge.unit).order_by(pw.SQL("o")))
    return [unit for unit, _o in query.tuples()]


def history(pledge_id: int) -> list[tuple[str, dt.datetime | dt.date, str]]:
    """(step, when, who) for the record's detail view."""
    pledge, = load_pledges([pledge_id])
    steps = [("下发", pledge.issued_at, pledge.issued_by)]
    if pledge.printed_at:
        steps.append((f"打印（共{pledge.print_count}次）", pledge.printed_at, pledge.printed_by))
    if pledge.signed_at:
        how = "屏幕签名" if pledge.signed_on_screen else "纸质签署登记"
        steps.append((f"{how}，签署日期 {pledge.signed_on:%Y-%m-%d}", pledge.signed_at, pledge.signed_by))
    if pledge.archived_at:
        steps.append(("归档", pledge.archived_at, pledge.archived_by))
    return steps


def unsigned_rows(template_id: int | None = None, unit: str | None = None) -> list[PledgeRow]:
    rows = pledge_rows(template_id=template_id, unit=unit)
    return [r for r in rows if r.status not in DONE]
