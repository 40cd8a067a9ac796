"""A hash chain over the audit log, so that a row changed, removed or slipped in with another program
(the sqlite3 shell, after dropping the append-only triggers) shows up in 检查数据库.

- Table `audit_chain(entry_id, hash)`: one row per `audit_log` row, written in the same transaction by a
  TEMP trigger on `audit_log` (installed on every connection with the audit triggers, `install`), so every
  way a row reaches the log (the audit triggers, `audit.record_event`) is chained.
  hash = sha256(previous row's hash | the row's own columns, each typed and length-prefixed), computed by the
  SQL function `jz_chain` (registered per connection).
- The chain starts at the first row written after schema step 8; `schema_info.audit_chain_from` records
  that row's id. Rows from before are counted and reported as "早于校验链" (not backfilled: a hash made now
  would vouch for rows nobody can vouch for).
- Both tables are append-only through permanent triggers; those are re-created at every open when missing
  (`ensure_append_only`, called from `audit.install`).
- What it cannot see: someone who knows this scheme and rewrites the whole chain from the changed row on,
  or removes rows from the end together with their links. Backups keep earlier states of the chain.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass

import peewee as pw

LOG_TABLE = "audit_log"
CHAIN_TABLE = "audit_chain"
START_KEY = "audit_chain_from"
COLUMNS = ("id", "at", "actor", "action", "table_name", "record_id", "record_uuid", "label", "changes", "detail")
APPEND_ONLY = {  # permanent trigger name -> its SQL (the audit_log ones are those of schema step 6)
    f"{table}_no_{event.lower()}": (f"CREATE TRIGGER IF NOT EXISTS {table}_no_{event.lower()} BEFORE {event} ON "
                                    f"{table} BEGIN SELECT RAISE(ABORT, 'jz_append_only: 操作日志只能追加'); END")
    for table in (LOG_TABLE, CHAIN_TABLE) for event in ("UPDATE", "DELETE")}

TRIGGER_SQL = (
    f"CREATE TEMP TRIGGER jz_chain_link AFTER INSERT ON main.{LOG_TABLE} BEGIN "
    f"INSERT INTO {CHAIN_TABLE} (entry_id, hash) VALUES (NEW.id, jz_chain("
    f"(SELECT hash FROM main.{CHAIN_TABLE} ORDER BY entry_id DESC LIMIT 1), "
    + ", ".join(f"NEW.{c}" for c in COLUMNS) + ")); END")


def _encoded(value) -> str:
    """Typed and length-prefixed, so that no two different rows encode alike ("S" text, "I" integer, …)."""
    kind = type(value)
    if kind is str:  # most columns: tested first, the check of a long log is mostly this
        text = "S" + value
    elif value is None:
        text = "N"
    elif kind is int or kind is bool:
        text = "I" + str(int(value))
    elif kind is float:
        text = "F" + repr(value)
    elif kind is bytes:
        text = "B" + value.hex()
    else:
        text = "S" + str(value)
    return str(len(text)) + ":" + text


def link_hash(previous: str | None, *row) -> str:
    """The chain value of a log row (`row` in COLUMNS order) after the row whose value is `previous`."""
    data = (previous or "") + "|" + "".join(map(_encoded, row))
    return hashlib.sha256(data.encode("utf-8", "surrogatepass")).hexdigest()


def register(conn) -> None:
    try:
        conn.create_function("jz_chain", len(COLUMNS) + 1, link_hash, deterministic=True)
    except (TypeError, NotImplementedError):  # a driver without the flag (older SQLCipher builds)
        conn.create_function("jz_chain", len(COLUMNS) + 1, link_hash)


def create(db: pw.Database) -> None:
    """Schema step 8: the chain table, append-only, starting after the rows already in the log."""
    db.execute_sql(f"CREATE TABLE IF NOT EXISTS {CHAIN_TABLE} (entry_id INTEGER NOT NULL PRIMARY KEY, "
                   "hash TEXT NOT NULL)")
    for name, sql in APPEND_ONLY.items():
        if name.startswith(CHAIN_TABLE):
            db.execute_sql(sql)
    start = db.execute_sql(f"SELECT coalesce(max(id), 0) + 1 FROM {LOG_TABLE}").fetchone()[0]
    db.execute_sql("INSERT OR REPLACE INTO schema_info (key, value) VALUES (?, ?)", (START_KEY, str(start)))


def _tables(cur) -> set[str]:
    return {r[0] for r in cur.execute("SELECT name FROM main.sqlite_master WHERE type = 'table'").fetchall()}


def _normal(sql: str | None) -> str:
    return " ".join((sql or "").replace("IF NOT EXISTS ", "").split())


def ensure_append_only(cur) -> list[str]:
    """Re-create the permanent append-only triggers that are missing, or were replaced by one of the same
    name that does something else (e.g. `WHEN 0`). Returns the names re-created."""
    tables = _tables(cur)
    present = dict(cur.execute("SELECT name, sql FROM main.sqlite_master WHERE type = 'trigger'").fetchall())
    made = []
    for name, sql in APPEND_ONLY.items():
        table = LOG_TABLE if name.startswith(LOG_TABLE + "_") else CHAIN_TABLE
        if table not in tables or (name in present and _normal(present[name]) == _normal(sql)):
            continue
        if name in present:
            cur.execute(f'DROP TRIGGER main."{name}"')
        cur.execute(sql)
        made.append(name)
    return made


def install(cur) -> bool:
    """This connection's chain trigger (after `audit.install` dropped the old TEMP triggers). False when
    the file has no chain table yet (during migration)."""
    if CHAIN_TABLE not in _tables(cur):
        return False
    cur.execute(TRIGGER_SQL)
    return True


# ---------------------------------------------------------------- checking

@dataclass(frozen=True)
class ChainReport:
    ok: bool
    checked: int  # rows whose link was checked
    before_chain: int  # rows from before the chain started (not vouched for)
    broken_id: int | None = None  # the first row where the chain breaks
    problem: str = ""  # what is wrong there, in Chinese
    row: tuple | None = None  # that row (COLUMNS), when it is still in the log
    later_problems: int = 0  # further breaks after the first


def verify(conn) -> ChainReport:
    """Walk the log and its chain (a DB-API connection). The first break is named."""
    tables = _tables(conn)
    if CHAIN_TABLE not in tables or LOG_TABLE not in tables:
        return ChainReport(False, 0, 0, None, "校验链表缺失（操作日志可能在本程序之外被改动）")
    row = conn.execute("SELECT value FROM schema_info WHERE key = ?", (START_KEY,)).fetchone()
    try:
        start = int(row[0]) if row else None
    except (TypeError, ValueError):
        start = None
    if start is None:
        return ChainReport(False, 0, 0, None, "校验链的起点记录缺失（可能在本程序之外被改动）")
    earliest = conn.execute(f"SELECT min(entry_id) FROM {CHAIN_TABLE}").fetchone()[0]
    if earliest is not None and earliest < start:  # the start moved on, to leave rows unchecked
        return ChainReport(False, 0, 0, earliest, "校验链的起点记录被改动（该条及以后的记录本应受校验）",
                           conn.execute(f"SELECT {', '.join(COLUMNS)} FROM {LOG_TABLE} WHERE id = ?",
                                        (earliest,)).fetchone())
    before = conn.execute(f"SELECT count(*) FROM {LOG_TABLE} WHERE id < ?", (start,)).fetchone()[0]
    links = dict(conn.execute(f"SELECT entry_id, hash FROM {CHAIN_TABLE} WHERE entry_id >= ?", (start,)).fetchall())
    rows = conn.execute(f"SELECT {', '.join(COLUMNS)} FROM {LOG_TABLE} WHERE id >= ? ORDER BY id", (start,))
    previous = None
    checked = 0
    first: tuple[int, str, tuple | None] | None = None
    later = 0

    def broken(entry_id: int, problem: str, entry: tuple | None) -> None:
        nonlocal first, later
        if first is None:
            first = (entry_id, problem, entry)
        else:
            later += 1

    pending = sorted(links)  # chain links, to find those whose log row is gone
    k = 0
    for entry in rows:
        entry_id = entry[0]
        while k < len(pending) and pending[k] < entry_id:  # a link without its row: the row was removed
            broken(pending[k], "该记录已被删除", None)
            previous = links[pending[k]]
            k += 1
        if k < len(pending) and pending[k] == entry_id:
            k += 1
        checked += 1
        stored = links.get(entry_id)
        if stored is None:
            broken(entry_id, "该记录没有校验值，不是由本程序写入的（可能在本程序之外插入）", entry)
            continue
        if link_hash(previous, *entry) != stored:
            broken(entry_id, "该记录（或它之前的校验链）已在本程序之外被改动", entry)
        previous = stored
    for entry_id in pending[k:]:
        broken(entry_id, "该记录已被删除", None)
    if first is None:
        return ChainReport(True, checked, before)
    return ChainReport(False, checked, before, first[0], first[1], first[2], later)
