"""模板: edit a pledge template with a live preview. Saving makes a new version; issued pledges keep theirs."""
from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt, QTimer
from PySide6.QtWidgets import (QComboBox, QFormLayout, QHBoxLayout, QInputDialog, QLabel, QLineEdit, QListWidget,
                               QListWidgetItem, QMessageBox, QPlainTextEdit, QPushButton, QSplitter, QVBoxLayout,
                               QWidget)

from app.errors import AppError
from app.pledges import editor
from app.pledges.models import AUDIENCES, OFFICER
from app.pledges.templates import (PLACEHOLDERS, TemplateText, approve_version, strip_clause_number, template_rows,
                                   version_by_id, versions)
from app.pledges.text import cn_number
from ui.common.editing import edit_only
from ui.common.tab import FeatureTab


class TemplatePage(QWidget):
    """Edit a template with a live preview. Saving makes a new version; issued pledges keep theirs."""

    def __init__(self, tab: FeatureTab):  # the PledgesTab: refresh(), show_message()
        super().__init__(tab)
        self.tab = tab
        self.template_list = QListWidget()
        self.template_list.setMaximumWidth(280)
        self.template_list.setWordWrap(True)
        self.template_list.setSpacing(2)
        self.version_combo = QComboBox()
        self.draft_banner = QLabel()
        self.draft_banner.setWordWrap(True)
        self.draft_banner.setStyleSheet("background: #fff4d6; color: #7a4b00; padding: 6px; border: 1px solid #e8c66a;")
        self.approve_button = QPushButton(self.tr("审定通过"))
        self.approve_button.clicked.connect(self.approve)
        self.title_edit = QLineEdit()
        self.addressee_edit = QLineEdit()
        self.addressee_edit.setPlaceholderText(self.tr("可不填，如：{县}政法队伍教育整顿领导小组"))
        self.preamble_edit = QPlainTextEdit()
        self.clauses_edit = QPlainTextEdit()
        self.clauses_edit.setPlaceholderText(self.tr("每条一段（回车另起一条），编号一、二、三……可不写，打印时自动编排"))
        self.closing_edit = QPlainTextEdit()
        self.note_edit = QLineEdit()
        self.note_edit.setPlaceholderText(self.tr("本次修改说明（可不填）"))
        # Small minimums: the clauses grow with the window, and the page must fit a 1366×768 screen.
        for edit, lines in ((self.preamble_edit, 3), (self.clauses_edit, 6), (self.closing_edit, 2)):
            edit.setMinimumHeight(lines * edit.fontMetrics().lineSpacing() + 12)
        help_label = QLabel(self.tr("可用占位符：") + "　".join(f"{{{name}}}" for name in PLACEHOLDERS))
        help_label.setWordWrap(True)
        help_label.setToolTip("\n".join(f"{{{k}}}：{v}" for k, v in PLACEHOLDERS.items()))
        help_label.setStyleSheet("color: #555;")
        form = QFormLayout()
        form.addRow(self.tr("版本："), self.version_combo)
        form.addRow(self.tr("标题："), self.title_edit)
        form.addRow(self.tr("主送："), self.addressee_edit)
        form.addRow(self.tr("启语："), self.preamble_edit)
        form.addRow(self.tr("承诺条款："), self.clauses_edit)
        form.addRow(self.tr("结语："), self.closing_edit)
        form.addRow(self.tr("修改说明："), self.note_edit)
        self.save_button = QPushButton(self.tr("保存为新版本"))
        self.save_button.clicked.connect(self.save)
        self.reset_button = QPushButton(self.tr("放弃修改"))
        self.reset_button.clicked.connect(self.load_selected)
        self.copy_button = QPushButton(self.tr("另存为新模板…"))
        self.copy_button.clicked.connect(self.save_as_new)
        edit_only(self.approve_button, self.save_button, self.reset_button, self.copy_button)
        buttons = QHBoxLayout()
        buttons.addWidget(self.approve_button)
        buttons.addStretch(1)
        buttons.addWidget(self.copy_button)
        buttons.addWidget(self.reset_button)
        buttons.addWidget(self.save_button)
        editor = QWidget()
        editor_layout = QVBoxLayout(editor)
        editor_layout.setContentsMargins(0, 0, 0, 0)
        editor_layout.addWidget(self.draft_banner)
        editor_layout.addLayout(form, 1)
        editor_layout.addWidget(help_label)
        editor_layout.addLayout(buttons)

        self.preview_label = QLabel()
        self.preview_label.setWordWrap(True)
        self._pdf_bytes = QByteArray()
        self._buffer: QBuffer | None = None
        from PySide6.QtPdf import QPdfDocument  # QtPdf loads when first needed, not at start-up
        from PySide6.QtPdfWidgets import QPdfView

        self.document = QPdfDocument(self)
        self.preview_view = QPdfView(self)
        self.preview_view.setDocument(self.document)
        # A whole page in view, the pages one under the other (a pledge in 3号 runs to a second page); the
        # vertical bar always there: one that comes and goes would change the width, which would change the
        # fit… (the layout never settles).
        self.preview_view.setZoomMode(QPdfView.ZoomMode.FitInView)
        self.preview_view.setPageMode(QPdfView.PageMode.MultiPage)
        self.preview_view.setVerticalScrollBarPolicy(Qt.ScrollBarAlwaysOn)
        self.preview_view.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        preview_box = QWidget()
        preview_layout = QVBoxLayout(preview_box)
        preview_layout.setContentsMargins(0, 0, 0, 0)
        preview_layout.addWidget(QLabel(self.tr("预览（示例承诺人）：")))
        preview_layout.addWidget(self.preview_view, 1)
        preview_layout.addWidget(self.preview_label)

        splitter = QSplitter(Qt.Horizontal)
        splitter.addWidget(self.template_list)
        splitter.addWidget(editor)
        splitter.addWidget(preview_box)
        splitter.setSizes([230, 550, 460])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        self._timer = QTimer(self, singleShot=True, interval=400, timeout=self.update_preview)
        self._loading = False
        for edit in (self.title_edit, self.addressee_edit, self.note_edit):
            edit.textChanged.connect(self._edited)
        for edit in (self.preamble_edit, self.clauses_edit, self.closing_edit):
            edit.textChanged.connect(self._edited)
        self.template_list.currentRowChanged.connect(lambda _r: self.load_selected())
        self.version_combo.currentIndexChanged.connect(lambda _i: self.load_version())

    # ------------------------------------------------------------ loading
    def refresh_choices(self) -> None:
        current = self.template_id()
        self.template_list.blockSignals(True)
        self.template_list.clear()
        for row in template_rows():
            version = self.tr("第%1版").replace("%1", str(row.version))
            label = f"{row.name}\n{version} · {AUDIENCES.get(row.audience, '')}"
            if row.is_draft:
                label += self.tr(" · 草稿")
            item = QListWidgetItem(label)
            item.setData(Qt.UserRole, row.id)
            item.setData(Qt.UserRole + 1, row.audience)
            self.template_list.addItem(item)
            if row.id == current:
                self.template_list.setCurrentItem(item)
        if self.template_list.currentRow() < 0 and self.template_list.count():
            self.template_list.setCurrentRow(0)
        self.template_list.blockSignals(False)
        if not self.is_modified():
            self.load_selected()

    def template_id(self) -> int | None:
        item = self.template_list.currentItem()
        return item.data(Qt.UserRole) if item is not None else None

    def audience(self) -> str:
        item = self.template_list.currentItem()
        return item.data(Qt.UserRole + 1) if item is not None else OFFICER

    def load_selected(self) -> None:
        template_id = self.template_id()
        self.version_combo.blockSignals(True)
        self.version_combo.clear()
        if template_id is not None:
            for version in versions(template_id):
                number = self.tr("第%1版").replace("%1", str(version.number))
                label = f"{number}　{version.created_at:%Y-%m-%d}　{version.created_by}"
                if version.is_draft:
                    label += self.tr("　草稿")
                if version.note:
                    label += f"　{version.note}"
                self.version_combo.addItem(label, version.id)
        self.version_combo.blockSignals(False)
        self.load_version()

    def _version(self):
        version_id = self.version_combo.currentData()
        return version_by_id(version_id) if version_id else None

    def load_version(self) -> None:
        version = self._version()
        if version is None:
            return
        text = TemplateText.of(version)
        self._loading = True
        self.title_edit.setText(text.title)
        self.addressee_edit.setText(text.addressee)
        self.preamble_edit.setPlainText(text.preamble)
        # Numbered here as printed, so a long clause wrapped over two lines still reads as one clause.
        self.clauses_edit.setPlainText("\n".join(f"{cn_number(n)}、{c}" for n, c in enumerate(text.clauses, 1)))
        self.closing_edit.setPlainText(text.closing)
        self.note_edit.clear()
        self._loaded = self.current_text()
        self._loading = False
        latest = self.version_combo.currentIndex() == 0
        self.draft_banner.setVisible(version.is_draft)
        self.draft_banner.setText(self.tr("此版本是程序提供的草稿（无公开范本可依），请教整办逐条审定：可直接修改后保存为新版本，"
                                          "或确认无误后点“审定通过”。") + (f"\n{version.note}" if version.note else ""))
        self.approve_button.setVisible(version.is_draft)
        self.save_button.setText(self.tr("保存为新版本") if latest else self.tr("以此版本内容保存为新版本"))
        self._update_buttons()
        self.update_preview()

    def current_text(self) -> TemplateText:
        return TemplateText(
            title=self.title_edit.text(), addressee=self.addressee_edit.text(),
            preamble=self.preamble_edit.toPlainText(),
            clauses=[strip_clause_number(line) for line in self.clauses_edit.toPlainText().splitlines()
                     if line.strip()],
            closing=self.closing_edit.toPlainText())

    def is_modified(self) -> bool:
        return hasattr(self, "_loaded") and self.current_text() != self._loaded

    def _edited(self, *_args) -> None:
        if not self._loading:
            self._update_buttons()
            self._timer.start()

    def _update_buttons(self) -> None:
        latest = self.version_combo.currentIndex() == 0
        self.save_button.setEnabled(self.is_modified() or not latest)
        self.reset_button.setEnabled(self.is_modified())

    # ------------------------------------------------------------ preview
    def update_preview(self) -> None:
        text = self.current_text()
        try:
            data, density = editor.preview(text, self.audience())
        except AppError as exc:
            self.preview_label.setText(f"<span style='color:#b00020'>{exc}</span>")
            return
        self.document.close()
        self._pdf_bytes = QByteArray(data)
        self._buffer = QBuffer(self._pdf_bytes, self)
        self._buffer.open(QIODevice.ReadOnly)
        self.document.load(self._buffer)
        # Always the standard grid (3号): a longer text takes a second page, never a smaller size.
        self.preview_label.setText(self.tr("正文%1磅，每页%2行、每行%3字（公文标准版心），共%4页。")
                                   .replace("%1", f"{density.size:g}").replace("%2", str(density.lines_per_page))
                                   .replace("%3", str(density.chars_per_line))
                                   .replace("%4", str(self.document.pageCount())))

    # ------------------------------------------------------------ saving
    def save(self) -> None:
        template_id = self.template_id()
        if template_id is None:
            return
        issued = next((r.issued for r in template_rows() if r.id == template_id), 0)
        try:
            version = editor.save_template_version(template_id, self.current_text(), self.note_edit.text())
        except AppError as exc:
            QMessageBox.warning(self, self.tr("保存模板"), str(exc))
            return
        if version is None:
            QMessageBox.information(self, self.tr("保存模板"), self.tr("内容与当前版本相同，未保存新版本。"))
            return
        self._loaded = self.current_text()  # saved: the refresh may now reload the list and versions
        self.tab.refresh()
        message = self.tr("已保存为第%1版。").replace("%1", str(version.number))
        if issued:
            message += self.tr("已下发的 %n 份承诺书仍保持原版本的文字；此后下发的使用新版本。", "", issued)
        self.tab.show_message(message)

    def approve(self) -> None:
        version = self._version()
        if version is None:
            return
        if self.is_modified():
            QMessageBox.information(self, self.tr("审定"), self.tr("文字已修改，请先“保存为新版本”（新版本即为审定后的文本）。"))
            return
        try:
            approve_version(version.id)
        except AppError as exc:
            QMessageBox.warning(self, self.tr("审定"), str(exc))
            return
        self.tab.refresh()
        self.tab.show_message(self.tr("第%1版已审定通过。").replace("%1", str(version.number)))

    def save_as_new(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("另存为新模板"), self.tr("新模板名称："),
                                        text=self.title_edit.text())
        if not ok:
            return
        audiences = list(AUDIENCES.values())
        audience, ok = QInputDialog.getItem(self, self.tr("另存为新模板"), self.tr("适用对象："), audiences,
                                            audiences.index(AUDIENCES.get(self.audience(), audiences[0])), False)
        if not ok:
            return
        key = next(k for k, v in AUDIENCES.items() if v == audience)
        try:
            template = editor.create_template(name, key, self.current_text())
        except AppError as exc:
            QMessageBox.warning(self, self.tr("另存为新模板"), str(exc))
            return
        self.tab.refresh()
        for row in range(self.template_list.count()):
            if self.template_list.item(row).data(Qt.UserRole) == template.id:
                self.template_list.setCurrentRow(row)
