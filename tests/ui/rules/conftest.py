"""Fixtures of the 建章立制 UI tests: the application and message boxes answered and recorded."""
import pytest
from PySide6.QtWidgets import QMessageBox


@pytest.fixture
def app(qtbot):
    from ui.shell.application import create_application

    return create_application()


@pytest.fixture
def popups(monkeypatch):
    shown = []

    def record(kind, answer=QMessageBox.Ok):
        def box(parent, title, text, *args, **kwargs):
            shown.append((kind, title, text))
            return answer
        return box

    for kind in ("warning", "information", "critical"):
        monkeypatch.setattr(QMessageBox, kind, record(kind))
    monkeypatch.setattr(QMessageBox, "question", record("question", QMessageBox.Yes))
    return shown
