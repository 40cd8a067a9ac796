"""The campaign settings' widgets, shared by the settings dialog and the first-run wizard: a line edit or a
date edit per item of app.store.campaign.ITEMS, read back as the text campaign.save takes."""
from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QDateEdit, QLineEdit

from app.safety import access
from app.store import campaign
from app.store.db import is_read_only

from ui.common.dates import date_edit, from_qdate, to_qdate


def can_change_settings() -> bool:
    return access.can(access.EDIT) and not is_read_only()


class CampaignFields:
    """The line edits and date edits of the settings, shared by the dialog and the wizard's pages:
    `line(name)` / `dates[name]` make the widget for an item of campaign.ITEMS, `values()` reads them back
    as the text campaign.save takes."""

    def __init__(self, current: campaign.CampaignSettings):
        self.current = current
        self.lines: dict[str, QLineEdit] = {}
        self.dates: dict[str, QDateEdit] = {}

    def line(self, name: str) -> QLineEdit:
        item = campaign.BY_NAME[name]
        edit = QLineEdit(getattr(self.current, name))
        edit.setMaxLength(item.limit)
        edit.setPlaceholderText(item.hint)
        self.lines[name] = edit
        return edit

    def date(self, name: str) -> QDateEdit:
        edit = date_edit(getattr(self.current, name))
        self.dates[name] = edit
        return edit

    def phase_dates(self) -> None:
        """The four date edits, filled from the settings or, when none are set, from this year's usual
        start (the first of March: the first batch of 2021 began then) at the usual lengths."""
        for name in campaign.DATE_NAMES:
            self.date(name)
        if self.current.study_start is None:
            self.spread_from(dt.date(dt.date.today().year, 3, 1))

    def spread_from(self, start: dt.date) -> None:
        """The other three dates at the usual phase lengths (30, 75, 15 days) after `start`."""
        for name, day in campaign.phase_dates_from(start).items():
            self.dates[name].setDate(to_qdate(day))

    def values(self, *, with_dates: bool) -> dict[str, str]:
        result = {name: edit.text() for name, edit in self.lines.items()}
        for name, edit in self.dates.items():
            result[name] = from_qdate(edit.date()).isoformat() if with_dates else ""
        return result
