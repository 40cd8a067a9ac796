"""The pledge dialogs: a record's details."""
import datetime as dt

from app.pledges import printing, signing
from app.pledges.issuing import issue
from app.pledges.models import SIGNED, Pledge
from app.pledges.signers import officer_signers
from app.pledges.templates import template_by_key


def test_details_dialog_shows_the_steps(qtbot, unit, app_qt):
    from ui.pledges.dialogs import DetailsDialog

    issue(template_by_key("officer-three-rules").id, officer_signers())
    first = Pledge.select().first()
    printing.mark_printed([first.id])
    signing.mark_signed([first.id], dt.date.today())
    dialog = DetailsDialog(first.id)
    qtbot.addWidget(dialog)
    from PySide6.QtWidgets import QLabel

    texts = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert "下发" in texts and "纸质签署登记" in texts and "青山县人民法院" in texts


def test_issue_dialog_stays_open_when_issuing_to_the_others_is_declined(qtbot, unit, app_qt, dialogs):
    from ui.pledges.dialogs import IssueDialog

    officer_pledge = template_by_key("officer-three-rules").id
    issue(officer_pledge, officer_signers(unit="青山县司法局"))
    dialog = IssueDialog(template_id=officer_pledge)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.all_radio.isChecked() and dialog.model.rowCount() == 6
    assert "其中 1 人已有此承诺书" in dialog.count_label.text()
    dialog.issue_button.click()  # refused; the offer to skip 孙八 is closed without a choice
    assert dialogs[-1][0] == "box" and "孙八已有" in dialogs[-1][2]
    assert dialog.isVisible() and dialog.saved_value is None and Pledge.select().count() == 1
    dialog.reissue_check.setChecked(True)
    dialog.issue_button.click()
    assert not dialog.isVisible() and dialog.result() == dialog.DialogCode.Accepted
    assert (dialog.saved_value.created, dialog.saved_value.replaced) == (6, 1)


def test_signed_date_dialog_keeps_a_wrong_date_open_and_marked(qtbot, unit, app_qt, dialogs):
    from ui.common.dates import to_qdate
    from ui.pledges.dialogs import SignedDateDialog

    issue(template_by_key("officer-three-rules").id, officer_signers())
    first = Pledge.select().first()
    dialog = SignedDateDialog([first.id])
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.save_button.click()  # still 待打印: refused
    assert dialogs[-1][0] == "warning" and "不能登记为已签署" in dialogs[-1][2] and dialog.isVisible()
    printing.mark_printed([first.id])
    dialog.date_edit.setMinimumDate(to_qdate(dt.date(2000, 1, 1)))
    dialog.date_edit.setDate(to_qdate(dt.date.today() - dt.timedelta(days=3)))
    dialog.save_button.click()
    assert "不能早于下发日期" in dialogs[-1][2] and dialog.isVisible()
    assert dialog.date_edit.styleSheet()  # the field the error names is marked
    dialog.date_edit.setDate(to_qdate(dt.date.today()))
    dialog.save_button.click()
    assert not dialog.isVisible() and dialog.saved_value == 1 and Pledge.get_by_id(first.id).status == SIGNED
