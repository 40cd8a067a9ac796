"""Dialogs of the roster tab: add/edit an officer or an outside leader (errors shown next to the fields,
nothing typed is lost), and the preview of an Excel import."""
from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (QAbstractItemView, QButtonGroup, QCheckBox, QComboBox, QDialog, QDialogButtonBox,
                               QFormLayout, QFrame, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QMenu,
                               QPlainTextEdit, QRadioButton, QTableView, QTabWidget, QToolButton,
                               QVBoxLayout, QWidget)

from app.safety import access
from app.common import datetext
from app.common import idcard
from app.roster.leaders import LeaderData, create_leader, update_leader
from app.roster.officers import OfficerData, create_officer, update_officer, validate_officer
from app.roster.units import department_names, unit_names
from app.errors import AppError, Conflict, ValidationErrors
from app.roster.excel_import import SKIP, UPDATE, ImportPlan
from app.roster.models import CATEGORIES, LEADERSHIP, POLITICAL_STATUSES, STATUSES

from ui.roster.models import PlainTableModel

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


class OfficerDialog(QDialog):
    """Add (officer_id None) or edit one officer. Saves through app.roster.officers; on error stays open with every
    problem next to its field."""

    def __init__(self, parent=None, *, data: OfficerData | None = None, officer_id: int | None = None,
                 default_unit: str = ""):
        super().__init__(parent)
        self.officer_id = officer_id
        self.saved_id: int | None = None
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
        buttons = QDialogButtonBox(QDialogButtonBox.Save | QDialogButtonBox.Cancel)
        buttons.button(QDialogButtonBox.Save).setText(self.tr("保存"))
        buttons.button(QDialogButtonBox.Cancel).setText(self.tr("取消"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.save_button = buttons.button(QDialogButtonBox.Save)

        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addSpacing(16)
        columns.addLayout(right, 1)
        remarks_form = QFormLayout()
        remarks_form.setLabelAlignment(Qt.AlignRight | Qt.AlignVCenter)
        self.rows["备注"] = FieldRow(self.remarks)
        remarks_form.addRow(self.tr("备注"), self.rows["备注"])
        layout = QVBoxLayout(self)
        layout.addWidget(self.general_error)
        layout.addLayout(columns)
        layout.addLayout(remarks_form)
        layout.addWidget(buttons)

        self.unit.currentTextChanged.connect(self._unit_changed)
        self._unit_changed(data.unit)
        self.department.setEditText(data.department)
        self.id_number.textChanged.connect(self._id_changed)
        self.leadership.currentIndexChanged.connect(self._leadership_changed)
        self._leadership_changed()
        self._id_changed()
        self.setMinimumWidth(760)
        self.resize(max(760, self.sizeHint().width()), self.sizeHint().height())
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
            self.birth_date.setText(datetext.format_date(idcard.birth_date(number)))
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
        for key, label, edit in (("birth_date", "出生日期", self.birth_date), ("hire_date", "入职时间", self.hire_date)):
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

    def save(self) -> None:
        data, errors = self.collect()
        try:
            validate_officer(data)  # every problem at once, unreadable dates included
        except ValidationErrors as exc:
            for error in exc.errors:
                errors.setdefault(error.field, error.reason)
        if errors:
            self.show_errors(errors, self.tr("请改正标红的内容后再保存。"))
            return
        try:
            if self.officer_id is None:
                officer = create_officer(data)
            else:
                officer = update_officer(self.officer_id, data)
        except ValidationErrors as exc:
            self.show_errors({e.field: e.reason for e in exc.errors}, self.tr("请改正标红的内容后再保存。"))
            return
        except Conflict as exc:
            field, _, reason = str(exc).partition("：")
            if field in self.rows and reason:
                self.show_errors({field: reason}, "")
            else:
                self.show_errors({}, str(exc))
            return
        except AppError as exc:
            self.show_errors({}, str(exc))
            return
        self.saved_id = officer.id
        self.accept()


class LeaderDialog(QDialog):
    """Add or edit a leader outside the 政法 roster (signs the public pledge): name, organisation, post."""

    def __init__(self, parent=None, *, data: LeaderData | None = None, leader_id: int | None = None,
                 organizations: list[str] | None = None):
        super().__init__(parent)
        self.leader_id = leader_id
        self.saved_id: int | None = None
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
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignRight | Qt.AlignVCenter)
        form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        for label, key, editor in ((self.tr("姓名 *"), "姓名", self.name), (self.tr("单位 *"), "单位", self.organization),
                                   (self.tr("职务"), "职务", self.post), (self.tr("联系电话"), "联系电话", self.phone),
                                   (self.tr("备注"), "备注", self.remarks)):
            self.rows[key] = FieldRow(editor)
            form.addRow(label, self.rows[key])
        note = QLabel(self.tr("政法系统以外、签订“三个规定”公开承诺的党政领导干部。不登记身份证号。"))
        note.setStyleSheet(HINT_STYLE)
        note.setWordWrap(True)
        self.general_error = QLabel()
        self.general_error.setStyleSheet(ERROR_STYLE)
        self.general_error.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.Save | QDialogButtonBox.Cancel)
        buttons.button(QDialogButtonBox.Save).setText(self.tr("保存"))
        buttons.button(QDialogButtonBox.Cancel).setText(self.tr("取消"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.general_error)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(480, self.sizeHint().height())

    def collect(self) -> LeaderData:
        return LeaderData(name=self.name.text(), organization=self.organization.currentText(),
                          post=self.post.text(), phone=self.phone.text(), remarks=self.remarks.toPlainText())

    def save(self) -> None:
        data = self.collect()
        try:
            if self.leader_id is None:
                leader = create_leader(data)
            else:
                leader = update_leader(self.leader_id, data)
        except ValidationErrors as exc:
            errors = {e.field: e.reason for e in exc.errors}
            for key, row in self.rows.items():
                row.show_error(errors.get(key, ""))
            return
        except AppError as exc:
            self.general_error.setText(str(exc))
            self.general_error.show()
            return
        self.saved_id = leader.id
        self.accept()


def _table(model) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectRows)
    view.setEditTriggers(QAbstractItemView.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().hide()
    view.verticalHeader().setSectionResizeMode(QHeaderView.Fixed)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
    view.horizontalHeader().setStretchLastSection(True)
    view.setWordWrap(False)
    return view


class ImportPreviewDialog(QDialog):
    """What an import would do, before anything is written: problems (which block it), new people,
    duplicates (update or skip, the user chooses)."""

    def __init__(self, plan: ImportPlan, parent=None):
        super().__init__(parent)
        self.plan = plan
        self.setWindowTitle(self.tr("导入预览 — %s") % plan.path.name)
        self.resize(900, 600)
        layout = QVBoxLayout(self)

        summary = QLabel(self.tr("工作表“%1”，表头在第 %2 行。%3。")
                         .replace("%1", plan.sheet).replace("%2", str(plan.header_row)).replace("%3", plan.summary()))
        summary.setWordWrap(True)
        layout.addWidget(summary)
        if plan.problems:
            banner = QLabel(self.tr("文件中有 %1 处问题。有问题时不会写入任何数据：请按下面的清单修改 Excel 文件，"
                                    "保存后重新导入。").replace("%1", str(len(plan.problems))))
            banner.setWordWrap(True)
            banner.setStyleSheet("background: #fdecea; color: #8e1b12; padding: 8px; border-radius: 4px;")
            layout.addWidget(banner)
        if plan.ignored_columns:
            ignored = QLabel(self.tr("以下列不属于人员台账，不会导入：") + "、".join(plan.ignored_columns))
            ignored.setStyleSheet(HINT_STYLE)
            ignored.setWordWrap(True)
            layout.addWidget(ignored)

        self.tabs = QTabWidget()
        self.problem_model = PlainTableModel(
            [self.tr("行"), self.tr("列"), self.tr("问题")],
            [(p.row or "", p.column, p.reason) for p in plan.problems], self,
            tooltips=[p.reason for p in plan.problems])
        self.add_model = PlainTableModel(
            [self.tr("行"), self.tr("姓名"), self.tr("单位"), self.tr("部门"), self.tr("职务"), self.tr("身份证号")],
            [(r.row, r.data.name, r.data.unit, r.data.department, r.data.post, idcard.mask(r.data.id_number))
             for r in plan.to_add], self)
        self.duplicate_model = PlainTableModel(
            [self.tr("行"), self.tr("姓名"), self.tr("单位"), self.tr("判断依据"), self.tr("不同之处（现有 → 表格）")],
            [(d.row, d.data.name, d.data.unit, d.match + (self.tr("（在回收站中）") if d.in_trash else ""),
              "；".join(f"{label}：{old or '空'} → {new or '空'}" for label, old, new in d.changes) or self.tr("相同"))
             for d in plan.duplicates], self,
            tooltips=["\n".join(f"{label}：{old or '空'} → {new or '空'}" for label, old, new in d.changes)
                      for d in plan.duplicates])
        self.problem_view = _table(self.problem_model)
        self.add_view = _table(self.add_model)
        self.duplicate_view = _table(self.duplicate_model)
        for view, widths in ((self.problem_view, (56, 110)), (self.add_view, (56, 80, 200, 140, 100)),
                             (self.duplicate_view, (56, 80, 200, 150))):
            for column, width in enumerate(widths):
                view.setColumnWidth(column, width)
        if 0 < len(plan.problems) <= 300:  # long reasons wrap; measuring rows is cheap for a short list
            self.problem_view.setWordWrap(True)
            self.problem_view.horizontalHeader().sectionResized.connect(
                lambda *_: self.problem_view.resizeRowsToContents())
        if plan.problems:
            self.tabs.addTab(self.problem_view, self.tr("问题（%1）").replace("%1", str(len(plan.problems))))
        self.tabs.addTab(self.add_view, self.tr("新增（%1）").replace("%1", str(len(plan.to_add))))
        self.tabs.addTab(self.duplicate_view, self.tr("与现有人员重复（%1）").replace("%1", str(len(plan.duplicates))))
        layout.addWidget(self.tabs, 1)

        self.update_choice = QRadioButton(self.tr("用表格中的信息更新这些人员（空白单元格不会清除已有信息）"))
        self.skip_choice = QRadioButton(self.tr("跳过这些人员，保留现有信息"))
        self.update_choice.setChecked(True)
        self.choice_group = QButtonGroup(self)
        self.choice_group.addButton(self.update_choice)
        self.choice_group.addButton(self.skip_choice)
        choice_box = QFrame()
        choice_layout = QVBoxLayout(choice_box)
        choice_layout.setContentsMargins(0, 0, 0, 0)
        choice_layout.addWidget(QLabel(self.tr("对与现有人员重复、且信息不同的 %1 人：").replace("%1", str(len(plan.to_update)))))
        choice_layout.addWidget(self.update_choice)
        choice_layout.addWidget(self.skip_choice)
        choice_box.setVisible(bool(plan.to_update) and not plan.problems)
        layout.addWidget(choice_box)

        buttons = QDialogButtonBox()
        self.import_button = buttons.addButton(self.tr("导入"), QDialogButtonBox.AcceptRole)
        self.import_button.setEnabled(plan.ok and bool(plan.to_add or plan.to_update))
        copy = buttons.addButton(self.tr("复制问题清单"), QDialogButtonBox.ActionRole)
        copy.setVisible(bool(plan.problems))
        copy.clicked.connect(self.copy_problems)
        cancel = buttons.addButton(self.tr("取消") if plan.ok else self.tr("关闭"), QDialogButtonBox.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        cancel.setDefault(not plan.ok)
        if plan.ok and not (plan.to_add or plan.to_update):
            note = QLabel(self.tr("表格中的人员都已在台账中，信息相同，无需导入。"))
            note.setStyleSheet(HINT_STYLE)
            layout.addWidget(note)
        layout.addWidget(buttons)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self.problem_view.wordWrap():
            self.problem_view.resizeRowsToContents()

    def mode(self) -> str:
        return SKIP if self.skip_choice.isChecked() else UPDATE

    def copy_problems(self) -> None:
        QGuiApplication.clipboard().setText("\n".join(str(p) for p in self.plan.problems))

