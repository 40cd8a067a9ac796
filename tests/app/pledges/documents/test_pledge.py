"""One pledge on one readable page, however long the template and the signer's 单位及职务."""
import pytest

from app.documents import layout
from app.pledges.documents.pledge import MIN_SIZE, PledgeTooLong, fit, fitted_story
from app.pledges.signers import leader_signers, officer_signers
from app.pledges.templates import DEFAULT_KEYS, TemplateText, latest_version, template_by_key
from app.pledges.text import render
from tests.support.pdf_checks import page_sizes, page_texts
from tests.support.pledge_data import TODAY, png_bytes


def test_the_longest_template_and_signer_still_fit_one_readable_page(demo_db, tmp_path):
    longest = max(officer_signers() + leader_signers(), key=lambda s: len(s.unit_post) + len(s.name))
    for key in DEFAULT_KEYS:
        text = render(TemplateText.of(latest_version(template_by_key(key))), longest, TODAY, png_bytes())
        story, density = fitted_story(text)
        assert density.size >= MIN_SIZE and density.leading >= 1.4 * density.size
        assert layout.unprintable_characters(story) == set()
        out = layout.build(tmp_path / f"{key}.pdf", story, title=key, page_numbers=False)
        assert len(page_sizes(out)) == 1, key
        assert longest.name in page_texts(out)[0]
    text = render(TemplateText.of(latest_version(template_by_key("officer-three-rules"))), longest, None, None)
    with pytest.raises(PledgeTooLong):
        fit(type(text)(**{**text.__dict__, "clauses": text.clauses * 3}))
