"""The generated 会议通知, for the user to change before printing; their text is kept with the session.

The notice module loads reportlab, so it is imported when the dialog opens, not when the program starts."""
from __future__ import annotations

from PySide6.QtWidgets import (QDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QPushButton,
                               QVBoxLayout)

from app.errors import AppError
from app.study.sessions import save_notice

from ui.common.editing import edit_only
from ui.common.dates import date_edit, from_qdate, to_qdate
from ui.common.form import fit_to_screen
from ui.study.widgets import warn


class NoticeDialog(QDialog):
    """The generated notice, for the user to change before printing. Their text is kept with the session."""

    def __init__(self, session_id: int, parent=None, *, on_print=None):
        super().__init__(parent)
        from app.study.outputs import notice_text

        self.session_id = session_id
        self.on_print = on_print
        notice, edited, stale = notice_text(session_id)
        self.basis = notice.basis
        self.setWindowTitle(self.tr("会议通知 — 修改文字后打印"))
        self.title_edit = QLineEdit()
        self.addressee_edit = QLineEdit()
        self.body_edit = QPlainTextEdit()
        self.body_edit.setTabChangesFocus(True)
        self.attachments_edit = QPlainTextEdit()
        self.attachments_edit.setTabChangesFocus(True)
        self.attachments_edit.setFixedHeight(56)
        self.issuer_edit = QLineEdit()
        self.date_edit = date_edit(notice.date)
        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet("background: #fff1d6; padding: 6px; border: 1px solid #e0c080;")
        if stale:
            self.banner.setText(self.tr("此通知文字修改后，学习活动的时间、地点或参加范围等又有改动，文字未随之更新。"
                                        "请核对，或点“恢复自动生成的文字”。"))
        elif edited:
            self.banner.setText(self.tr("这是上次修改并保存的通知文字。"))
        self.banner.setVisible(edited or stale)
        hint = QLabel(self.tr("正文每行一段：以“一、”开头的行用黑体，以“（一）”开头的行首句用楷体。"
                              "附件每行一件：“参会回执”会附回执表，“参会人员名单”会附名单。"))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #555;")
        self._fill(notice)
        form = QFormLayout()
        form.addRow(self.tr("标题"), self.title_edit)
        form.addRow(self.tr("主送"), self.addressee_edit)
        form.addRow(self.tr("正文"), self.body_edit)
        form.addRow(self.tr("附件"), self.attachments_edit)
        form.addRow(self.tr("发文机关"), self.issuer_edit)
        form.addRow(self.tr("成文日期"), self.date_edit)
        reset = QPushButton(self.tr("恢复自动生成的文字"))
        reset.clicked.connect(self.reset_text)
        save = QPushButton(self.tr("保存文字"))
        save.clicked.connect(self.save)
        edit_only(reset, save)
        preview = QPushButton(self.tr("预览 / 打印…"))
        preview.setDefault(True)
        preview.clicked.connect(self.preview)
        close = QPushButton(self.tr("关闭"))
        close.clicked.connect(self.reject)
        bar = QHBoxLayout()
        bar.addWidget(reset)
        bar.addStretch(1)
        bar.addWidget(save)
        bar.addWidget(preview)
        bar.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(hint)
        layout.addLayout(form, 1)
        layout.addLayout(bar)
        fit_to_screen(self, 900, 760)

    def _fill(self, notice) -> None:
        self.title_edit.setText(notice.title)
        self.addressee_edit.setText(notice.addressee)
        self.body_edit.setPlainText(notice.body)
        self.attachments_edit.setPlainText("\n".join(notice.attachments))
        self.issuer_edit.setText(notice.issuer)
        self.date_edit.setDate(to_qdate(notice.date))

    def notice(self):
        from app.study.documents.notice import NoticeText

        return NoticeText(
            title=self.title_edit.text().strip(), addressee=self.addressee_edit.text().strip(),
            body=self.body_edit.toPlainText(),
            attachments=[a.strip() for a in self.attachments_edit.toPlainText().splitlines() if a.strip()],
            issuer=self.issuer_edit.text().strip(), date=from_qdate(self.date_edit.date()), basis=self.basis)

    def reset_text(self) -> None:
        try:
            save_notice(self.session_id, None)
        except AppError as exc:
            warn(self, self.windowTitle(), exc)
            return
        from app.study.outputs import generated_notice

        notice = generated_notice(self.session_id)
        self.basis = notice.basis
        self._fill(notice)
        self.banner.hide()

    def save(self) -> bool:
        from app.study.outputs import keep_notice

        notice = self.notice()
        try:
            keep_notice(self.session_id, notice)
        except AppError as exc:
            warn(self, self.windowTitle(), exc)
            return False
        return True

    def preview(self) -> None:
        if self.save() and self.on_print is not None:
            self.on_print(self.notice())
