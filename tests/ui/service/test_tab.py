"""我为群众办实事 tab driven with qtbot: a record entered as a figure (the sentence shown as typed), edited,
filtered, deleted; a refused save keeps the form open naming the field; a measure entered; the overview cards;
the read-only role sees the edit buttons disabled."""
import datetime as dt

from PySide6.QtCore import QDate, Qt


def accepting(fill, outcome: list | None = None):
    def exec_(self):
        fill(self)
        self.accept()
        if outcome is not None:
            outcome.append(self.result())
        return self.result()
    return exec_


def test_a_record_entered_edited_filtered_and_deleted(qtbot, app, units, popups, monkeypatch):
    from app.events import Topic
    from app.service.models import ServiceRecord
    from ui.service.dialogs import RecordDialog
    from ui.service.tab import ServiceTab

    tab = ServiceTab()
    qtbot.addWidget(tab)
    tab.show()
    page = tab.records
    assert page.model.rowCount() == 0 and "还没有" in page.report.toPlainText()
    previews = []

    def fill(d):
        d.started_on.setDate(QDate(2021, 4, 1))
        d.has_end.setChecked(True)
        d.ended_on.setDate(QDate(2021, 4, 30))
        d.unit.setCurrentIndex(d.unit.findData("青山县公安局"))
        d.category.setCurrentIndex(d.category.findData("反诈宣传"))
        d.item.setText("共印发")
        d.number.setText("140000")
        d.measure_word.setCurrentIndex(d.measure_word.findData("份"))
        d.item_after.setText("反诈宣传单")
        previews.append(d.preview.text())

    monkeypatch.setattr(RecordDialog, "exec", accepting(fill))
    qtbot.mouseClick(page.buttons["new"], Qt.LeftButton)
    assert previews == ["共印发14万份反诈宣传单"]
    tab.on_changed(Topic.SERVICE)
    assert page.model.rowCount() == 1 and page.model.row_at(0).figure == "14万份"
    assert "一是从群众急难愁盼的需求着手。共印发14万份反诈宣传单。" in page.report.toPlainText()

    def compare(d):
        d.comparison.setCurrentIndex(d.comparison.findData("同比"))
        d.direction.setCurrentIndex(d.direction.findData("上升"))
        d.change.setText("12")
        previews.append(d.preview.text())

    monkeypatch.setattr(RecordDialog, "exec", accepting(compare))
    page.view.selectRow(0)
    qtbot.mouseClick(page.buttons["edit"], Qt.LeftButton)
    assert previews[-1] == "共印发14万份反诈宣传单，同比上升12%"
    tab.on_changed(Topic.SERVICE)
    assert page.model.row_at(0).compared == "同比上升12%"

    results = []

    def bad(d):
        d.number.setText("很多")

    monkeypatch.setattr(RecordDialog, "exec", accepting(bad, results))
    qtbot.mouseClick(page.buttons["new"], Qt.LeftButton)
    assert results == [0] and any("数量" in text for _k, _t, text in popups)
    assert ServiceRecord.select().count() == 1

    assert page.choose("法律援助") and page.proxy.rowCount() == 0
    assert page.choose("反诈宣传", "县公安局") and page.proxy.rowCount() == 1
    assert tab.show_rows(page="records", category="反诈宣传") and not tab.show_rows(page="records", bogus=1)
    page.view.selectRow(0)
    qtbot.mouseClick(page.buttons["delete"], Qt.LeftButton)
    tab.on_changed(Topic.SERVICE)
    assert page.model.rowCount() == 0 and ServiceRecord.trashed().count() == 1
    assert "办实事记录 0 项" in tab.status_text()


def test_a_measure_entered(qtbot, app, units, popups, monkeypatch):
    from app.events import Topic
    from ui.service.dialogs import MeasureDialog
    from ui.service.tab import ServiceTab

    tab = ServiceTab()
    qtbot.addWidget(tab)

    def fill(d):
        d.title_edit.setText("涉企案件快立快审快执")
        d.kind.setCurrentIndex(d.kind.findData("优化营商环境措施"))
        d.unit.setCurrentIndex(d.unit.findData("青山县司法局"))
        d.issued_on.setDate(QDate(2021, 5, 6))

    monkeypatch.setattr(MeasureDialog, "exec", accepting(fill))
    assert tab.show_rows(page="measures")
    qtbot.mouseClick(tab.measures.buttons["new"], Qt.LeftButton)
    tab.on_changed(Topic.SERVICE)
    row = tab.measures.model.row_at(0)
    assert (row.title, row.unit, row.issued_on) == ("涉企案件快立快审快执", "县司法局", dt.date(2021, 5, 6))
    assert "优化营商环境措施1条" in tab.measures.totals.text()
    assert "出台优化营商环境措施1条" in tab.records.report.toPlainText()


def test_the_demo_on_the_tab_and_the_overview(qtbot, app, demo_db):
    from app.reports.overview import overview
    from ui.overview.cards import FigureCards
    from ui.service.tab import ServiceTab

    tab = ServiceTab()
    qtbot.addWidget(tab)
    assert tab.records.model.rowCount() == 32 and tab.measures.model.rowCount() == 117
    for figure in ("14万份反诈宣传单", "接待群众政策咨询70批次123人", "出动警力2000余人次", "措施34条", "99%"):
        assert figure in tab.records.report.toPlainText()
    cards = FigureCards()
    qtbot.addWidget(cards)
    cards.fill(overview(None, None, None))
    assert cards.cards["service_measures"].figure_text() == "117条"
    assert "办实事34条，营商环境83条" in cards.cards["service_measures"].note.text()
    assert cards.cards["service_records"].figure_text() == "32项"


def test_the_reader_role_cannot_press_edit_buttons(qtbot, app, units):
    from app.safety import accounts
    from ui.service.tab import ServiceTab

    accounts.enable("admin", "管理员", "secret-1")
    accounts.create_account("reader", "查阅员", "查阅", "secret-2")
    accounts.login("reader", "secret-2")
    try:
        tab = ServiceTab()
        qtbot.addWidget(tab)
        for page in (tab.records, tab.measures):
            assert not any(page.buttons[k].isEnabled() for k in ("new", "edit", "delete"))
        assert tab.export_button.isEnabled()
    finally:
        accounts.logout()
