"""The overview's dialogs: a figure's rows link to the feature tab that keeps them through the main window's
`show_rows(feature, **criteria)` (the FeatureTab contract); the report and export options."""
import pytest
from PySide6.QtWidgets import QMainWindow

from ui.common.tab import FeatureTab


class StubTab(FeatureTab):
    """A feature tab that only records what it was asked to show."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.asked: list[dict] = []

    def on_changed(self, topic) -> None:
        pass

    def show_rows(self, **criteria) -> bool:
        self.asked.append(criteria)
        return True


class StubWindow(QMainWindow):
    """What the dialogs use of the main window: tab_for(feature) and show_rows(feature, **criteria)."""

    def __init__(self, features=("roster", "study", "talks", "feedback", "pledges")):
        super().__init__()
        self.feature_tabs = {name: StubTab() for name in features}
        self.shown: list[tuple] = []

    def tab_for(self, feature: str):
        return self.feature_tabs.get(feature)

    def show_rows(self, feature: str, **criteria) -> bool:
        tab = self.tab_for(feature)
        if tab is None:
            return False
        self.shown.append((feature, criteria))
        return tab.show_rows(**criteria)


@pytest.fixture
def overview_in_window(app, demo_db, qtbot):
    from ui.overview.tab import OverviewTab

    window = StubWindow()
    qtbot.addWidget(window)
    tab = OverviewTab(window)
    window.setCentralWidget(tab)
    return window, tab


def test_a_figure_links_to_its_tab_with_the_criteria(overview_in_window):
    from app.talks.models import TalkRound

    window, tab = overview_in_window
    latest = [r for r in tab.current.talks.rounds if r.talks][-1]
    for key, feature, criteria in (
            (tab.card_keys["overdue"], "feedback", {"due": "overdue"}),
            (tab.card_keys["makeup"], "study", {"page": "makeup"}),
            (tab.card_keys["officers"], "roster", {"status": "在岗"}),
            (tab.card_keys["pledges"], "pledges", {"status": "未签署"}),
            (("untalked", {"round_id": latest.round_id}), "talks", {"round_id": latest.round_id, "page": "untalked"}),
            (("talks", {}), "talks", {"page": "records"})):
        dialog = tab.open_figure(key)
        assert dialog.tab_button is not None and dialog.isVisible()
        dialog.tab_button.click()
        assert window.shown[-1] == (feature, criteria)
        assert window.feature_tabs[feature].asked[-1] == criteria
        assert not dialog.isVisible()  # closed once the tab shows the rows
    assert TalkRound.get_by_id(latest.round_id)


def test_a_unit_cell_links_with_the_unit(overview_in_window):
    from ui.overview.models import UnitTableModel

    window, tab = overview_in_window
    police = next(r for r in tab.current.units if r.label == "县公安局")
    row = tab.unit_model.row_of_key(police.unit_id)
    dialog = tab.open_unit_cell(tab.unit_proxy.mapFromSource(tab.unit_model.index(row, UnitTableModel.OVERDUE)))
    dialog.show_in_tab()
    assert window.shown[-1] == ("feedback", {"unit": police.name, "due": "overdue"})


def test_no_tab_button_outside_the_main_window_and_none_for_a_missing_tab(app, demo_db, qtbot):
    from app.reports.listings import listing_officers
    from ui.overview.dialogs import ListingDialog
    from ui.overview.tab import OverviewTab

    alone = OverviewTab()
    qtbot.addWidget(alone)
    dialog = alone.open_card("officers")
    assert dialog.tab_button is None
    dialog.close()
    window = StubWindow(features=())
    qtbot.addWidget(window)
    dialog = ListingDialog(listing_officers(), window.centralWidget() or window)
    assert dialog.show_in_tab() is False and window.shown == []


def test_listing_dialog_model_passes_the_model_tester(overview_in_window, qtmodeltester):
    _window, tab = overview_in_window
    dialog = tab.open_card("makeup")
    qtmodeltester.check(dialog.model)
    assert dialog.model.headers()[0] == "姓名"
    dialog.close()


def test_the_rectify_cards_show_the_counts_and_open_the_rectify_tab(app, demo_db, qtbot):
    """查纠整改: 自查说明问题 and 问题线索 equal app.rectify.figures; a click asks the main window for the 查纠整改 tab
    (its rows are confidential: no listing dialog opens here)."""
    from PySide6.QtCore import Qt

    from app.rectify.figures import summary
    from ui.overview.tab import OverviewTab

    window = StubWindow(features=("rectify",))
    qtbot.addWidget(window)
    tab = OverviewTab(window)
    window.setCentralWidget(tab)
    s = summary()
    assert tab.cards["disclosed"].figure_text() == f"{s['officers_disclosed']}人" == "319人"
    assert tab.cards["clues"].figure_text() == f"{s['clues']}条" == "75条"
    assert f"逾期{s['clues_overdue']}条" in tab.cards["clues"].note.text()
    window.show()
    qtbot.waitExposed(window)
    qtbot.mouseClick(tab.cards["clues"], Qt.LeftButton)
    assert tab.open_card("disclosed") is None and tab.last_dialog is None
    assert window.shown == [("rectify", {"page": "clues"}), ("rectify", {"page": "self-check"})]
