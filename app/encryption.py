"""Encryption at rest with SQLCipher (optional package `sqlcipher3-wheels`).

The whole database file, and every backup made from it, is encrypted with AES-256; SQLCipher derives the
key from the password (PBKDF2-HMAC-SHA512, 256 000 rounds, a random salt per file). There is no way to
recover a forgotten password: the UI says so before encryption is turned on.

Turning encryption on, off, or changing the password writes a converted copy beside the file
(`sqlcipher_export`), checks that it opens and holds the same number of rows in every table, then renames
it over the original and reopens. Automatic backups that are not encrypted are removed after encryption is
turned on (they would leave the data readable); backups made under an older password keep that password.
"""
from __future__ import annotations

import os
from pathlib import Path

from . import access, audit, events
from .db import (EncryptionUnavailable, WrongPassphrase, cipher_module, close_database, current_passphrase,
                 current_path, database, is_encrypted, open_database)
from .errors import AppError, ValidationError

MIN_PASSWORD = 8
WARNING = ("加密后，打开这个数据库（包括它的所有备份）都必须输入密码。\n"
           "密码一旦忘记，没有任何办法找回，数据将永久无法打开——软件开发者也无能为力。\n"
           "请把密码写在纸上，密封后交由单位保密员保管。")


def available() -> bool:
    return cipher_module() is not None


def _require_available() -> None:
    if not available():
        raise EncryptionUnavailable("本机缺少加密组件（sqlcipher3-wheels），无法使用数据库加密。")


def check_password(password: str) -> None:
    if len(password) < MIN_PASSWORD:
        raise ValidationError("加密密码", f"至少需要{MIN_PASSWORD}个字符")
    if len(password) > 200:
        raise ValidationError("加密密码", "过长（最多200个字符）")


def _table_counts(conn, schema: str = "main") -> dict[str, int]:
    names = [r[0] for r in conn.execute(
        f"SELECT name FROM {schema}.sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite!_%' ESCAPE '!'").fetchall()]
    return {n: conn.execute(f'SELECT count(*) FROM {schema}."{n}"').fetchone()[0] for n in names}


def _convert(source: Path, source_key: str | None, dest: Path, dest_key: str | None) -> None:
    """Write `source` to `dest` with another key ('' / None = not encrypted) and check the copy."""
    module = cipher_module()
    for leftover in (dest, Path(str(dest) + "-journal")):
        if leftover.exists():
            leftover.unlink()
    conn = module.connect(str(source))
    try:
        if source_key:
            conn.execute("PRAGMA key = '%s'" % source_key.replace("'", "''"))
        before = _table_counts(conn)
        conn.execute("ATTACH DATABASE ? AS converted KEY ?", (str(dest), dest_key or ""))
        conn.execute("SELECT sqlcipher_export('converted')")
        version = conn.execute("PRAGMA main.user_version").fetchone()[0]
        conn.execute(f"PRAGMA converted.user_version = {int(version)}")
        conn.execute("DETACH DATABASE converted")
    finally:
        conn.close()
    check = module.connect(str(dest))
    try:
        if dest_key:
            check.execute("PRAGMA key = '%s'" % dest_key.replace("'", "''"))
        if check.execute("PRAGMA integrity_check").fetchone()[0] != "ok" or _table_counts(check) != before:
            raise AppError("转换后的数据库未通过检查，原文件未作改动。")
    finally:
        check.close()


def _swap_and_reopen(path: Path, converted: Path, key: str | None) -> None:
    close_database(keep_lock=True)
    for suffix in ("-wal", "-shm"):
        side = Path(str(path) + suffix)
        if side.exists():
            side.unlink()
    os.replace(converted, path)
    open_database(path, passphrase=key)


def _checkpoint() -> None:
    # Everything committed goes into the main file before it is converted.
    database.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")


def enable(password: str, confirm: str) -> int:
    """Encrypt the open database. Returns how many unencrypted automatic backups were removed."""
    from . import backup

    _require_available()
    access.require(access.ADMIN)
    if is_encrypted():
        raise AppError("数据库已经加密。")
    if password != confirm:
        raise ValidationError("确认密码", "两次输入的密码不一致")
    check_password(password)
    path = current_path()
    if path is None:
        raise AppError("当前数据库不是本地文件，不能加密。")
    _checkpoint()
    converted = path.with_name(path.name + ".encrypting")
    try:
        _convert(path, None, converted, password)
        _swap_and_reopen(path, converted, password)
    finally:
        if converted.exists():
            converted.unlink()
    removed = 0
    for info in backup.list_backups():
        if not info.encrypted:
            info.path.unlink(missing_ok=True)
            removed += 1
    backup.make_backup("before-encryption", thin_after=False)
    audit.record_event("encryption", f"启用数据库加密；删除未加密的自动备份 {removed} 个")
    events.changed("database")
    return removed


def disable(password: str) -> None:
    _require_available()
    access.require(access.ADMIN)
    if not is_encrypted():
        raise AppError("数据库没有加密。")
    if password != current_passphrase():
        raise WrongPassphrase("密码不正确。")
    path = current_path()
    _checkpoint()
    converted = path.with_name(path.name + ".decrypting")
    try:
        _convert(path, password, converted, None)
        _swap_and_reopen(path, converted, None)
    finally:
        if converted.exists():
            converted.unlink()
    audit.record_event("encryption", "取消数据库加密（以前的加密备份仍需原密码打开）")
    events.changed("database")


def change_password(old: str, new: str, confirm: str) -> None:
    _require_available()
    access.require(access.ADMIN)
    if not is_encrypted():
        raise AppError("数据库没有加密。")
    if old != current_passphrase():
        raise WrongPassphrase("原密码不正确。")
    if new != confirm:
        raise ValidationError("确认密码", "两次输入的密码不一致")
    check_password(new)
    path = current_path()
    _checkpoint()
    converted = path.with_name(path.name + ".rekeying")
    try:
        _convert(path, old, converted, new)
        _swap_and_reopen(path, converted, new)
    finally:
        if converted.exists():
            converted.unlink()
    audit.record_event("encryption", "更改数据库加密密码（以前的备份仍用原密码）")
    events.changed("database")
