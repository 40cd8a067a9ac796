"""Reading generated PDFs back in tests (pypdf): fonts embedded, page sizes, text and its positions.

Any feature's tests may use these: `assert_fonts_embedded(path)`, `page_sizes(path)`, `page_texts(path)`,
`text_runs(path, page)`.
"""
from __future__ import annotations

from pathlib import Path

import pypdf

A4_POINTS = (595.28, 841.89)


def reader(path: Path | str) -> pypdf.PdfReader:
    return pypdf.PdfReader(str(path))


def _font_dicts(resources, seen: set) -> list:
    found = []
    if resources is None:
        return found
    resources = resources.get_object()
    for font in (resources.get("/Font") or {}).values():
        font = font.get_object()
        if id(font) not in seen:
            seen.add(id(font))
            found.append(font)
    for xobject in (resources.get("/XObject") or {}).values():
        xobject = xobject.get_object()
        if xobject.get("/Subtype") == "/Form":
            found += _font_dicts(xobject.get("/Resources"), seen)
    return found


def fonts_of(path: Path | str) -> list[dict]:
    seen: set = set()
    result = []
    for page in reader(path).pages:
        result += _font_dicts(page.get("/Resources"), seen)
    return result


def assert_fonts_embedded(path: Path | str) -> list[str]:
    """Every font (and every descendant of a composite font) carries an embedded TrueType program."""
    names = []
    fonts = fonts_of(path)
    assert fonts, f"{path}: no fonts at all"
    for font in fonts:
        parts = [d.get_object() for d in font.get("/DescendantFonts", [])] or [font]
        for part in parts:
            descriptor = part.get("/FontDescriptor")
            name = str(part.get("/BaseFont"))
            assert descriptor is not None, f"{name}: no font descriptor (a standard, unembedded font)"
            assert "/FontFile2" in descriptor.get_object(), f"{name}: font program not embedded"
            names.append(name)
    return names


def page_sizes(path: Path | str) -> list[tuple[float, float]]:
    return [(round(float(p.mediabox.width), 2), round(float(p.mediabox.height), 2)) for p in reader(path).pages]


def page_texts(path: Path | str) -> list[str]:
    return [page.extract_text() or "" for page in reader(path).pages]


def text_runs(path: Path | str, page: int = 0) -> list[tuple[str, float, float, float]]:
    """(text, x, y, font size) of each text chunk, x/y in points from the page's lower left corner."""
    runs = []

    def visit(text, cm, tm, _font, size):
        if text.strip():
            runs.append((text.strip(), cm[4] + tm[4], cm[5] + tm[5], size))

    reader(path).pages[page].extract_text(visitor_text=visit)
    return runs


def image_count(path: Path | str, page: int = 0) -> int:
    return len(reader(path).pages[page].images)


def assert_no_missing_glyphs(path: Path | str) -> None:
    """Every character of the PDF's text can be drawn by one of our fonts (the engine falls back from one
    role to another per character), so nothing printed as an empty box."""
    from app.documents import fonts

    text = "".join(page_texts(path))
    missing = fonts.unprintable(text, fonts.SONG)
    assert not missing, f"{path}: no glyph for {sorted(missing)}"
