"""The 建章立制 of the demo database at the source article's figures: 17 rules and systems issued and 14 being
drafted ("规章制度已制定出台17个，正在拟制定14个"), and the 顽瘴痼疾整治 list of the six problems, three measures
each, most done. Rules are linked to the measures they close and to 整改 items of the feedback ledger."""
from __future__ import annotations

import datetime as dt

from app.common.demo_context import DemoContext
from app.feedback.models import Suggestion
from app.roster.models import Unit
from app.rules.demo_texts import ISSUED_COUNT, MEASURES, RULES
from app.rules.models import (DONE, DRAFTING, IN_PROGRESS, ISSUED, PROBLEMS, IngrainedMeasure, Rule, RuleMeasure,
                              RuleSuggestion)
from app.store import campaign
from app.store.base import new_uuid


def populate(ctx: DemoContext) -> None:
    units = {u.kind: u for u in Unit.select()}
    phases = {name: (first, last) for name, first, last in ctx.phases}
    check_first, check_last = phases.get("查纠整改", (ctx.campaign_start + dt.timedelta(days=30), ctx.today))
    check_last = min(check_last, ctx.today)
    rng = ctx.rng
    measure_ids: list[list[int]] = []
    for index, measures in enumerate(MEASURES):
        ids = []
        for number, (kind, text) in enumerate(measures):
            deadline = check_first + dt.timedelta(days=20 + 15 * number)
            done = deadline < ctx.today and number < 2
            completed = min(deadline, ctx.today) - dt.timedelta(days=rng.randint(0, 5)) if done else None
            ids.append(IngrainedMeasure.insert(
                problem=PROBLEMS[index], measure=text, unit=units.get(kind), deadline=deadline,
                status=DONE if done else IN_PROGRESS, completed_on=completed, uuid=new_uuid()).execute())
        measure_ids.append(ids)
    prefix = _doc_prefix()
    suggestions = list(Suggestion.select(Suggestion.id).where(Suggestion.deleted_at.is_null(),
                                                              Suggestion.merged_into.is_null())
                       .order_by(Suggestion.id).tuples())
    span = max(1, (check_last - check_first).days)
    suggestion_links, measure_links = [], []
    for number, (kind, rule_kind, title, problems) in enumerate(RULES):
        issued = number < ISSUED_COUNT
        day = check_first + dt.timedelta(days=span * (number + 1) // (ISSUED_COUNT + 1)) if issued else None
        rule_id = Rule.insert(
            title=title, unit=units.get(kind), kind=rule_kind, status=ISSUED if issued else DRAFTING,
            issued_on=day, doc_number=f"{prefix}〔{day.year}〕{number + 3}号" if issued and number % 3 != 2 else "",
            uuid=new_uuid()).execute()
        for problem in problems:
            measure_links += [dict(rule=rule_id, measure=m, uuid=new_uuid()) for m in measure_ids[problem][:2]]
        for s in suggestions[number * 4: number * 4 + (2 if number % 2 == 0 else 1)]:
            suggestion_links.append(dict(rule=rule_id, suggestion=s[0], uuid=new_uuid()))
    if measure_links:
        RuleMeasure.insert_many(measure_links).execute()
    if suggestion_links:
        RuleSuggestion.insert_many(suggestion_links).execute()
    ctx.facts["rules"] = (ISSUED_COUNT, len(RULES) - ISSUED_COUNT)


def _doc_prefix() -> str:
    """青政法 for 青山县: the first character of the county, then 政法 (a 文号 prefix shape)."""
    county = campaign.current().county_label or "县"
    return f"{county[:1]}政法"
