"""The 任务督导 tables (task list, 督导 visits and their 提醒, daily reports) and their names in the audit log.

SCHEMA_VERSION is the one number of this step (the coordinator renumbers it at merge, here only: the
migration engine needs consecutive versions)."""
from __future__ import annotations

import peewee as pw

from app.roster import unit_refs
from app.safety import audit
from app.tasks import models

SCHEMA_VERSION = 11


def _create(db: pw.Database) -> None:
    db.create_tables(models.MODELS, safe=True)


MIGRATIONS = [(SCHEMA_VERSION, "任务督导（任务清单、督导检查、工作日报）", _create)]

TASK_LABELS = {"number": "序号", "stage": "环节", "title": "任务", "key_work": "重点工作", "kind": "类别",
               "unit_id": "责任单位", "lead": "责任领导", "deadline": "完成时限", "closed_on": "销号日期",
               "closed_by": "销号人", "evidence": "佐证材料", "reopen_reason": "重新打开理由", "remarks": "备注"}
VISIT_LABELS = {"visited_on": "督导日期", "unit_id": "督导单位", "team": "督导组", "looked": "一看",
                "checked": "二查", "visited": "三访", "findings": "发现问题"}
REMINDER_LABELS = {"visit_id": "督导检查", "content": "提醒事项", "deadline": "整改时限", "closed_on": "销号日期",
                   "closed_by": "销号人", "outcome": "整改情况"}
REPORT_LABELS = {"unit_id": "单位", "day": "日期", "deployment": "工作部署", "hints": "工作提示",
                 "assignments": "工作交办", "zero_report": "零报告", "reporter": "报送人"}

for _table, _label, _labels in (("campaign_task", "任务清单", TASK_LABELS), ("supervision_visit", "督导检查", VISIT_LABELS),
                                ("supervision_reminder", "督导提醒", REMINDER_LABELS), ("daily_report", "工作日报", REPORT_LABELS)):
    audit.register_table(_table, _label, _labels)  # the office's own work: nothing confidential

# What refers to a unit, named for the 单位管理 page (a merge moves them; a delete names them).
unit_refs.register_reference(models.CampaignTask.unit, "任务清单（责任单位）")
unit_refs.register_reference(models.SupervisionVisit.unit, "督导检查（督导单位）")
unit_refs.register_reference(models.DailyReport.unit, "工作日报")
