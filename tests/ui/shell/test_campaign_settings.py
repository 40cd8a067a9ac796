"""The 设置 dialog and the first-run wizard, driven with qtbot on a real database file."""
import datetime as dt

import pytest
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from app.store import campaign
from ui.common.dates import to_qdate


@pytest.fixture(autouse=True)
def no_message_boxes(monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args, **kwargs: shown.append(args))
    return shown


def dialog(qtbot):
    from ui.shell.campaign_settings import SettingsDialog

    d = SettingsDialog()
    qtbot.addWidget(d)
    return d


def set_dates(fields, *days):
    for name, day in zip(campaign.DATE_NAMES, days):
        fields.dates[name].setDate(to_qdate(day))


def test_values_saved_are_shown_when_reopened(qtbot, db):
    d = dialog(qtbot)
    f = d.fields
    f.lines["county"].setText("松溪县")
    f.lines["office_short_name"].setText("县教整办")
    f.lines["issuer"].setText("中共松溪县委政法委员会")
    f.lines["code_prefix"].setText("SX")
    d.phases_box.setChecked(True)
    set_dates(f, dt.date(2021, 3, 1), dt.date(2021, 4, 6), dt.date(2021, 6, 1), dt.date(2021, 6, 30))
    assert "查纠整改56天" in d.phase_note.text()
    d.accept()
    assert d.result() == QDialog.DialogCode.Accepted
    stored = campaign.current()
    assert stored.county == "松溪县" and stored.signature == "中共松溪县委政法委员会"
    assert stored.phase_ranges()[1][1:] == (dt.date(2021, 4, 6), dt.date(2021, 5, 31))
    again = dialog(qtbot)
    assert again.fields.lines["county"].text() == "松溪县" and again.fields.lines["code_prefix"].text() == "SX"
    assert again.phases_box.isChecked()
    assert again.fields.dates["summary_start"].date() == to_qdate(dt.date(2021, 6, 1))


def test_a_phase_out_of_order_keeps_the_dialog_open_with_the_field_marked(qtbot, db, no_message_boxes):
    d = dialog(qtbot)
    d.show()
    d.fields.lines["county"].setText("松溪县")
    d.phases_box.setChecked(True)
    set_dates(d.fields, dt.date(2021, 3, 1), dt.date(2021, 2, 1), dt.date(2021, 6, 1), dt.date(2021, 6, 30))
    d.accept()
    assert d.isVisible() and d.result() != QDialog.DialogCode.Accepted
    marked = d.fields.dates["rectify_start"]
    assert marked.styleSheet() and "应晚于学习教育开始日期" in marked.toolTip()
    assert not d.fields.dates["summary_start"].styleSheet()
    assert "查纠整改开始日期" in str(no_message_boxes[0][2])
    assert campaign.current() == campaign.CampaignSettings()  # nothing stored, the county neither


def test_unchecking_the_phases_clears_the_dates(qtbot, db):
    campaign.save({"county": "松溪县", "study_start": "2021-03-01"})
    d = dialog(qtbot)
    assert d.phases_box.isChecked()
    d.phases_box.setChecked(False)
    d.accept()
    assert campaign.current().phase_ranges() == [] and campaign.current().county == "松溪县"


def test_a_reader_cannot_save(qtbot, db):
    from app.safety import access, accounts

    accounts.enable("admin", "管理员", "secret-1")
    accounts.create_account("reader", "查阅员", access.ROLE_READER, "secret-3")
    accounts.login("reader", "secret-3")
    d = dialog(qtbot)
    assert not d.save_button.isEnabled() and not d.wizard_button.isEnabled()


def test_the_menu_has_settings(qtbot, demo_db):
    from ui.shell.application import create_application
    from ui.shell.main_window import MainWindow

    create_application()
    window = MainWindow()
    qtbot.addWidget(window)
    texts = [a.text() for a in window.file_menu.actions()]
    assert "设置(&S)…" in texts and texts.index("设置(&S)…") < texts.index("退出(&X)")


# ------------------------------------------------------------------ the wizard

def wizard(qtbot):
    from ui.shell.setup_wizard import SetupWizard

    w = SetupWizard()
    qtbot.addWidget(w)
    w.show()
    return w


def test_next_next_next_finish_stores_the_settings(qtbot, db):
    w = wizard(qtbot)
    w.office_page.county.setText("松溪县")
    assert w.office_page.office.text() == "松溪县政法队伍教育整顿领导小组办公室"  # follows the county
    assert w.office_page.short.text() == "县教整办" and w.office_page.committee.text() == "中共松溪县委政法委员会"
    w.next()
    assert w.currentPage() is w.documents_page
    assert "松溪县政法队伍教育整顿领导小组办公室" in w.documents_page.issuer.placeholderText()
    w.next()
    set_dates(w.fields, dt.date(2021, 3, 1), dt.date(2021, 3, 31), dt.date(2021, 6, 14), dt.date(2021, 6, 28))
    w.next()
    assert w.currentPage() is w.done_page and "松溪县政法队伍教育整顿工作情况报告" in w.done_page.summary.text()
    w.accept()
    stored = campaign.current()
    assert w.result() == QDialog.DialogCode.Accepted and stored.is_configured()
    assert (stored.county, stored.office_short, stored.feedback_code_prefix) == ("松溪县", "县教整办", "ZG")
    assert stored.phase_ranges()[2] == ("总结提升", dt.date(2021, 6, 14), dt.date(2021, 6, 28))


def test_the_first_page_will_not_go_on_without_a_county(qtbot, db):
    w = wizard(qtbot)
    w.next()
    assert w.currentPage() is w.office_page and "请填写" in w.office_page.error.text()
    w.office_page.county.setText("松溪")
    w.next()
    assert w.currentPage() is w.office_page and w.office_page.county.styleSheet()
    assert "结尾" in w.office_page.county.toolTip()


def test_the_phase_page_checks_the_order_before_going_on(qtbot, db):
    w = wizard(qtbot)
    w.office_page.county.setText("松溪县")
    w.next()
    w.next()
    set_dates(w.fields, dt.date(2021, 3, 1), dt.date(2021, 3, 31), dt.date(2021, 3, 20), dt.date(2021, 6, 28))
    w.next()
    assert w.currentPage() is w.phases_page and w.fields.dates["summary_start"].styleSheet()
    w.phases_page.enabled.setChecked(False)  # or leave the dates for later
    w.next()
    w.accept()
    assert campaign.current().county == "松溪县" and campaign.current().phase_ranges() == []


def test_skip_stores_nothing(qtbot, db):
    w = wizard(qtbot)
    w.office_page.county.setText("松溪县")
    w.next()
    w.reject()
    assert campaign.current() == campaign.CampaignSettings()


def test_offered_for_a_new_file_only_and_only_when_nothing_is_set(qtbot, db, monkeypatch):
    from ui.shell import setup_wizard

    shown = []
    monkeypatch.setattr(setup_wizard.SetupWizard, "exec", lambda self: shown.append(self) or 0)
    assert not setup_wizard.offer_first_run(None, new_file=False) and not shown  # an existing file
    setup_wizard.offer_first_run(None, new_file=True)
    assert len(shown) == 1  # skipped: nothing stored, and the file is no longer new
    campaign.save({"county": "松溪县"})
    setup_wizard.offer_first_run(None, new_file=True)
    assert len(shown) == 1  # something is set already (e.g. the demo)


def test_new_database_offers_the_wizard_and_the_dialog_reopens_it(qtbot, demo_db, tmp_path, monkeypatch):
    from ui.shell import campaign_settings, setup_wizard
    from ui.shell.application import create_application
    from ui.shell.main_window import MainWindow

    create_application()
    window = MainWindow()
    qtbot.addWidget(window)
    shown = []
    monkeypatch.setattr(setup_wizard.SetupWizard, "exec", lambda self: shown.append(self) or 0)
    target = tmp_path / "新数据库.db"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.new_database()
    assert target.exists() and len(shown) == 1
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(demo_db), ""))
    window.choose_database()  # an existing file: no wizard
    assert len(shown) == 1

    def press_wizard_button(self):
        self.wizard_button.click()
        return 0
    monkeypatch.setattr(campaign_settings.SettingsDialog, "exec", press_wizard_button)
    window.campaign_settings_action.trigger()
    assert len(shown) == 2
