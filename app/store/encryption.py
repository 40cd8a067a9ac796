"""Encryption at rest with SQLCipher (optional package `sqlcipher3-wheels`).

The whole database file, and every backup made from it, is encrypted with AES-256; SQLCipher derives the
key from the password (PBKDF2-HMAC-SHA512, 256 000 rounds, a random salt per file). There is no way to
recover a forgotten password: the UI says so before encryption is turned on.

Turning encryption on, off, or changing the password writes a converted copy beside the file
(`sqlcipher_export`), checks that it opens and holds the same number of rows in every table, then renames
it over the original and reopens (`app.maintenance`, which also checks the permission and logs it).
No plaintext copy stays once encryption is on, and none goes before an encrypted copy exists: after the
swap an encrypted backup is made and checked; only then are the automatic backups that are not encrypted
removed, and the plaintext copies beside the file (`plaintext_copies_beside`: the copy made before a
schema upgrade, `<stem>.v7-….bak`, and a damaged file kept aside by recovery) are encrypted in place
(`encrypt_in_place`: converted aside, checked, renamed over; one that cannot be converted stays and is
named). Backups made under an older password keep that password.
"""
from __future__ import annotations

import importlib.util
import os
from pathlib import Path

from app.store.db import looks_encrypted

from app.errors import AppError, ValidationError
from app.store.db import EncryptionUnavailable, cipher_module, database

MIN_PASSWORD = 8
WARNING = ("加密后，打开这个数据库（包括它的所有备份）都必须输入密码。\n"
           "密码一旦忘记，没有任何办法找回，数据将永久无法打开——软件开发者也无能为力。\n"
           "请把密码写在纸上，密封后交由单位保密员保管。")


def available() -> bool:
    """Whether the package is installed, without importing it (the 数据 menu asks at start-up)."""
    return importlib.util.find_spec("sqlcipher3") is not None


def require_available() -> None:
    if cipher_module() is None:  # installed and importable
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


def convert(source: Path, source_key: str | None, dest: Path, dest_key: str | None) -> None:
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


def replace_file(path: Path, converted: Path) -> None:
    """Put the converted file in place of the database (closed by the caller; the rename is atomic)."""
    for suffix in ("-wal", "-shm"):
        side = Path(str(path) + suffix)
        if side.exists():
            side.unlink()
    os.replace(converted, path)


def checkpoint() -> None:
    # Everything committed goes into the main file before it is converted.
    database.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")


def plaintext_copies_beside(path: Path) -> list[Path]:
    """Unencrypted copies of the database the program leaves beside it: the pre-upgrade copy
    (app.store.db.pre_migration_copy) and a damaged file kept aside (app.store.backup.recover)."""
    path = Path(path)
    found = set(path.parent.glob(f"{path.stem}.v*-*.bak")) | set(path.parent.glob(f"{path.name}.damaged-*"))
    return sorted(p for p in found if p.is_file() and not looks_encrypted(p) and p.stat().st_size > 0
                  and not p.name.endswith(("-wal", "-shm", "-journal")))


def encrypt_in_place(path: Path, password: str) -> None:
    """Replace a plaintext database file by its encrypted copy (checked before the rename)."""
    converted = path.with_name(path.name + ".encrypting")
    try:
        convert(path, None, converted, password)
        for suffix in ("-wal", "-shm"):
            side = Path(str(path) + suffix)
            if side.exists():
                side.unlink()
        os.replace(converted, path)
    finally:
        for leftover in (converted, Path(str(converted) + "-journal")):
            if leftover.exists():
                leftover.unlink()
