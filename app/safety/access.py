"""Who is working, and what they may see. Until the office turns accounts on, everyone may do everything
and the actor is the operating-system user. Call `can(...)` before showing or printing sensitive data.

With accounts on (`app.safety.accounts`), the signed-in account's role decides; nobody signed in may do
nothing. Writes are also refused when the database is open read-only. Core writes need not call
`can(EDIT)` themselves: the permission triggers installed on every connection (`app.safety.audit`) ask it
for each changed row and the refusal reaches the user as `PermissionDenied`.
"""
from __future__ import annotations

import getpass
import threading
from dataclasses import dataclass

from app.errors import PermissionDenied  # noqa: F401  (raised by require(); imported from here)
from app.store.db import READ_ONLY_MESSAGE, is_read_only

# Permissions the features ask about.
TALK_CONTENT = "talk_content"  # read, print or export the content of talk records
ID_NUMBERS = "id_numbers"  # see or export full ID numbers
CLUES = "clues"  # read, print or export self-check items and problem clues (查纠整改)
EDIT = "edit"  # create, change or delete records
ADMIN = "admin"  # accounts, restore backups, settings

PERMISSIONS = (TALK_CONTENT, ID_NUMBERS, CLUES, EDIT, ADMIN)

# Roles and what each may do by itself; TALK_CONTENT, ID_NUMBERS and CLUES are granted per account (no role has them).
ROLE_ADMIN, ROLE_CLERK, ROLE_READER = "管理员", "录入员", "查阅"
ROLES = (ROLE_ADMIN, ROLE_CLERK, ROLE_READER)
ROLE_PERMISSIONS = {
    ROLE_ADMIN: {EDIT, ADMIN},
    ROLE_CLERK: {EDIT},
    ROLE_READER: set(),
}
PERMISSION_LABELS = {TALK_CONTENT: "查看谈话内容", ID_NUMBERS: "查看完整身份证号", CLUES: "问题线索", EDIT: "录入和修改", ADMIN: "管理账户与备份"}


@dataclass(frozen=True)
class SignedIn:
    username: str
    display_name: str
    role: str
    permissions: frozenset


_lock = threading.Lock()
_accounts_enabled = False
_user: SignedIn | None = None


def os_user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no user name in some service environments
        return "unknown"


def current_actor() -> str:
    """The name recorded as 'who' in logs and records."""
    user = _user
    if user is not None:
        return f"{user.display_name}（{user.username}）" if user.display_name != user.username else user.username
    if _accounts_enabled:
        return f"未登录（{os_user()}）"
    return os_user()


def current_user() -> SignedIn | None:
    return _user


def accounts_enabled() -> bool:
    return _accounts_enabled


def can(permission: str) -> bool:
    if permission == EDIT and is_read_only():
        return False
    if not _accounts_enabled:
        return True
    user = _user
    return user is not None and permission in user.permissions


def require(permission: str) -> None:
    """Raise PermissionDenied unless the current user may do `permission`."""
    if not can(permission):
        if permission == EDIT and is_read_only():
            raise PermissionDenied(READ_ONLY_MESSAGE)
        who = _user.role if _user is not None else "未登录"
        raise PermissionDenied(f"当前账户（{who}）没有“{PERMISSION_LABELS.get(permission, permission)}”的权限。")


# ---------------------------------------------------------------- session (set by app.safety.accounts)

def sign_in(user: SignedIn) -> None:
    global _user
    with _lock:
        _user = user


def sign_out() -> None:
    global _user
    with _lock:
        _user = None


def set_accounts_enabled(enabled: bool) -> None:
    global _accounts_enabled
    with _lock:
        _accounts_enabled = enabled
