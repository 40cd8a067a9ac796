"""The roster tab, driven as a clerk would (qtbot), on a real database."""
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from app.events import Topic
from app.roster.leaders import LeaderData, create_leader
from app.roster.models import Officer, OutsideLeader
from app.roster.officers import OfficerData, create_officer
from app.roster.trash import delete_officers


def names(model):
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def fake_exec(fill):
    """Replace a dialog's exec(): fill its fields as a user would, press save, return what exec() returns."""

    def run(dialog):
        fill(dialog)
        dialog.accept()  # as the 保存 button does
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
    assert tab.leader_model.total() == 748
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
    tab.on_changed(Topic.ROSTER)
    tab.on_changed(Topic.ROSTER)
    tab.on_changed(Topic.PLEDGES)  # another feature's data: nothing to do
    qtbot.waitUntil(lambda: calls == [1])
    create_leader(LeaderData(name="甲", organization="县政府"))
    events.changed("roster")
    tab.on_changed(Topic.ROSTER)
    tab.reload()  # the tab reloads by itself first: the scheduled one is dropped
    app_instance.processEvents()
    assert calls == [1, 1]


def test_show_rows_sets_the_filters(qtbot, tab):
    from app.roster.units import units

    tab.set_view(tab.LEADERS)
    tab.search.setText("王")
    assert tab.show_rows(unit="青山县公安局", status="病休")
    assert tab.view_index() == tab.OFFICERS and tab.search.text() == ""
    shown = {(r.unit, r.status) for r in tab.officer_model.rows}
    assert shown == {("青山县公安局", "病休")}
    court = next(u for u in units() if u.name == "青山县人民法院")
    assert tab.show_rows(unit=court.id, category="辅警")  # a unit's id does as well as its name
    assert tab.unit_filter.currentData() == court.name and tab.status_filter.currentData() == ""
    assert {(r.unit, r.category) for r in tab.officer_model.rows} <= {(court.name, "辅警")}
    assert tab.show_rows()  # nothing asked: everyone
    assert tab.officer_model.shown() == tab.officer_model.total()
    assert not tab.show_rows(unit="没有这个单位", status="在岗")  # shows more, never fails
    assert tab.unit_filter.currentData() == "" and tab.status_filter.currentData() == "在岗"
    assert not tab.show_rows(unit=10 ** 6)
    assert not tab.show_rows(page="trash")  # a criterion the tab does not know
