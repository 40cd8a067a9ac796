"""Dialogs of the study tab: a session's details and audience, the notice text, make-up and reflection
entries, the list of session types, and a people picker."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt, QTime, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (QAbstractItemView, QButtonGroup, QCheckBox, QComboBox, QDateEdit, QDialog,
                               QDialogButtonBox, QDoubleSpinBox, QFileDialog, QFormLayout,
                               QGroupBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QListView, QMessageBox,
                               QPlainTextEdit, QPushButton, QRadioButton, QSpinBox, QStackedWidget, QTableView,
                               QTimeEdit, QTreeView, QVBoxLayout, QWidget)

from app.roster.officers import officer_rows
from app.roster.units import department_names, unit_names
from app.store import settings
from app.study import service as study
from app.errors import AppError
from app.study.models import (AUDIENCE_DEPARTMENTS, AUDIENCE_KINDS, AUDIENCE_LABELS, AUDIENCE_PEOPLE,
                              AUDIENCE_UNITS, MAKEUP_KINDS)

from ui.study.models import FilterProxy, OfficerPickModel, TypeListModel


def to_qdate(day: dt.date | None) -> QDate:
    day = day or dt.date.today()
    return QDate(day.year, day.month, day.day)


def from_qdate(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


def date_edit(day: dt.date | None, parent=None) -> QDateEdit:
    edit = QDateEdit(to_qdate(day), parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit


def warn(parent, title: str, exc: Exception) -> None:
    QMessageBox.warning(parent, title, str(exc))


# ---------------------------------------------------------------- people picker

class PeoplePicker(QWidget):
    """The roster with check boxes, a search box and a unit filter; `changed` fires as ticks change."""

    changed = Signal()

    def __init__(self, officers: list, checked=(), parent=None):
        super().__init__(parent)
        self.model = OfficerPickModel(self)
        self.model.set_rows(officers)
        self.model.set_checked(checked)
        self.proxy = FilterProxy(self)
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


# ---------------------------------------------------------------- session

class SessionDialog(QDialog):
    """New or changed session. The audience cannot change once the expected list is locked."""

    def __init__(self, parent=None, session_id: int | None = None, *, day: dt.date | None = None):
        super().__init__(parent)
        self.session_id = session_id
        self.saved_id: int | None = None
        data = study.session_data(session_id) if session_id else study.new_session_data(day=day)
        frozen = False
        if session_id:
            frozen = study.session_row(session_id).frozen
        self.setWindowTitle(self.tr("修改学习活动") if session_id else self.tr("新建学习活动"))
        self.officers = [o for o in officer_rows()]

        # -- left: what, when, where
        self.type_box = QComboBox()
        types = study.type_rows()
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
        for phase in settings.PHASES:
            self.phase_box.addItem(phase, phase)
        self.phase_box.addItem(self.tr("（不属任何阶段）"), "")
        auto_phase = settings.phase_on(data.day) if data.day else ""
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
            edit.setMinimumHeight(72)
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

        buttons = QDialogButtonBox(QDialogButtonBox.Save | QDialogButtonBox.Cancel)
        buttons.button(QDialogButtonBox.Save).setText(self.tr("保存"))
        buttons.button(QDialogButtonBox.Cancel).setText(self.tr("取消"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        left = QWidget()
        left.setLayout(form)
        columns = QHBoxLayout()
        columns.addWidget(left, 5)
        columns.addWidget(audience_box, 5)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addWidget(buttons)
        self.resize(1180, 680)

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
            self._suggested = study.suggested_title(name)
            self.title_edit.setText(self._suggested)

    def _update_phase_hint(self) -> None:
        auto = settings.phase_on(from_qdate(self.day_edit.date()))
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
        chosen = study.audience_preview(self.officers, self.audience(), self.chosen_units(),
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
    def data(self) -> study.SessionData:
        has_end = self.has_end.isChecked()
        start = self.start_edit.time()
        end = self.end_edit.time()
        return study.SessionData(
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

    def accept(self) -> None:
        try:
            if self.session_id:
                self.saved_id = study.update_session(self.session_id, self.data()).id
            else:
                self.saved_id = study.create_session(self.data()).id
        except AppError as exc:
            warn(self, self.windowTitle(), exc)
            return
        super().accept()


# ---------------------------------------------------------------- notice text

class NoticeDialog(QDialog):
    """The generated notice, for the user to change before printing. Their text is kept with the session."""

    def __init__(self, session_id: int, parent=None, *, on_print=None):
        super().__init__(parent)
        from app.study.documents.notice import NoticeText, current_notice, default_notice

        self._NoticeText = NoticeText
        self._default_notice = default_notice
        self.session_id = session_id
        self.on_print = on_print
        notice, edited, stale = current_notice(session_id)
        self.basis = notice.basis
        self.setWindowTitle(self.tr("会议通知 — 修改文字后打印"))
        self.title_edit = QLineEdit()
        self.addressee_edit = QLineEdit()
        self.body_edit = QPlainTextEdit()
        self.body_edit.setTabChangesFocus(True)
        self.attachments_edit = QPlainTextEdit()
        self.attachments_edit.setTabChangesFocus(True)
        self.attachments_edit.setFixedHeight(56)
        self.issuer_edit = QLineEdit()
        self.date_edit = date_edit(notice.date)
        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet("background: #fff1d6; padding: 6px; border: 1px solid #e0c080;")
        if stale:
            self.banner.setText(self.tr("此通知文字修改后，学习活动的时间、地点或参加范围等又有改动，文字未随之更新。"
                                        "请核对，或点“恢复自动生成的文字”。"))
        elif edited:
            self.banner.setText(self.tr("这是上次修改并保存的通知文字。"))
        self.banner.setVisible(edited or stale)
        hint = QLabel(self.tr("正文每行一段：以“一、”开头的行用黑体，以“（一）”开头的行首句用楷体。"
                              "附件每行一件：“参会回执”会附回执表，“参会人员名单”会附名单。"))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #555;")
        self._fill(notice)
        form = QFormLayout()
        form.addRow(self.tr("标题"), self.title_edit)
        form.addRow(self.tr("主送"), self.addressee_edit)
        form.addRow(self.tr("正文"), self.body_edit)
        form.addRow(self.tr("附件"), self.attachments_edit)
        form.addRow(self.tr("发文机关"), self.issuer_edit)
        form.addRow(self.tr("成文日期"), self.date_edit)
        reset = QPushButton(self.tr("恢复自动生成的文字"))
        reset.clicked.connect(self.reset_text)
        save = QPushButton(self.tr("保存文字"))
        save.clicked.connect(self.save)
        preview = QPushButton(self.tr("预览 / 打印…"))
        preview.setDefault(True)
        preview.clicked.connect(self.preview)
        close = QPushButton(self.tr("关闭"))
        close.clicked.connect(self.reject)
        bar = QHBoxLayout()
        bar.addWidget(reset)
        bar.addStretch(1)
        bar.addWidget(save)
        bar.addWidget(preview)
        bar.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(hint)
        layout.addLayout(form, 1)
        layout.addLayout(bar)
        self.resize(900, 760)

    def _fill(self, notice) -> None:
        self.title_edit.setText(notice.title)
        self.addressee_edit.setText(notice.addressee)
        self.body_edit.setPlainText(notice.body)
        self.attachments_edit.setPlainText("\n".join(notice.attachments))
        self.issuer_edit.setText(notice.issuer)
        self.date_edit.setDate(to_qdate(notice.date))

    def notice(self):
        return self._NoticeText(
            title=self.title_edit.text().strip(), addressee=self.addressee_edit.text().strip(),
            body=self.body_edit.toPlainText(),
            attachments=[a.strip() for a in self.attachments_edit.toPlainText().splitlines() if a.strip()],
            issuer=self.issuer_edit.text().strip(), date=from_qdate(self.date_edit.date()), basis=self.basis)

    def reset_text(self) -> None:
        try:
            study.save_notice(self.session_id, None)
        except AppError as exc:
            warn(self, self.windowTitle(), exc)
            return
        notice = self._default_notice(self.session_id)
        self.basis = notice.basis
        self._fill(notice)
        self.banner.hide()

    def save(self) -> bool:
        from app.study.documents.notice import validate_notice

        notice = self.notice()
        try:
            validate_notice(notice)
            study.save_notice(self.session_id, notice.to_payload())
        except AppError as exc:
            warn(self, self.windowTitle(), exc)
            return False
        return True

    def preview(self) -> None:
        if self.save() and self.on_print is not None:
            self.on_print(self.notice())


# ---------------------------------------------------------------- make-up and reflections

class FileField(QWidget):
    def __init__(self, caption: str, parent=None):
        super().__init__(parent)
        self.caption = caption
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(self.tr("可不填；选中的文件会复制保存在数据库旁的附件文件夹中"))
        choose = QPushButton(self.tr("选择文件…"))
        choose.clicked.connect(self.choose)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(choose)

    def choose(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.caption, "",
                                              "文档和图片 (*.doc *.docx *.pdf *.jpg *.jpeg *.png *.txt *.wps);;所有文件 (*)")
        if path:
            self.edit.setText(path)

    def path(self) -> str | None:
        return self.edit.text().strip() or None


class CompleteDialog(QDialog):
    """Close make-up tasks: completion date, evidence."""

    def __init__(self, count: int, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("登记补学完成"))
        self.day = date_edit(dt.date.today())
        self.note = QPlainTextEdit()
        self.note.setPlaceholderText(self.tr("如：观看会议录像、学习讲话材料，笔记经支部书记审阅"))
        self.note.setFixedHeight(80)
        self.file = FileField(self.tr("选择佐证材料"))
        form = QFormLayout(self)
        form.addRow(QLabel(self.tr("共 %n 项补学任务", "", count)))
        form.addRow(self.tr("完成日期"), self.day)
        form.addRow(self.tr("佐证说明"), self.note)
        form.addRow(self.tr("佐证附件"), self.file)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.button(QDialogButtonBox.Ok).setText(self.tr("登记完成"))
        buttons.button(QDialogButtonBox.Cancel).setText(self.tr("取消"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.resize(560, 280)


class TaskDialog(QDialog):
    """Change one make-up task: way, material, deadline, evidence note."""

    def __init__(self, row, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("修改补学任务 — %1").replace("%1", row.name))
        self.kind = QComboBox()
        self.kind.addItems(MAKEUP_KINDS)
        self.kind.setCurrentText(row.kind)
        self.material = QPlainTextEdit(row.material)
        self.material.setFixedHeight(70)
        self.deadline = date_edit(row.deadline)
        self.note = QPlainTextEdit(row.evidence_note)
        self.note.setFixedHeight(70)
        form = QFormLayout(self)
        form.addRow(self.tr("学习活动"), QLabel(f"{row.session_day:%Y-%m-%d} {row.session_title}"))
        form.addRow(self.tr("考勤"), QLabel(f"{row.status}{'（' + row.reason + '）' if row.reason else ''}"))
        form.addRow(self.tr("补学方式"), self.kind)
        form.addRow(self.tr("学习材料"), self.material)
        form.addRow(self.tr("完成期限"), self.deadline)
        form.addRow(self.tr("佐证说明"), self.note)
        buttons = QDialogButtonBox(QDialogButtonBox.Save | QDialogButtonBox.Cancel)
        buttons.button(QDialogButtonBox.Save).setText(self.tr("保存"))
        buttons.button(QDialogButtonBox.Cancel).setText(self.tr("取消"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.resize(560, 380)


class ReflectionDialog(QDialog):
    """Register reflections handed in (for one or many people)."""

    def __init__(self, names: list[str], parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("登记心得体会"))
        shown = "、".join(names[:8]) + (self.tr(" 等 %n 人", "", len(names)) if len(names) > 8 else "")
        who = QLabel(shown)
        who.setWordWrap(True)
        self.day = date_edit(dt.date.today())
        self.words = QSpinBox()
        self.words.setRange(0, 99999)
        self.words.setSingleStep(100)
        self.words.setSpecialValueText(self.tr("不填"))
        self.file = FileField(self.tr("选择心得体会文件"))
        self.note = QLineEdit()
        form = QFormLayout(self)
        form.addRow(self.tr("交来人员"), who)
        form.addRow(self.tr("交来日期"), self.day)
        form.addRow(self.tr("字数"), self.words)
        if len(names) == 1:
            form.addRow(self.tr("文件"), self.file)
        form.addRow(self.tr("备注"), self.note)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.button(QDialogButtonBox.Ok).setText(self.tr("登记"))
        buttons.button(QDialogButtonBox.Cancel).setText(self.tr("取消"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.resize(520, 260)


class AddPeopleDialog(QDialog):
    """Pick people to add to a locked list."""

    def __init__(self, exclude: set[int], parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("添加应到人员"))
        officers = [o for o in officer_rows() if o.id not in exclude]
        self.picker = PeoplePicker(officers)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.button(QDialogButtonBox.Ok).setText(self.tr("添加所选人员"))
        buttons.button(QDialogButtonBox.Cancel).setText(self.tr("取消"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.picker, 1)
        layout.addWidget(buttons)
        self.resize(820, 600)


# ---------------------------------------------------------------- session types

class TypeEditDialog(QDialog):
    def __init__(self, row=None, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("修改类型") if row else self.tr("新增类型"))
        self.name = QLineEdit(row.name if row else "")
        self.verb = QLineEdit(row.notice_verb if row else "举办")
        self.verb.setToolTip(self.tr("通知标题为：关于{用词}{活动名称}的通知，如“召开”“举办”“组织开展”"))
        self.is_test = QCheckBox(self.tr("登记成绩（测试类）"))
        self.is_test.setChecked(bool(row and row.is_test))
        self.active = QCheckBox(self.tr("启用（停用后新建活动时不再列出）"))
        self.active.setChecked(row.active if row else True)
        form = QFormLayout(self)
        form.addRow(self.tr("类型名称"), self.name)
        form.addRow(self.tr("通知用词"), self.verb)
        form.addRow("", self.is_test)
        form.addRow("", self.active)
        buttons = QDialogButtonBox(QDialogButtonBox.Save | QDialogButtonBox.Cancel)
        buttons.button(QDialogButtonBox.Save).setText(self.tr("保存"))
        buttons.button(QDialogButtonBox.Cancel).setText(self.tr("取消"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)


class TypesDialog(QDialog):
    """The editable list of session types."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("学习活动类型"))
        self.model = TypeListModel(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SingleSelection)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.doubleClicked.connect(lambda _i: self.edit())
        buttons = QVBoxLayout()
        for text, slot in ((self.tr("新增…"), self.add), (self.tr("修改…"), self.edit), (self.tr("上移"), lambda: self.move(-1)),
                           (self.tr("下移"), lambda: self.move(1)), (self.tr("删除"), self.delete)):
            button = QPushButton(text)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        close = QPushButton(self.tr("关闭"))
        close.clicked.connect(self.accept)
        buttons.addWidget(close)
        layout = QHBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self.resize(720, 460)
        self.refresh()
        self.view.setColumnWidth(0, 240)

    def refresh(self, select_id: int | None = None) -> None:
        self.model.set_rows(study.type_rows())
        if select_id is not None:
            row = self.model.row_of_key(select_id)
            if row >= 0:
                self.view.selectRow(row)

    def current(self):
        index = self.view.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def add(self) -> None:
        dialog = TypeEditDialog(None, self)
        if dialog.exec() != QDialog.Accepted:
            return
        try:
            created = study.create_type(dialog.name.text(), dialog.verb.text(), dialog.is_test.isChecked())
        except AppError as exc:
            warn(self, self.windowTitle(), exc)
            return
        self.refresh(created.id)

    def edit(self) -> None:
        row = self.current()
        if row is None:
            return
        dialog = TypeEditDialog(row, self)
        if dialog.exec() != QDialog.Accepted:
            return
        try:
            study.update_type(row.id, dialog.name.text(), dialog.verb.text(), dialog.is_test.isChecked(),
                              dialog.active.isChecked())
        except AppError as exc:
            warn(self, self.windowTitle(), exc)
            return
        self.refresh(row.id)

    def move(self, step: int) -> None:
        row = self.current()
        if row is not None:
            study.move_type(row.id, step)
            self.refresh(row.id)

    def delete(self) -> None:
        row = self.current()
        if row is None:
            return
        if QMessageBox.question(self, self.windowTitle(), self.tr("删除类型“%1”？").replace("%1", row.name)) \
                != QMessageBox.Yes:
            return
        try:
            study.delete_type(row.id)
        except AppError as exc:
            warn(self, self.windowTitle(), exc)
            return
        self.refresh()
