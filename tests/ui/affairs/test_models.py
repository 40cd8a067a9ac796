"""Every table model of the 会议与选树 UI through qtmodeltester, on the demo database, and the pages' filters."""


def test_models_pass_qt_model_tester(qtbot, app, demo_db, qtmodeltester):
    from app.affairs.heroes import recommendation_rows
    from app.affairs.issued import document_rows
    from app.affairs.meetings import meeting_rows, notice_rows
    from ui.affairs.models import DocumentTableModel, MeetingTableModel, NoticeTableModel, RecommendationTableModel

    for model, rows, n in ((MeetingTableModel(), meeting_rows(), 16), (DocumentTableModel(), document_rows(), 22),
                           (NoticeTableModel(), notice_rows(), 2),
                           (RecommendationTableModel(), recommendation_rows(), 40)):
        model.set_rows(rows)
        qtmodeltester.check(model)
        assert model.rowCount() == n
    heroes = RecommendationTableModel()
    heroes.set_rows(recommendation_rows())
    shown = heroes.display_rows()
    assert sum(1 for line in shown if line[4] == "市级候选") == 8
    assert any("英模事迹报告会" in line[8] for line in shown)


def test_the_page_filters_pass_the_tester_too(qtbot, app, demo_db, qtmodeltester):
    from ui.affairs.tab import AffairsTab

    tab = AffairsTab()
    qtbot.addWidget(tab)
    assert tab.show_rows(page="meetings", kind="领导小组会议")
    qtmodeltester.check(tab.meetings.proxy)
    assert tab.meetings.proxy.rowCount() == 8
    assert tab.show_rows(page="heroes", level="县级评选")
    qtmodeltester.check(tab.heroes.proxy)
    assert tab.heroes.proxy.rowCount() == 32
    tab.heroes.unit.setCurrentIndex(tab.heroes.unit.findText("县公安局"))
    assert 0 < tab.heroes.proxy.rowCount() < 32
    assert not tab.show_rows(page="heroes", kind="县委常委会议")  # a meeting kind is not a filter of this page
    assert not tab.show_rows(page="elsewhere")
