"""The 补学台账 page: closing an overdue make-up task."""
import datetime as dt


from app.study import makeup, models


def test_close_a_make_up_task_from_the_ledger(tab, qtbot, monkeypatch):
    from ui.study.makeup_dialogs import CompleteDialog

    tab.pages.setCurrentIndex(1)
    ledger = tab.ledger
    ledger.state.setCurrentIndex(ledger.state.findData(models.STATE_OVERDUE))
    overdue = ledger.proxy.rowCount()
    assert overdue > 0
    assert all(ledger.proxy.row_at(r).state == models.STATE_OVERDUE for r in range(overdue))
    ledger.view.selectRow(0)
    target = ledger.proxy.row_at(0)

    def fill(dialog: CompleteDialog):
        dialog.note.setPlainText("观看会议录像")
        dialog.accept()  # saves, as the 登记完成 button does
        return dialog.result()

    monkeypatch.setattr(CompleteDialog, "exec", fill)
    ledger.complete()
    qtbot.waitUntil(lambda: ledger.proxy.rowCount() == overdue - 1, timeout=5000)
    done = [r for r in makeup.makeup_rows(state=models.STATE_DONE) if r.id == target.id]
    assert done and done[0].evidence_note == "观看会议录像" and done[0].completed_on == dt.date.today()
