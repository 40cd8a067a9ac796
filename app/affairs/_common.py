"""What the 会议与选树 service modules share: the change topic, text limits, a choice from a vocabulary, a count,
a period filter, and the look-up of a row by id."""
from __future__ import annotations

import datetime as dt

import peewee as pw

from app.common.choices import choice  # noqa: F401  (the services take it from here)
from app.common.datetext import parse_date  # noqa: F401  (the services take it from here)
from app.errors import NotFound, ValidationError
from app.events import Topic

TOPIC = Topic.AFFAIRS
MAX_LINE = 200
MAX_TEXT = 4000
MAX_COUNT = 1_000_000


def count(value, label: str, errors: list) -> int:
    """A head count: 0 or a positive whole number."""
    try:
        number = value if isinstance(value, int) else int(str(value or 0).strip() or 0)
    except ValueError:
        number = -1
    if not 0 <= number <= MAX_COUNT:
        errors.append(ValidationError(label, f"“{value}”不是有效的人数（应为0或正整数）"))
        return 0
    return number


def in_period(field: pw.Field, since: dt.date | None, until: dt.date | None):
    """A where-clause: the date field within [since, until] (either end open)."""
    clause = field.is_null(False)
    if since is not None:
        clause &= field >= since
    if until is not None:
        clause &= field <= until
    return clause


def get_row(model, row_id: int, what: str):
    row = model.get_or_none(model.id == row_id)
    if row is None:
        raise NotFound(f"该{what}已不存在（可能已被删除），请刷新后再试。")
    return row


def require_text(errors: list, text: str, label: str) -> None:
    if not text and not any(getattr(e, "field", None) == label for e in errors):
        errors.append(ValidationError(label, "必须填写"))
