"""The 会议与选树 workbook: 会议, 制发文件, 向社会通报 and 英模选树, one sheet each with a frozen header, real dates
and every text cell made safe (nothing typed runs as a formula). Takes the rows, never queries; written by
app.common.xlsx_write, replaced whole (a half-written file never stays)."""
from __future__ import annotations

from pathlib import Path

from app.common.xlsx_write import write_column_book

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
COLUMNS = (MEETING_COLUMNS, DOCUMENT_COLUMNS, NOTICE_COLUMNS, RECOMMENDATION_COLUMNS)  # of SHEETS, in order


def write_workbook(path: Path | str, meetings: list, documents: list, notices: list, recommendations: list) -> None:
    write_column_book(path, zip(SHEETS, COLUMNS, (meetings, documents, notices, recommendations)))
