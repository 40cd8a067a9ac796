"""The 会议与选树 tables and their names in the audit log. Nothing here is confidential: meetings, documents,
通报 and 英模 recommendations are the office's public record.

SCHEMA_VERSION is the one number of this step. The issue-16 plan reserves 12 for it (after 任务清单's 11), but
main ends at 10 and the migration engine needs consecutive versions, so on this branch alone it is 11; the
coordinator sets it at merge, here only."""
from __future__ import annotations

import peewee as pw

from app.affairs import models
from app.roster import unit_refs
from app.safety import audit

SCHEMA_VERSION = 12


def _create(db: pw.Database) -> None:
    db.create_tables(models.MODELS, safe=True)


MIGRATIONS = [(SCHEMA_VERSION, "会议与文件、英模选树", _create)]

MEETING_LABELS = {"kind": "会议类别", "held_on": "召开日期", "title": "议题", "presided_by": "主持人",
                  "attendees": "参会人数", "media_invited": "邀请媒体", "notes": "备注"}
DOCUMENT_LABELS = {"number": "文号", "issued_on": "印发日期", "title": "文件标题", "issuer": "发文机关",
                   "kind": "文种", "notes": "备注"}
NOTICE_LABELS = {"issued_on": "通报日期", "channel": "通报渠道", "title": "通报标题", "notes": "备注"}
RECOMMENDATION_LABELS = {"officer_id": "干警", "name": "姓名", "unit_id": "推荐单位", "deeds": "主要事迹",
                         "recommended_on": "推荐日期", "level": "评选层级", "result": "评选结果", "honour": "荣誉称号",
                         "typical_model": "选树先进典型", "report_session_id": "英模报告会", "notes": "备注"}

audit.register_table("meeting", "会议", MEETING_LABELS)
audit.register_table("issued_document", "制发文件", DOCUMENT_LABELS)
audit.register_table("public_notice", "向社会通报", NOTICE_LABELS)
audit.register_table("recommendation", "英模推荐", RECOMMENDATION_LABELS)

# What refers to a unit, named for the 单位管理 page (a merge moves them; a delete names them).
unit_refs.register_reference(models.Recommendation.unit, "英模选树（推荐单位）")
