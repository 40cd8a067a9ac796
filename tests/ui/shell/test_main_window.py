"""The window opens on a database, with menus, and keeps its state."""


def test_window_opens_with_menus(qtbot, demo_db):
    from ui.shell.application import create_application
    from ui.shell.main_window import MainWindow

    app = create_application()
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles[0] == "文件(&F)" and titles[-1] == "帮助(&H)"
    # The file only: Windows and X11 append the display name, so the title must not carry it too.
    assert window.windowTitle() == "demo.db" and app.applicationDisplayName() == "教育整顿工作台"
    assert window.tabs.count() == len(__import__("ui.shell.tabs", fromlist=["TABS"]).TABS)


def test_bundled_font_is_loaded(qtbot):
    from PySide6.QtGui import QFontDatabase

    from ui.shell.application import create_application

    app = create_application()
    assert "ZFHei" in QFontDatabase.families()
    assert "ZFHei" in app.font().families()  # so Chinese shows even with no CJK system font


def test_tabs_are_built_when_first_shown(qtbot, demo_db):
    from ui.shell.application import create_application
    from ui.shell.main_window import MainWindow
    from ui.shell.tabs import TABS

    create_application()
    window = MainWindow()
    qtbot.addWidget(window)
    window.tabs.setCurrentIndex(0)
    assert len(window.built_tabs()) == 1  # start-up pays for the visible tab only
    window.tabs.setCurrentIndex(len(TABS) - 1)
    last = window.tabs.currentWidget()
    assert type(last).__name__ == TABS[-1][1] and last in window.built_tabs()
    assert window.tabs.currentIndex() == len(TABS) - 1
    widgets = window.tab_widgets
    assert [type(w).__name__ for w in widgets] == [name for _module, name in TABS]
    assert all(window.tabs.widget(i) is w for i, w in enumerate(widgets))


def test_file_menu_gets_the_tabs_import_and_export_actions(qtbot, demo_db):
    from ui.shell.application import create_application
    from ui.shell.main_window import MainWindow

    create_application()
    window = MainWindow()
    qtbot.addWidget(window)
    window.fill_tab_menus()
    imports = [a.text() for a in window._tab_menus["import_actions"].actions()]
    exports = [a.text() for a in window._tab_menus["export_actions"].actions()]
    assert any("Excel" in t for t in imports) and len(exports) >= 2


def test_show_rows_switches_to_the_feature_tab_and_sets_its_filters(qtbot, demo_db):
    from app.events import Topic
    from app.study.models import StudyType
    from ui.common.tab import FeatureTab
    from ui.shell.application import create_application
    from ui.shell.main_window import MainWindow

    create_application()
    window = MainWindow()
    qtbot.addWidget(window)
    assert all(isinstance(tab, FeatureTab) for tab in window.tab_widgets)

    study = window.tab_for("study")
    assert window.show_rows("study", page="makeup") and window.tabs.currentWidget() is study
    assert study.pages.currentWidget() is study.ledger
    type_name = StudyType.select().first().name
    assert window.show_rows("study", type=type_name)
    assert study.pages.currentWidget() is study.sessions and study.sessions.type_filter.currentData() == type_name
    assert not window.show_rows("study", colour="red")  # unknown criteria say so, and never raise

    talks = window.tab_for("talks")
    assert window.show_rows("talks", page="untalked") and talks.pages.currentIndex() == talks.untalked_page

    feedback = window.tab_for("feedback")
    assert window.show_rows("feedback", status="open", due="overdue")
    assert window.tabs.currentWidget() is feedback and feedback.due_filter.currentIndex() > 0

    assert window.show_rows("roster") and window.show_rows("roster", unit="县法院")  # a short name is the unit
    assert not window.show_rows("roster", unit="没有这个单位")
    assert not window.show_rows("no-such-feature")
    window._on_changed(Topic.DATABASE.value)  # every tab takes a Topic
