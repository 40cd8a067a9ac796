"""Ruled tables of the GB/T 9704 documents: cells in the 宋体 role whose text breaks with 避头尾 inside the
cell's padding (CellText), header rows in 黑体 repeated on every page (grid_table). app.documents.layout
hands these on; documents call them as layout.cell, layout.grid_table."""
from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from app.documents import fonts
from app.documents.fonts import HEI, SONG
from app.documents.linebreak import break_text


def escape(text: str) -> str:
    """For reportlab Paragraph markup."""
    return (text or "").replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def cell_style(size: float = 11, font: str = SONG, align=TA_LEFT, leading: float | None = None) -> ParagraphStyle:
    fonts.ensure_registered()  # a cell may be made before any grid paragraph registered the fonts
    return ParagraphStyle(f"cell-{font}-{size}-{align}", fontName=font, fontSize=size,
                          leading=leading or size * 1.35, alignment=align, wordWrap="CJK")


def _prebroken(style: ParagraphStyle) -> ParagraphStyle:
    """The style for lines already broken by break_text: the same, without reportlab's own line wrapping.
    Kept on the style itself, so it lives and dies with it."""
    flat = style.__dict__.get("_prebroken_style")
    if flat is None:
        flat = style.clone(style.name + "-prebroken", wordWrap=None)
        style._prebroken_style = flat
    return flat


class CellText(Paragraph):
    """Plain text in a table cell, broken by `linebreak.break_text` for the cell's width: 避头尾 (no line
    starts with ，、。）” nor ends with “（《), and no line wider than the cell, so no glyph reaches the rules
    (reportlab's own CJK wrapping lets closing marks hang past the edge). A Paragraph otherwise."""

    def __init__(self, text, style: ParagraphStyle):
        self.plain = str(text if text is not None else "")
        self._broken_for = None
        self._size = None
        super().__init__(escape(self.plain).replace("\n", "<br/>"), style)

    def wrap(self, availWidth, availHeight):
        # A table measures each cell to find a page's rows, again when a split table is measured on the next
        # page, and once more when it draws it: the lines are broken once per width (1,330 ledger items were
        # broken 41,800 times for 15,080 cells). The height does not depend on the space left: cells never split.
        if self._broken_for != availWidth:
            st = self.style
            lines = break_text(self.plain, st.fontName, st.fontSize, availWidth - 0.01)
            # The lines are final: reportlab's CJK wrapping, character by character, would only find them
            # again (a third of the ledger's time); without it each <br/> line is laid out as it is.
            Paragraph.__init__(self, "<br/>".join(escape(line) for line in lines), _prebroken(st))
            self._broken_for = availWidth
            self._size = super().wrap(availWidth, availHeight)
        return self._size

    def split(self, availWidth, availHeight):
        self._broken_for = self._size = None  # the parts break their lines afresh
        return super().split(availWidth, availHeight)


def cell(text, size: float = 11, font: str = SONG, align=TA_LEFT) -> Paragraph:
    return CellText(text, cell_style(size, font, align))


def grid_table(rows: list[list], col_widths: list[float], *, header_rows: int = 1, size: float = 11,
               min_row_height: float | None = None, zebra: bool = False) -> Table:
    """A ruled table with CJK-wrapping cells; header rows repeat on every page, in 黑体."""
    data = []
    for r, row in enumerate(rows):
        data.append([c if isinstance(c, Flowable) else
                     cell(c, size, HEI if r < header_rows else SONG, TA_CENTER if r < header_rows else TA_LEFT)
                     for c in row])
    heights = None
    if min_row_height:
        heights = [None] * header_rows + [min_row_height] * (len(rows) - header_rows)
    table = Table(data, colWidths=col_widths, rowHeights=heights, repeatRows=header_rows)
    commands = [
        ("FONTNAME", (0, 0), (-1, -1), SONG),  # else reportlab sets (unembedded) Helvetica in every cell
        ("GRID", (0, 0), (-1, -1), 0.6, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ]
    if header_rows:
        commands.append(("BACKGROUND", (0, 0), (-1, header_rows - 1), colors.Color(0.93, 0.93, 0.93)))
    if zebra:
        for r in range(header_rows + 1, len(rows), 2):
            commands.append(("BACKGROUND", (0, r), (-1, r), colors.Color(0.97, 0.97, 0.97)))
    table.setStyle(TableStyle(commands))
    return table
