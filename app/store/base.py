"""Common model base: integer key for joins, a stable UUID for merging data between offices."""
from __future__ import annotations

import datetime as dt
import uuid

import peewee as pw

from app.store.db import database


def now() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)


def new_uuid() -> str:
    return str(uuid.uuid4())


class BaseModel(pw.Model):
    uuid = pw.CharField(max_length=36, unique=True, default=new_uuid)
    created_at = pw.DateTimeField(default=now)
    updated_at = pw.DateTimeField(default=now)

    class Meta:
        database = database
        legacy_table_names = False

    def save(self, *args, **kwargs):
        if self._pk is not None:
            self.updated_at = now()
        return super().save(*args, **kwargs)


class TrashableModel(BaseModel):
    """Deleting sets `deleted_at`; the record stays restorable from the trash until purged."""

    deleted_at = pw.DateTimeField(null=True, index=True)

    @classmethod
    def alive(cls):
        return cls.select().where(cls.deleted_at.is_null())

    @classmethod
    def trashed(cls):
        return cls.select().where(cls.deleted_at.is_null(False))

    def move_to_trash(self) -> None:
        """Inside the caller's transaction; the caller announces the change."""
        self.deleted_at = now()
        self.save()


def create_or_update(model: type[pw.Model], values: dict, row_id: int | None, get) -> pw.Model:
    """A new `model` row from checked `values`, or the row `get(row_id)` (which raises NotFound) set to them.
    Runs inside the caller's transaction; the caller announces the change."""
    if row_id is None:
        return model.create(**values)
    row = get(row_id)
    for key, value in values.items():
        setattr(row, key, value)
    row.save()
    return row
