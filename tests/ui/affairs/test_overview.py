"""The overview shows the 会议与选树 figures of the demo in two cards, for its period, and a click on one opens
this tab's page in the main window."""
import datetime as dt

from PySide6.QtCore import Qt


def test_the_cards_show_the_demo_figures_and_follow_the_period(qtbot, app, demo_db):
    from ui.overview.tab import OverviewTab

    tab = OverviewTab()
    qtbot.addWidget(tab)
    cards = tab.figure_cards.affairs_cards
    meetings, heroes = cards["affairs_meetings"], cards["affairs_heroes"]
    assert meetings.figure_text() == "16次" and heroes.figure_text() == "40人"
    assert "常委会6次，领导小组8次，发布会2次；印发文件22个，通报2次" in meetings.note.text()
    assert "市级候选8人，县级评选32人，先进典型20人" in heroes.note.text()
    tab.since_edit.setDate(dt.date(2001, 1, 1))
    tab.until_edit.setDate(dt.date(2001, 12, 31))
    tab.refresh()
    assert meetings.figure_text() == "0次" and heroes.figure_text() == "0人"
    assert tab.figure_cards.affairs_cards is cards  # filled again, not added again


def test_a_click_opens_the_page(qtbot, app, demo_db):
    from ui.shell.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    overview = window.tab_at(0)
    qtbot.mouseClick(overview.figure_cards.affairs_cards["affairs_heroes"], Qt.LeftButton)
    affairs = window.tabs.currentWidget()
    assert type(affairs).__name__ == "AffairsTab" and affairs.pages.currentWidget() is affairs.heroes
