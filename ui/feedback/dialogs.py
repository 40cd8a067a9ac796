"""Dialogs of the feedback tab: a collection event, a batch of suggestions, one suggestion with its
workflow, a workflow step, merging duplicates, and the category/numbering settings.

Each dialog saves through app.feedback.service inside accept(); a refused save shows the service's Chinese
message and leaves the dialog open with what the user typed.
"""
from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QDateEdit, QDialog, QDialogButtonBox,
                               QFileDialog, QFormLayout, QGridLayout, QGroupBox, QHBoxLayout, QHeaderView,
                               QInputDialog, QLabel, QLineEdit, QMessageBox, QPlainTextEdit, QPushButton,
                               QSpinBox, QStyledItemDelegate, QTableView, QTabWidget, QVBoxLayout, QWidget)

from app.safety import access
from app.feedback import service as feedback
from app.roster.officers import officer_rows
from app.roster.units import units
from app.errors import AppError
from app.feedback.models import (CHANNELS, EVENT_KINDS, PARTICIPANT_CATEGORIES, REPLY_METHODS, SATISFACTION,
                                 SUBMITTER_CATEGORIES)

from ui.feedback.models import RowsModel

NO_EVENT = "（不属于任何收集活动）"


def show_error(parent, title: str, exc: Exception) -> None:
    QMessageBox.warning(parent, title, str(exc))


def to_qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def date_edit(day: dt.date | None = None) -> QDateEdit:
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setDate(to_qdate(day or feedback.today()))
    edit.setMaximumWidth(160)
    return edit


class OptionalDate(QWidget):
    """A date that may be left empty: the box says whether it is filled in."""

    def __init__(self, parent=None, *, label: str = ""):
        super().__init__(parent)
        self.check = QCheckBox(label or self.tr("已定"))
        self.check.setToolTip(self.tr("不勾选表示尚未填写这个日期"))
        self.edit = date_edit()
        self.edit.setEnabled(False)
        self.check.toggled.connect(self.edit.setEnabled)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.check)
        layout.addWidget(self.edit)
        layout.addStretch(1)

    def value(self) -> dt.date | None:
        return self.edit.date().toPython() if self.check.isChecked() else None

    def set_value(self, day: dt.date | None) -> None:
        self.check.setChecked(day is not None)
        self.edit.setDate(to_qdate(day or feedback.today()))


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
    return [(NO_EVENT, None)] + [(f"{e.held_on:%Y-%m-%d} {e.kind}：{e.title}", e.id) for e in feedback.event_rows()]


# ---------------------------------------------------------------- collection events

class EventDialog(QDialog):
    def __init__(self, parent=None, event_id: int | None = None):
        super().__init__(parent)
        self.event_id = event_id
        self.saved_id: int | None = None
        self.setWindowTitle(self.tr("编辑收集活动") if event_id else self.tr("新增收集活动"))
        data = feedback.EventData(held_on=feedback.today())
        if event_id:
            from app.feedback.models import FeedbackEvent

            data = feedback.EventData.from_event(FeedbackEvent.get_by_id(event_id))
        self.kind = QComboBox()
        self.kind.addItems(EVENT_KINDS)
        self.kind.setCurrentText(data.kind)
        self.title_edit = QLineEdit(data.title)
        self.title_edit.setPlaceholderText(self.tr("如：政法队伍教育整顿征求意见座谈会"))
        self.held_on = date_edit(data.held_on)
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
            grid.addWidget(QLabel(category), i // 3, (i % 3) * 2)
            grid.addWidget(spin, i // 3, (i % 3) * 2 + 1)
        self.total = QLabel()
        grid.addWidget(self.total, 3, 0, 1, 6)
        self._update_total()
        form = QFormLayout()
        form.addRow(self.tr("形式"), self.kind)
        form.addRow(self.tr("活动名称"), self.title_edit)
        form.addRow(self.tr("日期"), self.held_on)
        form.addRow(self.tr("地点或渠道"), self.place)
        form.addRow(self.tr("组织单位"), self.organiser)
        form.addRow(self.tr("查阅卷宗"), self.reviewed)
        buttons = QDialogButtonBox(QDialogButtonBox.Save | QDialogButtonBox.Cancel)
        buttons.button(QDialogButtonBox.Save).setText(self.tr("保存"))
        buttons.button(QDialogButtonBox.Cancel).setText(self.tr("取消"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(people)
        layout.addWidget(QLabel(self.tr("备注")))
        layout.addWidget(self.notes)
        layout.addWidget(buttons)
        self.resize(620, 560)

    def _update_total(self) -> None:
        self.total.setText(self.tr("合计：") + f"{sum(s.value() for s in self.spins.values())}" + self.tr(" 人次"))

    def data(self) -> feedback.EventData:
        return feedback.EventData(
            kind=self.kind.currentText(), title=self.title_edit.text(), held_on=self.held_on.date().toPython(),
            place=self.place.text(), organiser=self.organiser.currentData() or "",
            participants={c: s.value() for c, s in self.spins.items()}, reviewed_files=self.reviewed.value(),
            notes=self.notes.toPlainText())

    def accept(self) -> None:
        try:
            if self.event_id:
                event = feedback.update_event(self.event_id, self.data())
            else:
                event = feedback.create_event(self.data())
        except AppError as exc:
            show_error(self, self.windowTitle(), exc)
            return
        self.saved_id = event.id
        super().accept()


# ---------------------------------------------------------------- batch entry

class ComboDelegate(QStyledItemDelegate):
    def __init__(self, choices: list[str], parent=None):
        super().__init__(parent)
        self.choices = choices

    def createEditor(self, parent, option, index):
        combo = QComboBox(parent)
        combo.addItems(self.choices)
        return combo

    def setEditorData(self, editor, index):
        editor.setCurrentText(index.data() or "")

    def setModelData(self, editor, model, index):
        model.setData(index, editor.currentText())


class BatchEntryDialog(QDialog):
    """Register a symposium's (or a letter's) suggestions at once: one row each."""

    COLUMNS = ("提出人（可空）", "身份类别", "联系方式", "意见建议内容", "类别")
    NAME, CATEGORY, CONTACT, CONTENT, KIND = range(5)

    def __init__(self, parent=None, event_id: int | None = None):
        super().__init__(parent)
        self.created: list[int] = []
        self.setWindowTitle(self.tr("批量登记意见建议"))
        self.event_combo = QComboBox()
        for text, value in event_choices():
            self.event_combo.addItem(text, value)
        select_data(self.event_combo, event_id)
        self.channel = QComboBox()
        self.channel.addItems(CHANNELS)
        self.collected = date_edit()
        self.event_combo.currentIndexChanged.connect(self._event_changed)
        self.model = QStandardItemModel(0, len(self.COLUMNS), self)
        self.model.setHorizontalHeaderLabels(list(self.COLUMNS))
        self.add_rows(8)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setItemDelegateForColumn(self.CATEGORY, ComboDelegate([""] + list(SUBMITTER_CATEGORIES), self))
        self.view.setItemDelegateForColumn(self.KIND, ComboDelegate([""] + feedback.categories(), self))
        header = self.view.horizontalHeader()
        for column, width in ((self.NAME, 110), (self.CATEGORY, 100), (self.CONTACT, 120), (self.KIND, 130)):
            self.view.setColumnWidth(column, width)
        header.setSectionResizeMode(self.CONTENT, QHeaderView.Stretch)
        add = QPushButton(self.tr("添加行"))
        add.clicked.connect(lambda: self.add_rows(5))
        remove = QPushButton(self.tr("删除所选行"))
        remove.clicked.connect(self.remove_selected)
        paste = QPushButton(self.tr("从剪贴板粘贴（每行一条）"))
        paste.clicked.connect(self.paste_lines)
        tools = QHBoxLayout()
        for button in (add, remove, paste):
            tools.addWidget(button)
        tools.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("收集活动"), self.event_combo)
        form.addRow(self.tr("来源渠道"), self.channel)
        form.addRow(self.tr("收集日期"), self.collected)
        hint = QLabel(self.tr("照单全收：每条意见建议占一行，内容必填；提出人可以不填。登记后统一为“待交办”。"))
        hint.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.Save | QDialogButtonBox.Cancel)
        buttons.button(QDialogButtonBox.Save).setText(self.tr("登记"))
        buttons.button(QDialogButtonBox.Cancel).setText(self.tr("取消"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addLayout(tools)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        self._event_changed()
        self.resize(980, 560)

    def _event_changed(self) -> None:
        event_id = self.event_combo.currentData()
        standalone = event_id is None
        self.channel.setEnabled(standalone)
        self.collected.setEnabled(standalone)
        if not standalone:
            event = next((e for e in feedback.event_rows() if e.id == event_id), None)
            if event is not None:
                self.channel.setCurrentText(event.kind)
                self.collected.setDate(to_qdate(event.held_on))

    def add_rows(self, n: int) -> None:
        for _ in range(n):
            self.model.appendRow([QStandardItem("") for _c in self.COLUMNS])

    def remove_selected(self) -> None:
        rows = sorted({i.row() for i in self.view.selectionModel().selectedIndexes()}, reverse=True)
        for row in rows:
            self.model.removeRow(row)

    def paste_lines(self) -> None:
        lines = [line.strip() for line in QGuiApplication.clipboard().text().splitlines() if line.strip()]
        self.set_contents(lines)

    def set_contents(self, lines: list[str]) -> None:
        """Put texts into the content column, filling empty rows first."""
        row = 0
        for text in lines:
            while row < self.model.rowCount() and self.model.item(row, self.CONTENT).text().strip():
                row += 1
            if row >= self.model.rowCount():
                self.add_rows(1)
            self.model.item(row, self.CONTENT).setText(text)
            row += 1

    def items(self) -> list[tuple[int, feedback.SuggestionData]]:
        result = []
        event_id = self.event_combo.currentData()
        for row in range(self.model.rowCount()):
            values = [(self.model.item(row, c).text() if self.model.item(row, c) else "").strip()
                      for c in range(len(self.COLUMNS))]
            if not any(values):
                continue
            result.append((row + 1, feedback.SuggestionData(
                content=values[self.CONTENT], submitter_name=values[self.NAME],
                submitter_category=values[self.CATEGORY], submitter_contact=values[self.CONTACT],
                category=values[self.KIND], event_id=event_id,
                channel="" if event_id else self.channel.currentText(),
                collected_on=None if event_id else self.collected.date().toPython())))
        return result

    def accept(self) -> None:
        items = self.items()
        errors = []
        for row, data in items:
            try:
                feedback.validate_suggestion(data)
            except AppError as exc:
                errors.append(self.tr("第") + f"{row}" + self.tr("行：") + str(exc))
        if not items:
            errors.append(self.tr("还没有填写任何意见建议。"))
        if errors:
            QMessageBox.warning(self, self.windowTitle(), "\n".join(errors))
            return
        try:
            self.created = [s.id for s in feedback.create_suggestions([d for _r, d in items])]
        except AppError as exc:
            show_error(self, self.windowTitle(), exc)
            return
        super().accept()


# ---------------------------------------------------------------- one workflow step

# What each step asks for, besides its note. Values are the keys of feedback.TRANSITION_FIELDS.
STEP_FIELDS = {
    "交办": ("unit", "leader", "person", "deadline"),
    "开始整改": ("measure",),
    "提交验收": ("measure", "progress", "completed_on", "evidence"),
    "验收销号": ("evidence", "reviewer", "reviewed_on"),
    "退回整改": (),
    "不予采纳": (),
    "恢复受理": (),
}
NOTE_LABELS = {"交办": "交办要求", "退回整改": "退回原因（必填）", "不予采纳": "不予采纳理由（必填）",
               "验收销号": "验收意见", "提交验收": "说明"}


class TransitionDialog(QDialog):
    """Asks for what one workflow step needs, then runs `submit(changes, note)`; stays open if refused."""

    def __init__(self, parent, action: str, defaults: dict, submit: Callable[[dict, str], object], *,
                 count: int = 1, attachments: int = 0, context: str = ""):
        super().__init__(parent)
        self.action = action
        self.submit = submit
        self.setWindowTitle(action + (f"（{count}条）" if count > 1 else ""))
        about = QLabel(context)
        about.setWordWrap(True)
        about.setTextFormat(Qt.PlainText)
        about.setStyleSheet("QLabel { color: #444; padding-bottom: 4px; }")
        about.setVisible(bool(context))
        form = QFormLayout()
        self.widgets: dict[str, QWidget] = {}
        wanted = STEP_FIELDS[action]
        if "unit" in wanted:
            self.unit = unit_combo(defaults.get("unit", ""), blank=self.tr("（请选择）"))
            self.leader, self.person = editable_combo(), editable_combo()
            self.unit.currentIndexChanged.connect(
                lambda: fill_people(self.unit.currentData() or "", self.leader, self.person))
            fill_people(self.unit.currentData() or "", self.leader, self.person)
            select_text(self.leader, defaults.get("leader", ""))
            select_text(self.person, defaults.get("person", ""))
            form.addRow(self.tr("责任单位"), self.unit)
            form.addRow(self.tr("责任领导"), self.leader)
            form.addRow(self.tr("责任人"), self.person)
            self.deadline = date_edit(defaults.get("deadline") or feedback.today() + dt.timedelta(days=30))
            form.addRow(self.tr("整改时限"), self.deadline)
        if "measure" in wanted:
            self.measure = text_box(defaults.get("measure", ""), 80)
            form.addRow(self.tr("整改措施") + ("" if action == "开始整改" else self.tr("（必填）")), self.measure)
        if "progress" in wanted:
            self.progress = text_box(defaults.get("progress", ""), 50)
            form.addRow(self.tr("进展"), self.progress)
        if "completed_on" in wanted:
            self.completed = date_edit(defaults.get("completed_on"))
            form.addRow(self.tr("完成日期"), self.completed)
        if "evidence" in wanted:
            self.evidence = text_box(defaults.get("evidence", ""), 50)
            suffix = self.tr("（已有附件") + f"{attachments}" + self.tr("个）") if attachments else ""
            form.addRow(self.tr("佐证材料") + suffix, self.evidence)
        if "reviewer" in wanted:
            self.reviewer = QLineEdit(defaults.get("reviewer") or "")
            self.reviewer.setPlaceholderText(self.tr("验收审核人姓名"))
            form.addRow(self.tr("销号审核人"), self.reviewer)
            self.reviewed = date_edit(defaults.get("reviewed_on"))
            form.addRow(self.tr("销号日期"), self.reviewed)
        self.note = text_box("", 60)
        form.addRow(self.tr(NOTE_LABELS.get(action, "说明")), self.note)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.button(QDialogButtonBox.Ok).setText(action)
        buttons.button(QDialogButtonBox.Cancel).setText(self.tr("取消"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(about)
        layout.addLayout(form)
        layout.addWidget(buttons)
        for box in self.findChildren(QPlainTextEdit):
            box.setMaximumHeight(120)
        self.resize(580, self.sizeHint().height())

    def changes(self) -> dict:
        result: dict = {}
        wanted = STEP_FIELDS[self.action]
        if "unit" in wanted:
            result.update(unit=self.unit.currentData() or "", leader=self.leader.currentText(),
                          person=self.person.currentText(), deadline=self.deadline.date().toPython())
        if "measure" in wanted:
            result["measure"] = self.measure.toPlainText()
        if "progress" in wanted:
            result["progress"] = self.progress.toPlainText()
        if "completed_on" in wanted:
            result["completed_on"] = self.completed.date().toPython()
        if "evidence" in wanted:
            result["evidence"] = self.evidence.toPlainText()
        if "reviewer" in wanted:
            result.update(reviewer=self.reviewer.text(), reviewed_on=self.reviewed.date().toPython())
        return result

    def accept(self) -> None:
        try:
            self.submit(self.changes(), self.note.toPlainText())
        except AppError as exc:
            show_error(self, self.windowTitle(), exc)
            return
        super().accept()


def describe(rows: list[feedback.SuggestionRow], limit: int = 4) -> str:
    """A few lines naming the suggestions a step applies to."""
    lines = [f"{r.code}（{r.status}）：{' '.join(r.content.split())[:60]}" for r in rows[:limit]]
    if len(rows) > limit:
        lines.append(f"……共{len(rows)}条")
    return "\n".join(lines)


def transition_defaults(row: feedback.SuggestionRow) -> dict:
    return {"unit": row.unit_full, "leader": row.leader, "person": row.person, "deadline": row.deadline,
            "measure": row.measure, "progress": row.progress, "completed_on": row.completed_on,
            "evidence": row.evidence, "reviewer": row.reviewer or "", "reviewed_on": row.reviewed_on}


# ---------------------------------------------------------------- one suggestion

ACTION_ORDER = ("交办", "开始整改", "提交验收", "验收销号", "退回整改", "不予采纳", "恢复受理")


class SuggestionDialog(QDialog):
    """Everything about one suggestion: the ledger fields, the workflow buttons (enabled only for the
    moves allowed from its status), the reply, its submitters and its history."""

    def __init__(self, parent=None, suggestion_id: int | None = None, *, event_id: int | None = None):
        super().__init__(parent)
        self.suggestion_id = suggestion_id
        self.changed = False  # something was written: the caller refreshes
        self.resize(920, 680)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._basic_page(event_id), self.tr("基本信息"))
        self.tabs.addTab(self._handling_page(), self.tr("交办与整改"))
        self.tabs.addTab(self._reply_page(), self.tr("回复提出人"))
        self.tabs.addTab(self._submitters_page(), self.tr("提出人"))
        self.tabs.addTab(self._history_page(), self.tr("办理记录"))
        self.header = QLabel()
        self.header.setTextFormat(Qt.PlainText)
        font = self.header.font()
        font.setPointSize(font.pointSize() + 2)
        font.setBold(True)
        self.header.setFont(font)
        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet("QLabel { background: #fff4d6; border: 1px solid #e0c070; padding: 4px; }")
        self.action_buttons: dict[str, QPushButton] = {}
        actions = QHBoxLayout()
        actions.addWidget(QLabel(self.tr("办理：")))
        for action in ACTION_ORDER:
            button = QPushButton(action)
            button.clicked.connect(lambda _checked=False, a=action: self.run_action(a))
            self.action_buttons[action] = button
            actions.addWidget(button)
        actions.addStretch(1)
        self.save_button = QPushButton(self.tr("保存"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        close = QPushButton(self.tr("关闭"))
        close.clicked.connect(self.close_dialog)
        bottom = QHBoxLayout()
        bottom.addLayout(actions, 1)
        bottom.addWidget(self.save_button)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(self.banner)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(bottom)
        self.load()

    # ------------------------------------------------------------ pages
    def _basic_page(self, event_id) -> QWidget:
        page = QWidget()
        self.event_combo = QComboBox()
        for text, value in event_choices():
            self.event_combo.addItem(text, value)
        select_data(self.event_combo, event_id)
        self.channel = QComboBox()
        self.channel.addItems(CHANNELS)
        self.collected = date_edit()
        self.event_combo.currentIndexChanged.connect(self._event_changed)
        self.anonymous = QCheckBox(self.tr("匿名提出（不记录姓名和联系方式）"))
        self.submitter_name = QLineEdit()
        self.submitter_category = QComboBox()
        self.submitter_category.addItems([""] + list(SUBMITTER_CATEGORIES))
        self.submitter_contact = QLineEdit()
        self.anonymous.toggled.connect(lambda on: (self.submitter_name.setEnabled(not on),
                                                   self.submitter_contact.setEnabled(not on)))
        self.content = text_box("", 120)
        self.category = QComboBox()
        self.category.addItems([""] + feedback.categories())
        self.remarks = text_box("", 50)
        who = QHBoxLayout()
        who.addWidget(self.submitter_name, 2)
        who.addWidget(QLabel(self.tr("身份")))
        who.addWidget(self.submitter_category, 1)
        who.addWidget(QLabel(self.tr("联系方式")))
        who.addWidget(self.submitter_contact, 2)
        form = QFormLayout(page)
        form.addRow(self.tr("收集活动"), self.event_combo)
        form.addRow(self.tr("来源渠道"), self.channel)
        form.addRow(self.tr("收集日期"), self.collected)
        form.addRow(self.tr("提出人"), who)
        form.addRow("", self.anonymous)
        form.addRow(self.tr("意见建议内容"), self.content)
        form.addRow(self.tr("类别"), self.category)
        form.addRow(self.tr("备注"), self.remarks)
        return page

    def _handling_page(self) -> QWidget:
        page = QWidget()
        self.unit = unit_combo(blank=self.tr("（未交办）"))
        self.leader, self.person = editable_combo(), editable_combo()
        self.unit.currentIndexChanged.connect(lambda: fill_people(self.unit.currentData() or "", self.leader,
                                                                  self.person))
        self.deadline = OptionalDate()
        self.measure = text_box("", 70)
        self.progress = text_box("", 50)
        self.completed = OptionalDate()
        self.evidence = text_box("", 45)
        self.attachments = RowsModel([(QT_TRANSLATE_NOOP("TableHeader", "文件"), lambda a: a.file_name), (QT_TRANSLATE_NOOP("TableHeader", "大小"), lambda a: _size_text(a.size)),
                                      (QT_TRANSLATE_NOOP("TableHeader", "添加人"), lambda a: a.added_by), (QT_TRANSLATE_NOOP("TableHeader", "添加时间"), lambda a: a.added_at)], self)
        self.attachment_view = _small_table(self.attachments)
        self.attachment_view.setMaximumHeight(90)
        self.attachment_view.doubleClicked.connect(lambda _i: self.open_attachment())
        add = QPushButton(self.tr("添加附件…"))
        add.clicked.connect(self.add_attachment)
        open_button = QPushButton(self.tr("打开"))
        open_button.clicked.connect(self.open_attachment)
        remove = QPushButton(self.tr("删除附件"))
        remove.clicked.connect(self.remove_attachment)
        self.attachment_buttons = (add, open_button, remove)
        files = QVBoxLayout()
        files.addWidget(self.attachment_view)
        row = QHBoxLayout()
        for button in self.attachment_buttons:
            row.addWidget(button)
        row.addStretch(1)
        files.addLayout(row)
        self.reviewer = QLineEdit()
        self.reviewed = OptionalDate()
        self.rejection = QLabel()
        self.rejection.setWordWrap(True)
        people = QHBoxLayout()
        people.addWidget(QLabel(self.tr("责任领导")))
        people.addWidget(self.leader, 1)
        people.addWidget(QLabel(self.tr("责任人")))
        people.addWidget(self.person, 1)
        review = QHBoxLayout()
        review.addWidget(self.reviewer, 1)
        review.addWidget(QLabel(self.tr("销号日期")))
        review.addWidget(self.reviewed, 1)
        form = QFormLayout(page)
        form.addRow(self.tr("责任单位"), self.unit)
        form.addRow("", people)
        form.addRow(self.tr("整改时限"), self.deadline)
        form.addRow(self.tr("整改措施"), self.measure)
        form.addRow(self.tr("进展"), self.progress)
        form.addRow(self.tr("完成日期"), self.completed)
        form.addRow(self.tr("佐证材料"), self.evidence)
        form.addRow(self.tr("附件"), files)
        form.addRow(self.tr("销号审核人"), review)
        form.addRow("", self.rejection)
        return page

    def _reply_page(self) -> QWidget:
        page = QWidget()
        self.reply_method = QComboBox()
        self.reply_method.addItems([""] + list(REPLY_METHODS))
        self.reply_on = date_edit()
        self.satisfaction = QComboBox()
        self.satisfaction.addItems([""] + list(SATISFACTION))
        self.reply_content = text_box("", 80)
        save = QPushButton(self.tr("保存回复情况"))
        save.clicked.connect(self.save_reply)
        letter = QPushButton(self.tr("生成回复函…"))
        letter.clicked.connect(self.reply_letter)
        self.reply_buttons = (save, letter)
        buttons = QHBoxLayout()
        buttons.addWidget(save)
        buttons.addWidget(letter)
        buttons.addStretch(1)
        form = QFormLayout(page)
        form.addRow(self.tr("回复方式"), self.reply_method)
        form.addRow(self.tr("回复日期"), self.reply_on)
        form.addRow(self.tr("满意度"), self.satisfaction)
        form.addRow(self.tr("反馈内容"), self.reply_content)
        form.addRow("", buttons)
        note = QLabel(self.tr("回复函按公文格式生成 PDF，可预览后打印；合并了多位提出人的，可选择寄给哪一位。"))
        note.setWordWrap(True)
        form.addRow("", note)
        return page

    def _submitters_page(self) -> QWidget:
        page = QWidget()
        self.submitters = RowsModel([
            (QT_TRANSLATE_NOOP("TableHeader", "编号"), lambda p: p.code), (QT_TRANSLATE_NOOP("TableHeader", "提出人"), lambda p: p.label), (QT_TRANSLATE_NOOP("TableHeader", "联系方式"), lambda p: p.contact),
            (QT_TRANSLATE_NOOP("TableHeader", "来源"), lambda p: p.channel), (QT_TRANSLATE_NOOP("TableHeader", "收集活动"), lambda p: p.event_title), (QT_TRANSLATE_NOOP("TableHeader", "收集日期"), lambda p: p.collected_on),
            ("", lambda p: "本条" if p.primary else "已合并")], self)
        self.submitter_view = _small_table(self.submitters)
        self.unmerge_button = QPushButton(self.tr("撤销合并所选条目"))
        self.unmerge_button.clicked.connect(self.unmerge_selected)
        layout = QVBoxLayout(page)
        hint = QLabel(self.tr("反映同一问题的意见建议合并后，所有提出人和来源都保留在这里。"))
        hint.setWordWrap(True)
        layout.addWidget(hint)
        layout.addWidget(self.submitter_view, 1)
        row = QHBoxLayout()
        row.addWidget(self.unmerge_button)
        row.addStretch(1)
        layout.addLayout(row)
        return page

    def _history_page(self) -> QWidget:
        page = QWidget()
        self.history = RowsModel([(QT_TRANSLATE_NOOP("TableHeader", "时间"), lambda h: h.at), (QT_TRANSLATE_NOOP("TableHeader", "操作"), lambda h: h.action),
                                  (QT_TRANSLATE_NOOP("TableHeader", "状态"), lambda h: f"{h.from_status}→{h.to_status}" if h.from_status else h.to_status),
                                  (QT_TRANSLATE_NOOP("TableHeader", "操作人"), lambda h: h.actor), (QT_TRANSLATE_NOOP("TableHeader", "说明"), lambda h: h.note)], self)
        self.history_view = _small_table(self.history)
        self.history_view.horizontalHeader().setSectionResizeMode(4, QHeaderView.Stretch)
        layout = QVBoxLayout(page)
        layout.addWidget(self.history_view)
        return page

    # ------------------------------------------------------------ state
    def _event_changed(self) -> None:
        event_id = self.event_combo.currentData()
        standalone = event_id is None
        self.channel.setEnabled(standalone)
        self.collected.setEnabled(standalone)
        if not standalone:
            event = next((e for e in feedback.event_rows() if e.id == event_id), None)
            if event is not None:
                self.channel.setCurrentText(event.kind)
                self.collected.setDate(to_qdate(event.held_on))

    def load(self) -> None:
        if self.suggestion_id is None:
            self.row = None
            self.setWindowTitle(self.tr("登记意见建议"))
            self.header.setText(self.tr("新登记的意见建议（保存后为“待交办”）"))
            self.banner.hide()
            self._event_changed()
            for index in range(1, self.tabs.count()):
                self.tabs.setTabEnabled(index, False)
            for button in self.action_buttons.values():
                button.setEnabled(False)
            self._snapshot = self.form_data()
            return
        r = self.row = feedback.suggestion_row(self.suggestion_id)
        self.setWindowTitle(self.tr("意见建议") + f" {r.code}")
        state = f"　{r.due_text}" if r.due else ""
        self.header.setText(f"{r.code}　{r.display_status}{state}")
        select_data(self.event_combo, r.event_id)
        self.channel.setCurrentText(r.channel)
        self.collected.setDate(to_qdate(r.collected_on))
        self._event_changed()
        self.anonymous.setChecked(r.anonymous)
        self.submitter_name.setText(r.submitter_name)
        self.submitter_category.setCurrentText(r.submitter_category)
        self.submitter_contact.setText(r.submitter_contact)
        self.content.setPlainText(r.content)
        if self.category.findText(r.category) < 0 and r.category:
            self.category.addItem(r.category)
        self.category.setCurrentText(r.category)
        self.remarks.setPlainText(r.remarks)
        select_data(self.unit, r.unit_full)
        fill_people(r.unit_full, self.leader, self.person)
        select_text(self.leader, r.leader)
        select_text(self.person, r.person)
        self.deadline.set_value(r.deadline)
        self.measure.setPlainText(r.measure)
        self.progress.setPlainText(r.progress)
        self.completed.set_value(r.completed_on)
        self.evidence.setPlainText(r.evidence)
        self.attachments.set_rows(feedback.attachment_rows(r.id))
        self.reviewer.setText(r.reviewer)
        self.reviewed.set_value(r.reviewed_on)
        self.rejection.setText(self.tr("不予采纳理由：") + r.rejection_reason if r.status == "不予采纳" else "")
        self.rejection.setVisible(r.status == "不予采纳")
        self.reply_method.setCurrentText(r.reply_method)
        self.reply_on.setDate(to_qdate(r.reply_on or feedback.today()))
        self.satisfaction.setCurrentText(r.satisfaction)
        self.reply_content.setPlainText(r.reply_content)
        target = r.merged_into_id or r.id
        people = feedback.submitters(target)
        self.submitters.set_rows(people)
        self.submitter_view.resizeColumnsToContents()
        self.tabs.setTabText(3, self.tr("提出人") + f"（{len(people)}）")
        self.history.set_rows(feedback.history(r.id))
        self.history_view.resizeColumnsToContents()
        self.history_view.horizontalHeader().setSectionResizeMode(4, QHeaderView.Stretch)
        for index in range(self.tabs.count()):
            self.tabs.setTabEnabled(index, True)
        editable = access.can(access.EDIT)
        allowed = {action for _to, action in feedback.allowed_transitions(r.status)} if not r.merged else set()
        for action, button in self.action_buttons.items():
            button.setEnabled(editable and action in allowed)
        self.save_button.setEnabled(editable)
        for button in self.attachment_buttons + self.reply_buttons:
            button.setEnabled(editable and not r.merged)
        self.unmerge_button.setEnabled(editable)
        if r.merged:
            self.banner.setText(self.tr("本条已合并到 ") + r.merged_into_code +
                                self.tr("，提出人和来源计入该条，请在该条上办理。可在“提出人”页撤销合并。"))
            self.banner.show()
        elif r.due:
            self.banner.setText(("⚠ " if r.due == feedback.DUE_OVERDUE else "⏰ ") + self.tr("整改时限 ") +
                                f"{r.deadline:%Y-%m-%d}，{r.due_text}")
            self.banner.show()
        else:
            self.banner.hide()
        self._snapshot = self.form_data()

    def form_data(self) -> feedback.SuggestionData:
        return feedback.SuggestionData(
            content=self.content.toPlainText(), collected_on=self.collected.date().toPython(),
            channel=self.channel.currentText(), event_id=self.event_combo.currentData(),
            submitter_name=self.submitter_name.text(), submitter_category=self.submitter_category.currentText(),
            submitter_contact=self.submitter_contact.text(), anonymous=self.anonymous.isChecked(),
            category=self.category.currentText(), unit=self.unit.currentData() or "",
            leader=self.leader.currentText(), person=self.person.currentText(), measure=self.measure.toPlainText(),
            deadline=self.deadline.value(), progress=self.progress.toPlainText(),
            completed_on=self.completed.value(), evidence=self.evidence.toPlainText(),
            reviewer=self.reviewer.text(), reviewed_on=self.reviewed.value(), remarks=self.remarks.toPlainText())

    def dirty(self) -> bool:
        return self.form_data() != self._snapshot

    # ------------------------------------------------------------ actions
    def save(self) -> bool:
        try:
            if self.suggestion_id is None:
                self.suggestion_id = feedback.create_suggestion(self.form_data()).id
            else:
                feedback.update_suggestion(self.suggestion_id, self.form_data())
        except AppError as exc:
            show_error(self, self.tr("保存"), exc)
            return False
        self.changed = True
        self.load()
        return True

    def run_action(self, action: str) -> None:
        if self.dirty() and not self.save():
            return
        self.load()  # the status may have moved on in another window
        to_status = next((to for to, a in feedback.allowed_transitions(self.row.status) if a == action), None)
        if to_status is None or self.row.merged:
            QMessageBox.information(self, action, self.tr("当前状态为“") + self.row.display_status +
                                    self.tr("”，不能进行这一步。"))
            return
        suggestion_id = self.suggestion_id
        dialog = TransitionDialog(self, action, transition_defaults(self.row),
                                  lambda changes, note: feedback.transition(suggestion_id, to_status, note=note,
                                                                            changes=changes),
                                  attachments=self.row.attachment_count, context=describe([self.row]))
        if dialog.exec() == QDialog.Accepted:
            self.changed = True
            self.load()

    def save_reply(self) -> None:
        try:
            feedback.record_reply(self.suggestion_id, method=self.reply_method.currentText(),
                                  on=self.reply_on.date().toPython(), satisfaction=self.satisfaction.currentText(),
                                  content=self.reply_content.toPlainText())
        except AppError as exc:
            show_error(self, self.tr("回复提出人"), exc)
            return
        self.changed = True
        self.load()

    def reply_letter(self) -> None:
        open_reply_letter(self, self.row.id)

    def add_attachment(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("添加佐证材料"), str(Path.home()),
                                              self.tr("佐证材料 (*.pdf *.jpg *.jpeg *.png *.doc *.docx *.xls *.xlsx);;所有文件 (*)"))
        if not path:
            return
        try:
            feedback.add_attachment(self.suggestion_id, path)
        except AppError as exc:
            show_error(self, self.tr("添加佐证材料"), exc)
            return
        self.changed = True
        self.load()

    def _selected_attachment(self):
        rows = self.attachment_view.selectionModel().selectedRows()
        return self.attachments.row_at(rows[0].row()) if rows else None

    def open_attachment(self) -> None:
        item = self._selected_attachment()
        if item is None:
            return
        try:
            name, data = feedback.attachment_content(item.id)
        except AppError as exc:
            show_error(self, self.tr("打开附件"), exc)
            return
        out = Path(tempfile.mkdtemp(prefix="jz-file-")) / name
        out.write_bytes(data)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(out)))

    def remove_attachment(self) -> None:
        item = self._selected_attachment()
        if item is None:
            return
        if QMessageBox.question(self, self.tr("删除附件"), self.tr("删除附件“") + item.file_name + self.tr("”？")) \
                != QMessageBox.Yes:
            return
        try:
            feedback.remove_attachment(item.id)
        except AppError as exc:
            show_error(self, self.tr("删除附件"), exc)
            return
        self.changed = True
        self.load()

    def unmerge_selected(self) -> None:
        rows = self.submitter_view.selectionModel().selectedRows()
        person = self.submitters.row_at(rows[0].row()) if rows else None
        if person is None or person.primary:
            QMessageBox.information(self, self.tr("撤销合并"), self.tr("请先在列表中选择一条“已合并”的条目。"))
            return
        try:
            feedback.unmerge(person.suggestion_id)
        except AppError as exc:
            show_error(self, self.tr("撤销合并"), exc)
            return
        self.changed = True
        self.load()

    def close_dialog(self) -> None:
        if self.dirty():
            answer = QMessageBox.question(self, self.windowTitle(), self.tr("有未保存的修改，是否保存？"),
                                          QMessageBox.Save | QMessageBox.Discard | QMessageBox.Cancel)
            if answer == QMessageBox.Cancel or (answer == QMessageBox.Save and not self.save()):
                return
        self.done(QDialog.Accepted if self.changed else QDialog.Rejected)

    def reject(self) -> None:  # Esc behaves like 关闭
        self.close_dialog()


def open_reply_letter(parent: QWidget, suggestion_id: int) -> None:
    """Build the 回复函 for one submitter of a suggestion (asking which, when several) and preview it."""
    row = feedback.suggestion_row(suggestion_id)
    target = row.merged_into_id or row.id
    people = [p for p in feedback.submitters(target) if not p.anonymous and p.name
              and p.category not in ("督导组", "评查组")]
    if not people:
        QMessageBox.information(parent, parent.tr("回复函"),
                                parent.tr("这条意见建议的提出人是匿名、未留姓名或督导组、评查组，没有回复函的收件人。"))
        return
    recipient = people[0]
    if len(people) > 1:
        labels = [f"{p.label}（{p.code}）" for p in people]
        choice, ok = QInputDialog.getItem(parent, parent.tr("回复函"), parent.tr("寄给哪一位提出人？"), labels, 0, False)
        if not ok:
            return
        recipient = people[labels.index(choice)]
    from app.feedback.documents.reply import build_reply_letter

    from ui.common.pdf_preview import preview

    code = feedback.suggestion_row(target).code
    out = Path(tempfile.mkdtemp(prefix="jz-reply-")) / f"回复函-{code}-{recipient.name}.pdf"
    try:
        build_reply_letter(out, target, recipient_id=recipient.suggestion_id)
    except AppError as exc:
        show_error(parent, parent.tr("回复函"), exc)
        return
    preview(parent, out)


def _size_text(size: int) -> str:
    return f"{size / 1048576:.1f} MB" if size >= 1048576 else f"{max(1, size // 1024)} KB"


def _small_table(model) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectRows)
    view.setSelectionMode(QAbstractItemView.SingleSelection)
    view.setEditTriggers(QAbstractItemView.NoEditTriggers)
    view.verticalHeader().setVisible(False)
    view.horizontalHeader().setStretchLastSection(True)
    view.setWordWrap(False)
    return view


# ---------------------------------------------------------------- duplicates

class MergeDialog(QDialog):
    """Choose which of the selected suggestions the others are merged into."""

    def __init__(self, parent, rows: list[feedback.SuggestionRow]):
        super().__init__(parent)
        self.rows = rows
        self.setWindowTitle(self.tr("合并重复意见建议"))
        self.target = QComboBox()
        for r in rows:
            self.target.addItem(f"{r.code}　{r.status}　{' '.join(r.content.split())[:40]}", r.id)
        listing = QPlainTextEdit("\n\n".join(f"{r.code}（{r.submitter}，{r.source}）\n{r.content}" for r in rows))
        listing.setReadOnly(True)
        self.note = QLineEdit(self.tr("反映问题相同"))
        form = QFormLayout()
        form.addRow(self.tr("保留为"), self.target)
        form.addRow(self.tr("合并说明"), self.note)
        hint = QLabel(self.tr("其余条目并入所选条目：不会删除，仍在台账中显示为“已合并”，它们的提出人和来源都计入保留的条目。"))
        hint.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.button(QDialogButtonBox.Ok).setText(self.tr("合并"))
        buttons.button(QDialogButtonBox.Cancel).setText(self.tr("取消"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(listing, 1)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(buttons)
        self.resize(680, 460)

    def accept(self) -> None:
        target = self.target.currentData()
        try:
            feedback.merge(target, [r.id for r in self.rows if r.id != target], self.note.text())
        except AppError as exc:
            show_error(self, self.windowTitle(), exc)
            return
        super().accept()


# ---------------------------------------------------------------- settings

class SettingsDialog(QDialog):
    """The 编号 prefix and the category list (六大顽瘴痼疾 first, then the general ones)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("征求意见设置"))
        self.prefix = QLineEdit(feedback.code_prefix())
        save_prefix = QPushButton(self.tr("应用"))
        save_prefix.clicked.connect(self.save_prefix)
        prefix_row = QHBoxLayout()
        prefix_row.addWidget(QLabel(self.tr("编号前缀")))
        prefix_row.addWidget(self.prefix)
        prefix_row.addWidget(save_prefix)
        self.example = QLabel()
        prefix_row.addWidget(self.example, 1)
        self.categories = RowsModel([(QT_TRANSLATE_NOOP("TableHeader", "类别"), lambda c: c.name), (QT_TRANSLATE_NOOP("TableHeader", "六大顽瘴痼疾"), lambda c: "是" if c.major else ""),
                                     (QT_TRANSLATE_NOOP("TableHeader", "已用（条）"), lambda c: c.used)], self)
        self.view = _small_table(self.categories)
        self.view.setColumnWidth(0, 260)
        buttons = QVBoxLayout()
        for text, slot in ((self.tr("添加…"), self.add), (self.tr("改名…"), self.rename), (self.tr("删除"), self.remove),
                           (self.tr("上移"), lambda: self.move_category(-1)), (self.tr("下移"), lambda: self.move_category(1)),
                           (self.tr("标为/取消顽瘴痼疾"), self.toggle_major)):
            button = QPushButton(text)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        middle = QHBoxLayout()
        middle.addWidget(self.view, 1)
        middle.addLayout(buttons)
        close = QDialogButtonBox(QDialogButtonBox.Close)
        close.button(QDialogButtonBox.Close).setText(self.tr("关闭"))
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(prefix_row)
        layout.addWidget(QLabel(self.tr("意见建议类别（改名后已登记的意见建议随之改过来）")))
        layout.addLayout(middle, 1)
        layout.addWidget(close)
        self.resize(640, 480)
        self.reload()

    def reload(self, select: str | None = None) -> None:
        self.categories.set_rows(feedback.category_rows())
        self.example.setText(self.tr("下一个编号：") + feedback.next_code(feedback.today().year))
        if select:
            for row, c in enumerate(self.categories.rows):
                if c.name == select:
                    self.view.selectRow(row)

    def _current(self):
        rows = self.view.selectionModel().selectedRows()
        return self.categories.row_at(rows[0].row()) if rows else None

    def _run(self, title: str, fn, select: str | None = None) -> None:
        try:
            fn()
        except AppError as exc:
            show_error(self, title, exc)
        self.reload(select)

    def save_prefix(self) -> None:
        self._run(self.tr("编号前缀"), lambda: feedback.set_code_prefix(self.prefix.text()))

    def add(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("添加类别"), self.tr("类别名称"))
        if ok:
            self._run(self.tr("添加类别"), lambda: feedback.add_category(name), name.strip())

    def rename(self) -> None:
        current = self._current()
        if current is None:
            return
        name, ok = QInputDialog.getText(self, self.tr("类别改名"), self.tr("新名称"), text=current.name)
        if ok:
            self._run(self.tr("类别改名"), lambda: feedback.rename_category(current.name, name), name.strip())

    def remove(self) -> None:
        current = self._current()
        if current is not None:
            self._run(self.tr("删除类别"), lambda: feedback.remove_category(current.name))

    def move_category(self, delta: int) -> None:
        current = self._current()
        if current is not None:
            self._run(self.tr("调整顺序"), lambda: feedback.move_category(current.name, delta), current.name)

    def toggle_major(self) -> None:
        current = self._current()
        if current is not None:
            self._run(self.tr("顽瘴痼疾"), lambda: feedback.set_category_major(current.name, not current.major),
                      current.name)
