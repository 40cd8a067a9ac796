"""The safety layer's tables: the append-only audit log and the accounts (schema version 6); the database's
own UUID and the audit log's hash chain (version 8)."""
from __future__ import annotations

import peewee as pw

from app.safety import audit, audit_chain, models
from app.store import identity


def _create(db: pw.Database) -> None:
    db.create_tables(models.MODELS, safe=True)
    # The log is append-only for everyone, whatever program opens the file.
    for event in ("UPDATE", "DELETE"):
        db.execute_sql(
            f"CREATE TRIGGER IF NOT EXISTS audit_log_no_{event.lower()} BEFORE {event} ON audit_log "
            "BEGIN SELECT RAISE(ABORT, 'jz_append_only: 操作日志只能追加'); END")


def _identity_and_chain(db: pw.Database) -> None:
    """Backups are filed by the UUID (app.store.identity). The chain starts with the first row written
    after this step: rows from before it are not vouched for after the fact (app.safety.audit_chain)."""
    identity.ensure_uuid(db)
    audit_chain.create(db)


audit.register_table(audit_chain.CHAIN_TABLE, "操作日志校验链")

MIGRATIONS = [(6, "操作日志与账户", _create), (8, "数据库标识与操作日志校验链", _identity_and_chain)]
