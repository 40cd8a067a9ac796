"""The safety dialogs driven with qtbot: models checked, main paths run against a real database."""
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from app.safety import access
from app.safety import accounts
from app.safety import audit
from app.store import backup
from app import maintenance
from app.roster.officers import OfficerData, create_officer
from app.store.db import current_path, is_read_only
from app.workbench import close_database, open_database, use_lock_files
from app.roster.models import Officer


@pytest.fixture(autouse=True)
def quiet_boxes(monkeypatch):
    shown = []
    for name in ("information", "warning", "critical"):
        monkeypatch.setattr(QMessageBox, name, staticmethod(lambda *a, _n=name, **k: shown.append((_n, a[2] if len(a) > 2 else "")) or QMessageBox.Ok))
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.Yes))
    return shown


@pytest.fixture
def app():
    from ui.shell.application import create_application

    return create_application()


def add(name):
    return create_officer(OfficerData(name=name, unit="青山县人民法院"))


def test_menu_is_installed_with_working_items(qtbot, app, demo_db):
    from ui.shell.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles[1] == "数据(&D)"
    texts = [a.text() for a in window.safety.menu.actions() if a.text()]
    assert texts[:5] == ["立即备份", "备份到…", "从备份恢复…", "检查数据库", "打开备份文件夹"]
    assert "操作日志…" in texts and "用户与权限…" in texts


def test_backup_now_from_the_menu(qtbot, app, demo_db, quiet_boxes):
    from ui.shell.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    window.safety.backup_now.trigger()
    qtbot.waitUntil(lambda: any("已备份" in text for _n, text in quiet_boxes), timeout=20000)
    assert len(backup.list_backups()) == 1


def test_closing_the_window_backs_up_changes(qtbot, app, db):
    from ui.shell.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    add("甲")
    window.close()
    assert [b.reason for b in backup.list_backups()] == ["close"]


def test_audit_viewer_model_filters_and_exports(qtbot, app, db, tmp_path, monkeypatch, qtmodeltester):
    from ui.safety.audit import AuditLogDialog

    add("甲")
    add("乙")
    audit.record_event("print", "打印承诺书 2 份", table="officer")
    dialog = AuditLogDialog()
    qtbot.addWidget(dialog)
    qtmodeltester.check(dialog.model)
    assert dialog.model.rowCount() == 4  # the unit, two officers, the print
    dialog.action.setCurrentIndex(dialog.action.findData("print"))
    assert [r.detail for r in dialog.model.rows] == ["打印承诺书 2 份"]
    dialog.action.setCurrentIndex(0)
    dialog.text.setText("乙")
    dialog.refresh()
    assert dialog.model.rows and all("乙" in (r.label + r.changes) for r in dialog.model.rows)
    dialog.view.selectRow(0)
    assert "乙" in dialog.details.toPlainText()
    target = tmp_path / "日志.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    dialog.export()
    assert target.exists()


def test_restore_dialog_restores_the_selected_backup(qtbot, app, db, qtmodeltester):
    from ui.safety.backup import RestoreDialog

    add("甲")
    maintenance.make_backup("manual")
    add("乙")
    dialog = RestoreDialog()
    qtbot.addWidget(dialog)
    qtmodeltester.check(dialog.chooser.model)
    assert "在册人员：1 人" in dialog.chooser.details.toPlainText()
    dialog.restore()
    assert dialog.result() == QDialog.Accepted
    assert [o.name for o in Officer.select()] == ["甲"]


def test_check_report_dialog(qtbot, app, db):
    from ui.safety.backup import ReportDialog

    report = maintenance.check_database()
    dialog = ReportDialog("检查数据库", report.lines, report.ok)
    qtbot.addWidget(dialog)
    assert "正常" in dialog.findChildren(type(dialog.layout().itemAt(0).widget()))[0].text()


def test_accounts_dialog_enables_adds_and_login_and_lock(qtbot, app, db, qtmodeltester):
    from ui.safety.accounts import AccountEditDialog, AccountsDialog, LockDialog, LoginDialog

    dialog = AccountsDialog()
    qtbot.addWidget(dialog)
    dialog.admin_name.setText("admin")
    dialog.admin_display.setText("王主任")
    dialog.admin_password.setText("secret-1")
    dialog.admin_confirm.setText("secret-1")
    dialog.enable()
    assert access.accounts_enabled() and access.current_user().role == access.ROLE_ADMIN
    qtmodeltester.check(dialog.model)
    edit = AccountEditDialog(dialog)
    edit.username.setText("zhao")
    edit.display_name.setText("赵科")
    edit.role.setCurrentText(access.ROLE_READER)
    edit.password.setText("secret-3")
    edit.confirm.setText("secret-3")
    edit.save()
    dialog.model.refresh()
    assert [r.username for r in dialog.model.rows] == ["admin", "zhao"]

    accounts.logout()
    login = LoginDialog()
    qtbot.addWidget(login)
    login.username.setCurrentText("zhao")
    login.password.setText("wrong-one")
    login.login()
    assert login.result() != QDialog.Accepted and "不正确" in login.message.text()
    login.password.setText("secret-3")
    login.login()
    assert login.result() == QDialog.Accepted and not access.can(access.EDIT)

    lock = LockDialog(dialog)
    qtbot.addWidget(lock)
    lock.password.setText("secret-1")  # someone else's password does not unlock
    lock.unlock()
    assert lock.result() != QDialog.Accepted
    lock.password.setText("secret-3")
    lock.unlock()
    assert lock.result() == QDialog.Accepted


def test_idle_lock_locks_after_the_chosen_minutes(qtbot, app, db, monkeypatch):
    from ui.safety import accounts as safety_accounts
    from ui.safety.idle_lock import IdleLock

    accounts.enable("admin", "管理员", "secret-1")
    accounts.set_idle_lock_minutes(5)
    locked = []
    monkeypatch.setattr(safety_accounts.LockDialog, "exec", lambda self: locked.append(True) or 1)
    from PySide6.QtWidgets import QWidget

    window = QWidget()
    qtbot.addWidget(window)
    idle = IdleLock(window)
    idle.check()
    assert locked == []
    idle.last_activity -= 5 * 60 + 1
    idle.check()
    assert locked == [True]
    idle.detach()


def test_the_idle_lock_watches_input_only_while_accounts_are_on(qtbot, app, db):
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication, QWidget

    from ui.safety.idle_lock import IdleLock

    window = QWidget()
    qtbot.addWidget(window)
    idle = IdleLock(window)

    def key_press() -> None:
        QApplication.sendEvent(window, QKeyEvent(QEvent.KeyPress, Qt.Key_A, Qt.NoModifier, "a"))

    assert idle.watching is False
    idle.last_activity = 0.0
    key_press()
    assert idle.last_activity == 0.0  # nobody to lock out: no filter on every event
    accounts.enable("admin", "管理员", "secret-1")
    idle.watch()
    assert idle.watching is True
    idle.last_activity = 0.0
    key_press()
    assert idle.last_activity > 0.0
    accounts.disable()
    idle.watch()
    assert idle.watching is False
    idle.detach()


def test_startup_recovers_a_damaged_file_from_a_backup(qtbot, app, tmp_path, monkeypatch):
    from ui.safety import startup as safety_startup
    from ui.safety.backup import RecoveryDialog

    path = tmp_path / "office.db"
    open_database(path)
    for i in range(200):
        add(f"人员{i}")
    maintenance.make_backup("auto")
    close_database()
    data = bytearray(path.read_bytes())
    data[4096 * 2:4096 * 10] = b"\x5a" * (4096 * 8)
    path.write_bytes(bytes(data))
    Path(str(path) + "-wal").unlink(missing_ok=True)

    def choose_first(dialog):
        qtmodeltester_rows = dialog.chooser.model.rowCount()
        assert qtmodeltester_rows == 1
        dialog.recover()
        return dialog.result()

    monkeypatch.setattr(RecoveryDialog, "exec", choose_first)
    try:
        assert safety_startup.open_interactively(str(path))
        assert Officer.select().count() == 200
        assert list(tmp_path.glob("office.db.damaged-*"))
    finally:
        close_database()
        use_lock_files(False)


def test_startup_offers_read_only_when_another_copy_holds_the_file(qtbot, app, tmp_path, monkeypatch):
    import json
    import os

    from app.store import lock
    from ui.safety import startup as safety_startup

    path = tmp_path / "office.db"
    open_database(path)
    add("甲")
    close_database()
    other = {"host": "办公室电脑", "user": "li", "pid": 1, "time": __import__("datetime").datetime.now().isoformat()}
    lock.lock_path(path).write_text(json.dumps(other, ensure_ascii=False), encoding="utf-8")
    asked = []
    monkeypatch.setattr(safety_startup, "ask_read_only", lambda exc: asked.append(str(exc)) or True)
    try:
        assert safety_startup.open_interactively(str(path))
        assert "办公室电脑" in asked[0] and is_read_only()
        assert Officer.select().count() == 1
        assert json.loads(lock.lock_path(path).read_text(encoding="utf-8"))["user"] == "li"  # not taken
    finally:
        close_database()
        use_lock_files(False)
    assert os.getpid()


def test_encryption_dialog_turns_it_on(qtbot, app, db):
    from app.store import encryption
    from ui.safety.crypto import EncryptionDialog

    if not encryption.available():
        pytest.skip("sqlcipher3 not installed")
    add("甲")
    dialog = EncryptionDialog()
    qtbot.addWidget(dialog)
    dialog.new.setText("长长的密码123")
    dialog.confirm.setText("长长的密码123")
    dialog.enable()
    assert dialog.result() != QDialog.Accepted  # not without ticking "I understand"
    dialog.understood.setChecked(True)
    dialog.enable()
    assert dialog.result() == QDialog.Accepted
    assert current_path().read_bytes()[:6] != b"SQLite"
    assert Officer.select().count() == 1


def test_ctrl_l_locks_without_opening_the_data_menu_first(qtbot, app, db, monkeypatch):
    """The window is built before anyone signs in (start-up asks for the login afterwards); Ctrl+L must
    work as soon as someone has, not only after the 数据 menu was opened once."""
    from PySide6.QtCore import Qt
    from ui.safety import accounts as safety_accounts
    from ui.shell.main_window import MainWindow

    accounts.enable("admin", "管理员", "secret-1")
    accounts.logout()
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    accounts.login("admin", "secret-1")
    locked = []
    monkeypatch.setattr(safety_accounts.LockDialog, "exec", lambda self: locked.append(True) or 1)
    action = window.safety.lock_action
    assert action.isEnabled() and action.shortcut().toString() == "Ctrl+L"
    action.trigger()
    assert locked == [True]
    window.close()


def test_new_accounts_start_as_readers_and_the_switch_user_labels_are_readable(qtbot, app, db):
    from PySide6.QtGui import QPalette
    from PySide6.QtWidgets import QLabel, QWidget
    from ui.safety.accounts import AccountEditDialog, LockDialog, LoginDialog

    accounts.enable("admin", "管理员", "secret-1")
    edit = AccountEditDialog()
    qtbot.addWidget(edit)
    assert edit.role.currentText() == access.ROLE_READER  # least privilege unless the admin picks more

    window = QWidget()
    qtbot.addWidget(window)
    window.resize(800, 600)
    lock = LockDialog(window)
    qtbot.addWidget(lock)
    login = LoginDialog(lock, "换人登录")  # as LockDialog.switch_user opens it
    qtbot.addWidget(login)
    login.show()
    labels = [label for label in login.findChildren(QLabel) if label.text() in ("用户名", "密码")]
    assert len(labels) == 2
    for label in labels:
        text = label.palette().color(label.foregroundRole())
        background = login.palette().color(QPalette.Window)
        assert abs(text.lightness() - background.lightness()) > 100, (label.text(), text.name(), background.name())
    lock_title = next(label for label in lock.findChildren(QLabel) if label.text() == "屏幕已锁定")
    lock.show()
    assert lock_title.palette().color(lock_title.foregroundRole()).lightness() > 200  # white on the dark lock screen
