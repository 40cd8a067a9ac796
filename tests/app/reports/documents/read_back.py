"""Reading a report's PDF back: its text, and that every font is embedded and none is Helvetica."""
import re

from tests.support import pdf_checks


def flat_text(path) -> str:
    """All pages' text with line breaks and spaces removed (the grid breaks lines anywhere)."""
    return re.sub(r"\s+", "", "".join(pdf_checks.page_texts(path)))


def assert_no_helvetica(path) -> None:
    names = pdf_checks.assert_fonts_embedded(path)
    assert not [n for n in names if "Helvetica" in n]
    for font in pdf_checks.fonts_of(path):
        assert "Helvetica" not in str(font.get("/BaseFont")), font
