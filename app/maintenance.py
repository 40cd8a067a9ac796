"""Keeping the file safe, with the permission checked and every step in the audit log: backups, restore,
the database check and encryption. The file work itself is `app.store.backup` / `app.store.encryption`;
this layer adds who may do it, the log line, and reopening the file through the workbench.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from app import events, workbench
from app.events import Topic
from app.errors import AppError, ValidationError
from app.jobs import NullProgress, Progress
from app.safety import access, audit, audit_chain
from app.store import backup, encryption, identity
from app.store import db as store
from app.store.backup import REASONS
from app.store.db import WrongPassphrase, database

# ---------------------------------------------------------------- backups


def make_backup(reason: str = "manual", folder: Path | None = None, progress: Progress | None = None,
                *, thin_after: bool = True) -> backup.BackupInfo:
    """Copy the open database into `folder` (default: the automatic backups folder), verify it, log it."""
    info = backup.copy_to_backup(reason, folder, progress, thin_after=thin_after)
    audit.record_event("backup", f"{REASONS.get(reason, reason)}备份到 {info.path}", table="")
    return info


def backup_if_changed(reason: str = "auto", progress: Progress | None = None) -> backup.BackupInfo | None:
    """The periodic and on-close backup: only when something changed since the last one."""
    if store.current_path() is None or not backup.has_changes():
        return None
    if store.is_read_only():
        return None
    return make_backup(reason, progress=progress)


def describe(path: Path, passphrase: str | None = None) -> backup.BackupSummary:
    """What a backup holds, tables by their Chinese names."""
    return backup.describe(path, passphrase, audit.TABLE_LABELS)


def recover(db_path: Path, backup_path: Path, *, passphrase: str | None = None) -> Path:
    """For a file too damaged to open: see app.store.backup.recover."""
    return backup.recover(db_path, backup_path, workbench.latest_version(), passphrase=passphrase)


# ---------------------------------------------------------------- restore

def restore(backup_path: Path, *, passphrase: str | None = None, progress: Progress | None = None) -> backup.BackupInfo:
    """Replace the open database with a backup. The current file is backed up first; the returned
    BackupInfo is that safety copy. `passphrase`: the backup's password when it differs from the current."""
    progress = progress or NullProgress()
    access.require(access.ADMIN)
    db_path = store.current_path()
    if db_path is None:
        raise backup.BackupFailed("当前数据库不是本地文件，无法恢复。")
    backup_path = Path(backup_path)
    key = passphrase if passphrase is not None else store.current_passphrase()
    progress.report(0.05, "正在检查备份…")
    own = identity.of_open_database()
    summary = backup.check_restorable(backup_path, key, workbench.latest_version(), audit.TABLE_LABELS, of=own)
    # The swap renames a new file over this one: refused while another program has it (its lock) or is
    # writing it, whose work would go on in the replaced file and be lost.
    with workbench.sole_use(db_path):
        progress.report(0.3, "正在备份当前数据…")
        safety_copy = make_backup("before-restore", progress=None, thin_after=False)
        progress.report(0.6, "正在恢复…")
        workbench.close_database(keep_lock=True)
        backup.swap_in(db_path, backup_path, key if summary.encrypted else None,
                        keep_uuid=own.uuid if own else None)
        workbench.reopen(db_path, passphrase=key if summary.encrypted else None)
    audit.record_event("restore_backup", f"从备份 {backup_path.name}（{summary.made_at:%Y-%m-%d %H:%M}）恢复；"
                                         f"恢复前的数据已备份为 {safety_copy.path.name}")
    backup.mark_saved()
    events.changed(Topic.DATABASE)
    progress.report(1.0, "恢复完成")
    return safety_copy


# ---------------------------------------------------------------- checking the database

@dataclass
class CheckReport:
    ok: bool
    lines: list[str]
    backup: Path | None = None


def check_database(progress: Progress | None = None) -> CheckReport:
    """Back up, then check integrity and foreign keys. The report is in plain Chinese."""
    progress = progress or NullProgress()
    lines: list[str] = []
    backup_path = None
    progress.report(0.05, "正在备份…")
    try:
        backup_path = make_backup("before-check", thin_after=False).path
        backup_line = f"检查前已备份到：{backup_path}"
    except AppError as exc:
        backup_line = f"检查前备份失败：{exc}"
    progress.report(0.4, "正在检查数据完整性…")
    try:
        integrity = [r[0] for r in database.execute_sql("PRAGMA integrity_check(100)").fetchall()]
    except Exception as exc:
        integrity = [str(exc)]
    integrity_ok = integrity == ["ok"]
    if integrity_ok:
        lines.append("数据文件完整性：正常。")
    else:
        lines.append(f"数据文件完整性：发现 {len(integrity)} 处问题（文件已损坏，建议从备份恢复）：")
        lines += [f"  · {_readable_integrity(m)}" for m in integrity[:20]]
    progress.report(0.75, "正在检查记录之间的引用…")
    try:
        problems = database.execute_sql("PRAGMA foreign_key_check").fetchall()
    except Exception as exc:
        problems = []
        lines.append(f"引用检查无法完成：{exc}")
    if not problems:
        lines.append("记录之间的引用：正常（没有指向已不存在记录的数据）。")
    else:
        lines.append(f"记录之间的引用：发现 {len(problems)} 处指向已不存在的记录：")
        for table, rowid, parent, _fkid in problems[:50]:
            lines.append(f"  · {audit.TABLE_LABELS.get(table, table)} 第 {rowid} 条记录{_row_label(table, rowid)}引用的"
                         f"{audit.TABLE_LABELS.get(parent, parent)}已不存在")
        if len(problems) > 50:
            lines.append(f"  · ……另有 {len(problems) - 50} 处")
    progress.report(0.85, "正在核对操作日志…")
    chain_ok = _check_audit_log(lines)
    ok = integrity_ok and not problems and chain_ok
    lines += ["", backup_line]
    lines.insert(0, "检查结果：正常。" if ok else "检查结果：发现问题，详见下文。")
    audit.record_event("check", "检查数据库：" + ("正常" if ok else f"完整性{'正常' if integrity_ok else '异常'}，"
                                                    f"引用问题 {len(problems)} 处，"
                                                    f"操作日志校验{'正常' if chain_ok else '异常'}"))
    progress.report(1.0, "检查完成")
    return CheckReport(ok, lines, backup_path)


def _check_audit_log(lines: list[str]) -> bool:
    """The audit log's append-only triggers (re-made when missing) and its hash chain. Adds report lines."""
    conn = database.connection()
    cur = conn.cursor()
    try:
        remade = audit_chain.ensure_append_only(cur) if not store.is_read_only() else []
    finally:
        cur.close()
    if remade:
        lines.append(f"操作日志防篡改触发器：曾被删除（{'、'.join(remade)}），已重新建立。")
        audit.record_event("check", f"检查数据库时发现操作日志的防篡改触发器被删除（{'、'.join(remade)}），已重新建立",
                           table=audit.LOG_TABLE)
    try:
        report = audit_chain.verify(conn)
    except Exception as exc:  # a report line must never fail
        lines.append(f"操作日志校验无法完成：{exc}")
        return False
    older = f"；另有 {report.before_chain} 条早于校验链启用，未校验" if report.before_chain else ""
    if report.ok:
        lines.append(f"操作日志：正常（{report.checked} 条记录的校验链完整{older}）。")
        return not remade
    where = f"第 {report.broken_id} 条" if report.broken_id is not None else ""
    if report.row is not None:
        _id, at, actor, action, table, _rid, _uuid, label, _changes, _detail = report.row
        where += (f"（{at} {actor} {audit.ACTION_LABELS.get(action, action)}"
                  f"{' ' + audit.TABLE_LABELS.get(table, table) if table else ''}{' ' + label if label else ''}）")
    more = f"；其后另有 {report.later_problems} 处不符" if report.later_problems else ""
    lines.append(f"操作日志：发现被篡改的迹象——{where}{report.problem}{more}{older}。"
                 "请从篡改之前的备份核对（数据 → 从备份恢复）。")
    return False


def _row_label(table: str, rowid) -> str:
    """（王敏） for a row that has a name-like column; empty otherwise."""
    try:
        columns = {c.name for c in database.get_columns(table)}
        column = next((c for c in audit.LABEL_COLUMNS if c in columns), None)
        if column is None or rowid is None:
            return ""
        row = database.execute_sql(f'SELECT "{column}" FROM "{table}" WHERE rowid = ?', (rowid,)).fetchone()
        return f"（{row[0]}）" if row and row[0] else ""
    except Exception:  # a report line must never fail
        return ""


def _readable_integrity(message: str) -> str:
    replacements = (("is never used", "页未被使用"), ("wrong # of entries in index", "索引条目数不符："),
                    ("row ", "记录 "), ("missing from index", "在索引中缺失"), ("database disk image is malformed", "数据文件格式损坏"))
    for old, new in replacements:
        message = message.replace(old, new)
    return message




# ---------------------------------------------------------------- encryption

def _convert_in_place(path: Path, old_key: str | None, new_key: str | None, suffix: str) -> None:
    """Write the file converted from `old_key` to `new_key` beside it (path + suffix), then swap it in and
    reopen; the copy is removed whatever happens, and the original stays until the copy is complete."""
    encryption.checkpoint()
    converted = path.with_name(path.name + suffix)
    try:
        encryption.convert(path, old_key, converted, new_key)
        workbench.close_database(keep_lock=True)
        encryption.replace_file(path, converted)
        workbench.reopen(path, passphrase=new_key)
    finally:
        if converted.exists():
            converted.unlink()


def enable_encryption(password: str, confirm: str) -> int:
    """Encrypt the open database. Returns how many unencrypted automatic backups were removed."""
    encryption.require_available()
    access.require(access.ADMIN)
    if store.is_encrypted():
        raise AppError("数据库已经加密。")
    if password != confirm:
        raise ValidationError("确认密码", "两次输入的密码不一致")
    encryption.check_password(password)
    path = store.current_path()
    if path is None:
        raise AppError("当前数据库不是本地文件，不能加密。")
    _convert_in_place(path, None, password, ".encrypting")
    # An encrypted, checked copy exists before any plaintext one goes: if this backup fails, the
    # plaintext backups stay (the error says so) and nothing is lost.
    try:
        make_backup("before-encryption", thin_after=False)
    except AppError as exc:
        audit.record_event("encryption", f"启用数据库加密；加密备份失败（{exc}），未加密的旧备份暂未删除")
        events.changed(Topic.DATABASE)
        raise AppError(f"数据库已加密，但加密备份失败：{exc}\n为防数据丢失，未加密的旧备份暂未删除。"
                       "请腾出空间后再做一次备份，并删除备份文件夹中未加密的旧备份。") from exc
    removed, left = _remove_plaintext_copies(path, password)
    audit.record_event("encryption", f"启用数据库加密；删除未加密的自动备份 {removed} 个"
                       + (f"；无法加密的明文副本 {len(left)} 个" if left else ""))
    events.changed(Topic.DATABASE)
    if left:
        raise AppError("数据库已加密。以下未加密的副本无法转换，仍以明文留在原处，请确认后手动删除：\n"
                       + "\n".join(str(p) for p in left))
    return removed


def _remove_plaintext_copies(path: Path, password: str) -> tuple[int, list[Path]]:
    """After encryption: unencrypted automatic backups of this database are removed; the plaintext copies
    beside the file that are this database's are encrypted in place. Returns (removed, copies left)."""
    removed = 0
    for info in backup.list_backups():
        if not info.encrypted:
            info.path.unlink(missing_ok=True)
            removed += 1
    unfinished = path.with_name(path.name + ".restoring")  # a restore killed mid-copy: a plaintext fragment
    unfinished.unlink(missing_ok=True)
    own = identity.of_open_database()
    left = []
    for copy in encryption.plaintext_copies_beside(path):
        theirs = identity.of_file(copy)
        if theirs is not None and own is not None and not own.same_database(theirs):
            continue  # another database's file that happens to share the name
        try:
            encryption.encrypt_in_place(copy, password)
        except Exception:  # sqlite3 / sqlcipher errors: a damaged copy cannot be converted
            left.append(copy)
    return removed, left


def disable_encryption(password: str) -> None:
    encryption.require_available()
    access.require(access.ADMIN)
    if not store.is_encrypted():
        raise AppError("数据库没有加密。")
    if password != store.current_passphrase():
        raise WrongPassphrase("密码不正确。")
    path = store.current_path()
    _convert_in_place(path, password, None, ".decrypting")
    audit.record_event("encryption", "取消数据库加密（以前的加密备份仍需原密码打开）")
    events.changed(Topic.DATABASE)


def change_encryption_password(old: str, new: str, confirm: str) -> None:
    encryption.require_available()
    access.require(access.ADMIN)
    if not store.is_encrypted():
        raise AppError("数据库没有加密。")
    if old != store.current_passphrase():
        raise WrongPassphrase("原密码不正确。")
    if new != confirm:
        raise ValidationError("确认密码", "两次输入的密码不一致")
    encryption.check_password(new)
    path = store.current_path()
    _convert_in_place(path, old, new, ".rekeying")
    audit.record_event("encryption", "更改数据库加密密码（以前的备份仍用原密码）")
    events.changed(Topic.DATABASE)
