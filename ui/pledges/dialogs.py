"""Dialogs of the pledge tab: issue to people, register paper signatures, sign on screen, record details.

The first three save through the service and derive from ui.common.form.FormDialog: an error is shown, the
field it names is marked and the dialog stays open. Their form rows come first; the views they need below
(the people, the pledge to read, the signature pad) get the room that is left.
"""
from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices, QPixmap
from PySide6.QtWidgets import (QAbstractItemView, QButtonGroup, QCheckBox, QComboBox, QDialog, QDialogButtonBox,
                               QGridLayout, QGroupBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QListWidget,
                               QListWidgetItem, QMessageBox, QPushButton, QRadioButton, QSizePolicy, QSplitter,
                               QTableView, QVBoxLayout, QWidget)

from app.errors import AppError, Conflict
from app.paths import data_dir
from app.pledges import issuing, outputs, signing
from app.pledges.ledger import history, pledge_rows
from app.pledges.models import AUDIENCES, LEADER
from app.pledges.signers import Signer, leader_organizations, leader_signers, officer_signers
from app.pledges.templates import latest_version, template_rows
from app.roster.units import department_names, unit_names
from ui.common.dates import date_edit, from_qdate, to_qdate
from ui.common.form import FormDialog, fit_to_screen
from ui.pledges.models import SignerTableModel
from ui.pledges.signature_pad import SignaturePad


def _below_the_form(dialog: FormDialog, widgets: list[tuple[QWidget, int]]) -> None:
    """Place (widget, stretch) under the dialog's form rows, above its buttons. The rows (all added by now)
    keep their own height, without the scroll area's margins: the widgets below get the room."""
    dialog.form.setContentsMargins(0, 0, 0, 0)
    scroll = dialog.outer.itemAt(0).widget()  # FormDialog's scroll area around the form
    scroll.setSizePolicy(QSizePolicy.Preferred, QSizePolicy.Maximum)
    scroll.setMaximumHeight(dialog.body.sizeHint().height() if dialog.form.rowCount() else 0)
    dialog.outer.setStretch(0, 0)
    for widget, stretch in widgets:
        dialog.outer.insertWidget(dialog.outer.count() - 1, widget, stretch)


def _signing_date(display_format: str):
    """Today, no later; shown as 2021年6月11日 (`display_format`, translated by the dialog)."""
    edit = date_edit()
    edit.setDisplayFormat(display_format)
    edit.setMaximumDate(to_qdate(None))
    return edit


class IssueDialog(FormDialog):
    """Pick a template and the people: all officers, a unit (and department), a search, or outside leaders."""

    ALL, UNIT, FILTER, LEADERS = range(4)

    def __init__(self, parent=None, template_id: int | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("下发承诺书"))
        fit_to_screen(self, 760, 620)
        self.template_combo = QComboBox()
        for row in template_rows():
            label = row.name + (self.tr("（草稿，待审定）") if row.is_draft else "")
            self.template_combo.addItem(label, row.id)
            self.template_combo.setItemData(self.template_combo.count() - 1, row.audience, Qt.UserRole + 1)
        if template_id is not None:
            self.template_combo.setCurrentIndex(max(0, self.template_combo.findData(template_id)))

        self.mode_group = QButtonGroup(self)
        self.all_radio = QRadioButton(self.tr("全部在岗干警（纳入教育整顿的）"))
        self.unit_radio = QRadioButton(self.tr("按单位、部门："))
        self.filter_radio = QRadioButton(self.tr("按条件筛选（姓名、部门或职务含）："))
        self.leaders_radio = QRadioButton(self.tr("政法系统外党政领导干部："))
        for mode, radio in enumerate((self.all_radio, self.unit_radio, self.filter_radio, self.leaders_radio)):
            self.mode_group.addButton(radio, mode)
        self.unit_combo = QComboBox()
        self.unit_combo.addItems(unit_names())
        self.department_combo = QComboBox()
        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(self.tr("如：派出所、庭长"))
        self.organization_combo = QComboBox()
        self.organization_combo.addItem(self.tr("全部单位"), "")
        for organization in leader_organizations():
            self.organization_combo.addItem(organization, organization)
        self.reissue_check = QCheckBox(self.tr("对已有此承诺书的人也重新下发（原承诺书保留为历史记录，不再计入进度）"))

        who = QGroupBox(self.tr("下发对象"))
        grid = QGridLayout(who)
        grid.addWidget(self.all_radio, 0, 0, 1, 3)
        grid.addWidget(self.unit_radio, 1, 0)
        grid.addWidget(self.unit_combo, 1, 1)
        grid.addWidget(self.department_combo, 1, 2)
        grid.addWidget(self.filter_radio, 2, 0)
        grid.addWidget(self.filter_edit, 2, 1, 1, 2)
        grid.addWidget(self.leaders_radio, 3, 0)
        grid.addWidget(self.organization_combo, 3, 1, 1, 2)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)

        self.model = SignerTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.Stretch)
        self.table.setSelectionMode(QAbstractItemView.NoSelection)
        self.count_label = QLabel()
        self.draft_label = QLabel()
        self.draft_label.setStyleSheet("color: #b06000;")
        self.draft_label.setWordWrap(True)

        self.issue_button = self.save_button
        self.issue_button.setText(self.tr("下发"))
        self.buttons.button(QDialogButtonBox.Cancel).setText(self.tr("取消"))

        self.add_row(self.tr("承诺书模板："), self.template_combo)
        _below_the_form(self, [(self.draft_label, 0), (who, 0), (self.count_label, 0), (self.table, 1),
                               (self.reissue_check, 0)])
        self.name_field("承诺人", self.table)

        self._timer = QTimer(self, singleShot=True, interval=250, timeout=self.update_preview)
        self.template_combo.currentIndexChanged.connect(self._template_changed)
        self.mode_group.idClicked.connect(lambda _m: self.update_preview())
        self.unit_combo.currentIndexChanged.connect(self._unit_changed)
        self.department_combo.currentIndexChanged.connect(lambda _i: self._select(self.UNIT))
        self.filter_edit.textChanged.connect(self._filter_typed)
        self.organization_combo.currentIndexChanged.connect(lambda _i: self._select(self.LEADERS))
        # Choosing in a list means that way of choosing, even when the item shown was already current.
        self.unit_combo.activated.connect(lambda _i: self._select(self.UNIT))
        self.department_combo.activated.connect(lambda _i: self._select(self.UNIT))
        self.organization_combo.activated.connect(lambda _i: self._select(self.LEADERS))
        self._unit_changed(select=False)
        self._template_changed()

    def _filter_typed(self, _text: str) -> None:
        self.filter_radio.setChecked(True)
        self._timer.start()  # query once typing pauses

    def _select(self, mode: int) -> None:
        self.mode_group.button(mode).setChecked(True)
        self.update_preview()

    def _unit_changed(self, _index=None, select: bool = True) -> None:
        self.department_combo.blockSignals(True)
        self.department_combo.clear()
        self.department_combo.addItem(self.tr("全部部门"), "")
        for name in department_names(self.unit_combo.currentText()):
            self.department_combo.addItem(name, name)
        self.department_combo.blockSignals(False)
        if select:
            self._select(self.UNIT)

    def _template_changed(self, _index=None) -> None:
        audience = self.template_combo.currentData(Qt.UserRole + 1)
        (self.leaders_radio if audience == LEADER else self.all_radio).setChecked(True)
        template_id = self.template_combo.currentData()
        draft = template_id is not None and latest_version(template_id).is_draft
        self.draft_label.setText(self.tr("该模板的当前版本是程序提供的草稿，尚未经教整办审定。建议先在“模板”页审定或修改后再下发。")
                                 if draft else "")
        self.draft_label.setVisible(draft)
        self.update_preview()

    def signers(self) -> list[Signer]:
        mode = self.mode_group.checkedId()
        if mode == self.UNIT:
            return officer_signers(unit=self.unit_combo.currentText(),
                                   department=self.department_combo.currentData() or None)
        if mode == self.FILTER:
            text = self.filter_edit.text().strip()
            return officer_signers(text=text) if text else []
        if mode == self.LEADERS:
            return leader_signers(organization=self.organization_combo.currentData() or None)
        return officer_signers()

    def update_preview(self) -> None:
        signers = self.signers()
        self.model.set_rows(signers)
        template_id = self.template_combo.currentData()
        having = issuing.already_issued(template_id, signers) if template_id and signers else 0
        text = self.tr("将下发给 %n 人", "", len(signers))
        if having:
            text += self.tr("（其中 %n 人已有此承诺书）", "", having)
        self.count_label.setText(self.tr("%1：", "a label ending in a colon").replace("%1", text))
        self.issue_button.setEnabled(bool(signers))

    def save(self) -> issuing.IssueResult | None:
        template_id = self.template_combo.currentData()
        signers = self.model.rows
        existing = issuing.REISSUE if self.reissue_check.isChecked() else issuing.REFUSE
        try:
            return issuing.issue(template_id, signers, existing=existing)
        except Conflict as exc:
            box = QMessageBox(QMessageBox.Warning, self.tr("下发承诺书"), str(exc), parent=self)
            skip = box.addButton(self.tr("只下发给其余的人"), QMessageBox.AcceptRole)
            box.addButton(self.tr("取消"), QMessageBox.RejectRole)
            box.exec()
            if box.clickedButton() is not skip:
                return None  # back to choosing (see done)
            return issuing.issue(template_id, signers, existing=issuing.SKIP)

    def done(self, result: int) -> None:
        if result == QDialog.Accepted and self.saved_value is None:
            return  # the offer to issue only to the others was declined: the dialog stays open
        super().done(result)


class SignedDateDialog(FormDialog):
    """Register the ticked paper copies as signed, with the date written on them."""

    def __init__(self, ids: list[int], parent=None):
        super().__init__(parent)
        self.ids = list(ids)
        self.setWindowTitle(self.tr("登记为已签署"))
        self.save_button.setText(self.tr("登记"))
        self.buttons.button(QDialogButtonBox.Cancel).setText(self.tr("取消"))
        self.form.addRow(QLabel(self.tr("将勾选的 %n 份纸质承诺书登记为已签署。", "", len(self.ids))))
        self.date_edit = self.add_row(self.tr("签署日期："),
                                      _signing_date(self.tr("yyyy年M月d日", "date format of QDateEdit")))

    def day(self):
        return from_qdate(self.date_edit.date())

    def save(self) -> int:
        return signing.mark_signed(self.ids, self.day())


class SignDialog(FormDialog):
    """Read the pledge, sign on the pad, pick the date: stores strokes + image, the pledge becomes 已签署."""

    def __init__(self, pledge_id: int, parent=None):
        super().__init__(parent)
        self.pledge_id = pledge_id
        pledge, = pledge_rows(ids=[pledge_id])
        self.setWindowTitle(self.tr("屏幕签名 — %1 · %2").replace("%1", pledge.name).replace("%2", pledge.template_name))
        fit_to_screen(self, 900, 900)
        self._pdf_bytes = QByteArray(outputs.pledge_page_bytes(pledge_id))
        self._buffer = QBuffer(self._pdf_bytes, self)
        self._buffer.open(QIODevice.ReadOnly)
        from PySide6.QtPdf import QPdfDocument  # QtPdf loads when first needed, not at start-up
        from PySide6.QtPdfWidgets import QPdfView

        self.document = QPdfDocument(self)
        self.document.load(self._buffer)
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)  # a pledge in 3号 runs to a second page
        self.view.setVerticalScrollBarPolicy(Qt.ScrollBarAlwaysOn)  # a bar that comes and goes never settles
        self.pad = SignaturePad(self, hint=self.tr("%1 请在此处签名").replace("%1", pledge.name))
        self.pad.setMinimumHeight(170)
        self.date_edit = _signing_date(self.tr("yyyy年M月d日", "date format of QDateEdit"))
        self.name_field("签名", self.pad)
        self.name_field("签署日期", self.date_edit)
        clear = QPushButton(self.tr("清除重签"))
        clear.clicked.connect(self.pad.clear)
        undo = QPushButton(self.tr("撤销一笔"))
        undo.clicked.connect(self.pad.undo)
        self.buttons.addButton(clear, QDialogButtonBox.ResetRole)
        self.buttons.addButton(undo, QDialogButtonBox.ResetRole)
        self.confirm = self.save_button
        self.confirm.setText(self.tr("确认签名"))
        self.confirm.setDefault(True)
        self.confirm.setEnabled(False)
        self.buttons.button(QDialogButtonBox.Cancel).setText(self.tr("取消"))
        self.pad.changed.connect(lambda: self.confirm.setEnabled(not self.pad.is_empty()))
        bar = QHBoxLayout()  # the date and the buttons on one line, under the pad
        bar.addWidget(QLabel(self.tr("签署日期：")))
        bar.addWidget(self.date_edit)
        self.outer.removeWidget(self.buttons)
        bar.addWidget(self.buttons, 1)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(QLabel(self.tr("请承诺人阅读上方承诺书后，用鼠标或手写板在下框内签名：")))
        lower_layout.addWidget(self.pad, 1)
        lower_layout.addLayout(bar)
        splitter = QSplitter(Qt.Vertical)
        splitter.addWidget(self.view)
        splitter.addWidget(lower)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        _below_the_form(self, [(splitter, 1)])

    def save(self):
        return signing.sign_on_screen(self.pledge_id, self.pad.to_json(), self.pad.to_png(),
                                      from_qdate(self.date_edit.date()))


class DetailsDialog(QDialog):
    """One pledge: its steps (dated, by whom), its on-screen signature, its scans (open, save, delete)."""

    def __init__(self, pledge_id: int, parent=None):
        super().__init__(parent)
        self.pledge_id = pledge_id
        pledge, = pledge_rows(ids=[pledge_id])
        self.setWindowTitle(self.tr("承诺书记录 — %1").replace("%1", pledge.name))
        fit_to_screen(self, 620, 520)
        audience = AUDIENCES.get(pledge.signer_kind, "")
        head = QLabel(f"<b>{pledge.template_name}</b>" + self.tr("（第%1版）").replace("%1", str(pledge.version))
                      + f"<br>{pledge.name} · {pledge.unit}{pledge.department} {pledge.post} · {audience}<br>"
                      + self.tr("状态：") + f"<b>{pledge.status}</b>")
        head.setWordWrap(True)
        steps = QLabel("<br>".join(f"{when:%Y-%m-%d %H:%M}　{step}　{who}" for step, when, who in
                                   history(pledge_id)))
        steps.setTextInteractionFlags(Qt.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.addWidget(head)
        layout.addWidget(QLabel(self.tr("办理经过：")))
        layout.addWidget(steps)
        signature = signing.signature_of(pledge_id)
        if signature is not None:
            image = QLabel()
            pixmap = QPixmap()
            pixmap.loadFromData(bytes(signature.image))
            image.setPixmap(pixmap.scaledToHeight(70, Qt.SmoothTransformation))
            image.setStyleSheet("background: white; border: 1px solid #ccc;")
            layout.addWidget(QLabel(self.tr("屏幕签名：")))
            layout.addWidget(image, 0, Qt.AlignLeft)
        layout.addWidget(QLabel(self.tr("纸质件扫描件：")))
        self.scan_list = QListWidget()
        self.scan_list.itemDoubleClicked.connect(lambda _i: self.open_scan())
        layout.addWidget(self.scan_list, 1)
        open_button = QPushButton(self.tr("打开"))
        open_button.clicked.connect(self.open_scan)
        delete_button = QPushButton(self.tr("删除扫描件"))
        delete_button.clicked.connect(self.delete_scan)
        close = QPushButton(self.tr("关闭"))
        close.clicked.connect(self.accept)
        bar = QHBoxLayout()
        bar.addWidget(open_button)
        bar.addWidget(delete_button)
        bar.addStretch(1)
        bar.addWidget(close)
        layout.addLayout(bar)
        self.reload()

    def reload(self) -> None:
        self.scan_list.clear()
        for scan in signing.scans(self.pledge_id):
            item = QListWidgetItem(f"{scan.file_name}　{scan.size / 1024:.0f} KB　{scan.created_at:%Y-%m-%d %H:%M}　"
                                   f"{scan.created_by}")
            item.setData(Qt.UserRole, scan.id)
            self.scan_list.addItem(item)
        if not self.scan_list.count():
            self.scan_list.addItem(self.tr("（尚未附加扫描件）"))

    def _current_scan(self) -> int | None:
        item = self.scan_list.currentItem()
        return item.data(Qt.UserRole) if item is not None else None

    def open_scan(self) -> None:
        scan_id = self._current_scan()
        if scan_id is None:
            return
        try:
            path = signing.save_scan(scan_id, data_dir() / "文书" / "扫描件")
        except (AppError, OSError) as exc:
            QMessageBox.warning(self, self.tr("打开扫描件"), str(exc))
            return
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def delete_scan(self) -> None:
        scan_id = self._current_scan()
        if scan_id is None:
            return
        if QMessageBox.question(self, self.tr("删除扫描件"), self.tr("确定删除所选扫描件吗？此操作不能撤销。")) \
                != QMessageBox.Yes:
            return
        try:
            signing.delete_scan(scan_id)
        except AppError as exc:
            QMessageBox.warning(self, self.tr("删除扫描件"), str(exc))
        self.reload()

