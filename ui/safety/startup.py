"""Opening the database at start-up, safely: the password of an encrypted file, a file another copy of the
program holds (read-only offered), a damaged file (the newest good backups offered, never a new empty
file), then the login when accounts are on."""
from __future__ import annotations

import logging
import threading
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMessageBox

from app.safety import access
from app.store import backup
from app.store.early_check import EarlyCheck
from app.store.db import (DatabaseDamaged, PassphraseRequired, ReadOnlyDatabase, WrongPassphrase, current_passphrase,
                          current_path)
from app.workbench import close_database, open_database, use_lock_files
from app.errors import AppError, DatabaseError, DatabaseTooNew
from app.store.lock import LockHeld
from ui.common.i18n import app_display_name

log = logging.getLogger(__name__)


def ask_passphrase(path: Path, message: str = "") -> str | None:
    text = (message + "\n\n" if message else "") + QCoreApplication.translate("StartupPrompts", "数据库“{name}”已加密，请输入密码：").format(name=path.name)
    title = QCoreApplication.translate("StartupPrompts", "{app} — 输入数据库密码").format(app=app_display_name())
    value, ok = QInputDialog.getText(None, title, text, QLineEdit.Password)
    return value if ok and value else None


def ask_read_only(exc: AppError) -> bool:
    box = QMessageBox(QMessageBox.Information, app_display_name(), str(exc))
    read_only = box.addButton(QCoreApplication.translate("StartupPrompts", "只读打开"), QMessageBox.AcceptRole)
    box.addButton(QCoreApplication.translate("StartupPrompts", "退出"), QMessageBox.RejectRole)
    box.setDefaultButton(read_only)
    box.exec()
    return box.clickedButton() is read_only


def choose_other(target: str, exc: Exception) -> str | None:
    answer = QMessageBox.warning(None, app_display_name(),
                                 QCoreApplication.translate("StartupPrompts", "{error}\n\n是否选择另一个数据库文件？").format(
                                     error=exc),
                                 QMessageBox.Open | QMessageBox.Close, QMessageBox.Open)
    if answer != QMessageBox.Open:
        return None
    chosen, _ = QFileDialog.getOpenFileName(None, QCoreApplication.translate("StartupPrompts", "打开数据库"), str(Path(target).parent),
                                            QCoreApplication.translate("StartupPrompts", "教育整顿数据库 (*.db *.sqlite);;所有文件 (*)"))
    return chosen or None


def offer_recovery(path: Path, problem: str, passphrase: str | None) -> tuple[bool, str | None]:
    """The damaged-file dialog. Returns (recovered, passphrase of the recovered file)."""
    from ui.safety.backup import RecoveryDialog

    try:
        good = backup.newest_good_backups(path, 5, passphrase)
    except AppError:
        good = []
    dialog = RecoveryDialog(path, problem, good)
    if dialog.exec():
        return True, dialog.key if dialog.key is not None else passphrase
    return False, passphrase


def check_while(meanwhile: Callable[[], object] | None, early_rows: Callable[[], list] | None = None) -> None:
    """backup.quick_check, raising DatabaseDamaged as it does; `meanwhile` runs on this thread while the check
    reads the file in another (SQLite lets go of the GIL as it reads, so the start-up's imports and the
    check overlap). The check has its own read-only connection; no Qt and no collection in that thread
    (automatic collection is off: ui.common.gc_policy). early_rows: the rows of the check made before the
    file was opened (app.store.early_check), judged instead of checking again."""
    path = current_path()
    if early_rows is not None:
        if meanwhile is not None:
            meanwhile()
        backup.judge_quick_check(early_rows)
        return
    if meanwhile is None or path is None:
        backup.quick_check()
        return
    outcome: dict[str, Exception] = {}

    def check() -> None:
        try:
            backup.quick_check_file(path, current_passphrase())
        except Exception as exc:  # handed to the GUI thread below
            outcome["error"] = exc

    thread = threading.Thread(target=check, name="start-up check", daemon=True)
    thread.start()
    try:
        meanwhile()
    finally:
        thread.join()
    if "error" in outcome:
        raise outcome["error"]


def taken(early: EarlyCheck) -> Callable[[], list]:
    """The early check's outcome, waited for now, to be judged once the file is open."""
    try:
        rows = early.result()
    except Exception as exc:  # raised again where the check is judged, as a damaged file
        error = exc  # `exc` itself is unbound when the except block ends, so the closure keeps its own name

        def failed() -> list:
            raise error
        return failed
    return lambda: rows


def open_interactively(target: str, meanwhile: Callable[[], object] | None = None,
                       early: EarlyCheck | None = None) -> bool:
    """Open `target` for the GUI, explaining every problem. Returns False when the user gives up.
    meanwhile: work for the GUI thread while the file is checked (see check_while).
    early: the check of `target` begun before Qt was loaded (app.store.early_check); it serves the first
    attempt only (a recovered or another file is checked afresh)."""
    use_lock_files(True)
    passphrase: str | None = None
    read_only = False
    recovered_once = False
    while True:
        path = Path(target)
        # Waited for before opening: the check must not read while the file is migrated or replaced.
        early_rows = taken(early) if early is not None and early.covers(path) else None
        early = None
        try:
            open_database(target, read_only=read_only, passphrase=passphrase)
            check_while(meanwhile, early_rows if current_passphrase() is None else None)
            return True
        except (PassphraseRequired, WrongPassphrase) as exc:
            close_database()
            passphrase = ask_passphrase(path, str(exc) if isinstance(exc, WrongPassphrase) else "")
            if passphrase is None:
                return False
        except LockHeld as exc:
            log.info("database held: %s", exc)
            if not ask_read_only(exc):
                return False
            read_only = True
        except ReadOnlyDatabase as exc:
            close_database()
            if read_only or not ask_read_only(exc):
                return False
            read_only = True
        except DatabaseTooNew as exc:
            chosen = choose_other(target, exc)
            if chosen is None:
                return False
            target, passphrase, read_only = chosen, None, False
        except (DatabaseDamaged, DatabaseError) as exc:
            close_database()
            log.warning("cannot open %s: %s", target, exc)
            has_backups = path.exists() and bool(backup.list_backups(backup.backup_folder(path)))
            if (isinstance(exc, DatabaseDamaged) or has_backups) and not recovered_once and path.exists():
                recovered, passphrase = offer_recovery(path, str(exc), passphrase)
                if not recovered:
                    return False
                recovered_once = True
                continue
            chosen = choose_other(target, exc)
            if chosen is None:
                return False
            target, passphrase, read_only, recovered_once = chosen, None, False, False


def login_if_needed() -> bool:
    if not access.accounts_enabled():
        return True
    from ui.safety.accounts import LoginDialog

    return bool(LoginDialog().exec())
