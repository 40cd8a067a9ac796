"""Fixtures of the study tab tests: the application, and the tab on a copy of the demo database with message
boxes answered (warnings collected in `tab.warnings`)."""
import pytest
from PySide6.QtWidgets import QMessageBox


@pytest.fixture
def tab(qtbot, app, demo_db, monkeypatch):
    from ui.study.tab import StudyTab

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.Yes)
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warnings.append(a[2]))
    widget = StudyTab()
    widget.warnings = warnings
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    return widget
