"""The 建章立制 and 顽瘴痼疾整治 figures for `stats --json`, the overview and the summary report: counts only.
The 736 public pledges are the pledges feature's (the 党政领导干部公开承诺 template, signed or filed), stated here
because the article reports them with the rules ("规章制度已制定出台17个，正在拟制定14个，签订……736份")."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from app.pledges.models import ARCHIVED, LEADER, SIGNED, Pledge, PledgeTemplate
from app.rules.ingrained import measure_rows, problem_lines
from app.rules.models import DONE, DRAFTING, ISSUED, RULE_KINDS
from app.rules.rules import rule_rows

PUBLIC_PLEDGE_KEY = "leader-public"


@dataclass(frozen=True)
class RuleFigures:
    issued: int
    drafting: int
    per_kind: dict  # kind → issued and drafting together
    linked_suggestions: int  # 整改 items some issued rule closes
    linked_measures: int  # 整治 measures some issued rule closes
    public_pledge_name: str  # the template's name, e.g. 党政领导干部严格执行“三个规定”公开承诺
    public_pledges_signed: int

    @property
    def total(self) -> int:
        return self.issued + self.drafting


def rule_figures(since: dt.date | None = None, until: dt.date | None = None, unit: str | None = None) -> RuleFigures:
    """Rules issued in the period (all when open), those being drafted today; public pledges signed in it."""
    rows = rule_rows(since=since, until=until, unit=unit)
    name, signed = public_pledges(since, until)
    return RuleFigures(
        issued=sum(r.status == ISSUED for r in rows), drafting=sum(r.status == DRAFTING for r in rows),
        per_kind={k: sum(r.kind == k for r in rows) for k in RULE_KINDS},
        linked_suggestions=len({c for r in rows if r.status == ISSUED for c in r.suggestion_codes}),
        linked_measures=len({m for r in rows if r.status == ISSUED for m in r.measure_ids}),
        public_pledge_name=name, public_pledges_signed=signed)


def public_pledges(since: dt.date | None = None, until: dt.date | None = None) -> tuple[str, int]:
    """(template name, signed or filed) of the leaders' public pledge: current versions, by signing date."""
    template = PledgeTemplate.get_or_none(PledgeTemplate.key == PUBLIC_PLEDGE_KEY)
    query = Pledge.select().where(Pledge.signer_kind == LEADER, Pledge.status.in_((SIGNED, ARCHIVED)),
                                  Pledge.replaced_at.is_null())
    if template is not None:
        query = query.where(Pledge.template == template)
    if since:
        query = query.where(Pledge.signed_on >= since)
    if until:
        query = query.where(Pledge.signed_on <= until)
    return (template.name if template is not None else ""), query.count()


def ingrained_summary(on: dt.date | None = None) -> dict:
    rows = measure_rows(on=on)
    return {
        "measures": len(rows), "done": sum(r.status == DONE for r in rows), "overdue": sum(r.overdue for r in rows),
        "per_problem": {line.problem: {"measures": line.measures, "done": line.done, "overdue": line.overdue,
                                       "rules": line.rules} for line in problem_lines(rows)},
    }


def stats() -> dict:
    f = rule_figures()
    return {"total": f.total, "issued": f.issued, "drafting": f.drafting, "per_kind": f.per_kind,
            "linked_suggestions": f.linked_suggestions, "linked_measures": f.linked_measures,
            "public_pledges_signed": f.public_pledges_signed}


def stats_additions() -> dict:
    """What this feature adds under the `rectify` key of `stats --json`: the 顽瘴痼疾整治 list."""
    return {"rectify": {"ingrained": ingrained_summary()}}
