"""Dialogs of the roster tab that save a record: add/edit an officer or an outside leader. They are FormDialogs
(保存 runs `save()`, a refused save keeps the dialog open with everything typed) that write each problem
beside its field instead of in a message box. The preview of an Excel import is in ui.roster.import_preview."""
from __future__ import annotations

import re

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (QCheckBox, QComboBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QMenu,
                               QPlainTextEdit, QToolButton, QVBoxLayout, QWidget)

from app.safety import access
from app.common import datetext
from app.common import idcard
from app.roster.leaders import LeaderData, create_leader, update_leader
from app.roster.officers import OfficerData, create_officer, update_officer, validate_officer
from app.roster.units import department_names, unit_names
from app.errors import AppError, Conflict, ValidationError, ValidationErrors
from app.roster.models import CATEGORIES, LEADERSHIP, POLITICAL_STATUSES, STATUSES

from ui.common.form import FormDialog, fit_to_screen

ERROR_STYLE = "color: #c62828;"
HINT_STYLE = "color: #5f6b7a;"


class FieldRow(QWidget):
    """A form field with its own message line underneath (red for errors, grey for hints)."""

    def __init__(self, editor: QWidget, parent=None):
        super().__init__(parent)
        self.editor = editor
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(editor)
        layout.addWidget(self.message)

    def show_error(self, text: str) -> None:
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setText(text)
        self.message.setVisible(bool(text))
        self.editor.setProperty("invalid", bool(text))
        self.editor.setStyleSheet("border: 1px solid #c62828;" if text and isinstance(self.editor, QLineEdit) else "")

    def show_hint(self, text: str) -> None:
        self.message.setStyleSheet(HINT_STYLE)
        self.message.setText(text)
        self.message.setVisible(bool(text))
        self.editor.setStyleSheet("")


class _GrowingForm(FormDialog):
    """A FormDialog as tall as its form, growing as messages appear under the fields (the dialog's own margins
    frame the form); beyond the screen's height the form scrolls."""

    WIDTH = 480

    def __init__(self, parent=None):
        super().__init__(parent)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.form.setLabelAlignment(Qt.AlignRight | Qt.AlignVCenter)
        self.body.installEventFilter(self)

    def fit(self) -> None:
        margins = self.outer.contentsMargins()
        needed = (self.body.sizeHint().height() + self.buttons.sizeHint().height() + margins.top()
                  + margins.bottom() + self.outer.spacing())
        if needed > self.height() or not self.isVisible():
            fit_to_screen(self, max(self.WIDTH, self.width() if self.isVisible() else 0), needed)

    def eventFilter(self, watched, event) -> bool:
        if watched is self.body and event.type() == QEvent.LayoutRequest:
            self.fit()
        return super().eventFilter(watched, event)


def _combo(values, *, editable: bool = False, blank: str | None = None) -> QComboBox:
    box = QComboBox()
    box.setEditable(editable)
    if blank is not None:
        box.addItem(blank, "")
    for value in values:
        box.addItem(value, value)
    return box


def _combo_value(box: QComboBox) -> str:
    if box.isEditable():
        return box.currentText().strip()
    return box.currentData() or ""


def _set_combo(box: QComboBox, value: str) -> None:
    index = box.findData(value)
    if index >= 0:
        box.setCurrentIndex(index)
    elif box.isEditable():
        box.setEditText(value)


class OfficerDialog(_GrowingForm):
    """Add (officer_id None) or edit one officer. Saves through app.roster.officers (`saved`: the officer's
    id); a refused save stays open with every problem next to its field."""

    WIDTH = 760

    def __init__(self, parent=None, *, data: OfficerData | None = None, officer_id: int | None = None,
                 default_unit: str = ""):
        super().__init__(parent)
        self.officer_id = officer_id
        self.setWindowTitle(self.tr("编辑人员") if officer_id else self.tr("新增人员"))
        data = data or OfficerData(unit=default_unit)
        self._original_id = data.id_number
        self._id_revealed = not data.id_number

        self.name = QLineEdit(data.name)
        self.id_number = QLineEdit()
        self.id_number.setMaxLength(22)
        self.id_number.setPlaceholderText(self.tr("18位，可不填"))
        self.reveal = QToolButton()
        self.reveal.setText(self.tr("修改"))
        self.reveal.setToolTip(self.tr("显示完整身份证号以便修改"))
        self.reveal.clicked.connect(self._reveal_id)
        id_box = QWidget()
        id_layout = QHBoxLayout(id_box)
        id_layout.setContentsMargins(0, 0, 0, 0)
        id_layout.addWidget(self.id_number, 1)
        id_layout.addWidget(self.reveal)
        if data.id_number:
            self.id_number.setText(idcard.mask(data.id_number))
            self.id_number.setReadOnly(True)
            self.reveal.setVisible(access.can(access.ID_NUMBERS))
        else:
            self.reveal.hide()
        self.gender = _combo(("男", "女"), blank=self.tr("（未填）"))
        _set_combo(self.gender, data.gender)
        self.birth_date = QLineEdit(datetext.format_date(data.birth_date))
        self.birth_date.setPlaceholderText(self.tr("如 1985-07-23"))
        self.ethnicity = QLineEdit(data.ethnicity)
        self.ethnicity.setPlaceholderText(self.tr("如 汉族"))
        self.political_status = _combo(POLITICAL_STATUSES, blank=self.tr("（未填）"))
        _set_combo(self.political_status, data.political_status)
        self.phone = QLineEdit(data.phone)
        self.hire_date = QLineEdit(datetext.format_date(data.hire_date))
        self.hire_date.setPlaceholderText(self.tr("如 2008-07 或 2008-07-01"))

        self.unit = _combo(unit_names(), editable=True)
        self.unit.setEditText(data.unit)
        self.department = QComboBox()
        self.department.setEditable(True)
        self.post = QLineEdit(data.post)
        self.rank = QLineEdit(data.rank)
        self.category = _combo(CATEGORIES)
        _set_combo(self.category, data.category)
        self.status = _combo(STATUSES)
        _set_combo(self.status, data.status)
        self.leadership = QComboBox()
        for value in LEADERSHIP:
            self.leadership.addItem(value or self.tr("否"), value)
        _set_combo(self.leadership, data.leadership)
        self.oversees = QLineEdit("、".join(data.oversees))
        self.oversees.setPlaceholderText(self.tr("多个部门用顿号分隔"))
        self.pick_oversees = QToolButton()
        self.pick_oversees.setText(self.tr("选择…"))
        self.pick_oversees.setPopupMode(QToolButton.InstantPopup)
        self.pick_oversees.setStyleSheet("QToolButton::menu-indicator { image: none; width: 0; }")
        self.pick_oversees.setMenu(QMenu(self.pick_oversees))
        self.pick_oversees.menu().aboutToShow.connect(self._fill_oversees_menu)
        oversees_box = QWidget()
        oversees_layout = QHBoxLayout(oversees_box)
        oversees_layout.setContentsMargins(0, 0, 0, 0)
        oversees_layout.addWidget(self.oversees, 1)
        oversees_layout.addWidget(self.pick_oversees)
        self.is_department_head = QCheckBox(self.tr("部门负责人"))
        self.is_department_head.setChecked(data.is_department_head)
        self.counts_in_campaign = QCheckBox(self.tr("纳入教育整顿"))
        self.counts_in_campaign.setChecked(data.counts_in_campaign)
        self.counts_in_campaign.setToolTip(self.tr("在岗且纳入教育整顿的人员计入应谈、应学、应签人数"))
        self.remarks = QPlainTextEdit(data.remarks)
        self.remarks.setFixedHeight(64)

        self.rows: dict[str, FieldRow] = {}
        left, right = QFormLayout(), QFormLayout()
        for form in (left, right):
            form.setLabelAlignment(Qt.AlignRight | Qt.AlignVCenter)
            form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
            form.setVerticalSpacing(8)

        def add(form, label, key, editor):
            row = FieldRow(editor)
            self.rows[key] = row
            form.addRow(label, row)
            self.name_field(key, row)

        add(left, self.tr("姓名 *"), "姓名", self.name)
        add(left, self.tr("身份证号"), "身份证号", id_box)
        add(left, self.tr("性别"), "性别", self.gender)
        add(left, self.tr("出生日期"), "出生日期", self.birth_date)
        add(left, self.tr("民族"), "民族", self.ethnicity)
        add(left, self.tr("政治面貌"), "政治面貌", self.political_status)
        add(left, self.tr("联系电话"), "联系电话", self.phone)
        add(left, self.tr("入职时间"), "入职时间", self.hire_date)
        add(right, self.tr("单位 *"), "单位", self.unit)
        add(right, self.tr("部门"), "部门", self.department)
        add(right, self.tr("职务"), "职务", self.post)
        add(right, self.tr("职级"), "职级", self.rank)
        add(right, self.tr("人员类别"), "人员类别", self.category)
        add(right, self.tr("在岗状态"), "在岗状态", self.status)
        add(right, self.tr("班子成员"), "班子成员", self.leadership)
        add(right, self.tr("分管部门"), "分管部门", oversees_box)
        flags = QWidget()
        flags_layout = QHBoxLayout(flags)
        flags_layout.setContentsMargins(0, 0, 0, 0)
        flags_layout.addWidget(self.is_department_head)
        flags_layout.addWidget(self.counts_in_campaign)
        flags_layout.addStretch(1)
        right.addRow("", flags)

        self.general_error = QLabel()
        self.general_error.setStyleSheet(ERROR_STYLE)
        self.general_error.setWordWrap(True)
        self.general_error.hide()

        columns = QWidget()
        columns_layout = QHBoxLayout(columns)
        columns_layout.setContentsMargins(0, 0, 0, 0)
        columns_layout.addLayout(left, 1)
        columns_layout.addSpacing(16)
        columns_layout.addLayout(right, 1)
        self.form.addRow(self.general_error)
        self.form.addRow(columns)
        self.rows["备注"] = FieldRow(self.remarks)
        self.add_row(self.tr("备注"), self.rows["备注"], field="备注")

        self.unit.currentTextChanged.connect(self._unit_changed)
        self._unit_changed(data.unit)
        self.department.setEditText(data.department)
        self.id_number.textChanged.connect(self._id_changed)
        self.leadership.currentIndexChanged.connect(self._leadership_changed)
        self._leadership_changed()
        self._id_changed()
        self.setMinimumWidth(self.WIDTH)
        self.fit()
        self.name.setFocus()

    # ------------------------------------------------------------ live behaviour
    def _reveal_id(self) -> None:
        if not access.can(access.ID_NUMBERS):
            return
        self._id_revealed = True
        self.id_number.setReadOnly(False)
        self.id_number.setText(self._original_id)
        self.reveal.hide()
        self.id_number.setFocus()
        self.id_number.selectAll()

    def _unit_changed(self, text: str) -> None:
        current = self.department.currentText()
        self.department.clear()
        known = text.strip() in unit_names()
        if known:
            self.department.addItems(department_names(text.strip()))
        self.department.setEditText(current)
        self.rows["单位"].show_hint("" if known or not text.strip() else self.tr("保存时将新建这个单位"))

    def _fill_oversees_menu(self) -> None:
        menu = self.pick_oversees.menu()
        menu.clear()
        chosen = set(self._oversees_list())
        names = department_names(self.unit.currentText().strip())
        if not names:
            menu.addAction(self.tr("该单位还没有部门")).setEnabled(False)
        for name in names:
            action = menu.addAction(name)
            action.setCheckable(True)
            action.setChecked(name in chosen)
            action.toggled.connect(lambda on, n=name: self._toggle_oversee(n, on))

    def _toggle_oversee(self, name: str, on: bool) -> None:
        names = [n for n in self._oversees_list() if n != name]
        if on:
            names.append(name)
        self.oversees.setText("、".join(names))

    def _oversees_list(self) -> list[str]:
        return [p for p in re.split(r"[、,，;；\s]+", self.oversees.text()) if p]

    def _leadership_changed(self) -> None:
        is_leader = bool(self.leadership.currentData())
        self.oversees.setEnabled(is_leader)
        self.pick_oversees.setEnabled(is_leader)

    def _current_id(self) -> str:
        return self.id_number.text() if self._id_revealed else self._original_id

    def _id_changed(self) -> None:
        number = idcard.normalize(self._current_id())
        row = self.rows["身份证号"]
        valid = bool(number) and idcard.validate(number) is None
        if valid:
            _set_combo(self.gender, idcard.gender(number))
            # beside the masked number, a user who may not see it gets the year only (the date would complete it)
            self.birth_date.setText(idcard.birth_shown(idcard.birth_date(number), full=access.can(access.ID_NUMBERS)))
            row.show_hint(self.tr("性别、出生日期已按身份证号填写") if self._id_revealed else "")
        elif number and len(number) >= 18:
            row.show_error(idcard.validate(number))
        else:
            row.show_hint("")
        for widget in (self.gender, self.birth_date):
            widget.setEnabled(not valid)
            widget.setToolTip(self.tr("由身份证号得出") if valid else "")

    # ------------------------------------------------------------ saving
    def collect(self) -> tuple[OfficerData, dict[str, str]]:
        """The form as OfficerData, plus errors found before the service sees it (unreadable dates)."""
        errors: dict[str, str] = {}
        dates = {}
        derived = bool(idcard.normalize(self._current_id())) and not idcard.validate(self._current_id())
        for key, label, edit in (("birth_date", "出生日期", self.birth_date), ("hire_date", "入职时间", self.hire_date)):
            if key == "birth_date" and derived:  # from the number (and perhaps shown as the year only)
                dates[key] = None
                continue
            try:
                parsed = datetext.parse_text(edit.text())
                dates[key] = parsed.date if parsed else None
            except ValueError as exc:
                errors[label] = str(exc)
                dates[key] = None
        data = OfficerData(
            name=self.name.text(), unit=self.unit.currentText(), department=self.department.currentText(),
            id_number=self._current_id(), gender=_combo_value(self.gender), birth_date=dates["birth_date"],
            ethnicity=self.ethnicity.text(), political_status=_combo_value(self.political_status),
            post=self.post.text(), rank=self.rank.text(), category=_combo_value(self.category),
            status=_combo_value(self.status), leadership=self.leadership.currentData() or "",
            is_department_head=self.is_department_head.isChecked(), oversees=self._oversees_list(),
            hire_date=dates["hire_date"], phone=self.phone.text(),
            counts_in_campaign=self.counts_in_campaign.isChecked(), remarks=self.remarks.toPlainText())
        if idcard.normalize(data.id_number) and not idcard.validate(data.id_number):
            data.gender, data.birth_date = "", None  # derived from the number by the service
        return data, errors

    def show_errors(self, errors: dict[str, str], general: str = "") -> None:
        for key, row in self.rows.items():
            if key in errors:
                row.show_error(errors[key])
            elif key != "单位":
                row.show_hint("")
        self.general_error.setText(general)
        self.general_error.setVisible(bool(general))
        first = next((self.rows[k] for k in self.rows if k in errors), None)
        if first is not None:
            first.editor.setFocus()

    def save(self) -> int:
        data, errors = self.collect()
        try:
            validate_officer(data)  # every problem at once, unreadable dates included
        except ValidationErrors as exc:
            for error in exc.errors:
                errors.setdefault(error.field, error.reason)
        if errors:
            raise ValidationErrors([ValidationError(field, reason) for field, reason in errors.items()])
        if self.officer_id is None:
            return create_officer(data).id
        return update_officer(self.officer_id, data).id

    def show_failure(self, exc: AppError) -> None:
        if isinstance(exc, (ValidationError, ValidationErrors)):
            problems = exc.errors if isinstance(exc, ValidationErrors) else [exc]
            self.show_errors({e.field: e.reason for e in problems}, self.tr("请改正标红的内容后再保存。"))
            return
        field, _, reason = str(exc).partition("：")
        if isinstance(exc, Conflict) and field in self.rows and reason:
            self.show_errors({field: reason}, "")  # 身份证号：已被……使用
        else:
            self.show_errors({}, str(exc))


class LeaderDialog(_GrowingForm):
    """Add or edit a leader outside the 政法 roster (signs the public pledge): name, organisation, post.
    `saved`: the leader's id."""

    def __init__(self, parent=None, *, data: LeaderData | None = None, leader_id: int | None = None,
                 organizations: list[str] | None = None):
        super().__init__(parent)
        self.leader_id = leader_id
        self.setWindowTitle(self.tr("编辑系统外领导干部") if leader_id else self.tr("新增系统外领导干部"))
        data = data or LeaderData()
        self.name = QLineEdit(data.name)
        self.organization = QComboBox()
        self.organization.setEditable(True)
        self.organization.addItems(organizations or [])
        self.organization.setEditText(data.organization)
        self.post = QLineEdit(data.post)
        self.phone = QLineEdit(data.phone)
        self.remarks = QPlainTextEdit(data.remarks)
        self.remarks.setFixedHeight(64)
        self.rows = {}
        note = QLabel(self.tr("政法系统以外、签订“三个规定”公开承诺的党政领导干部。不登记身份证号。"))
        note.setStyleSheet(HINT_STYLE)
        note.setWordWrap(True)
        self.general_error = QLabel()
        self.general_error.setStyleSheet(ERROR_STYLE)
        self.general_error.hide()
        self.form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.form.addRow(note)
        self.form.addRow(self.general_error)
        for label, key, editor in ((self.tr("姓名 *"), "姓名", self.name), (self.tr("单位 *"), "单位", self.organization),
                                   (self.tr("职务"), "职务", self.post), (self.tr("联系电话"), "联系电话", self.phone),
                                   (self.tr("备注"), "备注", self.remarks)):
            self.rows[key] = FieldRow(editor)
            self.add_row(label, self.rows[key], field=key)
        self.fit()
        self.name.setFocus()  # not the scroll area around the form

    def collect(self) -> LeaderData:
        return LeaderData(name=self.name.text(), organization=self.organization.currentText(),
                          post=self.post.text(), phone=self.phone.text(), remarks=self.remarks.toPlainText())

    def save(self) -> int:
        data = self.collect()
        if self.leader_id is None:
            return create_leader(data).id
        return update_leader(self.leader_id, data).id

    def show_failure(self, exc: AppError) -> None:
        if isinstance(exc, (ValidationError, ValidationErrors)):
            problems = exc.errors if isinstance(exc, ValidationErrors) else [exc]
            errors = {e.field: e.reason for e in problems}
            for key, row in self.rows.items():
                row.show_error(errors.get(key, ""))
        else:
            self.general_error.setText(str(exc))
            self.general_error.show()
