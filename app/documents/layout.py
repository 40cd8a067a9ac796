"""The GB/T 9704-2012 page and the flowables official documents are made of.

Body text is laid on a character grid, as Word's 文档网格 does in Chinese offices: 22 lines of
28 characters of 3号 (16 pt) 仿宋 fill the 156 × 225 mm text block exactly. reportlab's Paragraph
cannot space characters, so `GridParagraph` lays out lines itself (with 避头尾 line-breaking rules)
and draws each line as one text run, which keeps the text extractable for search and tests.
Tables (app.documents.tables) use reportlab's Paragraph in the 宋体 role, broken by our own 避头尾 breaker; the
page, its numbers and the build (app.documents.page) are handed on from here, so documents import only layout.
"""
from __future__ import annotations

import datetime as dt
import math
import re
from dataclasses import dataclass

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Spacer

from app.documents import fonts
from app.documents.checks import story_characters, unprintable_characters  # noqa: F401  (the engine's API)
from app.documents.fonts import FANGSONG, HEI, KAI, TITLE
from app.documents.linebreak import NO_LINE_END, NO_LINE_START, cached_break, tokenize
from app.documents.page import (  # noqa: F401  (the engine's API, as documents call it: layout.build, …)
    A4, BODY_SIZE, CHAR_PITCH, CHARS_PER_LINE, LINE_PITCH, LINES_PER_PAGE, MARGIN_BOTTOM, MARGIN_LEFT, MARGIN_RIGHT,
    MARGIN_TOP, PAGE_HEIGHT, PAGE_NUMBER_SIZE, PAGE_WIDTH, TEXT_HEIGHT, TEXT_WIDTH, TITLE_SIZE, ItemStart,
    KeepEnd, OfficialDocument, build, build_bytes, build_pages, item_start, keep_end, page_number_of)
from app.documents.tables import CellText, cell, cell_style, escape, grid_table  # noqa: F401  (the same)
from app.documents.titles import title_lines


def cn_date(day: dt.date | None) -> str:
    """2021年6月11日 — Arabic numerals, no zero padding."""
    if day is None:
        return "    年  月  日"
    return f"{day.year}年{day.month}月{day.day}日"


_ISO_DATE = re.compile(r"(?<!\d)(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)")


def cn_dates_in(text: str) -> str:
    """Every ISO date in `text` (2021-06-11) written as a document writes it (2021年6月11日)."""
    return _ISO_DATE.sub(lambda m: cn_date(dt.date(int(m[1]), int(m[2]), int(m[3]))), text or "")


# ---------------------------------------------------------------- grid paragraphs

@dataclass(frozen=True)
class GridStyle:
    font: str = FANGSONG
    size: float = BODY_SIZE
    leading: float = LINE_PITCH
    pitch: float = CHAR_PITCH  # advance of one full-width character
    first_indent: int = 2  # characters
    left_indent: int = 0  # characters, every line
    right_indent: int = 0  # characters, every line
    align: str = "justify"  # justify | left | center | right
    space_before: int = 0  # lines
    space_after: int = 0  # lines


BODY = GridStyle()
TITLE_STYLE = GridStyle(font=TITLE, size=TITLE_SIZE, pitch=TITLE_SIZE, first_indent=0, align="center")
HEADING1 = GridStyle(font=HEI)
HEADING2 = GridStyle(font=KAI)
FLUSH_LEFT = GridStyle(first_indent=0, align="left")


class GridParagraph(Flowable):
    """Chinese text on the document grid. `runs` is a string or a list of (text, font) pairs."""

    def __init__(self, runs, style: GridStyle = BODY):
        super().__init__()
        fonts.ensure_registered()
        self.runs = [(runs, style.font)] if isinstance(runs, str) else list(runs)
        self.style = style
        self._lines: list[list[tuple[str, str]]] | None = None
        self._width = 0.0

    # tokens: (text, font, width) — a CJK char, or an unbreakable Latin/number run
    def _tokens(self):
        size = self.style.size
        for text, font in self.runs:
            yield from tokenize(text, font, size)

    def _break(self, avail: float) -> list[list[tuple[str, str, float]]]:
        st = self.style
        extra = st.pitch - st.size  # spacing between characters so they fall on the grid
        lines, line, used = [], [], 0.0
        first = True

        def limit(is_first: bool) -> float:
            chars = st.left_indent + st.right_indent + (st.first_indent if is_first else 0)
            return avail - chars * st.pitch

        for token in self._tokens():
            text, font, width = token
            if text == "\n":
                lines.append((line, first, True))
                line, used, first = [], 0.0, False
                continue
            advance = width + extra
            # A grid cell is the pitch: 28 cells of 15.79 pt fill 156 mm although each glyph is 16 pt wide.
            if line and used + advance > limit(first) + 0.01:
                carry = []
                if text in NO_LINE_START:  # 避头: pull tokens down until the new line starts well
                    while len(line) > 1 and (not carry or carry[0][0] in NO_LINE_START):
                        carry.insert(0, line.pop())
                        if carry[0][0] not in NO_LINE_START:
                            break
                while len(line) > 1 and line[-1][0] in NO_LINE_END:  # 避尾
                    carry.insert(0, line.pop())
                lines.append((line, first, False))
                line, first = carry, False
                used = sum(t[2] + extra for t in line)
            if not line and width > limit(first):  # a Latin run longer than the line: split it
                for ch in text:
                    w = stringWidth(ch, font, st.size)
                    if line and used + w > limit(first):
                        lines.append((line, first, False))
                        line, used, first = [], 0.0, False
                    line.append((ch, font, w))
                    used += w + extra
                continue
            line.append(token)
            used += advance
        lines.append((line, first, True))
        return lines

    _snap = 0.0  # room left above the paragraph so that its lines fall on the page's grid
    splits_by_lines = True  # its last lines may go over with a signature (page.keep_signatures_with_text)

    def wrap(self, availWidth, availHeight):
        if self._lines is None or self._width != availWidth:
            self._width = availWidth
            self._lines = cached_break(self, availWidth)
        self._snap = grid_snap(self, self.style.leading)
        return availWidth, self._snap + self._total_height()

    def _total_height(self) -> float:
        st = self.style
        return (len(self._lines) + st.space_before + st.space_after) * st.leading

    def split(self, availWidth, availHeight):
        if self._lines is None or self._width != availWidth:
            self.wrap(availWidth, availHeight)
        st = self.style
        snap = grid_snap(self, st.leading)
        fit = int((availHeight - snap + 0.01) // st.leading) - st.space_before
        if fit <= 0 or fit >= len(self._lines):
            return [] if fit <= 0 else [self]
        head = _PreBroken(self._lines[:fit], st, keep_after=False)
        tail = _PreBroken(self._lines[fit:], st, keep_before=False)
        return [head, tail]

    def draw(self):
        draw_grid_lines(self.canv, self._lines, self.style, self._width,
                        self._total_height() - self.style.space_before * self.style.leading)


def grid_snap(flowable: Flowable, pitch: float) -> float:
    """The space to leave above `flowable` so that it starts on a line of the page's grid (as Word's 文档网格
    snaps lines): a table or a title of another leading before it would otherwise put every later line, and
    every line of the following pages' continuation, off the grid. Only while a frame is placing the
    flowable (reportlab sets `_frame`), and only for a pitch that divides the frame's height."""
    frame = getattr(flowable, "_frame", None)
    if frame is None or not pitch:
        return 0.0
    height = frame._y2 - frame._y1
    lines = height / pitch
    if abs(lines - round(lines)) > 1e-6:
        return 0.0
    used = frame._y2 - frame._y + getattr(flowable, "_grid_offset", 0.0)  # inside a KeepEnd: below its top
    pad = (-used) % pitch
    return 0.0 if pad < 0.05 or pad > pitch - 0.05 else pad


class _PreBroken(GridParagraph):
    """The part of a split GridParagraph: lines already broken."""

    def __init__(self, lines, style: GridStyle, keep_before=True, keep_after=True):
        Flowable.__init__(self)
        self.style = GridStyle(**{**style.__dict__,
                                  "space_before": style.space_before if keep_before else 0,
                                  "space_after": style.space_after if keep_after else 0})
        self._lines = lines
        self._width = 0.0

    def wrap(self, availWidth, availHeight):
        self._width = availWidth
        self._snap = grid_snap(self, self.style.leading)
        return availWidth, self._snap + self._total_height()


def draw_grid_lines(canv, lines, st: GridStyle, width: float, top: float) -> None:
    """Draw broken lines, each as one text run. `lines` is [(tokens, is_first_line, is_last_line)]."""
    extra = st.pitch - st.size
    y_top = top
    current_font = None
    for tokens, is_first, is_last in lines:
        baseline = y_top - st.leading / 2 - 0.38 * st.size
        y_top -= st.leading
        if not tokens:
            continue
        indent = (st.left_indent + (st.first_indent if is_first else 0)) * st.pitch
        avail = width - indent - st.right_indent * st.pitch
        natural = sum(t[2] for t in tokens) + extra * max(0, len(tokens) - 1)
        gap = extra
        x = indent
        if st.align == "justify" and not is_last and len(tokens) > 1 and natural < avail:
            gap = extra + (avail - natural) / (len(tokens) - 1)
        elif st.align == "center":
            x = indent + (avail - natural) / 2
        elif st.align == "right":
            x = indent + avail - natural
        if current_font is None:
            canv.setFont(tokens[0][1], st.size)  # else the text object starts in Helvetica, unembedded
        text_obj = canv.beginText(x, baseline)
        current_font = None
        # Character spacing applies after every glyph: a run of single characters in one font is one
        # string with the grid gap; a Latin run keeps its natural spacing inside, the gap after it.
        for font, char_space, text in _segments(tokens, gap):
            if font != current_font:
                text_obj.setFont(font, st.size)
                current_font = font
            text_obj.setCharSpace(char_space)
            text_obj.textOut(text)
        canv.drawText(text_obj)


def _segments(tokens, gap: float):
    """Merge tokens into (font, char spacing, text) runs that can each be drawn with one operator."""
    segments: list[list] = []
    for token, font, _width in tokens:
        pieces = ((token[:-1], 0.0), (token[-1], gap)) if len(token) > 1 else ((token, gap),)
        for text, char_space in pieces:
            if segments and segments[-1][0] == font and segments[-1][1] == char_space:
                segments[-1][2] += text
            else:
                segments.append([font, char_space, text])
    return segments


def body(text: str, **overrides) -> GridParagraph:
    """A body paragraph: 3号仿宋, two characters indent."""
    return GridParagraph(text, GridStyle(**{**BODY.__dict__, **overrides}) if overrides else BODY)


class TitleParagraph(GridParagraph):
    """A title broken by words into a trapezoid or diamond (app.documents.titles), never one character
    alone on a line. The blank line after it (space_after) is as tall as brings what follows onto the body
    grid of `grid` pitch (at least 0.9 of a line), so the body never loses most of a line to the snap."""

    def __init__(self, runs, style: GridStyle, grid: float = 0.0):
        super().__init__(runs, style)
        self.grid = grid

    def _total_height(self) -> float:
        st = self.style
        if not self.grid or not st.space_after:
            return super()._total_height()
        text = (len(self._lines) + st.space_before) * st.leading
        return math.ceil((text + 0.9 * self.grid) / self.grid - 1e-6) * self.grid

    def _break(self, avail: float):
        st = self.style
        if len(self.runs) != 1:
            return super()._break(avail)
        room = avail - (st.left_indent + st.right_indent) * st.pitch
        lines = title_lines(self.runs[0][0], lambda text: natural_width(text, st), room, st.pitch)
        return GridParagraph("\n".join(lines), st)._break(avail)


def title(text: str, style: GridStyle | None = None) -> GridParagraph:
    """2号小标宋, centred, one blank line after (the addressee or body follows); `style` for another grid."""
    return TitleParagraph(text, style or GridStyle(**{**TITLE_STYLE.__dict__, "leading": LINE_PITCH * 1.35,
                                                       "space_after": 1}), grid=LINE_PITCH)


def heading1(text: str) -> GridParagraph:
    """一、heading in 黑体; never left alone at the foot of a page (kept with what follows)."""
    paragraph = GridParagraph(text, HEADING1)
    paragraph.keepWithNext = True
    return paragraph


def heading2(text: str, rest: str = "") -> GridParagraph:
    """（一）heading in 楷体, optionally followed on the same line by body text in 仿宋. Kept with what
    follows when it is a heading alone."""
    paragraph = GridParagraph([(text, KAI), (rest, FANGSONG)] if rest else text, HEADING2)
    paragraph.keepWithNext = not rest or len(rest) < CHARS_PER_LINE
    return paragraph


def addressee(text: str) -> GridParagraph:
    """主送: flush left, ending with the full-width colon."""
    text = text.rstrip("：:") + "："
    return GridParagraph(text, FLUSH_LEFT)


def blank_lines(n: int = 1) -> Spacer:
    return Spacer(1, n * LINE_PITCH)


def natural_width(text: str, style: GridStyle = BODY) -> float:
    """Width of `text` set on one line of the grid (no justification), in points."""
    tokens = tokenize(text, style.font, style.size)
    return sum(t[2] for t in tokens) + (style.pitch - style.size) * max(0, len(tokens) - 1)


class _SignatureLines(Flowable):
    """Issuer and date after GB/T 9704-2012 7.3.5, measured at layout time (portrait or landscape).

    Unsealed (7.3.5.2): issuer two characters in from the right; the date on the next line, its first
    character two characters right of the issuer's first; when the date is the longer, the date keeps
    two characters from the right and the issuer moves left. Sealed (7.3.5.1): date four characters in
    from the right, issuer centred over the date.
    """

    keep_with_previous = True  # never alone at the top of a page (page.keep_signatures_with_text)

    def __init__(self, issuer: str, date_text: str, sealed: bool, style: GridStyle = BODY):
        super().__init__()
        self.issuer, self.date_text, self.sealed, self.style = issuer, date_text, sealed, style
        self._lines: list[GridParagraph] = []

    def wrap(self, availWidth, availHeight):
        st, pitch = self.style, self.style.pitch
        w_issuer, w_date = natural_width(self.issuer, st), natural_width(self.date_text, st)
        if self.sealed:
            date_x = availWidth - 4 * pitch - w_date
            issuer_x = date_x + (w_date - w_issuer) / 2
        else:
            issuer_x = availWidth - 2 * pitch - w_issuer
            date_x = issuer_x + 2 * pitch
            if date_x + w_date > availWidth - 2 * pitch + 0.01:
                date_x = availWidth - 2 * pitch - w_date
                issuer_x = date_x - 2 * pitch
        self._lines = []
        for text, x in ((self.issuer, issuer_x), (self.date_text, date_x)):
            if text:
                line_style = GridStyle(**{**st.__dict__, "first_indent": 0, "align": "left",
                                          "left_indent": max(0.0, x) / pitch, "right_indent": 0})
                self._lines.append(GridParagraph(text, line_style))
        for line in self._lines:
            line.wrap(availWidth, availHeight)
        self.width = availWidth
        return availWidth, grid_snap(self, st.leading) + len(self._lines) * st.leading

    def draw(self):
        top = len(self._lines) * self.style.leading
        for line in self._lines:
            draw_grid_lines(self.canv, line._lines, line.style, self.width, top)
            top -= self.style.leading


def signature_block(issuer: str, day: dt.date | None, *, sealed: bool = False) -> list[Flowable]:
    """Issuer (发文机关署名) and date (成文日期) after the body, per GB/T 9704-2012 7.3.5.

    Unsealed (the default): one blank line after the body, issuer two characters in from the right,
    date on the next line starting two characters right of the issuer. `sealed=True`: room for the seal,
    date four characters in from the right, issuer centred over it.
    """
    return [blank_lines(3 if sealed else 1), _SignatureLines(issuer, cn_date(day), sealed)]


