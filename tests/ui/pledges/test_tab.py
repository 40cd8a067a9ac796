"""The 承诺书签订 tab: a new user's main path through it, and the links that point it at rows."""
from tests.support.pdf_checks import image_count, page_sizes, page_texts

from app.pledges import outputs
from app.pledges.models import ARCHIVED, PENDING, PRINTED, SIGNED
from app.pledges.templates import template_by_key
from tests.support.pledge_ui import draw_signature


def test_main_path_issue_print_sign_scan_and_reach_100_percent(qtbot, unit, app_qt, dialogs, monkeypatch, tmp_path):
    from PySide6.QtWidgets import QFileDialog

    import ui.common.pdf_preview as pdf_preview
    import ui.pledges.ledger_page as ledger_page
    from ui.pledges.dialogs import IssueDialog, SignDialog, SignedDateDialog
    from ui.pledges.tab import PledgesTab

    tab = PledgesTab()
    qtbot.addWidget(tab)
    tab.resize(1280, 800)
    tab.show()
    assert tab.TITLE == "承诺书签订" and "尚未下发" in tab.status_text()

    # 1. Issue the officer pledge to the whole court.
    def issue_to_the_court(dialog):
        dialog.template_combo.setCurrentIndex(dialog.template_combo.findData(template_by_key("officer-three-rules").id))
        dialog.unit_combo.setCurrentText(unit)
        dialog.unit_radio.click()
        assert dialog.unit_radio.isChecked() and dialog.model.rowCount() == 5
        dialog.issue_button.click()
        return dialog.result()

    monkeypatch.setattr(IssueDialog, "exec", issue_to_the_court)
    tab.ledger.issue_button.click()
    assert tab.ledger.model.rowCount() == 5 and "已下发 5 份" in tab.message.text()
    tab.ledger.issue_button.click()  # again: refused, the user cancels the "skip" offer
    assert tab.ledger.model.rowCount() == 5
    assert dialogs[-1][0] == "box" and "不能重复下发" in dialogs[-1][2]

    # 2. Print them all into one PDF (in the worker), preview it.
    previews = []
    monkeypatch.setattr(ledger_page, "ask_batch_mode", lambda *a: ledger_page.ONE_PDF)
    monkeypatch.setattr(pdf_preview, "preview", lambda parent, path, title=None: previews.append(path))
    tab.ledger.check_all.click()
    tab.ledger.print_button.click()
    qtbot.waitUntil(lambda: len(previews) == 1, timeout=20000)
    pdf = previews[0]
    assert page_sizes(pdf) == [(595.28, 841.89)] * 10  # 3号 on the standard grid: two pages each
    assert all(f"本人{name}" in text for name, text in zip(["张三", "李四", "王五", "赵六", "钱七"], page_texts(pdf)[::2]))
    qtbot.wait(50)
    assert {r.status for r in tab.ledger.model.rows} == {PENDING}  # a PDF is not a print
    tab.ledger.printed_action.trigger()  # the clerk printed it and says so
    assert {r.status for r in tab.ledger.model.rows} == {PRINTED}
    assert dialogs[-1][0] == "question" and "5 份承诺书已经打印" in dialogs[-1][2]

    # 3. Two sign on screen.
    def sign_here(dialog):
        assert dialog.document.pageCount() == 2
        draw_signature(qtbot, dialog.pad)
        assert dialog.confirm.isEnabled()
        dialog.confirm.click()
        return dialog.result()

    monkeypatch.setattr(SignDialog, "exec", sign_here)
    for row in range(2):
        tab.ledger.check_none.click()
        tab.ledger.model.set_checked([tab.ledger.model.rows[row].id], True)
        tab.ledger.sign_button.click()
    signed_on_screen = [r for r in tab.ledger.model.rows if r.signed_on_screen]
    assert len(signed_on_screen) == 2 and all(r.status == SIGNED for r in signed_on_screen)
    signed_pdf = outputs.pledge_pdf(signed_on_screen[0].id, tmp_path / "signed.pdf")
    assert image_count(signed_pdf, 1) == 1  # the signature on the pledge's second (last) page

    # 4. Tick the rest (the printed ones) as signed on paper.
    monkeypatch.setattr(SignedDateDialog, "exec", lambda self: self.accept() or self.result())
    tab.ledger.status_combo.setCurrentIndex(tab.ledger.status_combo.findData(PRINTED))
    assert tab.ledger.proxy.rowCount() == 3
    tab.ledger.check_all.click()
    tab.ledger.signed_button.click()
    assert not [d for d in dialogs if d[0] == "warning"], dialogs
    tab.ledger.status_combo.setCurrentIndex(0)
    assert {r.status for r in tab.ledger.model.rows} == {SIGNED}

    # 5. Attach a scan of one paper copy, then file everything.
    scan = tmp_path / "扫描件.png"
    from ui.pledges.signature_pad import render_png

    scan.write_bytes(render_png([[(0, 0, 0.5), (40, 30, 0.5)]]))
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(scan)], ""))
    tab.ledger.check_none.click()
    tab.ledger.view.setCurrentIndex(tab.ledger.proxy.index(4, 1))
    tab.ledger.scan_button.click()
    assert sum(r.scans for r in tab.ledger.model.rows) == 1
    tab.ledger.check_all.click()
    tab.ledger.archive_button.click()
    assert {r.status for r in tab.ledger.model.rows} == {ARCHIVED}

    # 6. The court's progress is 100 %.
    tab.pages.setCurrentWidget(tab.progress)
    court = [r for r in tab.progress.model.rows if r.unit == unit]
    assert len(court) == 1 and court[0].percent == 100.0 and court[0].signed == 5
    assert "100.0%" in tab.status_text()
    assert tab.progress.unsigned.rowCount() == 0
    assert not [d for d in dialogs if d[0] == "warning"], dialogs


def test_show_rows_sets_the_ledger_filters_and_on_changed_refreshes(qtbot, demo_db, app_qt):
    from app.events import Topic
    from ui.pledges.ledger_page import NOT_SIGNED
    from ui.pledges.tab import PledgesTab

    tab = PledgesTab()
    qtbot.addWidget(tab)
    political = template_by_key("political-rectification").id
    tab.pages.setCurrentWidget(tab.templates)
    tab.ledger.search.setText("无此人")
    assert tab.show_rows(template_id=political, status=NOT_SIGNED, unit="青山县公安局")
    assert tab.pages.currentWidget() is tab.ledger and tab.ledger.search.text() == ""
    rows = [tab.ledger.proxy.row_at(r) for r in range(tab.ledger.proxy.rowCount())]
    assert rows and {(r.template_id, r.unit) for r in rows} == {(political, "青山县公安局")}
    assert {r.status for r in rows} <= {"待打印", "已打印"}
    assert tab.show_rows(status=SIGNED) and {r.status for r in tab.ledger.model.rows} == {SIGNED}
    assert tab.ledger.template_combo.currentIndex() == 0 and tab.ledger.unit_combo.currentIndex() == 0
    assert not tab.show_rows(unit="没有这个单位") and tab.ledger.unit_combo.currentIndex() == 0
    assert not tab.show_rows(signed=False)  # not a criterion of this tab: the whole list
    assert tab.ledger.model.rowCount() == 518 + 518 + 748

    refreshed = []
    tab.status_changed.connect(lambda: refreshed.append(True))
    tab.on_changed(Topic.STUDY)
    assert not refreshed
    for topic in (Topic.PLEDGES, Topic.ROSTER, Topic.DATABASE):
        tab.on_changed(topic)
    assert len(refreshed) == 3
