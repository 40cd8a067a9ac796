"""任务督导: the office's own work. The task list (任务清单) of the three 环节 with its 重点工作 and
规定动作/自选动作, each task closed out (销号) with evidence; the 督导 visits of the "一看二查三访四提醒" method
with the 提醒 they issue and their 整改时限; and the 工作日报 every unit files each day (零报告 when it has
nothing to report), from which the 零通报制 finds the units that did not report."""
from __future__ import annotations

import peewee as pw

from app.roster.models import Unit
from app.store.base import BaseModel, TrashableModel
from app.store.campaign import PHASES

STAGES = tuple(PHASES)  # 学习教育, 查纠整改, 总结提升: the three 环节
KINDS = ("规定动作", "自选动作")
OPEN, CLOSED = "推进中", "已销号"
TASK_STATUSES = (OPEN, CLOSED)
# What a 督导 visit does, in the method's order: 一看 (look at the records), 二查 (check the work), 三访 (talk
# with officers and the public), 四提醒 (the reminders it leaves, each with its 整改时限).
METHOD = "一看二查三访四提醒"


class CampaignTask(TrashableModel):
    """One of the campaign's 具体任务: its 环节, whether it is a 重点工作, 规定 or 自选, who is responsible and by
    when; closed (销号) with the evidence, the day and who closed it, or reopened with a reason."""

    number = pw.IntegerField(index=True)  # 序号 within the list, shown as the task's number
    stage = pw.CharField(index=True)  # one of STAGES
    title = pw.CharField()
    key_work = pw.BooleanField(default=False, index=True)  # 重点工作
    kind = pw.CharField(default=KINDS[0])  # one of KINDS
    unit = pw.ForeignKeyField(Unit, null=True, backref="campaign_tasks", on_delete="SET NULL")  # 责任单位
    lead = pw.CharField(default="")  # 责任领导 or 牵头人
    deadline = pw.DateField(null=True, index=True)
    closed_on = pw.DateField(null=True, index=True)
    closed_by = pw.CharField(default="")
    evidence = pw.TextField(default="")  # 佐证材料: what shows the task is done
    reopen_reason = pw.TextField(default="")
    remarks = pw.TextField(default="")


class SupervisionVisit(TrashableModel):
    """One 调研督导 visit to a unit: the team, and what it looked at, checked and heard."""

    visited_on = pw.DateField(index=True)
    unit = pw.ForeignKeyField(Unit, backref="supervision_visits", on_delete="RESTRICT")
    team = pw.CharField(default="")  # 督导组 and its members
    looked = pw.TextField(default="")  # 一看
    checked = pw.TextField(default="")  # 二查
    visited = pw.TextField(default="")  # 三访
    findings = pw.TextField(default="")  # 问题、短板


class SupervisionReminder(BaseModel):
    """A 提醒 a visit issued (四提醒): what to put right and by when (整改时限), followed until 整改销号."""

    visit = pw.ForeignKeyField(SupervisionVisit, backref="reminders", on_delete="CASCADE")
    content = pw.TextField()
    deadline = pw.DateField(index=True)  # 整改时限
    closed_on = pw.DateField(null=True, index=True)
    closed_by = pw.CharField(default="")
    outcome = pw.TextField(default="")  # 整改情况 at 销号


class DailyReport(BaseModel):
    """A unit's 工作日报 for one day: 工作部署, 工作提示, 工作交办, or a 零报告 when it has nothing to report."""

    unit = pw.ForeignKeyField(Unit, backref="daily_reports", on_delete="RESTRICT")
    day = pw.DateField(index=True)
    deployment = pw.TextField(default="")  # 工作部署
    hints = pw.TextField(default="")  # 工作提示
    assignments = pw.TextField(default="")  # 工作交办
    zero_report = pw.BooleanField(default=False)  # 零报告
    reporter = pw.CharField(default="")

    class Meta:
        # Not unique: the service allows one report per unit and day, but a merge of two duplicate units
        # (app.roster.unit_admin) must be able to bring both units' reports of the same day together.
        indexes = ((("unit", "day"), False),)


MODELS = [CampaignTask, SupervisionVisit, SupervisionReminder, DailyReport]
