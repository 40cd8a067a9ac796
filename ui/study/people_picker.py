"""Picking people from the roster: the check-box list a session's audience is chosen with, and the dialog that
adds people to a locked list."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QDialogButtonBox, QHBoxLayout, QHeaderView,
                               QLabel, QLineEdit, QPushButton, QTableView, QVBoxLayout, QWidget)

from app.roster.officers import officer_rows
from app.study.audience import add_attendees

from ui.common.form import FormDialog, fit_to_screen
from ui.common.table import SortProxy
from ui.study.models import OfficerPickModel


class PeoplePicker(QWidget):
    """The roster with check boxes, a search box and a unit filter; `changed` fires as ticks change."""

    changed = Signal()

    def __init__(self, officers: list, checked=(), parent=None):
        super().__init__(parent)
        self.model = OfficerPickModel(self)
        self.model.set_rows(officers)
        self.model.set_checked(checked)
        self.proxy = SortProxy(self)
        self.proxy.setSourceModel(self.model)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("查找姓名、部门或职务"))
        self.unit = QComboBox()
        self.unit.addItem(self.tr("全部单位"), "")
        for name in dict.fromkeys(o.unit for o in officers):
            self.unit.addItem(name, name)
        self.leaders_only = QCheckBox(self.tr("只看班子成员和部门负责人"))
        self.view = QTableView()
        self.view.setModel(self.proxy)
        self.view.horizontalHeader().setSortIndicator(-1, Qt.AscendingOrder)  # roster order until a click
        self.view.setSortingEnabled(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.Interactive)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.setColumnWidth(0, 110)
        self.view.setColumnWidth(1, 150)
        self.view.setColumnWidth(2, 110)
        check_all = QPushButton(self.tr("勾选所列"))
        uncheck_all = QPushButton(self.tr("取消所列"))
        check_all.clicked.connect(lambda: self._check_listed(True))
        uncheck_all.clicked.connect(lambda: self._check_listed(False))
        self.count = QLabel()
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.unit)
        top.addWidget(self.leaders_only)
        bottom = QHBoxLayout()
        bottom.addWidget(check_all)
        bottom.addWidget(uncheck_all)
        bottom.addStretch(1)
        bottom.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addLayout(bottom)
        self.search.textChanged.connect(self._filter)
        self.unit.currentIndexChanged.connect(self._filter)
        self.leaders_only.toggled.connect(self._filter)
        self.model.dataChanged.connect(self._update_count)
        self._update_count()

    def _filter(self) -> None:
        text = self.search.text().strip()
        unit = self.unit.currentData()
        leaders = self.leaders_only.isChecked()

        def accept(o) -> bool:
            if unit and o.unit != unit:
                return False
            if leaders and not (o.leadership or o.is_department_head):
                return False
            return not text or text in o.name or text in o.department or text in o.post

        self.proxy.set_predicate(accept if (text or unit or leaders) else None)

    def _check_listed(self, checked: bool) -> None:
        ids = [self.proxy.row_at(r).id for r in range(self.proxy.rowCount())]
        self.model.set_checked(ids, checked)

    def _update_count(self, *args) -> None:
        self.count.setText(self.tr("已选 %n 人", "", len(self.model.checked)))
        self.changed.emit()

    def checked_ids(self) -> list[int]:
        order = {o.id: i for i, o in enumerate(self.model.rows)}
        return sorted(self.model.checked, key=lambda i: order.get(i, 0))


class AddPeopleDialog(FormDialog):
    """Pick people to add to a locked list."""

    def __init__(self, session_id: int, exclude: set[int], parent=None):
        super().__init__(parent)
        self.session_id = session_id
        self.setWindowTitle(self.tr("添加应到人员"))
        officers = [o for o in officer_rows() if o.id not in exclude]
        self.picker = PeoplePicker(officers)
        self.form.addRow(self.picker)
        self.name_field("参加人员", self.picker.view)
        self.save_button.setText(self.tr("添加所选人员"))
        self.buttons.button(QDialogButtonBox.Cancel).setText(self.tr("取消"))
        fit_to_screen(self, 820, 600)

    def save(self) -> int:
        """How many were added (none ticked: nothing to do, the dialog closes)."""
        ids = self.picker.checked_ids()
        return add_attendees(self.session_id, ids) if ids else 0
