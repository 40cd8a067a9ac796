"""The talk records' tables (schema version 4), the default phrase snippets, and their names in the audit log,
where what was said (content, problems, suggestions) is recorded as changed, never as text."""
from __future__ import annotations

import peewee as pw

from app.safety import audit
from app.talks import models


def _create(db: pw.Database) -> None:
    from app.talks.snippets import install_default_snippets  # only when the step runs: opening is faster

    db.create_tables(models.MODELS, safe=True)
    install_default_snippets()


MIGRATIONS = [(4, "谈心谈话", _create)]

audit.register_table("talk", "谈心谈话", models.FIELD_LABELS, confidential=set(models.CONFIDENTIAL_FIELDS))
audit.register_table("talk_round", "谈话轮次", {"number": "序号", "name": "轮次", "start_date": "开始日期",
                                            "end_date": "结束日期", "remarks": "备注", "expected_set_at": "应谈名单确定时间"})
audit.register_table("round_expected", "应谈名单", {"round_id": "轮次", "officer_id": "应谈人员"})
audit.register_table("talk_snippet", "谈话常用语", {"field": "用于", "title": "标题", "text": "内容"})
audit.register_table("talk", "谈心谈话", {"talker_id": "谈话人", "feedback_item_id": "转入的意见建议"})
audit.register_table("talk_participant", "谈话对象", {"talk_id": "谈话", "officer_id": "谈话对象",
                                                  "unit_post": "单位及职务"})
audit.register_table("follow_up", "谈话后续事项", {"talk_id": "谈话", "text": "事项", "due_date": "期限",
                                              "done_date": "完成日期"})
