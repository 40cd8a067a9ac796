"""The 统计 page, and the trash of the sessions page."""
def test_figures_page_and_trash(tab, qtbot):
    tab.pages.setCurrentIndex(2)
    page = tab.figures
    assert page.type_model.rowCount() >= 9 and page.unit_model.rowCount() == 5
    assert page.person_model.rowCount() > 500
    assert "心得体会 1756 篇" in page.total.text()
    page.low_only.setChecked(True)
    assert 0 < page.person_proxy.rowCount() < page.person_model.rowCount()

    tab.pages.setCurrentIndex(0)
    sessions = tab.sessions
    before = sessions.model.rowCount()
    sessions.view.selectRow(0)
    sessions.delete_sessions()
    qtbot.waitUntil(lambda: sessions.model.rowCount() == before - 1, timeout=5000)
    sessions.trash.setChecked(True)
    assert sessions.model.rowCount() == 1
    sessions.view.selectRow(0)
    sessions.restore_sessions()
    sessions.trash.setChecked(False)
    qtbot.waitUntil(lambda: sessions.model.rowCount() == before, timeout=5000)
