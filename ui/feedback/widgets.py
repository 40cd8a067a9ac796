"""Small pieces the feedback dialogs share: a date that may stay empty, text boxes, unit and people choosers,
the collection-event chooser and a compact read-only table."""
from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QDateEdit, QHBoxLayout, QPlainTextEdit,
                               QTableView, QWidget)

from app.feedback.collection import event_rows
from app.feedback.models import CHANNELS
from app.roster.officers import officer_rows
from app.roster.units import units
from ui.common.dates import date_edit, from_qdate, to_qdate

NO_EVENT = "（不属于任何收集活动）"


def date_field(day: dt.date | None = None) -> QDateEdit:
    """ui.common.dates.date_edit, narrow enough for a form row (None: today)."""
    edit = date_edit(day)
    edit.setMaximumWidth(160)
    return edit


class OptionalDate(QWidget):
    """A date that may be left empty: the box says whether it is filled in."""

    def __init__(self, parent=None, *, label: str = ""):
        super().__init__(parent)
        self.check = QCheckBox(label or self.tr("已定"))
        self.check.setToolTip(self.tr("不勾选表示尚未填写这个日期"))
        self.edit = date_field()
        self.edit.setEnabled(False)
        self.check.toggled.connect(self.edit.setEnabled)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.check)
        layout.addWidget(self.edit)
        layout.addStretch(1)

    def value(self) -> dt.date | None:
        return from_qdate(self.edit.date()) if self.check.isChecked() else None

    def set_value(self, day: dt.date | None) -> None:
        self.check.setChecked(day is not None)
        self.edit.setDate(to_qdate(day))


def text_box(text: str = "", height: int = 70) -> QPlainTextEdit:
    box = QPlainTextEdit(text)
    box.setTabChangesFocus(True)
    box.setMinimumHeight(height)
    return box


def unit_combo(current: str = "", *, blank: str = "") -> QComboBox:
    """Units by their short names; the data is the full name, which the service keys on."""
    combo = QComboBox()
    combo.addItem(blank, "")
    for unit in units():
        combo.addItem(unit.short_name or unit.name, unit.name)
    select_data(combo, current)
    return combo


def select_data(combo: QComboBox, value) -> None:
    index = combo.findData(value)
    if index < 0 and value:
        index = combo.findText(value)
    combo.setCurrentIndex(max(0, index))


def select_text(combo: QComboBox, text: str) -> None:
    index = combo.findText(text or "")
    if index >= 0:
        combo.setCurrentIndex(index)
    elif combo.isEditable():
        combo.setEditText(text or "")


def fill_people(unit_name: str, leader: QComboBox, person: QComboBox) -> None:
    """Offer the unit's leadership as 责任领导 and its department heads as 责任人 (both stay editable)."""
    leader_text, person_text = leader.currentText(), person.currentText()
    leader.clear()
    person.clear()
    if unit_name:
        rows = officer_rows(unit=unit_name)
        leader.addItems([""] + [r.name for r in rows if r.leadership])
        person.addItems([""] + [r.name for r in rows if r.is_department_head] +
                        [r.name for r in rows if r.leadership])
    # A name typed for the previous unit stays only if it belongs to the new one.
    leader.setEditText(leader_text if leader.findText(leader_text) > 0 else "")
    person.setEditText(person_text if person.findText(person_text) > 0 else "")


def editable_combo() -> QComboBox:
    combo = QComboBox()
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.NoInsert)
    return combo


def event_choices() -> list[tuple[str, int | None]]:
    return [(NO_EVENT, None)] + [(f"{e.held_on:%Y-%m-%d} {e.kind}：{e.title}", e.id) for e in event_rows()]


def event_by_id(event_id: int):
    return next((e for e in event_rows() if e.id == event_id), None)


def source_fields(event_id: int | None) -> tuple[QComboBox, QComboBox, QDateEdit]:
    """收集活动, 来源渠道 and 收集日期 of a suggestion (one form or the batch). One collected at an event has
    the event's kind and date, so those two follow the event chosen and are locked; without an event the user
    sets them."""
    event = QComboBox()
    for text, value in event_choices():
        event.addItem(text, value)
    select_data(event, event_id)
    channel = QComboBox()
    channel.addItems(CHANNELS)
    collected = date_field()
    event.currentIndexChanged.connect(lambda _index: follow_event(event, channel, collected))
    follow_event(event, channel, collected)
    return event, channel, collected


def follow_event(event: QComboBox, channel: QComboBox, collected: QDateEdit) -> None:
    chosen = event.currentData()
    channel.setEnabled(chosen is None)
    collected.setEnabled(chosen is None)
    if chosen is not None and (found := event_by_id(chosen)) is not None:
        channel.setCurrentText(found.kind)
        collected.setDate(to_qdate(found.held_on))


def size_text(size: int) -> str:
    return f"{size / 1048576:.1f} MB" if size >= 1048576 else f"{max(1, size // 1024)} KB"


def small_table(model) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectRows)
    view.setSelectionMode(QAbstractItemView.SingleSelection)
    view.setEditTriggers(QAbstractItemView.NoEditTriggers)
    view.verticalHeader().setVisible(False)
    view.horizontalHeader().setStretchLastSection(True)
    view.setWordWrap(False)
    return view
