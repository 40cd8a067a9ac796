"""Small widgets the talks tab and its dialogs share: the read-only table view, the person combo box that
matches anywhere in a label, the red line that shows a field's problem, and text inserted where the user types."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QCompleter, QHeaderView, QLabel, QLineEdit, QTableView

ERROR_STYLE = "color: #b41e1e; font-size: 9pt;"


def table_view(model, parent=None, *, stretch_last: bool = True) -> QTableView:
    """A read-only, row-selecting table with fixed row heights (cheap at any size)."""
    view = QTableView(parent)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectRows)
    view.setEditTriggers(QAbstractItemView.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().setSectionResizeMode(QHeaderView.Fixed)
    view.verticalHeader().setDefaultSectionSize(24)
    view.verticalHeader().setVisible(False)
    view.horizontalHeader().setStretchLastSection(stretch_last)
    view.horizontalHeader().setHighlightSections(False)
    return view


def person_combo(parent=None) -> QComboBox:
    """An editable combo whose completer matches anywhere in the label (name, unit, department, post)."""
    combo = QComboBox(parent)
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.NoInsert)
    combo.setMaxVisibleItems(20)
    completer = combo.completer()
    completer.setFilterMode(Qt.MatchContains)
    completer.setCompletionMode(QCompleter.PopupCompletion)
    completer.setCaseSensitivity(Qt.CaseInsensitive)
    return combo


def error_label(parent=None) -> QLabel:
    """Hidden until a save finds a problem with the field it sits under."""
    label = QLabel(parent)
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.hide()
    return label


def inserter(edit):
    """A function that inserts text at the cursor of a line or text edit (a 常用语 picked from a menu)."""
    def insert(text: str) -> None:
        if isinstance(edit, QLineEdit):
            edit.insert(text)
        else:
            edit.insertPlainText(text)
        edit.setFocus()
    return insert
