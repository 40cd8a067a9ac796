"""建章立制: adding and changing a rule or system (已出台 with its date and optional 文号, or 正在拟制定), the
rectification items it closes (整改 items of the feedback ledger, 顽瘴痼疾整治 measures), and its plain rows."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import peewee as pw

from app import events
from app.common.datetext import parse_date
from app.common.safe_text import clean_into
from app.errors import NotFound, ValidationError, ValidationErrors
from app.feedback.models import Suggestion
from app.roster.models import Unit
from app.rules._common import MAX_LINE, MAX_TEXT, TOPIC, choice, today, unit_label, unit_or_none
from app.rules.models import (DRAFTING, ISSUED, RULE_KINDS, RULE_STATUSES, IngrainedMeasure, Rule, RuleMeasure,
                              RuleSuggestion)
from app.store.db import database
from app.store.base import create_or_update


@dataclass
class RuleData:
    title: str = ""
    unit: str = ""  # full name, short name or alias; "" for the office itself
    kind: str = RULE_KINDS[0]
    status: str = DRAFTING
    issued_on: dt.date | str | None = None
    doc_number: str = ""
    remarks: str = ""
    suggestion_codes: list[str] = field(default_factory=list)  # 整改 items it closes, by 编号 (ZG-2021-001)
    measure_ids: list[int] = field(default_factory=list)  # 顽瘴痼疾整治 measures it closes


def _validated(data: RuleData) -> tuple[dict, list[Suggestion], list[IngrainedMeasure]]:
    errors: list = []
    title = clean_into(errors, data.title, MAX_LINE, "制度名称")
    if not title and not any(e.field == "制度名称" for e in errors):
        errors.append(ValidationError("制度名称", "不能为空"))
    unit = unit_or_none(data.unit, "制定单位", errors)
    kind = choice(data.kind, RULE_KINDS, "类别", errors)
    status = choice(data.status, RULE_STATUSES, "状态", errors)
    issued_on = parse_date(data.issued_on, "出台日期", errors)
    doc_number = clean_into(errors, data.doc_number, MAX_LINE, "文号")
    remarks = clean_into(errors, data.remarks, MAX_TEXT, "备注", multiline=True)
    if status == ISSUED and issued_on is None and not any(e.field == "出台日期" for e in errors):
        errors.append(ValidationError("出台日期", "已出台的制度必须填写出台日期"))
    if status == DRAFTING and issued_on is not None:
        errors.append(ValidationError("出台日期", "正在拟制定的制度还没有出台日期（出台后把状态改为“已出台”再填）"))
    if issued_on and issued_on > today():
        errors.append(ValidationError("出台日期", "不能晚于今天"))
    suggestions = _suggestions(data.suggestion_codes, errors)
    measures = _measures(data.measure_ids, errors)
    if errors:
        raise ValidationErrors(errors)
    values = dict(title=title, unit=unit, kind=kind, status=status, issued_on=issued_on, doc_number=doc_number,
                  remarks=remarks)
    return values, suggestions, measures


def _suggestions(codes: list[str], errors: list) -> list[Suggestion]:
    wanted = list(dict.fromkeys(c.strip().upper() for c in codes if c and c.strip()))
    if not wanted:
        return []
    found = {s.code.upper(): s for s in Suggestion.select().where(
        pw.fn.UPPER(Suggestion.code).in_(wanted) & Suggestion.deleted_at.is_null())}
    missing = [c for c in wanted if c not in found]
    if missing:
        errors.append(ValidationError("关联整改事项", f"整改清单中没有编号为 {'、'.join(missing)} 的事项"))
    return [found[c] for c in wanted if c in found]


def _measures(ids: list[int], errors: list) -> list[IngrainedMeasure]:
    wanted = list(dict.fromkeys(int(i) for i in ids))
    if not wanted:
        return []
    found = {m.id: m for m in IngrainedMeasure.select().where(
        IngrainedMeasure.id.in_(wanted) & IngrainedMeasure.deleted_at.is_null())}
    missing = [str(i) for i in wanted if i not in found]
    if missing:
        errors.append(ValidationError("关联整治措施", f"编号为 {'、'.join(missing)} 的整治措施已不存在"))
    return [found[i] for i in wanted if i in found]


def save_rule(data: RuleData, rule_id: int | None = None) -> Rule:
    """Add (rule_id None) or change a rule; its links are replaced by those in `data`, all in one transaction."""
    values, suggestions, measures = _validated(data)
    with database.atomic():
        rule = create_or_update(Rule, values, rule_id, get_rule)
        _replace_links(rule, suggestions, measures)
    events.changed(TOPIC)
    return rule


def _replace_links(rule: Rule, suggestions: list[Suggestion], measures: list[IngrainedMeasure]) -> None:
    keep = {s.id for s in suggestions}
    RuleSuggestion.delete().where((RuleSuggestion.rule == rule) & RuleSuggestion.suggestion.not_in(keep)).execute()
    have = {link.suggestion_id for link in RuleSuggestion.select().where(RuleSuggestion.rule == rule)}
    for s in suggestions:
        if s.id not in have:
            RuleSuggestion.create(rule=rule, suggestion=s)
    keep = {m.id for m in measures}
    RuleMeasure.delete().where((RuleMeasure.rule == rule) & RuleMeasure.measure.not_in(keep)).execute()
    have = {link.measure_id for link in RuleMeasure.select().where(RuleMeasure.rule == rule)}
    for m in measures:
        if m.id not in have:
            RuleMeasure.create(rule=rule, measure=m)


def get_rule(rule_id: int) -> Rule:
    rule = Rule.get_or_none((Rule.id == rule_id) & Rule.deleted_at.is_null())
    if rule is None:
        raise NotFound("该规章制度已不存在（可能已被删除），请刷新后再试。")
    return rule


def delete_rule(rule_id: int) -> None:
    """Moved to the trash (its links stay, for a restore)."""
    with database.atomic():
        get_rule(rule_id).move_to_trash()
    events.changed(TOPIC)


@dataclass(frozen=True)
class RuleRow:
    id: int
    title: str
    unit: str  # short name, or 县教整办
    unit_name: str  # full name ("" for the office)
    kind: str
    status: str
    issued_on: dt.date | None
    doc_number: str
    remarks: str
    suggestion_codes: tuple[str, ...]
    measure_ids: tuple[int, ...]
    measure_problems: tuple[str, ...]

    @property
    def closes_text(self) -> str:
        """What it closes, in a word: 整改事项 codes and the problems of its 整治 measures."""
        parts = list(self.suggestion_codes) + list(dict.fromkeys(self.measure_problems))
        return "、".join(parts)

    def matches(self, text: str) -> bool:
        return any(text in s for s in (self.title, self.unit, self.unit_name, self.doc_number, self.kind,
                                       self.closes_text))


def rule_rows(*, status: str | None = None, unit: str | None = None, since: dt.date | None = None,
              until: dt.date | None = None) -> list[RuleRow]:
    """Every rule, issued first (by date), then those being drafted. `unit`: a full name ("" = the office)."""
    query = (Rule.select(Rule, Unit.short_name.alias("unit_short"), Unit.name.alias("unit_full"))
             .join(Unit, pw.JOIN.LEFT_OUTER, on=(Rule.unit == Unit.id)).where(Rule.deleted_at.is_null()))
    if status:
        query = query.where(Rule.status == status)
    # A period narrows the issued ones by their date; those being drafted are as they stand today.
    if since:
        query = query.where((Rule.status == DRAFTING) | (Rule.issued_on >= since))
    if until:
        query = query.where((Rule.status == DRAFTING) | (Rule.issued_on <= until))
    codes: dict[int, list[str]] = {}
    for rule_id, code in (RuleSuggestion.select(RuleSuggestion.rule, Suggestion.code).join(Suggestion)
                          .where(Suggestion.deleted_at.is_null()).order_by(Suggestion.code).tuples()):
        codes.setdefault(rule_id, []).append(code)
    measures: dict[int, list[tuple[int, str]]] = {}
    for rule_id, measure_id, problem in (RuleMeasure.select(RuleMeasure.rule, IngrainedMeasure.id,
                                                            IngrainedMeasure.problem)
                                         .join(IngrainedMeasure).where(IngrainedMeasure.deleted_at.is_null())
                                         .order_by(IngrainedMeasure.id).tuples()):
        measures.setdefault(rule_id, []).append((measure_id, problem))
    rows = []
    for r in query.dicts():
        if unit is not None and (r["unit_full"] or "") != unit:
            continue
        linked = measures.get(r["id"], [])
        rows.append(RuleRow(id=r["id"], title=r["title"], unit=unit_label(r["unit_short"], r["unit_full"]),
                            unit_name=r["unit_full"] or "", kind=r["kind"], status=r["status"],
                            issued_on=r["issued_on"], doc_number=r["doc_number"], remarks=r["remarks"],
                            suggestion_codes=tuple(codes.get(r["id"], ())),
                            measure_ids=tuple(m for m, _p in linked), measure_problems=tuple(p for _m, p in linked)))
    rows.sort(key=lambda r: (RULE_STATUSES.index(r.status) if r.status in RULE_STATUSES else 9,
                             r.issued_on or dt.date.max, r.id))
    return rows
