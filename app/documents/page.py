"""The GB/T 9704-2012 page: geometry, the document template (A4 portrait in the official frame, or landscape for
wide tables), page numbers that restart at each item of a batch, and building a story into a file. One module
numbers every document's pages; app.documents.layout hands all of it on."""
from __future__ import annotations

from pathlib import Path

from reportlab import rl_config
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Spacer, Table

from app.documents import fonts
from app.documents.fonts import HEI, SONG

# Page streams are zlib-compressed; encoding them again as ASCII85 (reportlab's default, in pure Python)
# made a 736-page batch 0.6 s slower and its file a quarter larger, for no reader's benefit.
rl_config.useA85 = 0

# GB/T 9704-2012 geometry
PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_TOP, MARGIN_BOTTOM, MARGIN_LEFT, MARGIN_RIGHT = 37 * mm, 35 * mm, 28 * mm, 26 * mm
TEXT_WIDTH, TEXT_HEIGHT = 156 * mm, 225 * mm
LINES_PER_PAGE, CHARS_PER_LINE = 22, 28
BODY_SIZE = 16  # 3号
TITLE_SIZE = 22  # 2号
PAGE_NUMBER_SIZE = 14  # 4号
LINE_PITCH = TEXT_HEIGHT / LINES_PER_PAGE  # ≈ 28.94 pt
CHAR_PITCH = TEXT_WIDTH / CHARS_PER_LINE  # ≈ 15.79 pt


def _page_number(canv, doc, page_width: float, text_left: float, text_width: float, text_bottom: float) -> None:
    """— N — in 4号宋体, 7 mm below the text block: odd pages right, even pages left, one character in.

    N counts from the first page of the current item (see `item_start`), so each pledge or notice in a
    batch PDF is numbered as if printed on its own.
    """
    number = page_number_of(canv, doc)
    label = f"— {number} —"
    canv.saveState()
    canv.setFont(SONG, PAGE_NUMBER_SIZE)
    # 7.5: the 一字线's top edge, not the digits', sits 7 mm below the block (the dash is drawn low in
    # the em square: its top measured from the font's own glyph box).
    baseline = text_bottom - 7 * mm - fonts.glyph_top("—", SONG) * PAGE_NUMBER_SIZE
    if number % 2 == 1:
        canv.drawRightString(text_left + text_width - PAGE_NUMBER_SIZE, baseline, label)
    else:
        canv.drawString(text_left + PAGE_NUMBER_SIZE, baseline, label)
    canv.restoreState()


def page_number_of(canv, doc) -> int:
    """The page's number within its item (the whole document when it has no `item_start` markers)."""
    return canv.getPageNumber() - getattr(doc, "item_first_page", 1) + 1


class ItemStart(Flowable):
    """Zero-size marker at the start of one item (one person's pledge, one notice) in a batch document:
    page numbers restart there (see `page_number_of`)."""

    def __init__(self, index: int, label: str = ""):
        super().__init__()
        self.index, self.label = index, label

    def wrap(self, availWidth, availHeight):
        return 0, 0

    def draw(self):
        doc = self._doctemplate  # set by reportlab while the story is laid out
        if doc is not None:
            doc.item_first_page = self.canv.getPageNumber()


def item_start(index: int, label: str = "") -> ItemStart:
    return ItemStart(index, label)


class OfficialDocument(BaseDocTemplate):
    """A4 portrait in the GB/T 9704 frame (or A4 landscape for wide tables), page numbers in the footer.

    `header` (optional) is drawn small at the top of every page, e.g. a confidentiality mark.
    `progress` (an app.jobs.Progress) receives the share of the story laid out and may cancel the build.
    """

    def __init__(self, out, *, title: str, author: str = "", subject: str = "",
                 landscape_pages: bool = False, page_numbers: bool = True, header: str = "",
                 progress=None, progress_message: str = "正在排版…"):
        fonts.ensure_registered()
        if landscape_pages:
            pagesize = landscape(A4)
            left, right, top, bottom = 20 * mm, 20 * mm, 22 * mm, 22 * mm
        else:
            pagesize = A4
            left, right, top, bottom = MARGIN_LEFT, MARGIN_RIGHT, MARGIN_TOP, MARGIN_BOTTOM
        super().__init__(out if hasattr(out, "write") else str(out), pagesize=pagesize, leftMargin=left,
                         rightMargin=right, topMargin=top, bottomMargin=bottom, title=title, author=author,
                         subject=subject, creator="教育整顿工作台", lang="zh-CN",
                         initialFontName=SONG, initialFontSize=12)  # no unembedded Helvetica
        width, height = pagesize
        text_width, text_height = width - left - right, height - top - bottom
        self.text_width = text_width
        self.item_first_page = 1
        frame = Frame(left, bottom, text_width, text_height, id="body",
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)

        def on_page(canv, doc):
            if header:
                canv.saveState()
                canv.setFont(HEI, 12)
                canv.drawString(left, height - top + 10 * mm, header)
                canv.restoreState()

        def on_page_end(canv, doc):
            # Drawn when the page is complete: an ItemStart on this page has set where numbering starts.
            if page_numbers:
                _page_number(canv, doc, width, left, text_width, bottom)

        self.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=on_page, onPageEnd=on_page_end)])
        if progress is not None:
            self.setProgressCallBack(_ProgressForwarder(progress, progress_message))


class _ProgressForwarder:
    """reportlab's progress callback → Progress.report, at most ~200 reports per build (each may cancel)."""

    def __init__(self, progress, message: str):
        self.progress, self.message = progress, message
        self.total, self.last_step = 1, -1

    def __call__(self, kind: str, value: int) -> None:
        if kind == "SIZE_EST":
            self.total = max(1, value)
        elif kind == "PROGRESS":
            step = value * 200 // self.total
            if step != self.last_step:
                self.last_step = step
                self.progress.report(value / self.total, self.message)
            else:
                self.progress.check()


class KeepEnd(Flowable):
    """`body` (a table or paragraph that may split) followed by `end` (a signature block): the end never
    stands alone at the top of a page. When the end does not fit after the body, the body's last rows or
    lines go over with it (a table's header rows repeat there) instead of the end going over alone."""

    def __init__(self, body: Flowable, end: list[Flowable]):
        super().__init__()
        self.body, self.end = body, list(end)

    def _place(self, availWidth, availHeight) -> float:
        """Wrap the body and the end where they will stand, telling each how far below this flowable's top
        it begins (`_grid_offset`, for layout.grid_snap); returns the total height."""
        frame = getattr(self, "_frame", None)
        top = 0.0
        self._sizes = []
        for flowable in [self.body] + self.end:
            flowable._frame, flowable._grid_offset = frame, top
            top += flowable.getSpaceBefore() if flowable is not self.body else 0.0
            size = flowable.wrap(availWidth, availHeight)
            self._sizes.append(size)
            top += size[1] + (flowable.getSpaceAfter() if flowable is not self.body else 0.0)
        return top

    def _placed_alone(self) -> list[Flowable]:
        for flowable in [self.body] + self.end:
            flowable._grid_offset = 0.0  # the frame places them itself now
        return [self.body] + self.end

    def wrap(self, availWidth, availHeight):
        self.width, self.height = availWidth, self._place(availWidth, availHeight)
        return availWidth, self.height

    def split(self, availWidth, availHeight):
        total = self._place(availWidth, availHeight)
        if total <= availHeight + 0.01:
            return self._placed_alone()
        body_height = self._sizes[0][1]
        room = min(availHeight, body_height - 0.01)  # at least the body's last row goes over with the end
        self.body._grid_offset = 0.0
        parts = self.body.split(availWidth, room)
        if len(parts) < 2:
            # Nothing of the body fits here: all of it goes over, unless this is already a whole page.
            return self._placed_alone() if availHeight >= TEXT_HEIGHT - 1 else []
        return parts[:-1] + [KeepEnd(parts[-1], self.end)]

    def draw(self):  # when everything fits on the page: the body, then the end below it
        y = self.height
        for index, flowable in enumerate([self.body] + self.end):
            width, height = self._sizes[index]
            y -= (flowable.getSpaceBefore() if index else 0.0) + height
            flowable.drawOn(self.canv, 0, y, _sW=self.width - width)
            y -= flowable.getSpaceAfter() if index else 0.0


def keep_end(body: Flowable, end: list[Flowable]) -> list[Flowable]:
    """[KeepEnd(body, end)]: for a story's last table or paragraph and the signature block after it."""
    return [KeepEnd(body, end)]


def keep_signatures_with_text(story: list[Flowable]) -> list[Flowable]:
    """The story with every flowable marked `keep_with_previous` (a signature block's lines), and the blank
    lines before it, joined to the table or grid paragraph before them in a KeepEnd: a signature never
    stands alone at the top of a page, in any document."""
    result: list[Flowable] = []
    for flowable in story:
        if not getattr(flowable, "keep_with_previous", False):
            result.append(flowable)
            continue
        end = [flowable]
        while result and isinstance(result[-1], Spacer):
            end.insert(0, result.pop())
        if result and (isinstance(result[-1], Table) or getattr(result[-1], "splits_by_lines", False)):
            result.append(KeepEnd(result.pop(), end))
        else:
            result.extend(end)
    return result


def build(out: Path | str, story: list[Flowable], **doc_options) -> Path:
    """Write `story` to `out` as an official document; returns the path. The file appears only when
    complete: a failed or cancelled build leaves nothing behind (and an earlier file untouched).
    doc_options: title, author, subject, landscape_pages, page_numbers, header, progress."""
    build_pages(out, story, **doc_options)
    return Path(out)


def build_bytes(story: list[Flowable], **doc_options) -> bytes:
    """The document as PDF bytes (live previews, database attachments)."""
    import io

    buffer = io.BytesIO()
    OfficialDocument(buffer, **doc_options).build(keep_signatures_with_text(story))
    return buffer.getvalue()


def build_pages(out: Path | str, story: list[Flowable], **doc_options) -> int:
    """Like `build`, returning the number of pages written."""
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(out.name + ".part")
    try:
        doc = OfficialDocument(tmp, **doc_options)
        doc.build(keep_signatures_with_text(story))
        pages = doc.page
        tmp.replace(out)
    finally:
        if tmp.exists():
            tmp.unlink()
    return pages
