"""The safety layer's tables (schema version 6): the append-only audit log and the accounts."""
from __future__ import annotations

import peewee as pw

from app.safety import models


def _create(db: pw.Database) -> None:
    db.create_tables(models.MODELS, safe=True)
    # The log is append-only for everyone, whatever program opens the file.
    for event in ("UPDATE", "DELETE"):
        db.execute_sql(
            f"CREATE TRIGGER IF NOT EXISTS audit_log_no_{event.lower()} BEFORE {event} ON audit_log "
            "BEGIN SELECT RAISE(ABORT, 'jz_append_only: 操作日志只能追加'); END")


MIGRATIONS = [(6, "操作日志与账户", _create)]
