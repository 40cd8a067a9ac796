"""The feedback ledger's tables (schema version 5) and its default categories."""
from __future__ import annotations

import peewee as pw

from app.feedback import models
from app.roster import unit_refs
from app.safety import audit


def _create(db: pw.Database) -> None:
    db.create_tables(models.MODELS, safe=True)
    if not models.FeedbackCategory.select().exists():
        names = [(n, True) for n in models.MAJOR_CATEGORIES] + [(n, False) for n in models.GENERAL_CATEGORIES]
        models.FeedbackCategory.insert_many(
            [{"name": n, "major": major, "sort_order": i} for i, (n, major) in enumerate(names, start=1)]).execute()


MIGRATIONS = [(5, "征求意见与整改台账", _create)]

unit_refs.register_reference(models.FeedbackEvent.organiser, "征求意见活动（组织单位）")
unit_refs.register_reference(models.Suggestion.unit, "意见建议（责任单位）")

# Their names in the 操作日志 (the viewer and the restore summary).
audit.register_table("feedback_event", "征求意见活动", {
    "title": "活动名称", "held_on": "日期", "place": "地点", "organiser_id": "组织单位", "reviewed_files": "查阅卷宗数",
    "notes": "备注", "channel": "方式"})
audit.register_table("event_participant", "参加人员类别", {"event_id": "征求意见活动", "category": "类别", "count": "人数"})
audit.register_table("feedback_category", "意见分类", {"major": "重点问题", "sort_order": "排序"})
audit.register_table("suggestion", "意见建议", {
    "code": "编号", "event_id": "征求意见活动", "channel": "收集方式", "collected_on": "收集日期",
    "submitter_name": "提出人", "submitter_category": "提出人类别", "submitter_contact": "提出人联系方式",
    "anonymous": "匿名", "content": "意见内容", "category": "分类", "leader": "责任领导", "person": "责任人",
    "measure": "整改措施", "deadline": "整改时限", "progress": "进展", "status": "状态", "completed_on": "完成日期",
    "evidence": "整改佐证", "reply_method": "反馈方式", "reply_on": "反馈日期", "reply_content": "反馈内容",
    "satisfaction": "满意度", "reviewer": "审核人", "reviewed_on": "审核日期", "rejection_reason": "不予采纳理由",
    "remarks": "备注", "merged_into_id": "合并到", "source_talk_id": "来源谈话"})
audit.register_table("suggestion_attachment", "意见建议附件", {
    "suggestion_id": "意见建议", "file_name": "文件名", "size": "大小", "data": "文件内容", "added_by": "添加人"})
audit.register_table("suggestion_history", "意见建议办理记录", {
    "suggestion_id": "意见建议", "action": "操作", "from_status": "原状态", "to_status": "新状态", "actor": "操作人",
    "at": "时间", "note": "说明"})
