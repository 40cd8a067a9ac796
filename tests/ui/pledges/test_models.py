"""The pledge tab's table models: the model tester on demo data, and the tick column."""
from app.pledges.figures import progress_rows
from app.pledges.ledger import pledge_rows, unsigned_rows
from app.pledges.signers import leader_signers


def test_models_pass_the_model_tester(qtmodeltester, demo_db, app_qt):
    from ui.pledges.models import PledgeTableModel, ProgressTableModel, SignerTableModel

    pledge_model = PledgeTableModel()
    pledge_model.set_rows(pledge_rows()[:300])
    pledge_model.set_checked([pledge_model.rows[0].id], True)
    qtmodeltester.check(pledge_model)
    plain = PledgeTableModel(checkable=False)
    plain.set_rows(unsigned_rows())
    qtmodeltester.check(plain)
    progress = ProgressTableModel()
    progress.set_rows(progress_rows())
    qtmodeltester.check(progress)
    signers = SignerTableModel()
    signers.set_rows(leader_signers()[:50])
    qtmodeltester.check(signers)
    assert pledge_model.rowCount() == 300 and progress.rowCount() > 10


def test_tick_column_checks_and_unchecks(demo_db, app_qt):
    from PySide6.QtCore import Qt

    from ui.pledges.models import PledgeTableModel

    model = PledgeTableModel()
    model.set_rows(pledge_rows()[:5])
    index = model.index(1, 0)
    assert model.setData(index, Qt.Checked.value, Qt.CheckStateRole)
    assert [r.id for r in model.checked_rows()] == [model.rows[1].id]
    assert model.data(index, Qt.CheckStateRole) == Qt.Checked
    model.set_checked([r.id for r in model.rows], False)
    assert model.checked_rows() == []


def test_cells_read_as_before_and_the_proxy_sorts_ticked_rows_and_statuses(demo_db, app_qt):
    from PySide6.QtCore import Qt

    from ui.common.table import SortProxy
    from ui.pledges.models import PledgeTableModel

    model = PledgeTableModel()
    rows = pledge_rows()[:40]
    model.set_rows(rows)
    first = rows[0]
    cells = [model.index(0, c).data() for c in range(model.columnCount())]
    assert cells[1:3] == [first.name, first.unit] and cells[6] == "第%d版" % first.version
    assert cells[8] == f"{first.issued_at:%Y-%m-%d}" and cells[7] == first.status
    assert model.headerData(0, Qt.Horizontal) == "选" and model.headerData(7, Qt.Horizontal) == "状态"
    proxy = SortProxy()
    proxy.setSourceModel(model)
    model.set_checked([rows[7].id], True)
    proxy.sort(0, Qt.AscendingOrder)
    assert proxy.row_at(0).id == rows[7].id  # ticked first
    proxy.sort(7, Qt.AscendingOrder)
    order = ("待打印", "已打印", "已签署", "已归档")
    statuses = [proxy.row_at(r).status for r in range(proxy.rowCount())]
    assert statuses == sorted(statuses, key=order.index)
    seen = []
    model.checked_changed.connect(seen.append)
    model.set_rows(rows[8:])  # the ticked row is gone: so is its tick
    assert model.checked == set() and seen == [0]
