"""Shared bits of the 查纠整改 documents: the 内部资料 mark every page carries, the feedback documents' small
styles (the same look on every ledger the office prints), and a ruled table in our fonts."""
from __future__ import annotations

from reportlab.platypus import Table, TableStyle

from app.documents import fonts
from app.documents.layout import grid_table
from app.feedback.documents.common import county, office_name, para, short_date, style, subtitle  # noqa: F401

CONFIDENTIAL_MARK = "内部资料　注意保密"  # drawn by the page template at the top of every page


def table(rows: list[list], widths: list[float], *, size: float, header_rows: int = 1) -> Table:
    """layout.grid_table with our font as the table's default (else reportlab picks an unembedded Helvetica)."""
    fonts.ensure_registered()
    result = grid_table(rows, widths, size=size, header_rows=header_rows)
    result.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), fonts.SONG)]))
    return result
