"""What leaves the 查纠整改 core: the 个人自查表 of one officer, the 线索登记表 and the 线索处置情况汇总表 (PDF).
Each asks for the 问题线索 permission before anything is read or written (the row queries ask again), builds
the document and records the print in the audit log — the count and the file, never a line of the text."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from app.errors import NotFound
from app.rectify._common import require_clue_access, today
from app.rectify.clues import clue_rows
from app.rectify.self_checks import officer_items, reviews_of
from app.roster.models import Officer
from app.safety import audit


def print_self_check(out: Path | str, officer_id: int, *, on: dt.date | None = None) -> int:
    """The officer's 个人自查表. Returns the number of items on it."""
    from app.rectify.documents.self_check import build_self_check

    require_clue_access()
    officer = Officer.get_or_none((Officer.id == officer_id) & Officer.deleted_at.is_null())
    if officer is None:
        raise NotFound(f"编号为 {officer_id} 的人员不在人员台账中")
    items = officer_items(officer_id)
    reviews = reviews_of([i.id for i in items])
    info = {"name": officer.name, "unit": officer.unit.short_name or officer.unit.name, "post": officer.post}
    build_self_check(out, info, items, reviews, on=on or today())
    audit.record_event("print", f"打印个人自查表（{len(items)}项）到 {out}", table="self_check_item",
                       label=f"人员编号 {officer_id}")
    return len(items)


def print_clue_register(out: Path | str, *, source: str | None = None, status: str | None = None,
                        overdue: bool = False, on: dt.date | None = None) -> int:
    """The 线索登记表, filtered as the ledger is. Returns the number of clues listed."""
    from app.rectify.documents.clues import build_clue_register

    require_clue_access()
    on = on or today()
    rows = clue_rows(source=source, status=status, overdue=overdue, on=on)
    filters = "　".join(x for x in (f"来源：{source}" if source else "", f"状态：{status}" if status else "",
                                   "仅逾期" if overdue else "") if x)
    build_clue_register(out, rows, on=on, filters=filters)
    audit.record_event("print", f"打印线索登记表（{len(rows)}条{('，' + filters) if filters else ''}）到 {out}",
                       table="clue")
    return len(rows)


def print_disposal_summary(out: Path | str, *, on: dt.date | None = None) -> int:
    """The 线索处置情况汇总表 over every clue. Returns the number of clues counted."""
    from app.rectify.documents.clues import build_disposal_summary

    require_clue_access()
    on = on or today()
    rows = clue_rows(on=on)
    build_disposal_summary(out, rows, on=on)
    audit.record_event("print", f"打印线索处置情况汇总表（{len(rows)}条）到 {out}", table="clue")
    return len(rows)


def export_sheets(*, confidential: bool = False, on: dt.date | None = None) -> list[tuple[str, list, list]]:
    """专项排查 (open to every reader) as export-all's sheet (title, columns, rows); with `confidential`, also the
    问题线索登记表 and 个人自查事项, which need 问题线索 (refused here without it, before anything is read)."""
    from app.rectify.documents.excel import CHECK_COLUMNS, CLUE_COLUMNS, item_cells, item_sheet_columns
    from app.rectify.self_checks import item_rows
    from app.rectify.special_checks import check_rows

    if confidential:
        require_clue_access()
    sheets = [("专项排查", CHECK_COLUMNS, check_rows())]
    if confidential:
        items = item_rows()
        reviews = reviews_of([i.id for i in items])
        sheets += [("问题线索登记表", CLUE_COLUMNS, clue_rows(on=on or today())),
                   ("个人自查事项", item_sheet_columns(), [item_cells(i, reviews[i.id]) for i in items])]
    return sheets


def export_workbook(path: Path | str, *, on: dt.date | None = None) -> tuple[int, int]:
    """The clue ledger and every self-check item with its reviews in one Excel file (内部资料).
    Returns (clues, items)."""
    from app.rectify.documents.excel import write_workbook
    from app.rectify.self_checks import item_rows

    require_clue_access()
    on = on or today()
    clues = clue_rows(on=on)
    items = item_rows()
    write_workbook(path, clues, items, reviews_of([i.id for i in items]), on=on)
    audit.record_event("export", f"导出问题线索和个人自查事项（线索{len(clues)}条，自查事项{len(items)}项）到 {path}",
                       table="clue")
    return len(clues), len(items)
