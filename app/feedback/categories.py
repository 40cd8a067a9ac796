"""The suggestion categories (the 六大顽瘴痼疾 first, then the general ones; the office edits the list) and the
编号 of suggestions: a configurable prefix, then the year and a running number (ZG-2021-001)."""
from __future__ import annotations

import re
from dataclasses import dataclass

import peewee as pw

from app import events
from app.common.safe_text import clean_text
from app.errors import Conflict, NotFound, ValidationError
from app.feedback._common import TOPIC
from app.feedback.models import FeedbackCategory, Suggestion
from app.store import campaign
from app.store.base import now
from app.store.db import database

DEFAULT_CODE_PREFIX = campaign.DEFAULT_CODE_PREFIX


def categories() -> list[str]:
    return [c.name for c in FeedbackCategory.select(FeedbackCategory.name)
            .order_by(FeedbackCategory.sort_order, FeedbackCategory.id)]


def major_categories() -> list[str]:
    return [c.name for c in FeedbackCategory.select(FeedbackCategory.name).where(FeedbackCategory.major)
            .order_by(FeedbackCategory.sort_order, FeedbackCategory.id)]


@dataclass(frozen=True)
class CategoryRow:
    id: int
    name: str
    major: bool
    used: int


def category_rows() -> list[CategoryRow]:
    used = dict(Suggestion.select(Suggestion.category, pw.fn.COUNT(Suggestion.id))
                .where(Suggestion.deleted_at.is_null()).group_by(Suggestion.category).tuples())
    return [CategoryRow(c.id, c.name, c.major, used.get(c.name, 0))
            for c in FeedbackCategory.select().order_by(FeedbackCategory.sort_order, FeedbackCategory.id)]


def _category_name(name: str) -> str:
    name = clean_text(name, 40, "类别名称")
    if not name:
        raise ValidationError("类别名称", "不能为空")
    return name


def add_category(name: str, major: bool = False) -> FeedbackCategory:
    name = _category_name(name)
    with database.atomic():
        if FeedbackCategory.get_or_none(FeedbackCategory.name == name):
            raise Conflict(f"类别名称：“{name}”已存在")
        order = (FeedbackCategory.select(pw.fn.MAX(FeedbackCategory.sort_order)).scalar() or 0) + 1
        category = FeedbackCategory.create(name=name, major=major, sort_order=order)
    events.changed(TOPIC)
    return category


def rename_category(old: str, new: str) -> None:
    """Rename a category; suggestions filed under it follow."""
    new = _category_name(new)
    with database.atomic():
        category = FeedbackCategory.get_or_none(FeedbackCategory.name == old)
        if category is None:
            raise NotFound(f"类别“{old}”已不存在，请刷新后再试。")
        if new == old:
            return
        if FeedbackCategory.get_or_none(FeedbackCategory.name == new):
            raise Conflict(f"类别名称：“{new}”已存在")
        category.name = new
        category.save()
        Suggestion.update(category=new, updated_at=now()).where(Suggestion.category == old).execute()
    events.changed(TOPIC)


def set_category_major(name: str, major: bool) -> None:
    with database.atomic():
        FeedbackCategory.update(major=major, updated_at=now()).where(FeedbackCategory.name == name).execute()
    events.changed(TOPIC)


def remove_category(name: str) -> None:
    with database.atomic():
        used = Suggestion.select().where(Suggestion.category == name).count()
        if used:
            raise Conflict(f"类别“{name}”下还有 {used} 条意见建议，不能删除；可以改名，或先把这些意见建议改到其他类别。")
        FeedbackCategory.delete().where(FeedbackCategory.name == name).execute()
    events.changed(TOPIC)


def move_category(name: str, delta: int) -> None:
    """Move a category up (delta -1) or down (+1) in the list."""
    with database.atomic():
        ordered = list(FeedbackCategory.select().order_by(FeedbackCategory.sort_order, FeedbackCategory.id))
        index = next((i for i, c in enumerate(ordered) if c.name == name), None)
        if index is None:
            raise NotFound(f"类别“{name}”已不存在，请刷新后再试。")
        other = index + delta
        if not 0 <= other < len(ordered):
            return
        ordered[index], ordered[other] = ordered[other], ordered[index]
        for order, category in enumerate(ordered, start=1):
            if category.sort_order != order:
                category.sort_order = order
                category.save()
    events.changed(TOPIC)


def code_prefix() -> str:
    return campaign.current().feedback_code_prefix


_PREFIX_RE = re.compile(r"^[A-Za-z0-9\u4e00-\u9fff]{1,10}$")


def set_code_prefix(prefix: str) -> None:
    prefix = (prefix or "").strip()
    if not _PREFIX_RE.match(prefix):
        raise ValidationError("编号前缀", "应为 1–10 个字母、数字或汉字（如 ZG、整改），不含空格和符号")
    campaign.save({"code_prefix": prefix})  # the campaign settings' 整改编号前缀
    events.changed(TOPIC)


def next_code(year: int, prefix: str | None = None) -> str:
    """The next free 编号 for a year: ZG-2021-001, ZG-2021-002 … (numbers of deleted items are not reused)."""
    prefix = prefix or code_prefix()
    head = f"{prefix}-{year}-"
    highest = 0
    for (code,) in Suggestion.select(Suggestion.code).where(Suggestion.code.startswith(head)).tuples():
        tail = code[len(head):]
        if tail.isdigit():
            highest = max(highest, int(tail))
    return f"{head}{highest + 1:03d}"
