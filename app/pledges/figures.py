"""Signing progress: per template and unit, how many pledges were issued, printed, signed and filed (current
pledges only: a re-issued pledge's history is not counted). For the tab, the report, stats and the overview."""
from __future__ import annotations

from dataclasses import dataclass

import peewee as pw

from app.common.figures import rate
from app.pledges.models import ARCHIVED, DONE, Pledge, PledgeTemplate
from app.pledges.templates import templates


@dataclass(frozen=True)
class ProgressRow:
    template_id: int
    template_name: str
    unit: str
    issued: int
    printed: int  # reached 已打印 or beyond (signed on screen counts as not printed)
    signed: int  # 已签署 + 已归档
    archived: int

    @property
    def not_signed(self) -> int:
        return self.issued - self.signed

    @property
    def rate(self) -> float | None:
        """Signed / issued (None when nothing was issued): app.common.figures.percent shows it."""
        return rate(self.signed, self.issued)

    @property
    def percent(self) -> float:
        """The same in per cent, 0.0 when nothing was issued (tables sort and print this number)."""
        return 100.0 * self.signed / self.issued if self.issued else 0.0


def progress_rows(template_id: int | None = None) -> list[ProgressRow]:
    """Per template and unit: issued, printed, signed, archived (current pledges only)."""
    query = (Pledge.select(Pledge.template, PledgeTemplate.name, PledgeTemplate.sort_order, Pledge.unit,
                           pw.fn.MIN(Pledge.unit_order), Pledge.status, pw.fn.COUNT(Pledge.id),
                           pw.fn.COUNT(Pledge.printed_at))
             .join(PledgeTemplate, on=(Pledge.template == PledgeTemplate.id))
             .where(Pledge.replaced_at.is_null())
             .group_by(Pledge.template, Pledge.unit, Pledge.status))
    if template_id:
        query = query.where(Pledge.template == template_id)
    groups: dict[tuple, dict] = {}
    for tid, tname, torder, unit, uorder, status, n, printed in query.tuples():
        g = groups.setdefault((torder, tid, uorder, unit), {"name": tname, "issued": 0, "printed": 0,
                                                             "signed": 0, "archived": 0})
        g["issued"] += n
        g["printed"] += printed
        g["signed"] += n if status in DONE else 0
        g["archived"] += n if status == ARCHIVED else 0
    return [ProgressRow(tid, g["name"], unit, g["issued"], g["printed"], g["signed"], g["archived"])
            for (_to, tid, _uo, unit), g in sorted(groups.items(), key=lambda kv: kv[0])]


def template_figures() -> dict[str, dict]:
    """Per template key: name, issued, printed, signed, archived, not_signed (current pledges; printed and
    signed count those that reached the step, so archived ones are also signed). `stats --json` → pledges."""
    result = {}
    by_template = {t.id: t for t in templates()}
    totals = {tid: {"name": t.name, "issued": 0, "printed": 0, "signed": 0, "archived": 0}
              for tid, t in by_template.items()}
    for row in progress_rows():
        figures = totals[row.template_id]
        figures["issued"] += row.issued
        figures["printed"] += row.printed
        figures["signed"] += row.signed
        figures["archived"] += row.archived
    for tid, figures in totals.items():
        figures["not_signed"] = figures["issued"] - figures["signed"]
        result[by_template[tid].key] = figures
    return result
