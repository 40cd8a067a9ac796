"""谈心谈话记录表: one ruled A4 form per talk, for one record or a batch (each record starts a new page).

Long content continues on the next page inside its ruled box (the table splits within the row), and the
signature lines for 谈话人 and 谈话对象 (one box per person at a group talk) close every form.
Content (主要内容, 反映的问题, 意见建议) is printed only when the record carries it: the caller decides,
after asking `access.can(TALK_CONTENT)` and the user's confirmation.
"""
from __future__ import annotations

from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Paragraph, Spacer, Table, TableStyle
from reportlab.platypus.doctemplate import LayoutError

from app.errors import AppError
from app.jobs import NullProgress, Progress
from app.documents import fonts, layout
from app.documents.fonts import HEI, SONG, TITLE
from app.talks.listing import FormRecord

FORM_TITLE = "谈心谈话记录表"
LABEL_WIDTH = 29 * mm
SIZE = 12
HIDDEN_NOTE = "（谈话内容按保密要求未打印）"
CONFIDENTIAL_MARK = "内部资料　注意保密"  # drawn by the page template at the top of every page
DATE_BLANK = "年\xa0\xa0\xa0\xa0月\xa0\xa0\xa0\xa0日"  # no-break spaces survive Paragraph's whitespace folding


def _style(name: str, font: str, size: float, align=TA_LEFT, leading: float | None = None,
           color=colors.black) -> ParagraphStyle:
    return ParagraphStyle(name, fontName=font, fontSize=size, leading=leading or size * 1.45, alignment=align,
                          wordWrap="CJK", textColor=color)


LABEL = _style("talk-label", HEI, SIZE, TA_CENTER)
VALUE = _style("talk-value", SONG, SIZE)
GREY = _style("talk-hidden", SONG, SIZE, color=colors.Color(0.45, 0.45, 0.45))
TITLE_STYLE = _style("talk-title", TITLE, 20, TA_CENTER, leading=28)
SIGN_STYLE = _style("talk-sign", SONG, SIZE, leading=SIZE * 1.2)
DATE_STYLE = _style("talk-date", SONG, SIZE, TA_RIGHT)
CENTRE = _style("talk-centre", SONG, SIZE, TA_CENTER)


def _text(text: str, style: ParagraphStyle = VALUE) -> Paragraph:
    fonts.ensure_registered()
    return layout.CellText(text or "", style)


def _label(text: str, note: str = "") -> Paragraph:
    """A box label in 黑体; `note` goes on a second, smaller line."""
    fonts.ensure_registered()
    markup = layout.escape(text)
    if note:
        markup += f'<br/><font size="{SIZE - 2.5}">{layout.escape(note)}</font>'
    return Paragraph(markup, LABEL)


def _when(record: FormRecord) -> str:
    text = layout.cn_date(record.talk_date)
    if record.talk_time is not None:
        text += f" {record.talk_time.hour}:{record.talk_time.minute:02d}"
    return text


def _participants(record: FormRecord) -> str:
    """张三（县法院 刑事审判庭 庭长）; at a group talk, names gathered under their unit/department."""
    if len(record.participants) == 1:
        p = record.participants[0]
        return f"{p.name}（{p.unit_post}）" if p.unit_post else p.name
    groups: dict[str, list[str]] = {}
    for p in record.participants:
        # A group is usually one department: drop the individual posts, keep 单位 部门.
        where = " ".join(p.unit_post.split(" ")[:2]) if p.unit_post else ""
        groups.setdefault(where, []).append(p.name)
    parts = [f"{where}：{'、'.join(names)}" if where else "、".join(names) for where, names in groups.items()]
    return "；".join(parts) + f"（共{len(record.participants)}人）"


def _follow_ups(record: FormRecord) -> str:
    lines = []
    for number, item in enumerate(record.follow_ups, start=1):
        notes = []
        if item.due_date:
            notes.append(f"完成时限：{layout.cn_date(item.due_date)}")
        if item.done_date:
            notes.append(f"已于{layout.cn_date(item.done_date)}完成")
        lines.append(f"{number}. {item.text}" + (f"（{'；'.join(notes)}）" if notes else ""))
    return "\n".join(lines)


def _yes_no(value: bool) -> str:
    blank, tick = "\xa0" * 4, "\xa0√\xa0"  # no-break spaces: Paragraph would collapse ordinary ones
    return f"是（{tick if value else blank}）{blank}否（{blank if value else tick}）"


class _Tick(Flowable):
    """Zero-size marker that reports progress (and honours cancel) as the batch is laid out."""

    def __init__(self, progress: Progress, fraction: float, message: str):
        super().__init__()
        self.progress, self.fraction, self.message = progress, fraction, message

    def wrap(self, availWidth, availHeight):
        return 0, 0

    def draw(self):
        self.progress.report(self.fraction, self.message)


# The three content boxes (主要内容, 反映的问题, 意见建议) leave room to write by hand, and give some of it
# up when the signature boxes of a group talk need the space.
CONTENT_HEIGHTS = (46 * mm, 24 * mm, 20 * mm)
CONTENT_MIN = 12 * mm
COLUMN_WIDTHS = [LABEL_WIDTH, layout.TEXT_WIDTH - LABEL_WIDTH]
INNER_WIDTHS = [55 * mm, 24 * mm, layout.TEXT_WIDTH - LABEL_WIDTH - 55 * mm - 24 * mm]
CELL_STYLE = [
    ("FONTNAME", (0, 0), (-1, -1), SONG),  # empty cells too: no unembedded Helvetica
    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ("LEFTPADDING", (0, 0), (-1, -1), 5),
    ("RIGHTPADDING", (0, 0), (-1, -1), 5),
    ("TOPPADDING", (0, 0), (-1, -1), 4),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
]
PIECE_CHARS = 120  # a long text is laid in rows of about this size, so the table can break between them
SENTENCE_ENDS = "。；！？"


def text_pieces(text: str) -> list[str]:
    """Cut a long text into pieces at paragraph or sentence ends. Each piece becomes one table row; the rows
    of one box have no rule between them, so the text reads on and a page break can fall between rows."""
    pieces: list[str] = []
    current = ""
    for paragraph in (text or "").split("\n"):
        while len(paragraph) > PIECE_CHARS:
            window = paragraph[:PIECE_CHARS]
            cut = max(window.rfind(ch) for ch in SENTENCE_ENDS) + 1
            if cut < PIECE_CHARS // 2:
                cut = PIECE_CHARS
            if current:
                pieces.append(current)
                current = ""
            pieces.append(paragraph[:cut])
            paragraph = paragraph[cut:]
        joined = f"{current}\n{paragraph}" if current else paragraph
        if current and len(joined) > PIECE_CHARS:
            pieces.append(current)
            current = paragraph
        else:
            current = joined
    pieces.append(current)
    return pieces


class _FormRows:
    """Collects the rows of the form (two columns: label, value) and the rules between them. A row with two
    label/value pairs nests a small table in the value column, so no cell spans columns: reportlab then
    measures every text at its real width."""

    def __init__(self):
        self.rows: list[list] = []
        self.heights: list[float] = []
        self.commands: list[tuple] = []

    def pair(self, label1, value1, label2, value2, height: float) -> None:
        row = len(self.rows)
        inner = Table([[value1, label2, value2]], colWidths=INNER_WIDTHS, minRowHeights=[height],
                      style=TableStyle(CELL_STYLE + [("LINEBEFORE", (1, 0), (2, 0), 0.7, colors.black)]))
        self.rows.append([label1, inner])
        self.heights.append(height)
        self.commands += [("LINEBELOW", (0, row), (-1, row), 0.7, colors.black),
                          ("LEFTPADDING", (1, row), (1, row), 0), ("RIGHTPADDING", (1, row), (1, row), 0),
                          ("TOPPADDING", (1, row), (1, row), 0), ("BOTTOMPADDING", (1, row), (1, row), 0)]

    def box(self, label, cells: list, height: float, *, top: bool = False) -> None:
        """One labelled box; several cells become rows without rules between them."""
        first = len(self.rows)
        for index, cell in enumerate(cells):
            row = len(self.rows)
            self.rows.append([label if index == 0 else "", cell])
            self.heights.append(0)
            if top:
                self.commands.append(("VALIGN", (1, row), (1, row), "TOP"))
        last = len(self.rows) - 1
        self.heights[last] = height  # the writing room stays at the bottom of the box
        self.commands += [("LINEBELOW", (0, last), (-1, last), 0.7, colors.black)]
        if last > first:  # the label sits at the top of a box that runs over several rows
            self.commands += [("VALIGN", (0, first), (0, first), "TOP"),
                              ("BOTTOMPADDING", (0, first), (-1, last - 1), 0),
                              ("TOPPADDING", (0, first + 1), (-1, last), 0)]


def _box_cells(record: FormRecord, text: str, *, content: bool) -> list:
    if content and not record.include_content:
        return [_text(HIDDEN_NOTE, GREY)]
    return [_text(piece) for piece in text_pieces(text)]


class _FormTable(Table):
    """A page break closes the form's frame at the bottom of the page and reopens it at the top of the next
    (reportlab's split-first/last styles do not survive a second split)."""

    def split(self, availWidth, availHeight):
        parts = super().split(availWidth, availHeight)
        if len(parts) == 2:
            parts[0].setStyle(TableStyle([("LINEBELOW", (0, -1), (-1, -1), 1.2, colors.black)]))
            parts[1].setStyle(TableStyle([("LINEABOVE", (0, 0), (-1, 0), 1.2, colors.black)]))
        return parts


def form_table(record: FormRecord, content_heights=CONTENT_HEIGHTS) -> Table:
    """The ruled body of one form. Long texts run on over as many rows (and pages) as they need."""
    form = _FormRows()
    form.pair(_label("谈话时间"), _text(_when(record)), _label("谈话地点"), _text(record.place), 9 * mm)
    form.pair(_label("谈话人"), _text(f"{record.talker_name}\n{record.talker_post}".strip()), _label("记录人"),
              _text(record.note_taker), 11 * mm)
    form.box(_label("谈话对象", "（单位/职务）"), [_text(p) for p in text_pieces(_participants(record))], 11 * mm)
    form.pair(_label("谈话类型"), _text(f"{record.talk_type}（{record.mode}谈话）"), _label("轮　　次"),
              _text(record.round_name), 9 * mm)
    form.box(_label("谈话主题"), [_text(record.topic)], 9 * mm)
    for caption, text, height in (("主要内容", record.content, content_heights[0]),
                                  ("反映的问题", record.problems, content_heights[1]),
                                  ("意见建议", record.suggestions, content_heights[2])):
        form.box(_label(caption), _box_cells(record, text, content=True), height, top=True)
    form.box(_label("主动说明问题"), [_text(_yes_no(record.self_reported))], 9 * mm)
    form.box(_label("后续事项"), _box_cells(record, _follow_ups(record) or "无", content=False), 13 * mm, top=True)
    form.box(_label("备　　注"), _box_cells(record, record.remarks, content=False), 9 * mm)
    table = _FormTable(form.rows, colWidths=COLUMN_WIDTHS, minRowHeights=form.heights, repeatRows=0)
    table.setStyle(TableStyle(CELL_STYLE + [("LINEAFTER", (0, 0), (0, -1), 0.7, colors.black)] + form.commands
                              + [("BOX", (0, 0), (-1, -1), 1.2, colors.black)]))
    return table


_PLAIN = [("FONTNAME", (0, 0), (-1, -1), SONG), ("LEFTPADDING", (0, 0), (-1, -1), 0),
          ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("VALIGN", (0, 0), (-1, -1), "BOTTOM")]


def signatures(record: FormRecord) -> list[Flowable]:
    """谈话人 and 谈话对象 sign with the date; at a group talk every person present gets a box."""
    talker_label, talker_line = 35 * mm, 34 * mm
    other_label, other_line = 46 * mm, layout.TEXT_WIDTH - 35 * mm - 34 * mm - 46 * mm
    if len(record.participants) <= 1:
        rows = [[_text("谈话人（签名）：", SIGN_STYLE), "", _text("谈话对象（签名）：", SIGN_STYLE), ""],
                ["", _text(DATE_BLANK, DATE_STYLE), "", _text(DATE_BLANK, DATE_STYLE)]]
        block = Table(rows, colWidths=[talker_label, talker_line, other_label, other_line],
                      rowHeights=[12 * mm, 8 * mm],
                      style=TableStyle(_PLAIN + [("BOTTOMPADDING", (0, 0), (-1, 0), 1),
                                                 ("LEFTPADDING", (2, 0), (2, 0), 6 * mm),("LINEBELOW", (1, 0), (1, 0), 0.6, colors.black),
                                                 ("LINEBELOW", (3, 0), (3, 0), 0.6, colors.black)]))
        return [Spacer(1, 5 * mm), block]
    per_row = 3
    cells = []
    for person in record.participants:
        cells += [_text(person.name, CENTRE), ""]
    while len(cells) % (per_row * 2):
        cells.append("")
    rows = [cells[i:i + per_row * 2] for i in range(0, len(cells), per_row * 2)]
    name_w = 20 * mm
    sign_w = layout.TEXT_WIDTH / per_row - name_w
    grid = Table([[_label("谈话对象签名")] + [""] * (per_row * 2 - 1)] + rows,
                 colWidths=[name_w, sign_w] * per_row, rowHeights=[7 * mm] + [9 * mm] * len(rows),
                 repeatRows=1,
                 style=TableStyle([("FONTNAME", (0, 0), (-1, -1), SONG),
                                   ("GRID", (0, 0), (-1, -1), 0.6, colors.black), ("SPAN", (0, 0), (-1, 0)),
                                   ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                                   ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.94, 0.94, 0.94))]))
    talker = Table([[_text("谈话人（签名）：", SIGN_STYLE), "",
                     _text("签名日期：\xa0\xa0\xa0\xa0" + DATE_BLANK, DATE_STYLE)]],
                   colWidths=[talker_label, talker_line, other_label + other_line], rowHeights=[12 * mm],
                   style=TableStyle(_PLAIN + [("BOTTOMPADDING", (0, 0), (-1, 0), 1),("LINEBELOW", (1, 0), (1, 0), 0.6, colors.black)]))
    return [Spacer(1, 4 * mm), talker, Spacer(1, 3 * mm), grid]


def _height(flowables: list[Flowable]) -> float:
    return sum(f.wrap(layout.TEXT_WIDTH, layout.TEXT_HEIGHT)[1] for f in flowables)


def form_story(record: FormRecord) -> list[Flowable]:
    """Title, ruled table, signatures. The hand-writing room of the content boxes gives way first, so
    that a form with short texts (a group talk's signature boxes included) stays on one page."""
    fonts.ensure_registered()
    head = [Paragraph(FORM_TITLE, TITLE_STYLE), Spacer(1, 4 * mm)]
    signs = signatures(record)
    table = form_table(record)
    spare = layout.TEXT_HEIGHT - 2 * mm - _height(head) - _height([table]) - _height(signs)
    if spare < 0:
        room = sum(h - CONTENT_MIN for h in CONTENT_HEIGHTS)
        share = min(1.0, -spare / room)
        table = form_table(record, [h - (h - CONTENT_MIN) * share for h in CONTENT_HEIGHTS])
    # The signatures stay together, and with at least the bottom of the table when the text ran long.
    return head + [table, KeepTogether(signs)]


def _remove_partial(out: Path) -> None:
    leftover = out.with_name(out.name + ".part")
    if leftover.exists():
        leftover.unlink()


def build_forms(out: Path | str, records: list[FormRecord], *, progress: Progress | None = None) -> Path:
    """One form per record, each starting on a new page. Raises Cancelled if the user stops it."""
    if not records:
        raise AppError("没有可打印的谈话记录。")
    progress = progress or NullProgress()
    story: list[Flowable] = []
    total = len(records)
    for index, record in enumerate(records):
        if index:
            story.append(PageBreak())
        story.append(_Tick(progress, index / total, f"正在生成第{index + 1}/{total}份记录表…"))
        story += form_story(record)
    out = Path(out)
    failed = False
    try:
        layout.build(out, story, title=FORM_TITLE if total == 1 else f"{FORM_TITLE}（{total}份）",
                     header=CONFIDENTIAL_MARK)
    except LayoutError:
        # reportlab's message quotes cell text, which may be talk content: it must not reach a log.
        failed = True
    except BaseException:
        _remove_partial(out)
        raise
    if failed:
        _remove_partial(out)
        raise AppError("有一份记录表的某一栏内容过长，无法排版。请把该栏内容分成几段后再打印。")
    progress.report(1.0, "完成")
    return out
