"""The pledges' tables (schema version 2) and the default templates every new file starts with."""
from __future__ import annotations

import peewee as pw

from app.pledges import models
from app.pledges.templates import ensure_default_templates
from app.roster import unit_refs


def _create(db: pw.Database) -> None:
    db.create_tables(models.MODELS, safe=True)
    ensure_default_templates()


MIGRATIONS = [(2, "承诺书签订", _create)]

# An officer's pledge copies the unit's full name; a leader's names their own organisation (not a unit).
unit_refs.register_name_copy(unit_refs.NameCopy("承诺书", models.Pledge.unit, order=models.Pledge.unit_order,
                                                only=(models.Pledge.signer_kind != models.LEADER)))
