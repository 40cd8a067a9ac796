"""The officer form: problems shown beside their fields, nothing typed lost, the ID number masked."""
import datetime as dt

from PySide6.QtWidgets import QDialog

from app.common import idcard
from app.roster.models import Officer
from app.roster.officers import OfficerData, create_officer

ID_A = "11010519491231002X"


def test_officer_dialog_inline_errors_keep_what_was_typed(qtbot, db, app_instance):
    from ui.roster.dialogs import OfficerDialog

    dialog = OfficerDialog()
    qtbot.addWidget(dialog)
    dialog.name.setText("王敏")
    dialog.id_number.setText("360426199101010072")  # bad checksum
    dialog.hire_date.setText("2021年2月30日")
    dialog.post.setText("审判员")
    assert not dialog.rows["身份证号"].message.isHidden()  # shown while typing, before saving
    dialog.accept()
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
    dialog.accept()
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
    dialog.accept()
    assert dialog.result() != QDialog.Accepted
    assert "已被县法院的甲使用" in dialog.rows["身份证号"].message.text()


def test_edit_dialog_masks_the_id_until_asked(qtbot, db, app_instance):
    from ui.roster.dialogs import OfficerDialog

    officer = create_officer(OfficerData(name="甲", unit="县法院", id_number=ID_A))
    dialog = OfficerDialog(data=OfficerData.from_officer(officer), officer_id=officer.id)
    qtbot.addWidget(dialog)
    assert dialog.id_number.text() == idcard.mask(ID_A) and dialog.id_number.isReadOnly()
    dialog.post.setText("庭长")
    dialog.accept()  # the masked text is not taken for a new number
    assert Officer.get_by_id(officer.id).id_number == ID_A and Officer.get_by_id(officer.id).post == "庭长"
    dialog = OfficerDialog(data=OfficerData.from_officer(officer), officer_id=officer.id)
    qtbot.addWidget(dialog)
    dialog.reveal.click()
    assert dialog.id_number.text() == ID_A and not dialog.id_number.isReadOnly()


def test_edit_dialog_without_the_id_permission_shows_the_birth_year_only(qtbot, db, app_instance, monkeypatch):
    """Issue 13, item 3: the masked number and the birth date field beside it gave the whole number back."""
    from app.safety import access
    from ui.roster.dialogs import OfficerDialog

    officer = create_officer(OfficerData(name="甲", unit="县法院", id_number=ID_A))
    monkeypatch.setattr(access, "can", lambda permission: permission != access.ID_NUMBERS)
    dialog = OfficerDialog(data=OfficerData.from_officer(officer), officer_id=officer.id)
    qtbot.addWidget(dialog)
    assert dialog.id_number.text() == idcard.mask(ID_A) and not dialog.reveal.isVisibleTo(dialog)
    assert dialog.birth_date.text() == "1949年"
    dialog.post.setText("庭长")
    dialog.accept()  # the year shown is not taken for a new birth date
    assert dialog.result() == QDialog.Accepted
    saved = Officer.get_by_id(officer.id)
    assert (saved.id_number, saved.birth_date, saved.post) == (ID_A, dt.date(1949, 12, 31), "庭长")
