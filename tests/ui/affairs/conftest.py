"""Fixtures of the 会议与选树 UI tests: the application, message boxes answered and recorded, two units with people."""
import pytest
from PySide6.QtWidgets import QMessageBox


@pytest.fixture
def app(qtbot):
    from ui.shell.application import create_application

    return create_application()


@pytest.fixture
def popups(monkeypatch):
    shown = []

    def record(kind):
        def box(parent, title, text, *args, **kwargs):
            shown.append((kind, title, text))
            return QMessageBox.Ok
        return box

    monkeypatch.setattr(QMessageBox, "warning", record("warning"))
    monkeypatch.setattr(QMessageBox, "information", record("information"))
    monkeypatch.setattr(QMessageBox, "critical", record("critical"))
    return shown


@pytest.fixture
def people(db):
    from app.roster.models import Officer, Unit

    court = Unit.create(name="青山县人民法院", short_name="县法院", kind="法院", sort_order=1)
    police = Unit.create(name="青山县公安局", short_name="县公安局", kind="公安局", sort_order=2)
    return {"zhang": Officer.create(name="张伟", unit=court, post="审判员"),
            "wang": Officer.create(name="王强", unit=police, post="民警")}
