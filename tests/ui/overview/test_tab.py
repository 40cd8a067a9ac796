"""工作总览 driven with qtbot on the demo database: the cards show the figures, a click opens exactly the rows
behind one, the period and unit narrow everything, a change elsewhere refreshes it; the 一人一档 dialog;
printing and exporting from the tab; qtmodeltester on every model."""
import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFileDialog

TODAY = dt.date.today()


@pytest.fixture
def tab(app, demo_db, qtbot):
    from ui.overview.tab import OverviewTab

    widget = OverviewTab()
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_cards_show_the_campaign_figures(tab):
    from app.reports.overview import overview

    o = overview()
    assert tab.cards["officers"].figure_text() == "518人"
    assert tab.cards["sessions"].figure_text() == f"{o.study.held}场次"
    assert tab.cards["reflections"].figure_text() == f"{o.study.reflections}篇"
    assert tab.cards["person_times"].figure_text() == f"{o.talks.person_times}人次"
    assert tab.cards["coverage"].figure_text() == "全覆盖"
    assert tab.cards["suggestions"].figure_text() == f"{o.feedback.collected}条"
    assert tab.cards["overdue"].figure_text() == f"{o.feedback.overdue}条"
    assert tab.cards["pledges"].figure_text() == f"{o.pledges.signed}份"
    assert [b.label for b in tab.type_chart.bars] == [t.name for t in o.study.types]
    assert len(tab.round_chart.bars) == len(o.talks.rounds)
    assert tab.unit_model.rowCount() == len(o.units)
    assert "需关注" in tab.status_text() and f"逾期未销号{o.feedback.overdue}条" in tab.status_text()


def test_clicking_a_card_opens_exactly_its_rows(tab, qtbot):
    from app.reports.overview import overview

    o = overview()
    qtbot.mouseClick(tab.cards["overdue"], Qt.LeftButton)
    dialog = tab.last_dialog  # deletes itself when closed
    assert dialog.isVisible() and dialog.model.rowCount() == o.feedback.overdue
    assert "逾期" in dialog.windowTitle()
    dialog.close()
    tab.cards["makeup"].setFocus()
    qtbot.keyClick(tab.cards["makeup"], Qt.Key_Return)
    assert tab.last_dialog.model.rowCount() == o.study.makeup_open
    tab.last_dialog.close()


def test_clicking_a_bar_or_a_unit_cell_opens_its_rows(tab, qtbot):
    from app.reports.overview import overview
    from ui.overview.models import UnitTableModel

    o = overview()
    first_type = o.study.types[0]
    tab.type_chart.click_row(0)
    assert tab.last_dialog.model.rowCount() == first_type.held + first_type.planned
    tab.last_dialog.close()
    # a click where the row is drawn
    rect = tab.round_chart.row_rect(0)
    qtbot.mouseClick(tab.round_chart, Qt.LeftButton, pos=rect.center().toPoint())
    first_round = o.talks.rounds[0]
    expected = first_round.untalked or first_round.person_times
    assert tab.last_dialog.model.rowCount() == expected
    tab.last_dialog.close()
    police = next(r for r in o.units if r.label == "县公安局")
    row = next(i for i in range(tab.unit_proxy.rowCount())
               if tab.unit_proxy.index(i, 0).data() == "县公安局")
    tab.open_unit_cell(tab.unit_proxy.index(row, UnitTableModel.SUGGESTIONS))
    assert tab.last_dialog.model.rowCount() == police.suggestions
    tab.last_dialog.close()
    tab.open_unit_cell(tab.unit_proxy.index(row, UnitTableModel.OFFICERS))
    assert tab.last_dialog.model.rowCount() == police.officers
    tab.last_dialog.close()
    for column, expected in ((UnitTableModel.CLOSED, police.closed), (UnitTableModel.ASSIGNED, police.assigned),
                             (UnitTableModel.MAKEUP, police.makeup_open), (UnitTableModel.OVERDUE, police.overdue),
                             (UnitTableModel.ATTENDANCE, police.attendance.missed)):
        tab.open_unit_cell(tab.unit_proxy.index(row, column))
        assert tab.last_dialog.model.rowCount() == expected, column
        tab.last_dialog.close()


def test_listing_dialog_filters_and_opens_a_person(tab, qtbot):
    tab.open_card("makeup")
    dialog = tab.last_dialog
    total = dialog.model.rowCount()
    name = dialog.model.rows[0][0]
    dialog.search.setText(name)
    assert 1 <= dialog.proxy.rowCount() < total
    assert "显示" in dialog.count.text()
    shown = dialog.proxy.mapToSource(dialog.proxy.index(0, 0)).row()
    with qtbot.waitSignal(dialog.person_requested) as signal:
        dialog._open_person(dialog.proxy.index(0, 0))
    assert signal.args[0] == dialog.listing.officer_ids[shown]
    dialog.close()


def test_period_and_unit_narrow_the_figures(tab, qtbot):
    from app.reports.overview import overview
    from app.store import campaign

    _phase, first, last = campaign.current().phase_ranges()[0]
    tab.choose_period("学习教育阶段")
    assert tab.period() == (first, last)
    o = overview(first, last)
    assert tab.cards["sessions"].figure_text() == f"{o.study.held}场次"
    assert tab.cards["person_times"].figure_text() == f"{o.talks.person_times}人次"
    tab.open_card("sessions")
    assert tab.last_dialog.model.rowCount() == o.study.held
    tab.last_dialog.close()
    # a unit on top of the period
    tab.unit_combo.setCurrentIndex(tab.unit_combo.findText("县法院"))
    o = overview(first, last, tab.unit_id())
    assert tab.cards["officers"].figure_text() == f"{o.officers.in_campaign}人"
    assert tab.cards["suggestions"].figure_text() == f"{o.feedback.collected}条"
    # dates typed by hand: the preset shows 自定义
    tab.since_edit.setDate(tab.since_edit.date().addDays(1))
    assert tab.period_combo.currentText() == "自定义"
    tab.choose_period("全部")
    assert tab.period() == (None, None)


def test_a_change_elsewhere_refreshes_the_tab(tab, qtbot):
    from app import events
    from app.feedback.workflow import transition
    from app.feedback.models import Suggestion

    before = tab.current.feedback.rejected
    waiting = Suggestion.select().where(Suggestion.status == "待交办", Suggestion.merged_into.is_null()).first()
    events.subscribe(tab.on_changed)
    try:
        transition(waiting.id, "不予采纳", note="不属于本次整改范围")
        qtbot.waitUntil(lambda: tab.current.feedback.rejected == before + 1, timeout=3000)
    finally:
        events.unsubscribe(tab.on_changed)


def test_a_talk_change_recounts_the_talks(tab, qtbot):
    from app import events
    from app.talks.records import delete_talks
    from app.talks.models import Talk

    before = tab.current.talks.person_times
    talk = Talk.select().where(Talk.deleted_at.is_null(), Talk.mode == "个别").first()
    events.subscribe(tab.on_changed)
    try:
        delete_talks([talk.id])
        qtbot.waitUntil(lambda: tab.current.talks.person_times == before - 1, timeout=3000)
        assert tab.cards["person_times"].figure_text() == f"{before - 1}人次"
    finally:
        events.unsubscribe(tab.on_changed)


def test_models_pass_the_model_tester(tab, qtmodeltester):
    qtmodeltester.check(tab.unit_model)
    qtmodeltester.check(tab.unit_proxy)
    tab.open_card("suggestions")
    qtmodeltester.check(tab.last_dialog.model)
    qtmodeltester.check(tab.last_dialog.proxy)
    tab.last_dialog.close()


def test_person_file_dialog_from_the_tab(tab, qtbot, qtmodeltester, monkeypatch, tmp_path):
    from app.reports import person_file as pf

    someone = pf.search_officers("", limit=1)[0]
    tab.person_edit.setText(someone.name)
    tab.open_person()
    dialog = tab.last_dialog  # deletes itself when closed
    if dialog.officer_id is None:  # the name is shared: choose from the list, as a clerk would
        dialog._chosen(someone.label)
    assert dialog.officer_id == someone.officer_id
    f = pf.person_file(someone.officer_id)
    assert someone.name in dialog.header.text()
    assert dialog.sessions.model.rowCount() == len(f.sessions)
    assert dialog.talks.model.rowCount() == len(f.talks)
    assert dialog.pledges.model.rowCount() == len(f.pledges)
    assert "主要内容" not in dialog.talks.model.headers()
    for section in (dialog.sessions, dialog.talks, dialog.pledges, dialog.suggestions):
        qtmodeltester.check(section.model)
    dialog.content_toggle.setChecked(True)
    assert "主要内容" in dialog.talks.model.headers()
    from ui.common import pdf_preview

    previews = []
    monkeypatch.setattr(pdf_preview, "preview", lambda parent, path, title=None: previews.append(path))
    dialog.print_file()
    qtbot.waitUntil(lambda: bool(previews), timeout=20000)
    assert previews[0].exists() and previews[0].stat().st_size > 10000
    from tests.support import pdf_checks

    assert "内部资料" in "".join(pdf_checks.page_texts(previews[0]))  # printed as shown: with the content
    dialog.close()


def test_person_file_search_by_part_of_a_name(app, demo_db, qtbot):
    from app.reports import person_file as pf
    from ui.overview.person_file import PersonFileDialog

    dialog = PersonFileDialog()
    qtbot.addWidget(dialog)
    assert dialog.officer_id is None and not dialog.print_button.isEnabled()
    names = [h.name for h in pf.search_officers("", limit=1000)]
    someone = next(h for h in pf.search_officers("", limit=1000) if names.count(h.name) == 1)
    dialog.set_search_text(someone.name[:2])  # part of the name: the completer offers everyone matching
    assert someone.label in dialog.completer_model.stringList()
    dialog.set_search_text(someone.name)
    dialog._open_typed()
    assert dialog.officer_id == someone.officer_id and dialog.print_button.isEnabled()
    assert someone.name in dialog.windowTitle()


def test_print_report_from_the_tab(tab, qtbot, monkeypatch):
    from ui.overview.dialogs import ReportDialog

    monkeypatch.setattr(ReportDialog, "exec", lambda self: (self.addressee.setText("市教整办"), QDialog.Accepted)[1])
    from ui.common import pdf_preview

    previews = []
    monkeypatch.setattr(pdf_preview, "preview", lambda parent, path, title=None: previews.append(path))
    tab.choose_period("查纠整改阶段")
    tab.print_report()
    qtbot.waitUntil(lambda: bool(previews), timeout=30000)
    from tests.support import pdf_checks

    text = "".join(pdf_checks.page_texts(previews[0])).replace("\n", "")
    assert "市教整办：" in text
    assert f"谈话共计{tab.current.talks.person_times}人次" in text.replace(" ", "")
    assert "专项排查开展情况" in text  # the features' sections, for the chosen period
    tab.choose_period("学习教育阶段")  # before the special checks began: no such section
    tab.print_report()
    qtbot.waitUntil(lambda: len(previews) == 2, timeout=30000)
    text = "".join(pdf_checks.page_texts(previews[1])).replace("\n", "")
    assert "学习教育开展情况" in text and "专项排查开展情况" not in text


def test_export_all_from_the_tab(tab, qtbot, monkeypatch, tmp_path, popups):
    from ui.overview.dialogs import ExportAllDialog

    def accept_with_clues(dialog):
        assert dialog.with_clues.isVisibleTo(dialog)  # accounts off: every right, so the box is offered
        dialog.with_clues.setChecked(True)
        return QDialog.Accepted

    monkeypatch.setattr(ExportAllDialog, "exec", accept_with_clues)
    target = tmp_path / "全部台账"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    tab.export_all()
    qtbot.waitUntil(lambda: bool(popups), timeout=30000)
    assert (tmp_path / "全部台账.xlsx").exists()
    assert "人员台账：" in popups[0][2] and "规章制度：" in popups[0][2] and "问题线索登记表：" in popups[0][2]


def test_overview_is_the_first_tab_and_links_to_the_feedback_tab(app, demo_db, qtbot):
    from ui.shell.main_window import MainWindow
    from ui.overview.tab import OverviewTab

    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    assert isinstance(window.tabs.widget(0), OverviewTab)
    assert window.tabs.tabText(0) == "工作总览"
    overview_tab = window.tabs.widget(0)
    dialog = overview_tab.open_card("overdue")
    assert dialog.tab_button is not None and "征求意见" in dialog.tab_button.text()
    dialog.tab_button.click()
    feedback_tab = window.tabs.currentWidget()
    assert type(feedback_tab).__name__ == "FeedbackTab"
    assert feedback_tab.due_filter.currentText() == "已逾期"
    assert feedback_tab.proxy.rowCount() == overview_tab.current.feedback.overdue
    # the talks tab, on the 未谈名单 of a round
    window.tabs.setCurrentIndex(0)
    latest = [r for r in overview_tab.current.talks.rounds if r.talks][-1]
    dialog = overview_tab.open_figure(("untalked", {"round_id": latest.round_id}))
    dialog.tab_button.click()
    talks_tab = window.tabs.currentWidget()
    assert type(talks_tab).__name__ == "TalksTab"
    assert talks_tab.round_id() == latest.round_id
    assert talks_tab.pages.currentIndex() == talks_tab.untalked_page
    assert talks_tab.untalked.model.rowCount() == latest.untalked


def test_show_rows_chooses_a_period(tab):
    from app.store import campaign

    _phase, first, last = campaign.current().phase_ranges()[0]
    assert tab.show_rows(period="学习教育阶段") is True
    assert tab.period() == (first, last) and tab.period_combo.currentText() == "学习教育阶段"
    assert tab.show_rows(period="没有这个期间") is False
    assert tab.period() == (first, last)
    assert tab.show_rows(unit=1) is False  # the tab knows no other criterion
    assert tab.show_rows(period="全部", unit=1) is False and tab.period() == (None, None)
    assert tab.show_rows() is True


def test_on_changed_recounts_only_what_a_topic_touches(tab, qtbot):
    from app.events import Topic

    tab._timer.stop()
    study, talks = tab._study_counts, tab._talk_counts
    assert study is not None and talks is not None
    tab.on_changed(Topic.ACCOUNTS)  # not a figure
    assert not tab._dirty and not tab._timer.isActive()
    tab.on_changed(Topic.TALKS)
    assert tab._study_counts is study and tab._talk_counts is None and tab._dirty
    qtbot.waitUntil(lambda: not tab._dirty, timeout=3000)
    assert tab._study_counts is study and tab._talk_counts is not None
    tab.on_changed(Topic.FEEDBACK)
    assert tab._study_counts is study and tab._talk_counts is not None and tab._dirty
    tab.on_changed(Topic.DATABASE)
    assert tab._study_counts is None and tab._talk_counts is None
    qtbot.waitUntil(lambda: not tab._dirty, timeout=3000)


def test_the_overview_is_a_feature_tab_the_main_window_points_at(app, demo_db, qtbot):
    from ui.common.tab import FeatureTab
    from ui.overview.tab import OverviewTab
    from ui.shell.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    overview_tab = window.tab_for("overview")
    assert isinstance(overview_tab, OverviewTab) and isinstance(overview_tab, FeatureTab)
    assert window.show_rows("overview", period="本月") is True
    assert overview_tab.period_combo.currentText() == "本月"
    assert window.tabs.currentWidget() is overview_tab


def test_person_file_dialog_self_checks_only_with_the_clue_permission(app, demo_db, qtbot):
    """Without 问题线索 the dialog offers no 个人自查事项 box and shows no section; with it, the box brings the
    officer's items (text included)."""
    from app.rectify.models import SelfCheckItem
    from app.safety import access, accounts
    from ui.overview.person_file import PersonFileDialog

    officer_id = SelfCheckItem.select().where(SelfCheckItem.outcome == "移交线索组").first().officer_id
    items = SelfCheckItem.select().where(SelfCheckItem.officer == officer_id, SelfCheckItem.deleted_at.is_null())
    accounts.enable("admin", "管理员", "secret-1")
    accounts.create_account("reader", "查阅员", access.ROLE_READER, "secret-2")
    accounts.create_account("clue", "线索组", access.ROLE_READER, "secret-3", can_view_clues=True)
    try:
        accounts.login("reader", "secret-2")
        dialog = PersonFileDialog(officer_id=officer_id)
        qtbot.addWidget(dialog)
        dialog.show()
        assert not dialog.self_check_toggle.isVisible() and not dialog.self_checks.isVisible()
        assert dialog.self_checks.model.rowCount() == 0 and "自查事项" not in dialog.summary.text()
        accounts.logout()

        accounts.login("clue", "secret-3")
        dialog = PersonFileDialog(officer_id=officer_id)
        qtbot.addWidget(dialog)
        dialog.show()
        assert dialog.self_check_toggle.isVisible() and not dialog.self_checks.isVisible()
        dialog.self_check_toggle.setChecked(True)
        assert dialog.self_checks.isVisible() and dialog.self_checks.model.rowCount() == items.count()
        shown = {dialog.self_checks.model.row_at(i)[2] for i in range(items.count())}
        assert shown == {i.content for i in items}
    finally:
        accounts.logout()


def test_export_all_dialog_offers_clues_only_with_the_permission(app, demo_db, qtbot):
    from app.safety import access, accounts
    from ui.overview.dialogs import ExportAllDialog

    accounts.enable("admin", "管理员", "secret-1")
    accounts.create_account("reader", "查阅员", access.ROLE_READER, "secret-2")
    accounts.create_account("clue", "线索组", access.ROLE_READER, "secret-3", can_view_clues=True)
    try:
        for user, password, offered in (("reader", "secret-2", False), ("clue", "secret-3", True)):
            accounts.login(user, password)
            dialog = ExportAllDialog()
            qtbot.addWidget(dialog)
            dialog.show()
            assert dialog.with_clues.isVisible() is offered, user
            dialog.with_clues.setChecked(True)  # even ticked behind its back, a reader's options leave them out
            assert dialog.options()["with_clues"] is offered, user
            accounts.logout()
    finally:
        accounts.logout()
        access.set_accounts_enabled(False)
