"""Text from users, files and imports made harmless. Every feature should use these two:

    clean_text(value, limit, field="备注", multiline=False) -> str
        Any value (None, numbers, bytes in UTF-8/GB18030/UTF-16) to clean text: Unicode NFC, no control
        characters (tabs and line breaks kept only when multiline), no lone surrogates, no invisible
        direction overrides that can disguise text, spaces trimmed. Emoji and all CJK stay. Longer than
        `limit` characters raises ValidationError naming the field.
    excel_safe(value) -> value
        For every cell written to .xlsx or .csv: text that a spreadsheet would run as a formula
        (starting with = + - @, a tab or a carriage return, also full-width ＝＋－＠) gets a leading
        apostrophe, so `=cmd|' /C calc'!A0` arrives as text. Other values pass unchanged.
    decode_bytes(data) -> str
        Bytes of unknown encoding (UTF-8 with or without BOM, UTF-16 with BOM, GB18030) to text.
"""
from __future__ import annotations

import unicodedata

from app.errors import ValidationError

# Invisible characters that reorder or hide text (bidi overrides and isolates, BOM inside text).
_INVISIBLE = {"\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069",
              "\ufeff", "\u200e", "\u200f", "\u061c"}
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\n", "＝", "＋", "－", "＠")


def decode_bytes(data: bytes) -> str:
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("gb18030")
    except UnicodeDecodeError:
        return data.decode("utf-8", errors="replace")


def _keep(ch: str, multiline: bool) -> bool:
    if ch in _INVISIBLE:
        return False
    if ch in "\n\t":
        return multiline
    category = unicodedata.category(ch)
    if category == "Cc" or category == "Cs":  # control characters, lone surrogates
        return False
    if category in ("Zl", "Zp"):
        return False
    return True


def clean_text(value, limit: int, field: str = "文本", *, multiline: bool = False) -> str:
    if value is None:
        return ""
    if isinstance(value, (bytes, bytearray)):
        value = decode_bytes(bytes(value))
    elif not isinstance(value, str):
        value = str(value)
    if multiline:
        value = value.replace("\r\n", "\n").replace("\r", "\n")
    else:
        value = value.replace("\r\n", " ").replace("\r", " ").replace("\n", " ").replace("\t", " ")
    value = unicodedata.normalize("NFC", value)
    if not value.isprintable():  # printable text (the usual case) has nothing to drop: no look at each character
        value = "".join(ch for ch in value if _keep(ch, multiline))
    text = value.strip()
    if len(text) > limit:
        raise ValidationError(field, f"过长（{len(text)}字，最多{limit}字）")
    return text


def clean_into(errors: list, value, limit: int, field: str, *, multiline: bool = False) -> str:
    """clean_text for forms that report every bad field at once: a problem is appended to `errors`
    (a list of ValidationError, raised together as ValidationErrors by the caller) instead of raised."""
    try:
        return clean_text(value, limit, field, multiline=multiline)
    except ValidationError as exc:
        errors.append(exc)
        return clean_text(value, 10 ** 9, field, multiline=multiline)


def excel_safe(value):
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value
