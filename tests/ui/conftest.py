"""Fixtures of every UI test: the application, and message boxes answered automatically and recorded."""
import pytest
from PySide6.QtWidgets import QMessageBox


@pytest.fixture
def app(qtbot):
    from ui.shell.application import create_application

    return create_application()


@pytest.fixture
def popups(monkeypatch):
    """QMessageBox.warning/information/critical answered with OK, question with Yes; what they said is kept
    as (kind, title, text) for the asserts."""
    shown = []

    def record(kind):
        def box(parent, title, text, *args, **kwargs):
            shown.append((kind, title, text))
            return QMessageBox.Ok
        return box

    for kind in ("warning", "information", "critical"):
        monkeypatch.setattr(QMessageBox, kind, record(kind))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.Yes)
    return shown
