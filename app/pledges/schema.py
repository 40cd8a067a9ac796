"""The pledges' tables (schema version 2) and the default templates every new file starts with."""
from __future__ import annotations

import peewee as pw

from app.pledges import models
from app.pledges.templates import ensure_default_templates


def _create(db: pw.Database) -> None:
    db.create_tables(models.MODELS, safe=True)
    ensure_default_templates()


MIGRATIONS = [(2, "承诺书签订", _create)]
