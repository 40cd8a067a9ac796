"""谈话对象 of the record form: a unit, a person picker limited to it, 下一位未谈 (fast entry through a unit),
and the people chosen. Part of TalkDialog: its texts are in the TalkDialog translation context."""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QComboBox, QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from app.talks import coverage
from app.talks.people import PickPerson

from ui.talks.models import ParticipantsModel
from ui.talks.widgets import error_label, person_combo, table_view


translate = QCoreApplication.translate


class ParticipantsBox(QGroupBox):
    """The people talked with. `single` (个别谈话) keeps one person: a new pick replaces the one there.
    `changed` says the people were set (picked, 下一位未谈, removed, or set by the dialog); `problem` carries
    a reason to show beside the box (a typed name that matches nobody)."""

    changed = Signal()
    problem = Signal(str)

    def __init__(self, people: list[PickPerson], round_id: Callable[[], int | None], parent=None):
        super().__init__(translate("TalkDialog", "谈话对象"), parent)
        self.people = people
        self.people_by_id = {p.id: p for p in people}
        self.round_id = round_id
        self.single = True
        self.unit_combo = QComboBox()
        units = {}
        for person in people:
            units.setdefault(person.unit_id, person.unit)
        for unit_id, name in units.items():
            self.unit_combo.addItem(name, unit_id)
        self.person_picker = person_combo()
        self.person_picker.lineEdit().setPlaceholderText(translate("TalkDialog", "输入姓名或部门，回车添加"))
        self.person_picker.activated.connect(lambda _i: self._add_picked())
        self.person_picker.lineEdit().returnPressed.connect(self._add_picked)
        self.unit_combo.currentIndexChanged.connect(self._on_unit_changed)
        self.next_button = QPushButton(translate("TalkDialog", "下一位未谈"))
        self.next_button.setToolTip(translate("TalkDialog", "本单位本轮尚未谈话的下一位"))
        self.next_button.clicked.connect(lambda: self.go_next_untalked())
        self.model = ParticipantsModel(self)
        self.view = table_view(self.model)
        self.view.setMinimumHeight(110)
        remove = QPushButton(translate("TalkDialog", "移除"))
        remove.clicked.connect(self._remove_selected)
        self.unit_hint = QLabel()
        self.unit_hint.setStyleSheet("color: #555;")
        self.error = error_label()
        layout = QVBoxLayout(self)
        pick_line = QHBoxLayout()
        pick_line.addWidget(self.unit_combo)
        pick_line.addWidget(self.person_picker, 1)
        pick_line.addWidget(self.next_button)
        layout.addLayout(pick_line)
        layout.addWidget(self.view, 1)
        hint_line = QHBoxLayout()
        hint_line.addWidget(self.unit_hint, 1)
        hint_line.addWidget(remove)
        layout.addLayout(hint_line)
        layout.addWidget(self.error)

    # ------------------------------------------------------------ the people
    def ids(self) -> list[int]:
        return [p.id for p in self.model.rows]

    def names(self) -> str:
        return "、".join(p.name for p in self.model.rows)

    def set_people(self, ids: list[int]) -> None:
        ids = list(dict.fromkeys(i for i in ids if i in self.people_by_id))
        self.model.set_rows([self.people_by_id[i] for i in ids])
        self.changed.emit()

    def keep_first(self) -> None:
        """个别谈话 again: only the first person stays."""
        if len(self.model.rows) > 1:
            self.model.set_rows(self.model.rows[:1])

    def _remove_selected(self) -> None:
        rows = {i.row() for i in self.view.selectionModel().selectedRows()}
        self.set_people([p.id for r, p in enumerate(self.model.rows) if r not in rows])

    def _add_picked(self) -> None:
        text = self.person_picker.currentText().strip()
        if not text:
            return
        index = self.person_picker.findText(text)
        if index < 0:  # a bare name typed: take it when it names exactly one person of the unit
            matches = [i for i in range(self.person_picker.count())
                       if self.person_picker.itemText(i).split(" · ")[0] == text]
            index = matches[0] if len(matches) == 1 else -1
        if index < 0:
            self.problem.emit(translate("TalkDialog", "本单位台账中找不到“{name}”，请从列表中选择").format(name=text))
            return
        person_id = self.person_picker.itemData(index)
        self.set_people([person_id] if self.single else self.ids() + [person_id])
        self.person_picker.setEditText("")
        self.error.hide()

    # ------------------------------------------------------------ the unit
    def unit_id(self) -> int | None:
        return self.unit_combo.currentData()

    def select_unit(self, unit_id: int) -> None:
        index = self.unit_combo.findData(unit_id)
        if index >= 0:
            self.unit_combo.setCurrentIndex(index)
        self._fill_person_picker()

    def _on_unit_changed(self, _index: int) -> None:
        self._fill_person_picker()
        self.update_hint()

    def _fill_person_picker(self) -> None:
        unit_id = self.unit_id()
        self.person_picker.blockSignals(True)
        self.person_picker.clear()
        for person in self.people:
            if person.unit_id == unit_id:
                self.person_picker.addItem(person.label, person.id)
        self.person_picker.setCurrentIndex(-1)
        self.person_picker.setEditText("")
        self.person_picker.blockSignals(False)

    def go_next_untalked(self, after: int | None = None) -> coverage.PersonRow | None:
        """The next person of the unit not yet talked with in the round (after `after`, else after the last
        person chosen), in roster order."""
        round_id, unit_id = self.round_id(), self.unit_id()
        if round_id is None or unit_id is None:
            return None
        if after is None and self.ids():
            after = self.ids()[-1]
        person = coverage.next_untalked(round_id, unit_id, after)
        if person is not None:
            self.set_people([person.id])
        self.update_hint()
        return person

    def update_hint(self) -> None:
        round_id, unit_id = self.round_id(), self.unit_id()
        if round_id is None or unit_id is None:
            self.unit_hint.setText("")
            return
        waiting = len(coverage.untalked(round_id, unit_id))
        unit = self.unit_combo.currentText()
        self.unit_hint.setText(translate("TalkDialog", "{unit}本轮还有 {n} 人未谈").format(unit=unit, n=waiting) if waiting
                               else translate("TalkDialog", "{unit}本轮应谈人员已全部谈话").format(unit=unit))
