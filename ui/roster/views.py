"""The roster tab's widgets that are not the tab itself: its table views, shortcuts and the segment buttons'
look."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QShortcut
from PySide6.QtWidgets import (QAbstractItemView, QButtonGroup, QHBoxLayout, QHeaderView, QStyle, QTableView,
                               QToolButton, QWidget)

SEGMENT_STYLE = """
QToolButton { border: 1px solid #b8c2cc; padding: 4px 14px; background: #f4f6f8; }
QToolButton:checked { background: #1f5fa8; color: white; border-color: #1f5fa8; }
QToolButton:hover:!checked { background: #e6ecf2; }
"""


def shortcut(key, parent: QWidget, slot, context=Qt.WidgetShortcut) -> QShortcut:
    """A shortcut active only where it belongs (the `context=` keyword of QShortcut() is not applied)."""
    item = QShortcut(key, parent)
    item.setContext(context)
    item.activated.connect(slot)
    return item


def make_segments(parent: QWidget, texts) -> tuple[QHBoxLayout, QButtonGroup, list[QToolButton]]:
    """Toggle buttons side by side, one checked at a time (the first to begin with); the group's ids are the
    buttons' positions."""
    group = QButtonGroup(parent)
    group.setExclusive(True)
    bar = QHBoxLayout()
    bar.setSpacing(0)
    buttons = []
    for index, text in enumerate(texts):
        button = QToolButton()
        button.setText(text)
        button.setCheckable(True)
        button.setStyleSheet(SEGMENT_STYLE)
        group.addButton(button, index)
        bar.addWidget(button)
        buttons.append(button)
    buttons[0].setChecked(True)
    return bar, group, buttons


def make_table_view(model) -> QTableView:
    """A view over one of the roster's models: whole rows selected, several at once, sorted by the model
    (a header's third click returns to the roster's own order), uniform row heights for 10,000 rows."""
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectRows)
    view.setSelectionMode(QAbstractItemView.ExtendedSelection)
    view.setEditTriggers(QAbstractItemView.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.setTextElideMode(Qt.ElideRight)
    vertical = view.verticalHeader()
    vertical.setSectionResizeMode(QHeaderView.Fixed)  # uniform rows: no per-row measuring at 10,000 rows
    vertical.setDefaultSectionSize(view.fontMetrics().height() + 9)
    vertical.setDefaultAlignment(Qt.AlignRight | Qt.AlignVCenter)
    vertical.setMinimumWidth(view.fontMetrics().horizontalAdvance("00000") + 8)
    header = view.horizontalHeader()
    header.setSectionsMovable(True)
    header.setHighlightSections(False)
    header.setStretchLastSection(True)
    header.setSortIndicatorClearable(True)  # a third click returns to the roster's own order
    header.setSortIndicator(-1, Qt.AscendingOrder)
    view.setSortingEnabled(True)
    for column, spec in enumerate(model.COLUMNS):
        view.setColumnWidth(column, column_width(view, spec))
    return view


# The widest masked number, in the mask the roster shows: its width is measured, not guessed, so no font or
# screen scaling cuts off the last digits (the ones a clerk reads to tell two people apart).
WIDEST_ID = "44522519880808888X"


def column_width(view: QTableView, spec) -> int:
    """The spec's width, widened until the header text (and, for the ID column, a whole masked number) fits."""
    from app.common import idcard

    metrics = view.fontMetrics()
    padding = 2 * view.style().pixelMetric(QStyle.PM_HeaderMargin, None, view) + 12  # cell margins, sort arrow
    width = max(spec.width, view.horizontalHeader().fontMetrics().horizontalAdvance(spec.title) + padding)
    if spec.kind == "id":
        width = max(width, metrics.horizontalAdvance(idcard.mask(WIDEST_ID)) + padding)
    return width
