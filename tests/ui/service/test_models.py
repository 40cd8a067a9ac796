"""Every table model of the 我为群众办实事 UI through qtmodeltester, on the demo database."""


def test_models_pass_qt_model_tester(qtbot, app, demo_db, qtmodeltester):
    from app.service.measures import measure_rows
    from app.service.records import record_rows
    from ui.common.table import SortProxy
    from ui.service.models import MeasureTableModel, RecordTableModel

    records = RecordTableModel()
    records.set_rows(record_rows())
    qtmodeltester.check(records)
    assert records.rowCount() == 32
    assert "上门送证500余个" in [row[-1] for row in records.display_rows()]
    measures = MeasureTableModel()
    measures.set_rows(measure_rows())
    qtmodeltester.check(measures)
    assert measures.rowCount() == 117
    proxy = SortProxy()
    proxy.setSourceModel(measures)
    proxy.set_predicate(lambda r: r.kind == "优化营商环境措施")
    qtmodeltester.check(proxy)
    assert proxy.rowCount() == 83
