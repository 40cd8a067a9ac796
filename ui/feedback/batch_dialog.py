"""Registering many suggestions at once: a symposium's (or a letter's) list, one row each, all or none."""
from __future__ import annotations

from PySide6.QtGui import QGuiApplication, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QHeaderView, QLabel, QPushButton, QStyledItemDelegate, QTableView

from app.errors import AppError
from app.feedback.categories import categories
from app.feedback.models import SUBMITTER_CATEGORIES
from app.feedback.suggestions import SuggestionData, create_suggestions, validate_suggestion
from ui.common.dates import from_qdate
from ui.common.form import FormDialog, fit_to_screen
from ui.feedback.widgets import source_fields


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


class BatchEntryDialog(FormDialog):
    """Register a symposium's (or a letter's) suggestions at once: one row each."""

    COLUMNS = ("提出人（可空）", "身份类别", "联系方式", "意见建议内容", "类别")
    NAME, CATEGORY, CONTACT, CONTENT, KIND = range(5)

    def __init__(self, parent=None, event_id: int | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("批量登记意见建议"))
        self.save_button.setText(self.tr("登记"))
        self.event_combo, self.channel, self.collected = source_fields(event_id)
        self.model = QStandardItemModel(0, len(self.COLUMNS), self)
        self.model.setHorizontalHeaderLabels(list(self.COLUMNS))
        self.add_rows(8)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setItemDelegateForColumn(self.CATEGORY, ComboDelegate([""] + list(SUBMITTER_CATEGORIES), self))
        self.view.setItemDelegateForColumn(self.KIND, ComboDelegate([""] + categories(), self))
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
        self.add_row(self.tr("收集活动"), self.event_combo, field="收集活动")
        self.add_row(self.tr("来源渠道"), self.channel, field="来源渠道")
        self.add_row(self.tr("收集日期"), self.collected, field="收集日期")
        hint = QLabel(self.tr("照单全收：每条意见建议占一行，内容必填；提出人可以不填。登记后统一为“待交办”。"))
        hint.setWordWrap(True)
        # The form holds three fields; the grid of suggestions below takes the height.
        self.outer.setStretch(0, 0)
        self.outer.insertWidget(1, hint)
        self.outer.insertLayout(2, tools)
        self.outer.insertWidget(3, self.view, 1)
        fit_to_screen(self, 980, 560)

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

    def items(self) -> list[tuple[int, SuggestionData]]:
        result = []
        event_id = self.event_combo.currentData()
        for row in range(self.model.rowCount()):
            values = [(self.model.item(row, c).text() if self.model.item(row, c) else "").strip()
                      for c in range(len(self.COLUMNS))]
            if not any(values):
                continue
            result.append((row + 1, SuggestionData(
                content=values[self.CONTENT], submitter_name=values[self.NAME],
                submitter_category=values[self.CATEGORY], submitter_contact=values[self.CONTACT],
                category=values[self.KIND], event_id=event_id,
                channel="" if event_id else self.channel.currentText(),
                collected_on=None if event_id else from_qdate(self.collected.date()))))
        return result

    @property
    def created(self) -> list[int]:
        return [s.id for s in self.saved_value or []]

    def save(self):
        """Every row checked first, the problems of all rows shown at once; then all registered or none."""
        items = self.items()
        errors = []
        for row, data in items:
            try:
                validate_suggestion(data)
            except AppError as exc:
                errors.append(self.tr("第") + f"{row}" + self.tr("行：") + str(exc))
        if not items:
            errors.append(self.tr("还没有填写任何意见建议。"))
        if errors:
            raise AppError("\n".join(errors))
        return create_suggestions([d for _r, d in items])
