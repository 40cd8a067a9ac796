"""Small widgets every ledger tab builds the same way: its read-only table, a combo of fixed choices or of the
roster's officers, a multi-line text box, and a core action whose refusal is shown as it is."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QCompleter, QHeaderView, QPlainTextEdit, QTableView

from app.roster.models import Officer, Unit


def table_view(proxy) -> QTableView:
    """A ledger's table: read-only, one row selected at a time, sortable, fixed row height."""
    view = QTableView()
    view.setModel(proxy)
    view.setSelectionBehavior(QAbstractItemView.SelectRows)
    view.setSelectionMode(QAbstractItemView.SingleSelection)
    view.setEditTriggers(QAbstractItemView.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setSortingEnabled(True)
    view.setWordWrap(False)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setSectionResizeMode(QHeaderView.Fixed)
    view.verticalHeader().setDefaultSectionSize(24)
    view.horizontalHeader().setStretchLastSection(True)
    return view


def attempt(parent, title: str, action) -> None:
    """Run a core action; a refusal is shown as it is (the page refreshes on the change event)."""
    from app.errors import AppError
    from ui.common.worker import show_error

    try:
        action()
    except AppError as exc:
        show_error(parent, title, exc)


def officer_combo(*, optional: bool = False) -> QComboBox:
    """Everyone on the roster (not in the trash), by unit; the completer matches anywhere in the label."""
    combo = QComboBox()
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.NoInsert)
    combo.completer().setFilterMode(Qt.MatchContains)
    combo.completer().setCompletionMode(QCompleter.PopupCompletion)
    if optional:
        combo.addItem(QCoreApplication.translate("Rectify", "（不在人员台账中）"), None)
    query = (Officer.select(Officer.id, Officer.name, Officer.post, Unit.short_name, Unit.name.alias("unit_name"))
             .join(Unit).where(Officer.deleted_at.is_null()).order_by(Unit.sort_order, Officer.name).dicts())
    for r in query:
        combo.addItem(f"{r['name']}　{r['short_name'] or r['unit_name']} {r['post']}".rstrip(), r["id"])
    return combo


def select_data(combo: QComboBox, value) -> None:
    index = combo.findData(value)
    if index >= 0:
        combo.setCurrentIndex(index)


def choice_combo(options, *, blank: str | None = None) -> QComboBox:
    combo = QComboBox()
    if blank is not None:
        combo.addItem(blank, "")
    for option in options:
        combo.addItem(option, option)
    return combo


def text_edit(text: str = "", height: int = 90) -> QPlainTextEdit:
    edit = QPlainTextEdit(text)
    edit.setTabChangesFocus(True)
    edit.setMinimumHeight(height)
    return edit
