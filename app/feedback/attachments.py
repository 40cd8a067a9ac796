"""Evidence files (photos, scans, PDFs) of a suggestion, kept inside the database so they travel with it."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from app import events
from app.errors import AppError, NotFound, ValidationError, ValidationErrors
from app.feedback._common import TOPIC, get_suggestion, log_step
from app.feedback.models import SuggestionAttachment
from app.feedback.suggestions import status_problems
from app.safety import access
from app.store.db import database

MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024


@dataclass(frozen=True)
class AttachmentRow:
    id: int
    file_name: str
    size: int
    added_by: str
    added_at: dt.datetime


def add_attachment(suggestion_id: int, path: Path | str) -> SuggestionAttachment:
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_ATTACHMENT_BYTES:
            raise ValidationError("佐证材料", f"文件 {path.name} 太大（{size / 1048576:.1f} MB，最多 20 MB）")
        data = path.read_bytes()
    except OSError as exc:
        raise AppError(f"佐证材料：无法读取文件 {path.name}（{exc.strerror or exc}）") from exc
    with database.atomic():
        s = get_suggestion(suggestion_id)
        attachment = SuggestionAttachment.create(suggestion=s, file_name=path.name[:200], size=len(data),
                                                 data=data, added_by=access.current_actor())
        log_step(s, "添加佐证材料", path.name)
    events.changed(TOPIC)
    return attachment


def attachment_rows(suggestion_id: int) -> list[AttachmentRow]:
    query = (SuggestionAttachment.select(SuggestionAttachment.id, SuggestionAttachment.file_name,
                                         SuggestionAttachment.size, SuggestionAttachment.added_by,
                                         SuggestionAttachment.created_at)
             .where(SuggestionAttachment.suggestion == suggestion_id).order_by(SuggestionAttachment.id))
    return [AttachmentRow(a.id, a.file_name, a.size, a.added_by, a.created_at) for a in query]


def attachment_content(attachment_id: int) -> tuple[str, bytes]:
    a = SuggestionAttachment.get_or_none(SuggestionAttachment.id == attachment_id)
    if a is None:
        raise NotFound("该附件已不存在，请刷新后再试。")
    return a.file_name, bytes(a.data)


def remove_attachment(attachment_id: int) -> None:
    with database.atomic():
        a = SuggestionAttachment.get_or_none(SuggestionAttachment.id == attachment_id)
        if a is None:
            raise NotFound("该附件已不存在，请刷新后再试。")
        s = a.suggestion
        a.delete_instance()
        problems = status_problems(s)
        if problems:  # rolls back: a closed item keeps its only evidence
            raise ValidationErrors(problems)
        log_step(s, "删除佐证材料", a.file_name)
    events.changed(TOPIC)
