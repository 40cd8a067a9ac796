"""The 整改清单 as an Excel workbook: the ledger (by unit, then status), a summary by unit and status,
and the duplicates merged into other items. openpyxl is imported only when a workbook is written.

Text that Excel would take for a formula (what app.common.safe_text.excel_safe guards: =, +, -, @ at the
start) is stored as text with Excel's quote prefix, so a suggestion typed as "=HYPERLINK(…)" stays words
on the sheet; control characters are dropped (clean_text).
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from app.common.files import save_replacing
from app.common.safe_text import clean_text, excel_safe
from app.common.deadlines import DUE_OVERDUE
from app.feedback.ledger import SuggestionRow, group_by_unit, submitter_label
from app.feedback.models import STATUSES
from app.jobs import NullProgress, Progress

DATE_FORMAT = "yyyy-mm-dd"
CELL_LIMIT = 32767  # what one Excel cell holds

# (header, width in characters, value of a SuggestionRow)
LEDGER_COLUMNS = [
    ("序号", 6, None),
    ("编号", 14, lambda r: r.code),
    ("来源渠道", 12, lambda r: r.channel),
    ("收集活动", 24, lambda r: r.event_title),
    ("收集日期", 12, lambda r: r.collected_on),
    ("提出人", 22, None),  # every submitter, filled in by _submitters
    ("提出人类别", 12, lambda r: r.submitter_category),
    ("联系方式", 15, lambda r: r.submitter_contact),
    ("意见建议内容", 48, lambda r: r.content),
    ("类别", 16, lambda r: r.category_label),
    ("责任单位", 16, lambda r: r.unit_full),
    ("责任领导", 10, lambda r: r.leader),
    ("责任人", 10, lambda r: r.person),
    ("整改措施", 44, lambda r: r.measure),
    ("时限", 12, lambda r: r.deadline),
    ("时限情况", 11, lambda r: r.due_text),
    ("进展", 28, lambda r: r.progress),
    ("状态", 12, lambda r: r.status),
    ("完成日期", 12, lambda r: r.completed_on),
    ("佐证材料", 24, lambda r: r.evidence_text),
    ("回复方式", 9, lambda r: r.reply_method),
    ("回复日期", 12, lambda r: r.reply_on),
    ("满意度", 9, lambda r: r.satisfaction),
    ("反馈内容", 24, lambda r: r.reply_content),
    ("销号审核人", 10, lambda r: r.reviewer),
    ("销号日期", 12, lambda r: r.reviewed_on),
    ("备注", 28, None),  # remarks, the reason when not adopted, merged items
]
MERGED_COLUMNS = [("编号", 14), ("并入编号", 14), ("来源渠道", 12), ("收集活动", 24), ("收集日期", 12), ("提出人", 14),
                  ("提出人类别", 12), ("联系方式", 15), ("意见建议内容", 48)]


def put(ws, row: int, column: int, value, *, style=None):
    """Write one cell: dates as real dates, text never as a formula."""
    cell = ws.cell(row=row, column=column)
    if style is not None:  # first: a named style brings its own number format
        cell.style = style
    if isinstance(value, dt.datetime):
        cell.value = value
        cell.number_format = "yyyy-mm-dd hh:mm"
    elif isinstance(value, dt.date):
        cell.value = value
        cell.number_format = DATE_FORMAT
    elif isinstance(value, str):
        text = clean_text(value, CELL_LIMIT, multiline=True)
        cell.value = text
        if excel_safe(text) != text:  # would run as a formula
            cell.data_type = "s"
            cell.quotePrefix = True
    else:
        cell.value = value
    return cell


def _styles(wb):
    from openpyxl.styles import Alignment, Border, Font, NamedStyle, PatternFill, Side

    thin = Side(style="thin", color="999999")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    title = NamedStyle("台账标题", font=Font(name="宋体", size=16, bold=True),
                       alignment=Alignment(horizontal="center", vertical="center"))
    header = NamedStyle("台账表头", font=Font(name="黑体", size=11, bold=True), border=border,
                        fill=PatternFill("solid", fgColor="E8E8E8"),
                        alignment=Alignment(horizontal="center", vertical="center", wrap_text=True))
    body = NamedStyle("台账正文", font=Font(name="宋体", size=10.5), border=border,
                      alignment=Alignment(vertical="top", wrap_text=True))
    for st in (title, header, body):
        wb.add_named_style(st)
    return {"title": "台账标题", "header": "台账表头", "body": "台账正文"}


def _title_row(ws, text: str, columns: int, styles) -> None:
    from openpyxl.utils import get_column_letter

    put(ws, 1, 1, text, style=styles["title"])
    ws.merge_cells(f"A1:{get_column_letter(columns)}1")
    ws.row_dimensions[1].height = 30


def _header(ws, row: int, names_widths, styles) -> None:
    from openpyxl.utils import get_column_letter

    for column, (name, width, *_rest) in enumerate(names_widths, start=1):
        put(ws, row, column, name, style=styles["header"])
        ws.column_dimensions[get_column_letter(column)].width = width
    ws.row_dimensions[row].height = 22


def _page_setup(ws, title_rows: str) -> None:
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_title_rows = title_rows


def write_ledger(path: Path | str, rows: list[SuggestionRow], merged: list[SuggestionRow], *, on: dt.date,
                 unit: str | None = None, status: str | None = None, progress: Progress | None = None) -> None:
    """Write the ledger workbook of `rows` (app.feedback.ledger.ledger_rows) to `path`, replaced as a whole,
    never half written. `merged` are the merged-away rows (listed under the items they went into); `unit`
    and `status` name the filters the rows were selected with."""
    from openpyxl import Workbook
    from openpyxl.styles import PatternFill
    from openpyxl.utils import get_column_letter

    from app.feedback.documents.common import county

    progress = progress or NullProgress()
    path = Path(path)
    merged_by_target: dict[int, list] = {}
    for r in merged:
        merged_by_target.setdefault(r.merged_into_id, []).append(r)
    progress.report(0.1, "正在整理整改清单…")

    wb = Workbook()
    styles = _styles(wb)
    ws = wb.active
    ws.title = "整改清单"
    scope = "".join(f"　{label}：{value}" for label, value in (("责任单位", rows[0].unit_full if rows and unit else unit),
                                                              ("状态", status)) if value)
    _title_row(ws, f"{county()}政法队伍教育整顿征求意见建议整改清单（截至{on.year}年{on.month}月{on.day}日{scope}）",
               len(LEDGER_COLUMNS), styles)
    _header(ws, 2, LEDGER_COLUMNS, styles)
    overdue_fill = PatternFill("solid", fgColor="F8D7D7")
    soon_fill = PatternFill("solid", fgColor="FCEBC5")
    due_column = next(i for i, c in enumerate(LEDGER_COLUMNS, start=1) if c[0] == "时限情况")
    for index, r in enumerate(rows, start=1):
        excel_row = index + 2
        merged = merged_by_target.get(r.id, [])
        for column, (name, _width, getter) in enumerate(LEDGER_COLUMNS, start=1):
            if name == "序号":
                value = index
            elif name == "提出人":
                value = "；".join([submitter_label(r.submitter_name, "", r.anonymous)] +
                                 [submitter_label(m.submitter_name, m.submitter_category, m.anonymous)
                                  for m in merged])
            elif name == "备注":
                notes = [r.remarks] if r.remarks else []
                if r.status == "不予采纳":
                    notes.append(f"不予采纳理由：{r.rejection_reason}")
                if merged:
                    notes.append("合并了 " + "、".join(m.code for m in merged))
                value = "\n".join(notes)
            else:
                value = getter(r)
            put(ws, excel_row, column, value if value is not None else None, style=styles["body"])
        if r.due:
            ws.cell(row=excel_row, column=due_column).fill = overdue_fill if r.due == DUE_OVERDUE else soon_fill
        if index % 50 == 0:
            progress.report(0.1 + 0.6 * index / max(1, len(rows)), f"正在写入第{index}条…")
    ws.freeze_panes = "C3"  # title and header rows, 序号 and 编号 stay in view
    last_column = get_column_letter(len(LEDGER_COLUMNS))
    ws.auto_filter.ref = f"A2:{last_column}{max(2, len(rows) + 2)}"
    _page_setup(ws, "2:2")

    _summary_sheet(wb, rows, styles, on)
    progress.report(0.8, "正在写入合并条目…")
    merged_rows = [m for r in rows for m in merged_by_target.get(r.id, [])]
    if merged_rows:
        wm = wb.create_sheet("已合并条目")
        _title_row(wm, "合并到其他条目的意见建议（提出人和来源计入并入的条目）", len(MERGED_COLUMNS), styles)
        _header(wm, 2, MERGED_COLUMNS, styles)
        for excel_row, m in enumerate(merged_rows, start=3):
            values = [m.code, m.merged_into_code, m.channel, m.event_title, m.collected_on,
                      submitter_label(m.submitter_name, "", m.anonymous), m.submitter_category,
                      m.submitter_contact, m.content]
            for column, value in enumerate(values, start=1):
                put(wm, excel_row, column, value, style=styles["body"])
        wm.freeze_panes = "A3"
        _page_setup(wm, "2:2")

    progress.report(0.9, "正在保存文件…")
    save_replacing(path, wb.save)
    progress.report(1.0, "完成")


def _summary_sheet(wb, rows, styles, on: dt.date) -> None:
    """Counts by unit (rows) and status (columns), with overdue and the share closed."""
    ws = wb.create_sheet("按单位汇总")
    headers = [("责任单位", 30)] + [(s, 10) for s in STATUSES] + [("合计", 8), ("已逾期", 8), ("销号率", 9)]
    _title_row(ws, f"整改清单按责任单位和状态汇总（截至{on.year}年{on.month}月{on.day}日）", len(headers), styles)
    _header(ws, 2, headers, styles)
    groups = group_by_unit(rows) + [("合计", rows)]
    for excel_row, (unit_name, unit_rows) in enumerate(groups, start=3):
        counts = [sum(1 for r in unit_rows if r.status == s) for s in STATUSES]
        total = len(unit_rows)
        overdue = sum(1 for r in unit_rows if r.due == DUE_OVERDUE)
        values = [unit_name] + counts + [total, overdue, counts[STATUSES.index("已销号")] / total if total else 0]
        for column, value in enumerate(values, start=1):
            cell = put(ws, excel_row, column, value, style=styles["body"])
            if column == len(values):
                cell.number_format = "0.0%"
    ws.freeze_panes = "B3"
    _page_setup(ws, "2:2")
