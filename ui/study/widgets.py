"""Small pieces every page of the study tab uses: its table style, the unit filter box, selected rows, the
file field of the make-up and reflection forms, warnings and the PDF preview."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QFileDialog, QHBoxLayout, QHeaderView, QLineEdit,
                               QMessageBox, QPushButton, QTableView, QWidget)


def table_view(model, *, sortable: bool = True, multi: bool = True, stretch: int | None = None) -> QTableView:
    """A table in the tab's style. Rows start in the order the service gives (roster order); a click on a
    header sorts. `stretch` is the column that takes the spare width."""
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectRows)
    view.setSelectionMode(QAbstractItemView.ExtendedSelection if multi else QAbstractItemView.SingleSelection)
    view.horizontalHeader().setSortIndicator(-1, Qt.AscendingOrder)
    view.setSortingEnabled(sortable)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(26)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.Interactive)
    view.horizontalHeader().setStretchLastSection(False)
    view.horizontalHeader().setHighlightSections(False)
    if stretch is not None:
        view.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.Stretch)
    return view


def set_widths(view: QTableView, widths: list[int]) -> None:
    for column, width in enumerate(widths):
        view.setColumnWidth(column, width)


def selected_rows(view: QTableView) -> list:
    proxy = view.model()
    rows = sorted({i.row() for i in view.selectionModel().selectedRows()})
    return [proxy.row_at(r) for r in rows]


def unit_combo(all_text: str) -> QComboBox:
    box = QComboBox()
    box.addItem(all_text, "")
    return box


def fill_units(box: QComboBox, names: list[str]) -> None:
    current = box.currentData()
    box.blockSignals(True)
    while box.count() > 1:
        box.removeItem(1)
    for name in names:
        box.addItem(name, name)
    index = box.findData(current)
    box.setCurrentIndex(index if index >= 0 else 0)
    box.blockSignals(False)


def choose(combo: QComboBox, value) -> bool:
    """Select the entry whose data is `value`; False when there is none."""
    index = combo.findData(value)
    if index < 0:
        return False
    combo.setCurrentIndex(index)
    return True


def warn(parent, title: str, exc: Exception) -> None:
    QMessageBox.warning(parent, title, str(exc))


def preview(parent, path, title: str):
    from ui.common.pdf_preview import preview as show

    return show(parent, path, title=title)


class FileField(QWidget):
    def __init__(self, caption: str, parent=None):
        super().__init__(parent)
        self.caption = caption
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(self.tr("可不填；选中的文件会复制保存在数据库旁的附件文件夹中"))
        choose_button = QPushButton(self.tr("选择文件…"))
        choose_button.clicked.connect(self.choose)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(choose_button)

    def choose(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.caption, "",
                                              "文档和图片 (*.doc *.docx *.pdf *.jpg *.jpeg *.png *.txt *.wps);;所有文件 (*)")
        if path:
            self.edit.setText(path)

    def path(self) -> str | None:
        return self.edit.text().strip() or None
