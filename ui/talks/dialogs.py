"""Dialogs of the talks tab: the record form (with fast entry through a unit), rounds, text snippets."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QAbstractItemView, QButtonGroup, QCheckBox, QComboBox, QCompleter, QDateEdit,
                               QDialog, QFormLayout, QGridLayout, QGroupBox, QHBoxLayout, QHeaderView, QLabel,
                               QLineEdit, QMenu, QMessageBox, QPlainTextEdit, QPushButton, QRadioButton,
                               QSplitter, QTableView, QToolButton, QVBoxLayout, QWidget)

from app.talks import common, coverage, follow_ups, people, records, rounds, snippets
from app.errors import AppError, ValidationError, ValidationErrors
from app.talks.models import MODES, SNIPPET_FIELDS, TALK_TYPES

from ui.talks.models import FollowUpEditModel, ParticipantsModel, RoundsModel, SnippetModel, date_text

ERROR_STYLE = "color: #b41e1e; font-size: 9pt;"


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


def table_view(model, parent=None, *, stretch_last: bool = True) -> QTableView:
    """A read-only, row-selecting table with fixed row heights (cheap at any size)."""
    view = QTableView(parent)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectRows)
    view.setEditTriggers(QAbstractItemView.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().setSectionResizeMode(QHeaderView.Fixed)
    view.verticalHeader().setDefaultSectionSize(24)
    view.verticalHeader().setVisible(False)
    view.horizontalHeader().setStretchLastSection(stretch_last)
    view.horizontalHeader().setHighlightSections(False)
    return view


def person_combo(parent=None) -> QComboBox:
    """An editable combo whose completer matches anywhere in the label (name, unit, department, post)."""
    combo = QComboBox(parent)
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.NoInsert)
    combo.setMaxVisibleItems(20)
    completer = combo.completer()
    completer.setFilterMode(Qt.MatchContains)
    completer.setCompletionMode(QCompleter.PopupCompletion)
    completer.setCaseSensitivity(Qt.CaseInsensitive)
    return combo


class SnippetButton(QToolButton):
    """常用语 ▾: inserts a stored snippet into the field it belongs to."""

    def __init__(self, field_name: str, insert, parent=None):
        super().__init__(parent)
        self.field_name = field_name
        self.insert = insert
        self.setText(self.tr("常用语"))
        self.setPopupMode(QToolButton.InstantPopup)
        self.setMenu(QMenu(self))
        self.menu().aboutToShow.connect(self._fill)

    def _fill(self) -> None:
        menu = self.menu()
        menu.clear()
        items = snippets.snippets(self.field_name)
        for snippet in items:
            action = menu.addAction(snippet.title)
            action.setToolTip(snippet.text)
            action.triggered.connect(lambda _=False, text=snippet.text: self.insert(text))
        if not items:
            menu.addAction(self.tr("（还没有常用语）")).setEnabled(False)
        menu.addSeparator()
        menu.addAction(self.tr("管理常用语…"), lambda: SnippetsDialog(self.window()).exec())


# ================================================================ the record form

class TalkDialog(QDialog):
    """谈话记录 form. New records offer 保存并下一位: the form keeps round, date, place, talker and type, clears
    what belongs to one person, and moves to the next person of the same unit not yet talked with in the round.
    A failed save keeps everything typed and shows each problem next to its field."""

    saved = Signal(int)

    def __init__(self, parent=None, *, round_id: int | None = None, unit_id: int | None = None,
                 person_id: int | None = None, talk_id: int | None = None, today: dt.date | None = None):
        super().__init__(parent)
        self.talk_id = talk_id
        self.today = today or dt.date.today()
        self.setWindowTitle(self.tr("修改谈话记录") if talk_id else self.tr("登记谈话"))
        self.resize(1180, 760)
        rounds.ensure_default_rounds()
        self.people = people.pick_people()
        self.people_by_id = {p.id: p for p in self.people}
        self.errors: dict[str, QLabel] = {}
        self.saved_count = 0
        self._build()
        self._load_rounds(round_id)
        if talk_id is not None:
            self._load_record(talk_id)
        else:
            self._set_default_date()
            if person_id is not None and person_id in self.people_by_id:
                self._select_unit(self.people_by_id[person_id].unit_id)
                self.set_participants([person_id])
            elif unit_id is not None:
                self._select_unit(unit_id)
                self.go_next_untalked()
        self._update_unit_hint()

    # ------------------------------------------------------------ building
    def _error_label(self, field_label: str) -> QLabel:
        label = QLabel()
        label.setStyleSheet(ERROR_STYLE)
        label.setWordWrap(True)
        label.hide()
        self.errors[field_label] = label
        return label

    def _field(self, grid: QGridLayout, row: int, caption: str, widget: QWidget, field_label: str,
               extra: QWidget | None = None, extra_below_caption: bool = False) -> int:
        if extra is not None and extra_below_caption:  # e.g. a 常用语 button under the caption of a text box
            cell = QVBoxLayout()
            cell.setContentsMargins(0, 0, 0, 0)
            cell.addWidget(QLabel(caption), 0, Qt.AlignRight)
            cell.addWidget(extra, 0, Qt.AlignRight)
            cell.addStretch(1)
            grid.addLayout(cell, row, 0)
            grid.addWidget(widget, row, 1)
            grid.addWidget(self._error_label(field_label), row + 1, 1)
            return row + 2
        grid.addWidget(QLabel(caption), row, 0, Qt.AlignRight | Qt.AlignTop)
        if extra is not None:
            line = QHBoxLayout()
            line.setContentsMargins(0, 0, 0, 0)
            line.addWidget(widget, 1)
            line.addWidget(extra)
            grid.addLayout(line, row, 1)
        else:
            grid.addWidget(widget, row, 1)
        grid.addWidget(self._error_label(field_label), row + 1, 1)
        return row + 2

    def _build(self) -> None:
        # -- left: when, who
        self.round_combo = QComboBox()
        self.round_combo.currentIndexChanged.connect(self._on_round_changed)
        self.date_edit = QDateEdit()
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.time_edit = QLineEdit()
        self.time_edit.setPlaceholderText(self.tr("如 15:30"))
        self.time_edit.setToolTip(self.tr("谈话开始时间，可不填"))
        self.time_edit.setMaximumWidth(110)
        when = QWidget()
        when_line = QHBoxLayout(when)
        when_line.setContentsMargins(0, 0, 0, 0)
        when_line.addWidget(self.date_edit, 1)
        when_line.addWidget(QLabel(self.tr("时间")))
        when_line.addWidget(self.time_edit)
        self.place_edit = QLineEdit()
        self.talker_combo = person_combo()
        self.talker_combo.addItem("", None)
        for person in self.people:
            self.talker_combo.addItem(person.label, person.id)
        self.talker_combo.lineEdit().setPlaceholderText(self.tr("输入姓名选择；台账外人员直接输入姓名"))
        self.talker_combo.activated.connect(self._on_talker_picked)
        self.talker_combo.lineEdit().textEdited.connect(self._on_talker_typed)
        self.talker_post_edit = QLineEdit()
        self.talker_post_edit.textEdited.connect(lambda _t: setattr(self, "_post_from_roster", False))
        self._post_from_roster = False
        self.talker_post_edit.setPlaceholderText(self.tr("单位及职务（台账外人员必填）"))
        self.auto_talker = QCheckBox(self.tr("按“一级谈一级”自动填谈话人"))
        self.auto_talker.setChecked(True)
        self._talker_auto = False
        self.note_taker_edit = QLineEdit()
        self.type_combo = QComboBox()
        self.type_combo.addItems(TALK_TYPES)
        self.mode_group = QButtonGroup(self)
        mode_box = QWidget()
        mode_line = QHBoxLayout(mode_box)
        mode_line.setContentsMargins(0, 0, 0, 0)
        self.mode_buttons = {}
        for mode in MODES:
            button = QRadioButton(self.tr("个别谈话") if mode == "个别" else self.tr("集体谈话"))
            self.mode_group.addButton(button)
            self.mode_buttons[mode] = button
            mode_line.addWidget(button)
        mode_line.addStretch(1)
        self.mode_buttons["个别"].setChecked(True)
        self.mode_group.buttonToggled.connect(lambda *_: self._mode_changed())

        # participants
        self.unit_combo = QComboBox()
        units = {}
        for person in self.people:
            units.setdefault(person.unit_id, person.unit)
        for unit_id, name in units.items():
            self.unit_combo.addItem(name, unit_id)
        self.person_picker = person_combo()
        self.person_picker.lineEdit().setPlaceholderText(self.tr("输入姓名或部门，回车添加"))
        self.person_picker.activated.connect(lambda _i: self._add_picked())
        self.person_picker.lineEdit().returnPressed.connect(self._add_picked)
        self.unit_combo.currentIndexChanged.connect(self._on_unit_changed)
        self.next_button = QPushButton(self.tr("下一位未谈"))
        self.next_button.setToolTip(self.tr("本单位本轮尚未谈话的下一位"))
        self.next_button.clicked.connect(lambda: self.go_next_untalked())
        self.participants = ParticipantsModel(self)
        self.participants_view = table_view(self.participants)
        self.participants_view.setMinimumHeight(110)
        remove = QPushButton(self.tr("移除"))
        remove.clicked.connect(self._remove_selected_participants)
        self.unit_hint = QLabel()
        self.unit_hint.setStyleSheet("color: #555;")
        people_box = QGroupBox(self.tr("谈话对象"))
        people_layout = QVBoxLayout(people_box)
        pick_line = QHBoxLayout()
        pick_line.addWidget(self.unit_combo)
        pick_line.addWidget(self.person_picker, 1)
        pick_line.addWidget(self.next_button)
        people_layout.addLayout(pick_line)
        people_layout.addWidget(self.participants_view, 1)
        hint_line = QHBoxLayout()
        hint_line.addWidget(self.unit_hint, 1)
        hint_line.addWidget(remove)
        people_layout.addLayout(hint_line)
        people_layout.addWidget(self._error_label("谈话对象"))

        left = QWidget()
        grid = QGridLayout(left)
        grid.setVerticalSpacing(2)
        row = self._field(grid, 0, self.tr("轮次"), self.round_combo, "轮次")
        row = self._field(grid, row, self.tr("谈话日期"), when, "谈话日期")
        grid.addWidget(self._error_label("谈话时间"), row, 1)
        row += 1
        row = self._field(grid, row, self.tr("地点"), self.place_edit, "谈话地点")
        row = self._field(grid, row, self.tr("谈话人"), self.talker_combo, "谈话人")
        row = self._field(grid, row, self.tr("谈话人职务"), self.talker_post_edit, "谈话人职务")
        grid.addWidget(self.auto_talker, row, 1)
        row += 1
        row = self._field(grid, row, self.tr("类型"), self.type_combo, "谈话类型")
        row = self._field(grid, row, self.tr("方式"), mode_box, "谈话方式")
        row = self._field(grid, row, self.tr("记录人"), self.note_taker_edit, "记录人")
        grid.addWidget(people_box, row, 0, 1, 2)
        grid.setRowStretch(row, 1)

        # -- right: what was said
        self.topic_edit = QLineEdit()
        self.content_edit = QPlainTextEdit()
        self.problems_edit = QPlainTextEdit()
        self.suggestions_edit = QPlainTextEdit()
        for edit in (self.content_edit, self.problems_edit, self.suggestions_edit):
            edit.setTabChangesFocus(True)
        self.self_reported = QCheckBox(self.tr("谈话对象主动说明问题"))
        self.follow_model = FollowUpEditModel(self)
        self.follow_view = QTableView()
        self.follow_view.setModel(self.follow_model)
        self.follow_view.horizontalHeader().setSectionResizeMode(0, QHeaderView.Stretch)
        self.follow_view.verticalHeader().setDefaultSectionSize(24)
        self.follow_view.setMaximumHeight(110)
        add_follow = QPushButton(self.tr("添加事项"))
        add_follow.clicked.connect(self._add_follow_up)
        remove_follow = QPushButton(self.tr("删除事项"))
        remove_follow.clicked.connect(self._remove_follow_up)
        self.remarks_edit = QLineEdit()

        right = QWidget()
        form = QGridLayout(right)
        form.setVerticalSpacing(2)
        r = 0
        r = self._field(form, r, self.tr("谈话主题"), self.topic_edit, "谈话主题",
                        SnippetButton("谈话主题", self._insert_into(self.topic_edit)))
        # The field key (Chinese, also the snippet field) travels beside the caption: the caption is translated.
        for label, caption, edit, stretch in (("主要内容", self.tr("主要内容"), self.content_edit, 3),
                                              ("反映的问题", self.tr("反映的问题"), self.problems_edit, 2),
                                              ("意见建议", self.tr("意见建议"), self.suggestions_edit, 2)):
            r = self._field(form, r, caption, edit, label, SnippetButton(label, self._insert_into(edit)),
                            extra_below_caption=True)
            form.setRowStretch(r - 2, stretch)
        form.addWidget(self.self_reported, r, 1)
        r += 1
        follow_box = QWidget()
        follow_layout = QVBoxLayout(follow_box)
        follow_layout.setContentsMargins(0, 0, 0, 0)
        follow_layout.addWidget(self.follow_view)
        follow_buttons = QHBoxLayout()
        follow_buttons.addWidget(add_follow)
        follow_buttons.addWidget(remove_follow)
        follow_buttons.addWidget(SnippetButton("后续事项", self._add_follow_up))
        follow_buttons.addStretch(1)
        follow_layout.addLayout(follow_buttons)
        r = self._field(form, r, self.tr("后续事项"), follow_box, "后续事项")
        r = self._field(form, r, self.tr("备注"), self.remarks_edit, "备注")

        splitter = QSplitter(Qt.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([470, 700])

        self.general_error = QLabel()
        self.general_error.setStyleSheet(ERROR_STYLE)
        self.general_error.setWordWrap(True)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.save_next_button = QPushButton(self.tr("保存并下一位 (Ctrl+Enter)"))
        self.save_next_button.clicked.connect(lambda: self.save(and_next=True))
        self.save_button = QPushButton(self.tr("保存并关闭"))
        self.save_button.clicked.connect(lambda: self.save(and_next=False))
        close = QPushButton(self.tr("关闭"))
        close.clicked.connect(self.reject)
        if self.talk_id is not None:
            self.save_next_button.hide()
            self.save_button.setText(self.tr("保存"))
        else:
            self.save_next_button.setDefault(True)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, activated=lambda: self.save(and_next=self.talk_id is None))
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.save_next_button)
        buttons.addWidget(self.save_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.general_error)
        layout.addLayout(buttons)

    # ------------------------------------------------------------ loading
    def _load_rounds(self, round_id: int | None) -> None:
        self.rounds = rounds.rounds()
        self.round_combo.blockSignals(True)
        self.round_combo.clear()
        for info in self.rounds:
            self.round_combo.addItem(info.label, info.id)
        self.round_combo.blockSignals(False)
        index = self.round_combo.findData(round_id) if round_id is not None else -1
        if index < 0:  # the round running today, else the last one
            running = [i for i, info in enumerate(self.rounds) if info.contains(self.today)]
            index = running[0] if running else len(self.rounds) - 1
        self.round_combo.setCurrentIndex(index)

    def round_id(self) -> int | None:
        return self.round_combo.currentData()

    def _current_round(self) -> rounds.RoundInfo | None:
        return next((r for r in self.rounds if r.id == self.round_id()), None)

    def _set_default_date(self) -> None:
        info = self._current_round()
        day = self.today
        if info is not None and info.end_date and day > info.end_date:
            day = info.end_date
        if info is not None and info.start_date and day < info.start_date:
            day = info.start_date
        self.date_edit.setDate(_qdate(day))

    def _on_round_changed(self, _index: int) -> None:
        if self.talk_id is None:
            self._set_default_date()
        self._update_unit_hint()

    def _load_record(self, talk_id: int) -> None:
        data = records.talk_data(talk_id, include_content=True)
        self.round_combo.setCurrentIndex(max(0, self.round_combo.findData(data.round_id)))
        self.date_edit.setDate(_qdate(data.talk_date))
        self.time_edit.setText(f"{data.talk_time:%H:%M}" if data.talk_time else "")
        self.place_edit.setText(data.place)
        index = self.talker_combo.findData(data.talker_id) if data.talker_id else -1
        if index > 0:
            self.talker_combo.setCurrentIndex(index)
        else:
            self.talker_combo.setCurrentIndex(0)
            self.talker_combo.setEditText(data.talker_name)
        self.talker_post_edit.setText(data.talker_post)
        self.auto_talker.setChecked(False)
        self.note_taker_edit.setText(data.note_taker)
        self.type_combo.setCurrentText(data.talk_type)
        self.mode_buttons.get(data.mode, self.mode_buttons["个别"]).setChecked(True)
        if data.participant_ids and data.participant_ids[0] in self.people_by_id:
            self._select_unit(self.people_by_id[data.participant_ids[0]].unit_id)
        self.set_participants(data.participant_ids)
        self.topic_edit.setText(data.topic)
        self.content_edit.setPlainText(data.content)
        self.problems_edit.setPlainText(data.problems)
        self.suggestions_edit.setPlainText(data.suggestions)
        self.self_reported.setChecked(data.self_reported)
        self.follow_model.set_items([[f.text, date_text(f.due_date), date_text(f.done_date)] for f in data.follow_ups])
        self.remarks_edit.setText(data.remarks)

    # ------------------------------------------------------------ people
    def _select_unit(self, unit_id: int) -> None:
        index = self.unit_combo.findData(unit_id)
        if index >= 0:
            self.unit_combo.setCurrentIndex(index)
        self._fill_person_picker()

    def _on_unit_changed(self, _index: int) -> None:
        self._fill_person_picker()
        self._update_unit_hint()

    def _fill_person_picker(self) -> None:
        unit_id = self.unit_combo.currentData()
        self.person_picker.blockSignals(True)
        self.person_picker.clear()
        for person in self.people:
            if person.unit_id == unit_id:
                self.person_picker.addItem(person.label, person.id)
        self.person_picker.setCurrentIndex(-1)
        self.person_picker.setEditText("")
        self.person_picker.blockSignals(False)

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
            self.show_errors([ValidationError("谈话对象", self.tr("本单位台账中找不到“{name}”，请从列表中选择").format(name=text))])
            return
        person_id = self.person_picker.itemData(index)
        if self.mode() == "个别":
            self.set_participants([person_id])
        else:
            self.set_participants(self.participant_ids() + [person_id])
        self.person_picker.setEditText("")
        self.errors["谈话对象"].hide()

    def set_participants(self, ids: list[int]) -> None:
        ids = list(dict.fromkeys(i for i in ids if i in self.people_by_id))
        self.participants.set_rows([self.people_by_id[i] for i in ids])
        if len(ids) > 1 and self.mode() == "个别":
            self.mode_buttons["集体"].setChecked(True)
        self._suggest_talker()

    def participant_ids(self) -> list[int]:
        return [p.id for p in self.participants.rows]

    def _remove_selected_participants(self) -> None:
        rows = {i.row() for i in self.participants_view.selectionModel().selectedRows()}
        self.set_participants([p.id for r, p in enumerate(self.participants.rows) if r not in rows])

    def mode(self) -> str:
        return "集体" if self.mode_buttons["集体"].isChecked() else "个别"

    def _mode_changed(self) -> None:
        if self.mode() == "个别" and len(self.participants.rows) > 1:
            self.participants.set_rows(self.participants.rows[:1])

    def _on_talker_picked(self, index: int) -> None:
        person = self.people_by_id.get(self.talker_combo.itemData(index))
        if person is not None:
            self.talker_post_edit.setText(common.officer_post_text(person.unit, person.department, person.post))
            self._post_from_roster = True
        self._talker_auto = False

    def _on_talker_typed(self, _text: str) -> None:
        """Typing over a roster talker: the post that came with them no longer applies."""
        self._talker_auto = False
        if self._post_from_roster:
            self.talker_post_edit.clear()
            self._post_from_roster = False

    def _suggest_talker(self) -> None:
        """Fill the talker from the cascade when the box is empty or was filled this way before."""
        ids = self.participant_ids()
        if not self.auto_talker.isChecked() or not ids:
            return
        if self.talker_combo.currentText().strip() and not self._talker_auto:
            return
        suggestion = people.suggested_talker(ids[0])
        index = self.talker_combo.findData(suggestion) if suggestion else -1
        if index > 0:
            self.talker_combo.setCurrentIndex(index)
            self._on_talker_picked(index)
            self._talker_auto = True

    def go_next_untalked(self, after: int | None = None) -> coverage.PersonRow | None:
        round_id, unit_id = self.round_id(), self.unit_combo.currentData()
        if round_id is None or unit_id is None:
            return None
        if after is None and self.participant_ids():
            after = self.participant_ids()[-1]
        person = coverage.next_untalked(round_id, unit_id, after)
        if person is not None:
            self.set_participants([person.id])
        self._update_unit_hint()
        return person

    def _update_unit_hint(self) -> None:
        round_id, unit_id = self.round_id(), self.unit_combo.currentData()
        if round_id is None or unit_id is None:
            self.unit_hint.setText("")
            return
        waiting = len(coverage.untalked(round_id, unit_id))
        unit = self.unit_combo.currentText()
        self.unit_hint.setText(self.tr("{unit}本轮还有 {n} 人未谈").format(unit=unit, n=waiting) if waiting
                               else self.tr("{unit}本轮应谈人员已全部谈话").format(unit=unit))

    # ------------------------------------------------------------ texts
    def _insert_into(self, edit):
        def insert(text: str) -> None:
            if isinstance(edit, QLineEdit):
                edit.insert(text)
            else:
                edit.insertPlainText(text)
            edit.setFocus()
        return insert

    def _add_follow_up(self, text: str = "") -> None:
        row = self.follow_model.add_item(text if isinstance(text, str) else "")
        self.follow_view.setCurrentIndex(self.follow_model.index(row, 0 if not text else 1))

    def _remove_follow_up(self) -> None:
        index = self.follow_view.currentIndex()
        if index.isValid():
            self.follow_model.remove_item(index.row())

    # ------------------------------------------------------------ saving
    def _talker(self, errors: list) -> tuple[int | None, str]:
        text = self.talker_combo.currentText().strip()
        index = self.talker_combo.findText(text) if text else -1
        if index > 0:
            return self.talker_combo.itemData(index), ""
        if " · " in text:
            errors.append(ValidationError("谈话人", self.tr("请从列表中选择，或只输入台账外人员的姓名")))
            return None, text
        same_name = [p for p in self.people if p.name == text]
        if len(same_name) == 1:
            return same_name[0].id, ""
        if len(same_name) > 1:
            errors.append(ValidationError("谈话人", self.tr("台账中有{count}位“{name}”，请从列表中选择").format(
                count=len(same_name), name=text)))
        return None, text

    def collect(self) -> tuple[records.TalkData, list[ValidationError]]:
        """The form as TalkData, plus the problems found while reading it (dates, times, names)."""
        errors: list[ValidationError] = []
        try:
            talk_time = common.parse_time(self.time_edit.text())
        except ValueError as exc:
            errors.append(ValidationError("谈话时间", str(exc)))
            talk_time = None
        talker_id, talker_name = self._talker(errors)
        items = []
        captions = {"完成时限": self.tr("完成时限"), "完成日期": self.tr("完成日期")}
        for number, (text, due, done) in enumerate(self.follow_model.items, start=1):
            item = follow_ups.FollowUpData(text)
            for caption, value, attr in (("完成时限", due, "due_date"), ("完成日期", done, "done_date")):
                try:
                    setattr(item, attr, common.parse_date(value))
                except ValueError as exc:
                    errors.append(ValidationError("后续事项", self.tr("第{number}项{caption}：{error}").format(
                        number=number, caption=captions[caption], error=exc)))
            items.append(item)
        data = records.TalkData(
            round_id=self.round_id(), talk_date=_pydate(self.date_edit.date()), talk_time=talk_time,
            place=self.place_edit.text(), talker_id=talker_id, talker_name=talker_name,
            talker_post=self.talker_post_edit.text(),
            participant_ids=self.participant_ids(), talk_type=self.type_combo.currentText(), mode=self.mode(),
            topic=self.topic_edit.text(), content=self.content_edit.toPlainText(),
            problems=self.problems_edit.toPlainText(), suggestions=self.suggestions_edit.toPlainText(),
            self_reported=self.self_reported.isChecked(), follow_ups=items,
            note_taker=self.note_taker_edit.text(), remarks=self.remarks_edit.text())
        return data, errors

    def clear_errors(self) -> None:
        for label in self.errors.values():
            label.hide()
        self.general_error.clear()

    def show_errors(self, errors: list[ValidationError]) -> None:
        self.clear_errors()
        texts: dict[str, list[str]] = {}
        for error in errors:
            texts.setdefault(error.field, []).append(error.reason)
        other = []
        for field_label, reasons in texts.items():
            label = self.errors.get(field_label)
            if label is None:
                other.append(f"{field_label}：{'；'.join(reasons)}")
            else:
                label.setText("；".join(reasons))
                label.show()
        if other:
            self.general_error.setText("；".join(other))
        self.status.setText(self.tr("有 {n} 处需要修改，已输入的内容都保留着。").format(n=len(errors)))

    def save(self, *, and_next: bool) -> bool:
        data, errors = self.collect()
        try:
            records.validate_talk(data, today=self.today)
        except ValidationErrors as exc:
            errors = errors + exc.errors
        if errors:
            self.show_errors(errors)
            return False
        try:
            if self.talk_id is None:
                talk = records.create_talk(data, today=self.today)
            else:
                talk = records.update_talk(self.talk_id, data, today=self.today)
        except ValidationErrors as exc:
            self.show_errors(exc.errors)
            return False
        except AppError as exc:
            QMessageBox.warning(self, self.windowTitle(), str(exc))
            return False
        self.clear_errors()
        self.saved_count += 1
        self.saved.emit(talk.id)
        if not and_next or self.talk_id is not None:
            self.accept()
            return True
        names = "、".join(p.name for p in self.participants.rows)
        self._clear_person_fields()
        following = self.go_next_untalked(after=data.participant_ids[-1])
        if following is None:
            self.participants.set_rows([])
            self.status.setText(self.tr("已保存（{names}）。{unit}本轮应谈人员已全部谈话，覆盖率100%。").format(
                names=names, unit=self.unit_combo.currentText()))
        else:
            self.status.setText(self.tr("已保存（{names}）。下一位：{next}").format(names=names, next=following.name))
            self.content_edit.setFocus()
        return True

    def _clear_person_fields(self) -> None:
        """What belongs to one person goes; round, date, place, talker, type and topic stay for the next."""
        for edit in (self.content_edit, self.problems_edit, self.suggestions_edit):
            edit.clear()
        self.remarks_edit.clear()
        self.self_reported.setChecked(False)
        self.follow_model.set_items([])


# ================================================================ rounds

class RoundsDialog(QDialog):
    """Rounds: name, dates, the frozen 应谈 list (refreshed from the roster on demand)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("轮次设置"))
        self.resize(820, 460)
        self.model = RoundsModel(self)
        self.view = table_view(self.model)
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._show_current())
        self.name_edit = QLineEdit()
        self.start_edit = QLineEdit()
        self.start_edit.setPlaceholderText(self.tr("如 2021-6-1，可不填"))
        self.end_edit = QLineEdit()
        self.end_edit.setPlaceholderText(self.tr("如 2021-6-30，可不填"))
        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("名称"), self.name_edit)
        form.addRow(self.tr("开始日期"), self.start_edit)
        form.addRow(self.tr("结束日期"), self.end_edit)
        form.addRow("", self.error)
        add = QPushButton(self.tr("新增轮次"))
        add.clicked.connect(self.add_round)
        save = QPushButton(self.tr("保存修改"))
        save.clicked.connect(self.save_round)
        delete = QPushButton(self.tr("删除轮次"))
        delete.clicked.connect(self.delete_round)
        refresh = QPushButton(self.tr("按台账刷新应谈名单"))
        refresh.setToolTip(self.tr("应谈名单在设立轮次时按台账（在岗、纳入教育整顿的人员）确定；人员变动后可在此刷新"))
        refresh.clicked.connect(self.refresh_expected)
        close = QPushButton(self.tr("关闭"))
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        for button in (add, save, delete, refresh):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(form)
        layout.addLayout(buttons)
        rounds.ensure_default_rounds()
        self.reload()

    def reload(self, select_id: int | None = None) -> None:
        current = self.current()
        select_id = select_id if select_id is not None else (current.id if current else None)
        self.model.set_rows(rounds.rounds())
        row = next((i for i, r in enumerate(self.model.rows) if r.id == select_id), 0)
        if self.model.rows:
            self.view.selectRow(row)
        self.view.resizeColumnsToContents()

    def current(self) -> rounds.RoundInfo | None:
        index = self.view.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def _show_current(self) -> None:
        info = self.current()
        self.error.clear()
        if info is not None:
            self.name_edit.setText(info.name)
            self.start_edit.setText(date_text(info.start_date))
            self.end_edit.setText(date_text(info.end_date))

    def _dates(self) -> tuple[dt.date | None, dt.date | None] | None:
        try:
            return common.parse_date(self.start_edit.text()), common.parse_date(self.end_edit.text())
        except ValueError as exc:
            self.error.setText(self.tr("日期：{reason}").format(reason=exc))
            return None

    def add_round(self) -> None:
        dates = self._dates()
        if dates is None:
            return
        name = self.name_edit.text().strip()
        if self.current() is not None and name == self.current().name:
            name = f"第{len(self.model.rows) + 1}轮"
        try:
            new = rounds.create_round(name, *dates)
        except AppError as exc:
            self.error.setText(str(exc))
            return
        self.reload(new.id)

    def save_round(self) -> None:
        info = self.current()
        dates = self._dates()
        if info is None or dates is None:
            return
        try:
            rounds.update_round(info.id, self.name_edit.text(), *dates)
        except AppError as exc:
            self.error.setText(str(exc))
            return
        self.reload(info.id)

    def delete_round(self) -> None:
        info = self.current()
        if info is None:
            return
        if QMessageBox.question(self, self.tr("删除轮次"), self.tr("确定删除“{name}”吗？").format(name=info.name)) != QMessageBox.Yes:
            return
        try:
            rounds.delete_round(info.id)
        except AppError as exc:
            self.error.setText(str(exc))
            return
        self.reload()

    def refresh_expected(self) -> None:
        info = self.current()
        if info is None:
            return
        missing, gone = rounds.expected_differs_from_roster(info.id)
        question = self.tr("按当前台账重新确定“{name}”的应谈名单？\n\n将加入 {added} 人，移出 {removed} 人"
                           "（已有的谈话记录不受影响）。").format(name=info.name, added=missing, removed=gone)
        if QMessageBox.question(self, self.tr("刷新应谈名单"), question) != QMessageBox.Yes:
            return
        added, removed = rounds.refresh_expected(info.id)
        self.error.setText(self.tr("已刷新：加入 {added} 人，移出 {removed} 人。").format(added=added, removed=removed))
        self.reload(info.id)


# ================================================================ snippets

class SnippetsDialog(QDialog):
    """常用语: reusable wording for the record form, stored in the database."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("常用语"))
        self.resize(760, 480)
        self.model = SnippetModel(self)
        self.view = table_view(self.model)
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._show_current())
        self.field_combo = QComboBox()
        self.field_combo.addItems(SNIPPET_FIELDS)
        self.title_edit = QLineEdit()
        self.text_edit = QPlainTextEdit()
        self.text_edit.setMaximumHeight(110)
        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("用于"), self.field_combo)
        form.addRow(self.tr("名称"), self.title_edit)
        form.addRow(self.tr("文字"), self.text_edit)
        form.addRow("", self.error)
        new = QPushButton(self.tr("新增"))
        new.clicked.connect(lambda: self.save(new=True))
        save = QPushButton(self.tr("保存修改"))
        save.clicked.connect(lambda: self.save(new=False))
        delete = QPushButton(self.tr("删除"))
        delete.clicked.connect(self.delete)
        close = QPushButton(self.tr("关闭"))
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        for button in (new, save, delete):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(form)
        layout.addLayout(buttons)
        self.reload()

    def reload(self, select_id: int | None = None) -> None:
        self.model.set_rows(snippets.snippets())
        row = next((i for i, s in enumerate(self.model.rows) if s.id == select_id), 0)
        if self.model.rows:
            self.view.selectRow(row)
        self.view.resizeColumnToContents(0)
        self.view.resizeColumnToContents(1)

    def current(self) -> snippets.SnippetRow | None:
        index = self.view.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def _show_current(self) -> None:
        snippet = self.current()
        if snippet is not None:
            self.field_combo.setCurrentText(snippet.field)
            self.title_edit.setText(snippet.title)
            self.text_edit.setPlainText(snippet.text)
            self.error.clear()

    def save(self, *, new: bool) -> None:
        current = self.current()
        try:
            snippet_id = snippets.save_snippet(None if new or current is None else current.id,
                                            self.field_combo.currentText(), self.title_edit.text(),
                                            self.text_edit.toPlainText())
        except AppError as exc:
            self.error.setText(str(exc))
            return
        self.error.setText(self.tr("已保存。"))
        self.reload(snippet_id)

    def delete(self) -> None:
        snippet = self.current()
        if snippet is not None:
            snippets.delete_snippet(snippet.id)
            self.reload()
