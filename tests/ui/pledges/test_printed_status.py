"""已打印 means printed: making and previewing the PDF leaves 待打印; a print dialog that is cancelled leaves it;
only a job the preview's 打印 sent to the printer (here Qt's PDF printer) marks the pledges 已打印."""
from app.pledges.ledger import pledge_rows
from app.pledges.models import PENDING, PRINTED, Pledge
from tests.support.pledge_data import issue_officers


def test_only_a_print_job_that_was_sent_marks_pledges_printed(qtbot, unit, app_qt, dialogs, monkeypatch, tmp_path):
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter
    from PySide6.QtWidgets import QApplication, QDialog

    import ui.pledges.ledger_page as ledger_page
    from ui.common.pdf_preview import PdfPreviewDialog
    from ui.pledges.tab import PledgesTab

    issue_officers()
    tab = PledgesTab()
    qtbot.addWidget(tab)
    tab.show()
    monkeypatch.setattr(ledger_page, "ask_batch_mode", lambda *a: ledger_page.ONE_PDF)
    tab.ledger.check_all.click()
    tab.ledger.print_button.click()

    def shown_preview():
        found = [w for w in QApplication.topLevelWidgets() if isinstance(w, PdfPreviewDialog) and w.isVisible()]
        return found[0] if found else None

    qtbot.waitUntil(lambda: shown_preview() is not None, timeout=20000)
    preview = shown_preview()
    statuses = lambda: {r.status for r in pledge_rows()}  # noqa: E731
    assert preview.document.pageCount() == 12 and statuses() == {PENDING}  # two pages each

    sent = tmp_path / "sent-to-printer.pdf"
    answers = []

    def print_dialog(self):  # the user's answer in Qt's print dialog; "OK" prints to a PDF printer
        if not answers.pop(0):
            return QDialog.Rejected
        self.printer().setOutputFormat(QPrinter.PdfFormat)
        self.printer().setOutputFileName(str(sent))
        return QDialog.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", print_dialog)
    answers.append(False)
    preview.print_button.click()  # cancelled in the print dialog
    assert not sent.exists() and statuses() == {PENDING}
    assert {p.print_count for p in Pledge.select()} == {0}

    answers.append(True)
    preview.print_button.click()
    assert sent.stat().st_size > 1000
    assert statuses() == {PRINTED} and {p.print_count for p in Pledge.select()} == {1}
    assert "已打印 6 份" in tab.message.text()
    assert not [d for d in dialogs if d[0] == "warning"], dialogs
    preview.close()
