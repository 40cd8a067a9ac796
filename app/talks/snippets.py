"""Snippets (常用语): reusable wording the office inserts into a record, with the defaults a new database
gets (schema.py installs them)."""
from __future__ import annotations

from dataclasses import dataclass

import peewee as pw

from app import events
from app.errors import NotFound, ValidationError, ValidationErrors
from app.events import Topic
from app.store.base import now
from app.store.db import database
from app.talks.models import SNIPPET_FIELDS, TalkSnippet


DEFAULT_SNIPPETS = [
    ("谈话主题", "思想动员", "教育整顿思想动员"),
    ("谈话主题", "宽严政策", "“自查从宽、被查从严”政策宣讲"),
    ("谈话主题", "三个规定", "执行防止干预司法“三个规定”情况"),
    ("主要内容", "政策宣讲",
     "传达学习政法队伍教育整顿有关要求，宣讲“自查从宽、被查从严”政策，引导其如实填报个人自查事项。"),
    ("主要内容", "了解思想",
     "了解其近期思想、工作和家庭情况，听取其对本单位教育整顿工作的意见建议。"),
    ("主要内容", "三个规定",
     "结合岗位职责，提醒其严格执行防止干预司法“三个规定”，对过问、干预案件的情况做到逢问必录。"),
    ("反映的问题", "无问题", "本人表示没有需要说明的问题。"),
    ("反映的问题", "工学矛盾", "反映案件数量多、人员少，工学矛盾较为突出。"),
    ("意见建议", "业务培训", "建议加强执法办案业务培训，提升干警履职能力。"),
    ("意见建议", "关爱机制", "建议进一步完善干警关爱帮扶机制，落实休假制度。"),
    ("后续事项", "自查表", "一周内如实填报个人自查事项报告表"),
]


def install_default_snippets() -> None:
    if TalkSnippet.select().exists():
        return
    for order, (field_name, title, text) in enumerate(DEFAULT_SNIPPETS):
        TalkSnippet.create(field=field_name, title=title, text=text, sort_order=order)


@dataclass(frozen=True)
class SnippetRow:
    id: int
    field: str
    title: str
    text: str


def snippets(field_name: str | None = None) -> list[SnippetRow]:
    query = TalkSnippet.select().order_by(TalkSnippet.sort_order, TalkSnippet.id)
    if field_name:
        query = query.where(TalkSnippet.field == field_name)
    return [SnippetRow(s.id, s.field, s.title, s.text) for s in query]


def _validate_snippet(field_name: str, title: str, text: str) -> tuple[str, str, str]:
    errors = []
    title, text = (title or "").strip(), (text or "").strip()
    if field_name not in SNIPPET_FIELDS:
        errors.append(ValidationError("用于", f"请选择{'、'.join(SNIPPET_FIELDS)}之一"))
    if not title:
        errors.append(ValidationError("名称", "不能为空"))
    elif len(title) > 40:
        errors.append(ValidationError("名称", "过长（最多40字）"))
    if not text:
        errors.append(ValidationError("文字", "不能为空"))
    elif len(text) > 2000:
        errors.append(ValidationError("文字", "过长（最多2000字）"))
    if errors:
        raise ValidationErrors(errors)
    return field_name, title, text


def save_snippet(snippet_id: int | None, field_name: str, title: str, text: str) -> int:
    field_name, title, text = _validate_snippet(field_name, title, text)
    with database.atomic():
        if snippet_id is None:
            order = (TalkSnippet.select(pw.fn.MAX(TalkSnippet.sort_order)).scalar() or 0) + 1
            snippet_id = TalkSnippet.create(field=field_name, title=title, text=text, sort_order=order).id
        elif not (TalkSnippet.update(field=field_name, title=title, text=text, updated_at=now())
                  .where(TalkSnippet.id == snippet_id).execute()):
            raise NotFound("该常用语已不存在，请刷新后再试。")
    events.changed(Topic.TALKS)
    return snippet_id


def delete_snippet(snippet_id: int) -> None:
    with database.atomic():
        TalkSnippet.delete().where(TalkSnippet.id == snippet_id).execute()
    events.changed(Topic.TALKS)
