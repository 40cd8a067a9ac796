"""The SQL of the audit and guard triggers that app.safety.audit installs on each connection: what each
table's INSERT, UPDATE and DELETE leave in the log (see app.safety.audit for what is recorded and why).
Made from the file's own tables (their columns and foreign keys) and audit's registries of confidential
columns (audit.register_table fills them; the rules of what is recorded are here, beside the SQL)."""
from __future__ import annotations

from app.safety import audit_chain

LOG_TABLE = "audit_log"
NOT_AUDITED = {LOG_TABLE, audit_chain.CHAIN_TABLE, "schema_info", "sqlite_sequence"}
NOT_GUARDED = NOT_AUDITED | {"account"}  # accounts: app.safety.accounts checks ADMIN itself
NOISE_COLUMNS = {"updated_at"}  # changes with every save; says nothing
SECRET_COLUMNS = {("account", "password_hash")}  # never written to the log, even hashed
# Confidential text: the log records that it was filled in or changed, never the text itself.
CONFIDENTIAL_FILLED = "（已填写，不记录原文）"
CONFIDENTIAL_CHANGED = "（内容已修改，不记录原文）"
CONFIDENTIAL_MARKERS = (CONFIDENTIAL_FILLED, CONFIDENTIAL_CHANGED)
CONFIDENTIAL_EVERYWHERE = {"id_number"}  # in any table: a full ID number never enters the log
LABEL_COLUMNS = ("name", "title", "topic", "subject", "display_name", "username", "key", "number", "code", "organization")
_CONFIDENTIAL: dict[str, frozenset] = {}  # table -> columns whose text is never logged (audit.register_table)


def is_confidential(table: str, column: str) -> bool:
    return column in CONFIDENTIAL_EVERYWHERE or column in _CONFIDENTIAL.get(table, ())


def quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


# The statements of the last schema seen, keyed by everything they are made from: each table's CREATE
# statement (its columns and foreign keys; ALTER TABLE rewrites it) and the registries of confidential columns.
# Every connection of a session (the worker's, a reopen) then skips the PRAGMAs and the generation.
_cached_statements: tuple[tuple, list[str]] | None = None


def statements_for(cur, tables: list[tuple[str, str]]) -> list[str]:
    global _cached_statements
    key = (tuple(sorted(tables)), tuple(sorted(_CONFIDENTIAL.items())), frozenset(CONFIDENTIAL_EVERYWHERE))
    if _cached_statements is not None and _cached_statements[0] == key:
        return _cached_statements[1]
    columns = {t: [r[1] for r in cur.execute(f"PRAGMA main.table_info({quoted(t)})").fetchall()] for t, _sql in tables}
    statements = []
    for index, (table, sql) in enumerate(sorted(tables)):
        if table in NOT_AUDITED:
            continue
        rowid = "NULL" if "WITHOUT ROWID" in (sql or "").upper() else None
        fks = cur.execute(f"PRAGMA main.foreign_key_list({quoted(table)})").fetchall()
        statements += _trigger_sql(index, table, columns[table], fks, columns, rowid)
    _cached_statements = (key, statements)
    return statements


def _label_expr(ref: str, table: str, cols: list[str], fks: list, all_columns: dict) -> str:
    for col in LABEL_COLUMNS:
        if col in cols and not (table, col) in SECRET_COLUMNS and not is_confidential(table, col):
            return f"substr({ref}.{quoted(col)}, 1, 80)"
    parts = []
    for fk in fks:
        _id, _seq, ref_table, from_col, to_col = fk[:5]
        label_col = _fk_label_column(ref_table, all_columns)
        if label_col and to_col:
            parts.append(f"(SELECT substr(x.{quoted(label_col)}, 1, 40) FROM main.{quoted(ref_table)} x "
                         f"WHERE x.{quoted(to_col)} = {ref}.{quoted(from_col)})")
        if len(parts) == 2:
            break
    if parts:
        return " || ' · ' || ".join(f"coalesce({p}, '')" for p in parts)
    return "''"


def _fk_label_column(ref_table: str, all_columns: dict) -> str | None:
    target_cols = all_columns.get(ref_table, [])
    return next((c for c in LABEL_COLUMNS if c in target_cols and not is_confidential(ref_table, c)), None)


def _value_expr(ref: str, table: str, col: str, fk_labels: dict[str, str] | None = None) -> str:
    """What the log keeps of `ref`.`col` before the blob guard (_blob_safe), which the caller applies once to
    the whole column of its VALUES list rather than to every field: the trigger text stays a third as long,
    and SQLite parses every trigger on every connection (~0.15 ms per KB)."""
    v = f"{ref}.{quoted(col)}"
    if is_confidential(table, col):  # that it was filled in, never what
        return f"CASE WHEN {v} IS NULL OR {v} = '' THEN NULL ELSE '{CONFIDENTIAL_FILLED}' END"
    if (table, col) in SECRET_COLUMNS:
        return f"CASE WHEN {v} IS NULL THEN NULL ELSE '***' END"
    if fk_labels and col in fk_labels:  # a reference: record the name it points to, not a bare number
        return f"CASE WHEN {v} IS NULL THEN NULL ELSE coalesce({fk_labels[col].format(v=v)}, '#' || {v}) END"
    return v


def _rows(names: tuple[str, ...], rows: list[tuple[str, ...]]) -> str:
    """A small table of expressions: the first row names the columns (VALUES alone would call them column1…,
    which SQLite 3.40 cannot resolve inside a trigger), the rest follow as VALUES."""
    first = "SELECT " + ", ".join(f"{value} AS {name}" for value, name in zip(rows[0], names))
    if len(rows) == 1:
        return first
    return first + " UNION ALL VALUES " + ", ".join("(" + ", ".join(row) + ")" for row in rows[1:])


def _blob_safe(v: str) -> str:
    """JSON cannot hold a BLOB (json_array would fail, and with it the write): its size instead."""
    return f"CASE WHEN typeof({v}) = 'blob' THEN '[二进制数据 ' || length({v}) || ' 字节]' ELSE {v} END"


def _trigger_sql(index: int, table: str, cols: list[str], fks: list, all_columns: dict, rowid: str | None) -> list[str]:
    t = f"main.{quoted(table)}"
    tl = "'" + table.replace("'", "''") + "'"
    fields = [c for c in cols if c not in NOISE_COLUMNS]
    fk_labels = {}
    for fk in fks:
        _id, _seq, ref_table, from_col, to_col = fk[:5]
        label_col = _fk_label_column(ref_table, all_columns)
        if label_col and to_col and from_col not in fk_labels:
            fk_labels[from_col] = (f"(SELECT substr(x.{quoted(label_col)}, 1, 80) FROM main.{quoted(ref_table)} x "
                                   f"WHERE x.{quoted(to_col)} = {{v}})")
    statements = []
    if table not in NOT_GUARDED:
        for event in ("INSERT", "UPDATE", "DELETE"):
            statements.append(
                f"CREATE TEMP TRIGGER jz_guard_{index}_{event.lower()} BEFORE {event} ON {t} "
                f"WHEN jz_can_edit() = 0 BEGIN SELECT RAISE(ABORT, 'jz_denied'); END")

    def record(ref: str) -> tuple[str, str, str]:
        rid = rowid or f"{ref}.rowid"
        uuid = f"{ref}.{quoted('uuid')}" if "uuid" in cols else "NULL"
        return rid, uuid, _label_expr(ref, table, cols, fks, all_columns)

    def key(c: str) -> str:
        return "'" + c.replace("'", "''") + "'"

    def secret(c: str) -> int:
        return 1 if is_confidential(table, c) else 0

    def values_json(ref: str, old_first: bool) -> str:
        # Rows (key, value, confidential); a confidential column is recorded as the bare marker (no
        # [old, new] pair): filled in, not what. Empty values are left out.
        rows = _rows(("k", "v", "s"), [(key(c), _value_expr(ref, table, c, fk_labels), str(secret(c))) for c in fields])
        pair = f"json_array(NULL, {_blob_safe('v')})" if not old_first else f"json_array({_blob_safe('v')}, NULL)"
        return (f"(SELECT json_group_object(k, CASE WHEN s THEN v ELSE {pair} END) "
                f"FROM ({rows}) WHERE v IS NOT NULL AND v != '')")

    insert_head = (f"INSERT INTO {LOG_TABLE} (at, actor, action, table_name, record_id, record_uuid, label, changes, detail) "
                   f"VALUES (strftime('%Y-%m-%d %H:%M:%S', 'now', 'localtime'), jz_actor(), ")
    rid, uuid, label = record("NEW")
    statements.append(
        f"CREATE TEMP TRIGGER jz_audit_{index}_insert AFTER INSERT ON {t} BEGIN "
        f"{insert_head}'create', {tl}, {rid}, {uuid}, {label}, {values_json('NEW', False)}, ''); END")
    rid, uuid, label = record("OLD")
    statements.append(
        f"CREATE TEMP TRIGGER jz_audit_{index}_delete AFTER DELETE ON {t} BEGIN "
        f"{insert_head}'delete', {tl}, {rid}, {uuid}, {label}, {values_json('OLD', True)}, ''); END")
    if fields:
        changed = " OR ".join(f"OLD.{quoted(c)} IS NOT NEW.{quoted(c)}" for c in fields)
        def diff_row(c: str) -> tuple[str, ...]:  # (key, old, new, changed, confidential)
            changed_here = f"(OLD.{quoted(c)} IS NOT NEW.{quoted(c)})"
            if secret(c):  # neither the old text nor the new: only that it changed
                return key(c), "NULL", f"'{CONFIDENTIAL_CHANGED}'", changed_here, "1"
            return (key(c), _value_expr('OLD', table, c, fk_labels), _value_expr('NEW', table, c, fk_labels),
                    changed_here, "0")

        diff_rows = _rows(("k", "o", "n", "ch", "s"), [diff_row(c) for c in fields])
        diff = (f"(SELECT json_group_object(k, CASE WHEN s THEN n ELSE json_array({_blob_safe('o')}, {_blob_safe('n')}) END) "
                f"FROM ({diff_rows}) WHERE ch)")
        action = "CASE "
        if "deleted_at" in cols:
            action += ("WHEN OLD.deleted_at IS NULL AND NEW.deleted_at IS NOT NULL THEN 'trash' "
                       "WHEN OLD.deleted_at IS NOT NULL AND NEW.deleted_at IS NULL THEN 'restore' ")
        if "status" in cols:
            action += "WHEN OLD.status IS NOT NEW.status THEN 'status' "
        action = action + "ELSE 'update' END" if action != "CASE " else "'update'"
        rid, uuid, label = record("NEW")
        statements.append(
            f"CREATE TEMP TRIGGER jz_audit_{index}_update AFTER UPDATE ON {t} WHEN {changed} BEGIN "
            f"{insert_head}{action}, {tl}, {rid}, {uuid}, {label}, {diff}, ''); END")
    return statements
