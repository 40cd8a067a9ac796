"""What every section of the talks feature shares: the content permission, text limits, the 单位/部门/职务
text of a form, chunked inserts, and dates and times as clerks type them.

Talk content (main content, problems, suggestions) is confidential: it is never logged, never put in an
error message, and callers ask `access.can(access.TALK_CONTENT)` before showing or printing it. The
functions that return content take `include_content` and refuse it without that permission
(`require_content_access`).

The sections, lowest first (each imports only the ones before it):
    rounds      rounds and their frozen 应谈 lists
    follow_ups  follow-up items (后续事项) and their list
    records     validated talk records and the people present
    listing     records read out: the records list, the records a printed form shows
    coverage    coverage per round and unit, 未谈名单, the "一级谈一级" cascade
    people      people for the pickers, the talker the cascade suggests, a unit by name
    snippets    the office's reusable wording (常用语)
    figures     the feature's figures for `stats --json`
Above them: documents/ (PDF builders), outputs (printing, with the permission check and the audit log),
demo, feature (hooks and commands).
"""
from __future__ import annotations

import datetime as dt
import logging

from app.common import datetext
from app.errors import PermissionDenied
from app.safety import access

# peewee logs every statement with its parameters at DEBUG level, which would copy talk content into any
# debug log. Keep its logger at INFO or above (SQL debugging then needs an explicit, deliberate change).
_peewee_log = logging.getLogger("peewee")
if _peewee_log.level < logging.INFO:  # NOTSET (0) included: it would inherit a DEBUG root
    _peewee_log.setLevel(logging.INFO)

MAX_LINE = 200
MAX_TEXT = 10000
INSERT_CHUNK = 300  # rows per insert_many (SQLite's variable limit)


class AccessDenied(PermissionDenied):
    """Talk content asked for without TALK_CONTENT: a refusal like every other permission's."""


def require_content_access() -> None:
    if not access.can(access.TALK_CONTENT):
        raise AccessDenied("当前账户无权查看或打印谈话内容。")


def chunks(rows: list, size: int = INSERT_CHUNK):
    for start in range(0, len(rows), size):
        yield rows[start:start + size]


def unit_label(unit_name: str, short_name: str) -> str:
    return short_name or unit_name


def officer_post_text(unit: str, department: str, post: str) -> str:
    """单位/部门/职务 as it reads on a form: 县法院 刑事审判庭 庭长."""
    return " ".join(part for part in (unit, department, post) if part)


# ================================================================ typed dates and times

def parse_date(text: str) -> dt.date | None:
    """A date as clerks type it: 2021-6-30, 2021/6/30, 2021.6.30, 2021年6月30日, 20210630 (read by
    app.common.datetext; a month alone is not a day). Empty → None. Raises ValueError with a Chinese message."""
    try:
        parsed = datetext.parse_text(text or "")
    except ValueError:
        parsed = False
    if parsed is None:
        return None
    if parsed is False or parsed.precision != "day":
        raise ValueError(f"“{(text or '').strip()}”不是有效日期（示例：2021-6-30）")
    return parsed.date


def parse_time(text: str) -> dt.time | None:
    """15:30, 15：30, 1530, 15点30, 15点. Empty → None. Raises ValueError with a Chinese message."""
    value = (text or "").strip().replace("：", ":").replace("点", ":").replace("分", "").rstrip(":")
    if not value:
        return None
    try:
        if ":" in value:
            hour, minute = value.split(":", 1)
            return dt.time(int(hour), int(minute or 0))
        if value.isdigit() and len(value) in (3, 4):
            return dt.time(int(value[:-2]), int(value[-2:]))
        if value.isdigit() and len(value) <= 2:
            return dt.time(int(value), 0)
    except ValueError:
        pass
    raise ValueError(f"“{text.strip()}”不是有效时间（示例：15:30）")
