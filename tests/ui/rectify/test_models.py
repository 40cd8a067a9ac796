"""Every table model of the 查纠整改 UI through qtmodeltester, on the demo database."""


def test_models_pass_qt_model_tester(qtbot, app, demo_db, qtmodeltester):
    from app.rectify.clues import clue_rows
    from app.rectify.models import Clue
    from app.rectify.self_checks import item_rows
    from ui.rectify.dialogs import DisposalDialog, ReviewDialog
    from ui.rectify.models import ClueFilter, ClueTableModel, ItemTableModel

    items = ItemTableModel()
    items.set_rows(item_rows())
    qtmodeltester.check(items)
    clues = ClueTableModel()
    clues.set_rows(clue_rows())
    qtmodeltester.check(clues)
    proxy = ClueFilter()
    proxy.setSourceModel(clues)
    proxy.set_criteria(source="自查移交")
    qtmodeltester.check(proxy)
    assert proxy.rowCount() == 65
    proxy.set_criteria(source="", overdue=True)
    qtmodeltester.check(proxy)
    assert proxy.rowCount() == sum(1 for r in clues.rows if r.overdue) < clues.rowCount()
    review = ReviewDialog(None, items.row_at(0).id)
    qtbot.addWidget(review)
    qtmodeltester.check(review.reviews)
    assert review.reviews.rowCount() == 3
    disposal = DisposalDialog(None, Clue.select().where(Clue.status == "已办结").first().id)
    qtbot.addWidget(disposal)
    qtmodeltester.check(disposal.history)
    assert disposal.history.rowCount() >= 2 and not disposal.save_button.isEnabled()


def test_check_models_pass_qt_model_tester(qtbot, app, demo_db, qtmodeltester):
    from app.rectify.special_checks import check_rows, finding_rows
    from ui.rectify.checks_page import CheckTableModel, ChecksPage, FindingTableModel

    checks = CheckTableModel()
    checks.set_rows(check_rows())
    qtmodeltester.check(checks)
    findings = FindingTableModel()
    with_findings = next(r for r in check_rows() if r.to_clues)
    findings.set_rows(finding_rows(with_findings.id))
    qtmodeltester.check(findings)
    page = ChecksPage()
    qtbot.addWidget(page)
    page.refresh()
    groups = [page.proxy.row_at(i).group for i in range(page.proxy.rowCount())]
    assert groups == ["七查"] * 7 + ["五项排查"] * 5 + ["专项清查"]
