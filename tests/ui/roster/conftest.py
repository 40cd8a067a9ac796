"""Fixtures of the roster tab's tests: the application with settings of its own, the tab on the demo
database, and message boxes that answer yes."""
import pytest
from PySide6.QtWidgets import QMessageBox


@pytest.fixture
def app_instance(tmp_path):
    from PySide6.QtCore import QSettings

    from ui.shell.application import create_application

    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):  # no column widths from other runs
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    return create_application()


@pytest.fixture
def tab(qtbot, demo_db, app_instance):
    from ui.roster.tab import RosterTab

    widget = RosterTab()
    qtbot.addWidget(widget)
    widget.resize(1280, 760)
    widget.show()
    return widget


@pytest.fixture
def answer_yes(monkeypatch):
    calls = []

    def yes(*args, **kwargs):
        calls.append(args[2] if len(args) > 2 else "")
        return QMessageBox.Yes

    monkeypatch.setattr(QMessageBox, "question", yes)
    monkeypatch.setattr(QMessageBox, "warning", yes)
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: QMessageBox.Ok)
    return calls
