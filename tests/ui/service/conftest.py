"""Fixtures of the 我为群众办实事 UI tests: the application, message boxes answered and recorded, two units."""
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

    monkeypatch.setattr(QMessageBox, "warning", record("warning"))
    monkeypatch.setattr(QMessageBox, "information", record("information"))
    monkeypatch.setattr(QMessageBox, "critical", record("critical"))
    monkeypatch.setattr(QMessageBox, "question", record("question", QMessageBox.Yes))
    return shown


@pytest.fixture
def units(db):
    from app.roster.models import Unit

    return {"police": Unit.create(name="青山县公安局", short_name="县公安局", kind="公安局", sort_order=1),
            "justice": Unit.create(name="青山县司法局", short_name="县司法局", kind="司法局", sort_order=2)}
