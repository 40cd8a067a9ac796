"""The roster's table models: the Qt model contract, search as you type, the filters, sorting by pinyin."""
from PySide6.QtCore import Qt

from app.common import idcard
from app.roster.leaders import leader_rows
from app.roster.officers import officer_rows
from app.roster.trash import delete_officers


def names(model):
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def test_models_pass_qtmodeltester(qtmodeltester, demo_db, app_instance):
    from ui.roster.models import (LeaderTableModel, OfficerTableModel, PlainTableModel, TrashTableModel,
                                  trash_rows)

    officers = OfficerTableModel()
    officers.set_rows(officer_rows())
    qtmodeltester.check(officers)
    officers.set_search("派出所")
    officers.sort(0, Qt.DescendingOrder)
    qtmodeltester.check(officers)
    leaders = LeaderTableModel()
    leaders.set_rows(leader_rows())
    qtmodeltester.check(leaders)
    delete_officers([officer_rows()[0].id])
    trash = TrashTableModel()
    trash.set_rows(trash_rows(officer_rows(trashed=True), leader_rows(trashed=True)))
    assert trash.rowCount() == 1
    qtmodeltester.check(trash)
    qtmodeltester.check(PlainTableModel(["行", "问题"], [(3, "身份证号：校验位错误")]))


def test_officer_model_search_filters_and_sort(demo_db, app_instance):
    from ui.roster.models import OfficerTableModel

    rows = officer_rows()
    model = OfficerTableModel()
    model.set_rows(rows)
    assert model.rowCount() == len(rows)
    assert model.index(0, 3).data() == idcard.mask(rows[0].id_number)  # never the full number on screen

    target = rows[100]
    model.set_search(target.name)
    assert target.name in names(model)
    model.set_search(target.id_number[-4:])  # the tail shown on screen finds the person
    assert target.id_number in [model.row_at(r).id_number for r in range(model.rowCount())]
    model.set_search(target.id_number[6:12])  # the hidden birth digits do not
    assert all(not model.row_at(r).id_number.endswith(target.id_number[6:12]) for r in range(model.rowCount()))
    model.set_search("县法院 立案庭")  # several words: all must match; short unit names count
    assert model.rowCount() > 0
    assert {model.row_at(r).department for r in range(model.rowCount())} == {"立案庭"}
    model.set_search("")

    model.set_filters(unit="青山县公安局", status="在岗")
    assert {model.row_at(r).unit for r in range(model.rowCount())} == {"青山县公安局"}
    assert model.rowCount() == sum(1 for r in rows if r.unit == "青山县公安局" and r.status == "在岗")
    model.set_filters()

    model.sort(0, Qt.AscendingOrder)
    from ui.roster.models import pinyin_ranks

    shown = names(model)
    ranks = pinyin_ranks(shown)
    assert [ranks[n] for n in shown] == sorted(ranks[n] for n in shown)
    assert pinyin_ranks(["张三", "阿明", "王五", "陈刚"]) == {"阿明": 0, "陈刚": 1, "王五": 2, "张三": 3}
    model.sort(-1, Qt.AscendingOrder)  # back to the roster's own order
    assert [model.row_at(r).id for r in range(model.rowCount())] == [r.id for r in rows]


def test_the_id_column_shows_a_whole_masked_number_at_any_font_size(db, app_instance):
    """At 150 % scaling (or a larger office font) a fixed 146 px cut off the last digits of the masked ID."""
    from PySide6.QtGui import QFont
    from PySide6.QtWidgets import QApplication

    from app.common import idcard
    from ui.roster.models import OfficerTableModel
    from ui.roster.views import WIDEST_ID, make_table_view

    default = QApplication.font()
    try:
        for points in (9, 12, 15):
            font = QFont(default)
            font.setPointSize(points)
            QApplication.setFont(font)
            view = make_table_view(OfficerTableModel())
            column = [spec.key for spec in OfficerTableModel.COLUMNS].index("id_number")
            needed = view.fontMetrics().horizontalAdvance(idcard.mask(WIDEST_ID))
            assert view.columnWidth(column) >= needed + 8, points
            for index, spec in enumerate(OfficerTableModel.COLUMNS):  # every header reads whole too
                assert view.columnWidth(index) >= view.horizontalHeader().fontMetrics().horizontalAdvance(spec.title)
            view.deleteLater()
    finally:
        QApplication.setFont(default)


def test_birth_date_beside_a_masked_id_is_the_year_without_the_id_permission(demo_db, app_instance, monkeypatch):
    """Issue 13, item 3: the masked ID column and the birth date column together gave the whole number."""
    from app.safety import access
    from ui.roster.models import OfficerTableModel

    rows = officer_rows()
    person = next(r for r in rows if r.id_number)
    model = OfficerTableModel()
    model.set_rows(rows)  # accounts off: the user may see full numbers anyway
    row = model.rows.index(person)
    assert model.index(row, 2).data() == f"{person.birth_date:%Y-%m-%d}"
    monkeypatch.setattr(access, "can", lambda permission: permission != access.ID_NUMBERS)
    model.set_rows(officer_rows())
    row = [r.id for r in model.rows].index(person.id)
    assert model.index(row, 3).data() == idcard.mask(person.id_number)
    assert model.index(row, 2).data() == f"{person.birth_date.year}年"
