"""The 回复函 from the tab or a suggestion's window: ask which submitter when several, build it, preview it."""
from __future__ import annotations

from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget

from app.errors import AppError
from app.feedback.outputs import print_reply_letter
from app.feedback.replies import letter_recipients
from ui.common.output import print_path
from ui.common.worker import show_error


def open_reply_letter(parent: QWidget, suggestion_id: int) -> None:
    """Build the 回复函 for one submitter of a suggestion (asking which, when several) and preview it.
    Messages are the parent's (its translation context)."""
    row, people = letter_recipients(suggestion_id)
    if not people:
        QMessageBox.information(parent, parent.tr("回复函"),
                                parent.tr("这条意见建议的提出人是匿名、未留姓名或督导组、评查组，没有回复函的收件人。"))
        return
    recipient = people[0]
    if len(people) > 1:
        labels = [f"{p.label}（{p.code}）" for p in people]
        choice, ok = QInputDialog.getItem(parent, parent.tr("回复函"), parent.tr("寄给哪一位提出人？"), labels, 0, False)
        if not ok:
            return
        recipient = people[labels.index(choice)]
    from ui.common.pdf_preview import preview

    out = print_path(f"回复函-{row.code}-{recipient.name}")
    try:
        print_reply_letter(out, row.id, recipient_id=recipient.suggestion_id)
    except AppError as exc:
        show_error(parent, parent.tr("回复函"), exc)
        return
    preview(parent, out)
