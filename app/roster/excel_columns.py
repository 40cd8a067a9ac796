"""The roster's Excel layout: each column, the header it is written under and the headers it is recognised by,
and how a cell's value becomes an officer's field. Shared by the import (app.roster.excel_import) and the
export (app.roster.documents.roster_xlsx), so a round trip loses nothing."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from app.common import datetext, idcard
from app.roster.models import CATEGORIES, LEADERSHIP, POLITICAL_STATUSES, STATUSES
from app.roster.officers import OfficerData


@dataclass(frozen=True)
class Column:
    field: str  # OfficerData attribute, or "" for columns that are recognised but not stored (序号)
    header: str  # what export writes
    aliases: tuple[str, ...]  # what import recognises, after normalize_header
    kind: str = "text"  # text, id, date, gender, choice, leadership, bool, list
    width: float = 12


COLUMNS: tuple[Column, ...] = (
    Column("", "序号", ("序号", "编号", "顺序号", "序"), "skip", 6),
    Column("name", "姓名", ("姓名", "名字", "干警姓名", "人员姓名"), width=10),
    Column("gender", "性别", ("性别",), "gender", 6),
    Column("birth_date", "出生日期", ("出生日期", "出生年月", "出生年月日", "生日", "出生时间"), "date", 12),
    Column("id_number", "身份证号", ("身份证号", "身份证号码", "公民身份号码", "公民身份证号", "公民身份证号码",
                                   "身份证", "身份证件号码", "证件号码"), "id", 21),
    Column("ethnicity", "民族", ("民族",), width=8),
    Column("political_status", "政治面貌", ("政治面貌", "政治面目"), "choice", 12),
    Column("unit", "单位", ("单位", "所在单位", "工作单位", "单位名称", "所属单位"), width=24),
    Column("department", "部门", ("部门", "科室", "庭室", "所在部门", "所在科室", "所在庭室", "内设机构",
                                 "部门科室", "科所队", "所队", "部门名称"), width=16),
    Column("post", "职务", ("职务", "现任职务", "职务名称", "现职务"), width=12),
    Column("rank", "职级", ("职级", "现职级", "职级等级"), width=14),
    Column("category", "人员类别", ("人员类别", "类别", "人员性质", "人员身份"), "choice", 20),
    Column("status", "在岗状态", ("在岗状态", "状态", "在岗情况", "人员状态"), "choice", 10),
    Column("leadership", "班子成员", ("班子成员", "是否班子成员", "班子职务"), "leadership", 10),
    Column("is_department_head", "部门负责人", ("部门负责人", "是否部门负责人"), "bool", 11),
    Column("oversees", "分管部门", ("分管部门", "分管", "分管科室", "分管庭室", "分管部门科室"), "list", 24),
    Column("hire_date", "入职时间", ("入职时间", "入职日期", "参加工作时间", "参加工作日期", "参加工作年月"), "date", 12),
    Column("phone", "联系电话", ("联系电话", "手机", "电话", "手机号", "手机号码", "联系方式", "电话号码"), width=14),
    Column("counts_in_campaign", "纳入教育整顿", ("纳入教育整顿", "是否纳入教育整顿", "参加教育整顿"), "bool", 13),
    Column("remarks", "备注", ("备注", "说明"), width=24),
)
REQUIRED_FIELDS = ("name", "unit")
BY_FIELD = {c.field: c for c in COLUMNS if c.field}
ALIASES = {alias: column for column in COLUMNS for alias in column.aliases}

CHOICES = {"political_status": POLITICAL_STATUSES, "category": CATEGORIES, "status": STATUSES}
# Common ways of writing an allowed value, mapped to the value itself (only unambiguous ones).
_VALUE_ALIASES = {
    "political_status": {"党员": "中共党员", "中国共产党党员": "中共党员", "共产党员": "中共党员",
                         "预备党员": "中共预备党员", "中国共产党预备党员": "中共预备党员",
                         "团员": "共青团员", "共青团": "共青团员", "无党派": "无党派人士"},
    "status": {"在职": "在岗"},
    "category": {},
}
_YES = {"是", "√", "✓", "✔", "y", "yes", "true", "1", "有"}
_NO = {"否", "×", "✗", "n", "no", "false", "0", "无", ""}
_LIST_SPLIT = re.compile(r"[、,，;；/\s]+")
_PAREN = re.compile(r"[（(][^）)]*[）)]")


def normalize_header(text) -> str:
    """'身份证号码\n(18位)*' → '身份证号码': spaces, line breaks, required-marks and notes in brackets go."""
    text = str(text or "")
    text = _PAREN.sub("", text)
    return re.sub(r"[\s*＊:：]", "", text)


def cell_text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d %H:%M") if (value.hour or value.minute) else value.strftime("%Y-%m-%d")
    if isinstance(value, dt.date):
        return value.strftime("%Y-%m-%d")
    return str(value).strip()


def parse_id_cell(value) -> str:
    """An ID number from a cell. Numbers that cannot hold the whole ID are an error, never a guess."""
    if value is None:
        return ""
    if isinstance(value, bool):
        raise ValueError("不是身份证号")
    if isinstance(value, float):
        if value.is_integer() and abs(value) < 2 ** 53:
            value = int(value)
        else:
            raise ValueError("以数字形式保存，Excel 只保留 15 位有效数字，末尾的数字或 X 已丢失，无法还原。"
                             "请把这一列设为“文本”格式后重新填写身份证号")
    if isinstance(value, int):
        digits = str(value)
        if len(digits) == 17:
            raise ValueError("以数字形式保存，只有 17 位，末位的 X 已丢失。请把这一列设为“文本”格式后重新填写")
        reason = idcard.validate(digits)
        if reason and len(digits) == 18 and digits.endswith("0"):
            raise ValueError(f"{reason}；该号码以数字形式保存，末尾数字可能已被 Excel 改成 0，"
                             "请把这一列设为“文本”格式后重新填写")
        if reason:
            raise ValueError(reason)
        return digits
    text = idcard.normalize(cell_text(value)).lstrip("'")
    if re.fullmatch(r"[0-9](\.[0-9]+)?E\+[0-9]+", text):
        raise ValueError("写成了科学计数法（如 4.4E+17），末尾数字已丢失，无法还原。请把这一列设为“文本”格式后重新填写")
    return text


def _parse_bool(value) -> bool:
    if isinstance(value, bool):
        return value
    text = cell_text(value).lower()
    if text in _YES:
        return True
    if text in _NO:
        return False
    raise ValueError(f"“{cell_text(value)}”应填“是”或“否”")


def parse_cell(column: Column, value, data: OfficerData) -> None:
    """Put one cell's value into `data`. Raises ValueError with the reason."""
    kind = column.kind
    if kind == "text":
        setattr(data, column.field, cell_text(value))
    elif kind == "id":
        data.id_number = parse_id_cell(value)
    elif kind == "gender":
        text = cell_text(value).replace("性", "")
        data.gender = text
    elif kind == "choice":
        text = re.sub(r"\s", "", cell_text(value))
        setattr(data, column.field, _VALUE_ALIASES[column.field].get(text, text))
    elif kind == "leadership":
        text = cell_text(value).replace(" ", "")
        if text in LEADERSHIP:
            data.leadership = text
        elif text.lower() in _YES:
            data.leadership = "班子成员"
        elif text.lower() in _NO:
            data.leadership = ""
        else:
            raise ValueError(f"“{text}”应为“一把手”“班子成员”或空白")
    elif kind == "bool":
        setattr(data, column.field, _parse_bool(value))
    elif kind == "list":
        data.oversees = [part for part in _LIST_SPLIT.split(cell_text(value)) if part]
    elif kind == "date":
        parsed = datetext.from_cell(value)
        setattr(data, column.field, parsed)  # a ParsedDate for now; resolved in _resolve_dates


def is_blank(value) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())
