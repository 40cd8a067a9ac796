"""Accounts and roles, off until the office turns them on. Stored in the database file itself, so they
travel (and, when the file is encrypted, are encrypted) with the data.

Passwords are hashed with scrypt (memory-hard; n=2**14, r=8, p=1, 16 random salt bytes) and compared in
constant time. Roles: 管理员 (everything), 录入员 (enter and change records), 查阅 (read only). Reading
talk content, full ID numbers and problem clues (问题线索) is granted per account.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import os
from dataclasses import dataclass

from app import events
from app.events import Topic
from app.safety import access
from app.safety import audit
from app.safety.access import ROLE_ADMIN, ROLES, SignedIn
from app.store.db import DatabaseDamaged, database
from app.errors import Conflict, NotFound, ValidationError
from app.store.base import now
from app.store.settings_model import Setting
from app.safety.models import Account

ENABLED_KEY = "accounts_enabled"
IDLE_LOCK_KEY = "idle_lock_minutes"
DEFAULT_IDLE_MINUTES = 10
MIN_PASSWORD = 6
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2 ** 14, 8, 1


# ---------------------------------------------------------------- passwords

def hash_password(password: str) -> str:
    salt = os.urandom(16)
    digest = hashlib.scrypt(password.encode("utf-8"), salt=salt, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P, dklen=32)
    return f"scrypt${SCRYPT_N}${SCRYPT_R}${SCRYPT_P}${salt.hex()}${digest.hex()}"


def verify_password(password: str, stored: str) -> bool:
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        if scheme != "scrypt":
            return False
        actual = hashlib.scrypt(password.encode("utf-8"), salt=bytes.fromhex(salt), n=int(n), r=int(r), p=int(p),
                                dklen=len(digest) // 2)
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(actual.hex(), digest)


def check_new_password(password: str, label: str = "密码") -> None:
    if len(password) < MIN_PASSWORD:
        raise ValidationError(label, f"至少需要{MIN_PASSWORD}个字符")
    if len(password) > 200:
        raise ValidationError(label, "过长（最多200个字符）")
    if password != password.strip():
        raise ValidationError(label, "开头和结尾不能是空格")


# ---------------------------------------------------------------- settings

def _setting(key: str, default: str = "") -> str:
    row = Setting.get_or_none(Setting.key == key)
    return row.value if row is not None else default


def _set_setting(key: str, value: str) -> None:
    Setting.insert(key=key, value=value).on_conflict(conflict_target=[Setting.key],
                                                      update={Setting.value: value}).execute()


UNREADABLE_MESSAGE = ("数据库中的账户与权限设置无法读取（{detail}），文件可能已损坏或被改动。为保护谈话内容和身份证号等"
                      "保密信息，按已启用账户处理，拒绝打开。请从备份恢复（启动时选择备份，或“数据 → 从备份恢复”）。")


def enabled_in_database() -> bool:
    """Read from the open database (called when it opens). Fails closed: when the setting or the accounts
    cannot be read, or say "on" with no account to sign in with, DatabaseDamaged is raised instead of
    letting everyone in. The workbench has migrated the file, so the tables exist in a sound one."""
    try:
        present = database.table_exists("account") and database.table_exists(Setting._meta.table_name)
        if present:
            flag = _setting(ENABLED_KEY)
            any_active = Account.select().where(Account.active).exists()
            Account.select().count()  # reads every page of the table, not only the first rows
    except Exception as exc:  # a damaged page reads as DatabaseDamaged, a missing column as OperationalError…
        raise DatabaseDamaged(UNREADABLE_MESSAGE.format(detail=str(exc)[:200])) from exc
    if not present:
        raise DatabaseDamaged(UNREADABLE_MESSAGE.format(detail="账户表或设置表不存在"))
    if flag not in ("", "0", "1"):
        raise DatabaseDamaged(UNREADABLE_MESSAGE.format(detail=f"启用标志为“{flag[:20]}”"))
    if flag == "1" and not any_active:
        raise DatabaseDamaged(UNREADABLE_MESSAGE.format(detail="设置为已启用，但没有可用的账户"))
    return flag == "1"


def idle_lock_minutes() -> int:
    try:
        return max(0, int(_setting(IDLE_LOCK_KEY, str(DEFAULT_IDLE_MINUTES))))
    except ValueError:
        return DEFAULT_IDLE_MINUTES


def set_idle_lock_minutes(minutes: int) -> None:
    access.require(access.ADMIN)
    if not 0 <= minutes <= 24 * 60:
        raise ValidationError("自动锁定时间", "应在0到1440分钟之间（0表示不锁定）")
    with database.atomic():
        _set_setting(IDLE_LOCK_KEY, str(minutes))


# ---------------------------------------------------------------- accounts

@dataclass(frozen=True)
class AccountRow:
    id: int
    username: str
    display_name: str
    role: str
    can_view_talks: bool
    can_view_ids: bool
    active: bool
    last_login: dt.datetime | None
    can_view_clues: bool = False


def account_rows() -> list[AccountRow]:
    return [AccountRow(a.id, a.username, a.display_name, a.role, a.can_view_talks, a.can_view_ids, a.active,
                       a.last_login, a.can_view_clues) for a in Account.select().order_by(Account.id)]


def active_usernames() -> list[str]:
    return [a.username for a in Account.select(Account.username).where(Account.active).order_by(Account.id)]


def _clean_username(username: str) -> str:
    from app.common.safe_text import clean_text

    name = clean_text(username, 40, field="用户名")
    if not name:
        raise ValidationError("用户名", "不能为空")
    if any(ch.isspace() for ch in name):
        raise ValidationError("用户名", "不能含空格")
    return name


def _check_role(role: str) -> None:
    if role not in ROLES:
        raise ValidationError("角色", f"“{role}”不在可选值中（{'、'.join(ROLES)}）")


def create_account(username: str, display_name: str, role: str, password: str, *,
                   can_view_talks: bool = False, can_view_ids: bool = False,
                   can_view_clues: bool = False) -> Account:
    from app.common.safe_text import clean_text

    access.require(access.ADMIN)
    username = _clean_username(username)
    display_name = clean_text(display_name, 40, field="姓名") or username
    _check_role(role)
    check_new_password(password)
    with database.atomic():
        if Account.select().where(Account.username == username).exists():
            raise Conflict(f"用户名“{username}”已存在")
        account = Account.create(username=username, display_name=display_name, role=role,
                                 password_hash=hash_password(password), can_view_talks=can_view_talks,
                                 can_view_ids=can_view_ids, can_view_clues=can_view_clues)
    events.changed(Topic.ACCOUNTS)
    return account


def update_account(account_id: int, *, display_name: str, role: str, can_view_talks: bool, can_view_ids: bool,
                   active: bool, can_view_clues: bool | None = None) -> None:
    """can_view_clues None: the 问题线索 permission stays as it is."""
    from app.common.safe_text import clean_text

    access.require(access.ADMIN)
    _check_role(role)
    with database.atomic():
        account = Account.get_or_none(Account.id == account_id)
        if account is None:
            raise NotFound("该账户已不存在。")
        account.display_name = clean_text(display_name, 40, field="姓名") or account.username
        account.role, account.can_view_talks, account.can_view_ids, account.active = role, can_view_talks, can_view_ids, active
        if can_view_clues is not None:
            account.can_view_clues = can_view_clues
        account.save()
        _check_an_admin_remains()
    _refresh_signed_in(account_id)
    events.changed(Topic.ACCOUNTS)


def set_password(account_id: int, new_password: str, *, old_password: str | None = None) -> None:
    """An administrator sets anyone's password; a user changes their own with the old one."""
    check_new_password(new_password, "新密码")
    account = Account.get_or_none(Account.id == account_id)
    if account is None:
        raise NotFound("该账户已不存在。")
    user = access.current_user()
    own = user is not None and user.username == account.username
    if old_password is not None and own:
        if not verify_password(old_password, account.password_hash):
            raise ValidationError("原密码", "不正确")
    else:
        access.require(access.ADMIN)
    with database.atomic():
        Account.update(password_hash=hash_password(new_password), updated_at=now()).where(Account.id == account_id).execute()


def _check_an_admin_remains() -> None:
    if not Account.select().where((Account.role == ROLE_ADMIN) & Account.active).exists():
        raise Conflict("至少要保留一个启用的管理员账户，否则无人能管理账户。")


def _signed(account: Account) -> SignedIn:
    permissions = set(access.ROLE_PERMISSIONS.get(account.role, set()))
    if account.can_view_talks:
        permissions.add(access.TALK_CONTENT)
    if account.can_view_ids:
        permissions.add(access.ID_NUMBERS)
    if account.can_view_clues:
        permissions.add(access.CLUES)
    return SignedIn(account.username, account.display_name or account.username, account.role, frozenset(permissions))


def signed_in_again(username: str) -> SignedIn | None:
    account = Account.get_or_none((Account.username == username) & Account.active)
    return _signed(account) if account is not None else None


def _refresh_signed_in(account_id: int) -> None:
    user = access.current_user()
    account = Account.get_or_none(Account.id == account_id)
    if user is not None and account is not None and account.username == user.username:
        if account.active:
            access.sign_in(_signed(account))
        else:
            access.sign_out()


# ---------------------------------------------------------------- turning accounts on and off

def enable(username: str, display_name: str, password: str) -> Account:
    """Turn accounts on, creating the first administrator, who is then signed in."""
    from app.common.safe_text import clean_text

    access.require(access.ADMIN)
    username = _clean_username(username)
    check_new_password(password)
    with database.atomic():
        account = Account.get_or_none(Account.username == username)
        if account is None:
            account = Account.create(username=username, display_name=clean_text(display_name, 40, field="姓名") or username,
                                     role=ROLE_ADMIN, password_hash=hash_password(password),
                                     can_view_talks=True, can_view_ids=True)
        else:
            account.role, account.active = ROLE_ADMIN, True
            account.password_hash = hash_password(password)
            account.save()
        _set_setting(ENABLED_KEY, "1")
    access.set_accounts_enabled(True)
    access.sign_in(_signed(account))
    audit.record_event("accounts", f"启用用户与权限，管理员：{username}", table="account")
    events.changed(Topic.DATABASE)  # what may be seen changed everywhere
    return account


def disable() -> None:
    access.require(access.ADMIN)
    with database.atomic():
        _set_setting(ENABLED_KEY, "0")
    audit.record_event("accounts", "关闭用户与权限（所有人可做所有操作）", table="account")
    access.set_accounts_enabled(False)
    access.sign_out()
    events.changed(Topic.DATABASE)  # what may be seen changed everywhere


# ---------------------------------------------------------------- signing in

WRONG_LOGIN = "用户名或密码不正确。"


def login(username: str, password: str) -> SignedIn:
    account = Account.get_or_none((Account.username == (username or "").strip()) & Account.active)
    if account is None or not verify_password(password, account.password_hash):
        audit.record_event("login_failed", f"登录失败：用户名“{(username or '')[:40]}”", table="account")
        raise ValidationError("登录", WRONG_LOGIN)
    user = _signed(account)
    access.sign_in(user)
    if not _is_read_only():
        with database.atomic():
            Account.update(last_login=now()).where(Account.id == account.id).execute()
    audit.record_event("login", f"{user.display_name}（{user.role}）登录", table="account")
    events.changed(Topic.DATABASE)  # what may be seen changed everywhere
    return user


def check_current_password(password: str) -> bool:
    """For the idle lock: is this the signed-in user's password?"""
    user = access.current_user()
    if user is None:
        return False
    account = Account.get_or_none(Account.username == user.username)
    return account is not None and account.active and verify_password(password, account.password_hash)


def logout() -> None:
    user = access.current_user()
    if user is not None:
        audit.record_event("logout", f"{user.display_name}退出登录", table="account")
    access.sign_out()
    events.changed(Topic.DATABASE)  # what may be seen changed everywhere


def _is_read_only() -> bool:
    from app.store.db import is_read_only

    return is_read_only()


def database_opened(same_file: bool = False) -> None:
    """A database was opened: its own accounts setting applies and nobody is signed in to it yet.
    same_file: the file was reopened (after a restore or an encryption change): whoever was signed in
    stays so if their account is still there and active."""
    user = access.current_user()
    access.sign_out()
    access.set_accounts_enabled(enabled_in_database())
    if same_file and user is not None and access.accounts_enabled():
        again = signed_in_again(user.username)
        if again is not None:
            access.sign_in(again)
