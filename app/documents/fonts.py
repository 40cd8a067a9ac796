"""The four official typefaces: the office's own Windows fonts where present, else our bundled ones.

Roles, as GB/T 9704 uses them: 仿宋 (body), 宋体 (page numbers, tables), 黑体 (level-1 headings),
楷体 (level-2 headings), 小标宋 (titles; 方正小标宋 where installed, else 宋体).
Each font is registered with reportlab once, on first use, and embedded as a subset.
"""
from __future__ import annotations

import os
import sys
import threading
from dataclasses import dataclass
from pathlib import Path

from app.paths import resource_path

FANGSONG, SONG, HEI, KAI, TITLE = "JZ-FangSong", "JZ-Song", "JZ-Hei", "JZ-Kai", "JZ-Title"

# role → candidate files, best first: (file name, subfont index in a .ttc)
_SYSTEM_CANDIDATES = {
    FANGSONG: [("simfang.ttf", 0), ("FZFSJW.TTF", 0), ("STFANGSO.TTF", 0)],
    SONG: [("simsun.ttc", 0), ("simsun.ttf", 0), ("STSONG.TTF", 0)],
    HEI: [("simhei.ttf", 0), ("STHEITI.TTF", 0)],
    KAI: [("simkai.ttf", 0), ("FZKTJW.TTF", 0), ("STKAITI.TTF", 0)],
    TITLE: [("FZXBSJW.TTF", 0), ("方正小标宋简体.ttf", 0), ("FZXBSK.TTF", 0)],
}
# Bundled, openly licensed (OFL 1.1) TrueType fallbacks; see resources/fonts/README.md.
_BUNDLED = {
    FANGSONG: "ZFSong-Regular.ttf",  # no open simplified-Chinese 仿宋 exists; 宋 reads closest
    SONG: "ZFSong-Regular.ttf",
    HEI: "ZFHei-Regular.ttf",
    KAI: "ZFKai-Regular.ttf",
    TITLE: "ZFSong-Regular.ttf",
}


@dataclass(frozen=True)
class FontChoice:
    role: str
    path: Path
    subfont: int
    bundled: bool


def system_font_dirs() -> list[Path]:
    dirs = []
    if sys.platform.startswith("win"):
        windir = os.environ.get("WINDIR", r"C:\Windows")
        dirs.append(Path(windir) / "Fonts")
        local = os.environ.get("LOCALAPPDATA")
        if local:
            dirs.append(Path(local) / "Microsoft" / "Windows" / "Fonts")
    else:
        dirs += [Path("/usr/share/fonts"), Path("/usr/local/share/fonts"), Path.home() / ".fonts",
                 Path("/Library/Fonts"), Path.home() / "Library" / "Fonts"]
    return [d for d in dirs if d.is_dir()]


def _find_system(name: str) -> Path | None:
    lowered = name.lower()
    for folder in system_font_dirs():
        direct = folder / name
        if direct.exists():
            return direct
        if sys.platform.startswith("win"):
            continue
        for root, _dirs, files in os.walk(folder):
            for file in files:
                if file.lower() == lowered:
                    return Path(root) / file
    return None


def choose(role: str, *, system: bool = True) -> FontChoice:
    """The file used for a role. JZ_BUNDLED_FONTS_ONLY=1 forces the bundled fonts (tests, reproducibility)."""
    if system and os.environ.get("JZ_BUNDLED_FONTS_ONLY") != "1":
        for name, index in _SYSTEM_CANDIDATES[role]:
            path = _find_system(name)
            if path is not None:
                return FontChoice(role, path, index, False)
    return FontChoice(role, resource_path("fonts", _BUNDLED[role]), 0, True)


_lock = threading.Lock()
_registered: dict[str, FontChoice] = {}


def ensure_registered() -> dict[str, FontChoice]:
    """Register the five roles with reportlab (once). Returns role → the file chosen."""
    if _registered:  # the common case after the first document: no lock
        return dict(_registered)
    with _lock:
        if _registered:
            return dict(_registered)
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont

        chosen: dict[str, FontChoice] = {}
        for role in (FANGSONG, SONG, HEI, KAI, TITLE):
            choice = choose(role)
            try:
                font = TTFont(role, str(choice.path), subfontIndex=choice.subfont)
            except Exception:  # a damaged or CFF-outline system font: fall back to ours
                if choice.bundled:
                    raise
                choice = choose(role, system=False)
                font = TTFont(role, str(choice.path), subfontIndex=choice.subfont)
            pdfmetrics.registerFont(font)
            chosen[role] = choice
        _registered.update(chosen)  # all at once: the lock-free check above never sees half a set
        return dict(_registered)


def missing_glyphs(text: str, role: str) -> set[str]:
    """Characters of `text` the role's own font cannot draw (whitespace ignored)."""
    ensure_registered()
    charmap = _charmap(role)
    return {ch for ch in set(text) if not ch.isspace() and ord(ch) not in charmap}


def unprintable(text: str, role: str) -> set[str]:
    """Characters of `text` that neither the role's font nor any fallback can draw (would print as boxes)."""
    ensure_registered()
    result = set()
    for ch in set(text):
        if ch.isspace():
            continue
        if ord(ch) not in _charmap(font_for_char(ch, role)):
            result.add(ch)
    return result


# Fallback order when a character is missing: the bundled font of the same role first (same style),
# then the other roles from the closest style to the farthest.
_FALLBACK_ROLES = {
    FANGSONG: (SONG, KAI, HEI),
    SONG: (FANGSONG, HEI, KAI),
    TITLE: (SONG, HEI, KAI),
    HEI: (SONG, KAI, FANGSONG),
    KAI: (FANGSONG, SONG, HEI),
}
_BUNDLED_SUFFIX = "-Bundled"
_charmaps: dict[str, dict] = {}
_char_font: dict[tuple[str, str], str] = {}


def _charmap(font_name: str) -> dict:
    charmap = _charmaps.get(font_name)
    if charmap is None:
        from reportlab.pdfbase import pdfmetrics

        charmap = _charmaps[font_name] = pdfmetrics.getFont(font_name).face.charToGlyph
    return charmap


def charmap(font_name: str) -> dict | None:
    """code point → glyph of a registered TrueType font; None for other fonts."""
    try:
        return _charmap(font_name)
    except (KeyError, AttributeError):
        return None


def _bundled_font(role: str) -> str | None:
    """The name of the bundled font for `role` (registered on first need), or None if the role already
    uses it."""
    choice = _registered.get(role)
    if choice is None or choice.bundled:
        return None
    name = role + _BUNDLED_SUFFIX
    with _lock:
        if name not in _charmaps:
            from reportlab.pdfbase import pdfmetrics
            from reportlab.pdfbase.ttfonts import TTFont

            bundled = choose(role, system=False)
            pdfmetrics.registerFont(TTFont(name, str(bundled.path), subfontIndex=bundled.subfont))
            _charmaps[name] = pdfmetrics.getFont(name).face.charToGlyph
    return name


def font_for_char(ch: str, font: str) -> str:
    """The font that draws `ch`: `font` itself when it has the glyph, else the first fallback that does.
    Fonts other than the five roles are returned unchanged."""
    key = (ch, font)
    chosen = _char_font.get(key)
    if chosen is not None:
        return chosen
    ensure_registered()
    chosen = font
    if font in _FALLBACK_ROLES and ord(ch) not in _charmap(font):
        candidates = [_bundled_font(font)]
        for role in _FALLBACK_ROLES[font]:
            candidates += [role, _bundled_font(role)]
        for candidate in candidates:
            if candidate is not None and ord(ch) in _charmap(candidate):
                chosen = candidate
                break
    _char_font[key] = chosen
    return chosen


_glyph_tops: dict[tuple[str, str], float] = {}


def glyph_top(ch: str, font_name: str) -> float:
    """Height of the top of `ch`'s outline above the baseline, in ems (from the font's glyf table);
    0.3 em, an em dash's usual height, when the font has no such outline."""
    key = (ch, font_name)
    top = _glyph_tops.get(key)
    if top is None:
        from reportlab.pdfbase import pdfmetrics

        top = 0.3
        face = pdfmetrics.getFont(font_name).face
        glyph = face.charToGlyph.get(ord(ch))
        try:
            start = face.get_table_pos("glyf")[0]
            if glyph is not None and face.glyphPos[glyph + 1] > face.glyphPos[glyph]:
                face.seek(start + face.glyphPos[glyph] + 8)  # numberOfContours, xMin, yMin, xMax → yMax
                top = face.read_short() / face.unitsPerEm
        except (AttributeError, KeyError, IndexError):
            pass
        _glyph_tops[key] = top
    return top
