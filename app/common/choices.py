"""A value picked from a fixed list (a combo box's text, an Excel cell, a command-line option), checked with
a Chinese message naming the field and the allowed values."""
from __future__ import annotations

from app.errors import ValidationError


def choice(value: str, options: tuple, label: str, errors: list, *, required: bool = True) -> str:
    """`value` stripped; an empty one (when required) or one not in `options` adds an error to `errors`."""
    value = (value or "").strip()
    if not value:
        if required:
            errors.append(ValidationError(label, "必须选择"))
        return ""
    if value not in options:
        errors.append(ValidationError(label, f"“{value}”不在可选值中（{'、'.join(options)}）"))
    return value
