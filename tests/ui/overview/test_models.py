"""The per-unit comparison model: the 合计 line stays last however it is sorted, figures needing attention in
red, the percentages shown and sorted by their rates."""
import pytest
from PySide6.QtCore import Qt


@pytest.fixture
def model(qtbot, demo_db):
    from app.reports.overview import overview
    from ui.common.table import SortProxy
    from ui.overview.models import UnitTableModel

    unit_model = UnitTableModel()
    unit_model.set_rows(overview().units)
    proxy = SortProxy()
    proxy.setSourceModel(unit_model)
    return unit_model, proxy


def test_the_total_stays_last(model, qtmodeltester):
    from ui.overview.models import UnitTableModel

    unit_model, proxy = model
    qtmodeltester.check(unit_model)
    for column in (UnitTableModel.UNIT, UnitTableModel.ATTENDANCE, UnitTableModel.OFFICERS, UnitTableModel.PLEDGES):
        proxy.sort(column, Qt.AscendingOrder)
        assert proxy.row_at(proxy.rowCount() - 1).unit_id is None
        values = [proxy.row_at(i) for i in range(proxy.rowCount() - 1)]
        if column == UnitTableModel.ATTENDANCE:
            rates = [r.attendance.attendance_rate for r in values]
            assert rates == sorted(rates, key=lambda v: (v is not None, v or 0))


def test_cells_show_and_mark_the_figures(model):
    from app.common.figures import percent
    from ui.overview.models import UnitTableModel, WARN

    unit_model, _proxy = model
    for row, r in enumerate(unit_model.rows):
        index = unit_model.index(row, UnitTableModel.ATTENDANCE)
        assert index.data() == percent(r.attendance.attendance_rate)
        assert unit_model.index(row, UnitTableModel.PLEDGES).data() == f"{r.pledges_signed}/{r.pledges_issued}"
        overdue = unit_model.index(row, UnitTableModel.OVERDUE)
        brush = overdue.data(Qt.ForegroundRole)
        assert (brush is not None and brush.color() == WARN) == (r.overdue > 0)
        assert unit_model.index(row, UnitTableModel.UNIT).data(Qt.ToolTipRole) == r.name
        assert (unit_model.index(row, 1).data(Qt.FontRole) is not None) == (r.unit_id is None)
    assert unit_model.headerData(UnitTableModel.OFFICERS, Qt.Horizontal, Qt.ToolTipRole)
    assert unit_model.index(0, UnitTableModel.OFFICERS).data(Qt.TextAlignmentRole) == int(
        Qt.AlignRight | Qt.AlignVCenter)
