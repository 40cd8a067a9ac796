"""The roster as an Excel workbook (.xlsx), in the layout the import reads: a merged title row, then the header
row (app.roster.excel_columns), one officer a row; or the empty form with drop-down lists and a sheet of
instructions. openpyxl is imported only when a workbook is written.

Text that Excel would take for a formula (= + - @ at the start) is stored as text with Excel's quote prefix;
ID numbers and phone numbers are text cells, so no digit or final X is lost.
"""
from __future__ import annotations

from pathlib import Path
from typing import Mapping, Sequence

from app.common.files import save_replacing
from app.errors import AppError
from app.jobs import NullProgress, Progress
from app.roster.excel_columns import COLUMNS
from app.roster.models import CATEGORIES, LEADERSHIP, POLITICAL_STATUSES, STATUSES
from app.roster.officers import OfficerRow

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def write_roster_xlsx(path: str | Path, rows: Sequence[OfficerRow], oversights: Mapping[int, list[str]], *,
                      county: str = "", template: bool = False, include_ids: bool = True,
                      progress: Progress | None = None) -> int:
    """Write `rows` (with template=True: none, the empty form) to .xlsx under the title of `county`'s roster;
    `oversights` maps an officer id to the departments they oversee. Returns the officers written.
    Full ID numbers go out as text cells when include_ids; the file then holds personal data."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    progress = progress or NullProgress()
    rows = [] if template else list(rows)
    path = Path(path)
    if not path.parent.is_dir():
        raise AppError(f"无法写入 {path}：文件夹 {path.parent} 不存在。")
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
    save_replacing(path, book.save)
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
