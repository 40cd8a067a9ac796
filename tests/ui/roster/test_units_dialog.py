"""单位管理 and the places that take a unit's name: the officer form asks before a new unit, the import preview
asks 创建新单位 / 归入已有单位. On the demo database, offscreen."""
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QInputDialog, QMessageBox, QPushButton

from app.roster.models import Officer, Unit, UnitAlias
from app.roster.units import find_unit, unit_rows

SCREEN = (1366, 768)


def test_unit_model_passes_the_model_tester(qtmodeltester, demo_db, app_instance):
    from ui.roster.units_dialog import UnitTableModel

    model = UnitTableModel()
    model.set_rows(unit_rows())
    assert model.rowCount() == 5 and model.columnCount() == 7
    qtmodeltester.check(model)
    procuratorate = model.row_of_key(find_unit("县检察院").id)
    assert model.display_rows()[procuratorate][1:4] == ["青山县人民检察院", "县检察院", "青山县检察院、县人民检察院"]
    assert model.data(model.index(procuratorate, 1), Qt.BackgroundRole) is None
    Unit.create(name="县检察院", sort_order=9)  # what the old import made
    model.set_rows(unit_rows())
    qtmodeltester.check(model)
    marked = [r for r in range(model.rowCount()) if model.data(model.index(r, 1), Qt.BackgroundRole) is not None]
    assert [model.row_at(r).name for r in marked] == ["青山县人民检察院", "县检察院"]
    assert "合并到" in model.data(model.index(marked[1], 1), Qt.ToolTipRole)


def test_units_dialog_main_path(qtbot, demo_db, app_instance, answer_yes, monkeypatch, tmp_path):
    from ui.roster.units_dialog import UnitFormDialog, UnitsDialog

    dialog = UnitsDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.width() <= SCREEN[0] and dialog.height() <= SCREEN[1]
    for button in dialog.findChildren(QPushButton):  # every button inside the window at 1366×768
        corner = button.mapTo(dialog, button.rect().bottomRight())
        assert corner.x() <= dialog.width() and corner.y() <= dialog.height(), button.text()
    dialog.grab().save(str(tmp_path / "units.png"))
    assert (tmp_path / "units.png").stat().st_size > 10_000

    # 新增: a unit whose alias is another unit's short name is refused, the form stays open
    form = UnitFormDialog(dialog)
    qtbot.addWidget(form)
    form.name.setText("青山县公安局交通警察大队")
    form.short_name.setText("县交警大队")
    form.aliases.setPlainText("青山县公安局交警大队\n县公安局")
    form.accept()
    assert form.result() != QDialog.Accepted and "县公安局" in form.aliases.toolTip()
    form.aliases.setPlainText("青山县公安局交警大队")
    form.departments.add("事故处理中队")
    form.accept()
    assert form.result() == QDialog.Accepted
    dialog.reload(form.saved_value.id)
    new = dialog.selected()
    assert (new.name, new.aliases, new.departments) == ("青山县公安局交通警察大队", ("青山县公安局交警大队",), ("事故处理中队",))

    # 上移: the new unit moves above 县司法局
    dialog.move_selected(-1)
    assert [r.short_name for r in dialog.model.rows][-2:] == ["县交警大队", "县司法局"]

    # 合并到…: everything into 县公安局, the old names resolve there
    Officer.create(name="交警甲", unit=new.id)
    police = find_unit("县公安局")
    monkeypatch.setattr(QInputDialog, "getItem",
                        lambda *a, **k: ("青山县公安局（县公安局）", True))
    dialog.merge_selected()
    assert Unit.get_or_none(Unit.id == new.id) is None
    assert find_unit("青山县公安局交警大队").id == police.id == find_unit("县交警大队").id
    assert Officer.get(Officer.name == "交警甲").unit_id == police.id
    assert any("人员 1" in question for question in answer_yes)  # the question said what would move
    assert dialog.selected().id == police.id and len(dialog.model.rows) == 5

    # 删除: refused while anything refers to the unit, with the reason shown
    dialog.delete_selected()
    assert Unit.get_or_none(Unit.id == police.id) is not None
    assert any("不能删除" in str(text) for text in answer_yes)

    # 编辑: a rename keeps the old name as an alias
    form = dialog.open_form(dialog.selected())
    qtbot.addWidget(form)
    assert form.departments.departments()[0][0] is not None  # departments keep their ids
    form.name.setText("青山县公安局（新）")
    form.accept()
    assert form.result() == QDialog.Accepted
    assert UnitAlias.select().where(UnitAlias.unit == police.id, UnitAlias.name == "青山县公安局").exists()


def test_officer_form_resolves_short_names_and_asks_before_a_new_unit(qtbot, demo_db, app_instance, monkeypatch):
    from ui.roster.dialogs import OfficerDialog

    units_before = Unit.select().count()
    dialog = OfficerDialog()
    qtbot.addWidget(dialog)
    dialog.name.setText("新人甲")
    dialog.unit.setEditText("县 检察院")
    assert "青山县人民检察院" in dialog.rows["单位"].message.text()
    assert dialog.department.findText("第一检察部") >= 0  # the unit's departments are offered
    dialog.accept()
    assert dialog.result() == QDialog.Accepted
    assert Officer.get(Officer.name == "新人甲").unit.name == "青山县人民检察院" and Unit.select().count() == units_before

    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or QMessageBox.No)
    dialog = OfficerDialog()
    qtbot.addWidget(dialog)
    dialog.name.setText("新人乙")
    dialog.unit.setEditText("青山县公安局交警大队")
    assert "先问" in dialog.rows["单位"].message.text()
    dialog.accept()
    assert dialog.result() != QDialog.Accepted and asked and "别名" in asked[0]
    assert "单位管理" in dialog.rows["单位"].message.text() and Unit.select().count() == units_before
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.Yes)
    dialog.accept()
    assert dialog.result() == QDialog.Accepted and Unit.select().count() == units_before + 1


def test_import_preview_asks_create_or_file_under(qtbot, demo_db, app_instance, tmp_path):
    from app.roster.excel_import import plan_import
    from app.roster.unit_admin import settle_unknown_units
    from tests.support.xlsx_helpers import write_xlsx
    from ui.roster.import_preview import ImportPreviewDialog

    path = write_xlsx(tmp_path / "u.xlsx", [["姓名", "单位"], ["甲", "县检察院"], ["乙", "青山县公安局交警大队"],
                                            ["丙", "县综治中心"]])
    dialog = ImportPreviewDialog(plan_import(path))
    qtbot.addWidget(dialog)
    assert set(dialog.unit_choices) == {"青山县公安局交警大队", "县综治中心"}
    assert not dialog.import_button.isEnabled()  # nothing decided yet
    police = dialog.unit_choices["青山县公安局交警大队"]
    police.setCurrentIndex(police.findText("归入已有单位：青山县公安局（县公安局）"))
    assert not dialog.import_button.isEnabled()
    new = dialog.unit_choices["县综治中心"]
    new.setCurrentIndex(new.findText("创建新单位“县综治中心”"))
    assert dialog.import_button.isEnabled()
    choices = dialog.chosen_units()
    assert choices == {"青山县公安局交警大队": find_unit("县公安局").id, "县综治中心": None}
    settle_unknown_units(choices)
    again = plan_import(path)
    assert not again.unknown_units
    assert [r.data.unit for r in again.to_add] == ["青山县人民检察院", "青山县公安局", "县综治中心"]
