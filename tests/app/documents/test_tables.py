"""Table cells: 避头尾 applied inside cells and no glyph past the cell's padding, read back from the PDF."""
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth

from app.documents import fonts, layout
from app.documents.linebreak import NO_LINE_END, NO_LINE_START, break_text
from tests.support.pdf_checks import text_runs

# Commas and closing quotes fall on the line ends of a 30 mm column at 10 pt (12 characters a line):
# reportlab's own CJK wrapping hangs them past the edge, onto the rule.
TEXT = ("建议进一步规范执法办案流程，加强“三个规定”宣传，做好来访群众接待工作（含节假日）、"
        "落实首问负责制，及时回复群众关切。整改措施：一是建立台账，二是每周通报，三是“回头看”。")
WIDTH, SIZE, PAD = 30 * mm, 10, 4


def test_break_text_never_starts_a_line_with_a_closing_mark_nor_ends_one_with_an_opening_mark():
    fonts.ensure_registered()
    for width in (20 * mm, 24 * mm, 30 * mm, 41 * mm, 57 * mm):
        lines = break_text(TEXT, fonts.SONG, SIZE, width)
        assert "".join(lines) == TEXT
        assert not [line for line in lines if line[0] in NO_LINE_START], lines
        assert not [line for line in lines if line[-1] in NO_LINE_END], lines
        assert all(stringWidth(line, fonts.SONG, SIZE) <= width + 0.01 for line in lines)


def test_a_long_latin_run_is_split_to_the_cell_and_blanks_to_fill_stay_whole():
    fonts.ensure_registered()
    lines = break_text("编号QS-ZG-2021-0000123456789", fonts.SONG, SIZE, 15 * mm)
    assert all(stringWidth(line, fonts.SONG, SIZE) <= 15 * mm + 0.01 for line in lines) and len(lines) > 2
    blank = "主动说明问题是（\xa0\xa0\xa0\xa0）\xa0\xa0\xa0\xa0否（\xa0√\xa0）"
    assert all("（" not in line or "）" in line for line in break_text(blank, fonts.SONG, 11, 30 * mm))


def test_cells_in_the_pdf_keep_their_marks_off_the_line_starts_and_their_glyphs_off_the_rules(tmp_path):
    table = layout.grid_table([["意见建议内容", "备注"], [TEXT, "—"]], [WIDTH, 20 * mm], size=SIZE)
    table.hAlign = "LEFT"  # the column's rules at the text block's left edge and 30 mm in
    out = layout.build(tmp_path / "cells.pdf", [table], title="表格", page_numbers=False)
    left = layout.MARGIN_LEFT
    lines = [(t, x) for t, x, _y, size in text_runs(out) if size == SIZE and x < left + WIDTH - 1]
    body = [(t, x) for t, x in lines if t != "意见建议内容"]
    assert "".join(t for t, _x in body) == TEXT
    assert not [t for t, _x in body if t[0] in NO_LINE_START or t[-1] in NO_LINE_END]
    for text, x in body:  # every glyph inside the padding: 4 pt clear of the left and right rules
        assert x >= left + PAD - 0.01
        assert x + stringWidth(text, fonts.SONG, SIZE) <= left + WIDTH - PAD + 0.01, text
