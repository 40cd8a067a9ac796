"""The demo's 我为群众办实事 at the source article's figures (section “创新服务 激发实干动能”): 34 我为群众办实事
measures over the last four years and 83 优化营商环境 measures during the campaign, and every figure of that
section as service records, by unit where the article's work is one unit's (反诈 and 护校 the 公安局, 法律援助 the
司法局), some split over months or units so the report adds them up (接待群众政策咨询70批次123人 in three months).
Dates fall inside the campaign, before today, so the figures do not depend on the day the demo is built."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from app.roster.models import Unit
from app.service import demo_texts
from app.service.models import MEASURE_BUSINESS, MEASURE_PEOPLE, MEASURE_STATUSES, ServiceMeasure, ServiceRecord

PEOPLE_MEASURES = 34
# 优化营商环境措施 by unit (short name): 83 in all.
BUSINESS_BY_UNIT = (("县法院", 22), ("县检察院", 18), ("县公安局", 25), ("县司法局", 12), ("县委政法委", 6))
POLICE, JUSTICE, COMMITTEE, COURT, PROCURATORATE = "县公安局", "县司法局", "县委政法委", "县法院", "县检察院"

# (unit, category, before, number, measure word, after, 余/多, (同比/环比, 上升/下降, %)); same text = added up.
RECORDS = (
    (POLICE, "反诈宣传", "共印发", 90000, "份", "反诈宣传单", "", None),
    (JUSTICE, "反诈宣传", "共印发", 50000, "份", "反诈宣传单", "", None),
    (POLICE, "反诈宣传", "打击电信诈骗", 99, "人", "", "", ("同比", "上升", 102)),
    (POLICE, "反诈宣传", "发案", 32, "起", "", "", ("环比", "下降", 27)),
    (POLICE, "反诈宣传", "经济损失", 8, "万元", "", "", ("环比", "下降", 51)),
    (COMMITTEE, "接处群众", "接待群众政策咨询", 22, "批次", "", "", None),
    (COMMITTEE, "接处群众", "接待群众政策咨询", 39, "人", "", "", None),
    (COMMITTEE, "接处群众", "接待群众政策咨询", 25, "批次", "", "", None),
    (COMMITTEE, "接处群众", "接待群众政策咨询", 44, "人", "", "", None),
    (COMMITTEE, "接处群众", "接待群众政策咨询", 23, "批次", "", "", None),
    (COMMITTEE, "接处群众", "接待群众政策咨询", 40, "人", "", "", None),
    (COMMITTEE, "接处群众", "协调处理婚姻家庭、劳动争议、山林权属纠纷等", 21, "件", "", "", None),
    (COMMITTEE, "接处群众", "协调处理婚姻家庭、劳动争议、山林权属纠纷等", 27, "件", "", "", None),
    (POLICE, "上门办证", "为特殊群体上门办证", 29, "个", "", "", None),
    (POLICE, "上门办证", "上门送证", 500, "个", "", "余", None),
    (POLICE, "护校安全", "出动警力", 2000, "人次", "", "余", None),
    (JUSTICE, "护校安全", "化解涉校矛盾纠纷", 15, "起", "", "", None),
    (POLICE, "护校安全", "化解涉校矛盾纠纷", 9, "起", "", "", None),
    (POLICE, "护校安全", "查处涉校案件", 2, "起", "", "", None),
    (POLICE, "护校安全", "培训保安", 350, "人次", "", "", None),
    (COMMITTEE, "护校安全", "开展校园检查", 3, "次", "", "", None),
    (COMMITTEE, "护校安全", "整改安全隐患", 39, "处", "", "", None),
    (COURT, "营商环境", "设立财政风险补偿专项资金", 1000, "万元", "", "", None),
    (PROCURATORATE, "法治宣传", "到中小学上法制课", 10, "场", "", "", None),
    (JUSTICE, "法治宣传", "到中小学上法制课", 12, "场", "", "", None),
    (JUSTICE, "法治宣传", "受训学生", 2000, "人次", "", "余", None),
    (JUSTICE, "法治宣传", "新建平安法治示范村、企业、学校", 12, "个", "", "", None),
    (JUSTICE, "法治宣传", "为", 22, "家", "企业开展法律知识讲座", "", None),
    (JUSTICE, "法治宣传", "发放", 600, "册", "法律知识读本", "余", None),
    (JUSTICE, "法律援助", "受理法律援助", 8, "件", "", "", None),
    (JUSTICE, "法律援助", "调解纠纷", 13, "起", "", "", None),
    (COMMITTEE, "群众满意度", "问卷调查群众满意度达", 99, "%", "", "", None),
)


def _window(ctx) -> tuple[dt.date, dt.date]:
    return ctx.campaign_start, ctx.today - dt.timedelta(days=1)


def populate(ctx) -> None:
    units = {u.short_name: u for u in Unit.select()}
    first, last = _window(ctx)
    four_years = last - dt.timedelta(days=4 * 365 - 30)
    people_units = [units.get(name) for name, _n in BUSINESS_BY_UNIT]
    for i in range(PEOPLE_MEASURES):
        issued = ctx.date_between(four_years, last)
        ServiceMeasure.create(title=demo_texts.PEOPLE_MEASURES[i % len(demo_texts.PEOPLE_MEASURES)],
                              kind=MEASURE_PEOPLE, unit=people_units[i % len(people_units)], issued_on=issued,
                              status="已落实" if issued < first else ctx.rng.choice(MEASURE_STATUSES[:2]))
    for name, count in BUSINESS_BY_UNIT:
        for i in range(count):
            ServiceMeasure.create(title=demo_texts.BUSINESS_MEASURES[i % len(demo_texts.BUSINESS_MEASURES)],
                                  kind=MEASURE_BUSINESS, unit=units.get(name), issued_on=ctx.date_between(first, last),
                                  status=ctx.rng.choice(MEASURE_STATUSES[:2]))
    # A figure in parts covers consecutive months of the campaign, one part each; a single one its whole span.
    parts: dict[tuple, int] = {}
    for _unit, category, before, _n, word, after, _a, _c in RECORDS:
        parts[(category, before, after, word)] = parts.get((category, before, after, word), 0) + 1
    seen: dict[tuple, int] = {}
    for unit, category, before, number, word, after, approximate, compared in RECORDS:
        key = (category, before, after, word)
        part = seen[key] = seen.get(key, -1) + 1
        if parts[key] == 1:
            start, end = first, last
        else:
            start = min(last, first + dt.timedelta(days=30 * part))
            end = min(last, start + dt.timedelta(days=29))
        comparison, direction, change = compared or ("", "", None)
        ServiceRecord.create(started_on=start, ended_on=end, unit=units.get(unit), category=category, item=before,
                             item_after=after, number=Decimal(number), measure_word=word, approximate=approximate,
                             comparison=comparison, direction=direction,
                             change_percent=None if change is None else Decimal(change))
    ctx.facts["service_records"] = len(RECORDS)
