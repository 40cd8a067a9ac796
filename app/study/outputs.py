"""What leaves the study core: the 会议通知 and the 签到表 of a session.

Each function fetches the session's record from the service, builds the document and records the print in
the audit log. Study documents carry no talk content and no ID numbers, so no permission beyond opening the
database is needed to print them. The tab (off the GUI thread) and the command line call these.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from app.safety import audit
from app.study.documents.notice import NoticeText, build_notice, current_notice, default_notice, validate_notice
from app.study.documents.signin_sheet import build_signin_sheet
from app.study.listing import session_record
from app.study.sessions import save_notice


def notice_text(session_id: int, *, today: dt.date | None = None) -> tuple[NoticeText, bool, bool]:
    """The notice to show for editing: (text, whether it is the user's kept text, whether the session changed
    since it was kept)."""
    return current_notice(session_record(session_id), today=today)


def generated_notice(session_id: int, *, today: dt.date | None = None) -> NoticeText:
    """The notice as generated from the session's details (the kept text left aside)."""
    return default_notice(session_record(session_id), today=today)


def keep_notice(session_id: int, notice: NoticeText) -> None:
    """Keep the user's edited notice with the session, once it is complete and dated before the meeting."""
    validate_notice(notice, session_record(session_id).details.day)
    save_notice(session_id, notice.to_payload())


def print_notice(session_id: int, out: Path | str, notice: NoticeText | None = None) -> Path:
    """The notice PDF: the given text, else the user's kept text, else the generated one."""
    record = session_record(session_id)
    if notice is not None:
        validate_notice(notice, record.details.day)
    path = build_notice(record, out, notice)
    audit.record_event("print", f"生成会议通知（{record.details.title}）：{path}", table="study_session",
                       label=record.details.title)
    return path


def print_signin_sheet(session_id: int, out: Path | str) -> Path:
    record = session_record(session_id)
    path = build_signin_sheet(record, out)
    audit.record_event("print", f"生成签到表（{record.details.title}，应到{record.expected}人）：{path}",
                       table="study_session", label=record.details.title)
    return path
