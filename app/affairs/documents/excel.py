"""The 会议与选树 workbook: 会议, 制发文件, 向社会通报 and 英模选树, one sheet each with a frozen header, real dates
and every text cell made safe (nothing typed runs as a formula). Takes the rows, never queries; written by
app.common.xlsx_write, replaced whole (a half-written file never stays)."""
from __future__ import annotations

from pathlib import Path

from app.common.safe_text import excel_safe
from app.common.xlsx_write import HEADER, SheetSpec, Workbook

MEETING_COLUMNS = (("会议类别", 14, lambda r: r.kind), ("召开日期", 12, lambda r: r.held_on),
                   ("议题", 44, lambda r: r.title), ("主持人", 12, lambda r: r.presided_by),
                   ("参会人数", 10, lambda r: r.attendees), ("邀请媒体", 10, lambda r: "是" if r.media_invited else ""),
                   ("备注", 30, lambda r: r.notes))
DOCUMENT_COLUMNS = (("文号", 22, lambda r: r.number), ("印发日期", 12, lambda r: r.issued_on),
                    ("文件标题", 50, lambda r: r.title), ("发文机关", 30, lambda r: r.issuer),
                    ("文种", 8, lambda r: r.kind), ("备注", 30, lambda r: r.notes))
NOTICE_COLUMNS = (("通报日期", 12, lambda r: r.issued_on), ("通报渠道", 14, lambda r: r.channel),
                  ("通报标题", 50, lambda r: r.title), ("备注", 30, lambda r: r.notes))
RECOMMENDATION_COLUMNS = (("推荐单位", 12, lambda r: r.unit), ("姓名", 10, lambda r: r.name),
                          ("职务", 14, lambda r: r.post), ("推荐日期", 12, lambda r: r.recommended_on),
                          ("评选层级", 10, lambda r: r.level), ("评选结果", 10, lambda r: r.result),
                          ("荣誉称号", 16, lambda r: r.honour),
                          ("选树先进典型", 12, lambda r: "是" if r.typical_model else ""),
                          ("英模报告会", 36, lambda r: r.report_session), ("主要事迹", 50, lambda r: r.deeds),
                          ("备注", 24, lambda r: r.notes))
SHEETS = ("会议", "制发文件", "向社会通报", "英模选树")


def _lines(columns, rows):
    yield [name for name, _width, _value in columns]
    for row in rows:
        yield [excel_safe(value) if value != "" else None for value in (get(row) for _n, _w, get in columns)]


def write_workbook(path: Path | str, meetings: list, documents: list, notices: list, recommendations: list) -> None:
    path = Path(path)
    part = path.with_name(path.name + ".part")
    book = Workbook(part)
    try:
        for title, columns, rows in zip(SHEETS, (MEETING_COLUMNS, DOCUMENT_COLUMNS, NOTICE_COLUMNS,
                                                 RECOMMENDATION_COLUMNS), (meetings, documents, notices, recommendations)):
            book.add_sheet(SheetSpec(title, [width for _n, width, _v in columns]), _lines(columns, rows),
                           styles=[HEADER] * len(columns))
        book.close()
        book = None
        part.replace(path)
    finally:
        if book is not None:
            book.abort()
        if part.exists():
            part.unlink()
