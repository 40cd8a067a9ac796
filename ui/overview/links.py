"""From a figure to the feature tab that keeps its rows: switch to that tab and set the filters it offers.

The feature tabs have no common "show these rows" method yet, so this sets their public filter widgets
(combo boxes found by attribute name). Every step is guarded: a tab that changed its widgets is still
switched to, only without the filter. The tabs do not filter by date: the list dialog is the exact list.
"""
from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QWidget

# Listing.tab → the class name of the feature tab that shows those rows.
TAB_CLASSES = {"roster": "RosterTab", "study": "StudyTab", "talks": "TalksTab", "feedback": "FeedbackTab",
               "pledges": "PledgesTab"}


def main_window_of(widget: QWidget):
    window = widget.window()
    return window if hasattr(window, "tab_widgets") and hasattr(window, "tabs") else None


def find_tab(widget: QWidget, key: str):
    window = main_window_of(widget)
    name = TAB_CLASSES.get(key)
    if window is None or name is None:
        return None
    return next((tab for tab in window.tab_widgets if type(tab).__name__ == name), None)


def _choose(combo, value) -> bool:
    if not isinstance(combo, QComboBox):
        return False
    index = combo.findData(value)
    if index < 0:
        return False
    combo.setCurrentIndex(index)
    return True


def _study(tab, criteria: dict) -> None:
    pages = getattr(tab, "pages", None)
    if criteria.get("page") == "makeup":
        if pages is not None and getattr(tab, "ledger", None) is not None:
            pages.setCurrentWidget(tab.ledger)
        return
    sessions = getattr(tab, "sessions", None)
    if pages is not None and sessions is not None:
        pages.setCurrentWidget(sessions)
        _choose(getattr(sessions, "type_filter", None), criteria.get("type") or "")


def _talks(tab, criteria: dict) -> None:
    from ui.talks.tab import ALL_ROUNDS

    round_id = criteria.get("round_id")
    _choose(getattr(tab, "round_combo", None), ALL_ROUNDS if round_id is None else round_id)
    _choose(getattr(tab, "unit_combo", None), criteria.get("unit_id"))
    pages = getattr(tab, "pages", None)
    page = getattr(tab, "untalked_page" if criteria.get("page") == "untalked" else "records_page", None)
    if pages is not None and isinstance(page, int):
        pages.setCurrentIndex(page)


def _feedback(tab, criteria: dict) -> None:
    from ui.feedback.models import DUE_OVERDUE_TEXT, NOT_CLOSED

    if hasattr(tab, "show_all_events"):
        tab.show_all_events()
    _choose(getattr(tab, "unit_filter", None), criteria.get("unit") or "")
    status = criteria.get("status") or ""
    _choose(getattr(tab, "status_filter", None), NOT_CLOSED if status == "open" else status)
    _choose(getattr(tab, "due_filter", None), DUE_OVERDUE_TEXT if criteria.get("due") == "overdue" else "")


APPLY = {"study": _study, "talks": _talks, "feedback": _feedback}


def can_show(widget: QWidget, key: str) -> bool:
    return find_tab(widget, key) is not None


def show_in_tab(widget: QWidget, key: str, criteria: dict) -> bool:
    """Switch the main window to the feature's tab with its filters set. False when there is no such tab."""
    tab = find_tab(widget, key)
    if tab is None:
        return False
    window = main_window_of(widget)
    window.tabs.setCurrentWidget(tab)
    apply = APPLY.get(key)
    if apply is not None:
        apply(tab, criteria)
    return True
