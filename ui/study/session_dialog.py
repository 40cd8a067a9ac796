"""The session form: what, when and where on the left, who must attend on the right (everyone, chosen units,
chosen departments or hand-picked people, with the expected count as the user ticks)."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, QTime
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (QButtonGroup, QCheckBox, QComboBox, QDialogButtonBox, QDoubleSpinBox, QFormLayout,
                               QGroupBox, QHBoxLayout, QLabel, QLineEdit, QListView, QPlainTextEdit, QRadioButton,
                               QStackedWidget, QTimeEdit, QTreeView, QVBoxLayout, QWidget)

from app.roster.officers import officer_rows
from app.roster.units import department_names, unit_names
from app.store import campaign
from app.study.models import AUDIENCE_DEPARTMENTS, AUDIENCE_KINDS, AUDIENCE_LABELS, AUDIENCE_PEOPLE, AUDIENCE_UNITS
from app.study.audience import audience_preview
from app.study.listing import session_row
from app.study.sessions import (
    SessionData, create_session, new_session_data, session_data, suggested_title, type_rows, update_session)

from ui.common.dates import date_edit, from_qdate
from ui.common.form import FormDialog, fit_to_screen
from ui.study.people_picker import PeoplePicker


class SessionDialog(FormDialog):
    """New or changed session. The audience cannot change once the expected list is locked.
    `saved` is the session's id once saved."""

    def __init__(self, parent=None, session_id: int | None = None, *, day: dt.date | None = None):
        super().__init__(parent)
        self.session_id = session_id
        data = session_data(session_id) if session_id else new_session_data(day=day)
        frozen = False
        if session_id:
            frozen = session_row(session_id).frozen
        self.setWindowTitle(self.tr("修改学习活动") if session_id else self.tr("新建学习活动"))
        self.officers = [o for o in officer_rows()]

        # -- left: what, when, where
        self.type_box = QComboBox()
        types = type_rows()
        self._tests = {t.name for t in types if t.is_test}
        for t in types:
            if t.active or t.name == data.type_name:
                self.type_box.addItem(t.name)
        if data.type_name:
            self.type_box.setCurrentText(data.type_name)
        else:
            self.type_box.setCurrentIndex(-1)
        self.title_edit = QLineEdit(data.title)
        self.title_edit.setPlaceholderText(self.tr("如：全县政法系统警示教育大会"))
        self._suggested = data.title
        self.day_edit = date_edit(data.day)
        self.start_edit = QTimeEdit(QTime(9, 0) if data.start_time is None else
                                    QTime(data.start_time.hour, data.start_time.minute))
        self.start_edit.setDisplayFormat("HH:mm")
        self.has_end = QCheckBox(self.tr("结束"))
        self.has_end.setChecked(data.end_time is not None)
        end = data.end_time or dt.time(11, 30)
        self.end_edit = QTimeEdit(QTime(end.hour, end.minute))
        self.end_edit.setDisplayFormat("HH:mm")
        self.end_edit.setEnabled(self.has_end.isChecked())
        self.has_end.toggled.connect(self.end_edit.setEnabled)
        when = QHBoxLayout()
        when.addWidget(self.day_edit)
        when.addWidget(QLabel(self.tr("开始")))
        when.addWidget(self.start_edit)
        when.addWidget(self.has_end)
        when.addWidget(self.end_edit)
        when.addStretch(1)
        self.place_edit = QLineEdit(data.place)
        self.speaker_edit = QLineEdit(data.speaker)
        self.speaker_edit.setPlaceholderText(self.tr("主讲人或报告人，如：县委书记 王强"))
        self.organiser_edit = QLineEdit(data.organiser)
        self.phase_box = QComboBox()
        self.phase_box.addItem(self.tr("按日期自动"), None)
        for phase in campaign.PHASES:
            self.phase_box.addItem(phase, phase)
        self.phase_box.addItem(self.tr("（不属任何阶段）"), "")
        auto_phase = campaign.current().phase_on(data.day) if data.day else ""
        if session_id and data.phase != auto_phase:
            self.phase_box.setCurrentIndex(max(0, self.phase_box.findData(data.phase)))
        self.phase_hint = QLabel()
        self.agenda_edit = QPlainTextEdit(data.agenda)
        self.agenda_edit.setPlaceholderText(self.tr("每行一项，如：观看警示教育专题片"))
        self.requirements_edit = QPlainTextEdit(data.requirements)
        self.material_edit = QLineEdit(data.material)
        self.material_edit.setPlaceholderText(self.tr("学习材料，也是补学的默认材料"))
        self.contact_edit = QLineEdit(data.contact_person)
        self.phone_edit = QLineEdit(data.contact_phone)
        self.pass_mark = QDoubleSpinBox()
        self.pass_mark.setRange(0, 100)
        self.pass_mark.setDecimals(1)
        self.pass_mark.setValue(data.pass_mark if data.pass_mark is not None else 60.0)
        self.pass_label = QLabel(self.tr("合格分数线"))
        self.remarks_edit = QLineEdit(data.remarks)
        for edit in (self.agenda_edit, self.requirements_edit):
            edit.setTabChangesFocus(True)
            # A form's rows take their preferred heights (taller ones scroll): five or six lines each keep
            # the whole form within 680 pixels.
            edit.setFixedHeight(126)
        contact = QHBoxLayout()
        contact.addWidget(self.contact_edit, 1)
        contact.addWidget(QLabel(self.tr("电话")))
        contact.addWidget(self.phone_edit, 1)
        phase_row = QHBoxLayout()
        phase_row.addWidget(self.phase_box)
        phase_row.addWidget(self.phase_hint, 1)
        form = QFormLayout()
        form.addRow(self.tr("类型"), self.type_box)
        form.addRow(self.tr("活动名称"), self.title_edit)
        form.addRow(self.tr("日期时间"), when)
        form.addRow(self.tr("地点"), self.place_edit)
        form.addRow(self.tr("主讲/报告"), self.speaker_edit)
        form.addRow(self.tr("主办单位"), self.organiser_edit)
        form.addRow(self.tr("阶段"), phase_row)
        form.addRow(self.tr("议程"), self.agenda_edit)
        form.addRow(self.tr("会议要求"), self.requirements_edit)
        form.addRow(self.tr("学习材料"), self.material_edit)
        form.addRow(self.tr("联系人"), contact)
        form.addRow(self.pass_label, self.pass_mark)
        form.addRow(self.tr("备注"), self.remarks_edit)

        # -- right: who must attend
        audience_box = QGroupBox(self.tr("参加范围"))
        self.audience_buttons = QButtonGroup(self)
        radios = QHBoxLayout()
        for i, kind in enumerate(AUDIENCE_KINDS):
            radio = QRadioButton(AUDIENCE_LABELS[kind])
            radio.setProperty("kind", kind)
            self.audience_buttons.addButton(radio, i)
            radios.addWidget(radio)
        radios.addStretch(1)
        self.stack = QStackedWidget()
        all_label = QLabel(self.tr("参加教育整顿的全体干警。病休、专案人员也列入名单，锁定名单时自动登记为请假，"
                                   "并安排送学、补学；借调、离岗人员不列入。"))
        all_label.setWordWrap(True)
        all_label.setAlignment(Qt.AlignTop | Qt.AlignLeft)
        self.stack.addWidget(all_label)
        self.unit_model = QStandardItemModel(self)
        chosen_units = set(data.unit_names)
        for name in unit_names():
            item = QStandardItem(name)
            item.setCheckable(True)
            item.setEditable(False)
            item.setCheckState(Qt.Checked if name in chosen_units else Qt.Unchecked)
            self.unit_model.appendRow(item)
        self.unit_view = QListView()
        self.unit_view.setModel(self.unit_model)
        self.stack.addWidget(self.unit_view)
        self.dept_model = QStandardItemModel(self)
        chosen_depts = set(data.departments)
        for name in unit_names():
            parent_item = QStandardItem(name)
            parent_item.setEditable(False)
            for dept in department_names(name):
                child = QStandardItem(dept)
                child.setCheckable(True)
                child.setEditable(False)
                child.setData((name, dept), Qt.UserRole)
                child.setCheckState(Qt.Checked if (name, dept) in chosen_depts else Qt.Unchecked)
                parent_item.appendRow(child)
            self.dept_model.appendRow(parent_item)
        self.dept_view = QTreeView()
        self.dept_view.setHeaderHidden(True)
        self.dept_view.setModel(self.dept_model)
        for row in range(self.dept_model.rowCount()):
            parent_item = self.dept_model.item(row)
            if any(parent_item.child(r).checkState() == Qt.Checked for r in range(parent_item.rowCount())):
                self.dept_view.expand(parent_item.index())
        self.stack.addWidget(self.dept_view)
        self.picker = PeoplePicker(self.officers, data.officer_ids)
        self.stack.addWidget(self.picker)
        self.count_label = QLabel()
        self.count_label.setWordWrap(True)
        audience_layout = QVBoxLayout(audience_box)
        audience_layout.addLayout(radios)
        audience_layout.addWidget(self.stack, 1)
        audience_layout.addWidget(self.count_label)
        if frozen:
            note = QLabel(self.tr("本场应到名单已锁定，参加范围不能再改；个别人员可在“参会人员/考勤”页添加或移出。"))
            note.setWordWrap(True)
            note.setStyleSheet("color: #8a5a00;")
            audience_layout.addWidget(note)
            for button in self.audience_buttons.buttons():
                button.setEnabled(False)
            self.stack.setEnabled(False)

        self.save_button.setText(self.tr("保存"))
        self.buttons.button(QDialogButtonBox.Cancel).setText(self.tr("取消"))
        left = QWidget()
        left.setLayout(form)
        columns = QWidget()
        columns_layout = QHBoxLayout(columns)
        columns_layout.setContentsMargins(0, 0, 0, 0)
        columns_layout.addWidget(left, 5)
        columns_layout.addWidget(audience_box, 5)
        self.form.addRow(columns)
        # The fields named in ValidationErrors (app.study.sessions.validate_session), marked when refused.
        for field, widget in (("类型", self.type_box), ("活动名称", self.title_edit), ("日期", self.day_edit),
                              ("结束时间", self.end_edit), ("地点", self.place_edit), ("主讲人", self.speaker_edit),
                              ("主办单位", self.organiser_edit), ("阶段", self.phase_box), ("议程", self.agenda_edit),
                              ("会议要求", self.requirements_edit), ("学习材料", self.material_edit),
                              ("联系人", self.contact_edit), ("联系电话", self.phone_edit), ("合格分数线", self.pass_mark),
                              ("备注", self.remarks_edit), ("参加范围", audience_box), ("参加单位", self.unit_view),
                              ("参加部门", self.dept_view), ("参加人员", self.picker.view)):
            self.name_field(field, widget)
        fit_to_screen(self, 1180, 680)

        index = AUDIENCE_KINDS.index(data.audience) if data.audience in AUDIENCE_KINDS else 0
        self.audience_buttons.button(index).setChecked(True)
        self.stack.setCurrentIndex(index)
        self.audience_buttons.idToggled.connect(self._audience_toggled)
        self.unit_model.itemChanged.connect(self._update_count)
        self.dept_model.itemChanged.connect(self._update_count)
        self.picker.changed.connect(self._update_count)
        self.type_box.currentTextChanged.connect(self._type_changed)
        self.day_edit.dateChanged.connect(self._update_phase_hint)
        self.phase_box.currentIndexChanged.connect(self._update_phase_hint)
        self._type_changed(self.type_box.currentText(), initial=True)
        self._update_phase_hint()
        self._update_count()

    # -- reactions
    def _type_changed(self, name: str, initial: bool = False) -> None:
        is_test = name in self._tests
        self.pass_label.setVisible(is_test)
        self.pass_mark.setVisible(is_test)
        if initial or not name:
            return
        current = self.title_edit.text().strip()
        if not current or current == self._suggested:
            self._suggested = suggested_title(name)
            self.title_edit.setText(self._suggested)

    def _update_phase_hint(self) -> None:
        auto = campaign.current().phase_on(from_qdate(self.day_edit.date()))
        if self.phase_box.currentData() is None:
            self.phase_hint.setText(self.tr("（%1）").replace("%1", auto or self.tr("日期不在教育整顿期间")))
        else:
            self.phase_hint.setText("")

    def _audience_toggled(self, button_id: int, checked: bool) -> None:
        if checked:
            self.stack.setCurrentIndex(button_id)
            self._update_count()

    def audience(self) -> str:
        return AUDIENCE_KINDS[max(0, self.audience_buttons.checkedId())]

    def chosen_units(self) -> list[str]:
        return [self.unit_model.item(r).text() for r in range(self.unit_model.rowCount())
                if self.unit_model.item(r).checkState() == Qt.Checked]

    def chosen_departments(self) -> list[tuple[str, str]]:
        result = []
        for r in range(self.dept_model.rowCount()):
            parent_item = self.dept_model.item(r)
            for c in range(parent_item.rowCount()):
                child = parent_item.child(c)
                if child.checkState() == Qt.Checked:
                    result.append(tuple(child.data(Qt.UserRole)))
        return result

    def _update_count(self, *args) -> None:
        chosen = audience_preview(self.officers, self.audience(), self.chosen_units(),
                                        self.chosen_departments(), self.picker.checked_ids())
        away = {}
        for o in chosen:
            if o.status != "在岗":
                away[o.status] = away.get(o.status, 0) + 1
        text = self.tr("应到 %1 人").replace("%1", str(len(chosen)))
        if away:
            parts = "、".join(f"{k} {v} 人" for k, v in away.items())
            text += self.tr("（其中%1，锁定名单时自动登记为请假）").replace("%1", parts)
        self.count_label.setText(text)

    # -- result
    def data(self) -> SessionData:
        has_end = self.has_end.isChecked()
        start = self.start_edit.time()
        end = self.end_edit.time()
        return SessionData(
            type_name=self.type_box.currentText(), title=self.title_edit.text(),
            day=from_qdate(self.day_edit.date()), start_time=dt.time(start.hour(), start.minute()),
            end_time=dt.time(end.hour(), end.minute()) if has_end else None,
            place=self.place_edit.text(), speaker=self.speaker_edit.text(), organiser=self.organiser_edit.text(),
            phase=self.phase_box.currentData(), audience=self.audience(),
            unit_names=self.chosen_units() if self.audience() == AUDIENCE_UNITS else [],
            departments=self.chosen_departments() if self.audience() == AUDIENCE_DEPARTMENTS else [],
            officer_ids=self.picker.checked_ids() if self.audience() == AUDIENCE_PEOPLE else [],
            agenda=self.agenda_edit.toPlainText(), requirements=self.requirements_edit.toPlainText(),
            material=self.material_edit.text(), contact_person=self.contact_edit.text(),
            contact_phone=self.phone_edit.text(),
            pass_mark=self.pass_mark.value() if self.type_box.currentText() in self._tests else None,
            remarks=self.remarks_edit.text())

    def save(self) -> int:
        if self.session_id:
            return update_session(self.session_id, self.data()).id
        return create_session(self.data()).id
