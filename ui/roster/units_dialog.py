"""单位管理: the units with their names, aliases, order, departments and officers; add, edit (names and
departments), merge into another unit, delete an unused one, move up and down. Opened from the roster tab."""
from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDialog, QHBoxLayout, QInputDialog, QLabel, QLineEdit,
                               QListWidget, QListWidgetItem, QMessageBox, QPlainTextEdit, QPushButton, QTableView,
                               QVBoxLayout, QWidget)

from app.errors import AppError
from app.roster.models import UNIT_KINDS
from app.roster.unit_admin import UnitData, delete_unit, merge_units, move_unit, references, save_unit
from app.roster.units import UnitRow, departments_of, possible_duplicates, unit_rows
from app.safety import access

from ui.common import gc_policy
from ui.common.form import FormDialog, fit_to_screen
from ui.common.table import Column, RowTableModel
from ui.common.worker import show_error

HINT_STYLE = "color: #5f6b7a;"
_ID = Qt.ItemDataRole.UserRole


class UnitTableModel(RowTableModel):
    COLUMNS = [
        Column("顺序", lambda r: r.sort_order, align="right"),
        Column("全称", lambda r: r.name),
        Column("简称", lambda r: r.short_name),
        Column("别名", lambda r: "、".join(r.aliases)),
        Column("类别", lambda r: r.kind),
        Column("部门数", lambda r: len(r.departments), align="right"),
        Column("人数", lambda r: r.officers, align="right", tooltip="在册人员，含回收站中的"),
    ]

    def __init__(self, parent=None):
        super().__init__(self.COLUMNS, parent, key=lambda r: r.id)
        self.duplicates: dict[int, str] = {}

    def set_rows(self, rows, columns=None) -> None:
        rows = list(rows)
        self.duplicates = possible_duplicates(rows)
        super().set_rows(rows, columns)

    def background(self, row: UnitRow, column: int) -> QColor | None:
        return QColor("#fff3cd") if row.id in self.duplicates else None

    def tooltip(self, row: UnitRow, column: int) -> str | None:
        if row.id in self.duplicates:
            return f"可能与“{self.duplicates[row.id]}”重复：同一名称指向两个单位，可用“合并到…”合并"
        if self.columns[column].header == "部门数" and row.departments:
            return "、".join(row.departments)
        return super().tooltip(row, column)


class DepartmentList(QWidget):
    """The unit's departments in order: add, rename (double-click), remove, move. Keeps each one's id, so a
    rename is a rename and not a new department."""

    def __init__(self, departments: list[tuple[int | None, str]], parent=None):
        super().__init__(parent)
        self.list = QListWidget()
        self.list.setMinimumHeight(150)
        for dept_id, name in departments:
            self._add_item(dept_id, name)
        buttons = QVBoxLayout()
        for text, slot in ((self.tr("添加"), self.add), (self.tr("删除"), self.remove),
                           (self.tr("上移"), lambda: self.move(-1)), (self.tr("下移"), lambda: self.move(1))):
            button = QPushButton(text)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)

    def _add_item(self, dept_id: int | None, name: str) -> QListWidgetItem:
        item = QListWidgetItem(name)
        item.setData(_ID, dept_id if dept_id is not None else 0)
        item.setFlags(item.flags() | Qt.ItemIsEditable)
        self.list.addItem(item)
        return item

    def add(self, name: str = "") -> None:
        item = self._add_item(None, name or self.tr("新部门"))
        self.list.setCurrentItem(item)
        if not name:
            self.list.editItem(item)

    def remove(self) -> None:
        row = self.list.currentRow()
        if row >= 0:
            self.list.takeItem(row)

    def move(self, step: int) -> None:
        row = self.list.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.list.count():
            return
        item = self.list.takeItem(row)
        self.list.insertItem(target, item)
        self.list.setCurrentRow(target)

    def departments(self) -> list[tuple[int | None, str]]:
        result = []
        for i in range(self.list.count()):
            item = self.list.item(i)
            result.append((item.data(_ID) or None, item.text()))
        return result


class UnitFormDialog(FormDialog):
    """Add or edit one unit: 全称, 简称, 类别, 别名 (one a line), 部门. A changed 全称 keeps the old one as an
    alias. `saved_value`: the unit."""

    def __init__(self, parent=None, *, row: UnitRow | None = None):
        super().__init__(parent, title=self.tr("编辑单位") if row else self.tr("新增单位"))
        self.unit_id = row.id if row else None
        self.name = self.add_row(self.tr("全称 *"), QLineEdit(row.name if row else ""), field="全称")
        self.short_name = self.add_row(self.tr("简称"), QLineEdit(row.short_name if row else ""), field="简称")
        self.short_name.setPlaceholderText(self.tr("如 县检察院：表格和报表中显示的名称"))
        self.kind = QComboBox()
        self.kind.addItems(UNIT_KINDS)
        self.kind.setCurrentText(row.kind if row else "其他")
        self.add_row(self.tr("类别"), self.kind, field="类别")
        self.aliases = QPlainTextEdit("\n".join(row.aliases) if row else "")
        self.aliases.setFixedHeight(78)
        self.aliases.setPlaceholderText(self.tr("每行一个：花名册、旧文件里对这个单位的其他叫法"))
        self.add_row(self.tr("别名"), self.aliases, field="别名")
        note = QLabel(self.tr("导入 Excel 和填写人员时，全称、简称、别名都认作这个单位（空格、全角半角不计）。"))
        note.setWordWrap(True)
        note.setStyleSheet(HINT_STYLE)
        self.form.addRow("", note)
        self.departments = DepartmentList(departments_of(row.id) if row else [])
        self.add_row(self.tr("部门"), self.departments, field="部门")
        fit_to_screen(self, 560, 600)

    def data(self) -> UnitData:
        aliases = [line for line in self.aliases.toPlainText().splitlines() if line.strip()]
        return UnitData(self.name.text(), self.short_name.text(), self.kind.currentText(), aliases)

    def save(self):
        return save_unit(self.unit_id, self.data(), self.departments.departments())


class UnitsDialog(QDialog):
    """The list of units and what can be done to them."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("单位管理"))
        gc_policy.collect_after(self)
        self.model = UnitTableModel(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.doubleClicked.connect(lambda _index: self.edit_selected())

        note = QLabel(self.tr("重复的单位（如导入时多出的“县检察院”）请用“合并到…”：其人员、学习、谈话、承诺书、"
                              "意见建议等记录全部并入目标单位，原名称保留为别名。"))
        note.setWordWrap(True)
        note.setStyleSheet(HINT_STYLE)

        self.buttons: dict[str, QPushButton] = {}
        side = QVBoxLayout()
        for key, text, slot in (("add", self.tr("新增…"), self.add), ("edit", self.tr("编辑…"), self.edit_selected),
                                ("merge", self.tr("合并到…"), self.merge_selected),
                                ("delete", self.tr("删除"), self.delete_selected),
                                ("up", self.tr("上移"), lambda: self.move_selected(-1)),
                                ("down", self.tr("下移"), lambda: self.move_selected(1))):
            button = QPushButton(text)
            button.clicked.connect(slot)
            side.addWidget(button)
            self.buttons[key] = button
        side.addStretch(1)
        close = QPushButton(self.tr("关闭"))
        close.clicked.connect(self.accept)
        side.addWidget(close)

        body = QHBoxLayout()
        body.addWidget(self.view, 1)
        body.addLayout(side)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(body, 1)
        self.view.selectionModel().selectionChanged.connect(lambda *_a: self._update_buttons())
        self.reload()
        for column, width in enumerate((44, 200, 96, 240, 64, 56)):
            self.view.setColumnWidth(column, width)
        fit_to_screen(self, 960, 560)

    # ------------------------------------------------------------ list
    def reload(self, select_id: int | None = None) -> None:
        current = self.selected()
        self.model.set_rows(unit_rows())
        wanted = select_id if select_id is not None else (current.id if current else None)
        row = self.model.row_of_key(wanted) if wanted is not None else -1
        if row >= 0:
            self.view.selectionModel().select(self.model.index(row, 0),
                                              QItemSelectionModel.ClearAndSelect | QItemSelectionModel.Rows)
            self.view.setCurrentIndex(self.model.index(row, 0))
        self._update_buttons()

    def selected(self) -> UnitRow | None:
        rows = self.view.selectionModel().selectedRows() if self.view.selectionModel() else []
        return self.model.row_at(rows[0].row()) if rows else None

    def select_name(self, name: str) -> bool:
        row = next((i for i, r in enumerate(self.model.rows) if r.name == name), -1)
        if row >= 0:
            self.view.selectRow(row)
        return row >= 0

    def _update_buttons(self) -> None:
        chosen = self.selected() is not None
        editable = access.can(access.EDIT)
        self.buttons["add"].setEnabled(editable)
        for key in ("edit", "merge", "delete", "up", "down"):
            self.buttons[key].setEnabled(editable and chosen)
        self.buttons["merge"].setEnabled(editable and chosen and len(self.model.rows) > 1)

    # ------------------------------------------------------------ actions
    def open_form(self, row: UnitRow | None) -> UnitFormDialog:
        return UnitFormDialog(self, row=row)

    def add(self) -> None:
        form = self.open_form(None)
        if form.exec() == QDialog.Accepted:
            self.reload(form.saved_value.id)

    def edit_selected(self) -> None:
        row = self.selected()
        if row is None:
            return
        form = self.open_form(row)
        if form.exec() == QDialog.Accepted:
            self.reload(row.id)

    def merge_target(self, source: UnitRow) -> UnitRow | None:
        """Ask which unit the source goes into."""
        others = [r for r in self.model.rows if r.id != source.id]
        labels = [f"{r.name}（{r.short_name}）" if r.short_name else r.name for r in others]
        label, ok = QInputDialog.getItem(self, self.tr("合并到…"),
                                         self.tr("把“%1”的全部记录并入：").replace("%1", source.name), labels, 0, False)
        return others[labels.index(label)] if ok and label in labels else None

    def merge_selected(self) -> None:
        source = self.selected()
        if source is None:
            return
        target = self.merge_target(source)
        if target is None:
            return
        try:
            moving = references(source.id)
        except AppError as exc:
            show_error(self, self.tr("合并单位"), exc)
            return
        what = "、".join(f"{label} {n}" for label, n in moving.items()) or self.tr("没有记录")
        question = (self.tr("把“%1”合并到“%2”？\n\n将移过去的记录：%3。\n\n合并后“%1”不再单独列出，它的名称作为“%2”的别名"
                            "保留（导入、填写时仍能识别）。此操作不能撤销（可从备份恢复）。")
                    .replace("%1", source.name).replace("%2", target.name).replace("%3", what))
        if QMessageBox.question(self, self.tr("合并单位"), question, QMessageBox.Yes | QMessageBox.No,
                                QMessageBox.No) != QMessageBox.Yes:
            return
        try:
            result = merge_units(source.id, target.id)
        except AppError as exc:
            show_error(self, self.tr("合并单位"), exc)
            return
        self.reload(target.id)
        QMessageBox.information(self, self.tr("合并单位"), result.summary())

    def delete_selected(self) -> None:
        row = self.selected()
        if row is None:
            return
        if QMessageBox.question(self, self.tr("删除单位"), self.tr("删除单位“%1”？").replace("%1", row.name),
                                QMessageBox.Yes | QMessageBox.No, QMessageBox.No) != QMessageBox.Yes:
            return
        try:
            delete_unit(row.id)
        except AppError as exc:
            show_error(self, self.tr("删除单位"), exc)
            return
        self.reload()

    def move_selected(self, step: int) -> None:
        row = self.selected()
        if row is None:
            return
        try:
            move_unit(row.id, step)
        except AppError as exc:
            show_error(self, self.tr("调整顺序"), exc)
            return
        self.reload(row.id)
