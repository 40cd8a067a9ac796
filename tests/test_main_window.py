"""The window opens on a database, with menus, and keeps its state."""


def test_window_opens_with_menus(qtbot, demo_db):
    from ui.application import create_application
    from ui.main_window import MainWindow

    create_application()
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles[0] == "文件(&F)" and titles[-1] == "帮助(&H)"
    assert "demo.db" in window.windowTitle()
    assert window.tabs.count() == len(__import__("ui.tabs", fromlist=["TABS"]).TABS)


def test_bundled_font_is_loaded(qtbot):
    from PySide6.QtGui import QFontDatabase

    from ui.application import create_application

    app = create_application()
    assert "ZFHei" in QFontDatabase.families()
    assert "ZFHei" in app.font().families()  # so Chinese shows even with no CJK system font
