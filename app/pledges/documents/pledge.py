"""One pledge (承诺书) in the GB/T 9704 frame, on the standard body grid.

标题 (2号小标宋, centred, broken by words) · optional 主送 · 启语 ending "现郑重承诺：" · numbered clauses
一、二、… · 结语 · 承诺人（签名） with room for ink (or the on-screen signature) · 单位及职务 · date (blank for ink,
or filled when signed on screen). Never the ID number: a PledgeText (app.pledges.text) has no field for it.

The body is 3号 (16 pt) 仿宋 on the 22 lines × 28 characters grid, as the standard asks, whatever the text's
length: the three standard pledges take two pages (the officer pledge was squeezed onto one page at 14 pt,
21.26 pt lines, 31 characters a line). Pages are numbered from each pledge's first page, and the signature
block never stands alone: the last paragraph's last lines go over with it. A text longer than two pages is
refused when the template is saved (PledgeTooLong).
"""
from __future__ import annotations

import io
import math
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Sequence

from reportlab.platypus import Flowable

from app.errors import AppError
from app.documents import layout
from app.documents.fonts import FANGSONG, TITLE
from app.documents.batch import BatchItem
from app.documents.layout import GridParagraph, GridStyle
from app.pledges.printing import PrintedPledge
from app.pledges.text import BLANK_DATE, PledgeText, cn_number

SIGN_LABEL = "承诺人（签名）："
POST_LABEL = "单位及职务："


@dataclass(frozen=True)
class Density:
    """A body grid: font size, characters per line and lines per page of the 156 × 225 mm block."""

    size: float
    chars_per_line: int
    lines_per_page: int
    title_size: float = layout.TITLE_SIZE

    @property
    def pitch(self) -> float:
        return layout.TEXT_WIDTH / self.chars_per_line

    @property
    def leading(self) -> float:
        return layout.TEXT_HEIGHT / self.lines_per_page

    @property
    def label(self) -> str:
        return f"{self.size:g}磅 {self.lines_per_page}行×{self.chars_per_line}字"


STANDARD = Density(layout.BODY_SIZE, layout.CHARS_PER_LINE, layout.LINES_PER_PAGE)
MIN_SIZE = layout.BODY_SIZE  # 3号: the body is never set smaller
MAX_PAGES = 2


class PledgeTooLong(AppError):
    def __init__(self, lines_over: float):
        super().__init__(f"承诺书内容过长：按公文标准（3号字，每页22行）排版超出{MAX_PAGES}页约 {lines_over:.0f} 行，"
                         "请精简启语、条款或结语。")
        self.lines_over = lines_over


def _styles(density: Density):
    body = GridStyle(font=FANGSONG, size=density.size, leading=density.leading, pitch=density.pitch)
    # Everything scales with the line pitch (the title's too), so a page's height is exactly
    # proportional to 1 / lines_per_page: fitted_story computes the line count instead of searching.
    title = GridStyle(font=TITLE, size=density.title_size, pitch=density.title_size, first_indent=0,
                      align="center", leading=density.leading * 1.35, space_after=1)
    return body, title


class SignatureBlock(Flowable):
    """承诺人（签名）：[ink or signature image] / 单位及职务：… / date, in the right half of the page.

    The block starts at one column for all three lines, as far left as the 单位及职务 line needs
    (never left of the page's first column); the date line ends two characters in from the right.
    """

    SIGN_LINES = 1.8  # the signature line is taller: room for a handwritten name

    def __init__(self, text: PledgeText, style: GridStyle):
        super().__init__()
        self.text, self.style = text, style
        self._parts: list[tuple[GridParagraph, float]] = []  # (line, top offset from the block's top)
        self._sign_box = (0.0, 0.0, 0.0, 0.0)

    def story_children(self) -> list[Flowable]:
        return [part for part, _top in self._parts] or self._make_parts(layout.TEXT_WIDTH)[0]

    def _make_parts(self, width: float):
        st = self.style
        chars = int(round(width / st.pitch))
        post_line = POST_LABEL + self.text.unit_post
        post_chars = layout.natural_width(post_line, st) / st.pitch
        column = max(0, min(chars // 2 - 1, int(chars - 2 - post_chars + 0.999)))
        sign_style = replace(st, first_indent=0, left_indent=column, align="left")
        # Continuation lines of a long 单位及职务 hang under its text, not under the label.
        label_chars = len(POST_LABEL)
        post_style = replace(st, first_indent=-label_chars if column + label_chars < chars - 4 else 0,
                             left_indent=column + label_chars if column + label_chars < chars - 4 else column,
                             align="left")
        date_text = layout.cn_date(self.text.signed_on) if self.text.signed_on else BLANK_DATE
        date_style = replace(st, first_indent=0, align="right", right_indent=2)
        sign = GridParagraph(SIGN_LABEL, sign_style)
        post = GridParagraph(post_line, post_style)
        date = GridParagraph(date_text, date_style)
        return [sign, post, date], column

    def wrap(self, availWidth, availHeight):
        st = self.style
        (sign, post, date), column = self._make_parts(availWidth)
        heights = []
        for part in (sign, post, date):
            heights.append(part.wrap(availWidth, availHeight)[1])
        sign_extra = (self.SIGN_LINES - 1) * st.leading
        top = sign_extra  # the signature line's text sits at the bottom of its taller band
        self._parts = [(sign, top)]
        top += heights[0]
        self._parts.append((post, top))
        top += heights[1]
        self._parts.append((date, top))
        self.height = top + heights[2]
        self.width = availWidth
        label_end = column * st.pitch + layout.natural_width(SIGN_LABEL, st) + st.pitch * 0.3
        self._sign_box = (label_end, self.height - sign_extra - heights[0] + st.leading * 0.12,
                          min(availWidth - label_end, 10 * st.pitch), self.SIGN_LINES * st.leading * 0.9)
        return availWidth, self.height

    def draw(self):
        for part, top in self._parts:
            layout.draw_grid_lines(self.canv, part._lines, part.style, self.width, self.height - top)
        if self.text.signature_png:
            from reportlab.lib.utils import ImageReader

            x, y, w, h = self._sign_box
            self.canv.drawImage(ImageReader(io.BytesIO(self.text.signature_png)), x, y, w, h,
                                mask="auto", preserveAspectRatio=True, anchor="sw")


def pledge_story(text: PledgeText, density: Density = STANDARD) -> list[Flowable]:
    body, title_style = _styles(density)
    story: list[Flowable] = [layout.title(text.title, title_style)]
    if text.addressee.strip():
        story.append(GridParagraph(text.addressee.strip().rstrip("：:") + "：",
                                   replace(body, first_indent=0, align="left")))
    story.append(GridParagraph(text.preamble, body))
    for number, clause in enumerate(text.clauses, start=1):
        story.append(GridParagraph(f"{cn_number(number)}、{clause}", body))
    if text.closing.strip():
        story.append(GridParagraph(text.closing, body))
    # The signature goes with the last paragraph's last lines, never alone at the top of page 2.
    story[-1:] = layout.keep_end(story[-1], [SignatureBlock(text, body)])
    return story


def story_height(story: list[Flowable], width: float = layout.TEXT_WIDTH) -> float:
    return sum(flowable.wrap(width, layout.TEXT_HEIGHT)[1] for flowable in story)


def pages_needed(text: PledgeText, density: Density = STANDARD) -> int:
    """How many pages the pledge takes on the grid (from the story's height: no PDF is made)."""
    lines = story_height(pledge_story(text, density)) / density.leading
    return max(1, math.ceil(lines / density.lines_per_page - 0.001))


def fit(text: PledgeText) -> Density:
    """The standard grid, 3号 on 22 lines × 28 characters; PledgeTooLong past MAX_PAGES pages."""
    lines = story_height(pledge_story(text, STANDARD)) / STANDARD.leading
    room = MAX_PAGES * STANDARD.lines_per_page - 1  # a line spare: the signature may take lines over with it
    if lines > room:
        raise PledgeTooLong(lines - room)
    return STANDARD


def fitted_story(text: PledgeText) -> tuple[list[Flowable], Density]:
    """The story on the standard grid; PledgeTooLong when it would run past MAX_PAGES pages."""
    density = fit(text)
    return pledge_story(text, density), density


def document_title(text: PledgeText) -> str:
    return f"{text.title}（{text.signer_name}）"


def build_pledge(out: Path | str, text: PledgeText, *, author: str = "") -> Path:
    """One pledge as a PDF file."""
    return layout.build(out, fitted_story(text)[0], title=document_title(text), author=author)


def pledge_bytes(text: PledgeText, title: str) -> bytes:
    """One pledge as PDF bytes (the template editor's preview, the page read before signing on screen)."""
    return layout.build_bytes(fitted_story(text)[0], title=title)


def batch_items(pages: Sequence[PrintedPledge]) -> list[BatchItem]:
    """One batch item per pledge, labelled and named 单位-姓名 (app.documents.batch builds them)."""
    return [BatchItem(label=f"{page.unit} {page.name}", file_name=f"{page.unit}-{page.name}",
                      make_story=lambda text=page.text: fitted_story(text)[0], title=document_title(page.text))
            for page in pages]
