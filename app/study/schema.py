"""The study sessions' tables (schema version 3, the default study types) and the index the overview's
attendance figures read (version 7)."""
from __future__ import annotations

import peewee as pw

from app.roster import unit_refs
from app.safety import audit
from app.study import models


def _create(db: pw.Database) -> None:
    db.create_tables(models.MODELS, safe=True)
    with models.StudyType.bind_ctx(db):
        for order, (name, verb, is_test) in enumerate(models.DEFAULT_TYPES, start=1):
            models.StudyType.get_or_create(name=name, defaults=dict(sort_order=order, notice_verb=verb,
                                                                    is_test=is_test))


def _overview_indexes(db: pw.Database) -> None:
    # The overview counts attendance per session, unit and status: with this index SQLite reads those
    # groups in order from the index alone instead of sorting one row per person expected.
    db.execute_sql("CREATE INDEX IF NOT EXISTS attendee_session_unit_status "
                   "ON attendee (session_id, unit_name, status)")


MIGRATIONS = [(3, "学习教育", _create), (7, "工作总览统计索引", _overview_indexes)]

unit_refs.register_reference(models.SessionAudience.unit, "学习活动的参加单位")
unit_refs.register_reference(models.SessionAudience.department, "学习活动的参加部门")
unit_refs.register_name_copy(unit_refs.NameCopy("学习签到名单（人次）", models.Attendee.unit_name,
                                                short=models.Attendee.unit_short, order=models.Attendee.unit_order))

# Their names in the 操作日志 (the viewer and the restore summary).
audit.register_table("study_type", "学习活动类型", {"notice_verb": "通知用语", "is_test": "含测试", "sort_order": "排序"})
audit.register_table("study_session", "学习活动", {
    "type_id": "类型", "title": "主题", "day": "日期", "start_time": "开始时间", "end_time": "结束时间", "place": "地点",
    "speaker": "主讲", "organiser": "组织单位", "phase": "环节", "audience": "参加范围", "agenda": "议程",
    "requirements": "有关要求", "material": "学习材料", "contact_person": "联系人", "contact_phone": "联系电话",
    "pass_mark": "及格分", "frozen_at": "名单锁定时间", "notice_json": "通知文字", "remarks": "备注"})
audit.register_table("session_audience", "学习活动参加范围", {"session_id": "学习活动"})
audit.register_table("attendee", "参会人员", {
    "session_id": "学习活动", "position": "顺序", "unit_name": "单位", "unit_short": "单位简称", "unit_order": "单位排序",
    "department_name": "部门", "post": "职务", "leadership": "班子", "roster_status": "在岗状态", "status": "考勤",
    "reason": "原因", "marked_at": "登记时间", "score": "成绩"})
audit.register_table("makeup_task", "补学任务", {
    "attendee_id": "参会人员", "kind": "补学方式", "kind_auto": "自动确定方式", "material": "补学材料", "deadline": "期限",
    "completed_on": "完成日期", "evidence_note": "完成情况", "evidence_file": "佐证文件", "closed_by": "登记人"})
audit.register_table("reflection", "心得体会", {
    "attendee_id": "参会人员", "received_on": "收到日期", "word_count": "字数", "file_path": "文件", "note": "备注"})
