"""Backup, restore and check dialogs (数据 menu), and the start-up recovery dialog for a damaged file."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFileDialog, QHBoxLayout, QHeaderView, QInputDialog,
                               QLabel, QLineEdit, QMessageBox, QPlainTextEdit, QPushButton, QSplitter, QTableView,
                               QVBoxLayout, QWidget)

from app.store import backup
from app import maintenance
from app.store.db import PassphraseRequired, WrongPassphrase, current_passphrase, current_path
from app.errors import AppError
from ui.common.form import fit_to_screen
from ui.common.table import Column, RowTableModel


def _size(n: int) -> str:
    return f"{n / 1024 / 1024:.1f} MB" if n >= 1024 * 1024 else f"{max(1, n // 1024)} KB"


def _encrypted_mark(b: backup.BackupInfo) -> str:
    return QCoreApplication.translate("BackupDialogs", "是") if b.encrypted else ""


class BackupTableModel(RowTableModel):
    """The backups, newest first; a row's tooltip is its file."""

    def __init__(self, backups: list[backup.BackupInfo] | None = None, parent=None):
        super().__init__([
            Column(QT_TRANSLATE_NOOP("TableHeader", "时间"), lambda b: f"{b.made_at:%Y-%m-%d %H:%M:%S}"),
            Column(QT_TRANSLATE_NOOP("TableHeader", "方式"), lambda b: b.reason_label),
            Column(QT_TRANSLATE_NOOP("TableHeader", "大小"), lambda b: _size(b.size), sort=lambda b: b.size),
            Column(QT_TRANSLATE_NOOP("TableHeader", "加密"), _encrypted_mark),
        ], parent, key=lambda b: b.path)
        self.set_rows(backups or [])

    def tooltip(self, row, column: int):
        return str(row.path)


def summary_text(summary: backup.BackupSummary) -> str:
    unknown = QCoreApplication.translate("BackupDialogs", "未知")
    made_at = format(summary.made_at, QCoreApplication.translate("BackupDialogs", "%Y年%m月%d日 %H:%M:%S")) if summary.made_at else unknown
    lines = [QCoreApplication.translate("BackupDialogs", "备份时间：{time}").format(time=made_at),
             QCoreApplication.translate("BackupDialogs", "数据结构版本：{schema}（程序 {version}）").format(schema=summary.schema_version,
                                                           version=summary.app_version or unknown),
             QCoreApplication.translate("BackupDialogs", "是否加密：{answer}").format(answer=QCoreApplication.translate("BackupDialogs", "是") if summary.encrypted else QCoreApplication.translate("BackupDialogs", "否")),
             QCoreApplication.translate("BackupDialogs", "在册人员：{count} 人").format(count=summary.officers if summary.officers is not None else "—"),
             "", QCoreApplication.translate("BackupDialogs", "各类数据条数：")]
    lines += [f"  {name}：{count}" for name, count in summary.table_counts.items()] or ["  " + QCoreApplication.translate("BackupDialogs", "（没有数据）")]
    lines += ["", QCoreApplication.translate("BackupDialogs", "文件：{path}").format(path=summary.path)]
    return "\n".join(lines)


def ask_backup_password(parent, path: Path) -> str | None:
    text, ok = QInputDialog.getText(parent, QCoreApplication.translate("BackupDialogs", "备份已加密"), QCoreApplication.translate("BackupDialogs", "备份“{name}”已加密，请输入它的密码：").format(name=path.name),
                                    QLineEdit.Password)
    return text if ok and text else None


def describe_interactively(parent, path: Path, passphrase: str | None) -> tuple[backup.BackupSummary | None, str | None]:
    """Describe a backup, asking for its password when the current one does not open it."""
    key = passphrase
    while True:
        try:
            return maintenance.describe(path, key), key
        except (PassphraseRequired, WrongPassphrase) as exc:
            if key is not None and isinstance(exc, WrongPassphrase):
                QMessageBox.warning(parent, QCoreApplication.translate("BackupDialogs", "密码不正确"), str(exc))
            key = ask_backup_password(parent, path)
            if key is None:
                return None, None
        except AppError as exc:
            QMessageBox.warning(parent, QCoreApplication.translate("BackupDialogs", "无法读取备份"), str(exc))
            return None, None


class BackupChooser(QWidget):
    """A list of backups on the left, what the selected one holds on the right."""

    def __init__(self, backups, parent=None, passphrase: str | None = None):
        super().__init__(parent)
        self.passphrase = passphrase
        self.keys: dict[Path, str | None] = {}
        self.model = BackupTableModel(backups, self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QTableView.SelectRows)
        self.view.setSelectionMode(QTableView.SingleSelection)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(0, QHeaderView.Stretch)
        self.view.setAlternatingRowColors(True)
        self.details = QPlainTextEdit(self)
        self.details.setReadOnly(True)
        splitter = QSplitter(self)
        splitter.addWidget(self.view)
        splitter.addWidget(self.details)
        splitter.setSizes([420, 380])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self.view.selectionModel().currentRowChanged.connect(lambda cur, _prev: self._show(cur.row()))
        if backups:
            self.view.selectRow(0)

    def selected(self) -> backup.BackupInfo | None:
        row = self.view.currentIndex().row()
        return self.model.rows[row] if 0 <= row < len(self.model.rows) else None

    def _show(self, row: int) -> None:
        if not 0 <= row < len(self.model.rows):
            self.details.clear()
            return
        info = self.model.rows[row]
        if info.encrypted and info.path not in self.keys and self.passphrase is None:
            self.details.setPlainText(QCoreApplication.translate("BackupDialogs", "该备份已加密。\n点“恢复”时会询问它的密码。\n\n文件：{path}").format(path=info.path))
            return
        try:
            summary = maintenance.describe(info.path, self.keys.get(info.path, self.passphrase) if info.encrypted else None)
            self.details.setPlainText(summary_text(summary))
        except (PassphraseRequired, WrongPassphrase):
            self.details.setPlainText(QCoreApplication.translate("BackupDialogs", "该备份使用另一个密码加密（可能是更改密码以前的备份）。\n点“恢复”时会询问它的密码。\n\n文件：{path}").format(
                path=info.path))
        except AppError as exc:
            self.details.setPlainText(QCoreApplication.translate("BackupDialogs", "无法读取该备份：{error}").format(error=exc))

    def choose_file(self) -> None:
        """选择其他备份文件…: a backup from elsewhere (a USB stick), added at the top of the list."""
        path, _ = QFileDialog.getOpenFileName(
            self, QCoreApplication.translate("BackupDialogs", "选择备份文件"), str(Path.home()),
            QCoreApplication.translate("BackupDialogs", "数据库备份 (*.db *.bak *.sqlite);;所有文件 (*)"))
        if path:
            self.add_file(Path(path))

    def add_file(self, path: Path) -> None:
        info = backup.info_for_file(path)
        self.model.set_rows([info] + [b for b in self.model.rows if b.path != path])
        self.view.selectRow(0)
        self._show(0)


class RestoreDialog(QDialog):
    """从备份恢复: pick a backup, see what it holds, restore (the current file is backed up first)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("从备份恢复"))
        fit_to_screen(self, 860, 520)
        self.restored = None
        intro = QLabel(self.tr("选择一个备份，右侧显示它包含的内容。恢复前，程序会先把当前数据另行备份，"
                               "恢复后如有需要还能回到现在的状态。"), self)
        intro.setWordWrap(True)
        self.chooser = BackupChooser(backup.list_backups() if current_path() else [], self, current_passphrase())
        other = QPushButton(self.tr("选择其他备份文件…"), self)
        other.clicked.connect(self.chooser.choose_file)
        buttons = QDialogButtonBox(self)
        self.restore_button = buttons.addButton(self.tr("恢复所选备份"), QDialogButtonBox.AcceptRole)
        buttons.addButton(self.tr("取消"), QDialogButtonBox.RejectRole)
        buttons.accepted.connect(self.restore)
        buttons.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(other)
        bottom.addStretch(1)
        bottom.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        if not self.chooser.model.rows:
            empty = QLabel(self.tr("备份文件夹中还没有备份。可以点“选择其他备份文件…”从U盘等处选择。"), self)
            layout.addWidget(empty)
        layout.addWidget(self.chooser, 1)
        layout.addLayout(bottom)

    def restore(self) -> None:
        info = self.chooser.selected()
        if info is None:
            QMessageBox.information(self, self.tr("从备份恢复"), self.tr("请先选择一个备份。"))
            return
        summary, key = describe_interactively(self, info.path, current_passphrase() if info.encrypted else None)
        if summary is None:
            return
        answer = QMessageBox.question(
            self, self.tr("确认恢复"),
            self.tr("将用 {0} 的备份替换当前数据（在册人员 {1} 人）。\n当前数据会先备份，之后仍可恢复回来。\n\n确定恢复吗？")
            .format(f"{summary.made_at:%Y-%m-%d %H:%M}" if summary.made_at else info.path.name,
                    summary.officers if summary.officers is not None else "—"))
        if answer != QMessageBox.Yes:
            return
        try:
            self.restored = maintenance.restore(info.path, passphrase=key)
        except AppError as exc:
            QMessageBox.warning(self, self.tr("恢复失败"), str(exc))
            return
        QMessageBox.information(self, self.tr("恢复完成"),
                                self.tr("已恢复。恢复前的数据已备份为：\n{0}").format(self.restored.path))
        self.accept()


class ReportDialog(QDialog):
    """A plain readable report (检查数据库)."""

    def __init__(self, title: str, lines: list[str], ok: bool, parent=None):
        super().__init__(parent)
        self.setWindowTitle(title)
        fit_to_screen(self, 640, 400)
        head = QLabel(lines[0] if lines else "", self)
        font = QFont(head.font())
        font.setPointSize(font.pointSize() + 3)
        font.setBold(True)
        head.setFont(font)
        head.setStyleSheet("color: #1b7a2f;" if ok else "color: #b3261e;")
        text = QPlainTextEdit(self)
        text.setReadOnly(True)
        text.setPlainText("\n".join(lines[1:]))
        buttons = QDialogButtonBox(QDialogButtonBox.Close, self)
        buttons.button(QDialogButtonBox.Close).setText(self.tr("关闭"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(head)
        layout.addWidget(text, 1)
        layout.addWidget(buttons)


class RecoveryDialog(QDialog):
    """At start-up, for a file that cannot be used: offer the newest good backups, never a new empty file."""

    def __init__(self, db_path: Path, problem: str, backups: list[backup.BackupInfo], parent=None):
        super().__init__(parent)
        self.db_path = Path(db_path)
        self.setWindowTitle(self.tr("数据库文件已损坏"))
        fit_to_screen(self, 860, 540)
        self.recovered_from: Path | None = None
        self.key: str | None = None
        head = QLabel(self.tr("数据库文件无法正常读取，可能是断电、强行关机或存储设备故障造成的。"), self)
        font = QFont(head.font())
        font.setBold(True)
        head.setFont(font)
        head.setWordWrap(True)
        detail = QLabel(self.tr("文件：{0}\n原因：{1}").format(db_path, problem), self)
        detail.setWordWrap(True)
        detail.setTextInteractionFlags(Qt.TextSelectableByMouse)
        if backups:
            advice = self.tr("下面是最近的完好备份（已逐一检查）。选中一个后点“用此备份恢复”即可继续工作；"
                             "损坏的文件会另存一份，不会删除。")
        else:
            advice = self.tr("备份文件夹中没有找到完好的备份。可以点“选择其他备份文件…”从U盘等处选择。")
        advice_label = QLabel(advice, self)
        advice_label.setWordWrap(True)
        self.chooser = BackupChooser(backups, self)
        other = QPushButton(self.tr("选择其他备份文件…"), self)
        other.clicked.connect(self.chooser.choose_file)
        buttons = QDialogButtonBox(self)
        buttons.addButton(self.tr("用此备份恢复"), QDialogButtonBox.AcceptRole)
        buttons.addButton(self.tr("退出程序"), QDialogButtonBox.RejectRole)
        buttons.accepted.connect(self.recover)
        buttons.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(other)
        bottom.addStretch(1)
        bottom.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(head)
        layout.addWidget(detail)
        layout.addWidget(advice_label)
        layout.addWidget(self.chooser, 1)
        layout.addLayout(bottom)

    def recover(self) -> None:
        info = self.chooser.selected()
        if info is None:
            QMessageBox.information(self, self.windowTitle(), self.tr("请先选择一个备份。"))
            return
        key = None
        if info.encrypted:
            summary, key = describe_interactively(self, info.path, None)
            if summary is None:
                return
        try:
            aside = maintenance.recover(self.db_path, info.path, passphrase=key)
        except AppError as exc:
            QMessageBox.warning(self, self.tr("恢复失败"), str(exc))
            return
        self.recovered_from, self.key = info.path, key
        QMessageBox.information(self, self.tr("恢复完成"),
                                self.tr("已用 {0} 的备份恢复。\n损坏的文件另存为：{1}")
                                .format(f"{info.made_at:%Y-%m-%d %H:%M}", aside))
        self.accept()
