"""Small helpers shared by the study documents (notice, sign-in sheet)."""
from __future__ import annotations

from reportlab.platypus import TableStyle

from app.documents import fonts, layout


def table(rows, col_widths, **options):
    """layout.grid_table, with the cell font set to 宋体 so reportlab never falls back to an
    unembedded Helvetica for its cell bookkeeping (grid_table leaves the table's FONTNAME at the default)."""
    fonts.ensure_registered()
    result = layout.grid_table(rows, col_widths, **options)
    result.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), fonts.SONG)]))
    return result
