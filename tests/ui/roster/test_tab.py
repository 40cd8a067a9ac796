"""The roster tab, its models and dialogs, driven as a clerk would (qtbot), on a real database."""
import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from app.common import idcard
from app.roster.leaders import LeaderData, create_leader, leader_rows
from app.roster.officers import OfficerData, create_officer, officer_rows
from app.roster.trash import delete_officers
from app.roster.models import Officer, OutsideLeader
from tests.support.xlsx_helpers import write_xlsx

ID_A = "11010519491231002X"


@pytest.fixture
def app_instance(tmp_path):
    from PySide6.QtCore import QSettings

    from ui.shell.application import create_application

    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):  # no column widths from other runs
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    return create_application()


@pytest.fixture
def tab(qtbot, demo_db, app_instance):
    from ui.roster.tab import RosterTab

    widget = RosterTab()
    qtbot.addWidget(widget)
    widget.resize(1280, 760)
    widget.show()
    return widget


@pytest.fixture
def answer_yes(monkeypatch):
    calls = []

    def yes(*args, **kwargs):
        calls.append(args[2] if len(args) > 2 else "")
        return QMessageBox.Yes

    monkeypatch.setattr(QMessageBox, "question", yes)
    monkeypatch.setattr(QMessageBox, "warning", yes)
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: QMessageBox.Ok)
    return calls


def names(model):
    return [model.index(r, 0).data() for r in range(model.rowCount())]


# ---------------------------------------------------------------- models

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


# ---------------------------------------------------------------- dialogs

def test_officer_dialog_inline_errors_keep_what_was_typed(qtbot, db, app_instance):
    from ui.roster.dialogs import OfficerDialog

    dialog = OfficerDialog()
    qtbot.addWidget(dialog)
    dialog.name.setText("王敏")
    dialog.id_number.setText("360426199101010072")  # bad checksum
    dialog.hire_date.setText("2021年2月30日")
    dialog.post.setText("审判员")
    assert not dialog.rows["身份证号"].message.isHidden()  # shown while typing, before saving
    dialog.save()
    assert dialog.result() != QDialog.Accepted and Officer.select().count() == 0
    assert "校验位" in dialog.rows["身份证号"].message.text()
    assert "不存在" in dialog.rows["入职时间"].message.text()
    assert "不能为空" in dialog.rows["单位"].message.text()
    assert (dialog.name.text(), dialog.post.text(), dialog.hire_date.text()) == ("王敏", "审判员", "2021年2月30日")

    dialog.id_number.setText(ID_A)  # a good number fills gender and birth date
    assert dialog.gender.currentText() == "女" and dialog.birth_date.text() == "1949-12-31"
    assert not dialog.birth_date.isEnabled()
    dialog.hire_date.setText("2021.06")
    dialog.unit.setEditText("青山县人民法院")
    dialog.save()
    assert dialog.result() == QDialog.Accepted
    officer = Officer.get(Officer.name == "王敏")
    assert (officer.id_number, officer.hire_date, officer.gender) == (ID_A, dt.date(2021, 6, 1), "女")


def test_officer_dialog_duplicate_id_shown_at_the_field(qtbot, db, app_instance):
    from ui.roster.dialogs import OfficerDialog

    create_officer(OfficerData(name="甲", unit="县法院", id_number=ID_A))
    dialog = OfficerDialog()
    qtbot.addWidget(dialog)
    dialog.name.setText("乙")
    dialog.unit.setEditText("县法院")
    dialog.id_number.setText(ID_A)
    dialog.save()
    assert dialog.result() != QDialog.Accepted
    assert "已被县法院的甲使用" in dialog.rows["身份证号"].message.text()


def test_edit_dialog_masks_the_id_until_asked(qtbot, db, app_instance):
    from ui.roster.dialogs import OfficerDialog

    officer = create_officer(OfficerData(name="甲", unit="县法院", id_number=ID_A))
    dialog = OfficerDialog(data=OfficerData.from_officer(officer), officer_id=officer.id)
    qtbot.addWidget(dialog)
    assert dialog.id_number.text() == idcard.mask(ID_A) and dialog.id_number.isReadOnly()
    dialog.post.setText("庭长")
    dialog.save()  # the masked text is not taken for a new number
    assert Officer.get_by_id(officer.id).id_number == ID_A and Officer.get_by_id(officer.id).post == "庭长"
    dialog = OfficerDialog(data=OfficerData.from_officer(officer), officer_id=officer.id)
    qtbot.addWidget(dialog)
    dialog.reveal.click()
    assert dialog.id_number.text() == ID_A and not dialog.id_number.isReadOnly()


# ---------------------------------------------------------------- the tab

def fake_exec(fill):
    """Replace a dialog's exec(): fill its fields as a user would, press save, return what exec() returns."""

    def run(dialog):
        fill(dialog)
        dialog.save()
        return dialog.result()

    return run


def test_add_edit_search_delete_restore(qtbot, tab, monkeypatch, answer_yes):
    from ui.roster.dialogs import OfficerDialog

    start = tab.officer_model.total()
    assert "干警" in tab.status_text() and str(start) in tab.status_text()

    def fill_new(d):
        d.name.setText("欧阳明")
        d.unit.setEditText("青山县人民法院")
        d.department.setEditText("立案庭")
        d.post.setText("法官助理")

    monkeypatch.setattr(OfficerDialog, "exec", fake_exec(fill_new))
    tab.add()
    assert tab.officer_model.total() == start + 1
    assert [tab.officer_model.row_at(r).name for r in tab.selected_rows()] == ["欧阳明"]  # selected after saving

    monkeypatch.setattr(OfficerDialog, "exec", fake_exec(lambda d: d.post.setText("审判员")))
    tab.edit_selected()
    assert Officer.get(Officer.name == "欧阳明").post == "审判员"

    tab.search.setText("欧阳")  # search as you type
    assert names(tab.officer_model) == ["欧阳明"]
    assert "筛选后显示 1 条" in tab.status_text()

    tab.officer_view.selectRow(0)
    tab.delete_selected()
    assert Officer.get(Officer.name == "欧阳明").deleted_at is not None
    assert tab.officer_model.rowCount() == 0 and not tab.empty_label.isHidden()

    tab.search.clear()
    tab.set_view(tab.TRASH)
    assert names(tab.trash_model) == ["干警"]
    tab.trash_view.selectRow(0)
    tab.restore_selected()
    assert Officer.get(Officer.name == "欧阳明").deleted_at is None
    assert tab.trash_model.total() == 0


def test_purge_from_trash(qtbot, tab, answer_yes):
    # A new officer: demo officers are referenced by study, talk and pledge records, which blocks purging.
    victim = create_officer(OfficerData(name="临时人员", unit="青山县司法局"))
    delete_officers([victim.id])
    tab.reload()
    tab.set_view(tab.TRASH)
    tab.trash_view.selectRow(0)
    tab.purge_selected()
    assert Officer.get_or_none(Officer.id == victim.id) is None


def test_purge_refuses_an_officer_other_records_need(qtbot, tab, answer_yes):
    from app.study.models import Attendee

    victim = Officer.get_by_id(Attendee.select(Attendee.officer).first().officer_id)
    delete_officers([victim.id])
    tab.reload()
    tab.set_view(tab.TRASH)
    tab.trash_view.selectRow(0)
    tab.purge_selected()
    assert Officer.get_or_none(Officer.id == victim.id) is not None
    assert any("仍被其他记录" in message for message in answer_yes)


def test_filters_and_clear(qtbot, tab):
    index = tab.unit_filter.findData("青山县人民检察院")
    tab.unit_filter.setCurrentIndex(index)
    tab.status_filter.setCurrentIndex(tab.status_filter.findData("在岗"))
    shown = {tab.officer_model.row_at(r).unit for r in range(tab.officer_model.rowCount())}
    assert shown == {"青山县人民检察院"}
    tab.reset_filters()
    assert tab.officer_model.rowCount() == tab.officer_model.total()


def test_keyboard(qtbot, tab, monkeypatch, answer_yes):
    from ui.roster.dialogs import OfficerDialog

    tab.officer_view.setFocus()
    qtbot.keyClick(tab, Qt.Key_F, Qt.ControlModifier)
    assert tab.search.hasFocus()
    opened = []
    monkeypatch.setattr(OfficerDialog, "exec", lambda d: opened.append(d.officer_id) or QDialog.Rejected)
    qtbot.keyClick(tab.search, Qt.Key_Return)  # Enter in the search box goes to the first row
    assert tab.officer_view.hasFocus() and tab.selected_rows() == [0]
    qtbot.keyClick(tab.officer_view, Qt.Key_Return)
    assert opened == [tab.officer_model.id_at(0)]
    qtbot.keyClick(tab, Qt.Key_N, Qt.ControlModifier)
    assert opened[-1] is None  # a new-officer dialog
    first = tab.officer_model.id_at(0)
    tab.officer_view.setFocus()
    qtbot.keyClick(tab.officer_view, Qt.Key_Delete)
    assert Officer.get_by_id(first).deleted_at is not None


def test_leaders_add_edit_delete_restore(qtbot, tab, monkeypatch, answer_yes):
    from ui.roster.dialogs import LeaderDialog

    tab.set_view(tab.LEADERS)
    assert tab.leader_model.total() == 218
    assert tab.unit_filter.isHidden()  # the officer filters do not apply here

    def fill(d):
        d.name.setText("司马光")
        d.organization.setEditText("县人民政府")
        d.post.setText("副县长")

    monkeypatch.setattr(LeaderDialog, "exec", fake_exec(fill))
    tab.add()
    assert OutsideLeader.get(OutsideLeader.name == "司马光").post == "副县长"
    monkeypatch.setattr(LeaderDialog, "exec", fake_exec(lambda d: d.organization.setEditText("")))
    tab.edit_selected()  # an empty organisation is refused; nothing changes
    assert OutsideLeader.get(OutsideLeader.name == "司马光").organization == "县人民政府"
    monkeypatch.setattr(LeaderDialog, "exec", fake_exec(lambda d: d.post.setText("常务副县长")))
    tab.edit_selected()
    assert OutsideLeader.get(OutsideLeader.name == "司马光").post == "常务副县长"
    tab.delete_selected()
    assert OutsideLeader.get(OutsideLeader.name == "司马光").deleted_at is not None
    tab.set_view(tab.TRASH)
    tab.trash_view.selectRow(0)
    tab.restore_selected()
    assert OutsideLeader.get(OutsideLeader.name == "司马光").deleted_at is None


def test_import_through_preview(qtbot, tab, tmp_path, monkeypatch, answer_yes):
    from ui.roster.dialogs import ImportPreviewDialog

    path = write_xlsx(tmp_path / "新人.xlsx", [["姓名", "所在单位", "身份证号码", "职务"],
                                              ["上官婉", "青山县人民法院", ID_A, "书记员"],
                                              ["诸葛亮", "青山县司法局", "", "司法所长"]])
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    seen = []

    def accept(dialog):
        seen.append((dialog.add_model.rowCount(), dialog.import_button.isEnabled()))
        return QDialog.Accepted

    monkeypatch.setattr(ImportPreviewDialog, "exec", accept)
    before = Officer.alive().count()
    tab.import_excel()
    qtbot.waitUntil(lambda: getattr(tab, "last_import", None) is not None, timeout=10_000)
    assert seen == [(2, True)]
    assert Officer.alive().count() == before + 2
    assert tab.officer_model.total() == before + 2


def test_import_with_problems_writes_nothing(qtbot, tab, tmp_path, monkeypatch, answer_yes):
    from ui.roster.dialogs import ImportPreviewDialog

    path = write_xlsx(tmp_path / "坏.xlsx", [["姓名", "单位", "身份证号"], ["甲", "青山县人民法院", "360426199101010072"]])
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    seen = []

    def look(dialog):
        seen.append((dialog.problem_model.rowCount(), dialog.import_button.isEnabled(),
                     dialog.problem_model.index(0, 0).data()))
        return QDialog.Rejected

    monkeypatch.setattr(ImportPreviewDialog, "exec", look)
    before = Officer.select().count()
    tab.import_excel()
    qtbot.waitUntil(lambda: bool(seen), timeout=10_000)
    assert seen == [(1, False, "3")]
    assert Officer.select().count() == before


def test_export_and_template(qtbot, tab, tmp_path, monkeypatch, answer_yes):
    from openpyxl import load_workbook

    out = tmp_path / "台账.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    tab.export_excel()
    qtbot.waitUntil(lambda: getattr(tab, "last_export", None) == out, timeout=10_000)
    assert any("个人信息" in text for text in answer_yes)  # the user was warned
    sheet = load_workbook(out, read_only=True).active
    assert sum(1 for _ in sheet.iter_rows(min_row=3)) == tab.officer_model.total()
    template = tmp_path / "模板.xlsx"
    tab.export_excel(str(template), template=True)
    qtbot.waitUntil(lambda: tab.last_export == template, timeout=10_000)


def test_main_window_has_the_roster_tab_with_menu_actions(qtbot, demo_db, app_instance):
    from ui.shell.main_window import MainWindow
    from ui.roster.tab import RosterTab
    from ui.shell.tabs import TABS

    window = MainWindow()
    qtbot.addWidget(window)
    index = [name for _module, name in TABS].index("RosterTab")  # after the overview
    window.tabs.setCurrentIndex(index)
    assert isinstance(window.tabs.currentWidget(), RosterTab)
    assert window.tabs.tabText(index) == "人员台账"
    texts = [a.text() for a in window.file_menu.actions()]
    assert "导入(&I)" in texts and "导出(&E)" in texts
    assert "干警" in window.status_label.text()


def test_changes_reload_the_tab_once(qtbot, tab, monkeypatch, app_instance):
    from app import events

    calls = []
    original = tab.reload
    monkeypatch.setattr(tab, "reload", lambda: (calls.append(1), original()))
    tab.on_changed("roster")
    tab.on_changed("roster")
    tab.on_changed("pledges")  # another feature's data: nothing to do
    qtbot.waitUntil(lambda: calls == [1])
    create_leader(LeaderData(name="甲", organization="县政府"))
    events.changed("roster")
    tab.on_changed("roster")
    tab.reload()  # the tab reloads by itself first: the scheduled one is dropped
    app_instance.processEvents()
    assert calls == [1, 1]
