"""Everything about one suggestion: the ledger fields, the workflow buttons (enabled only for the moves allowed
from its status), the reply, its submitters (merges) and evidence files, and its history."""
from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QFileDialog, QFormLayout, QHBoxLayout, QHeaderView,
                               QLabel, QLineEdit, QMessageBox, QPushButton, QTabWidget, QVBoxLayout, QWidget)

from app.errors import AppError
from app.feedback.attachments import add_attachment, attachment_content, attachment_rows, remove_attachment
from app.feedback.categories import categories
from app.common.deadlines import DUE_OVERDUE
from app.feedback.ledger import suggestion_row
from app.feedback.models import REPLY_METHODS, SATISFACTION, SUBMITTER_CATEGORIES
from app.feedback.replies import record_reply, submitters
from app.feedback.suggestions import SuggestionData, create_suggestion, update_suggestion
from app.feedback.workflow import allowed_transitions, history, transition, unmerge
from app.safety import access
from ui.common.dates import from_qdate, to_qdate
from ui.common.table import Column, RowTableModel
from ui.common.worker import show_error
from ui.common.form import fit_to_screen
from ui.feedback.reply_letter import open_reply_letter
from ui.feedback.step_dialogs import TransitionDialog, describe, transition_defaults
from ui.feedback.widgets import (
    OptionalDate, date_field, editable_combo, fill_people, follow_event, select_data, select_text, size_text,
    small_table, source_fields, text_box, unit_combo)

ACTION_ORDER = ("交办", "开始整改", "提交验收", "验收销号", "退回整改", "不予采纳", "恢复受理")


class SuggestionDialog(QDialog):
    """Everything about one suggestion: the ledger fields, the workflow buttons (enabled only for the
    moves allowed from its status), the reply, its submitters and its history."""

    def __init__(self, parent=None, suggestion_id: int | None = None, *, event_id: int | None = None):
        super().__init__(parent)
        self.suggestion_id = suggestion_id
        self.changed = False  # something was written: the caller refreshes
        fit_to_screen(self, 920, 680)
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
        self.event_combo, self.channel, self.collected = source_fields(event_id)
        self.anonymous = QCheckBox(self.tr("匿名提出（不记录姓名和联系方式）"))
        self.submitter_name = QLineEdit()
        self.submitter_category = QComboBox()
        self.submitter_category.addItems([""] + list(SUBMITTER_CATEGORIES))
        self.submitter_contact = QLineEdit()
        self.anonymous.toggled.connect(lambda on: (self.submitter_name.setEnabled(not on),
                                                   self.submitter_contact.setEnabled(not on)))
        self.content = text_box("", 120)
        self.category = QComboBox()
        self.category.addItems([""] + categories())
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
        self.attachments = RowTableModel([
            Column(QT_TRANSLATE_NOOP("TableHeader", "文件"), lambda a: a.file_name),
            Column(QT_TRANSLATE_NOOP("TableHeader", "大小"), lambda a: size_text(a.size)),
            Column(QT_TRANSLATE_NOOP("TableHeader", "添加人"), lambda a: a.added_by),
            Column(QT_TRANSLATE_NOOP("TableHeader", "添加时间"), lambda a: a.added_at)], self, key=lambda a: a.id)
        self.attachment_view = small_table(self.attachments)
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
        self.reply_on = date_field()
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
        self.submitters = RowTableModel([
            Column(QT_TRANSLATE_NOOP("TableHeader", "编号"), lambda p: p.code),
            Column(QT_TRANSLATE_NOOP("TableHeader", "提出人"), lambda p: p.label),
            Column(QT_TRANSLATE_NOOP("TableHeader", "联系方式"), lambda p: p.contact),
            Column(QT_TRANSLATE_NOOP("TableHeader", "来源"), lambda p: p.channel),
            Column(QT_TRANSLATE_NOOP("TableHeader", "收集活动"), lambda p: p.event_title),
            Column(QT_TRANSLATE_NOOP("TableHeader", "收集日期"), lambda p: p.collected_on),
            Column("", lambda p: "本条" if p.primary else "已合并")], self, key=lambda p: p.suggestion_id)
        self.submitter_view = small_table(self.submitters)
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
        self.history = RowTableModel([
            Column(QT_TRANSLATE_NOOP("TableHeader", "时间"), lambda h: h.at),
            Column(QT_TRANSLATE_NOOP("TableHeader", "操作"), lambda h: h.action),
            Column(QT_TRANSLATE_NOOP("TableHeader", "状态"),
                   lambda h: f"{h.from_status}→{h.to_status}" if h.from_status else h.to_status),
            Column(QT_TRANSLATE_NOOP("TableHeader", "操作人"), lambda h: h.actor),
            Column(QT_TRANSLATE_NOOP("TableHeader", "说明"), lambda h: h.note)], self)
        self.history_view = small_table(self.history)
        self.history_view.horizontalHeader().setSectionResizeMode(4, QHeaderView.Stretch)
        layout = QVBoxLayout(page)
        layout.addWidget(self.history_view)
        return page

    # ------------------------------------------------------------ state
    def _event_changed(self) -> None:
        follow_event(self.event_combo, self.channel, self.collected)

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
        r = self.row = suggestion_row(self.suggestion_id)
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
        self.attachments.set_rows(attachment_rows(r.id))
        self.reviewer.setText(r.reviewer)
        self.reviewed.set_value(r.reviewed_on)
        self.rejection.setText(self.tr("不予采纳理由：") + r.rejection_reason if r.status == "不予采纳" else "")
        self.rejection.setVisible(r.status == "不予采纳")
        self.reply_method.setCurrentText(r.reply_method)
        self.reply_on.setDate(to_qdate(r.reply_on))
        self.satisfaction.setCurrentText(r.satisfaction)
        self.reply_content.setPlainText(r.reply_content)
        target = r.merged_into_id or r.id
        people = submitters(target)
        self.submitters.set_rows(people)
        self.submitter_view.resizeColumnsToContents()
        self.tabs.setTabText(3, self.tr("提出人") + f"（{len(people)}）")
        self.history.set_rows(history(r.id))
        self.history_view.resizeColumnsToContents()
        self.history_view.horizontalHeader().setSectionResizeMode(4, QHeaderView.Stretch)
        for index in range(self.tabs.count()):
            self.tabs.setTabEnabled(index, True)
        editable = access.can(access.EDIT)
        allowed = {action for _to, action in allowed_transitions(r.status)} if not r.merged else set()
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
            self.banner.setText(("⚠ " if r.due == DUE_OVERDUE else "⏰ ") + self.tr("整改时限 ") +
                                f"{r.deadline:%Y-%m-%d}，{r.due_text}")
            self.banner.show()
        else:
            self.banner.hide()
        self._snapshot = self.form_data()

    def form_data(self) -> SuggestionData:
        return SuggestionData(
            content=self.content.toPlainText(), collected_on=from_qdate(self.collected.date()),
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
                self.suggestion_id = create_suggestion(self.form_data()).id
            else:
                update_suggestion(self.suggestion_id, self.form_data())
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
        to_status = next((to for to, a in allowed_transitions(self.row.status) if a == action), None)
        if to_status is None or self.row.merged:
            QMessageBox.information(self, action, self.tr("当前状态为“") + self.row.display_status +
                                    self.tr("”，不能进行这一步。"))
            return
        suggestion_id = self.suggestion_id
        dialog = TransitionDialog(self, action, transition_defaults(self.row),
                                  lambda changes, note: transition(suggestion_id, to_status, note=note,
                                                                            changes=changes),
                                  attachments=self.row.attachment_count, context=describe([self.row]))
        if dialog.exec() == QDialog.Accepted:
            self.changed = True
            self.load()

    def save_reply(self) -> None:
        try:
            record_reply(self.suggestion_id, method=self.reply_method.currentText(),
                                  on=from_qdate(self.reply_on.date()), satisfaction=self.satisfaction.currentText(),
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
            add_attachment(self.suggestion_id, path)
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
            name, data = attachment_content(item.id)
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
            remove_attachment(item.id)
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
            unmerge(person.suggestion_id)
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
