"""Tables of the safety layer: the append-only audit log and the accounts."""
from __future__ import annotations

import peewee as pw

from app.store.db import database
from app.store.base import BaseModel


class AuditEntry(pw.Model):
    """One recorded action. Rows are only ever inserted (triggers refuse UPDATE and DELETE)."""

    at = pw.CharField(index=True)  # local time, "YYYY-MM-DD HH:MM:SS"
    actor = pw.CharField(default="")
    action = pw.CharField(index=True)  # see app.safety.audit.ACTION_LABELS
    table_name = pw.CharField(default="", index=True)
    record_id = pw.IntegerField(null=True)
    record_uuid = pw.CharField(null=True)
    label = pw.TextField(default="")
    changes = pw.TextField(null=True)  # JSON {"field": [old, new]}
    detail = pw.TextField(default="")

    class Meta:
        database = database
        table_name = "audit_log"


class Account(BaseModel):
    username = pw.CharField(unique=True)
    display_name = pw.CharField(default="")
    role = pw.CharField()
    password_hash = pw.CharField()  # "scrypt$n$r$p$salt$hash", never logged
    can_view_talks = pw.BooleanField(default=False)
    can_view_ids = pw.BooleanField(default=False)
    # 问题线索 (access.CLUES). The column comes with the 查纠整改 schema step (app.rectify.schema).
    can_view_clues = pw.BooleanField(default=False)
    active = pw.BooleanField(default=True)
    last_login = pw.DateTimeField(null=True)

    class Meta:
        table_name = "account"


MODELS = [AuditEntry, Account]
