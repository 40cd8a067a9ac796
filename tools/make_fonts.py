#!/usr/bin/env python3
"""Build the bundled CJK fallback fonts in resources/fonts/.

Produces TrueType-outline (glyf) fonts usable by reportlab (which cannot embed
CFF/OpenType-PS fonts) and by Qt:

    ZFSong-Regular.ttf  <- Noto Serif CJK SC Regular   (宋体, also 仿宋 stand-in)
    ZFHei-Regular.ttf   <- Noto Sans CJK SC Regular    (黑体, UI font)
    ZFKai-Regular.ttf   <- LXGW WenKai Regular         (楷体)

Each font is subset to the Unicode ranges in RANGES below, hinting is dropped,
the Noto CFF outlines are converted to quadratic TrueType outlines (cu2qu,
max error MAX_ERR font units), and the families are renamed so that they never
collide with installed system fonts (and so that no Reserved Font Name is
used: LXGW WenKai reserves "LXGW" and "霞鹜").  Copyright and licence name
records (IDs 0, 13, 14) are kept; ID 5 and ID 10 note the modification.

Requirements: Python 3 with fontTools (tested with fonttools==4.68.0) and the
Debian packages fonts-noto-cjk and fonts-lxgw-wenkai (or pass other paths).

Usage:
    python tools/make_fonts.py [--out resources/fonts] [--ext-a]
        [--noto-serif PATH.ttc] [--noto-sans PATH.ttc] [--wenkai PATH.ttf]

The output is deterministic for given inputs and fontTools version
(head.created/modified are pinned, see FIXED_TIMESTAMP).
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import time

from fontTools import subset
from fontTools.pens.boundsPen import BoundsPen
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.transformPen import TransformPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTCollection, TTFont, newTable

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_OUT = os.path.normpath(os.path.join(HERE, "..", "resources", "fonts"))

NOTO_SERIF = "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc"
NOTO_SANS = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
WENKAI = "/usr/share/fonts/truetype/lxgw-wenkai/LXGWWenKai-Regular.ttf"

MAX_ERR = 1.0  # cu2qu approximation error, font units (UPM 1000)
# 2024-01-01 00:00:00 UTC as seconds since 1904-01-01 (OpenType epoch)
FIXED_TIMESTAMP = 3786912000

# (first, last) inclusive code point ranges kept in every font.
RANGES = [
    (0x0020, 0x007E),  # Basic Latin
    (0x00A0, 0x00FF),  # Latin-1 Supplement
    (0x02C6, 0x02C7),  # ˆ ˇ (pinyin tone marks)
    (0x02C9, 0x02CB),  # ˉ ˊ ˋ
    (0x02D9, 0x02D9),  # ˙
    (0x0391, 0x03C9),  # basic Greek (α β γ … used in formulas / lists)
    (0x0401, 0x0451),  # basic Cyrillic (present in GB 2312)
    (0x2000, 0x206F),  # General Punctuation (incl. 2014/2015 dashes, … “ ” ‘ ’)
    (0x2100, 0x2BFF),  # Letterlike, Number Forms, Arrows, Math, Tech, Enclosed
                       # alphanumerics, Box drawing, Shapes, Misc symbols,
                       # Dingbats, Misc arrows
    (0x3000, 0x303F),  # CJK Symbols and Punctuation
    (0x3200, 0x33FF),  # Enclosed CJK letters/months, CJK Compatibility (㈠ ㊀ ㎡)
    (0x4E00, 0x9FFF),  # CJK Unified Ideographs (all)
    (0xF900, 0xFAFF),  # CJK Compatibility Ideographs
    (0xFE10, 0xFE1F),  # Vertical forms
    (0xFE30, 0xFE4F),  # CJK Compatibility Forms (﹏ etc.)
    (0xFE50, 0xFE6F),  # Small Form Variants
    (0xFF00, 0xFFEF),  # Halfwidth and Fullwidth Forms
]
LAYOUT_FEATURES = ["ccmp", "kern", "palt", "halt", "vert", "vrt2", "vkrn",
                   "vpal", "vhal"]

# CJK Extension A: rare personal-name characters such as 䶮 (U+4DAE).
# Off by default to stay near 10-12 MB per font; enable with --ext-a.
EXT_A = (0x3400, 0x4DBF)

# output family -> upstream family (name ID 1 of the source face)
FAMILIES = {
    "ZFSong": "Noto Serif CJK SC",
    "ZFHei": "Noto Sans CJK SC",
    "ZFKai": "LXGW WenKai",
}


def log(msg: str) -> None:
    print(msg, flush=True)


def unicodes_for(font: TTFont, ranges) -> list[int]:
    cmap = font.getBestCmap()
    wanted = []
    for lo, hi in ranges:
        wanted.extend(u for u in range(lo, hi + 1) if u in cmap)
    return sorted(set(wanted))


def load_face(path: str, family: str) -> TTFont:
    """Return the face whose name ID 1 (Windows English) equals `family`."""
    if path.lower().endswith((".ttc", ".otc")):
        coll = TTCollection(path)
        for face in coll.fonts:
            if face["name"].getName(1, 3, 1, 0x409) and \
                    face["name"].getName(1, 3, 1, 0x409).toUnicode() == family:
                return face
        names = [f["name"].getDebugName(1) for f in coll.fonts]
        raise SystemExit(f"{path}: no face named {family!r} (have {names})")
    font = TTFont(path)
    got = font["name"].getDebugName(1)
    if got != family:
        raise SystemExit(f"{path}: expected family {family!r}, got {got!r}")
    return font


def do_subset(font: TTFont, unicodes: list[int]) -> None:
    opts = subset.Options()
    opts.hinting = False           # drop TT instructions / CFF hints
    opts.desubroutinize = True     # simpler CFF, conversion is per glyph anyway
    opts.glyph_names = False
    opts.notdef_outline = True
    opts.name_IDs = ["*"]          # keep all; we rewrite the naming below
    opts.name_languages = ["*"]
    opts.name_legacy = True
    # Only features that do not drag in thousands of alternates: the SC faces'
    # locl/aalt/fwid/pwid/trad/jp* lookups would add ~18k JP/KR/TC variant
    # glyphs (+60% size). Vertical forms and CJK spacing/kerning are kept.
    opts.layout_features = LAYOUT_FEATURES
    opts.prune_unicode_ranges = True
    opts.drop_tables += ["VORG", "DSIG", "gasp", "hdmx", "LTSH", "VDMX"]
    sub = subset.Subsetter(opts)
    sub.populate(unicodes=unicodes)
    sub.subset(font)


def cff_to_ttf(font: TTFont, max_err: float = MAX_ERR) -> None:
    """Convert CFF outlines to quadratic glyf (fontTools otf2ttf recipe)."""
    assert "CFF " in font, "not a CFF font"
    glyph_order = font.getGlyphOrder()
    glyph_set = font.getGlyphSet()
    quad = {}
    for name in glyph_order:
        tt_pen = TTGlyphPen(glyph_set)
        # CFF contours are counter-clockwise; TrueType wants clockwise.
        glyph_set[name].draw(Cu2QuPen(tt_pen, max_err, reverse_direction=True))
        quad[name] = tt_pen.glyph()

    font["loca"] = newTable("loca")
    glyf = font["glyf"] = newTable("glyf")
    glyf.glyphOrder = glyph_order
    glyf.glyphs = quad
    del font["CFF "]
    if "VORG" in font:
        del font["VORG"]
    glyf.compile(font)

    hmtx = font["hmtx"]
    for name, g in glyf.glyphs.items():
        if hasattr(g, "xMin"):
            hmtx[name] = (hmtx[name][0], g.xMin)

    maxp = font["maxp"] = newTable("maxp")
    maxp.tableVersion = 0x00010000
    maxp.maxZones = 1
    maxp.maxTwilightPoints = 0
    maxp.maxStorage = 0
    maxp.maxFunctionDefs = 0
    maxp.maxInstructionDefs = 0
    maxp.maxStackElements = 0
    maxp.maxSizeOfInstructions = 0
    maxp.maxComponentElements = max(
        (len(getattr(g, "components", None) or []) for g in glyf.glyphs.values()),
        default=0)
    maxp.compile(font)  # recalculates the remaining fields

    post = font["post"]
    post.formatType = 3.0  # no glyph names: smallest, fine for PDF and Qt
    post.extraNames = []
    post.mapping = {}
    font["head"].glyphDataFormat = 0
    font.sfntVersion = "\x00\x01\x00\x00"


def add_ballot_boxes(font: TTFont) -> list[str]:
    """Add ☐ ☑ ☒ (U+2610-2612) where the source lacks them.

    None of the sources has ☐/☑ (LXGW WenKai has ☒), yet they are common in
    Chinese forms. ☐ maps to the font's own □ (U+25A1) glyph; ☑/☒ are new
    glyphs drawn from the font's own □ plus a scaled ✓ (U+2713) / × (U+00D7),
    decomposed into plain quadratic outlines.
    """
    cmap = font.getBestCmap()
    box = cmap.get(0x25A1)
    if box is None:
        return []
    added = []
    glyph_set = font.getGlyphSet()
    glyf = font["glyf"]
    hmtx = font["hmtx"]
    vmtx = font["vmtx"] if "vmtx" in font else None
    new_map = {}
    if 0x2610 not in cmap:
        new_map[0x2610] = box
        added.append("\u2610")

    bp = BoundsPen(glyph_set)
    glyph_set[box].draw(bp)
    bx0, by0, bx1, by1 = bp.bounds
    order = list(font.getGlyphOrder())
    for code, mark_cp, frac in ((0x2611, 0x2713, 0.78), (0x2612, 0x00D7, 0.62)):
        if code in cmap or mark_cp not in cmap:
            continue
        mark = cmap[mark_cp]
        mp = BoundsPen(glyph_set)
        glyph_set[mark].draw(mp)
        mx0, my0, mx1, my1 = mp.bounds
        scale = frac * min((bx1 - bx0) / (mx1 - mx0), (by1 - by0) / (my1 - my0))
        dx = (bx0 + bx1) / 2 - scale * (mx0 + mx1) / 2
        dy = (by0 + by1) / 2 - scale * (my0 + my1) / 2
        pen = TTGlyphPen(None)
        glyph_set[box].draw(pen)
        glyph_set[mark].draw(TransformPen(pen, (scale, 0, 0, scale, dx, dy)))
        gname = "uni%04X" % code
        glyph = pen.glyph()
        order.append(gname)
        glyf.glyphs[gname] = glyph
        hmtx.metrics[gname] = hmtx[box]
        if vmtx is not None:
            vmtx.metrics[gname] = vmtx[box]
        new_map[code] = gname
        added.append(chr(code))
    font.setGlyphOrder(order)
    glyf.glyphOrder = order
    for name in order:  # recompute bounds of the new glyphs
        if name in new_map.values() and name != box:
            glyf[name].recalcBounds(glyf)
            hmtx.metrics[name] = (hmtx[name][0], glyf[name].xMin)
    for table in font["cmap"].tables:
        if table.isUnicode():
            for code, gname in new_map.items():
                table.cmap.setdefault(code, gname)
    return added


def strip_hints_tt(font: TTFont) -> None:
    for tag in ("fpgm", "prep", "cvt ", "hdmx", "VDMX", "LTSH"):
        if tag in font:
            del font[tag]


def add_gasp(font: TTFont) -> None:
    gasp = font["gasp"] = newTable("gasp")
    gasp.version = 1
    gasp.gaspRange = {0xFFFF: 0x000A}  # unhinted: smoothing + symmetric smoothing


def rename(font: TTFont, family: str, upstream: str, changes: str) -> None:
    name = font["name"]
    upstream_version = (name.getDebugName(5) or "").split(";")[0].strip()
    m = re.match(r"Version (\d+\.\d+)", upstream_version)
    ver = m.group(1) if m else "%.3f" % font["head"].fontRevision
    keep = {0, 8, 9, 11, 12, 13, 14}  # copyright, designers/vendors, licence
    name.names = [r for r in name.names
                  if r.nameID in keep and r.platformID == 3]
    ps = f"{family}-Regular"
    note = (f"Modified Version of {upstream} ({upstream_version}): "
            f"{changes}; renamed. "
            f"Licensed under the SIL Open Font License, Version 1.1.")
    new = {
        1: family,
        2: "Regular",
        3: f"{ver};{ps};subset",
        4: f"{family} Regular",
        5: f"Version {ver}; modified subset of {upstream} under OFL 1.1",
        6: ps,
        10: note,
        16: family,
        17: "Regular",
    }
    for nid, text in new.items():
        name.setName(text, nid, 3, 1, 0x409)
    # Make sure copyright/licence also exist if the source lacked Windows ones.
    for nid in (0, 13, 14):
        if name.getName(nid, 3, 1, 0x409) is None:
            raise SystemExit(f"{family}: source lacks name ID {nid}")

    os2 = font["OS/2"]
    os2.achVendID = "NONE"
    os2.fsType = 0  # installable embedding (as in the sources)
    head = font["head"]
    head.created = head.modified = FIXED_TIMESTAMP


def build(src_path: str, upstream: str, family: str, out_dir: str,
          ranges) -> str:
    t0 = time.time()
    font = load_face(src_path, upstream)
    unis = unicodes_for(font, ranges)
    log(f"[{family}] {upstream}: keeping {len(unis)} code points")
    do_subset(font, unis)
    changes = ["subset to selected Unicode ranges", "hinting removed"]
    if "CFF " in font:
        changes.append("CFF outlines converted to TrueType")
        log(f"[{family}] converting {len(font.getGlyphOrder())} CFF glyphs "
            f"to TrueType (max_err={MAX_ERR})")
        cff_to_ttf(font)
    else:
        font["post"].formatType = 3.0
        font["post"].extraNames = []
        font["post"].mapping = {}
    added = add_ballot_boxes(font)
    if added:
        log(f"[{family}] added {' '.join(added)} (built from □ ✓ ×)")
        changes.append("added " + " ".join(added))
    strip_hints_tt(font)
    add_gasp(font)
    rename(font, family, upstream, ", ".join(changes))
    out = os.path.join(out_dir, f"{family}-Regular.ttf")
    font.recalcTimestamp = False  # keep FIXED_TIMESTAMP: reproducible output
    font.save(out, reorderTables=True)
    # round-trip check
    TTFont(out)["glyf"]
    size = os.path.getsize(out)
    log(f"[{family}] wrote {out}: {size / 1e6:.2f} MB, "
        f"{len(font.getGlyphOrder())} glyphs, {time.time() - t0:.0f}s")
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", default=DEFAULT_OUT)
    ap.add_argument("--noto-serif", default=NOTO_SERIF)
    ap.add_argument("--noto-sans", default=NOTO_SANS)
    ap.add_argument("--wenkai", default=WENKAI)
    ap.add_argument("--ext-a", action="store_true",
                    help="also keep CJK Extension A (U+3400-4DBF, e.g. 䶮); "
                         "adds ~3.1 MB to ZFSong, ~2.3 MB to ZFHei, ~0.3 MB to ZFKai")
    ap.add_argument("--only", choices=sorted(FAMILIES),
                    help="build just one family")
    args = ap.parse_args(argv)

    ranges = list(RANGES)
    if args.ext_a:
        ranges.append(EXT_A)
    os.makedirs(args.out, exist_ok=True)
    jobs = [
        (args.noto_serif, "Noto Serif CJK SC", "ZFSong"),
        (args.noto_sans, "Noto Sans CJK SC", "ZFHei"),
        (args.wenkai, "LXGW WenKai", "ZFKai"),
    ]
    for src, upstream, family in jobs:
        if args.only and family != args.only:
            continue
        build(src, upstream, family, args.out, ranges)
    return 0


if __name__ == "__main__":
    sys.exit(main())
