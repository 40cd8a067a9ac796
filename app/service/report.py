"""The 我为群众办实事 section of the summary report: the period's figures in sentences of the source article's
style. Records with the same text are added up (上门办证 of every unit: 29个) and figures of the same item in
different measure words stand together (接待群众政策咨询70批次123人); a comparison (同比上升102%) is kept only
where one record makes the figure, and a percentage is not added up (the latest stands).

The 我为群众办实事 measures are counted as the article does, 近四年来: those issued in the four years up to the
period's end, whenever it starts; 优化营商环境 and other measures are counted inside the period."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

from app.service.figure_text import comparison_text, figure_text
from app.service.measures import measure_rows
from app.service.models import CATEGORIES, MEASURE_BUSINESS, MEASURE_OTHER, MEASURE_PEOPLE, PERCENT
from app.service.records import RecordRow, record_rows

HEADING = "我为群众办实事情况"
YEARS_BACK = 4
ORDINALS = "一二三四五六七八九十"
# The article's four 着手, as groups of categories; 群众满意度 closes the section with the measures' count.
GROUPS = (("从群众急难愁盼的需求着手", ("反诈宣传", "接处群众", "上门办证", "护校安全", "平安建设")),
          ("从弘扬社会正气的宣传着手", ("见义勇为",)),
          ("从优化营商环境的大局着手", ("营商环境",)),
          ("从法律知识培训的需要着手", ("法治宣传", "法律援助")),
          ("从其他方面着手", ("其他",)))
CLOSING = "群众满意度"
assert {c for _lead, cats in GROUPS for c in cats} | {CLOSING} == set(CATEGORIES)


@dataclass
class _Part:
    """One measure word of one item: the sum, approximate or not, and the comparison of a single record."""
    number: Decimal
    approximate: str
    records: list = field(default_factory=list)

    def add(self, r: RecordRow) -> None:
        if r.measure_word == PERCENT:  # a rate is not added up: the latest one stands
            if not self.records or r.reported_on >= self.records[-1].reported_on:
                self.number, self.approximate = r.number, r.approximate
        else:
            self.number += r.number
            if r.approximate and self.approximate != "余":
                self.approximate = r.approximate
        self.records.append(r)

    def compared(self) -> str:
        if len(self.records) != 1:
            return ""
        r = self.records[0]
        return comparison_text(r.comparison, r.direction, r.change_percent)


def item_texts(rows: list[RecordRow]) -> dict[str, list[str]]:
    """Each category's items as phrases (印发14万份反诈宣传单), records of the same item added up."""
    items: dict[tuple, dict[str, _Part]] = {}
    for r in rows:
        parts = items.setdefault((r.category, r.item, r.item_after), {})
        parts.setdefault(r.measure_word, _Part(Decimal(0), "")).add(r)
    phrases: dict[str, list[str]] = {}
    for (category, item, after), parts in items.items():
        figures = "".join(figure_text(p.number, word, p.approximate) for word, p in parts.items())
        compared = "".join(f"，{c}" for c in (p.compared() for p in parts.values()) if c)
        phrases.setdefault(category, []).append(f"{item}{figures}{after}{compared}")
    return phrases


def _counted_from(until: dt.date | None) -> tuple[dt.date, dt.date]:
    # A period still running (the 总结提升 phase ends next month) is counted up to today: four years back
    # from a day not yet come would drop measures the article's "近四年来" still counts.
    today = dt.date.today()
    end = min(until, today) if until else today
    try:
        start = end.replace(year=end.year - YEARS_BACK)
    except ValueError:  # 29 February
        start = end.replace(year=end.year - YEARS_BACK, day=28)
    return start + dt.timedelta(days=1), end


def section(since: dt.date | None, until: dt.date | None) -> tuple[str, list[str]] | None:
    rows = record_rows(since=since, until=until)
    measures = measure_rows(since=since, until=until)
    if not rows and not measures:
        return None
    phrases = item_texts(rows)
    business = sum(1 for m in measures if m.kind == MEASURE_BUSINESS)
    other = sum(1 for m in measures if m.kind == MEASURE_OTHER)
    first, last = _counted_from(until)
    people = sum(1 for m in measure_rows(since=first, until=last, kind=MEASURE_PEOPLE))
    paragraphs: list[str] = []
    for lead, categories in GROUPS:
        clauses = ["，".join(phrases[c]) for c in categories if c in phrases]
        if lead == "从优化营商环境的大局着手" and business:
            clauses.insert(0, f"政法各单位出台优化营商环境措施{business}条")
        if lead == "从其他方面着手" and other:
            clauses.insert(0, f"出台其他措施{other}条")
        if clauses:
            paragraphs.append(f"{ORDINALS[len(paragraphs)]}是{lead}。" + "；".join(clauses) + "。")
    closing = []
    if people:
        closing.append(f"近四年来，县政法各单位共出台“我为群众办实事”措施{people}条")
    closing += phrases.get(CLOSING, [])
    if closing:
        paragraphs.append("，".join(closing) + "。")
    return HEADING, paragraphs
