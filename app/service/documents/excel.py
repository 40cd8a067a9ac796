"""The 我为群众办实事 workbook: 办实事措施 and 办实事记录, one sheet each with a frozen header, real dates and each
figure both as written (14万份) and as a number with its measure word. Takes the rows, never queries; the file
is replaced whole (written beside it first)."""
from __future__ import annotations

from pathlib import Path

from app.common.xlsx_write import write_column_book

MEASURE_COLUMNS = (("序号", 6, None), ("措施名称", 40, lambda r: r.title), ("措施类别", 18, lambda r: r.kind),
                   ("出台单位", 12, lambda r: r.unit), ("出台日期", 12, lambda r: r.issued_on),
                   ("落实情况", 10, lambda r: r.status), ("备注", 30, lambda r: r.notes))
RECORD_COLUMNS = (("序号", 6, None), ("日期", 12, lambda r: r.started_on), ("截止日期", 12, lambda r: r.ended_on),
                  ("单位", 12, lambda r: r.unit), ("类别", 12, lambda r: r.category),
                  ("办实事情况", 50, lambda r: r.text), ("数字", 12, lambda r: r.figure),
                  ("数量", 10, lambda r: float(r.number)), ("量词", 8, lambda r: r.measure_word),
                  ("约数", 6, lambda r: r.approximate), ("比较", 16, lambda r: r.compared), ("备注", 30, lambda r: r.notes))


def write_workbook(path: Path | str, measures: list, records: list) -> None:
    write_column_book(path, (("办实事措施", MEASURE_COLUMNS, measures), ("办实事记录", RECORD_COLUMNS, records)),
                      freeze="B2")
