"""One collection event: its form, where, who organised it, how many took part per category, notes."""
from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QComboBox, QGridLayout, QGroupBox, QLabel, QLineEdit, QSpinBox

from app.feedback.collection import EventData, create_event, update_event
from app.feedback.models import EVENT_KINDS, PARTICIPANT_CATEGORIES, FeedbackEvent
from ui.common.dates import from_qdate
from ui.common.form import FormDialog, fit_to_screen
from ui.feedback.widgets import date_field, text_box, unit_combo


class EventDialog(FormDialog):
    def __init__(self, parent=None, event_id: int | None = None):
        super().__init__(parent)
        self.event_id = event_id
        self.setWindowTitle(self.tr("编辑收集活动") if event_id else self.tr("新增收集活动"))
        data = EventData.from_event(FeedbackEvent.get_by_id(event_id)) if event_id else EventData(
            held_on=dt.date.today())
        self.kind = QComboBox()
        self.kind.addItems(EVENT_KINDS)
        self.kind.setCurrentText(data.kind)
        self.title_edit = QLineEdit(data.title)
        self.title_edit.setPlaceholderText(self.tr("如：政法队伍教育整顿征求意见座谈会"))
        self.held_on = date_field(data.held_on)
        self.place = QLineEdit(data.place)
        self.place.setPlaceholderText(self.tr("会议室、走访地点，或热线号码、信箱、发布渠道"))
        self.organiser = unit_combo(data.organiser)
        self.reviewed = QSpinBox()
        self.reviewed.setRange(0, 1_000_000)
        self.reviewed.setValue(data.reviewed_files)
        self.reviewed.setSuffix(self.tr(" 份"))
        self.notes = text_box(data.notes, 60)
        self.spins: dict[str, QSpinBox] = {}
        people = QGroupBox(self.tr("参加人员（人次）"))
        grid = QGridLayout(people)
        for i, category in enumerate(PARTICIPANT_CATEGORIES):
            spin = QSpinBox()
            spin.setRange(0, 1_000_000)
            spin.setValue(data.participants.get(category, 0))
            spin.valueChanged.connect(self._update_total)
            self.spins[category] = spin
            self.name_field(f"参加人员（{category}）", spin)
            grid.addWidget(QLabel(category), i // 3, (i % 3) * 2)
            grid.addWidget(spin, i // 3, (i % 3) * 2 + 1)
        self.total = QLabel()
        grid.addWidget(self.total, 3, 0, 1, 6)
        self._update_total()
        self.add_row(self.tr("形式"), self.kind, field="形式")
        self.add_row(self.tr("活动名称"), self.title_edit, field="活动名称")
        self.add_row(self.tr("日期"), self.held_on, field="日期")
        self.add_row(self.tr("地点或渠道"), self.place, field="地点或渠道")
        self.add_row(self.tr("组织单位"), self.organiser, field="组织单位")
        self.add_row(self.tr("查阅卷宗"), self.reviewed, field="查阅卷宗份数")
        self.form.addRow(people)
        self.name_field("参加人员", people)
        self.form.addRow(QLabel(self.tr("备注")))
        self.form.addRow(self.notes)
        self.name_field("备注", self.notes)
        fit_to_screen(self, 620, 560)

    @property
    def saved_id(self) -> int | None:
        return self.saved_value.id if self.saved_value is not None else None

    def _update_total(self) -> None:
        self.total.setText(self.tr("合计：") + f"{sum(s.value() for s in self.spins.values())}" + self.tr(" 人次"))

    def data(self) -> EventData:
        return EventData(
            kind=self.kind.currentText(), title=self.title_edit.text(), held_on=from_qdate(self.held_on.date()),
            place=self.place.text(), organiser=self.organiser.currentData() or "",
            participants={c: s.value() for c, s in self.spins.items()}, reviewed_files=self.reviewed.value(),
            notes=self.notes.toPlainText())

    def save(self):
        if self.event_id:
            return update_event(self.event_id, self.data())
        return create_event(self.data())
