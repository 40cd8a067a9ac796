"""承诺书台账: every current pledge, filtered by template, unit and status; the buttons act on the ticked rows
(issue, print, register signed, sign on screen, attach scans, file, step back, withdraw)."""
from __future__ import annotations

from PySide6.QtWidgets import (QComboBox, QFileDialog, QHBoxLayout, QLabel, QLineEdit, QMenu, QMessageBox, QPushButton,
                               QToolButton, QVBoxLayout, QWidget)

from app.errors import AppError
from app.pledges import archive, issuing, outputs, signing
from app.pledges.ledger import pledge_rows, pledge_units
from app.pledges.models import PENDING, PRINTED, STATUSES
from app.pledges.templates import template_rows
from app.safety import access
from ui.common.editing import edit_only
from ui.common.batch_output import ONE_PDF, ask_batch_mode, ask_folder, run_batch_job
from ui.common.output import document_path
from ui.common.tab import FeatureTab
from ui.pledges.dialogs import DetailsDialog, IssueDialog, SignDialog, SignedDateDialog
from ui.pledges.models import PledgeTableModel
from ui.pledges.views import make_table, set_widths

NOT_SIGNED = "未签署"  # status filter: 待打印 + 已打印


class LedgerPage(QWidget):
    """Every current pledge, filtered; the buttons act on the ticked rows."""

    def __init__(self, tab: FeatureTab):  # the PledgesTab: refresh(), show_message()
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
        self.view, self.proxy = make_table(self.model)
        self.view.doubleClicked.connect(self._open_row)
        widths = [34, 72, 160, 110, 80, 230, 50, 56, 84, 84, 84, 64, 84, 50]
        set_widths(self.view, enumerate(widths))

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
        self.printed_action = more.addAction(self.tr("登记为已打印（勾选的）…"), self.confirm_printed)
        more.addSeparator()
        self.revert_action = more.addAction(self.tr("撤销上一步（勾选的）"), self.revert)
        self.withdraw_action = more.addAction(self.tr("撤回未签署的承诺书（勾选的）…"), self.withdraw)
        edit_only(self.issue_button, self.signed_button, self.sign_button, self.scan_button, self.archive_button,
                  self.printed_action, self.revert_action, self.withdraw_action)
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
                (self.template_combo, [(r.name, r.id) for r in template_rows()], self.tr("全部承诺书")),
                (self.unit_combo, [(u, u) for u in pledge_units()], self.tr("全部单位"))):
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
        rows = pledge_rows(template_id=self.template_combo.currentData(), unit=self.unit_combo.currentData(),
                           status=status if status in STATUSES else None)
        if status == NOT_SIGNED:
            rows = [r for r in rows if r.status in (PENDING, PRINTED)]
        self.model.set_rows(rows)
        self._update_count()

    def show(self, *, template_id: int | None = None, unit: str | None = None, status: str | None = None) -> bool:
        """Set the filters (None: all) and reload. False when a value is not among the choices (that filter
        then shows all)."""
        found = True
        for combo, value in ((self.template_combo, template_id), (self.unit_combo, unit), (self.status_combo, status)):
            index = combo.findData(value) if value is not None else 0
            found = found and index >= 0
            combo.blockSignals(True)
            combo.setCurrentIndex(max(0, index))
            combo.blockSignals(False)
        self.reload()
        return found

    def _search_changed(self, text: str) -> None:
        self.proxy.setFilterFixedString(text.strip())
        self._update_count()

    def visible_ids(self) -> list[int]:
        return [self.proxy.row_at(r).id for r in range(self.proxy.rowCount())]

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
        return self.proxy.row_at(index.row()).id if index.isValid() else None

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
        if dialog.exec() and dialog.saved_value is not None:
            info = dialog.saved_value
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
        # A PDF is not a print: 已打印 only once the preview's 打印 sent the job, or the user confirms it.
        if mode == ONE_PDF:
            out = document_path(self.tr("承诺书"))
            run_batch_job(self, self.tr("生成承诺书"), lambda progress: outputs.print_batch(ids, out, progress),
                          preview_title=self.tr("承诺书（%n 份）", "", len(ids)),
                          on_printed=lambda: self._printed(ids))
        else:
            folder = ask_folder(self, self.tr("选择保存承诺书的文件夹"))
            if folder is not None:
                later = self.tr("已生成打印文件。打印后请在“更多 → 登记为已打印”中登记。")
                run_batch_job(self, self.tr("生成承诺书"), lambda progress: outputs.print_each(ids, folder, progress),
                              on_done=lambda _result: self.tab.show_message(later))

    def _printed(self, ids: list[int]) -> None:
        """The preview sent the print job: 待打印 → 已打印 (an account that may not edit leaves the status)."""
        if access.can(access.EDIT) and self._run(self.tr("打印"), outputs.confirm_printed, ids):
            self.tab.show_message(self.tr("已打印 %n 份，状态已改为“已打印”", "", len(ids)))

    def confirm_printed(self) -> None:
        """更多 → 登记为已打印: the copies were printed outside the preview (a saved file, another computer)."""
        ids = self.checked_ids(self.tr("登记为已打印"))
        if not ids:
            return
        answer = QMessageBox.question(self, self.tr("登记为已打印"),
                                      self.tr("确认所选的 %n 份承诺书已经打印出来？", "", len(ids)))
        if answer == QMessageBox.Yes and self._run(self.tr("登记为已打印"), outputs.confirm_printed, ids):
            self.tab.show_message(self.tr("已登记 %n 份为已打印", "", len(ids)))

    def mark_signed(self) -> None:
        ids = self.checked_ids(self.tr("登记已签署"))
        if not ids:
            return
        if SignedDateDialog(ids, self).exec():
            self.tab.refresh()
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
            if not self._run(self.tr("附加扫描件"), signing.attach_scan, ids[0], path):
                return
        index = self.model.row_of_key(ids[0])
        row = self.model.row_at(index) if index >= 0 else None
        if row is not None and row.status == PRINTED:
            answer = QMessageBox.question(self, self.tr("附加扫描件"),
                                          self.tr("扫描件已附加。是否同时将%1的承诺书登记为已签署？").replace("%1", row.name))
            if answer == QMessageBox.Yes:
                if SignedDateDialog(ids, self).exec():
                    self.tab.refresh()
        self.tab.show_message(self.tr("已附加 %n 个扫描件", "", len(files)))

    def archive(self) -> None:
        ids = self.checked_ids(self.tr("归档"))
        if ids and self._run(self.tr("归档"), archive.archive, ids):
            self.model.set_checked(ids, False)
            self.tab.show_message(self.tr("已归档 %n 份", "", len(ids)))

    def revert(self) -> None:
        ids = self.checked_ids(self.tr("撤销上一步"))
        if ids and QMessageBox.question(
                self, self.tr("撤销上一步"),
                self.tr("将 %n 份承诺书退回上一步（已归档→已签署→已打印→待打印）。屏幕签名会被删除。继续吗？", "", len(ids))) \
                == QMessageBox.Yes:
            self._run(self.tr("撤销上一步"), archive.revert, ids)

    def withdraw(self) -> None:
        ids = self.checked_ids(self.tr("撤回"))
        if ids and QMessageBox.question(
                self, self.tr("撤回承诺书"),
                self.tr("撤回（删除）%n 份尚未签署的承诺书？用于误下发的情况。", "", len(ids))) == QMessageBox.Yes:
            if self._run(self.tr("撤回承诺书"), issuing.withdraw, ids):
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
        self._preview(self.proxy.row_at(index.row()).id)

    def _preview(self, pledge_id: int) -> None:
        index = self.model.row_of_key(pledge_id)
        row = self.model.row_at(index) if index >= 0 else None
        name = f"{row.unit}-{row.name}-{row.template_name}" if row else self.tr("承诺书")
        try:
            path = outputs.pledge_pdf(pledge_id, document_path(name))
        except AppError as exc:
            QMessageBox.warning(self, self.tr("预览"), str(exc))
            return
        from ui.common.pdf_preview import preview

        preview(self, path, name)
