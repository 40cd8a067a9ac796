"""What leaves the feedback core: the 整改清单 and the overdue list (PDF), a 回复函 (PDF) and the ledger workbook
(Excel). Each fetches its records from the service, builds the document and records the print or export in the
audit log. The ledger holds no talk content or ID numbers, so every reader may print and export it (no
permission beyond reading is asked); the audit line names the file and the count, never a suggestion's text.
The tab and the command line call these."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from app.feedback._common import today
from app.feedback.ledger import ledger_rows, overdue_rows, suggestion_rows
from app.feedback.replies import letter_recipient
from app.jobs import Progress
from app.safety import audit

TABLE = "suggestion"


def _scope(unit: str | None, status: str | None = None) -> str:
    parts = [f"责任单位：{unit}" if unit else "", f"状态：{status}" if status else ""]
    text = "，".join(p for p in parts if p)
    return f"，{text}" if text else ""


def print_ledger(out: Path | str, *, unit: str | None = None, status: str | None = None,
                 on: dt.date | None = None) -> int:
    """The 整改清单 PDF, filtered by unit (full or short name) and status. Returns the number of items listed."""
    from app.feedback.documents.ledger import build_ledger

    on = on or today()
    rows = ledger_rows(unit=unit, status=status, on=on)
    build_ledger(out, rows, on=on, unit=unit, status=status)
    audit.record_event("print", f"打印整改清单（{len(rows)}条{_scope(unit, status)}）到 {out}", table=TABLE)
    return len(rows)


def print_overdue(out: Path | str, *, unit: str | None = None, on: dt.date | None = None) -> int:
    """The overdue list PDF (deadline passed, not closed), by unit. Returns the number of overdue items."""
    from app.feedback.documents.overdue import build_overdue_list

    on = on or today()
    rows = overdue_rows(unit=unit, on=on)
    build_overdue_list(out, rows, on=on)
    audit.record_event("print", f"打印整改逾期清单（{len(rows)}条{_scope(unit)}）到 {out}", table=TABLE)
    return len(rows)


def print_reply_letter(out: Path | str, suggestion_id: int, *, recipient_id: int | None = None,
                       on: dt.date | None = None) -> Path:
    """The 回复函 to one submitter of a suggestion (its own, or one of the items merged into it), dated `on`,
    else the day of the reply, else today."""
    from app.feedback.documents.reply import build_reply_letter

    row, recipient = letter_recipient(suggestion_id, recipient_id)
    build_reply_letter(out, row, recipient, on=on or row.reply_on or today())
    audit.record_event("print", f"打印 {row.code} 的回复函到 {out}", table=TABLE, label=row.code)
    return Path(out)


def export_ledger(path: Path | str, *, unit: str | None = None, status: str | None = None,
                  on: dt.date | None = None, progress: Progress | None = None) -> int:
    """The ledger workbook (整改清单, 按单位汇总, 已合并条目). Returns the number of items listed."""
    from app.feedback.documents.excel import write_ledger

    on = on or today()
    rows = ledger_rows(unit=unit, status=status, on=on)
    merged = [r for r in suggestion_rows(on=on) if r.merged]
    write_ledger(path, rows, merged, on=on, unit=unit, status=status, progress=progress)
    audit.record_event("export", f"导出整改清单（{len(rows)}条{_scope(unit, status)}）到 {path}", table=TABLE)
    return len(rows)
