"""The 谈话记录 form: one talk, new or edited, with fast entry through a unit (保存并下一位)."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QButtonGroup, QCheckBox, QComboBox, QDialog, QDialogButtonBox, QGridLayout,
                               QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPlainTextEdit, QPushButton,
                               QRadioButton, QSplitter, QTableView, QVBoxLayout, QWidget)

from app.common.datetext import format_date
from app.errors import AppError, ValidationError, ValidationErrors
from app.talks import common, people, records, rounds
from app.talks.follow_ups import FollowUpData
from app.talks.models import MODES, TALK_TYPES

from ui.common.editing import edit_only
from ui.common.dates import date_edit, from_qdate, to_qdate
from ui.common.form import FormDialog, fit_to_screen
from ui.common.worker import show_error
from ui.talks.models import FollowUpEditModel
from ui.talks.participants import ParticipantsBox
from ui.talks.snippets_dialog import SnippetButton
from ui.talks.widgets import ERROR_STYLE, error_label, inserter, person_combo


class TalkDialog(FormDialog):
    """谈话记录 form. New records offer 保存并下一位: the form keeps round, date, place, talker and type, clears
    what belongs to one person, and moves to the next person of the same unit not yet talked with in the round.
    A failed save keeps everything typed and shows each problem next to its field.

    As every FormDialog: `save()` writes through the service and returns the record's id; 保存并关闭 (accept)
    closes only when that went through. `saved` is emitted with the id of each record saved."""

    saved = Signal(int)

    def __init__(self, parent=None, *, round_id: int | None = None, unit_id: int | None = None,
                 person_id: int | None = None, talk_id: int | None = None, today: dt.date | None = None):
        super().__init__(parent)
        self.talk_id = talk_id
        self.today = today or dt.date.today()
        self.setWindowTitle(self.tr("修改谈话记录") if talk_id else self.tr("登记谈话"))
        fit_to_screen(self, 1180, 760)
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
                self.participants_box.select_unit(self.people_by_id[person_id].unit_id)
                self.set_participants([person_id])
            elif unit_id is not None:
                self.participants_box.select_unit(unit_id)
                self.go_next_untalked()
        self.participants_box.update_hint()

    # ------------------------------------------------------------ building
    def _error_label(self, field_label: str) -> QLabel:
        label = error_label()
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
        else:
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
        if type(widget) is not QWidget and not widget.toolTip():  # marked by FormDialog on a failed save
            self.name_field(field_label, widget)
        return row + 2

    def _build(self) -> None:
        # -- left: when, who
        self.round_combo = QComboBox()
        self.round_combo.currentIndexChanged.connect(self._on_round_changed)
        self.date_edit = date_edit()
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

        self.participants_box = ParticipantsBox(self.people, self.round_id)
        self.participants_box.changed.connect(self._on_participants_changed)
        self.participants_box.problem.connect(lambda reason: self.show_errors([ValidationError("谈话对象", reason)]))
        self.errors["谈话对象"] = self.participants_box.error
        self.name_field("谈话对象", self.participants_box.view)

        left = QWidget()
        grid = QGridLayout(left)
        grid.setVerticalSpacing(2)
        row = self._field(grid, 0, self.tr("轮次"), self.round_combo, "轮次")
        row = self._field(grid, row, self.tr("谈话日期"), when, "谈话日期")
        self.name_field("谈话日期", self.date_edit)
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
        grid.addWidget(self.participants_box, row, 0, 1, 2)
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
                        SnippetButton("谈话主题", inserter(self.topic_edit)))
        # The field key (Chinese, also the snippet field) travels beside the caption: the caption is translated.
        for label, caption, edit, stretch in (("主要内容", self.tr("主要内容"), self.content_edit, 3),
                                              ("反映的问题", self.tr("反映的问题"), self.problems_edit, 2),
                                              ("意见建议", self.tr("意见建议"), self.suggestions_edit, 2)):
            r = self._field(form, r, caption, edit, label, SnippetButton(label, inserter(edit)),
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
        self.name_field("后续事项", self.follow_view)
        r = self._field(form, r, self.tr("备注"), self.remarks_edit, "备注")

        splitter = QSplitter(Qt.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([470, 700])
        self.form.addRow(splitter)  # FormDialog's scrolling body: the form fits small screens too
        self.form.setContentsMargins(0, 0, 0, 0)
        self._build_buttons()

    def _build_buttons(self) -> None:
        """Below the form: problems no field shows, then the status line beside 保存并下一位 / 保存并关闭 / 关闭."""
        self.general_error = QLabel()
        self.general_error.setStyleSheet(ERROR_STYLE)
        self.general_error.setWordWrap(True)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.save_next_button = QPushButton(self.tr("保存并下一位 (Ctrl+Enter)"))
        self.save_next_button.clicked.connect(lambda: self.save_record(and_next=True))
        edit_only(self.save_next_button)
        self.save_button.setText(self.tr("保存") if self.talk_id is not None else self.tr("保存并关闭"))
        self.buttons.button(QDialogButtonBox.Cancel).setText(self.tr("关闭"))
        if self.talk_id is not None:
            self.save_next_button.hide()
        else:
            self.save_next_button.setDefault(True)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, activated=lambda: self.save_record(and_next=self.talk_id is None))
        self.outer.removeWidget(self.buttons)
        line = QHBoxLayout()
        line.addWidget(self.status, 1)
        line.addWidget(self.save_next_button)
        line.addWidget(self.buttons)
        self.outer.addWidget(self.general_error)
        self.outer.addLayout(line)

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
        self.date_edit.setDate(to_qdate(day))

    def _on_round_changed(self, _index: int) -> None:
        if self.talk_id is None:
            self._set_default_date()
        self.participants_box.update_hint()

    def _load_record(self, talk_id: int) -> None:
        data = records.talk_data(talk_id, include_content=True)
        self.round_combo.setCurrentIndex(max(0, self.round_combo.findData(data.round_id)))
        self.date_edit.setDate(to_qdate(data.talk_date))
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
            self.participants_box.select_unit(self.people_by_id[data.participant_ids[0]].unit_id)
        self.set_participants(data.participant_ids)
        self.topic_edit.setText(data.topic)
        self.content_edit.setPlainText(data.content)
        self.problems_edit.setPlainText(data.problems)
        self.suggestions_edit.setPlainText(data.suggestions)
        self.self_reported.setChecked(data.self_reported)
        self.follow_model.set_items([[f.text, format_date(f.due_date), format_date(f.done_date)]
                                     for f in data.follow_ups])
        self.remarks_edit.setText(data.remarks)

    # ------------------------------------------------------------ people
    def set_participants(self, ids: list[int]) -> None:
        self.participants_box.set_people(ids)

    def participant_ids(self) -> list[int]:
        return self.participants_box.ids()

    def go_next_untalked(self, after: int | None = None):
        return self.participants_box.go_next_untalked(after)

    def _on_participants_changed(self) -> None:
        if len(self.participant_ids()) > 1 and self.mode() == "个别":
            self.mode_buttons["集体"].setChecked(True)
        self._suggest_talker()

    def mode(self) -> str:
        return "集体" if self.mode_buttons["集体"].isChecked() else "个别"

    def _mode_changed(self) -> None:
        self.participants_box.single = self.mode() == "个别"
        if self.participants_box.single:
            self.participants_box.keep_first()

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

    # ------------------------------------------------------------ follow-up lines
    def _add_follow_up(self, text: str = "") -> None:
        row = self.follow_model.add_item(text if isinstance(text, str) else "")
        self.follow_view.setCurrentIndex(self.follow_model.index(row, 0 if not text else 1))

    def _remove_follow_up(self) -> None:
        index = self.follow_view.currentIndex()
        if index.isValid():
            self.follow_model.remove_item(index.row())

    # ------------------------------------------------------------ reading the form
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
            item = FollowUpData(text)
            for caption, value, attr in (("完成时限", due, "due_date"), ("完成日期", done, "done_date")):
                try:
                    setattr(item, attr, common.parse_date(value))
                except ValueError as exc:
                    errors.append(ValidationError("后续事项", self.tr("第{number}项{caption}：{error}").format(
                        number=number, caption=captions[caption], error=exc)))
            items.append(item)
        data = records.TalkData(
            round_id=self.round_id(), talk_date=from_qdate(self.date_edit.date()), talk_time=talk_time,
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
        self._clear_marks()

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
        self._mark(ValidationErrors(errors))
        self.status.setText(self.tr("有 {n} 处需要修改，已输入的内容都保留着。").format(n=len(errors)))

    # ------------------------------------------------------------ saving
    def save(self) -> int:
        """Write the form (a new record or the one edited) and return its id. Raises ValidationErrors naming
        every problem, those found reading the form included; nothing typed is lost."""
        data, errors = self.collect()
        try:
            records.validate_talk(data, today=self.today)
        except ValidationErrors as exc:
            errors = errors + exc.errors
        if errors:
            raise ValidationErrors(errors)
        if self.talk_id is None:
            return records.create_talk(data, today=self.today).id
        return records.update_talk(self.talk_id, data, today=self.today).id

    def accept(self) -> None:
        """保存并关闭 (保存 when editing)."""
        self.save_record(and_next=False)

    def save_record(self, *, and_next: bool) -> bool:
        """Save; then close, or (保存并下一位, new records) clear what belongs to one person and move to the
        next person of the unit not yet talked with. False when the save was refused (the form stays)."""
        names, last = self.participants_box.names(), (self.participant_ids() or [None])[-1]
        try:
            talk_id = self.save()
        except ValidationErrors as exc:
            self.show_errors(exc.errors)
            return False
        except AppError as exc:
            show_error(self, self.windowTitle(), exc)
            return False
        self.clear_errors()
        self.saved_count += 1
        self.saved.emit(talk_id)
        if not and_next or self.talk_id is not None:
            QDialog.accept(self)
            return True
        self._clear_person_fields()
        following = self.go_next_untalked(after=last)
        if following is None:
            self.participants_box.model.set_rows([])
            self.status.setText(self.tr("已保存（{names}）。{unit}本轮应谈人员已全部谈话，覆盖率100%。").format(
                names=names, unit=self.participants_box.unit_combo.currentText()))
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
