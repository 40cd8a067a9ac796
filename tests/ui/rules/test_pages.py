"""建章立制 and 顽瘴痼疾整治 in the 查纠整改 tab, driven with qtbot: a measure added to a problem, a rule issued that
closes it and a 整改 item, the figures changing; a refused save keeps the form open and names the field; without
the 问题线索 permission these two pages stay open while the confidential ones close."""
import datetime as dt

from PySide6.QtCore import Qt

from tests.support.dialogs import accepting, qdate

TODAY = dt.date.today()


def test_a_measure_and_the_rule_that_closes_it(qtbot, app, db, popups, monkeypatch):
    from app.events import Topic
    from app.roster.models import Unit
    from tests.support.feedback_data import new
    from ui.rectify.tab import RectifyTab
    from ui.rules.dialogs import MeasureDialog, RuleDialog

    Unit.create(name="青山县公安局", short_name="县公安局", kind="公安局", sort_order=1)
    suggestion = new("民警参股借贷问题反映")
    tab = RectifyTab()
    qtbot.addWidget(tab)
    tab.show()
    assert tab.show_rows(page="ingrained", problem="违规参股借贷")
    page = tab.ingrained
    assert page.problems.rowCount() == 6 and page.chosen_problem() == "违规参股借贷"

    def fill_measure(d):
        assert d.problem.currentData() == "违规参股借贷"  # the chosen problem is proposed
        d.measure.setPlainText("对民警参股借贷情况开展数据比对")
        d.unit.setCurrentIndex(d.unit.findData("青山县公安局"))
        d.has_deadline.setChecked(True)
        d.deadline.setDate(qdate(TODAY - dt.timedelta(days=1)))
        d.status.setCurrentIndex(d.status.findData("整治中"))
    monkeypatch.setattr(MeasureDialog, "exec", accepting(fill_measure))
    page.buttons["new"].click()
    tab.on_changed(Topic.RECTIFY)
    assert page.model.rowCount() == 1 and page.proxy.rowCount() == 1
    row = page.model.row_at(0)
    assert (row.unit, row.overdue) == ("县公安局", True)
    assert page.problems.row_at(2).overdue == 1

    tab.show_rows(page="rules")
    rules = tab.rules

    def fill_rule(d):
        d.title_edit.setText("县公安局民警参股借贷行为申报管理办法")
        d.unit.setCurrentIndex(d.unit.findData("青山县公安局"))
        d.status.setCurrentIndex(d.status.findData("已出台"))
        assert d.has_date.isChecked()
        d.doc_number.setText("青公〔2021〕8号")
        d.codes.setText(suggestion.code)
        d.measures.item(0).setCheckState(Qt.Checked)
    monkeypatch.setattr(RuleDialog, "exec", accepting(fill_rule))
    rules.buttons["new"].click()
    tab.on_changed(Topic.RECTIFY)
    assert rules.model.rowCount() == 1
    rule = rules.model.row_at(0)
    assert (rule.status, rule.suggestion_codes, rule.measure_problems) == ("已出台", (suggestion.code,), ("违规参股借贷",))
    assert "已出台1个，正在拟制定0个" in rules.totals.text()
    assert page.model.row_at(0).rules == ("县公安局民警参股借贷行为申报管理办法",)
    assert tab.show_rows(page="rules", status="正在拟制定") and rules.proxy.rowCount() == 0
    assert not tab.show_rows(page="rules", status="已废止")

    rules.view.selectRow(0)
    tab.show_rows(page="rules", status="")
    rules.view.selectRow(0)
    rules.buttons["delete"].click()
    tab.on_changed(Topic.RECTIFY)
    assert rules.model.rowCount() == 0


def test_a_refused_save_names_the_field_and_stays_open(qtbot, app, db, popups):
    from app.rules.models import Rule
    from ui.rules.dialogs import RuleDialog

    dialog = RuleDialog(None)
    qtbot.addWidget(dialog)
    dialog.title_edit.setText("某办法")
    dialog.status.setCurrentIndex(dialog.status.findData("已出台"))
    dialog.has_date.setChecked(False)
    dialog.accept()
    assert dialog.result() == 0 and Rule.select().count() == 0
    assert popups and "出台日期" in popups[-1][2]


def test_without_the_permission_these_pages_stay_open(qtbot, app, demo_db):
    from app.safety import accounts
    from ui.rectify.tab import RectifyTab

    tab = RectifyTab()
    qtbot.addWidget(tab)
    assert tab.open and tab.rules.model.rowCount() == 31
    accounts.enable("admin", "管理员", "secret-1")
    try:
        tab.refresh()
        assert not tab.open and tab.pages.currentIndex() == tab.INGRAINED
        assert not any(tab.pages.isTabEnabled(i) for i in tab.CONFIDENTIAL_PAGES)
        assert tab.rules.model.rowCount() == 31 and tab.ingrained.model.rowCount() == 18
        assert tab.clues.model.rowCount() == 0 and not tab.show_rows(page="clues")
        assert tab.show_rows(page="ingrained", problem="违规经商办企业")
    finally:
        accounts.logout()


def test_the_overview_card_counts_rules_of_the_period_and_opens_the_page(qtbot, app, demo_db):
    from app.reports.overview import overview
    from app.rules.models import Rule
    from ui.overview.cards import FigureCards

    cards = FigureCards()
    qtbot.addWidget(cards)
    cards.fill(overview())
    card = cards.cards["rules"]
    assert ">17</span>" in card.value.text() and "正在拟制定14个" in card.note.text()
    assert cards.keys["rules"] == ("rectify", {"page": "rules"})
    first = min(r.issued_on for r in Rule.select().where(Rule.issued_on.is_null(False)))
    cards.fill(overview(None, first))
    assert ">1</span>" in cards.cards["rules"].value.text()  # only the first one was issued by then
