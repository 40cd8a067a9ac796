"""Dialogs of the pledge tab: issue to people, register paper signatures, sign on screen, record details."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QBuffer, QByteArray, QDate, QIODevice, QSortFilterProxyModel, Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices, QPixmap
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (QAbstractItemView, QButtonGroup, QCheckBox, QComboBox, QDateEdit, QDialog,
                               QDialogButtonBox, QFormLayout, QGridLayout, QGroupBox, QHBoxLayout, QHeaderView,
                               QLabel, QLineEdit, QListWidget, QListWidgetItem, QMessageBox, QPushButton,
                               QRadioButton, QSplitter, QTableView, QVBoxLayout, QWidget)

from app.pledges import service as pledges
from app.roster.units import department_names, unit_names
from app.errors import AppError, Conflict
from app.pledges.models import AUDIENCES, LEADER

from ui.pledges.models import SORT_ROLE, SignerTableModel
from ui.pledges.signature_pad import SignaturePad


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


class IssueDialog(QDialog):
    """Pick a template and the people: all officers, a unit (and department), a search, or outside leaders."""

    ALL, UNIT, FILTER, LEADERS = range(4)

    def __init__(self, parent=None, template_id: int | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("下发承诺书"))
        self.resize(760, 620)
        self.result_info: pledges.IssueResult | None = None
        self.template_combo = QComboBox()
        for row in pledges.template_rows():
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
        for organization in pledges.leader_organizations():
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
        proxy = QSortFilterProxyModel(self)
        proxy.setSourceModel(self.model)
        proxy.setSortRole(SORT_ROLE)
        self.table.setModel(proxy)
        self.table.setSortingEnabled(False)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.Stretch)
        self.table.setSelectionMode(QAbstractItemView.NoSelection)
        self.count_label = QLabel()
        self.draft_label = QLabel()
        self.draft_label.setStyleSheet("color: #b06000;")
        self.draft_label.setWordWrap(True)

        buttons = QDialogButtonBox()
        self.issue_button = buttons.addButton(self.tr("下发"), QDialogButtonBox.AcceptRole)
        buttons.addButton(self.tr("取消"), QDialogButtonBox.RejectRole)
        buttons.accepted.connect(self.issue)
        buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.tr("承诺书模板："), self.template_combo)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.draft_label)
        layout.addWidget(who)
        layout.addWidget(self.count_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.reissue_check)
        layout.addWidget(buttons)

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
        draft = template_id is not None and pledges.latest_version(template_id).is_draft
        self.draft_label.setText(self.tr("该模板的当前版本是程序提供的草稿，尚未经教整办审定。建议先在“模板”页审定或修改后再下发。")
                                 if draft else "")
        self.draft_label.setVisible(draft)
        self.update_preview()

    def signers(self) -> list[pledges.Signer]:
        mode = self.mode_group.checkedId()
        if mode == self.UNIT:
            return pledges.officer_signers(unit=self.unit_combo.currentText(),
                                           department=self.department_combo.currentData() or None)
        if mode == self.FILTER:
            text = self.filter_edit.text().strip()
            return pledges.officer_signers(text=text) if text else []
        if mode == self.LEADERS:
            return pledges.leader_signers(organization=self.organization_combo.currentData() or None)
        return pledges.officer_signers()

    def update_preview(self) -> None:
        signers = self.signers()
        self.model.set_rows(signers)
        template_id = self.template_combo.currentData()
        having = pledges.already_issued(template_id, signers) if template_id and signers else 0
        text = self.tr("将下发给 %n 人", "", len(signers))
        if having:
            text += self.tr("（其中 %n 人已有此承诺书）", "", having)
        self.count_label.setText(self.tr("%1：", "a label ending in a colon").replace("%1", text))
        self.issue_button.setEnabled(bool(signers))

    def issue(self) -> None:
        template_id = self.template_combo.currentData()
        signers = self.model.rows
        existing = pledges.REISSUE if self.reissue_check.isChecked() else pledges.REFUSE
        try:
            self.result_info = pledges.issue(template_id, signers, existing=existing)
        except Conflict as exc:
            box = QMessageBox(QMessageBox.Warning, self.tr("下发承诺书"), str(exc), parent=self)
            skip = box.addButton(self.tr("只下发给其余的人"), QMessageBox.AcceptRole)
            box.addButton(self.tr("取消"), QMessageBox.RejectRole)
            box.exec()
            if box.clickedButton() is not skip:
                return
            try:
                self.result_info = pledges.issue(template_id, signers, existing=pledges.SKIP)
            except AppError as again:
                QMessageBox.warning(self, self.tr("下发承诺书"), str(again))
                return
        except AppError as exc:
            QMessageBox.warning(self, self.tr("下发承诺书"), str(exc))
            return
        self.accept()


class SignedDateDialog(QDialog):
    """The date written on the paper copies being registered as signed."""

    def __init__(self, count: int, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("登记为已签署"))
        self.date_edit = QDateEdit(_qdate(dt.date.today()))
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat(self.tr("yyyy年M月d日", "date format of QDateEdit"))
        self.date_edit.setMaximumDate(_qdate(dt.date.today()))
        label = QLabel(self.tr("将勾选的 %n 份纸质承诺书登记为已签署。", "", count))
        form = QFormLayout()
        form.addRow(self.tr("签署日期："), self.date_edit)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.button(QDialogButtonBox.Ok).setText(self.tr("登记"))
        buttons.button(QDialogButtonBox.Cancel).setText(self.tr("取消"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def day(self) -> dt.date:
        return _pydate(self.date_edit.date())


class SignDialog(QDialog):
    """Read the pledge, sign on the pad, pick the date: stores strokes + image, the pledge becomes 已签署."""

    def __init__(self, pledge_id: int, parent=None):
        super().__init__(parent)
        from app.documents import layout
        from app.pledges.documents.pledge import fitted_story
        from app.pledges.models import Pledge

        self.pledge_id = pledge_id
        pledge = Pledge.get_by_id(pledge_id)
        self.setWindowTitle(self.tr("屏幕签名 — %1 · %2").replace("%1", pledge.name).replace("%2", pledge.template.name))
        self.resize(900, 900)
        text = pledges.pledge_text(pledge)
        self._pdf_bytes = QByteArray(layout.build_bytes(fitted_story(text)[0], title=text.title, page_numbers=False))
        self._buffer = QBuffer(self._pdf_bytes, self)
        self._buffer.open(QIODevice.ReadOnly)
        self.document = QPdfDocument(self)
        self.document.load(self._buffer)
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setVerticalScrollBarPolicy(Qt.ScrollBarAlwaysOn)  # a bar that comes and goes never settles
        self.pad = SignaturePad(self, hint=self.tr("%1 请在此处签名").replace("%1", pledge.name))
        self.pad.setMinimumHeight(170)
        self.date_edit = QDateEdit(_qdate(dt.date.today()))
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat(self.tr("yyyy年M月d日", "date format of QDateEdit"))
        self.date_edit.setMaximumDate(_qdate(dt.date.today()))
        clear = QPushButton(self.tr("清除重签"))
        clear.clicked.connect(self.pad.clear)
        undo = QPushButton(self.tr("撤销一笔"))
        undo.clicked.connect(self.pad.undo)
        self.confirm = QPushButton(self.tr("确认签名"))
        self.confirm.setDefault(True)
        self.confirm.setEnabled(False)
        self.confirm.clicked.connect(self.save)
        cancel = QPushButton(self.tr("取消"))
        cancel.clicked.connect(self.reject)
        self.pad.changed.connect(lambda: self.confirm.setEnabled(not self.pad.is_empty()))
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("签署日期：")))
        bar.addWidget(self.date_edit)
        bar.addStretch(1)
        for button in (clear, undo, self.confirm, cancel):
            bar.addWidget(button)
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
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    def save(self) -> None:
        try:
            pledges.sign_on_screen(self.pledge_id, self.pad.to_json(), self.pad.to_png(),
                                   _pydate(self.date_edit.date()))
        except AppError as exc:
            QMessageBox.warning(self, self.tr("屏幕签名"), str(exc))
            return
        self.accept()


class DetailsDialog(QDialog):
    """One pledge: its steps (dated, by whom), its on-screen signature, its scans (open, save, delete)."""

    def __init__(self, pledge_id: int, parent=None):
        super().__init__(parent)
        from app.pledges.models import Pledge

        self.pledge_id = pledge_id
        pledge = Pledge.get_by_id(pledge_id)
        self.setWindowTitle(self.tr("承诺书记录 — %1").replace("%1", pledge.name))
        self.resize(620, 520)
        audience = AUDIENCES.get(pledge.signer_kind, "")
        head = QLabel(f"<b>{pledge.template.name}</b>" + self.tr("（第%1版）").replace("%1", str(pledge.version.number))
                      + f"<br>{pledge.name} · {pledge.unit}{pledge.department} {pledge.post} · {audience}<br>"
                      + self.tr("状态：") + f"<b>{pledge.status}</b>")
        head.setWordWrap(True)
        steps = QLabel("<br>".join(f"{when:%Y-%m-%d %H:%M}　{step}　{who}" for step, when, who in
                                   pledges.history(pledge_id)))
        steps.setTextInteractionFlags(Qt.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.addWidget(head)
        layout.addWidget(QLabel(self.tr("办理经过：")))
        layout.addWidget(steps)
        signature = pledges.signature_of(pledge_id)
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
        for scan in pledges.scans(self.pledge_id):
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
        from app.paths import data_dir

        try:
            path = pledges.save_scan(scan_id, data_dir() / "文书" / "扫描件")
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
            pledges.delete_scan(scan_id)
        except AppError as exc:
            QMessageBox.warning(self, self.tr("删除扫描件"), str(exc))
        self.reload()

