"""What an account that may not edit (查阅, nobody signed in, a read-only file) sees: every action that would
change records stays in place but disabled, its tooltip saying why, before any form is filled in.

    edit_only(self.new_button, self.delete_button, self.more_menu_action)   # once, where they are made

A marked button or action is held disabled while `access.can(EDIT)` is false, whatever the tab's own
logic (selection, state) does with `setEnabled` afterwards. When the rights change (sign-in, another file:
Topic.DATABASE), the main window calls `refresh(window)` before the tabs update themselves, so actions
come back for an account that may edit. The core refuses such writes anyway (the guard triggers); this
only spares the user the refusal at the end.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from app.safety import access
from app.store.db import is_read_only

MARK = "jz_edit_only"
HELD = "jz_held_by_rights"  # disabled here, not by the tab's own logic
TOOLTIP = "jz_tooltip"  # the tooltip the action had before the reason replaced it


def refusal() -> str:
    """Why the current account may not edit; empty when it may."""
    if access.can(access.EDIT):
        return ""
    if is_read_only():
        return QCoreApplication.translate("Editing", "数据库以只读方式打开，不能修改")
    user = access.current_user()
    if user is None:
        return QCoreApplication.translate("Editing", "未登录，不能修改")
    return QCoreApplication.translate("Editing", "当前账户（{role}）不能修改").format(role=user.role)


class _Hold(QObject):
    """Turns an enabled marked widget off again while the account may not edit."""

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.EnabledChange and watched.isEnabled():
            _hold_if_refused(watched)
        return False


def _hold_if_refused(item) -> None:
    reason = refusal()
    if not reason or not item.isEnabled():
        return
    if not item.property(HELD):
        item.setProperty(TOOLTIP, item.toolTip())
        item.setProperty(HELD, True)
    item.setToolTip(reason)
    item.setEnabled(False)


def edit_only(*items: QWidget | QAction) -> None:
    """Mark buttons, fields or actions that change records (see the module's docstring)."""
    for item in items:
        if item is None or item.property(MARK):
            continue
        item.setProperty(MARK, True)
        if isinstance(item, QAction):
            item.changed.connect(lambda item=item: _hold_if_refused(item) if item.isEnabled() else None)
        else:
            item.installEventFilter(_Hold(item))
        _hold_if_refused(item)


def marked(root: QWidget) -> list:
    return [item for item in root.findChildren(QObject) if item.property(MARK)]


def refresh(root: QWidget) -> None:
    """After the rights changed: hold the marked actions under `root`, or give back those held here."""
    allowed = not refusal()
    for item in marked(root):
        if allowed and item.property(HELD):
            item.setProperty(HELD, False)
            item.setToolTip(item.property(TOOLTIP) or "")
            item.setEnabled(True)
        elif not allowed:
            _hold_if_refused(item)
