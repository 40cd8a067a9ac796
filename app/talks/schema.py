"""The talk records' tables (schema version 4) and the default phrase snippets."""
from __future__ import annotations

import peewee as pw

from app.talks import models
from app.talks.snippets import install_default_snippets


def _create(db: pw.Database) -> None:
    db.create_tables(models.MODELS, safe=True)
    install_default_snippets()


MIGRATIONS = [(4, "谈心谈话", _create)]
