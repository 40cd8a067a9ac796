"""Fixtures of the 任务督导 UI tests: the application, message boxes answered and recorded, two units."""
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


@pytest.fixture
def units(db):
    from app.roster.models import Unit

    return {"court": Unit.create(name="青山县人民法院", short_name="县法院", kind="法院", sort_order=1),
            "police": Unit.create(name="青山县公安局", short_name="县公安局", kind="公安局", sort_order=2)}
