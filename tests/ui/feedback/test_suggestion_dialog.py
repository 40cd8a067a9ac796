"""One suggestion's window: registering, the workflow buttons, saving edits when closed."""
import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from tests.support.dialogs import qdate

TODAY = dt.date.today()


def test_suggestion_dialog_registers_and_saves_edits(qtbot, app, court, popups, monkeypatch):
    from app.feedback.ledger import suggestion_row, suggestion_rows
    from ui.feedback.suggestion_dialog import SuggestionDialog

    dialog = SuggestionDialog(None)
    qtbot.addWidget(dialog)
    assert not any(b.isEnabled() for b in dialog.action_buttons.values())
    dialog.channel.setCurrentText("热线/信箱")
    dialog.collected.setDate(qdate(TODAY))
    qtbot.mouseClick(dialog.save_button, Qt.LeftButton)
    assert "意见建议内容" in popups[-1][2] and suggestion_rows() == []
    dialog.content.setPlainText("派出所户籍窗口中午不办公")
    dialog.anonymous.setChecked(True)
    qtbot.mouseClick(dialog.save_button, Qt.LeftButton)
    row = suggestion_rows()[0]
    assert (row.content, row.anonymous, row.channel, row.status) == ("派出所户籍窗口中午不办公", True, "热线/信箱", "待交办")
    assert {a for a, b in dialog.action_buttons.items() if b.isEnabled()} == {"交办", "不予采纳"}
    dialog.remarks.setPlainText("来电时间：上午")
    assert dialog.dirty()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.Save)
    dialog.close_dialog()  # asks whether to save; the answer is 保存
    assert suggestion_row(row.id).remarks == "来电时间：上午"


def test_both_forms_take_the_channel_and_date_from_the_event_chosen(qtbot, app, court):
    """A suggestion collected at an event has the event's kind and date (ui.feedback.widgets.source_fields):
    the one-by-one form and the batch both lock those two while an event is chosen, and free them without."""
    from app.feedback.collection import EventData, create_event
    from ui.feedback.batch_dialog import BatchEntryDialog
    from ui.feedback.suggestion_dialog import SuggestionDialog

    held = dt.date(2021, 4, 20)
    event = create_event(EventData(kind="走访", title="走访企业", held_on=held))
    for dialog in (SuggestionDialog(None), BatchEntryDialog(None)):
        qtbot.addWidget(dialog)
        name = type(dialog).__name__
        assert dialog.event_combo.currentData() is None
        assert dialog.channel.isEnabled() and dialog.collected.isEnabled(), name
        dialog.channel.setCurrentText("热线/信箱")
        dialog.event_combo.setCurrentIndex(dialog.event_combo.findData(event.id))
        assert (dialog.channel.currentText(), dialog.collected.date()) == ("走访", qdate(held)), name
        assert not dialog.channel.isEnabled() and not dialog.collected.isEnabled(), name
        dialog.event_combo.setCurrentIndex(0)
        assert dialog.channel.isEnabled() and dialog.collected.isEnabled(), name
    opened_at_the_event = BatchEntryDialog(None, event_id=event.id)
    qtbot.addWidget(opened_at_the_event)
    assert opened_at_the_event.channel.currentText() == "走访" and not opened_at_the_event.channel.isEnabled()
