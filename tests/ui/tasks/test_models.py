"""Every table model of the 任务督导 UI through qtmodeltester, on the demo database; the task filter's criteria."""


def test_models_pass_qt_model_tester(qtbot, app, demo_db, qtmodeltester):
    from app.tasks.daily_reports import missing_reports, report_rows
    from app.tasks.supervision import reminder_rows, visit_rows
    from app.tasks.task_list import task_rows
    from ui.tasks.models import (MissingTableModel, ReminderTableModel, ReportTableModel, TaskFilter, TaskTableModel,
                                 VisitTableModel)

    tasks = TaskTableModel()
    tasks.set_rows(task_rows())
    qtmodeltester.check(tasks)
    proxy = TaskFilter()
    proxy.setSourceModel(tasks)
    proxy.set_criteria(stage="查纠整改", key_only=True)
    qtmodeltester.check(proxy)
    assert proxy.rowCount() == 12
    proxy.set_criteria(stage="", key_only=False, overdue=True)
    assert proxy.rowCount() == 1
    for model, rows in ((VisitTableModel(), visit_rows()), (ReminderTableModel(), reminder_rows()),
                        (ReportTableModel(), report_rows()), (MissingTableModel(), missing_reports())):
        model.set_rows(rows)
        qtmodeltester.check(model)
        assert model.rowCount() == len(rows)
    missing = MissingTableModel()
    day = report_rows()[0].day
    missing.set_rows(missing_reports(day, day) or [])
    qtmodeltester.check(missing)
