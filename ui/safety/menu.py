"""The 数据 menu and the safety machinery that runs beside the main window: backups on a timer and on
close, the lock file heartbeat, the idle screen lock, and a status-bar note (read-only / who is signed in).
Installed through ui.shell.tabs.MENU_EXTENSIONS."""
from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QMessageBox

from app.safety import access
from app.store import backup
from app import maintenance
from app.store import encryption
from app.store.db import current_path, is_encrypted, is_read_only
from app.workbench import close_database, current_lock, set_open_prompts
from app.errors import AppError

from ui.common.worker import run_job

log = logging.getLogger(__name__)

HEARTBEAT_MS = 5 * 60 * 1000


class SafetyController(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self._build_menu()
        self.status = QLabel(window)
        window.statusBar().addPermanentWidget(self.status)
        window.bridge.changed.connect(self.on_changed)
        window.closing.connect(self.on_closing)
        self.backup_timer = QTimer(self)
        self.backup_timer.setInterval(backup.PERIOD_MINUTES * 60 * 1000)
        self.backup_timer.timeout.connect(self.periodic_backup)
        self.backup_timer.start()
        self.heartbeat = QTimer(self)
        self.heartbeat.setInterval(HEARTBEAT_MS)
        self.heartbeat.timeout.connect(self.refresh_lock)
        self.heartbeat.start()
        from ui.safety.idle_lock import IdleLock

        self.idle_lock = IdleLock(window)
        app = QApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.on_quit)
        from ui.safety.startup import ask_passphrase, ask_read_only

        # 文件 → 打开数据库 may meet an encrypted file or one held by another copy of the program.
        set_open_prompts(passphrase_prompt=ask_passphrase, read_only_prompt=ask_read_only)
        self.update_status()

    # -------------------------------------------------------- menu
    def _build_menu(self) -> None:
        w = self.window
        menu = w.menuBar().addMenu(self.tr("数据(&D)"))
        self.menu = menu
        self.backup_now = QAction(self.tr("立即备份"), w, triggered=self.backup_now_clicked)
        self.backup_to = QAction(self.tr("备份到…"), w, triggered=self.backup_to_clicked)
        self.restore = QAction(self.tr("从备份恢复…"), w, triggered=self.restore_clicked)
        self.check = QAction(self.tr("检查数据库"), w, triggered=self.check_clicked)
        self.open_folder = QAction(self.tr("打开备份文件夹"), w, triggered=self.open_backup_folder)
        self.log_action = QAction(self.tr("操作日志…"), w, triggered=self.audit_clicked)
        self.accounts_action = QAction(self.tr("用户与权限…"), w, triggered=self.accounts_clicked)
        self.lock_action = QAction(self.tr("锁定屏幕"), w, triggered=lambda: self.idle_lock.lock())
        self.lock_action.setShortcuts(QKeySequence.listFromString("Ctrl+L"))  # not setShortcut: see MainWindow._build_menus
        menu.addActions([self.backup_now, self.backup_to, self.restore, self.check, self.open_folder])
        menu.addSeparator()
        menu.addAction(self.log_action)
        menu.addSeparator()
        menu.addAction(self.accounts_action)
        self.crypto_action = None
        if encryption.available():
            self.crypto_action = QAction(self.tr("加密设置…"), w, triggered=self.crypto_clicked)
            menu.addAction(self.crypto_action)
        menu.addAction(self.lock_action)
        menu.aboutToShow.connect(self.update_actions)
        self.update_actions()

    def update_actions(self) -> None:
        local = current_path() is not None
        admin = access.can(access.ADMIN)
        for action in (self.backup_now, self.backup_to, self.check, self.open_folder):
            action.setEnabled(local)
        self.restore.setEnabled(local and admin and not is_read_only())
        self.accounts_action.setEnabled(admin and not is_read_only())
        if self.crypto_action is not None:
            self.crypto_action.setEnabled(local and admin and not is_read_only())
        # Enabled whenever accounts are on: the shortcut must work before the 数据 menu was ever opened, and
        # IdleLock.lock() itself does nothing while nobody is signed in.
        self.lock_action.setVisible(access.accounts_enabled())
        self.lock_action.setEnabled(access.accounts_enabled())

    # -------------------------------------------------------- actions
    def backup_now_clicked(self) -> None:
        run_job(self.window, self.tr("立即备份"), lambda p: maintenance.make_backup("manual", progress=p),
                on_done=lambda info: QMessageBox.information(
                    self.window, self.tr("立即备份"),
                    self.tr("已备份并检查无误：\n{0}").format(info.path)), cancellable=False)

    def backup_to_clicked(self) -> None:
        folder = QFileDialog.getExistingDirectory(self.window, self.tr("选择备份位置（如U盘）"), str(Path.home()))
        if not folder:
            return
        extra = self.tr("\n\n该备份已加密，打开时需要数据库密码。") if is_encrypted() else ""
        run_job(self.window, self.tr("备份到…"),
                lambda p: maintenance.make_backup("manual", folder=Path(folder), progress=p),
                on_done=lambda info: QMessageBox.information(
                    self.window, self.tr("备份到…"), self.tr("已备份并检查无误：\n{0}").format(info.path) + extra),
                cancellable=False)

    def restore_clicked(self) -> None:
        from ui.safety.backup import RestoreDialog

        RestoreDialog(self.window).exec()
        self.update_status()

    def check_clicked(self) -> None:
        from ui.safety.backup import ReportDialog

        run_job(self.window, self.tr("检查数据库"), lambda p: maintenance.check_database(progress=p),
                on_done=lambda report: ReportDialog(self.tr("检查数据库"), report.lines, report.ok, self.window).exec(),
                cancellable=False)

    def open_backup_folder(self) -> None:
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices

        folder = backup.backup_folder()
        folder.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def audit_clicked(self) -> None:
        from ui.safety.audit import AuditLogDialog

        AuditLogDialog(self.window).exec()

    def accounts_clicked(self) -> None:
        from ui.safety.accounts import AccountsDialog

        AccountsDialog(self.window).exec()
        self.update_status()

    def crypto_clicked(self) -> None:
        from ui.safety.crypto import EncryptionDialog

        EncryptionDialog(self.window).exec()
        self.update_status()

    # -------------------------------------------------------- background
    def periodic_backup(self) -> None:
        if not backup.has_changes() or current_path() is None or is_read_only():
            return

        def failed(exc):
            log.warning("periodic backup failed: %s", exc)
            self.window.statusBar().showMessage(self.tr("自动备份失败：{0}").format(exc), 15000)

        run_job(self.window, self.tr("自动备份"), lambda p: maintenance.make_backup("auto", progress=p),
                on_done=lambda info: self.window.statusBar().showMessage(
                    self.tr("已自动备份（{0:%H:%M}）").format(info.made_at), 8000),
                on_error=failed, cancellable=False)

    def on_closing(self) -> None:
        set_open_prompts()
        try:
            maintenance.backup_if_changed("close")
        except AppError as exc:
            log.warning("backup on close failed: %s", exc)
            QMessageBox.warning(self.window, self.tr("关闭时备份"), self.tr("关闭前的自动备份没有成功：{0}").format(exc))
        self.backup_timer.stop()
        self.heartbeat.stop()
        self.idle_lock.detach()

    def on_quit(self) -> None:
        set_open_prompts()
        close_database()  # releases the lock file

    def refresh_lock(self) -> None:
        lock = current_lock()
        if lock is not None:
            lock.refresh()

    def on_changed(self, topic: str) -> None:
        self.idle_lock.watch()  # accounts switched on or off
        self.update_status()
        self.update_actions()  # accounts switched on or off, another file opened
        if topic == "database" and access.accounts_enabled() and access.current_user() is None:
            QTimer.singleShot(0, self.ask_login)

    def ask_login(self) -> None:
        from ui.safety.accounts import LoginDialog

        if access.accounts_enabled() and access.current_user() is None and not LoginDialog(self.window).exec():
            self.window.close()
        self.update_actions()

    def update_status(self) -> None:
        parts = []
        if is_read_only():
            parts.append(self.tr("只读"))
        if is_encrypted():
            parts.append(self.tr("已加密"))
        user = access.current_user()
        if user is not None:
            parts.append(self.tr("当前用户：{0}（{1}）").format(user.display_name, user.role))
        self.status.setText("　".join(parts))
        self.status.setStyleSheet("color: #b3261e; font-weight: bold;" if is_read_only() else "")


def install(window) -> None:
    window.safety = SafetyController(window)
