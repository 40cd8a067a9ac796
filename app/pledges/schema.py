"""The pledges' tables (schema version 2) and the default templates every new file starts with."""
from __future__ import annotations

import peewee as pw

from app.pledges import models
from app.roster import unit_refs
from app.safety import audit


def _create(db: pw.Database) -> None:
    from app.pledges.templates import ensure_default_templates  # only when the step runs: opening is faster

    db.create_tables(models.MODELS, safe=True)
    ensure_default_templates()


MIGRATIONS = [(2, "承诺书签订", _create)]

# An officer's pledge copies the unit's full name; a leader's names their own organisation (not a unit).
unit_refs.register_name_copy(unit_refs.NameCopy("承诺书", models.Pledge.unit, order=models.Pledge.unit_order,
                                                only=(models.Pledge.signer_kind != models.LEADER)))

# Their names in the 操作日志 (the viewer and the restore summary show these, never pledge_scan or print_count).
audit.register_table("pledge_template", "承诺书模板", {
    "key": "模板代码", "audience": "适用对象", "sort_order": "排序", "title": "标题"})
audit.register_table("pledge_template_version", "承诺书模板版本", {
    "template_id": "模板", "number": "版本号", "title": "标题", "addressee": "抬头", "preamble": "开头语",
    "clauses": "承诺条款", "closing": "结束语", "is_draft": "草稿", "note": "修改说明", "created_by": "创建人",
    "reviewed_by": "审核人", "reviewed_at": "审核时间"})
audit.register_table("pledge", "承诺书", {
    "template_id": "模板", "version_id": "模板版本", "signer_kind": "承诺人类别", "leader_id": "领导干部",
    "unit": "单位", "department": "部门", "post": "职务", "unit_order": "单位排序", "department_order": "部门排序",
    "status": "状态", "issued_at": "下发时间", "issued_by": "下发人", "printed_at": "打印时间", "printed_by": "打印人",
    "print_count": "打印次数", "signed_on": "签署日期", "signed_at": "登记签署时间", "signed_by": "登记人",
    "signed_on_screen": "屏幕签名", "archived_at": "归档时间", "archived_by": "归档人", "replaced_at": "被重发替换时间",
    "remarks": "备注"})
audit.register_table("pledge_scan", "承诺书扫描件", {
    "pledge_id": "承诺书", "file_name": "文件名", "mime": "文件类型", "size": "大小", "sha256": "校验值",
    "data": "文件内容", "created_by": "上传人"})
audit.register_table("pledge_signature", "承诺书屏幕签名", {
    "pledge_id": "承诺书", "strokes": "笔迹", "image": "签名图像", "created_by": "签名登记人"})
