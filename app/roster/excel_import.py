"""The roster from Excel (.xlsx), the way county offices keep it.

`plan_import(path)` reads the file and returns an ImportPlan (rows to add, duplicates of people already on the
roster, and every problem as (Excel row, column, reason)) without writing anything; `apply_plan(plan, mode)`
then writes it all in one transaction, or nothing when any problem is left. The header row is found among the
first rows by the names app.roster.excel_columns knows; the file is read by app.common.xlsx_read (fast,
streaming, bounded). Only visible sheets are imported. ImportLimits bound what one file may cost: the data rows
read and the problems kept (the rest are counted, so a million bad rows list 200 and say how many more).
"""
from __future__ import annotations

import datetime as dt
import re
import zipfile
from dataclasses import fields, replace
from pathlib import Path
from xml.etree.ElementTree import ParseError

from app.common import datetext, idcard
from app.errors import ValidationErrors
from app.jobs import NullProgress, Progress
from app.roster.bulk import bulk_write
from app.roster.excel_columns import (ALIASES, BY_FIELD, REQUIRED_FIELDS, Column, is_blank, normalize_header,
                                      parse_cell)
from app.roster.models import FIELD_LABELS
from app.roster.officers import (OfficerData, OfficerRow, officer_data_from_row, officer_rows, oversight_map,
                                 validate_officer)
from app.roster.units import UnitIndex, name_key
from app.safety import audit
from app.store.db import database

# The plan's types live in app.roster.import_plan; importing them here keeps this module the one entry.
from app.roster.import_plan import (  # noqa: E402,F401
    HEADER_SEARCH_ROWS, UPDATE, SKIP, ImportLimits, DEFAULT_LIMITS, Problem, PlannedRow, Duplicate, ImportPlan, ImportResult, ImportRefused)


# ---------------------------------------------------------------- planning

def _find_header(rows: list[tuple[int, list]]) -> tuple[int, dict[int, Column], dict[str, str], list[str], list[Problem]]:
    """The row among the first few whose cells name the most known columns (at least 姓名)."""
    best = None
    for row_number, values in rows[:HEADER_SEARCH_ROWS]:
        found = {i: ALIASES[normalize_header(v)] for i, v in enumerate(values)
                 if isinstance(v, str) and normalize_header(v) in ALIASES}
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
    ignored = [str(v).strip() for i, v in enumerate(values) if i not in found and not is_blank(v)]
    spelled = {c.field: str(values[i]).strip() for i, c in mapping.items() if c.field}
    return row_number, mapping, spelled, ignored, problems


def _letters(index: int) -> str:
    result = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        result = chr(65 + rem) + result
    return result


def plan_import(path: str | Path, progress: Progress | None = None, *, limits: ImportLimits | None = None
                ) -> ImportPlan:
    """Read the file and decide what an import would do. Writes nothing."""
    from app.common.xlsx_read import NotAnXlsx, Workbook

    progress = progress or NullProgress()
    limits = limits or DEFAULT_LIMITS
    path = Path(path)
    plan = ImportPlan(path=path, listed=limits.listed_problems)
    progress.report(0.0, f"正在读取 {path.name}…")
    try:
        with Workbook(path, limits.read) as book:
            _read_book(book, plan, progress, limits)
    except NotAnXlsx as exc:
        raise ImportRefused(exc.message) from None
    except (ParseError, zipfile.BadZipFile, EOFError, IndexError, KeyError, ValueError) as exc:
        raise ImportRefused(f"{path.name} 已损坏，或不是标准的 Excel 文件，无法读取（{type(exc).__name__}）。"
                            "请在 Excel 或 WPS 中打开，“另存为”Excel 工作簿（.xlsx）后再导入。") from exc
    return plan


def _head(book, sheet, progress: Progress):
    """(first rows, the rest of the rows, header) of a sheet; header None when none is found."""
    rows_iter = book.rows(sheet, on_progress=lambda f: progress.report(0.6 * f, "正在读取…"))
    head = []
    for item in rows_iter:
        head.append(item)
        if len(head) >= HEADER_SEARCH_ROWS:
            break
    try:
        return head, rows_iter, _find_header(head)
    except ImportRefused:
        rows_iter.close()
        return head, None, None


def _read_book(book, plan: ImportPlan, progress: Progress, limits: ImportLimits) -> None:
    path = plan.path
    if not book.sheets:
        raise ImportRefused(f"{path.name} 中没有工作表。")
    chosen = None
    visible = [s for s in book.sheets if s.visible]
    hidden = [s for s in book.sheets if not s.visible]
    for sheet in visible:  # hidden sheets are never imported: the user could not see what they hold
        head, rows_iter, header = _head(book, sheet, progress)
        if header is not None:
            chosen = (sheet, head, rows_iter, header)
            break
    if chosen is None:
        for sheet in hidden:
            _head_rows, rows_iter, header = _head(book, sheet, progress)
            if header is not None:
                rows_iter.close()
                raise ImportRefused(f"{path.name} 的可见工作表中找不到表头；隐藏的工作表“{sheet.name}”中有表头，"
                                    "但隐藏的工作表不会导入（看不见的内容不应写入台账）。请在 Excel 中右键工作表标签"
                                    "→“取消隐藏”，核对内容后保存，再导入。")
        if all(_sheet_is_empty(book, s) for s in visible):
            raise ImportRefused(f"{path.name} 是空表：没有任何数据。")
        raise ImportRefused(f"{path.name} 中找不到表头：需要在前 {HEADER_SEARCH_ROWS} 行中有一行写有“姓名”“单位”等列名。"
                            "可以先导出一份空白模板，对照填写。")
    sheet, head, rows_iter, (header_row, mapping, spelled, ignored, header_problems) = chosen
    plan.sheet, plan.header_row, plan.columns, plan.ignored_columns = sheet.name, header_row, spelled, ignored
    if hidden:
        plan.notes.append(f"隐藏的工作表{'、'.join(f'“{s.name}”' for s in hidden)}未读取。")
    if visible[0] is not sheet:
        plan.notes.append(f"第一个工作表“{visible[0].name}”中没有表头，导入的是工作表“{sheet.name}”。")
    for problem in header_problems:
        plan.add_problem(problem)
    missing = [f for f in REQUIRED_FIELDS if f not in plan.columns]
    if missing:
        rows_iter.close()
        names = "、".join(f"“{BY_FIELD[f].header}”（也可写作{'、'.join(BY_FIELD[f].aliases[1:4])}）"
                         for f in missing)
        raise ImportRefused(f"表头（第 {header_row} 行）缺少必需的列：{names}。")
    body = [item for item in head if item[0] > header_row]
    _plan_rows(plan, mapping, _chain(body, rows_iter), progress, limits.rows)


def _chain(first, rest):
    yield from first
    yield from rest


def _sheet_is_empty(book, sheet) -> bool:
    for _row, values in book.rows(sheet):
        if any(not is_blank(v) for v in values):
            return False
    return True


# The lines an office puts under its table: totals and the sign-off (合计 527 人; 填表人：刘敏; 审核人; 填报日期).
FOOTER_RE = re.compile(r"^(合计|总计|小计|共计|填表人|制表人|填报人|审核人|审核|负责人|单位负责人|分管领导|"
                       r"填表日期|制表日期|填报日期|填报单位|联系人|联系电话|说明|备注[:：]|注[:：])")


def _footer_text(values) -> str:
    """The first text of a row when the row is a table footer (its first filled cell begins like one), else ""."""
    first = next((v for v in values if not is_blank(v)), None)
    if not isinstance(first, str):
        return ""
    text = re.sub(r"\s+", "", first)
    return text if FOOTER_RE.match(text) else ""


def _plan_rows(plan: ImportPlan, mapping: dict[int, Column], rows, progress: Progress, max_rows: int) -> None:
    label_to_header = {FIELD_LABELS[f]: h for f, h in plan.columns.items()}
    unit_index = UnitIndex()
    unknown_spelling: dict[str, str] = {}  # name_key → the file's first spelling of an unknown unit
    items = list(mapping.items())
    parsed: list[PlannedRow] = []
    footers: list[tuple[int, str]] = []
    for row_number, values in rows:
        cells = [(column, values[i] if i < len(values) else None) for i, column in items if column.field]
        if all(is_blank(v) for _c, v in cells):
            continue  # blank line, or a pre-numbered template line with only 序号 filled in
        footer = _footer_text(values)
        if footer:
            footers.append((row_number, footer[:12]))
            continue
        plan.rows_read += 1
        if plan.rows_read > max_rows:
            rows.close()
            raise ImportRefused(f"{plan.path.name} 的数据超过 {max_rows} 行，不像一份人员台账（全县政法干警通常只有几百人）。"
                                "请检查是否选错了文件，或拆分后分批导入。未写入任何数据。")
        data = OfficerData()
        filled = set()
        bad_fields = set()
        for column, value in cells:
            if is_blank(value):
                continue
            filled.add(column.field)
            try:
                parse_cell(column, value, data)
            except (ValueError, OverflowError) as exc:
                bad_fields.add(column.field)
                reason = str(exc) if isinstance(exc, ValueError) else "数值超出范围"
                plan.add_problem(Problem(row_number, plan.columns[column.field], reason))
        _resolve_dates(plan, row_number, data, bad_fields)
        try:
            clean = validate_officer(data)
        except ValidationErrors as exc:
            for error in exc.errors:
                field_name = next((f for f, label in FIELD_LABELS.items() if label == error.field), "")
                if field_name in bad_fields:
                    continue
                plan.add_problem(Problem(row_number, label_to_header.get(error.field, error.field), error.reason))
            continue
        if bad_fields:
            continue
        full_name = unit_index.full_name(clean.unit)
        # A database with no unit yet (just made with `init`) takes its units from its first roster.
        if full_name is None and unit_index.full_names:
            spelling = unknown_spelling.setdefault(name_key(clean.unit), clean.unit)
            plan.unknown_units.setdefault(spelling, []).append(row_number)
        clean.unit = full_name or unknown_spelling.setdefault(name_key(clean.unit), clean.unit)
        parsed.append(PlannedRow(row_number, clean, frozenset(filled)))
        if plan.rows_read % 500 == 0:
            progress.report(0.6, f"正在检查：第 {row_number} 行")
    if footers:
        shown = "、".join(f"第{n}行（{text}）" for n, text in footers[:3]) + ("等" if len(footers) > 3 else "")
        plan.notes.append(f"{shown}是表尾的合计、落款一类，未作为人员导入。")
    progress.report(0.8, "正在比对现有人员…")
    _match_existing(plan, parsed)
    progress.report(1.0, plan.summary())


def _resolve_dates(plan: ImportPlan, row_number: int, data: OfficerData, bad_fields: set) -> None:
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
                plan.add_problem(Problem(row_number, plan.columns["birth_date"],
                                             f"与身份证号不符（身份证号表明为 {derived:%Y-%m-%d}）"))
                data.birth_date = None
        elif birth.alternative is not None:
            bad_fields.add("birth_date")
            plan.add_problem(Problem(row_number, plan.columns["birth_date"], _ambiguous(birth)))
            data.birth_date = None
        else:
            data.birth_date = birth.date
    hire = data.hire_date
    if isinstance(hire, datetext.ParsedDate):
        if hire.alternative is not None:
            bad_fields.add("hire_date")
            plan.add_problem(Problem(row_number, plan.columns["hire_date"], _ambiguous(hire)))
            data.hire_date = None
        else:
            data.hire_date = hire.date


def _ambiguous(parsed: datetext.ParsedDate) -> str:
    year = parsed.date.year
    return (f"“{year}.1”有歧义：是 {year} 年 1 月还是 10 月（Excel 会把 {year}.10 显示成 {year}.1）？"
            f"请把这一列设为“文本”格式，写成 {year}.01 或 {year}.10")


def _match_existing(plan: ImportPlan, parsed: list[PlannedRow]) -> None:
    """Sort each good row into new / duplicate, and catch rows that clash with each other."""
    existing_rows = officer_rows() + officer_rows(trashed=True)
    by_id = {r.id_number: r for r in existing_rows if r.id_number}
    by_name: dict[tuple[str, str], list[OfficerRow]] = {}
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
                plan.add_problem(Problem(item.row, plan.columns["id_number"],
                                             f"与第 {file_ids[data.id_number]} 行的身份证号相同"))
                continue
            file_ids[data.id_number] = item.row
        key = (data.name, data.unit)
        clash = next((other for other in file_names.get(key, [])
                      if not (other.data.id_number and data.id_number)), None)
        if clash is not None:
            plan.add_problem(Problem(item.row, plan.columns["name"],
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
                plan.add_problem(Problem(item.row, plan.columns["name"],
                                             f"{data.unit}已有 {len(candidates)} 名叫“{data.name}”的人员，"
                                             "请填写身份证号以区分"))
                continue
            if candidates:
                match, how = candidates[0], "同一单位同名"
        if match is None:
            plan.to_add.append(item)
            continue
        if match.id in claimed:
            plan.add_problem(Problem(item.row, plan.columns["name"],
                                         f"与第 {claimed[match.id]} 行对应同一名现有人员（{match.name}）"))
            continue
        claimed[match.id] = item.row
        if oversights is None:
            oversights = oversight_map()
        existing = officer_data_from_row(match, oversights.get(match.id, []))
        merged = _merge(existing, item)
        try:
            merged = validate_officer(merged)
        except ValidationErrors as exc:
            for error in exc.errors:
                plan.add_problem(Problem(item.row, plan.columns.get(
                    next((f for f, lab in FIELD_LABELS.items() if lab == error.field), ""), error.field),
                    f"与现有记录合并后：{error.reason}"))
            continue
        plan.duplicates.append(Duplicate(item.row, merged, match.id, existing, how, _changes(existing, merged),
                                         in_trash=match.deleted_at is not None))


def _merge(existing: OfficerData, item: PlannedRow) -> OfficerData:
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


def _changes(old: OfficerData, new: OfficerData) -> list[tuple[str, str, str]]:
    result = []
    for f in fields(OfficerData):
        a, b = getattr(old, f.name), getattr(new, f.name)
        if f.name == "oversees":
            a, b = sorted(a), sorted(b)
        if a != b:
            if f.name == "id_number":
                result.append((FIELD_LABELS[f.name], idcard.mask(a), idcard.mask(b)))
            elif f.name == "birth_date" and (old.id_number or new.id_number):
                # shown beside the masked numbers: the year only, or the pair would give them back
                result.append((FIELD_LABELS[f.name], idcard.birth_shown(a, full=not old.id_number),
                               idcard.birth_shown(b, full=not new.id_number)))
            else:
                result.append((FIELD_LABELS[f.name], _display(a), _display(b)))
    return result


# ---------------------------------------------------------------- writing

def apply_plan(plan: ImportPlan, mode: str | None, progress: Progress | None = None, *,
               create_units: bool = False) -> ImportResult:
    """Write the plan in one transaction. `mode` says what to do with duplicates: UPDATE or SKIP (needed
    only when some duplicate differs from what is on file). Refuses, writing nothing, while the plan has
    problems, or names units nobody goes by (unless `create_units`: then they are made)."""
    if plan.problem_count:
        raise ImportRefused(f"文件中还有 {plan.problem_count} 处问题，未写入任何数据。请修改 Excel 文件后重新导入。")
    if plan.unknown_units and not create_units:
        raise ImportRefused(f"文件中有 {len(plan.unknown_units)} 个系统中没有的单位：{plan.unknown_units_text()}。"
                            "请在“单位管理”中新增这些单位，或把它们设为已有单位的别名，然后重新导入。未写入任何数据。")
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
    with database.atomic():  # the audit line commits with the rows, or neither does
        if plan.to_add or updates:
            bulk_write([r.data for r in plan.to_add], updates, progress)
        # counts and the file only: never a name list or an ID number
        audit.record_event("import", f"从 {plan.path} 导入人员台账（工作表“{plan.sheet}”）：{result.summary()}",
                           table="officer")
    return result


def import_roster(path: str | Path, mode: str | None, progress: Progress | None = None, *,
                  create_units: bool = False) -> ImportResult:
    """Plan and apply in one go (the command line)."""
    return apply_plan(plan_import(path, progress), mode, progress, create_units=create_units)
