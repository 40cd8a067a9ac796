"""What every tab of the main window is: a widget the shell can refresh and point at rows.

    class StudyTab(FeatureTab):
        TITLE = QT_TRANSLATE_NOOP("Tabs", "学习教育")
        def on_changed(self, topic: Topic) -> None: ...      # refresh what shows `topic` (Topic.touches)
        def show_rows(self, **criteria) -> bool: ...        # filters for the rows the overview points at

`show_rows` answers whether it could apply every criterion it was given; criteria a tab does not know are
ignored (and make it answer False), so a link from the overview never fails, it only shows more rows.
The criteria each tab takes are listed in its docstring and in docs/ARCHITECTURE.md.
Optional: `import_actions()` / `export_actions()` (QActions for the 文件 menu).
"""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from app.events import Topic


class FeatureTab(QWidget):
    TITLE = ""
    status_changed = Signal()  # the text of status_text() changed

    def on_changed(self, topic: Topic) -> None:
        """Core data changed (after a commit, possibly in another tab or a worker)."""
        raise NotImplementedError(f"{type(self).__name__}.on_changed")

    def show_rows(self, **criteria) -> bool:
        """Show the rows that match `criteria` (the overview's links). True when every criterion applied."""
        raise NotImplementedError(f"{type(self).__name__}.show_rows")

    def status_text(self) -> str:
        return ""

    def can_close(self) -> bool:
        return True
