"""查纠整改 tab driven with qtbot as a new user would: a self-report entered, taken through the three reviews to
移交线索组, the clue appearing in the ledger and disposed of, the figures changing; without the 问题线索
permission the tab shows counts only and says why."""
import datetime as dt

from PySide6.QtCore import Qt

from tests.support.dialogs import accepting, qdate

TODAY = dt.date.today()


def _select(view, row: int = 0) -> None:
    view.selectRow(row)


def test_self_report_through_three_reviews_to_a_clue(qtbot, app, people, popups, monkeypatch):
    from app.events import Topic
    from app.rectify.models import REVIEW_STEPS
    from ui.rectify.dialogs import DisposalDialog, ItemDialog, ReviewDialog
    from ui.rectify.tab import RectifyTab

    tab = RectifyTab()
    qtbot.addWidget(tab)
    tab.show()
    page = tab.self_checks
    assert tab.open and page.model.rowCount() == 0
    assert "自查从宽、被查从严" in ItemDialog(None).form.itemAt(0).widget().text()

    def fill_item(d):
        d.officer.setCurrentIndex(d.officer.findData(people["zhang"].id))
        d.reported_on.setDate(qdate(TODAY - dt.timedelta(days=5)))
        d.category.setCurrentIndex(d.category.findData("违规参股借贷"))
        d.content.setPlainText("曾向辖区企业主借款5万元，已归还")

    monkeypatch.setattr(ItemDialog, "exec", accepting(fill_item))
    qtbot.mouseClick(page.buttons["new"], Qt.LeftButton)
    tab.on_changed(Topic.RECTIFY)
    assert page.model.rowCount() == 1 and page.model.row_at(0).stage == "待单位初审"

    def fill_review(d):
        d.reviewer.setText(f"{d.step}审核人")
        d.reviewed_on.setDate(qdate(TODAY - dt.timedelta(days=2)))
        d.opinion.setPlainText("情况属实")
        if d.step == REVIEW_STEPS[-1]:
            d.outcome.setCurrentIndex(d.outcome.findData("移交线索组"))

    monkeypatch.setattr(ReviewDialog, "exec", accepting(fill_review))
    for expected in ("待线索组复审", "待市教整办审核", "已审核"):
        _select(page.view)
        qtbot.mouseClick(page.buttons["review"], Qt.LeftButton)
        tab.on_changed(Topic.RECTIFY)
        assert page.model.row_at(0).stage == expected
    row = page.model.row_at(0)
    assert row.outcome == "移交线索组" and row.clue_code.startswith("XS-")
    assert tab.clues.model.rowCount() == 1 and tab.summary["clues"] == 1
    assert "问题线索 1 条" in tab.status_text()

    assert tab.show_rows(page="clues", source="自查移交")
    assert tab.pages.currentWidget() is tab.clues and tab.clues.proxy.rowCount() == 1

    def fill_disposal(d):
        d.disposal.setCurrentIndex(d.disposal.findData("初步核实"))
        d.deadline.setDate(qdate(TODAY - dt.timedelta(days=1)))

    monkeypatch.setattr(DisposalDialog, "exec", accepting(fill_disposal))
    _select(tab.clues.view)
    qtbot.mouseClick(tab.clues.buttons["step"], Qt.LeftButton)
    tab.on_changed(Topic.RECTIFY)
    clue = tab.clues.model.row_at(0)
    assert (clue.status, clue.disposal, clue.unit, clue.overdue) == ("办理中", "初步核实", "县法院", True)
    tab.clues.overdue.setChecked(True)
    assert tab.clues.proxy.rowCount() == 1 and tab.summary["clues_overdue"] == 1
    assert not [p for p in popups if p[0] != "information"]


def test_a_refused_review_keeps_the_dialog_open_and_names_the_field(qtbot, app, people, popups):
    from app.rectify.self_checks import ItemData, create_item
    from ui.rectify.dialogs import ReviewDialog

    item = create_item(ItemData(officer_id=people["wang"].id, reported_on=TODAY, category="其他", content="x"))
    dialog = ReviewDialog(None, item.id)
    qtbot.addWidget(dialog)
    dialog.accept()
    assert dialog.result() == 0 and popups and "审核人" in popups[-1][2]
    assert dialog.reviewer.styleSheet()  # marked


def test_without_the_permission_only_counts_and_why(qtbot, app, demo_db):
    from app.events import Topic
    from app.safety import accounts
    from ui.rectify.tab import RectifyTab

    tab = RectifyTab()
    qtbot.addWidget(tab)
    assert tab.open and tab.clues.model.rowCount() == 75
    accounts.enable("admin", "管理员", "secret-1")  # the administrator has no 问题线索 grant by default
    tab.on_changed(Topic.DATABASE)
    try:
        assert not tab.open
        assert tab.self_checks.model.rowCount() == 0 and tab.clues.model.rowCount() == 0
        assert "主动说明问题319人" in tab.counts.text() and "共75条" in tab.counts.text()
        assert "问题线索" in tab.reason.text() and "授予" in tab.reason.text()
        assert not tab.show_rows(page="clues")
        accounts.create_account("clue", "线索组", "查阅", "secret-2", can_view_clues=True)
        accounts.login("clue", "secret-2")
        tab.on_changed(Topic.DATABASE)
        assert tab.open and tab.clues.model.rowCount() == 75
    finally:
        accounts.logout()


def test_a_clue_from_another_source_through_the_dialog(qtbot, app, people, popups, monkeypatch):
    from app.events import Topic
    from ui.rectify.dialogs import ClueDialog
    from ui.rectify.tab import RectifyTab

    tab = RectifyTab()
    qtbot.addWidget(tab)
    assert tab.clues.source.findData("自查移交") >= 0  # a filter value, but not offered for registration
    assert ClueDialog(None).source.findData("自查移交") == -1

    def fill(d):
        d.source.setCurrentIndex(d.source.findData("纪委信访室移交"))
        d.officer.setCurrentIndex(d.officer.findData(people["wang"].id))
        d.content.setPlainText("来信反映其接受当事人宴请")

    monkeypatch.setattr(ClueDialog, "exec", accepting(fill))
    qtbot.mouseClick(tab.clues.buttons["new"], Qt.LeftButton)
    tab.on_changed(Topic.RECTIFY)
    row = tab.clues.model.row_at(0)
    assert (row.source, row.subject, row.status) == ("纪委信访室移交", "王强", "待处置")
    assert tab.summary["clues_per_source"]["纪委信访室移交"] == 1


def test_delete_buttons_take_back_mistakes_and_show_refusals(qtbot, app, people, popups, monkeypatch):
    from PySide6.QtWidgets import QInputDialog, QMessageBox

    from app.events import Topic
    from app.rectify.clues import ClueData, register_clue
    from app.rectify.self_checks import ItemData, create_item, record_review
    from ui.rectify.tab import RectifyTab

    create_item(ItemData(officer_id=people["wang"].id, reported_on=TODAY, category="其他", content="误填"))
    reviewed = create_item(ItemData(officer_id=people["zhang"].id, reported_on=TODAY, category="其他", content="真"))
    record_review(reviewed.id, "单位初审", reviewer="甲", reviewed_on=TODAY, opinion="属实")
    register_clue(ClueData(source="举报", received_on=TODAY, subject_name="某人", content="重复"))
    tab = RectifyTab()
    qtbot.addWidget(tab)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.Yes)
    page = tab.self_checks
    names = [page.proxy.row_at(i).officer_name for i in range(page.proxy.rowCount())]
    page.view.selectRow(names.index("张伟"))
    qtbot.mouseClick(page.buttons["delete"], Qt.LeftButton)
    assert popups and "不能删除" in popups[-1][2]
    page.view.selectRow(names.index("王强"))
    qtbot.mouseClick(page.buttons["delete"], Qt.LeftButton)
    tab.on_changed(Topic.RECTIFY)
    assert [page.model.row_at(i).officer_name for i in range(page.model.rowCount())] == ["张伟"]
    monkeypatch.setattr(QInputDialog, "getMultiLineText", lambda *a, **k: ("重复登记", True))
    tab.clues.view.selectRow(0)
    qtbot.mouseClick(tab.clues.buttons["delete"], Qt.LeftButton)
    tab.on_changed(Topic.RECTIFY)
    assert tab.clues.model.rowCount() == 0


def test_a_special_check_and_a_finding_passed_on_as_a_clue(qtbot, app, people, popups, monkeypatch):
    from app.events import Topic
    from ui.rectify.checks_page import CheckDialog, FindingDialog
    from ui.rectify.tab import RectifyTab

    tab = RectifyTab()
    qtbot.addWidget(tab)
    assert tab.show_rows(page="checks") and tab.pages.currentWidget() is tab.checks
    page = tab.checks

    def fill_check(d):
        d.kind.setCurrentIndex(d.kind.findData("重点案件交叉评查"))
        d.unit.setCurrentIndex(d.unit.findData("青山县人民法院"))
        d.started_on.setDate(qdate(TODAY - dt.timedelta(days=20)))
        d.what.setText("卷宗")
        d.examined.setValue(300)
        d.examined_unit.setCurrentIndex(d.examined_unit.findData("份"))

    monkeypatch.setattr(CheckDialog, "exec", accepting(fill_check))
    qtbot.mouseClick(page.buttons["new"], Qt.LeftButton)
    tab.on_changed(Topic.RECTIFY)
    assert page.model.rowCount() == 1 and page.model.row_at(0).examined_text == "卷宗300份"

    def fill_finding(d):
        d.found_on.setDate(qdate(TODAY - dt.timedelta(days=3)))
        d.officer.setCurrentIndex(d.officer.findData(people["zhang"].id))
        d.description.setPlainText("承办的两起案件存在压案不查")
        d.action.setCurrentIndex(d.action.findData("移交问题线索"))

    monkeypatch.setattr(FindingDialog, "exec", accepting(fill_finding))
    page.view.selectRow(0)
    qtbot.mouseClick(page.buttons["finding"], Qt.LeftButton)
    tab.on_changed(Topic.RECTIFY)
    page.view.selectRow(0)
    assert page.findings.rowCount() == 1 and page.findings.row_at(0).clue_code.startswith("XS-")
    assert tab.clues.model.rowCount() == 1 and tab.clues.model.row_at(0).source == "审查发现"
