"""The roster in and out of Excel (.xlsx), the way county offices keep it.

Import: `plan_import(path)` reads the file and returns an ImportPlan (rows to add, duplicates of people
already on the roster, and every problem as (Excel row, column, reason)) without writing anything;
`apply_plan(plan, mode)` then writes it all in one transaction, or nothing when any problem is left.
Export: `export_roster(path)` writes the layout the import reads (a merged title row, then the header row),
so a round trip loses nothing; `export_roster(path, template=True)` writes the empty form.

The file is read by app.common.xlsx_read (fast, streaming); openpyxl is imported only to write.
"""
from __future__ import annotations

import datetime as dt
import re
import zipfile
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from xml.etree.ElementTree import ParseError

from app.common import datetext
from app.common import idcard
from app.roster import service as roster
from app.errors import AppError, ValidationErrors
from app.jobs import NullProgress, Progress
from app.roster.models import CATEGORIES, LEADERSHIP, POLITICAL_STATUSES, STATUSES

HEADER_SEARCH_ROWS = 10
UPDATE, SKIP = "update", "skip"


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
_BY_FIELD = {c.field: c for c in COLUMNS if c.field}
_ALIASES = {alias: column for column in COLUMNS for alias in column.aliases}

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
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def normalize_header(text) -> str:
    """'身份证号码\n(18位)*' → '身份证号码': spaces, line breaks, required-marks and notes in brackets go."""
    text = str(text or "")
    text = _PAREN.sub("", text)
    return re.sub(r"[\s*＊:：]", "", text)


# ---------------------------------------------------------------- the plan

@dataclass(frozen=True)
class Problem:
    row: int  # as Excel shows it; 0 for the file as a whole
    column: str  # the header as the file spells it ("" when about the whole row or file)
    reason: str

    def __str__(self) -> str:
        where = f"第{self.row}行" if self.row else "文件"
        return f"{where}{'“' + self.column + '”' if self.column else ''}：{self.reason}"


@dataclass
class PlannedRow:
    row: int
    data: roster.OfficerData
    filled: frozenset[str]  # fields whose cell was not blank: only these overwrite on update


@dataclass
class Duplicate:
    row: int
    data: roster.OfficerData  # what the officer becomes if the user chooses update
    existing_id: int
    existing: roster.OfficerData
    match: str  # "身份证号相同" or "同一单位同名"
    changes: list[tuple[str, str, str]]  # (field label, now, from the file)
    in_trash: bool = False

    @property
    def needs_update(self) -> bool:
        return bool(self.changes) or self.in_trash


@dataclass
class ImportPlan:
    path: Path
    sheet: str = ""
    header_row: int = 0
    columns: dict[str, str] = field(default_factory=dict)  # field → header as the file spells it
    ignored_columns: list[str] = field(default_factory=list)
    to_add: list[PlannedRow] = field(default_factory=list)
    duplicates: list[Duplicate] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    rows_read: int = 0

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def to_update(self) -> list[Duplicate]:
        return [d for d in self.duplicates if d.needs_update]

    @property
    def unchanged(self) -> list[Duplicate]:
        return [d for d in self.duplicates if not d.needs_update]

    def summary(self) -> str:
        parts = [f"读取 {self.rows_read} 行", f"新增 {len(self.to_add)} 人",
                 f"与现有人员重复 {len(self.duplicates)} 人（其中信息有变化 {len(self.to_update)} 人）"]
        if self.problems:
            parts.append(f"问题 {len(self.problems)} 处")
        return "，".join(parts)


@dataclass
class ImportResult:
    added: int = 0
    updated: int = 0
    skipped: int = 0
    unchanged: int = 0

    def summary(self) -> str:
        text = f"导入完成：新增 {self.added} 人，更新 {self.updated} 人"
        if self.skipped:
            text += f"，跳过重复 {self.skipped} 人"
        if self.unchanged:
            text += f"，{self.unchanged} 人信息无变化"
        return text + "。"


class ImportRefused(AppError):
    """The plan still has problems (or duplicates with no choice made): nothing was written."""


# ---------------------------------------------------------------- reading cells

def _text(value) -> str:
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
    text = idcard.normalize(_text(value)).lstrip("'")
    if re.fullmatch(r"\d(\.\d+)?E\+\d+", text):
        raise ValueError("写成了科学计数法（如 4.4E+17），末尾数字已丢失，无法还原。请把这一列设为“文本”格式后重新填写")
    return text


def _parse_bool(value) -> bool:
    if isinstance(value, bool):
        return value
    text = _text(value).lower()
    if text in _YES:
        return True
    if text in _NO:
        return False
    raise ValueError(f"“{_text(value)}”应填“是”或“否”")


def _parse_cell(column: Column, value, data: roster.OfficerData) -> None:
    """Put one cell's value into `data`. Raises ValueError with the reason."""
    kind = column.kind
    if kind == "text":
        setattr(data, column.field, _text(value))
    elif kind == "id":
        data.id_number = parse_id_cell(value)
    elif kind == "gender":
        text = _text(value).replace("性", "")
        data.gender = text
    elif kind == "choice":
        text = re.sub(r"\s", "", _text(value))
        setattr(data, column.field, _VALUE_ALIASES[column.field].get(text, text))
    elif kind == "leadership":
        text = _text(value).replace(" ", "")
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
        data.oversees = [part for part in _LIST_SPLIT.split(_text(value)) if part]
    elif kind == "date":
        parsed = datetext.from_cell(value)
        setattr(data, column.field, parsed)  # a ParsedDate for now; resolved in _resolve_dates


def _blank(value) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


# ---------------------------------------------------------------- planning

def _find_header(rows: list[tuple[int, list]]) -> tuple[int, dict[int, Column], dict[str, str], list[str], list[Problem]]:
    """The row among the first few whose cells name the most known columns (at least 姓名)."""
    best = None
    for row_number, values in rows[:HEADER_SEARCH_ROWS]:
        found = {i: _ALIASES[normalize_header(v)] for i, v in enumerate(values)
                 if isinstance(v, str) and normalize_header(v) in _ALIASES}
        if any(c.field == "name" for c in found.values()) and (best is None or len(found) > len(best[1])):
            best = (row_number, found, values)
    if best is None:
        raise ImportRefused(f"在前 {HEADER_SEARCH_ROWS} 行中找不到表头：需要一行写有“姓名”“单位”等列名。"
                            "可以先导出一份空白模板，对照填写。")
    row_number, found, values = best
    problems = []
    seen: dict[str, int] = {}
    mapping: dict[int, Column] = {}
    for index, column in sorted(found.items()):
        key = column.field or column.header
        if key in seen:
            problems.append(Problem(row_number, str(values[index]).strip(),
                                    f"与第 {_letters(seen[key])} 列重复（都表示“{column.header}”），请删去一列"))
            continue
        seen[key] = index
        mapping[index] = column
    ignored = [str(v).strip() for i, v in enumerate(values) if i not in found and not _blank(v)]
    spelled = {c.field: str(values[i]).strip() for i, c in mapping.items() if c.field}
    return row_number, mapping, spelled, ignored, problems


def _letters(index: int) -> str:
    result = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        result = chr(65 + rem) + result
    return result


def plan_import(path: str | Path, progress: Progress | None = None) -> ImportPlan:
    """Read the file and decide what an import would do. Writes nothing."""
    from app.common.xlsx_read import Workbook

    progress = progress or NullProgress()
    path = Path(path)
    plan = ImportPlan(path=path)
    progress.report(0.0, f"正在读取 {path.name}…")
    try:
        with Workbook(path) as book:
            _read_book(book, plan, progress)
    except (ParseError, zipfile.BadZipFile, EOFError, IndexError, KeyError, ValueError) as exc:
        raise ImportRefused(f"{path.name} 已损坏，或不是标准的 Excel 文件，无法读取（{type(exc).__name__}）。"
                            "请在 Excel 或 WPS 中打开，“另存为”Excel 工作簿（.xlsx）后再导入。") from exc
    return plan


def _read_book(book, plan: ImportPlan, progress: Progress) -> None:
    path = plan.path
    if not book.sheets:
        raise ImportRefused(f"{path.name} 中没有工作表。")
    chosen = None
    for sheet in sorted(book.sheets, key=lambda s: not s.visible):
        rows_iter = book.rows(sheet, on_progress=lambda f: progress.report(0.6 * f, "正在读取…"))
        head = []
        for item in rows_iter:
            head.append(item)
            if len(head) >= HEADER_SEARCH_ROWS:
                break
        try:
            header = _find_header(head)
        except ImportRefused:
            rows_iter.close()
            continue
        chosen = (sheet, head, rows_iter, header)
        break
    if chosen is None:
        if all(_sheet_is_empty(book, s) for s in book.sheets):
            raise ImportRefused(f"{path.name} 是空表：没有任何数据。")
        raise ImportRefused(f"{path.name} 中找不到表头：需要在前 {HEADER_SEARCH_ROWS} 行中有一行写有“姓名”“单位”等列名。"
                            "可以先导出一份空白模板，对照填写。")
    sheet, head, rows_iter, (header_row, mapping, spelled, ignored, header_problems) = chosen
    plan.sheet, plan.header_row, plan.columns, plan.ignored_columns = sheet.name, header_row, spelled, ignored
    plan.problems.extend(header_problems)
    missing = [f for f in REQUIRED_FIELDS if f not in plan.columns]
    if missing:
        rows_iter.close()
        names = "、".join(f"“{_BY_FIELD[f].header}”（也可写作{'、'.join(_BY_FIELD[f].aliases[1:4])}）"
                         for f in missing)
        raise ImportRefused(f"表头（第 {header_row} 行）缺少必需的列：{names}。")
    body = [item for item in head if item[0] > header_row]
    _plan_rows(plan, mapping, _chain(body, rows_iter), progress)


def _chain(first, rest):
    yield from first
    yield from rest


def _sheet_is_empty(book, sheet) -> bool:
    for _row, values in book.rows(sheet):
        if any(not _blank(v) for v in values):
            return False
    return True


def _plan_rows(plan: ImportPlan, mapping: dict[int, Column], rows, progress: Progress) -> None:
    label_to_header = {roster.FIELD_LABELS[f]: h for f, h in plan.columns.items()}
    short_names = {u.short_name: u.name for u in roster.units() if u.short_name}
    known_units = set(roster.unit_names())
    items = list(mapping.items())
    parsed: list[PlannedRow] = []
    for row_number, values in rows:
        cells = [(column, values[i] if i < len(values) else None) for i, column in items if column.field]
        if all(_blank(v) for _c, v in cells):
            continue  # blank line, or a pre-numbered template line with only 序号 filled in
        plan.rows_read += 1
        data = roster.OfficerData()
        filled = set()
        bad_fields = set()
        for column, value in cells:
            if _blank(value):
                continue
            filled.add(column.field)
            try:
                _parse_cell(column, value, data)
            except ValueError as exc:
                bad_fields.add(column.field)
                plan.problems.append(Problem(row_number, plan.columns[column.field], str(exc)))
        if data.unit and data.unit not in known_units and data.unit in short_names:
            data.unit = short_names[data.unit]
        _resolve_dates(plan, row_number, data, bad_fields)
        try:
            clean = roster.validate_officer(data)
        except ValidationErrors as exc:
            for error in exc.errors:
                field_name = next((f for f, label in roster.FIELD_LABELS.items() if label == error.field), "")
                if field_name in bad_fields:
                    continue
                plan.problems.append(Problem(row_number, label_to_header.get(error.field, error.field), error.reason))
            continue
        if bad_fields:
            continue
        parsed.append(PlannedRow(row_number, clean, frozenset(filled)))
        if plan.rows_read % 500 == 0:
            progress.report(0.6, f"正在检查：第 {row_number} 行")
    progress.report(0.8, "正在比对现有人员…")
    _match_existing(plan, parsed)
    progress.report(1.0, plan.summary())


def _resolve_dates(plan: ImportPlan, row_number: int, data: roster.OfficerData, bad_fields: set) -> None:
    """Dates were parsed with their precision; settle them against the ID number where there is one."""
    birth = data.birth_date
    if isinstance(birth, datetext.ParsedDate):
        derived = None
        number = idcard.normalize(data.id_number)
        if number and not idcard.validate(number):
            derived = idcard.birth_date(number)
        if derived is not None:
            if birth.matches(derived):
                data.birth_date = None  # the ID number gives the full date
            else:
                bad_fields.add("birth_date")
                plan.problems.append(Problem(row_number, plan.columns["birth_date"],
                                             f"与身份证号不符（身份证号表明为 {derived:%Y-%m-%d}）"))
                data.birth_date = None
        elif birth.alternative is not None:
            bad_fields.add("birth_date")
            plan.problems.append(Problem(row_number, plan.columns["birth_date"], _ambiguous(birth)))
            data.birth_date = None
        else:
            data.birth_date = birth.date
    hire = data.hire_date
    if isinstance(hire, datetext.ParsedDate):
        if hire.alternative is not None:
            bad_fields.add("hire_date")
            plan.problems.append(Problem(row_number, plan.columns["hire_date"], _ambiguous(hire)))
            data.hire_date = None
        else:
            data.hire_date = hire.date


def _ambiguous(parsed: datetext.ParsedDate) -> str:
    year = parsed.date.year
    return (f"“{year}.1”有歧义：是 {year} 年 1 月还是 10 月（Excel 会把 {year}.10 显示成 {year}.1）？"
            f"请把这一列设为“文本”格式，写成 {year}.01 或 {year}.10")


def _match_existing(plan: ImportPlan, parsed: list[PlannedRow]) -> None:
    """Sort each good row into new / duplicate, and catch rows that clash with each other."""
    existing_rows = roster.officer_rows() + roster.officer_rows(trashed=True)
    by_id = {r.id_number: r for r in existing_rows if r.id_number}
    by_name: dict[tuple[str, str], list[roster.OfficerRow]] = {}
    for r in existing_rows:
        if r.deleted_at is None:
            by_name.setdefault((r.name, r.unit), []).append(r)
    oversights = None
    file_ids: dict[str, int] = {}
    file_names: dict[tuple[str, str], list[PlannedRow]] = {}
    claimed: dict[int, int] = {}  # existing officer id → file row that matched it
    for item in parsed:
        data = item.data
        if data.id_number:
            if data.id_number in file_ids:
                plan.problems.append(Problem(item.row, plan.columns["id_number"],
                                             f"与第 {file_ids[data.id_number]} 行的身份证号相同"))
                continue
            file_ids[data.id_number] = item.row
        key = (data.name, data.unit)
        clash = next((other for other in file_names.get(key, [])
                      if not (other.data.id_number and data.id_number)), None)
        if clash is not None:
            plan.problems.append(Problem(item.row, plan.columns["name"],
                                         f"与第 {clash.row} 行同一单位同名，且没有身份证号可以区分"))
            continue
        file_names.setdefault(key, []).append(item)

        match, how = None, ""
        if data.id_number and data.id_number in by_id:
            match, how = by_id[data.id_number], "身份证号相同"
        else:
            candidates = [r for r in by_name.get(key, [])
                          if not (r.id_number and data.id_number and r.id_number != data.id_number)]
            if len(candidates) > 1:
                plan.problems.append(Problem(item.row, plan.columns["name"],
                                             f"{data.unit}已有 {len(candidates)} 名叫“{data.name}”的人员，"
                                             "请填写身份证号以区分"))
                continue
            if candidates:
                match, how = candidates[0], "同一单位同名"
        if match is None:
            plan.to_add.append(item)
            continue
        if match.id in claimed:
            plan.problems.append(Problem(item.row, plan.columns["name"],
                                         f"与第 {claimed[match.id]} 行对应同一名现有人员（{match.name}）"))
            continue
        claimed[match.id] = item.row
        if oversights is None:
            oversights = roster.oversight_map()
        existing = roster.officer_data_from_row(match, oversights.get(match.id, []))
        merged = _merge(existing, item)
        try:
            merged = roster.validate_officer(merged)
        except ValidationErrors as exc:
            for error in exc.errors:
                plan.problems.append(Problem(item.row, plan.columns.get(
                    next((f for f, lab in roster.FIELD_LABELS.items() if lab == error.field), ""), error.field),
                    f"与现有记录合并后：{error.reason}"))
            continue
        plan.duplicates.append(Duplicate(item.row, merged, match.id, existing, how, _changes(existing, merged),
                                         in_trash=match.deleted_at is not None))


def _merge(existing: roster.OfficerData, item: PlannedRow) -> roster.OfficerData:
    """Blank cells never erase what is on file; filled cells win."""
    merged = replace(existing, oversees=list(existing.oversees))
    for name in item.filled:
        setattr(merged, name, getattr(item.data, name))
    if "id_number" in item.filled:
        merged.gender, merged.birth_date = item.data.gender, item.data.birth_date
    return merged


def _display(value) -> str:
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, dt.date):
        return value.strftime("%Y-%m-%d")
    if isinstance(value, list):
        return "、".join(value)
    return str(value or "")


def _changes(old: roster.OfficerData, new: roster.OfficerData) -> list[tuple[str, str, str]]:
    result = []
    for f in fields(roster.OfficerData):
        a, b = getattr(old, f.name), getattr(new, f.name)
        if f.name == "oversees":
            a, b = sorted(a), sorted(b)
        if a != b:
            if f.name == "id_number":
                result.append((roster.FIELD_LABELS[f.name], idcard.mask(a), idcard.mask(b)))
            else:
                result.append((roster.FIELD_LABELS[f.name], _display(a), _display(b)))
    return result


# ---------------------------------------------------------------- writing

def apply_plan(plan: ImportPlan, mode: str | None, progress: Progress | None = None) -> ImportResult:
    """Write the plan in one transaction. `mode` says what to do with duplicates: UPDATE or SKIP (needed
    only when some duplicate differs from what is on file). Refuses, writing nothing, while the plan has
    problems."""
    if plan.problems:
        raise ImportRefused(f"文件中还有 {len(plan.problems)} 处问题，未写入任何数据。请修改 Excel 文件后重新导入。")
    if plan.to_update and mode not in (UPDATE, SKIP):
        raise ImportRefused(f"有 {len(plan.to_update)} 人与现有人员重复且信息不同：请选择更新还是跳过。未写入任何数据。")
    result = ImportResult(added=len(plan.to_add))
    updates = []
    if mode == UPDATE:
        updates = [(d.existing_id, d.data, d.in_trash) for d in plan.to_update]
        result.updated, result.unchanged = len(updates), len(plan.unchanged)
    elif mode == SKIP:
        result.skipped = len(plan.duplicates)
    else:  # every duplicate already matches what is on file
        result.unchanged = len(plan.duplicates)
    if plan.to_add or updates:
        roster.bulk_write([r.data for r in plan.to_add], updates, progress)
    return result


def import_roster(path: str | Path, mode: str | None, progress: Progress | None = None) -> ImportResult:
    """Plan and apply in one go (the command line)."""
    return apply_plan(plan_import(path, progress), mode, progress)


def export_roster(path: str | Path, *, template: bool = False, include_ids: bool = True,
                  progress: Progress | None = None) -> int:
    """Write the roster (or, with template=True, the empty form) to .xlsx. Returns the officers written.
    Full ID numbers go out as text cells when include_ids; the file then holds personal data."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    from app.store import settings

    progress = progress or NullProgress()
    path = Path(path)
    if not path.parent.is_dir():
        raise AppError(f"无法写入 {path}：文件夹 {path.parent} 不存在。")
    rows = [] if template else roster.officer_rows()
    oversights = {} if template else roster.oversight_map()
    book = Workbook(write_only=True)
    sheet = book.create_sheet("人员台账")
    last_col = get_column_letter(len(COLUMNS))
    for index, column in enumerate(COLUMNS, start=1):
        dim = sheet.column_dimensions[get_column_letter(index)]
        dim.width = column.width
        if column.field in ("id_number", "phone"):
            dim.number_format = "@"  # what the user types later stays text (leading zeros, the X)
    sheet.freeze_panes = "C3"
    sheet.merged_cells.add(f"A1:{last_col}1")
    county = settings.get("county")
    county = "" if county.startswith("××") else county
    title = WriteOnlyCell(sheet, f"{county}政法干警人员台账" + ("（填写模板）" if template else ""))
    title.font = Font(size=16, bold=True)
    title.alignment = Alignment(horizontal="center", vertical="center")
    sheet.row_dimensions[1].height = 30
    thin = Side(style="thin", color="999999")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    headers = []
    for column in COLUMNS:
        cell = WriteOnlyCell(sheet, column.header)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="DDEBF7")
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        cell.border = border
        headers.append(cell)
    sheet.append([title])
    sheet.append(headers)

    first_data, last_data = 3, max(3, len(rows) + 2) + (500 if template else 0)
    lists = {"gender": ("男", "女"), "political_status": POLITICAL_STATUSES, "category": CATEGORIES,
             "status": STATUSES, "leadership": LEADERSHIP[1:], "is_department_head": ("是", "否"),
             "counts_in_campaign": ("是", "否")}
    for index, column in enumerate(COLUMNS, start=1):
        if column.field in lists:
            rule = DataValidation(type="list", formula1='"' + ",".join(lists[column.field]) + '"', allow_blank=True,
                                  showErrorMessage=True, errorTitle=column.header,
                                  error="请从下拉列表中选择")
            letter = get_column_letter(index)
            rule.add(f"{letter}{first_data}:{letter}{last_data}")
            sheet.data_validations.append(rule)

    def text_cell(value: str, force_text: bool = False):
        """A string cell; text that Excel would take as a formula (= + - @) gets a quote prefix instead."""
        if value and (force_text or value.startswith(_FORMULA_START)):
            cell = WriteOnlyCell(sheet, value)
            cell.data_type = "s"
            if value.startswith(_FORMULA_START):
                cell.quotePrefix = True
            if force_text:
                cell.number_format = "@"
            return cell
        return value

    date_format = "yyyy-mm-dd"

    def date_cell(value):
        if value is None:
            return None
        cell = WriteOnlyCell(sheet, value)
        cell.number_format = date_format
        return cell

    total = max(1, len(rows))
    for n, row in enumerate(rows, start=1):
        values = []
        for column in COLUMNS:
            name = column.field
            if not name:
                values.append(n)
            elif name == "id_number":
                values.append(text_cell(row.id_number, force_text=True) if include_ids and row.id_number else None)
            elif name == "phone":
                values.append(text_cell(row.phone, force_text=True) if row.phone else None)
            elif name == "oversees":
                values.append(text_cell("、".join(oversights.get(row.id, []))) or None)
            elif column.kind == "date":
                values.append(date_cell(getattr(row, name)))
            elif column.kind == "bool":
                values.append("是" if getattr(row, name) else "否")
            else:
                values.append(text_cell(getattr(row, name)) or None)
        sheet.append(values)
        if n % 500 == 0:
            progress.report(n / total, f"正在导出：{n}/{total}")
    if template:
        _append_instructions(book)
    tmp = path.with_name(path.name + ".part")
    try:
        book.save(tmp)
        tmp.replace(path)  # the old file stays whole until the new one is complete
    except PermissionError as exc:
        tmp.unlink(missing_ok=True)
        raise AppError(f"无法写入 {path.name}：文件可能正在 Excel 或 WPS 中打开，请关闭后再试。") from exc
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise AppError(f"无法写入 {path}：{exc.strerror or exc}") from exc
    progress.report(1.0, "导出完成")
    return len(rows)


def _append_instructions(book) -> None:
    sheet = book.create_sheet("填写说明")
    sheet.column_dimensions["A"].width = 16
    sheet.column_dimensions["B"].width = 90
    lines = [
        ("填写说明", ""),
        ("表头", "第 1 行是标题，第 2 行是表头。列的顺序可以调整，不用的列可以删去，但“姓名”“单位”两列必须有。"),
        ("身份证号", "请保持“文本”格式，否则 Excel 会把 18 位号码改掉末尾几位、丢掉末位的 X。填了身份证号，"
                  "性别和出生日期可以不填，程序会从号码中读出。"),
        ("日期", "出生日期、入职时间可写作 2021-06-11、2021/6/11、2021.6.11、2021年6月11日，或只写年月 2021.06。"),
        ("政治面貌", "、".join(POLITICAL_STATUSES)),
        ("人员类别", "、".join(CATEGORIES)),
        ("在岗状态", "、".join(STATUSES)),
        ("班子成员", "一把手、班子成员，或空白。“分管部门”只对班子成员填写，多个部门用顿号分隔。"),
        ("部门负责人", "是 / 否"),
        ("纳入教育整顿", "是 / 否（空白视为“是”）"),
        ("重复人员", "身份证号相同，或同一单位中姓名相同，视为同一人。导入时可选择用表格中的信息更新，或跳过。"
                  "空白的单元格不会清除已有信息。"),
    ]
    for key, text in lines:
        sheet.append([key, text])

