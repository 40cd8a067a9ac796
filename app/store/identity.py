"""Which database a file is: its own UUID, kept inside it (the `setting` table, key `database_uuid`).

Backups are filed by this UUID (`app.store.backup`), not by the file's name: two `jiaozheng.db` in different
folders are different databases and never see each other's backups. The UUID is made by schema step 8
(`app.safety.schema`, through `ensure_uuid`) for new and old files alike; a backup or a restored copy
carries the UUID of the database it came from. A file copied by hand keeps its UUID too: it *is* the same
database until the two copies are changed separately (see the report of issue 13).

Files from before step 8 have no UUID; their backups are recognised by `schema_info.created` (the moment
the database was first made, to the second), which every copy and backup of one database shares.
"""
from __future__ import annotations

import uuid as uuid_module
from dataclasses import dataclass
from pathlib import Path

import peewee as pw

UUID_KEY = "database_uuid"


@dataclass(frozen=True)
class Identity:
    uuid: str | None  # None: a file from before schema step 8
    created: str | None  # schema_info.created

    def same_database(self, other: "Identity | None") -> bool:
        """Both UUIDs known: they decide. Otherwise (an old backup) the creation time must match."""
        if other is None:
            return False
        if self.uuid and other.uuid:
            return self.uuid == other.uuid
        return bool(self.created) and self.created == other.created


def ensure_uuid(db: pw.Database) -> str:
    """The database's UUID, made now if the file has none (schema step 8; the `setting` table exists from
    step 1). Returns it."""
    from app.store.settings_model import Setting

    with Setting.bind_ctx(db):
        row = Setting.get_or_none(Setting.key == UUID_KEY)
        if row is not None and row.value:
            return row.value
        value = str(uuid_module.uuid4())
        Setting.insert(key=UUID_KEY, value=value).on_conflict(
            conflict_target=[Setting.key], update={Setting.value: value}).execute()
    return value


def adopt_uuid(conn, value: str) -> None:
    """Give a file from before step 8 (DB-API connection) the UUID of the database it is a backup of; a file
    that has a UUID keeps its own."""
    import datetime as dt

    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()}
    if "setting" not in tables or of_connection(conn).uuid:
        return
    now = dt.datetime.now().strftime("%Y-%m-%d %H:%M:%S")
    with conn:
        conn.execute("INSERT INTO setting (uuid, created_at, updated_at, key, value) VALUES (?, ?, ?, ?, ?)",
                     (str(uuid_module.uuid4()), now, now, UUID_KEY, value))


def of_connection(conn) -> Identity:
    """The identity of a database through a DB-API connection (sqlite3 or SQLCipher, key already set).
    Raises the driver's error when the file cannot be read."""
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()}
    found_uuid = found_created = None
    if "setting" in tables:
        row = conn.execute("SELECT value FROM setting WHERE key = ?", (UUID_KEY,)).fetchone()
        found_uuid = row[0] if row and row[0] else None
    if "schema_info" in tables:
        row = conn.execute("SELECT value FROM schema_info WHERE key = 'created'").fetchone()
        found_created = row[0] if row and row[0] else None
    return Identity(found_uuid, found_created)


def of_open_database() -> Identity | None:
    """The identity of the open database (None when nothing is open)."""
    from app.store.db import database

    if database.obj is None:
        return None
    return of_connection(database.connection())


def of_file(path: Path, passphrase: str | None = None) -> Identity | None:
    """The identity of a closed file, or None when it cannot be read (damaged, other password)."""
    from app.store.db import connect_file, looks_encrypted

    path = Path(path)
    if not path.exists():
        return None
    encrypted = looks_encrypted(path)
    if encrypted and passphrase is None:
        return None
    try:
        conn = connect_file(path, passphrase=passphrase if encrypted else None, read_only=True)
    except Exception:  # sqlite3 / sqlcipher errors alike
        return None
    try:
        return of_connection(conn)
    except Exception:
        return None
    finally:
        conn.close()
