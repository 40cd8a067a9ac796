"""Glyph checks on a story before it is built: which characters each font draws, and which no embedded
font can draw (they would print as empty boxes). Flowables are recognised by what they carry, so this
module needs nothing from the layout that uses it."""
from __future__ import annotations

from reportlab.platypus import Flowable, Paragraph, Table

from app.documents import fonts
from app.documents.fonts import SONG


def story_characters(story: list[Flowable]) -> dict[str, set[str]]:
    """font name → the characters the story draws in it (after fallback), for glyph checks in tests."""
    used: dict[str, set[str]] = {}

    def add(text: str, font: str) -> None:
        for ch in text:
            if not ch.isspace():
                used.setdefault(fonts.font_for_char(ch, font), set()).add(ch)

    def walk(flowable) -> None:
        if hasattr(flowable, "issuer") and hasattr(flowable, "date_text"):  # signature lines
            add(flowable.issuer + flowable.date_text, flowable.style.font)
        elif hasattr(flowable, "runs"):  # a grid paragraph
            for text, font in flowable.runs:
                add(text, font)
        elif hasattr(flowable, "_lines"):  # a grid paragraph split across pages
            for tokens, _first, _last in flowable._lines:
                for text, font, _w in tokens:
                    add(text, font)
        elif isinstance(flowable, Paragraph):
            add("".join(frag.text for frag in getattr(flowable, "frags", []) if hasattr(frag, "text")),
                flowable.style.fontName)
        elif isinstance(flowable, Table):
            for row in flowable._cellvalues:
                for value in row:
                    for item in value if isinstance(value, (list, tuple)) else [value]:
                        if isinstance(item, Flowable):
                            walk(item)
                        elif item is not None:
                            add(str(item), SONG)
        # Composite flowables (a pledge's signature block…) list their parts through story_children().
        for child in getattr(flowable, "story_children", lambda: [])():
            walk(child)

    for flowable in story:
        walk(flowable)
    return used


def unprintable_characters(story: list[Flowable]) -> set[str]:
    """Characters of the story that no embedded font can draw (they would print as empty boxes)."""
    fonts.ensure_registered()
    bad = set()
    for font, chars in story_characters(story).items():
        charmap = fonts.charmap(font)
        if charmap is None:  # a standard PDF font: not ours, not checked
            continue
        bad |= {ch for ch in chars if ord(ch) not in charmap}
    return bad
