"""Every table model of the feedback UI through qtmodeltester; the ledger's sorting, colours and filter."""


def test_models_pass_qt_model_tester(qtbot, app, demo_db, qtmodeltester):
    from app.feedback.collection import event_rows
    from app.feedback.ledger import ledger_rows, suggestion_rows
    from ui.feedback.batch_dialog import BatchEntryDialog
    from ui.feedback.settings_dialog import SettingsDialog
    from ui.feedback.suggestion_dialog import SuggestionDialog
    from ui.feedback.models import EventTableModel, SuggestionFilter, SuggestionTableModel

    model = SuggestionTableModel()
    model.set_rows(suggestion_rows())
    qtmodeltester.check(model)
    proxy = SuggestionFilter()
    proxy.setSourceModel(model)
    proxy.set_criteria(status="整改中", text="整改")
    qtmodeltester.check(proxy)
    events = EventTableModel()
    events.set_rows(event_rows())
    qtmodeltester.check(events)
    merged_target = next(r for r in ledger_rows() if r.submitter_count > 1)
    dialog = SuggestionDialog(None, merged_target.id)
    qtbot.addWidget(dialog)
    for rows_model in (dialog.history, dialog.submitters, dialog.attachments):
        qtmodeltester.check(rows_model)
    assert dialog.submitters.rowCount() == merged_target.submitter_count
    batch = BatchEntryDialog(None)
    qtbot.addWidget(batch)
    qtmodeltester.check(batch.model)
    settings = SettingsDialog(None)
    qtbot.addWidget(settings)
    qtmodeltester.check(settings.categories)
