"""The 查纠整改 tables, the 问题线索 permission column on the accounts, and their names in the audit log, where
self-check text, review opinions and clue content are recorded as filled or changed, never as text.

SCHEMA_VERSION is the one number of this step. It takes the next free version on main when written (8);
branches merged before this one may take 8–10, and the step then moves to the next free number (11), here
only: the migration engine needs consecutive versions."""
from __future__ import annotations

import peewee as pw

from app.rectify import models
from app.roster import unit_refs
from app.safety import access, audit
from app.store.migrations import add_column_if_missing

SCHEMA_VERSION = 10


def _create(db: pw.Database) -> None:
    db.create_tables(models.MODELS, safe=True)
    # The per-account grant of access.CLUES, like can_view_talks. A file made by this version already has it
    # (the safety step creates the account table from today's model); an older file gets it here.
    add_column_if_missing(db, "account", "can_view_clues", pw.BooleanField(default=False))


MIGRATIONS = [(SCHEMA_VERSION, "查纠整改（个人自查与问题线索）", _create)]

ITEM_LABELS = {"officer_id": "干警", "reported_on": "填报日期", "category": "类别", "content": "自查事项",
               "disclosed": "主动说明", "stage": "审核进度", "outcome": "处理结果", "source_talk_id": "来源谈话",
               "remarks": "备注"}
REVIEW_LABELS = {"item_id": "自查事项", "step": "审核环节", "reviewer": "审核人", "reviewed_on": "审核日期",
                 "opinion": "审核意见", "outcome": "处理意见", "actor": "操作人"}
CLUE_LABELS = {"code": "编号", "source": "线索来源", "received_on": "收到日期", "officer_id": "被反映人",
               "subject_name": "被反映人姓名", "content": "线索内容", "self_check_item_id": "自查事项",
               "status": "状态", "disposal": "处置方式", "unit_id": "承办单位", "handler": "承办人",
               "deadline": "办理时限", "result": "办理结果", "concluded_on": "办结日期", "remarks": "备注"}
CHECK_LABELS = {"kind": "排查项目", "unit_id": "单位", "started_on": "开始日期", "ended_on": "结束日期",
                "examined": "排查数量", "examined_unit": "计量单位", "examined_what": "排查对象", "notes": "备注"}
FINDING_LABELS = {"check_id": "专项排查", "found_on": "发现日期", "officer_id": "涉及人员", "description": "发现问题",
                  "action": "处理方式", "clue_id": "问题线索"}
HISTORY_LABELS = {"clue_id": "问题线索", "action": "环节", "from_status": "原状态", "to_status": "新状态",
                  "actor": "操作人", "at": "时间", "note": "说明"}

for _table, _label, _labels in (("self_check_item", "个人自查事项", ITEM_LABELS),
                                ("self_check_review", "自查审核", REVIEW_LABELS),
                                ("clue", "问题线索", CLUE_LABELS),
                                ("clue_history", "问题线索办理记录", HISTORY_LABELS),
                                ("check_finding", "专项排查发现问题", FINDING_LABELS)):
    audit.register_table(_table, _label, _labels, confidential=models.CONFIDENTIAL[_table])
    # In the log viewer every value of these tables is masked for an account without 问题线索.
    audit.register_sensitive(_table, access.CLUES)
audit.register_table("special_check", "专项排查", CHECK_LABELS)  # scope and counts: no confidential text
audit.register_table("account", "账户", {"can_view_clues": "可看问题线索"})

# What refers to a unit, named for the 单位管理 page (a merge moves them; a delete names them).
unit_refs.register_reference(models.Clue.unit, "问题线索（承办单位）")
unit_refs.register_reference(models.SpecialCheck.unit, "专项排查（范围单位）")
