"""承诺书 in the overview: per template, issued by the end of the period, signed in it and archived, for
all pledges or those of one unit's officers.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import peewee as pw

from app.common.figures import rate
from app.pledges.models import ARCHIVED, LEADER, SIGNED, Pledge, PledgeTemplate
from app.reports.scope import find_unit, where
from app.roster.models import Unit

PLEDGE_DONE = (SIGNED, ARCHIVED)


@dataclass(frozen=True)
class TemplatePledges:
    template_id: int
    key: str
    name: str
    audience: str  # officer / leader
    issued: int
    signed: int
    archived: int

    @property
    def not_signed(self) -> int:
        return max(0, self.issued - self.signed)

    @property
    def rate(self) -> float | None:
        return rate(self.signed, self.issued)


@dataclass(frozen=True)
class PledgeFigures:
    templates: list  # TemplatePledges in template order (templates with nothing issued left out)

    @property
    def issued(self) -> int:
        return sum(t.issued for t in self.templates)

    @property
    def signed(self) -> int:
        return sum(t.signed for t in self.templates)

    @property
    def not_signed(self) -> int:
        return sum(t.not_signed for t in self.templates)


def signed_day():
    """The day a pledge was signed: the date written on it, else the day the signature was recorded."""
    return pw.fn.COALESCE(Pledge.signed_on, pw.fn.DATE(Pledge.signed_at))


def pledge_conditions(since, until, unit_obj: Unit | None):
    """Current pledges issued by the end of the range (of the unit's officers when one is chosen)."""
    conditions = [Pledge.replaced_at.is_null()]
    if until is not None:
        conditions.append(Pledge.issued_at < dt.datetime.combine(until + dt.timedelta(days=1), dt.time()))
    if unit_obj is not None:
        conditions.append((Pledge.unit == unit_obj.name) & (Pledge.signer_kind != LEADER))
    return conditions


def signed_condition(since, until):
    """Signed (or archived) on a day in the range."""
    condition = Pledge.status.in_(PLEDGE_DONE)
    if since is not None:
        condition &= signed_day() >= since.isoformat()
    if until is not None:
        condition &= signed_day() <= until.isoformat()
    return condition


def pledge_figures(since: dt.date | None = None, until: dt.date | None = None,
                   unit: int | None = None) -> PledgeFigures:
    conditions = pledge_conditions(since, until, find_unit(unit))
    signed = pw.fn.SUM(pw.Case(None, ((signed_condition(since, until), 1),), 0))
    archived = pw.fn.SUM(pw.Case(None, ((signed_condition(since, until) & (Pledge.status == ARCHIVED), 1),), 0))
    found = {tid: (n, int(s or 0), int(a or 0)) for tid, n, s, a in
             where(Pledge.select(Pledge.template, pw.fn.COUNT(Pledge.id), signed, archived), *conditions)
             .group_by(Pledge.template).tuples()}
    templates = []
    for tid, key, name, audience in (PledgeTemplate.select(PledgeTemplate.id, PledgeTemplate.key, PledgeTemplate.name,
                                                           PledgeTemplate.audience)
                                     .order_by(PledgeTemplate.sort_order, PledgeTemplate.id).tuples()):
        if tid in found:
            issued, n_signed, n_archived = found[tid]
            templates.append(TemplatePledges(tid, key, name, audience, issued, n_signed, n_archived))
    return PledgeFigures(templates)
