"""Fixtures of the pledge tab tests: the application, a unit of officers, message boxes that answer Yes."""
import pytest


@pytest.fixture
def app_qt():
    from ui.shell.application import create_application

    return create_application()


@pytest.fixture
def unit(db):
    """One unit of five campaign officers (and one officer elsewhere)."""
    from app.roster.officers import OfficerData, create_officer

    for name, dept, post in (("张三", "刑事审判庭", "庭长"), ("李四", "刑事审判庭", ""), ("王五", "立案庭", ""),
                             ("赵六", "立案庭", ""), ("钱七", "执行局", "局长")):
        create_officer(OfficerData(name=name, unit="青山县人民法院", department=dept, post=post))
    create_officer(OfficerData(name="孙八", unit="青山县司法局", department="城关司法所"))
    return "青山县人民法院"


@pytest.fixture
def dialogs(monkeypatch):
    """Message boxes answer Yes and are recorded; a warning fails loudly in the assertion that follows."""
    from PySide6.QtWidgets import QMessageBox

    seen = []

    def record(kind, answer=None):
        def box(_parent, title, text, *args, **kwargs):
            seen.append((kind, title, text))
            return answer
        return box

    monkeypatch.setattr(QMessageBox, "warning", record("warning"))
    monkeypatch.setattr(QMessageBox, "information", record("information"))
    monkeypatch.setattr(QMessageBox, "question", record("question", QMessageBox.Yes))
    # Boxes built by hand (custom buttons) are closed at once: no button clicked, i.e. cancelled.
    monkeypatch.setattr(QMessageBox, "exec", lambda self: seen.append(("box", self.windowTitle(), self.text())) or 0)
    return seen
