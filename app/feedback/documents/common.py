"""Shared bits of the feedback documents: compact table dates, small paragraph styles, summary lines."""
from __future__ import annotations

import datetime as dt

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, Table, TableStyle

from app.store import campaign
from app.feedback.models import STATUSES
from app.documents import fonts
from app.documents.layout import CellText, grid_table


def short_date(day: dt.date | None) -> str:
    """2021.5.12 — compact enough for a narrow table column."""
    return f"{day.year}.{day.month}.{day.day}" if day else ""


def style(name: str, font: str, size: float, *, align=TA_LEFT, leading: float | None = None,
          space_before: float = 0, space_after: float = 0, color=colors.black) -> ParagraphStyle:
    fonts.ensure_registered()
    return ParagraphStyle(name, fontName=font, fontSize=size, leading=leading or size * 1.45, alignment=align,
                          wordWrap="CJK", spaceBefore=space_before, spaceAfter=space_after, textColor=color)


def para(text: str, st: ParagraphStyle) -> Paragraph:
    """Plain text in a cell or a line of its own, broken with 避头尾 within its width (layout.CellText)."""
    return CellText(text, st)


def subtitle(text: str) -> Paragraph:
    return para(text, style("fb-subtitle", fonts.KAI, 14, align=TA_CENTER, space_after=6))


def status_counts_text(rows) -> str:
    """已销号108条，整改中14条 … in workflow order, leaving out zero counts."""
    counts = {s: 0 for s in STATUSES}
    for r in rows:
        counts[r.status] += 1
    return "，".join(f"{s}{n}条" for s, n in counts.items() if n)


def county() -> str:
    """The county for a title: nothing until it is set (campaign settings)."""
    return campaign.current().county_in_title


def office_name() -> str:
    """Who signs the feedback documents: the 发文机关署名 of the campaign settings."""
    return campaign.current().signature


def table(rows: list[list], widths: list[float], *, size: float) -> Table:
    """layout.grid_table, with the table's own default font set to ours: reportlab's Table otherwise
    selects Helvetica for every cell, which lands in the PDF as an unembedded font."""
    fonts.ensure_registered()
    result = grid_table(rows, widths, size=size)
    result.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), fonts.SONG)]))
    return result
