"""Roster: units, their departments, officers, and leaders outside the 政法 roster who sign pledges."""
from __future__ import annotations

import peewee as pw

from app.store.base import BaseModel, TrashableModel

GENDERS = ("男", "女")

POLITICAL_STATUSES = (
    "中共党员", "中共预备党员", "共青团员", "民革会员", "民盟盟员", "民建会员", "民进会员",
    "农工党党员", "致公党党员", "九三学社社员", "台盟盟员", "无党派人士", "群众",
)

CATEGORIES = ("政法专项编制在编在岗", "其他在编", "辅警", "聘用制书记员", "借调")

STATUSES = ("在岗", "病休", "专案", "借调", "离岗")

LEADERSHIP = ("", "一把手", "班子成员")

UNIT_KINDS = ("政法委", "法院", "检察院", "公安局", "司法局", "其他")


class Unit(BaseModel):
    name = pw.CharField(unique=True)
    short_name = pw.CharField(default="")
    kind = pw.CharField(default="其他")
    sort_order = pw.IntegerField(default=0)

    def __str__(self) -> str:
        return self.name


class UnitAlias(BaseModel):
    """Another name a unit goes by (a former name, the way a roster spells it): resolves like its full name."""

    unit = pw.ForeignKeyField(Unit, backref="aliases", on_delete="CASCADE")
    name = pw.CharField(unique=True)

    def __str__(self) -> str:
        return self.name


class Department(BaseModel):
    unit = pw.ForeignKeyField(Unit, backref="departments", on_delete="CASCADE")
    name = pw.CharField()
    sort_order = pw.IntegerField(default=0)

    class Meta:
        indexes = ((("unit", "name"), True),)

    def __str__(self) -> str:
        return self.name


class Officer(TrashableModel):
    name = pw.CharField(index=True)
    gender = pw.CharField(default="")
    birth_date = pw.DateField(null=True)
    # Stored in full; masked everywhere on screen and never printed unless asked.
    id_number = pw.CharField(null=True, unique=True)
    ethnicity = pw.CharField(default="")
    political_status = pw.CharField(default="")
    unit = pw.ForeignKeyField(Unit, backref="officers", on_delete="RESTRICT")
    department = pw.ForeignKeyField(Department, null=True, backref="officers", on_delete="SET NULL")
    post = pw.CharField(default="")  # 职务
    rank = pw.CharField(default="")  # 职级
    category = pw.CharField(default=CATEGORIES[0])
    status = pw.CharField(default=STATUSES[0])
    leadership = pw.CharField(default="")  # "" / 一把手 / 班子成员
    is_department_head = pw.BooleanField(default=False)
    hire_date = pw.DateField(null=True)
    phone = pw.CharField(default="")
    counts_in_campaign = pw.BooleanField(default=True)
    remarks = pw.TextField(default="")

    def __str__(self) -> str:
        return self.name


class Oversight(BaseModel):
    """A leadership member oversees (分管) a department of the same unit."""

    officer = pw.ForeignKeyField(Officer, backref="oversights", on_delete="CASCADE")
    department = pw.ForeignKeyField(Department, backref="overseers", on_delete="CASCADE")

    class Meta:
        indexes = ((("officer", "department"), True),)


class OutsideLeader(TrashableModel):
    """党政领导干部 outside the 政法 roster (人大/政府/政协/乡镇/部门 heads): sign the public pledge."""

    name = pw.CharField(index=True)
    organization = pw.CharField()  # 单位
    post = pw.CharField(default="")
    phone = pw.CharField(default="")
    remarks = pw.TextField(default="")

    def __str__(self) -> str:
        return self.name


# Longest text a field takes (characters): one-line fields, and 备注.
MAX_TEXT = 200
MAX_REMARKS = 2000

# Chinese names of the fields, for forms, imports, exports and the audit log.
FIELD_LABELS = {
    "name": "姓名", "unit": "单位", "department": "部门", "id_number": "身份证号", "gender": "性别",
    "birth_date": "出生日期", "ethnicity": "民族", "political_status": "政治面貌", "post": "职务",
    "rank": "职级", "category": "人员类别", "status": "在岗状态", "leadership": "班子成员",
    "is_department_head": "部门负责人", "oversees": "分管部门", "hire_date": "入职时间",
    "phone": "联系电话", "counts_in_campaign": "纳入教育整顿", "remarks": "备注",
}

MODELS = [Unit, Department, Officer, Oversight, OutsideLeader]  # schema version 1 (never changes)
ALIAS_MODELS = [UnitAlias]  # schema step app.roster.schema.UNITS_SCHEMA_VERSION

UNIT_FIELD_LABELS = {"name": "全称", "short_name": "简称", "kind": "类别", "sort_order": "排序", "aliases": "别名",
                     "departments": "部门"}
