"""The table views of the pledge pages: sorted and filtered through ui.common.table.SortProxy, starting in
the service's order (by unit and department, as printed)."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QStyle, QTableView

from ui.common.table import RowTableModel, SortProxy


def make_table(model: RowTableModel, *, stretch_last: bool = True) -> tuple[QTableView, SortProxy]:
    proxy = SortProxy(model)
    proxy.setSourceModel(model)
    view = QTableView()
    view.setModel(proxy)
    view.setSortingEnabled(True)
    view.sortByColumn(-1, Qt.AscendingOrder)  # start in the model's order: by unit and department
    view.setSelectionBehavior(QAbstractItemView.SelectRows)
    view.setAlternatingRowColors(True)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(26)
    view.horizontalHeader().setStretchLastSection(stretch_last)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.Interactive)
    view.setWordWrap(False)
    return view, proxy


def set_widths(view: QTableView, widths) -> None:
    """Column widths that suit the Chinese headers, widened where a translated header needs more."""
    header = view.horizontalHeader()
    margin = 2 * header.style().pixelMetric(QStyle.PM_HeaderMargin, None, header) + 4
    for column, width in widths:
        text = str(view.model().headerData(column, Qt.Horizontal) or "")
        view.setColumnWidth(column, max(width, header.fontMetrics().horizontalAdvance(text) + margin))
