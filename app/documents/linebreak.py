"""Line breaking on the character grid: tokens (one per CJK character, one per run of Latin letters and
digits), their widths, and the 避头尾 rules (no closing punctuation at a line start, no opening one at
a line end). Laying out 736 pledges repeats the same clauses hundreds of times, so widths, tokens and
whole line breaks are cached (bounded; cleared when full)."""
from __future__ import annotations

import re

from reportlab.pdfbase.pdfmetrics import stringWidth

from app.documents import fonts

NO_LINE_START = set("，。、；：？！）】》」』〉”’…—·%‰,.;:?!)]}℃")
NO_LINE_END = set("（【《「『〈“‘([{")
_LATIN_RUN = re.compile(r"[A-Za-z0-9_.\-/:@%+#&]+|\s|.", re.S)

_CACHE_LIMIT = 20000
_width_cache: dict[tuple[str, str, float], float] = {}
_token_cache: dict[tuple[str, str, float], tuple] = {}
_break_cache: dict[tuple, list] = {}


def is_full_width(ch: str) -> bool:
    return ord(ch) > 0x2E7F  # CJK and full-width forms: exactly one grid cell


def token_width(token: str, font: str, size: float) -> float:
    """Advance of a token (one CJK character, or a Latin/number run) without grid spacing."""
    key = (token, font, size)
    width = _width_cache.get(key)
    if width is None:
        width = float(size) if len(token) == 1 and is_full_width(token) else stringWidth(token, font, size)
        if len(_width_cache) > _CACHE_LIMIT:
            _width_cache.clear()
        _width_cache[key] = width
    return width


_char_tokens: dict[tuple[str, float], dict[str, tuple]] = {}


def char_token(ch: str, font: str, size: float) -> tuple:
    table = _char_tokens.setdefault((font, size), {})
    token = table.get(ch)
    if token is None:
        if ch == "\n":
            token = ("\n", font, 0.0)
        else:
            token_font = font
            if ord(ch) > 0x7F and not ch.isspace():
                token_font = fonts.font_for_char(ch, font)
            token = (ch, token_font, token_width(ch, token_font, size))
        table[ch] = token
    return token


def tokenize(text: str, font: str, size: float) -> tuple:
    """(text, font, width) tokens of one run. A character the run's font lacks takes the first role
    font (or the bundled font of the same role) that has it, so names with rare characters never
    print as empty boxes."""
    key = (text, font, size)
    tokens = _token_cache.get(key)
    if tokens is not None:
        return tokens
    if "\r" in text:
        text = text.replace("\r", "")
    result = []
    for match in _LATIN_RUN.finditer(text):
        token = match.group(0)
        if len(token) == 1:
            result.append(char_token(token, font, size))
        else:
            result.append((token, font, token_width(token, font, size)))
    tokens = tuple(result)
    if len(_token_cache) > _CACHE_LIMIT:
        _token_cache.clear()
    _token_cache[key] = tokens
    return tokens


def cached_break(paragraph, avail: float) -> list:
    """`paragraph._break(avail)`, cached: a layout.GridParagraph."""
    st = paragraph.style  # line breaks do not depend on leading or spacing: denser grids reuse them
    key = (type(paragraph).__name__, tuple(paragraph.runs), st.size, st.pitch, st.first_indent, st.left_indent,
           st.right_indent, round(avail, 3))
    lines = _break_cache.get(key)
    if lines is None:
        lines = paragraph._break(avail)
        if len(_break_cache) > _CACHE_LIMIT // 4:
            _break_cache.clear()
        _break_cache[key] = lines
    return lines




def break_text(text: str, font: str, size: float, width: float) -> list[str]:
    """Plain text (a table cell's) broken into lines no wider than `width`, measured as reportlab's
    Paragraph measures them, with the 避头尾 rules: a closing mark never starts a line (the character before
    it comes down with it), an opening one never ends a line. A Latin run wider than the cell is split;
    explicit line breaks are kept."""
    lines: list[str] = []
    for paragraph in text.replace("\r", "").split("\n"):
        lines += _break_paragraph(paragraph, font, size, width)
    return lines


def _glued_tokens(text: str) -> list[str]:
    """Tokens as `tokenize` finds them, with a no-break space (U+00A0) joining its neighbours into one:
    a blank to fill in such as "（\xa0\xa0\xa0\xa0）" never breaks."""
    tokens: list[str] = []
    glue = False
    for match in _LATIN_RUN.finditer(text):
        token = match.group(0)
        if tokens and (glue or token == "\xa0"):
            tokens[-1] += token
        else:
            tokens.append(token)
        glue = token == "\xa0"
    return tokens


def _break_paragraph(text: str, font: str, size: float, width: float) -> list[str]:
    lines, line, used = [], [], 0.0
    for token in _glued_tokens(text):
        w = stringWidth(token, font, size)
        if not line and token.isspace():
            continue
        if line and used + w > width:
            carry = []
            if token[0] in NO_LINE_START:  # 避头: bring the last character (and the marks before it) down too
                while len(line) > 1 and (not carry or carry[0][0] in NO_LINE_START):
                    carry.insert(0, line.pop())
            while len(line) > 1 and line[-1][-1] in NO_LINE_END:  # 避尾
                carry.insert(0, line.pop())
            lines.append("".join(line).rstrip())
            line = [t for t in carry]
            used = sum(stringWidth(t, font, size) for t in line)
        if not line and w > width and len(token) > 1:  # a run longer than the cell: split it
            for ch in token:
                cw = stringWidth(ch, font, size)
                if line and used + cw > width:
                    lines.append("".join(line))
                    line, used = [], 0.0
                line.append(ch)
                used += cw
            continue
        line.append(token)
        used += w
    lines.append("".join(line).rstrip())
    return lines
