"""承诺书签订: the pledge ledger (issue, print, sign, scan, archive), progress per unit, and the templates."""
from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QSortFilterProxyModel, Qt, QTimer, Signal
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QFileDialog, QFormLayout, QHBoxLayout, QHeaderView,
                               QInputDialog, QLabel, QLineEdit, QListWidget, QListWidgetItem, QMenu, QMessageBox,
                               QPlainTextEdit, QPushButton, QSplitter, QStyle, QTableView, QTabWidget, QToolButton,
                               QVBoxLayout, QWidget)

from app.pledges import service as pledges
from app.errors import AppError
from app.pledges.models import AUDIENCES, OFFICER, PENDING, PRINTED, STATUSES

from ui.common.batch_output import ONE_PDF, ask_batch_mode, ask_folder, run_batch_job, scratch_pdf_path
from ui.pledges.dialogs import DetailsDialog, IssueDialog, SignDialog, SignedDateDialog
from ui.pledges.models import ID_ROLE, SORT_ROLE, PledgeTableModel, ProgressTableModel
from ui.common.tab import FeatureTab

NOT_SIGNED = "未签署"  # status filter: 待打印 + 已打印


def _table(model, *, stretch_last: bool = True) -> tuple[QTableView, QSortFilterProxyModel]:
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    proxy.setFilterKeyColumn(-1)
    proxy.setFilterCaseSensitivity(Qt.CaseInsensitive)
    view = QTableView()
    view.setModel(proxy)
    view.setSortingEnabled(True)
    view.sortByColumn(-1, Qt.AscendingOrder)  # start in the model's order: by unit and department
    view.setSelectionBehavior(QAbstractItemView.SelectRows)
    view.setAlternatingRowColors(True)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(26)
    view.horizontalHeader().setStretchLastSection(stretch_last)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.Interactive)
    view.setWordWrap(False)
    return view, proxy


def _set_widths(view: QTableView, widths) -> None:
    """Column widths that suit the Chinese headers, widened where a translated header needs more."""
    header = view.horizontalHeader()
    margin = 2 * header.style().pixelMetric(QStyle.PM_HeaderMargin, None, header) + 4
    for column, width in widths:
        text = str(view.model().headerData(column, Qt.Horizontal) or "")
        view.setColumnWidth(column, max(width, header.fontMetrics().horizontalAdvance(text) + margin))


class LedgerPage(QWidget):
    """Every current pledge, filtered; the buttons act on the ticked rows."""

    def __init__(self, tab: "PledgesTab"):
        super().__init__(tab)
        self.tab = tab
        self.template_combo = QComboBox()
        self.unit_combo = QComboBox()
        self.unit_combo.setMinimumContentsLength(12)
        self.status_combo = QComboBox()
        self.status_combo.addItem(self.tr("全部状态"), "")
        self.status_combo.addItem(self.tr("未签署（待打印、已打印）"), NOT_SIGNED)
        for status in STATUSES:
            self.status_combo.addItem(status, status)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("查找姓名、部门、职务"))
        self.search.setClearButtonEnabled(True)
        # Long template names would widen the row past the window: the combos keep a set width, the
        # full text shows in the open list.
        for combo, chars in ((self.template_combo, 16), (self.unit_combo, 12), (self.status_combo, 10)):
            combo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(chars)
        filters = QHBoxLayout()
        for label, widget in ((self.tr("承诺书："), self.template_combo), (self.tr("单位："), self.unit_combo),
                              (self.tr("状态："), self.status_combo)):
            filters.addWidget(QLabel(label))
            filters.addWidget(widget)
        filters.addWidget(self.search, 1)

        self.model = PledgeTableModel(self)
        self.view, self.proxy = _table(self.model)
        self.view.doubleClicked.connect(self._open_row)
        widths = [34, 72, 160, 110, 80, 230, 50, 56, 84, 84, 84, 64, 84, 50]
        _set_widths(self.view, enumerate(widths))

        self.issue_button = QPushButton(self.tr("下发承诺书…"))
        self.print_button = QPushButton(self.tr("生成打印文件…"))
        self.signed_button = QPushButton(self.tr("登记已签署…"))
        self.sign_button = QPushButton(self.tr("屏幕签名…"))
        self.scan_button = QPushButton(self.tr("附加扫描件…"))
        self.archive_button = QPushButton(self.tr("归档"))
        self.more_button = QToolButton()
        self.more_button.setText(self.tr("更多"))
        self.more_button.setPopupMode(QToolButton.InstantPopup)
        more = QMenu(self.more_button)
        self.details_action = more.addAction(self.tr("查看记录和扫描件…"), self.show_details)
        self.preview_action = more.addAction(self.tr("预览当前行的承诺书"), self.preview_current)
        more.addSeparator()
        self.revert_action = more.addAction(self.tr("撤销上一步（勾选的）"), self.revert)
        self.withdraw_action = more.addAction(self.tr("撤回未签署的承诺书（勾选的）…"), self.withdraw)
        self.more_button.setMenu(more)
        self.check_all = QPushButton(self.tr("全选"))
        self.check_none = QPushButton(self.tr("全不选"))
        self.count_label = QLabel()
        actions = QHBoxLayout()
        for button in (self.issue_button, self.print_button, self.signed_button, self.sign_button, self.scan_button,
                       self.archive_button, self.more_button):
            actions.addWidget(button)
        actions.addStretch(1)
        # Counts and ticking on their own row under the table: one row for all of it needed > 1280 px.
        ticking = QHBoxLayout()
        ticking.addWidget(self.count_label, 1)
        ticking.addWidget(self.check_all)
        ticking.addWidget(self.check_none)

        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.view, 1)
        layout.addLayout(ticking)
        layout.addLayout(actions)

        self.issue_button.clicked.connect(self.issue)
        self.print_button.clicked.connect(self.print_checked)
        self.signed_button.clicked.connect(self.mark_signed)
        self.sign_button.clicked.connect(self.sign_on_screen)
        self.scan_button.clicked.connect(self.attach_scan)
        self.archive_button.clicked.connect(self.archive)
        self.check_all.clicked.connect(lambda: self.model.set_checked(self.visible_ids(), True))
        self.check_none.clicked.connect(lambda: self.model.set_checked(self.visible_ids(), False))
        self.model.checked_changed.connect(lambda _n: self._update_count())
        for combo in (self.template_combo, self.unit_combo, self.status_combo):
            combo.currentIndexChanged.connect(lambda _i: self.reload())
        self.search.textChanged.connect(self._search_changed)

    # ------------------------------------------------------------ data
    def refresh_choices(self) -> None:
        for combo, items, everything in (
                (self.template_combo, [(r.name, r.id) for r in pledges.template_rows()], self.tr("全部承诺书")),
                (self.unit_combo, [(u, u) for u in pledges.pledge_units()], self.tr("全部单位"))):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everything, None)
            for label, value in items:
                combo.addItem(label, value)
            combo.setCurrentIndex(max(0, combo.findData(current)) if current is not None else 0)
            combo.blockSignals(False)

    def reload(self) -> None:
        status = self.status_combo.currentData()
        rows = pledges.pledge_rows(template_id=self.template_combo.currentData(), unit=self.unit_combo.currentData(),
                                   status=status if status in STATUSES else None)
        if status == NOT_SIGNED:
            rows = [r for r in rows if r.status in (PENDING, PRINTED)]
        self.model.set_rows(rows)
        self._update_count()

    def _search_changed(self, text: str) -> None:
        self.proxy.setFilterFixedString(text.strip())
        self._update_count()

    def visible_ids(self) -> list[int]:
        return [self.proxy.index(r, 0).data(ID_ROLE) for r in range(self.proxy.rowCount())]

    def _update_count(self) -> None:
        self.count_label.setText(self.tr("显示 %1 份，已勾选 %2 份").replace("%1", str(self.proxy.rowCount()))
                                 .replace("%2", str(len(self.model.checked))))

    def checked_ids(self, action: str) -> list[int]:
        ids = [r.id for r in self.model.checked_rows()]
        if not ids:
            current = self.current_id()
            if current is not None:
                return [current]
            QMessageBox.information(self, action, self.tr("请先勾选要%1的承诺书（表格第一列），或选中一行。")
                                    .replace("%1", action))
        return ids

    def current_id(self) -> int | None:
        index = self.view.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None

    def _run(self, title: str, fn, *args) -> bool:
        try:
            fn(*args)
        except AppError as exc:
            QMessageBox.warning(self, title, str(exc))
            return False
        self.tab.refresh()
        return True

    # ------------------------------------------------------------ actions
    def issue(self) -> None:
        dialog = IssueDialog(self, self.template_combo.currentData())
        if dialog.exec() and dialog.result_info is not None:
            info = dialog.result_info
            parts = [self.tr("已下发 %n 份", "", info.created)]
            if info.skipped:
                parts.append(self.tr("跳过已有的 %n 人", "", info.skipped))
            if info.replaced:
                parts.append(self.tr("重新下发 %n 人", "", info.replaced))
            self.tab.refresh()
            # The separator is translatable too: a Chinese comma inside an English sentence looks broken.
            self.tab.show_message(self.tr("，", "between the parts of a message").join(parts)
                                  + self.tr("（第%1版）").replace("%1", str(info.version)))

    def print_checked(self) -> None:
        ids = self.checked_ids(self.tr("打印"))
        if not ids:
            return
        mode = ask_batch_mode(self, len(ids), self.tr("承诺书"))
        if mode is None:
            return
        done = lambda _result: self.tab.refresh()  # noqa: E731 — records are now 已打印
        if mode == ONE_PDF:
            out = scratch_pdf_path(self.tr("承诺书"))
            run_batch_job(self, self.tr("生成承诺书"), lambda progress: pledges.print_batch(ids, out, progress),
                          preview_title=self.tr("承诺书（%n 份）", "", len(ids)), on_done=done)
        else:
            folder = ask_folder(self, self.tr("选择保存承诺书的文件夹"))
            if folder is not None:
                run_batch_job(self, self.tr("生成承诺书"), lambda progress: pledges.print_each(ids, folder, progress),
                              on_done=done)

    def mark_signed(self) -> None:
        ids = self.checked_ids(self.tr("登记已签署"))
        if not ids:
            return
        dialog = SignedDateDialog(len(ids), self)
        if dialog.exec() and self._run(self.tr("登记已签署"), pledges.mark_signed, ids, dialog.day()):
            self.model.set_checked(ids, False)
            self.tab.show_message(self.tr("已登记 %n 份为已签署", "", len(ids)))

    def sign_on_screen(self) -> None:
        ids = self.checked_ids(self.tr("屏幕签名"))
        if len(ids) > 1:
            QMessageBox.information(self, self.tr("屏幕签名"), self.tr("屏幕签名一次为一人签署，请只勾选或选中一份。"))
            return
        if ids:
            dialog = SignDialog(ids[0], self)
            if dialog.exec():
                self.model.set_checked(ids, False)
                self.tab.refresh()
                self.tab.show_message(self.tr("已签名。可在“更多 → 预览当前行的承诺书”查看带签名的承诺书。"))

    def attach_scan(self) -> None:
        ids = self.checked_ids(self.tr("附加扫描件"))
        if len(ids) != 1:
            if ids:
                QMessageBox.information(self, self.tr("附加扫描件"), self.tr("扫描件附加到一份承诺书，请只勾选或选中一份。"))
            return
        files, _filter = QFileDialog.getOpenFileNames(self, self.tr("选择纸质承诺书的扫描件"), "",
                                                      self.tr("扫描件 (*.pdf *.jpg *.jpeg *.png)"))
        if not files:
            return
        for path in files:
            if not self._run(self.tr("附加扫描件"), pledges.attach_scan, ids[0], path):
                return
        row = next((r for r in self.model.rows if r.id == ids[0]), None)
        if row is not None and row.status == PRINTED:
            answer = QMessageBox.question(self, self.tr("附加扫描件"),
                                          self.tr("扫描件已附加。是否同时将%1的承诺书登记为已签署？").replace("%1", row.name))
            if answer == QMessageBox.Yes:
                dialog = SignedDateDialog(1, self)
                if dialog.exec():
                    self._run(self.tr("登记已签署"), pledges.mark_signed, ids, dialog.day())
        self.tab.show_message(self.tr("已附加 %n 个扫描件", "", len(files)))

    def archive(self) -> None:
        ids = self.checked_ids(self.tr("归档"))
        if ids and self._run(self.tr("归档"), pledges.archive, ids):
            self.model.set_checked(ids, False)
            self.tab.show_message(self.tr("已归档 %n 份", "", len(ids)))

    def revert(self) -> None:
        ids = self.checked_ids(self.tr("撤销上一步"))
        if ids and QMessageBox.question(
                self, self.tr("撤销上一步"),
                self.tr("将 %n 份承诺书退回上一步（已归档→已签署→已打印→待打印）。屏幕签名会被删除。继续吗？", "", len(ids))) \
                == QMessageBox.Yes:
            self._run(self.tr("撤销上一步"), pledges.revert, ids)

    def withdraw(self) -> None:
        ids = self.checked_ids(self.tr("撤回"))
        if ids and QMessageBox.question(
                self, self.tr("撤回承诺书"),
                self.tr("撤回（删除）%n 份尚未签署的承诺书？用于误下发的情况。", "", len(ids))) == QMessageBox.Yes:
            if self._run(self.tr("撤回承诺书"), pledges.withdraw, ids):
                self.model.set_checked(ids, False)

    def show_details(self) -> None:
        current = self.current_id()
        if current is None:
            QMessageBox.information(self, self.tr("查看记录"), self.tr("请先选中一行。"))
            return
        DetailsDialog(current, self).exec()
        self.tab.refresh()

    def preview_current(self) -> None:
        current = self.current_id()
        if current is None:
            QMessageBox.information(self, self.tr("预览"), self.tr("请先选中一行。"))
            return
        self._preview(current)

    def _open_row(self, index) -> None:
        self._preview(index.data(ID_ROLE))

    def _preview(self, pledge_id: int) -> None:
        row = next((r for r in self.model.rows if r.id == pledge_id), None)
        name = f"{row.unit}-{row.name}-{row.template_name}" if row else self.tr("承诺书")
        try:
            path = pledges.pledge_pdf(pledge_id, scratch_pdf_path(name))
        except AppError as exc:
            QMessageBox.warning(self, self.tr("预览"), str(exc))
            return
        from ui.common.pdf_preview import preview

        preview(self, path, name)


class ProgressPage(QWidget):
    """Signed / issued per template and unit, who has not signed, and a printable report."""

    def __init__(self, tab: "PledgesTab"):
        super().__init__(tab)
        self.tab = tab
        self.template_combo = QComboBox()
        self.template_combo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.template_combo.setMinimumContentsLength(16)
        self.summary = QLabel()
        self.summary.setStyleSheet("font-size: 11pt;")
        self.summary.setWordWrap(True)  # the figures wrap rather than push the window wider
        self.print_button = QPushButton(self.tr("打印进度表和未签名单…"))
        self.print_button.clicked.connect(self.print_report)
        self.show_button = QPushButton(self.tr("在台账中查看未签署的"))
        self.show_button.clicked.connect(self.show_in_ledger)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("承诺书：")))
        top.addWidget(self.template_combo)
        top.addWidget(self.summary, 1)
        top.addWidget(self.show_button)
        top.addWidget(self.print_button)
        self.model = ProgressTableModel(self)
        self.view, self.proxy = _table(self.model, stretch_last=False)
        self.view.setSelectionMode(QAbstractItemView.SingleSelection)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.Stretch)
        for column in (0, 1):
            self.view.horizontalHeader().setSectionResizeMode(column, QHeaderView.Interactive)
        _set_widths(self.view, ((0, 290), (1, 200)))
        self.unsigned = PledgeTableModel(self, checkable=False)
        self.unsigned_view, self.unsigned_proxy = _table(self.unsigned)
        _set_widths(self.unsigned_view, enumerate([80, 180, 140, 90, 260, 60, 64, 92, 92]))
        for column in range(9, 13):  # signed, how, archived, scans: empty for the unsigned
            self.unsigned_view.setColumnHidden(column, True)
        self.unsigned_label = QLabel()
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.unsigned_label)
        lower_layout.addWidget(self.unsigned_view, 1)
        splitter = QSplitter(Qt.Vertical)
        splitter.addWidget(self.view)
        splitter.addWidget(lower)
        splitter.setSizes([380, 300])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        self.template_combo.currentIndexChanged.connect(lambda _i: self.reload())
        self.view.selectionModel().currentRowChanged.connect(lambda _c, _p: self.reload_unsigned())

    def refresh_choices(self) -> None:
        current = self.template_combo.currentData()
        self.template_combo.blockSignals(True)
        self.template_combo.clear()
        self.template_combo.addItem(self.tr("全部承诺书"), None)
        for row in pledges.template_rows():
            self.template_combo.addItem(row.name, row.id)
        self.template_combo.setCurrentIndex(max(0, self.template_combo.findData(current)) if current else 0)
        self.template_combo.blockSignals(False)

    def reload(self) -> None:
        rows = pledges.progress_rows(self.template_combo.currentData())
        self.model.set_rows(rows)
        issued, signed = sum(r.issued for r in rows), sum(r.signed for r in rows)
        percent = 100.0 * signed / issued if issued else 0.0
        self.summary.setText(self.tr("已签署 %1 / 下发 %2（%3%），未签署 %4 人")
                             .replace("%1", str(signed)).replace("%2", str(issued))
                             .replace("%3", f"{percent:.1f}").replace("%4", str(issued - signed)))
        self.reload_unsigned()

    def _selected(self):
        index = self.view.currentIndex()
        if not index.isValid():
            return None
        return self.model.rows[self.proxy.mapToSource(index).row()]

    def reload_unsigned(self) -> None:
        selected = self._selected()
        if selected is not None:
            rows = pledges.unsigned_rows(selected.template_id, selected.unit)
            scope = f"{selected.unit} · {selected.template_name}"
        else:
            rows = pledges.unsigned_rows(self.template_combo.currentData())
            scope = self.template_combo.currentText()
        self.unsigned.set_rows(rows)
        self.unsigned_label.setText(self.tr("未签署名单（%1）：%2 人").replace("%1", scope).replace("%2", str(len(rows))))

    def show_in_ledger(self) -> None:
        selected = self._selected()
        self.tab.show_unsigned(selected.template_id if selected else self.template_combo.currentData(),
                               selected.unit if selected else None)

    def print_report(self) -> None:
        selected = self._selected()
        template_id = selected.template_id if selected and self.template_combo.currentData() else \
            self.template_combo.currentData()
        out = scratch_pdf_path(self.tr("承诺书签订进度"))
        try:
            pledges.progress_report_pdf(out, template_id)
        except AppError as exc:
            QMessageBox.warning(self, self.tr("签署进度"), str(exc))
            return
        from ui.common.pdf_preview import preview

        preview(self, out, self.tr("承诺书签订进度"))


class TemplatePage(QWidget):
    """Edit a template with a live preview. Saving makes a new version; issued pledges keep theirs."""

    def __init__(self, tab: "PledgesTab"):
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
        for edit, lines in ((self.preamble_edit, 4), (self.clauses_edit, 12), (self.closing_edit, 3)):
            edit.setMinimumHeight(lines * edit.fontMetrics().lineSpacing() + 12)
        help_label = QLabel(self.tr("可用占位符：") + "　".join(f"{{{name}}}" for name in pledges.PLACEHOLDERS))
        help_label.setWordWrap(True)
        help_label.setToolTip("\n".join(f"{{{k}}}：{v}" for k, v in pledges.PLACEHOLDERS.items()))
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
        self.document = QPdfDocument(self)
        self.preview_view = QPdfView(self)
        self.preview_view.setDocument(self.document)
        # The whole page in view, no scroll bars: with a scroll bar that comes and goes, fitting the page
        # would change the width, which would change the fit… (the layout never settles).
        self.preview_view.setZoomMode(QPdfView.ZoomMode.FitInView)
        self.preview_view.setVerticalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
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
        for row in pledges.template_rows():
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
            for version in pledges.versions(template_id):
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
        from app.pledges.models import PledgeTemplateVersion

        version_id = self.version_combo.currentData()
        return PledgeTemplateVersion.get_or_none(PledgeTemplateVersion.id == version_id) if version_id else None

    def load_version(self) -> None:
        version = self._version()
        if version is None:
            return
        text = pledges.TemplateText.of(version)
        self._loading = True
        self.title_edit.setText(text.title)
        self.addressee_edit.setText(text.addressee)
        self.preamble_edit.setPlainText(text.preamble)
        # Numbered here as printed, so a long clause wrapped over two lines still reads as one clause.
        from app.pledges.documents.pledge import cn_number

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

    def current_text(self) -> pledges.TemplateText:
        return pledges.TemplateText(
            title=self.title_edit.text(), addressee=self.addressee_edit.text(),
            preamble=self.preamble_edit.toPlainText(),
            clauses=[pledges.strip_clause_number(line) for line in self.clauses_edit.toPlainText().splitlines()
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
        from app.pledges.documents.pledge import fit

        text = self.current_text()
        try:
            data = pledges.preview_pdf_bytes(text, self.audience())
            density = fit(pledges.sample_text(text, self.audience()))
        except AppError as exc:
            self.preview_label.setText(f"<span style='color:#b00020'>{exc}</span>")
            return
        self.document.close()
        self._pdf_bytes = QByteArray(data)
        self._buffer = QBuffer(self._pdf_bytes, self)
        self._buffer.open(QIODevice.ReadOnly)
        self.document.load(self._buffer)
        standard = density.lines_per_page == 22 and density.size == 16
        self.preview_label.setText(self.tr("一页排下：正文%1磅，每页%2行、每行%3字%4。")
                                   .replace("%1", f"{density.size:g}").replace("%2", str(density.lines_per_page))
                                   .replace("%3", str(density.chars_per_line))
                                   .replace("%4", self.tr("（公文标准版心）") if standard else
                                            self.tr("（内容较多，已自动收紧行距或缩小字号，最小为4号字）")))

    # ------------------------------------------------------------ saving
    def save(self) -> None:
        template_id = self.template_id()
        if template_id is None:
            return
        issued = next((r.issued for r in pledges.template_rows() if r.id == template_id), 0)
        try:
            version = pledges.save_template_version(template_id, self.current_text(), self.note_edit.text())
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
            pledges.approve_version(version.id)
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
            template = pledges.create_template(name, key, self.current_text())
        except AppError as exc:
            QMessageBox.warning(self, self.tr("另存为新模板"), str(exc))
            return
        self.tab.refresh()
        for row in range(self.template_list.count()):
            if self.template_list.item(row).data(Qt.UserRole) == template.id:
                self.template_list.setCurrentRow(row)


class PledgesTab(FeatureTab):
    TITLE = "承诺书签订"
    status_changed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.pages = QTabWidget(self)
        self.ledger = LedgerPage(self)
        self.progress = ProgressPage(self)
        self.templates = TemplatePage(self)
        self.pages.addTab(self.ledger, self.tr("承诺书台账"))
        self.pages.addTab(self.progress, self.tr("签署进度"))
        self.pages.addTab(self.templates, self.tr("模板"))
        self.message = QLabel()
        self.message.setStyleSheet("color: #1e5aa0;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.message)
        self._status = ""
        self.refresh()

    def refresh(self) -> None:
        for page in (self.ledger, self.progress, self.templates):
            page.refresh_choices()
        self.ledger.reload()
        self.progress.reload()
        rows = pledges.progress_rows()
        issued, signed = sum(r.issued for r in rows), sum(r.signed for r in rows)
        self._status = (self.tr("承诺书：已签署 %1 / 下发 %2（%3%）").replace("%1", str(signed))
                        .replace("%2", str(issued)).replace("%3", f"{100.0 * signed / issued:.1f}")
                        if issued else self.tr("承诺书：尚未下发"))
        self.status_changed.emit()

    def show_rows(self, **criteria) -> bool:
        """The overview links here without filters: the whole list is shown; no criterion applies."""
        return not criteria

    def on_changed(self, topic: str) -> None:
        if topic in ("pledges", "roster", "database"):
            self.refresh()

    def status_text(self) -> str:
        return self._status

    def show_message(self, text: str) -> None:
        self.message.setText(text)

    def show_unsigned(self, template_id: int | None, unit: str | None) -> None:
        ledger = self.ledger
        for combo, value in ((ledger.template_combo, template_id), (ledger.unit_combo, unit)):
            combo.blockSignals(True)
            combo.setCurrentIndex(max(0, combo.findData(value)) if value is not None else 0)
            combo.blockSignals(False)
        ledger.status_combo.setCurrentIndex(ledger.status_combo.findData(NOT_SIGNED))
        ledger.reload()
        self.pages.setCurrentWidget(ledger)

    def can_close(self) -> bool:
        if not self.templates.is_modified():
            return True
        title = QCoreApplication.translate("PledgesTab", self.TITLE)  # as the main window shows it
        answer = QMessageBox.question(self, title, self.tr("承诺书模板有未保存的修改，仍要关闭吗？"))
        return answer == QMessageBox.Yes

