"""The document engine: GB/T 9704 page frame, grid, page numbers, dates, signature block, fonts, batches."""
import datetime as dt

import pytest
from tests.support.pdf_checks import A4_POINTS, assert_fonts_embedded, page_sizes, page_texts, text_runs
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth

from app.documents import fonts, layout
from app.documents.batch import BatchItem, one_file_each, one_pdf, safe_file_name, unique_names
from app.errors import AppError
from app.jobs import Cancelled, Progress

HAN = "政法队伍教育整顿学习查纠整改总结提升"


def han(n: int) -> str:
    return (HAN * (n // len(HAN) + 1))[:n]


def test_frame_geometry_is_gbt_9704():
    assert (round(layout.PAGE_WIDTH, 2), round(layout.PAGE_HEIGHT, 2)) == A4_POINTS
    assert round(layout.MARGIN_TOP / mm, 3) == 37 and round(layout.MARGIN_BOTTOM / mm, 3) == 35
    assert round(layout.MARGIN_LEFT / mm, 3) == 28 and round(layout.MARGIN_RIGHT / mm, 3) == 26
    assert round(layout.PAGE_WIDTH - layout.MARGIN_LEFT - layout.MARGIN_RIGHT, 3) == round(layout.TEXT_WIDTH, 3)
    assert round(layout.PAGE_HEIGHT - layout.MARGIN_TOP - layout.MARGIN_BOTTOM, 3) == round(layout.TEXT_HEIGHT, 3)
    assert (layout.LINES_PER_PAGE, layout.CHARS_PER_LINE, layout.BODY_SIZE) == (22, 28, 16)


def test_22_lines_of_28_characters_fill_exactly_one_page(tmp_path):
    full = tmp_path / "full.pdf"
    layout.build(full, [layout.body(han(22 * 28), first_indent=0)], title="网格", page_numbers=False)
    assert page_sizes(full) == [A4_POINTS]
    lines = [line for line in page_texts(full)[0].splitlines() if line.strip()]
    assert len(lines) == 22 and all(len(line) == 28 for line in lines)
    runs = text_runs(full)
    left = [x for _t, x, _y, _s in runs]
    assert min(left) == pytest.approx(28 * mm, abs=0.05)  # first character on the left margin
    baselines = sorted({round(y, 2) for _t, _x, y, _s in runs}, reverse=True)
    pitches = [a - b for a, b in zip(baselines, baselines[1:])]
    assert all(p == pytest.approx(225 * mm / 22, abs=0.02) for p in pitches)
    top_of_block = layout.PAGE_HEIGHT - 37 * mm
    assert top_of_block - baselines[0] < layout.LINE_PITCH  # first line inside the block's top cell
    assert baselines[-1] - 35 * mm > 0  # last line inside the block
    one_more = tmp_path / "more.pdf"
    layout.build(one_more, [layout.body(han(22 * 28 + 1), first_indent=0)], title="网格", page_numbers=False)
    assert len(page_sizes(one_more)) == 2


def test_paragraph_indent_is_two_characters(tmp_path):
    out = layout.build(tmp_path / "indent.pdf", [layout.body(han(60))], title="缩进", page_numbers=False)
    first = text_runs(out)[0]
    assert first[1] == pytest.approx(28 * mm + 2 * layout.CHAR_PITCH, abs=0.05)


def test_page_numbers_odd_right_even_left_7mm_below_the_block(tmp_path):
    out = layout.build(tmp_path / "pages.pdf", [layout.body(han(22 * 28 * 2 + 10), first_indent=0)], title="页码")
    assert len(page_sizes(out)) == 3
    one_char = layout.PAGE_NUMBER_SIZE
    block_right = layout.PAGE_WIDTH - 26 * mm
    for page in range(3):
        label = f"— {page + 1} —"
        (text, x, y, size), = [r for r in text_runs(out, page) if r[0] == label]
        width = stringWidth(label, fonts.SONG, size)
        assert size == 14
        if page % 2 == 0:  # pages 1 and 3: right, one character in
            assert x + width == pytest.approx(block_right - one_char, abs=0.1)
        else:
            assert x == pytest.approx(28 * mm + one_char, abs=0.1)
        # 7.5: the 一字线's top edge 7 mm below the block (its outline's top, read from the font)
        top_of_dash = y + fonts.glyph_top("—", fonts.SONG) * size
        assert 35 * mm - top_of_dash == pytest.approx(7 * mm, abs=0.05)


def test_the_dash_top_comes_from_the_font_outline():
    fonts.ensure_registered()
    dash, han_top = fonts.glyph_top("—", fonts.SONG), fonts.glyph_top("国", fonts.SONG)
    assert 0.2 < dash < 0.4 < 0.7 < han_top < 1.0  # the dash sits mid-height; a 汉字 reaches the top


def test_dates_have_no_zero_padding():
    assert layout.cn_date(dt.date(2021, 6, 11)) == "2021年6月11日"
    assert layout.cn_date(dt.date(2021, 1, 5)) == "2021年1月5日"
    assert "年" in layout.cn_date(None) and "月" in layout.cn_date(None)


def test_unsealed_issuer_and_date_positions(tmp_path):
    story = [layout.body("特此通知。")] + layout.signature_block("中共青山县委政法委员会", dt.date(2021, 6, 11))
    out = layout.build(tmp_path / "sig.pdf", story, title="落款", page_numbers=False)
    runs = {t: (x, y) for t, x, y, _s in text_runs(out)}
    issuer_x, issuer_y = runs["中共青山县委政法委员会"]
    date_x, date_y = runs["2021年6月11日"]
    pitch = layout.CHAR_PITCH
    right = layout.PAGE_WIDTH - 26 * mm
    issuer_width = layout.natural_width("中共青山县委政法委员会")
    assert issuer_x + issuer_width == pytest.approx(right - 2 * pitch, abs=0.1)  # 右空二字
    assert date_x == pytest.approx(issuer_x + 2 * pitch, abs=0.1)  # 首字比署名首字右移二字
    assert issuer_y - date_y == pytest.approx(layout.LINE_PITCH, abs=0.01)  # the next line
    body_y = runs["特此通知。"][1]
    assert body_y - issuer_y == pytest.approx(2 * layout.LINE_PITCH, abs=0.01)  # 空一行


def test_short_issuer_moves_left_so_the_date_keeps_two_characters(tmp_path):
    out = layout.build(tmp_path / "short.pdf", layout.signature_block("教整办", dt.date(2021, 12, 31)),
                       title="落款", page_numbers=False)
    runs = {t: x for t, x, _y, _s in text_runs(out)}
    right = layout.PAGE_WIDTH - 26 * mm
    date_width = layout.natural_width("2021年12月31日")
    assert runs["2021年12月31日"] + date_width == pytest.approx(right - 2 * layout.CHAR_PITCH, abs=0.1)
    assert runs["教整办"] == pytest.approx(runs["2021年12月31日"] - 2 * layout.CHAR_PITCH, abs=0.1)


def test_every_font_is_embedded_and_every_character_has_a_glyph(tmp_path):
    story = [layout.title("关于召开“三个规定”宣讲会的通知"), layout.addressee("各单位党组（党委）"),
             layout.heading1("一、时间地点"), layout.heading2("（一）", "时间：2021年6月11日上午9:00。"),
             layout.body("参会人员：王堃、李喆、张玥等；联系电话0715-3321234。"),
             layout.grid_table([["序号", "姓名"], ["1", "王堃"]], [40, 100])]
    assert layout.unprintable_characters(story) == set()
    out = layout.build(tmp_path / "fonts.pdf", story, title="字体")
    names = assert_fonts_embedded(out)
    assert any("Song" in n for n in names) and any("Hei" in n for n in names) and any("Kai" in n for n in names)
    assert not any("Helvetica" in n for n in names)
    assert all(n[1:8].endswith("+") for n in names), names  # subsets ("/AAAAAA+…"), not whole 10 MB fonts
    assert "王堃" in page_texts(out)[0]


def test_a_character_missing_from_one_role_falls_back_to_another():
    fonts.ensure_registered()
    kai, hei = fonts.charmap(fonts.KAI), fonts.charmap(fonts.HEI)
    only_in_hei = next(chr(c) for c in sorted(hei) if c > 0x4E00 and c not in kai)
    chosen = fonts.font_for_char(only_in_hei, fonts.KAI)
    assert chosen != fonts.KAI and ord(only_in_hei) in fonts.charmap(chosen)
    assert fonts.unprintable(only_in_hei, fonts.KAI) == set()
    assert only_in_hei in fonts.missing_glyphs(only_in_hei, fonts.KAI)
    nowhere = "\U0002B73A" if all(0x2B73A not in fonts.charmap(r) for r in (fonts.SONG, fonts.HEI, fonts.KAI)) else None
    if nowhere:
        assert layout.unprintable_characters([layout.body(nowhere)]) == {nowhere}


def test_fonts_are_registered_once():
    first = fonts.ensure_registered()
    again = fonts.ensure_registered()
    assert first == again and set(first) == {fonts.FANGSONG, fonts.SONG, fonts.HEI, fonts.KAI, fonts.TITLE}
    from reportlab.pdfbase import pdfmetrics

    assert pdfmetrics.getFont(fonts.SONG) is pdfmetrics.getFont(fonts.SONG)


def _items(names):
    return [BatchItem(label=n, file_name=f"县法院-{n}",
                      make_story=lambda n=n: [layout.title("承诺书"), layout.body(f"本人{n}郑重承诺。")])
            for n in names]


def test_one_pdf_batch_restarts_page_numbers(tmp_path):
    result = one_pdf(tmp_path / "all.pdf", _items(["张三", "李四", "王五"]), title="批量")
    assert result.pages == 3 and result.items == 3
    texts = page_texts(result.paths[0])
    assert all("— 1 —" in t for t in texts)
    assert [n in t for n, t in zip(["张三", "李四", "王五"], texts)] == [True] * 3


def test_one_file_each_names_files_safely_and_uniquely(tmp_path):
    result = one_file_each(tmp_path / "out", _items(["张三", "张三", "李/四"]), title="批量")
    assert sorted(p.name for p in result.paths) == sorted(["县法院-张三.pdf", "县法院-张三（2）.pdf", "县法院-李_四.pdf"])
    assert not [p for p in (tmp_path / "out").iterdir() if p.name.startswith(".")]
    assert safe_file_name("CON") != "CON" and safe_file_name("a:b?") == "a_b_"
    assert unique_names(["A", "a", "A"]) == ["A", "a（2）", "A（3）"]


class CancelAfter(Progress):
    def __init__(self, reports):
        super().__init__()
        self.left = reports

    def report(self, fraction, message=""):
        self.left -= 1
        if self.left <= 0:
            self.cancel()
        self.check()


def test_cancelled_batches_leave_nothing_behind(tmp_path):
    old = tmp_path / "all.pdf"
    old.write_bytes(b"%PDF-old")
    many = _items([f"人员{i}" for i in range(60)])
    with pytest.raises(Cancelled):
        one_pdf(old, many, CancelAfter(3), title="批量")
    assert old.read_bytes() == b"%PDF-old" and sorted(p.name for p in tmp_path.iterdir()) == ["all.pdf"]
    with pytest.raises(Cancelled):
        one_file_each(tmp_path / "each", many, CancelAfter(5), title="批量")
    assert list((tmp_path / "each").iterdir()) == []
    with pytest.raises(AppError):
        one_pdf(tmp_path / "none.pdf", [], title="空")


def test_build_bytes_is_a_pdf():
    data = layout.build_bytes([layout.body("预览")], title="预览")
    assert data.startswith(b"%PDF") and b"FontFile2" in data


def test_a_signature_block_never_stands_alone_on_a_page(tmp_path):
    """19 lines of body leave room for the table but not for it and the signature: the table's last row
    (under its repeated header) goes over with the signature."""
    table = layout.grid_table([["编号", "内容"], ["ZG-001", "第一条"], ["ZG-002", "第二条"]], [40 * mm, 116 * mm])
    story = [layout.body(han(19 * 28), first_indent=0), table]
    story[-1:] = layout.keep_end(table, layout.signature_block("教整办", dt.date(2021, 6, 11)))
    out = layout.build(tmp_path / "keep.pdf", story, title="落款")
    first, second = page_texts(out)
    assert "ZG-001" in first and "2021年6月11日" not in first
    assert "ZG-002" in second and "编号" in second and "2021年6月11日" in second
    whole = layout.build(tmp_path / "fits.pdf", [layout.body(han(5 * 28))] + layout.keep_end(
        table, layout.signature_block("教整办", dt.date(2021, 6, 11))), title="落款")
    (only,) = page_texts(whole)
    runs = {t: y for t, _x, y, _s in text_runs(whole)}
    assert runs["ZG-002"] > runs["教整办"] > runs["2021年6月11日"]  # drawn in order when all fits


def test_every_body_line_on_every_page_sits_on_the_grid(tmp_path):
    """After a two-line title and a table of no particular height, body lines used to sit 8.7 pt off the
    grid the continuation follows on page 2; now each page's lines fall on the same 22 lines."""
    table = layout.grid_table([["序号", "事项"], ["1", "第一项"], ["2", "第二项" * 9]], [20 * mm, 136 * mm])
    story = [layout.title("关于召开县司法局以案促改警示教育大会的通知"), layout.addressee("各单位"),
             layout.body(han(3 * 28)), table, layout.body(han(40 * 28))]
    story += layout.signature_block("教整办", dt.date(2021, 6, 11))
    out = layout.build(tmp_path / "grid.pdf", story, title="网格")
    top = layout.PAGE_HEIGHT - 37 * mm
    first_line = layout.LINE_PITCH / 2 + 0.38 * layout.BODY_SIZE  # a full page's first baseline below the top
    pages = len(page_sizes(out))
    assert pages >= 2
    for page in range(pages):
        baselines = {y for t, _x, y, size in text_runs(out, page) if size == layout.BODY_SIZE}
        assert baselines
        for y in baselines:
            lines_down = (top - y - first_line) / layout.LINE_PITCH
            assert lines_down == pytest.approx(round(lines_down), abs=0.001), (page, y)
    title_y = min(y for _t, _x, y, size in text_runs(out) if size == layout.TITLE_SIZE)
    addressee_y = max(y for t, _x, y, _s in text_runs(out) if t.startswith("各单位"))
    assert title_y - addressee_y > 1.5 * layout.LINE_PITCH  # one blank line under the title, kept


def test_every_document_keeps_its_signature_with_the_text_before_it(tmp_path):
    """Without asking (no keep_end): 21 lines of body and the signature (a blank line and two lines) used to
    leave the signature alone on page 2; now the body's last line goes over with it."""
    story = [layout.body(han(21 * 28), first_indent=0)] + layout.signature_block("教整办", dt.date(2021, 6, 11))
    first, second = page_texts(layout.build(tmp_path / "sig.pdf", story, title="落款"))
    assert "2021年6月11日" not in first
    assert "2021年6月11日" in second and han(21 * 28)[-28:] in second.replace("\n", "")


def test_a_signature_after_a_table_sits_on_the_grid_too(tmp_path):
    table = layout.grid_table([["序号", "事项"], ["1", "第一项"]], [20 * mm, 136 * mm])
    story = [layout.body(han(3 * 28)), table] + layout.signature_block("教整办", dt.date(2021, 6, 11))
    out = layout.build(tmp_path / "sig-grid.pdf", story, title="落款")
    runs = {t: y for t, _x, y, _s in text_runs(out)}
    first_line = layout.LINE_PITCH / 2 + 0.38 * layout.BODY_SIZE
    for text in ("教整办", "2021年6月11日"):
        lines_down = (layout.PAGE_HEIGHT - 37 * mm - runs[text] - first_line) / layout.LINE_PITCH
        assert lines_down == pytest.approx(round(lines_down), abs=0.001), text
