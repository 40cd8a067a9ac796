"""加密设置: encrypt the database with a password (SQLCipher), change the password, or decrypt."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QCheckBox, QDialog, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit,
                               QMessageBox, QPushButton, QVBoxLayout)

from app.store import encryption
from app import maintenance
from app.store.db import is_encrypted
from app.errors import AppError
from ui.common.form import fit_to_screen


def _password(parent) -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setEchoMode(QLineEdit.Password)
    edit.setMaxLength(200)
    return edit


class EncryptionDialog(QDialog):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("加密设置"))
        fit_to_screen(self, 600, 420)
        layout = QVBoxLayout(self)
        if is_encrypted():
            self._encrypted_page(layout)
        else:
            self._plain_page(layout)

    def _plain_page(self, layout) -> None:
        state = QLabel(self.tr("数据库目前没有加密：拿到数据库文件或备份的人，用其他软件也能读出其中的内容。"), self)
        state.setWordWrap(True)
        warning = QLabel(self.tr("重要提示") + "\n" + encryption.WARNING, self)
        warning.setWordWrap(True)
        warning.setStyleSheet("QLabel { color: #8c1d18; background: #fdecea; border: 1px solid #f0b8b2;"
                              " padding: 10px; font-weight: bold; }")
        self.new = _password(self)
        self.confirm = _password(self)
        self.understood = QCheckBox(self.tr("我已了解：忘记密码后数据无法恢复"), self)
        form = QFormLayout()
        form.addRow(self.tr("加密密码（至少8位）"), self.new)
        form.addRow(self.tr("再次输入"), self.confirm)
        form.addRow("", self.understood)
        note = QLabel(self.tr("加密后会删除备份文件夹中未加密的旧备份；以前复制到U盘等处的备份不受影响，请自行处理。"), self)
        note.setWordWrap(True)
        note.setStyleSheet("color: #555;")
        go = QPushButton(self.tr("加密数据库"), self)
        go.clicked.connect(self.enable)
        close = QPushButton(self.tr("关闭"), self)
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(go)
        buttons.addWidget(close)
        for w in (state, warning):
            layout.addWidget(w)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addStretch(1)
        layout.addLayout(buttons)

    def enable(self) -> None:
        if not self.understood.isChecked():
            QMessageBox.warning(self, self.windowTitle(), self.tr("请先阅读提示，并勾选“我已了解：忘记密码后数据无法恢复”。"))
            return
        try:
            removed = maintenance.enable_encryption(self.new.text(), self.confirm.text())
        except AppError as exc:
            QMessageBox.warning(self, self.windowTitle(), str(exc))
            return
        QMessageBox.information(self, self.windowTitle(), self.tr(
            "数据库已加密，今后打开程序需要输入这个密码。\n已删除 {0} 个未加密的自动备份，并做了一个加密的新备份。").format(removed))
        self.accept()

    def _encrypted_page(self, layout) -> None:
        state = QLabel(self.tr("数据库已加密（SQLCipher，AES-256）。备份同样加密，需要同一密码才能打开。"), self)
        state.setWordWrap(True)
        change = QGroupBox(self.tr("更改密码"), self)
        self.old = _password(change)
        self.new = _password(change)
        self.confirm = _password(change)
        form = QFormLayout(change)
        form.addRow(self.tr("原密码"), self.old)
        form.addRow(self.tr("新密码（至少8位）"), self.new)
        form.addRow(self.tr("再次输入新密码"), self.confirm)
        change_button = QPushButton(self.tr("更改密码"), change)
        change_button.clicked.connect(self.change)
        form.addRow("", change_button)
        note = QLabel(self.tr("更改密码前做的备份仍需用原密码打开。"), change)
        note.setStyleSheet("color: #555;")
        form.addRow("", note)
        off = QGroupBox(self.tr("取消加密"), self)
        self.off_password = _password(off)
        off_form = QFormLayout(off)
        off_form.addRow(self.tr("当前密码"), self.off_password)
        off_button = QPushButton(self.tr("取消加密"), off)
        off_button.clicked.connect(self.disable)
        off_form.addRow("", off_button)
        close = QPushButton(self.tr("关闭"), self)
        close.clicked.connect(self.reject)
        layout.addWidget(state)
        layout.addWidget(change)
        layout.addWidget(off)
        layout.addStretch(1)
        layout.addWidget(close, 0, Qt.AlignRight)

    def change(self) -> None:
        try:
            maintenance.change_encryption_password(self.old.text(), self.new.text(), self.confirm.text())
        except AppError as exc:
            QMessageBox.warning(self, self.windowTitle(), str(exc))
            return
        QMessageBox.information(self, self.windowTitle(), self.tr("密码已更改。"))
        self.accept()

    def disable(self) -> None:
        answer = QMessageBox.question(self, self.windowTitle(), self.tr(
            "取消加密后，数据库文件和今后的备份都不再加密，拿到文件的人可以读出全部内容。确定取消吗？"))
        if answer != QMessageBox.Yes:
            return
        try:
            maintenance.disable_encryption(self.off_password.text())
        except AppError as exc:
            QMessageBox.warning(self, self.windowTitle(), str(exc))
            return
        QMessageBox.information(self, self.windowTitle(), self.tr("已取消加密。"))
        self.accept()
