"""What leaves the 会议与选树 core: the workbook of its four ledgers. Nothing in them is confidential (meetings,
documents, 通报 and 英模 recommendations are the office's public record), so any account that may open the file
may export them; like every export, it is written to the audit log (what and how many, to which file)."""
from __future__ import annotations

from pathlib import Path

from app.affairs.heroes import recommendation_rows
from app.affairs.issued import document_rows
from app.affairs.meetings import meeting_rows, notice_rows
from app.safety import audit


def _rows() -> tuple[list, list, list, list]:
    return meeting_rows(), document_rows(), notice_rows(), recommendation_rows()


def export_sheets() -> list[tuple[str, tuple, list]]:
    """会议, 制发文件, 向社会通报 and 英模选树 as export-all's sheets (title, columns, rows)."""
    from app.affairs.documents.excel import COLUMNS, SHEETS

    return list(zip(SHEETS, COLUMNS, _rows()))


def export_workbook(path: Path | str) -> dict[str, int]:
    """Every meeting, document, 通报 and recommendation. Returns the rows per sheet."""
    from app.affairs.documents.excel import SHEETS, write_workbook

    rows = _rows()
    write_workbook(path, *rows)
    counts = dict(zip(SHEETS, (len(r) for r in rows)))
    audit.record_event("export", "导出会议与选树台账（" + "，".join(f"{k}{v}条" for k, v in counts.items())
                       + f"）到 {path}", table="meeting")
    return counts
