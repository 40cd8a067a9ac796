"""我为群众办实事: the measures the 政法 units issued (我为群众办实事措施, 优化营商环境措施) and the service records,
each a figure as the office reports it — a number with its measure word, approximate or not (500余个), and
optionally compared with a year or a period before (同比上升102%)."""
from __future__ import annotations

import peewee as pw

from app.roster.models import Unit
from app.store.base import TrashableModel

MEASURE_PEOPLE, MEASURE_BUSINESS, MEASURE_OTHER = "我为群众办实事措施", "优化营商环境措施", "其他"
MEASURE_KINDS = (MEASURE_PEOPLE, MEASURE_BUSINESS, MEASURE_OTHER)
MEASURE_STATUSES = ("落实中", "已落实", "已停止")

# What a service record is about; the report groups them as the source article does (see app.service.report).
CATEGORIES = ("反诈宣传", "接处群众", "上门办证", "护校安全", "营商环境", "法治宣传", "法律援助", "见义勇为",
              "平安建设", "群众满意度", "其他")
MEASURE_WORDS = ("批次", "人", "件", "个", "人次", "场", "份", "起", "处", "家", "册", "次", "条", "名", "篇",
                 "户", "所", "万元", "元", "%")
PERCENT = "%"
APPROXIMATE = ("", "余", "多")  # 500余个, 3600多人次
COMPARISONS = ("", "同比", "环比")
DIRECTIONS = ("上升", "下降")


class ServiceMeasure(TrashableModel):
    """One measure issued by a unit (or by the 政法 units together: unit None)."""

    title = pw.CharField()
    kind = pw.CharField(index=True)  # one of MEASURE_KINDS
    unit = pw.ForeignKeyField(Unit, null=True, backref="service_measures", on_delete="SET NULL")
    issued_on = pw.DateField(index=True)
    status = pw.CharField(default=MEASURE_STATUSES[0])
    notes = pw.TextField(default="")


class ServiceRecord(TrashableModel):
    """One figure of what was done: 上门办证29个, 出动警力2000余人次, 打击电信诈骗99人（同比上升102%）.
    `item` is the text before the number, `item_after` the text after it (印发 · 14万份 · 反诈宣传单)."""

    started_on = pw.DateField(index=True)  # the day, or the first day of the period the figure covers
    ended_on = pw.DateField(null=True, index=True)  # the last day of that period (None: one day)
    unit = pw.ForeignKeyField(Unit, null=True, backref="service_records", on_delete="SET NULL")
    category = pw.CharField(index=True)  # one of CATEGORIES
    item = pw.CharField()
    item_after = pw.CharField(default="")
    number = pw.DecimalField(max_digits=14, decimal_places=2, auto_round=True)
    measure_word = pw.CharField()  # one of MEASURE_WORDS
    approximate = pw.CharField(default="")  # one of APPROXIMATE
    comparison = pw.CharField(default="")  # one of COMPARISONS
    direction = pw.CharField(default="")  # one of DIRECTIONS when compared
    change_percent = pw.DecimalField(max_digits=8, decimal_places=2, null=True, auto_round=True)
    notes = pw.TextField(default="")


MODELS = [ServiceMeasure, ServiceRecord]
