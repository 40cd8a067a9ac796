"""The template editor's operations: a text is saved only when it also fits two A4 pages, and the live preview.

The parts of a text are checked by app.pledges.templates.validate_text; whether the whole of it, filled in for
the longest signer we know of, fits two pages in 3号 on the standard grid is the page layout's answer
(app.pledges.documents.pledge.fit). The editor asks both before it saves, so a template that would print on
three pages is refused with "正文：承诺书内容过长…". The page layout (and reportlab with it) is imported by the
first check, not with this module.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from app.errors import ValidationError, ValidationErrors
from app.pledges import templates
from app.pledges.models import OFFICER, PledgeTemplate, PledgeTemplateVersion
from app.pledges.templates import TemplateText
from app.pledges.text import LONGEST_SAMPLE, render, sample_text

if TYPE_CHECKING:
    from app.pledges.documents.pledge import Density


def check_text(text: TemplateText) -> TemplateText:
    """A cleaned copy, or ValidationErrors naming each bad part, or "正文" when it does not fit two pages."""
    from app.pledges.documents.pledge import PledgeTooLong, fitted_story

    clean = templates.validate_text(text)
    try:
        fitted_story(render(clean, LONGEST_SAMPLE, None, None))
    except PledgeTooLong as exc:
        raise ValidationErrors([ValidationError("正文", exc.message)]) from None
    return clean


def save_template_version(template_id: int, text: TemplateText, note: str = "") -> PledgeTemplateVersion | None:
    """templates.save_template_version for a text that fits two pages (None when it equals the latest)."""
    check_text(text)
    return templates.save_template_version(template_id, text, note)


def create_template(name: str, audience: str, text: TemplateText) -> PledgeTemplate:
    """templates.create_template for a text that fits two pages."""
    templates.clean_template_name(name, audience)
    check_text(text)
    return templates.create_template(name, audience, text)


def preview(text: TemplateText, audience: str = OFFICER) -> tuple[bytes, Density]:
    """The template filled in for a made-up signer, as PDF bytes, and its grid (the standard one; PledgeTooLong
    past two pages)."""
    from app.pledges.documents.pledge import fit, pledge_bytes

    sample = sample_text(text, audience)
    return pledge_bytes(sample, text.title or "承诺书"), fit(sample)
