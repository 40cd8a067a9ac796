"""The audit log: who did what, when, to which record, field by field. Append-only.

How rows get there
- Every change to any table is captured by TEMP triggers that `install(conn)` creates on each connection
  just before its first write (`arm`; until then SQLite refuses writes on it), for every table except the
  log itself (their SQL: `app.safety.audit_triggers`): AFTER INSERT/UPDATE/DELETE write the old and new
  values as JSON into `audit_log`, in the same transaction as the change, so a rolled-back write leaves
  no entry and bulk `Model.update()` / `insert_many()` are recorded like single saves. The actor comes
  from `access.current_actor()` through the SQL function `jz_actor()`.
- The same layer guards writes: BEFORE triggers call `jz_can_edit()` (= `access.can(EDIT)`) and abort
  with `PermissionDenied` for a reader. Accounts are guarded by `app.safety.accounts` (ADMIN) instead.
- Actions that change nothing in the tables (import summaries, exports, prints, backups, logins) are
  recorded by the features with `record_event(action, detail, table=..., label=...)`.
- Permanent triggers (migration "操作日志与账户") refuse UPDATE and DELETE on `audit_log`; `install` re-creates
  them when missing (dropped with the sqlite3 shell), and records that it did.
- Every row is linked into a hash chain (`app.safety.audit_chain`), checked by 检查数据库.
- Confidential columns (talk content, problems and suggestions, every `id_number`; declared by the schema
  modules with `register_table(..., confidential=...)`) are never written: the triggers record only that
  such a field was filled or changed (`CONFIDENTIAL_FILLED`, `CONFIDENTIAL_CHANGED`), and the viewer shows
  that marker even for rows an older version wrote with the text.

Reading it: `entries(AuditFilter(...))` returns rows already masked for the current user (talk content
without TALK_CONTENT, full ID numbers without ID_NUMBERS); `export(rows, path)` writes .xlsx or .csv.
"""
from __future__ import annotations

import csv
import datetime as dt
import json
import logging
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from app.safety import access, audit_chain, audit_triggers
# What the triggers record, shared with the SQL that records it (app.safety.audit_triggers).
from app.safety.audit_triggers import (_CONFIDENTIAL, CONFIDENTIAL_CHANGED, CONFIDENTIAL_EVERYWHERE,  # noqa: F401
                                       CONFIDENTIAL_FILLED, CONFIDENTIAL_MARKERS, LABEL_COLUMNS, LOG_TABLE,
                                       NOISE_COLUMNS, NOT_AUDITED, NOT_GUARDED, SECRET_COLUMNS, is_confidential)

log = logging.getLogger(__name__)

STRUCTURAL_COLUMNS = {"id", "uuid", "created_at", "updated_at", "deleted_at"}

ACTION_LABELS = {
    "create": "新增", "update": "修改", "status": "状态变更", "trash": "移入回收站", "restore": "从回收站恢复",
    "delete": "彻底删除", "import": "导入", "export": "导出", "print": "打印", "backup": "备份",
    "restore_backup": "从备份恢复", "check": "检查数据库", "login": "登录", "login_failed": "登录失败",
    "logout": "退出登录", "accounts": "账户与权限", "encryption": "加密设置", "settings": "设置",
}

TABLE_LABELS = {
    "officer": "人员", "unit": "单位", "department": "部门", "oversight": "分管关系", "outside_leader": "系统外领导干部",
    "setting": "设置", "account": "账户", LOG_TABLE: "操作日志",
}

COMMON_FIELD_LABELS = {"id": "编号", "name": "名称", "uuid": "记录标识", "created_at": "创建时间", "updated_at": "修改时间",
                       "deleted_at": "删除时间", "unit_id": "单位", "department_id": "部门", "officer_id": "人员",
                       "key": "项目", "value": "值", "password_hash": "密码", "display_name": "姓名",
                       "username": "用户名", "role": "角色", "can_view_talks": "可看谈话内容",
                       "can_view_ids": "可看身份证号", "active": "启用", "last_login": "最近登录",
                       "short_name": "简称", "kind": "类别", "sort_order": "排序", "organization": "单位"}
_FIELD_LABELS: dict[str, dict[str, str]] = {}

# table -> (permission, columns or None for every non-structural column)
_SENSITIVE: dict[str, tuple[str, frozenset | None]] = {}
SENSITIVE_TABLE_PREFIXES = {"talk": access.TALK_CONTENT}  # talk records: content for TALK_CONTENT only


def register_table(table: str, label: str, field_labels: dict[str, str] | None = None, *,
                   confidential: set[str] | frozenset | tuple = ()) -> None:
    """Features name their tables and columns for the log viewer (optional: unnamed ones show as is), and
    declare the `confidential` columns whose text must never be logged (only that they changed). Called at
    import of the schema module, so before any connection installs its triggers."""
    TABLE_LABELS[table] = label
    if field_labels:
        _FIELD_LABELS.setdefault(table, {}).update(field_labels)
    if confidential:
        _CONFIDENTIAL[table] = _CONFIDENTIAL.get(table, frozenset()) | frozenset(confidential)


def register_sensitive(table: str, permission: str, columns: set[str] | None = None) -> None:
    """Values of `columns` (default: every non-structural column) of `table` are masked in the viewer and
    exports for users without `permission`."""
    _SENSITIVE[table] = (permission, frozenset(columns) if columns else None)


# ---------------------------------------------------------------- connection set-up

def register_functions(conn) -> None:
    conn.create_function("jz_actor", 0, _sql_actor)
    conn.create_function("jz_can_edit", 0, _sql_can_edit)
    audit_chain.register(conn)


def connection_hook(conn, db) -> None:
    """For `app.store.db.connection_hooks`: every connection gets the SQL functions, and the triggers once
    the schema is current (`db.audit_active`, set by the workbench after migrating)."""
    register_functions(conn)
    if db.audit_active and not db.read_only:
        arm(conn, db)


_WRITE_ACTIONS = frozenset({sqlite3.SQLITE_INSERT, sqlite3.SQLITE_UPDATE, sqlite3.SQLITE_DELETE})


def arm(conn, db) -> None:
    """The triggers are made just before the connection's first write (WorkbenchDatabase.before_first_write):
    creating ~300 of them costs ~30 ms per connection, which a connection that only reads (the start-up until
    the window is on screen and the overview counted, a worker laying out a PDF) no longer pays. Until they
    exist SQLite itself refuses any write to the file's tables, so a write that bypassed peewee would fail
    rather than go unrecorded."""
    if hasattr(conn, "set_authorizer"):
        conn.set_authorizer(_refuse_writes_until_installed)
    db.before_first_write(conn, install)


def _refuse_writes_until_installed(action, _arg1, _arg2, db_name, _trigger) -> int:
    if action in _WRITE_ACTIONS and db_name == "main":
        return sqlite3.SQLITE_DENY
    return sqlite3.SQLITE_OK


def _sql_actor() -> str:
    try:
        return access.current_actor()
    except Exception:  # a trigger must never fail for this
        return "unknown"


def _sql_can_edit() -> int:
    try:
        return 1 if access.can(access.EDIT) else 0
    except Exception:
        return 0


def install(conn) -> None:
    """(Re)create this connection's audit and guard triggers for every table present now."""
    if hasattr(conn, "set_authorizer"):
        conn.set_authorizer(None)  # armed (arm): writes are allowed once the triggers record them
    cur = conn.cursor()
    try:
        for (name,) in cur.execute("SELECT name FROM temp.sqlite_master WHERE type = 'trigger' AND name LIKE 'jz!_%' ESCAPE '!'").fetchall():
            cur.execute(f"DROP TRIGGER IF EXISTS temp.{audit_triggers.quoted(name)}")
        tables = cur.execute("SELECT name, sql FROM main.sqlite_master WHERE type = 'table' "
                             "AND name NOT LIKE 'sqlite!_%' ESCAPE '!'").fetchall()
        names = {t for t, _sql in tables}
        if LOG_TABLE not in names:
            return  # a file from before the log existed (during migration)
        audit_chain.install(cur)
        _restore_append_only(cur)
        for statement in audit_triggers.statements_for(cur, tables):
            cur.execute(statement)
    finally:
        cur.close()


def _restore_append_only(cur) -> None:
    """Re-create the log's permanent triggers when someone dropped (or defused) them; say so in the log."""
    made = audit_chain.ensure_append_only(cur)
    if made:
        log.warning("append-only triggers were missing and are re-created: %s", made)
        cur.execute(f"INSERT INTO {LOG_TABLE} (at, actor, action, table_name, label, detail) VALUES "
                    "(strftime('%Y-%m-%d %H:%M:%S', 'now', 'localtime'), ?, 'check', ?, '', ?)",
                    (_sql_actor(), LOG_TABLE, "操作日志的防篡改触发器曾被删除（" + "、".join(made) + "），已重新建立"))


# ---------------------------------------------------------------- events recorded by features

def record_event(action: str, detail: str, *, table: str = "", label: str = "", record_uuid: str | None = None) -> None:
    """Record an import, export, print, backup, login… `detail` says what in one readable sentence,
    e.g. record_event("export", "导出人员台账（518人）到 D:/台账.xlsx", table="officer").
    Never put talk content or full ID numbers in `detail`. Does nothing on a read-only database."""
    from app.store.db import database, is_read_only

    if database.obj is None or is_read_only():
        log.info("audit event not recorded (read-only): %s %s", action, detail)
        return
    from app.safety.models import AuditEntry

    try:
        AuditEntry.insert(at=dt.datetime.now().strftime("%Y-%m-%d %H:%M:%S"), actor=access.current_actor(),
                          action=action, table_name=table, label=label[:200], record_uuid=record_uuid,
                          detail=detail[:2000]).execute()
    except sqlite3.Error:  # the log must never be the reason a finished export reports failure
        log.exception("could not record audit event %s", action)


# ---------------------------------------------------------------- reading

@dataclass(frozen=True)
class AuditFilter:
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    actor: str = ""
    table: str = ""
    action: str = ""
    text: str = ""


@dataclass(frozen=True)
class AuditRow:
    id: int
    at: str
    actor: str
    action: str
    action_label: str
    table: str
    table_label: str
    label: str
    changes: str  # readable "字段：旧 → 新；…", masked as needed
    detail: str
    masked: bool


def field_label(table: str, column: str) -> str:
    labels = _FIELD_LABELS.get(table)
    if labels and column in labels:
        return labels[column]
    if labels and column.endswith("_id") and column[:-3] in labels:
        return labels[column[:-3]]  # a foreign key reads as the field it names: unit_id → 单位
    return COMMON_FIELD_LABELS.get(column, column)


def _sensitivity(table: str) -> tuple[str, frozenset | None] | None:
    if table in _SENSITIVE:
        return _SENSITIVE[table]
    for prefix, permission in SENSITIVE_TABLE_PREFIXES.items():
        if table.startswith(prefix):
            return permission, None
    return None


def _masked_columns(table: str, columns) -> tuple[set[str], bool]:
    """Columns whose values the current user may not read; and whether the label must go too."""
    rule = _sensitivity(table)
    hidden: set[str] = set()
    hide_label = False
    if rule is not None and not access.can(rule[0]):
        allowed = rule[1]
        hidden = {c for c in columns if c not in STRUCTURAL_COLUMNS and (allowed is None or c in allowed)}
        hide_label = allowed is None
    return hidden, hide_label


BOOLEAN_PREFIXES = ("is_", "can_", "has_", "counts_")
BOOLEAN_NAMES = {"active", "signed", "anonymous", "closed"}


def _is_boolean(column: str) -> bool:
    return column.startswith(BOOLEAN_PREFIXES) or column in BOOLEAN_NAMES


def _show(value, column: str = "") -> str:
    if value is None or value == "":
        return "（空）"
    if column and _is_boolean(column) and value in (0, 1):
        return "是" if value else "否"
    text = str(value)
    return text if len(text) <= 300 else text[:300] + "…"


def describe_changes(table: str, action: str, changes_json: str | None) -> tuple[str, bool]:
    """Readable text of a change set, masked for the current user. Returns (text, anything masked)."""
    if not changes_json:
        return "", False
    try:
        changes = json.loads(changes_json)
    except ValueError:
        return "", False
    hidden, _ = _masked_columns(table, changes.keys())

    parts, masked = [], False
    for column, pair in changes.items():
        if column in STRUCTURAL_COLUMNS - {"deleted_at"}:
            continue
        name = field_label(table, column)
        if is_confidential(table, column):
            # The marker the triggers wrote; a row from before the rule still holds the text: never shown, not
            # even masked (a masked ID beside the birth date in the same row gives the number back).
            marker = pair if pair in CONFIDENTIAL_MARKERS else (
                CONFIDENTIAL_CHANGED if action not in ("create", "delete") else CONFIDENTIAL_FILLED)
            parts.append(f"{name}：{marker}")
            continue
        old, new = (pair + [None, None])[:2] if isinstance(pair, list) else (None, pair)
        if column in hidden:
            old, new = ("***" if old not in (None, "") else old), ("***" if new not in (None, "") else new)
            masked = True
        if action == "create":
            parts.append(f"{name}：{_show(new, column)}")
        elif action == "delete":
            parts.append(f"{name}：{_show(old, column)}")
        else:
            parts.append(f"{name}：{_show(old, column)} → {_show(new, column)}")
    return "；".join(parts), masked


def entries(flt: AuditFilter = AuditFilter(), *, limit: int | None = 5000) -> list[AuditRow]:
    """Newest first, filtered, masked for the current user. The text filter sees only what the user
    may see, so searching cannot reveal masked content."""
    from app.safety.models import AuditEntry

    query = AuditEntry.select().order_by(AuditEntry.id.desc())
    if flt.date_from:
        query = query.where(AuditEntry.at >= flt.date_from.isoformat())
    if flt.date_to:
        query = query.where(AuditEntry.at < (flt.date_to + dt.timedelta(days=1)).isoformat())
    if flt.actor:
        query = query.where(AuditEntry.actor.contains(flt.actor))
    if flt.table:
        query = query.where(AuditEntry.table_name == flt.table)
    if flt.action:
        query = query.where(AuditEntry.action == flt.action)
    needle = flt.text.strip().lower()
    rows: list[AuditRow] = []
    for entry in query.iterator():
        changes, masked = describe_changes(entry.table_name, entry.action, entry.changes)
        _hidden, hide_label = _masked_columns(entry.table_name, ())
        label = "（内容受限）" if hide_label and entry.label else entry.label
        row = AuditRow(id=entry.id, at=entry.at, actor=entry.actor, action=entry.action,
                       action_label=ACTION_LABELS.get(entry.action, entry.action), table=entry.table_name,
                       table_label=TABLE_LABELS.get(entry.table_name, entry.table_name), label=label or "",
                       changes=changes, detail=entry.detail or "", masked=masked or (hide_label and bool(entry.label)))
        if needle and needle not in " ".join((row.actor, row.label, row.changes, row.detail, row.table_label,
                                              row.action_label)).lower():
            continue
        rows.append(row)
        if limit is not None and len(rows) >= limit:
            break
    return rows


def tables_in_log() -> list[str]:
    from app.safety.models import AuditEntry

    return [t for (t,) in AuditEntry.select(AuditEntry.table_name).distinct().where(AuditEntry.table_name != "")
            .order_by(AuditEntry.table_name).tuples()]


def actors_in_log() -> list[str]:
    from app.safety.models import AuditEntry

    return [a for (a,) in AuditEntry.select(AuditEntry.actor).distinct().order_by(AuditEntry.actor).tuples()]


EXPORT_HEADERS = ("时间", "操作人", "操作", "数据", "对象", "变更内容", "说明")


def _export_values(row: AuditRow) -> list[str]:
    return [row.at, row.actor, row.action_label, row.table_label, row.label, row.changes, row.detail]


def export(rows: list[AuditRow], path: Path) -> Path:
    """Write the (already masked) rows to .xlsx or .csv; cells that look like formulas are neutralised."""
    from app.common.safe_text import excel_safe

    path = Path(path)
    tmp = path.with_name(path.name + ".part")
    if path.suffix.lower() == ".csv":
        with open(tmp, "w", encoding="utf-8-sig", newline="") as fh:
            writer = csv.writer(fh)
            writer.writerow(EXPORT_HEADERS)
            for row in rows:
                writer.writerow([excel_safe(v) for v in _export_values(row)])
    else:
        from openpyxl import Workbook
        from openpyxl.styles import Alignment, Font

        wb = Workbook(write_only=False)
        ws = wb.active
        ws.title = "操作日志"
        ws.append(list(EXPORT_HEADERS))
        for cell in ws[1]:
            cell.font = Font(bold=True)
        for row in rows:
            ws.append([excel_safe(v) for v in _export_values(row)])
        for letter, width in zip("ABCDEFG", (20, 18, 12, 14, 22, 70, 40)):
            ws.column_dimensions[letter].width = width
        for cells in ws.iter_rows(min_row=2, min_col=6, max_col=7):
            for cell in cells:
                cell.alignment = Alignment(wrap_text=True, vertical="top")
        ws.freeze_panes = "A2"
        wb.save(tmp)
    tmp.replace(path)
    record_event("export", f"导出操作日志（{len(rows)}条）到 {path}", table=LOG_TABLE)
    return path
