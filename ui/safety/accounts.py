"""用户与权限: accounts and roles, the login dialog, and the lock screen (the idle lock that shows it: ui.safety.idle_lock)."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout,
                               QGroupBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QMessageBox, QPushButton,
                               QSpinBox, QTableView, QVBoxLayout, QWidget)

from app import APP_NAME
from app.safety import access
from app.safety import accounts
from app.errors import AppError
from ui.common.form import fit_to_screen
from ui.common.table import Column, RowTableModel


def _password_edit(parent) -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setEchoMode(QLineEdit.Password)
    edit.setMaxLength(200)
    return edit


def _granted(flag: bool) -> str:
    return "可查看" if flag else "—"


class AccountTableModel(RowTableModel):
    def __init__(self, parent=None):
        super().__init__([
            Column(QT_TRANSLATE_NOOP("TableHeader", "用户名"), lambda a: a.username),
            Column(QT_TRANSLATE_NOOP("TableHeader", "姓名"), lambda a: a.display_name),
            Column(QT_TRANSLATE_NOOP("TableHeader", "角色"), lambda a: a.role),
            Column(QT_TRANSLATE_NOOP("TableHeader", "谈话内容"), lambda a: _granted(a.can_view_talks)),
            Column(QT_TRANSLATE_NOOP("TableHeader", "完整身份证号"), lambda a: _granted(a.can_view_ids)),
            Column(QT_TRANSLATE_NOOP("TableHeader", "问题线索"), lambda a: _granted(a.can_view_clues)),
            Column(QT_TRANSLATE_NOOP("TableHeader", "状态"), lambda a: "启用" if a.active else "停用"),
            Column(QT_TRANSLATE_NOOP("TableHeader", "最近登录"), lambda a: a.last_login),
        ], parent, key=lambda a: a.username)

    def refresh(self) -> None:
        self.set_rows(accounts.account_rows())


class AccountEditDialog(QDialog):
    """New account (with password) or changes to an existing one."""

    def __init__(self, parent=None, row: accounts.AccountRow | None = None):
        super().__init__(parent)
        self.row = row
        self.setWindowTitle(self.tr("新增账户") if row is None else self.tr("修改账户"))
        self.username = QLineEdit(self)
        self.display_name = QLineEdit(self)
        self.role = QComboBox(self)
        self.role.addItems(access.ROLES)
        self.role.setCurrentText(access.ROLE_READER)  # least privilege until the admin chooses more
        self.talks = QCheckBox(self.tr("可查看、打印谈心谈话内容"), self)
        self.ids = QCheckBox(self.tr("可查看、导出完整身份证号"), self)
        self.clues = QCheckBox(self.tr("问题线索：可查看、录入、打印个人自查事项和问题线索"), self)
        self.active = QCheckBox(self.tr("启用"), self)
        self.active.setChecked(True)
        self.password = _password_edit(self)
        self.confirm = _password_edit(self)
        form = QFormLayout()
        form.addRow(self.tr("用户名"), self.username)
        form.addRow(self.tr("姓名"), self.display_name)
        form.addRow(self.tr("角色"), self.role)
        form.addRow("", self.talks)
        form.addRow("", self.ids)
        form.addRow("", self.clues)
        form.addRow("", self.active)
        role_help = QLabel(self.tr("管理员：全部操作，含账户、恢复备份、加密；录入员：录入和修改数据；查阅：只能查看。"), self)
        role_help.setWordWrap(True)
        role_help.setStyleSheet("color: #555;")
        if row is None:
            form.addRow(self.tr("密码"), self.password)
            form.addRow(self.tr("确认密码"), self.confirm)
        else:
            self.username.setText(row.username)
            self.username.setEnabled(False)
            self.display_name.setText(row.display_name)
            self.role.setCurrentText(row.role)
            self.talks.setChecked(row.can_view_talks)
            self.ids.setChecked(row.can_view_ids)
            self.clues.setChecked(row.can_view_clues)
            self.active.setChecked(row.active)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel, self)
        buttons.button(QDialogButtonBox.Ok).setText(self.tr("保存"))
        buttons.button(QDialogButtonBox.Cancel).setText(self.tr("取消"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(role_help)
        layout.addWidget(buttons)
        self.resize(420, self.sizeHint().height())

    def save(self) -> None:
        try:
            if self.row is None:
                if self.password.text() != self.confirm.text():
                    raise AppError("确认密码：两次输入的密码不一致")
                accounts.create_account(self.username.text(), self.display_name.text(), self.role.currentText(),
                                        self.password.text(), can_view_talks=self.talks.isChecked(),
                                        can_view_ids=self.ids.isChecked(), can_view_clues=self.clues.isChecked())
            else:
                accounts.update_account(self.row.id, display_name=self.display_name.text(), role=self.role.currentText(),
                                        can_view_talks=self.talks.isChecked(), can_view_ids=self.ids.isChecked(),
                                        active=self.active.isChecked(), can_view_clues=self.clues.isChecked())
        except AppError as exc:
            QMessageBox.warning(self, self.windowTitle(), str(exc))
            return
        self.accept()


class PasswordDialog(QDialog):
    def __init__(self, parent, username: str, need_old: bool):
        super().__init__(parent)
        self.setWindowTitle(self.tr("设置密码：{0}").format(username))
        self.old = _password_edit(self) if need_old else None
        self.new = _password_edit(self)
        self.confirm = _password_edit(self)
        form = QFormLayout(self)
        if self.old is not None:
            form.addRow(self.tr("原密码"), self.old)
        form.addRow(self.tr("新密码"), self.new)
        form.addRow(self.tr("确认新密码"), self.confirm)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel, self)
        buttons.button(QDialogButtonBox.Ok).setText(self.tr("确定"))
        buttons.button(QDialogButtonBox.Cancel).setText(self.tr("取消"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)


class AccountsDialog(QDialog):
    """Turn accounts on (creating the first administrator) or manage them."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("用户与权限"))
        fit_to_screen(self, 860, 520)
        self.layout_ = QVBoxLayout(self)
        self.body: QWidget | None = None
        self.rebuild()

    def rebuild(self) -> None:
        if self.body is not None:
            self.layout_.removeWidget(self.body)
            self.body.deleteLater()
        self.body = self._manage_page() if access.accounts_enabled() else self._enable_page()
        self.layout_.addWidget(self.body)

    # -------------------------------------------------------- accounts off
    def _enable_page(self) -> QWidget:
        page = QWidget(self)
        intro = QLabel(self.tr(
            "目前没有启用用户与权限：使用本机的人都能查看和修改全部数据，包括谈话内容。\n\n"
            "启用后，每次打开程序都要登录；按角色分配权限：\n"
            "  · 管理员：全部操作，含账户管理、从备份恢复、加密设置；\n"
            "  · 录入员：录入和修改数据；\n"
            "  · 查阅：只能查看，不能修改。\n"
            "谈心谈话内容和完整身份证号只有被授权的账户才能看到。离开电脑一段时间后屏幕会自动锁定。\n\n"
            "请先建立第一个管理员账户："), page)
        intro.setWordWrap(True)
        self.admin_name = QLineEdit(page)
        self.admin_name.setText("admin")
        self.admin_display = QLineEdit(page)
        self.admin_password = _password_edit(page)
        self.admin_confirm = _password_edit(page)
        form = QFormLayout()
        form.addRow(self.tr("用户名"), self.admin_name)
        form.addRow(self.tr("姓名"), self.admin_display)
        form.addRow(self.tr("密码（至少6位）"), self.admin_password)
        form.addRow(self.tr("确认密码"), self.admin_confirm)
        enable = QPushButton(self.tr("启用用户与权限"), page)
        enable.clicked.connect(self.enable)
        close = QPushButton(self.tr("关闭"), page)
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(enable)
        buttons.addWidget(close)
        layout = QVBoxLayout(page)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addLayout(buttons)
        return page

    def enable(self) -> None:
        if self.admin_password.text() != self.admin_confirm.text():
            QMessageBox.warning(self, self.windowTitle(), self.tr("两次输入的密码不一致。"))
            return
        try:
            accounts.enable(self.admin_name.text(), self.admin_display.text(), self.admin_password.text())
        except AppError as exc:
            QMessageBox.warning(self, self.windowTitle(), str(exc))
            return
        QMessageBox.information(self, self.windowTitle(),
                                self.tr("已启用用户与权限，当前以管理员“{0}”登录。请为其他人建立账户。")
                                .format(self.admin_name.text().strip()))
        self.rebuild()

    # -------------------------------------------------------- accounts on
    def _manage_page(self) -> QWidget:
        page = QWidget(self)
        self.model = AccountTableModel(page)
        self.model.refresh()
        self.view = QTableView(page)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QTableView.SelectRows)
        self.view.setSelectionMode(QTableView.SingleSelection)
        self.view.verticalHeader().hide()
        self.view.setAlternatingRowColors(True)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.Stretch)
        self.view.doubleClicked.connect(lambda _i: self.edit())
        add = QPushButton(self.tr("新增账户…"), page)
        add.clicked.connect(self.add)
        edit = QPushButton(self.tr("修改…"), page)
        edit.clicked.connect(self.edit)
        password = QPushButton(self.tr("设置密码…"), page)
        password.clicked.connect(self.password)
        row_buttons = QHBoxLayout()
        for b in (add, edit, password):
            row_buttons.addWidget(b)
        row_buttons.addStretch(1)

        lock_box = QGroupBox(self.tr("自动锁定"), page)
        self.idle = QSpinBox(lock_box)
        self.idle.setRange(0, 1440)
        self.idle.setSuffix(self.tr(" 分钟"))
        self.idle.setValue(accounts.idle_lock_minutes())
        save_idle = QPushButton(self.tr("保存"), lock_box)
        save_idle.clicked.connect(self.save_idle)
        lock_row = QHBoxLayout(lock_box)
        lock_row.addWidget(QLabel(self.tr("无人操作超过"), lock_box))
        lock_row.addWidget(self.idle)
        lock_row.addWidget(QLabel(self.tr("后锁定屏幕，需重新输入密码（0 表示不自动锁定）"), lock_box))
        lock_row.addStretch(1)
        lock_row.addWidget(save_idle)

        disable = QPushButton(self.tr("关闭用户与权限…"), page)
        disable.clicked.connect(self.disable)
        close = QPushButton(self.tr("关闭"), page)
        close.clicked.connect(self.accept)
        bottom = QHBoxLayout()
        bottom.addWidget(disable)
        bottom.addStretch(1)
        bottom.addWidget(close)
        user = access.current_user()
        who = QLabel(self.tr("当前登录：{0}（{1}）").format(user.display_name, user.role) if user else "", page)
        layout = QVBoxLayout(page)
        layout.addWidget(who)
        layout.addWidget(self.view, 1)
        layout.addLayout(row_buttons)
        layout.addWidget(lock_box)
        layout.addLayout(bottom)
        return page

    def _selected(self) -> accounts.AccountRow | None:
        row = self.view.currentIndex().row()
        if 0 <= row < len(self.model.rows):
            return self.model.rows[row]
        QMessageBox.information(self, self.windowTitle(), self.tr("请先选中一个账户。"))
        return None

    def add(self) -> None:
        if AccountEditDialog(self).exec():
            self.model.refresh()

    def edit(self) -> None:
        row = self._selected()
        if row is not None and AccountEditDialog(self, row).exec():
            self.model.refresh()

    def password(self) -> None:
        row = self._selected()
        if row is None:
            return
        dialog = PasswordDialog(self, row.username, need_old=False)
        if not dialog.exec():
            return
        if dialog.new.text() != dialog.confirm.text():
            QMessageBox.warning(self, self.windowTitle(), self.tr("两次输入的密码不一致。"))
            return
        try:
            accounts.set_password(row.id, dialog.new.text())
        except AppError as exc:
            QMessageBox.warning(self, self.windowTitle(), str(exc))
            return
        QMessageBox.information(self, self.windowTitle(), self.tr("密码已设置。"))

    def save_idle(self) -> None:
        try:
            accounts.set_idle_lock_minutes(self.idle.value())
        except AppError as exc:
            QMessageBox.warning(self, self.windowTitle(), str(exc))

    def disable(self) -> None:
        answer = QMessageBox.question(self, self.windowTitle(), self.tr(
            "关闭后，使用本机的人都能查看和修改全部数据（包括谈话内容），打开程序也不再需要登录。\n"
            "账户会保留，以后可以再次启用。确定关闭吗？"))
        if answer != QMessageBox.Yes:
            return
        try:
            accounts.disable()
        except AppError as exc:
            QMessageBox.warning(self, self.windowTitle(), str(exc))
            return
        self.rebuild()


class LoginDialog(QDialog):
    """At start-up when accounts are on (and to switch user)."""

    def __init__(self, parent=None, title: str | None = None):
        super().__init__(parent)
        self.setWindowTitle(title or self.tr("登录 — {0}").format(APP_NAME))
        heading = QLabel(self.tr("请登录"), self)
        font = QFont(heading.font())
        font.setPointSize(font.pointSize() + 4)
        font.setBold(True)
        heading.setFont(font)
        self.username = QComboBox(self)
        self.username.setEditable(True)
        self.username.addItems(accounts.active_usernames())
        self.password = _password_edit(self)
        self.message = QLabel(self)
        self.message.setStyleSheet("color: #b3261e;")
        self.message.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("用户名"), self.username)
        form.addRow(self.tr("密码"), self.password)
        buttons = QDialogButtonBox(self)
        buttons.addButton(self.tr("登录"), QDialogButtonBox.AcceptRole)
        buttons.addButton(self.tr("退出"), QDialogButtonBox.RejectRole)
        buttons.accepted.connect(self.login)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.resize(380, self.sizeHint().height())
        self.password.setFocus()

    def login(self) -> None:
        try:
            accounts.login(self.username.currentText(), self.password.text())
        except AppError as exc:
            self.message.setText(str(exc).split("：", 1)[-1])
            self.password.clear()
            self.password.setFocus()
            return
        self.accept()


class LockDialog(QDialog):
    """Covers the main window until the signed-in user types the password again."""

    def __init__(self, window: QWidget):
        super().__init__(window, Qt.FramelessWindowHint | Qt.Dialog)
        self.setModal(True)
        self.setAutoFillBackground(True)
        # White text for the lock screen's own labels only: a bare `QLabel` rule would also reach the 换人登录
        # dialog opened from here (a child), whose light background made its labels white on white.
        self.setStyleSheet("LockDialog { background: #2b3a4a; } QLabel#lockText { color: white; }")
        self.setGeometry(window.geometry())
        user = access.current_user()
        title = QLabel(self.tr("屏幕已锁定"), self)
        font = QFont(title.font())
        font.setPointSize(font.pointSize() + 10)
        font.setBold(True)
        title.setFont(font)
        who = QLabel(self.tr("{0}（{1}）已登录。离开期间数据已隐藏，请输入密码继续。")
                     .format(user.display_name if user else "", user.role if user else ""), self)
        title.setObjectName("lockText")
        who.setObjectName("lockText")
        self.password = _password_edit(self)
        self.password.setMinimumWidth(260)
        self.password.setPlaceholderText(self.tr("密码"))
        self.password.returnPressed.connect(self.unlock)
        unlock = QPushButton(self.tr("解锁"), self)
        unlock.clicked.connect(self.unlock)
        switch = QPushButton(self.tr("换人登录…"), self)
        switch.clicked.connect(self.switch_user)
        self.message = QLabel(self)
        self.message.setStyleSheet("color: #ffb4ab;")
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.password)
        row.addWidget(unlock)
        row.addWidget(switch)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        for w in (title, who, self.message):
            layout.addWidget(w, 0, Qt.AlignHCenter)
        layout.addLayout(row)
        layout.addStretch(3)
        self.password.setFocus()

    def unlock(self) -> None:
        if accounts.check_current_password(self.password.text()):
            self.accept()
            return
        self.message.setText(self.tr("密码不正确。"))
        self.password.clear()

    def switch_user(self) -> None:
        dialog = LoginDialog(self, self.tr("换人登录"))
        if dialog.exec():
            self.accept()

    def reject(self) -> None:  # Esc does not unlock
        pass
