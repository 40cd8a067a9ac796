"""The 建章立制 workbook: 规章制度 (issued and being drafted, with what each closes) and 顽瘴痼疾整治措施 (by
problem), each a sheet with a frozen header, real dates and text that never runs as a formula. Written by
app.common.xlsx_write; takes the rows, never queries; the file is replaced whole."""
from __future__ import annotations

from pathlib import Path

from app.common.files import save_replacing
from app.common.safe_text import excel_safe
from app.common.xlsx_write import HEADER, SheetSpec, Workbook

RULE_COLUMNS = [("序号", 6, None), ("制度名称", 48, lambda r: r.title), ("制定单位", 14, lambda r: r.unit),
                ("类别", 10, lambda r: r.kind), ("状态", 10, lambda r: r.status),
                ("出台日期", 12, lambda r: r.issued_on), ("文号", 20, lambda r: r.doc_number),
                ("关联整改事项", 30, lambda r: "、".join(r.suggestion_codes)),
                ("关联顽瘴痼疾整治", 36, lambda r: "、".join(dict.fromkeys(r.measure_problems))),
                ("备注", 24, lambda r: r.remarks)]
MEASURE_COLUMNS = [("序号", 6, None), ("顽瘴痼疾", 26, lambda r: r.problem), ("整治措施", 50, lambda r: r.measure),
                   ("责任单位", 14, lambda r: r.unit), ("完成时限", 12, lambda r: r.deadline),
                   ("状态", 9, lambda r: r.status), ("时限情况", 11, lambda r: r.due_text),
                   ("完成日期", 12, lambda r: r.completed_on), ("关联制度", 48, lambda r: "、".join(r.rules)),
                   ("备注", 24, lambda r: r.remarks)]

SHEETS = (("规章制度", RULE_COLUMNS), ("顽瘴痼疾整治措施", MEASURE_COLUMNS))


def _value(value):
    return excel_safe(value) if isinstance(value, str) and value else (value if value != "" else None)


def _rows(columns, rows):
    yield [name for name, _w, _get in columns]
    for number, row in enumerate(rows, start=1):
        yield [_value(number if get is None else get(row)) for _n, _w, get in columns]


def write_workbook(path: Path | str, rules: list, measures: list) -> None:
    """rules: RuleRow list; measures: MeasureRow list."""
    save_replacing(path, lambda part: _write(part, rules, measures))


def _write(part: Path, rules: list, measures: list) -> None:
    book = Workbook(part)
    try:
        for (title, columns), rows in zip(SHEETS, (rules, measures)):
            book.add_sheet(SheetSpec(title, [w for _n, w, _g in columns], freeze="B2"), _rows(columns, rows),
                           styles=[HEADER] * len(columns))
    except BaseException:
        book.abort()
        raise
    book.close()
