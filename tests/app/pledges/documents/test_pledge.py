"""A pledge on the standard grid (3号, 22 lines × 28 characters), however long the template and the signer's
单位及职务: two pages rather than a smaller size, the signature block never alone; read back from the PDF."""
import re

import pytest
from reportlab.lib.units import mm

from app.documents import layout
from app.pledges.documents.pledge import MAX_PAGES, STANDARD, PledgeTooLong, fit, fitted_story, pages_needed
from app.pledges.signers import leader_signers, officer_signers
from app.pledges.templates import DEFAULT_KEYS, TemplateText, latest_version, template_by_key
from app.pledges.text import render
from tests.support.pdf_checks import page_sizes, page_texts, text_runs
from tests.support.pledge_data import TODAY, png_bytes


def test_every_template_prints_in_3hao_on_the_standard_grid(demo_db, tmp_path):
    longest = max(officer_signers() + leader_signers(), key=lambda s: len(s.unit_post) + len(s.name))
    for key in DEFAULT_KEYS:
        text = render(TemplateText.of(latest_version(template_by_key(key))), longest, TODAY, png_bytes())
        story, density = fitted_story(text)
        assert density == STANDARD and (density.size, density.lines_per_page, density.chars_per_line) == (16, 22, 28)
        assert layout.unprintable_characters(story) == set()
        out = layout.build(tmp_path / f"{key}.pdf", story, title=key)
        pages = len(page_sizes(out))
        assert pages == pages_needed(text) <= MAX_PAGES, key
        texts = page_texts(out)
        assert longest.name in texts[0]
        for page in range(pages):  # was 14 pt on 21.26 pt lines, 31 characters a line (officer pledge)
            body = [(t, y) for t, _x, y, size in text_runs(out, page) if size == layout.BODY_SIZE]
            assert body and all(len(t) <= 28 for t, _y in body)
            baselines = sorted({round(y, 2) for _t, y in body}, reverse=True)
            steps = [a - b for a, b in zip(baselines, baselines[1:])]
            assert min(steps) == pytest.approx(layout.LINE_PITCH, abs=0.02)
        last = texts[-1]  # the signature never alone: body text above it on its page
        before_signature = last.split("承诺人（签名）：")[0]
        assert "承诺人（签名）：" in last and re.sub(r"[\s—\d]", "", before_signature)
        assert re.search(r"—\s*1\s*—", texts[0]) and (pages == 1 or re.search(rf"—\s*{pages}\s*—", last))


def test_the_title_breaks_by_words_and_its_dash_numbering_sits_7mm_below(demo_db, tmp_path):
    text = render(TemplateText.of(latest_version(template_by_key("officer-three-rules"))),
                  officer_signers()[0], None, None)
    long_title = type(text)(**{**text.__dict__, "title": "关于严格执行防止干预司法“三个规定”的郑重承诺书"})
    out = layout.build(tmp_path / "t.pdf", fitted_story(long_title)[0], title="承诺书")
    lines = [t for t, _x, _y, size in text_runs(out, 0) if size == layout.TITLE_SIZE]
    assert "".join(lines) == long_title.title and min(len(line) for line in lines) >= 2
    _t, _x, y, size = next(r for r in text_runs(out, 0) if r[0].startswith("—") and r[3] == layout.PAGE_NUMBER_SIZE)
    from app.documents import fonts

    assert 35 * mm - (y + fonts.glyph_top("—", fonts.SONG) * size) == pytest.approx(7 * mm, abs=0.05)


def test_a_text_past_two_pages_is_refused(demo_db):
    longest = max(officer_signers(), key=lambda s: len(s.unit_post))
    text = render(TemplateText.of(latest_version(template_by_key("officer-three-rules"))), longest, None, None)
    with pytest.raises(PledgeTooLong, match="超出2页"):
        fit(type(text)(**{**text.__dict__, "clauses": text.clauses * 3}))
