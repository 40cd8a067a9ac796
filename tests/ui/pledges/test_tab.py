"""The 承诺书签订 tab: models, the signature pad, and a new user's main path through the tab."""
import datetime as dt
import json

import pytest
from tests.support.pdf_checks import image_count, page_sizes, page_texts

from app.pledges import service as P
from app.pledges.models import ARCHIVED, PRINTED, SIGNED, Pledge


@pytest.fixture
def app_qt():
    from ui.shell.application import create_application

    return create_application()


@pytest.fixture
def unit(db):
    """One unit of five campaign officers (and one officer elsewhere)."""
    from app.roster.officers import OfficerData, create_officer

    for name, dept, post in (("张三", "刑事审判庭", "庭长"), ("李四", "刑事审判庭", ""), ("王五", "立案庭", ""),
                             ("赵六", "立案庭", ""), ("钱七", "执行局", "局长")):
        create_officer(OfficerData(name=name, unit="青山县人民法院", department=dept, post=post))
    create_officer(OfficerData(name="孙八", unit="青山县司法局", department="城关司法所"))
    return "青山县人民法院"


@pytest.fixture
def dialogs(monkeypatch):
    """Message boxes answer Yes and are recorded; a warning fails loudly in the assertion that follows."""
    from PySide6.QtWidgets import QMessageBox

    seen = []

    def record(kind, answer=None):
        def box(_parent, title, text, *args, **kwargs):
            seen.append((kind, title, text))
            return answer
        return box

    monkeypatch.setattr(QMessageBox, "warning", record("warning"))
    monkeypatch.setattr(QMessageBox, "information", record("information"))
    monkeypatch.setattr(QMessageBox, "question", record("question", QMessageBox.Yes))
    # Boxes built by hand (custom buttons) are closed at once: no button clicked, i.e. cancelled.
    monkeypatch.setattr(QMessageBox, "exec", lambda self: seen.append(("box", self.windowTitle(), self.text())) or 0)
    return seen


def draw_signature(qtbot, pad):
    from PySide6.QtCore import QPoint, Qt

    points = [QPoint(30, 100), QPoint(60, 60), QPoint(90, 110), QPoint(130, 50), QPoint(170, 105), QPoint(210, 70)]
    qtbot.mousePress(pad, Qt.LeftButton, pos=points[0])
    for point in points[1:]:
        qtbot.mouseMove(pad, point)
    qtbot.mouseRelease(pad, Qt.LeftButton, pos=points[-1])
    qtbot.mousePress(pad, Qt.LeftButton, pos=QPoint(240, 60))
    qtbot.mouseMove(pad, QPoint(250, 110))
    qtbot.mouseRelease(pad, Qt.LeftButton, pos=QPoint(250, 110))


# ---------------------------------------------------------------- models

def test_models_pass_the_model_tester(qtmodeltester, demo_db, app_qt):
    from ui.pledges.models import PledgeTableModel, ProgressTableModel, SignerTableModel

    pledge_model = PledgeTableModel()
    pledge_model.set_rows(P.pledge_rows()[:300])
    pledge_model.set_checked([pledge_model.rows[0].id], True)
    qtmodeltester.check(pledge_model)
    plain = PledgeTableModel(checkable=False)
    plain.set_rows(P.unsigned_rows())
    qtmodeltester.check(plain)
    progress = ProgressTableModel()
    progress.set_rows(P.progress_rows())
    qtmodeltester.check(progress)
    signers = SignerTableModel()
    signers.set_rows(P.leader_signers()[:50])
    qtmodeltester.check(signers)
    assert pledge_model.rowCount() == 300 and progress.rowCount() > 10


def test_tick_column_checks_and_unchecks(demo_db, app_qt):
    from PySide6.QtCore import Qt

    from ui.pledges.models import PledgeTableModel

    model = PledgeTableModel()
    model.set_rows(P.pledge_rows()[:5])
    index = model.index(1, 0)
    assert model.setData(index, Qt.Checked.value, Qt.CheckStateRole)
    assert [r.id for r in model.checked_rows()] == [model.rows[1].id]
    assert model.data(index, Qt.CheckStateRole) == Qt.Checked
    model.set_checked([r.id for r in model.rows], False)
    assert model.checked_rows() == []


# ---------------------------------------------------------------- signature pad

def test_signature_pad_records_mouse_strokes_and_draws_a_png(qtbot, app_qt):
    from PySide6.QtGui import QImage

    from ui.pledges.signature_pad import SignaturePad

    pad = SignaturePad()
    qtbot.addWidget(pad)
    pad.resize(500, 180)
    pad.show()
    assert pad.is_empty()
    with qtbot.waitSignal(pad.changed):
        draw_signature(qtbot, pad)
    data = json.loads(pad.to_json())
    assert len(data["strokes"]) == 2 and len(data["strokes"][0]) == 6
    assert data["strokes"][0][0] == [30, 100, 0.5]  # the mouse writes at pressure 0.5
    assert (data["width"], data["height"]) == (500, 180)
    png = pad.to_png()
    image = QImage.fromData(png)
    assert png.startswith(b"\x89PNG") and image.width() > image.height() > 0
    assert image.pixelColor(0, 0).alpha() == 0  # transparent around the ink
    assert any(image.pixelColor(x, image.height() // 2).alpha() > 0 for x in range(image.width()))
    pad.undo()
    assert len(pad.strokes) == 1
    pad.clear()
    assert pad.is_empty() and pad.to_png() == b""
    P.validate_strokes(json.dumps(data))  # what the pad writes is what the core accepts


def test_signature_pad_takes_pen_pressure_from_a_tablet(qtbot, app_qt):
    from PySide6.QtCore import QPointF, Qt
    from PySide6.QtGui import QInputDevice, QPointingDevice, QTabletEvent
    from PySide6.QtWidgets import QApplication

    from ui.pledges.signature_pad import SignaturePad

    pad = SignaturePad()
    qtbot.addWidget(pad)
    pad.resize(400, 160)
    pad.show()
    pen = QPointingDevice("测试手写板", 1, QInputDevice.DeviceType.Stylus, QPointingDevice.PointerType.Pen,
                          QInputDevice.Capability.Position | QInputDevice.Capability.Pressure, 1, 3)

    def send(kind, x, y, pressure):
        buttons = Qt.NoButton if kind == QTabletEvent.Type.TabletRelease else Qt.LeftButton
        event = QTabletEvent(kind, pen, QPointF(x, y), pad.mapToGlobal(QPointF(x, y)), pressure, 0, 0, 0, 0, 0,
                             Qt.NoModifier, Qt.LeftButton, buttons)
        QApplication.sendEvent(pad, event)
        return event

    send(QTabletEvent.Type.TabletPress, 20, 80, 0.2)
    send(QTabletEvent.Type.TabletMove, 60, 60, 0.6)
    send(QTabletEvent.Type.TabletMove, 100, 90, 0.9)
    send(QTabletEvent.Type.TabletRelease, 100, 90, 0.0)
    stroke = json.loads(pad.to_json())["strokes"][0]
    assert [p[2] for p in stroke] == [0.2, 0.6, 0.9]
    assert pad.pressure_seen


# ---------------------------------------------------------------- the tab

def test_main_path_issue_print_sign_scan_and_reach_100_percent(qtbot, unit, app_qt, dialogs, monkeypatch, tmp_path):
    from PySide6.QtWidgets import QDialog, QFileDialog

    import ui.common.pdf_preview as pdf_preview
    import ui.pledges.tab as tab_module
    from ui.pledges.dialogs import IssueDialog, SignDialog, SignedDateDialog
    from ui.pledges.tab import PledgesTab

    tab = PledgesTab()
    qtbot.addWidget(tab)
    tab.resize(1280, 800)
    tab.show()
    assert tab.TITLE == "承诺书签订" and "尚未下发" in tab.status_text()

    # 1. Issue the officer pledge to the whole court.
    def issue_to_the_court(dialog):
        dialog.template_combo.setCurrentIndex(dialog.template_combo.findData(P.template_by_key("officer-three-rules").id))
        dialog.unit_combo.setCurrentText(unit)
        dialog.unit_radio.click()
        assert dialog.unit_radio.isChecked() and dialog.model.rowCount() == 5
        dialog.issue_button.click()
        return dialog.result()

    monkeypatch.setattr(IssueDialog, "exec", issue_to_the_court)
    tab.ledger.issue_button.click()
    assert tab.ledger.model.rowCount() == 5 and "已下发 5 份" in tab.message.text()
    tab.ledger.issue_button.click()  # again: refused, the user cancels the "skip" offer
    assert tab.ledger.model.rowCount() == 5
    assert dialogs[-1][0] == "box" and "不能重复下发" in dialogs[-1][2]

    # 2. Print them all into one PDF (in the worker), preview it.
    previews = []
    monkeypatch.setattr(tab_module, "ask_batch_mode", lambda *a: tab_module.ONE_PDF)
    monkeypatch.setattr(pdf_preview, "preview", lambda parent, path, title=None: previews.append(path))
    tab.ledger.check_all.click()
    tab.ledger.print_button.click()
    qtbot.waitUntil(lambda: len(previews) == 1, timeout=20000)
    pdf = previews[0]
    assert page_sizes(pdf) == [(595.28, 841.89)] * 5
    assert all(f"本人{name}" in text for name, text in zip(["张三", "李四", "王五", "赵六", "钱七"], page_texts(pdf)))
    qtbot.waitUntil(lambda: {r.status for r in tab.ledger.model.rows} == {PRINTED})

    # 3. Two sign on screen.
    def sign_here(dialog):
        assert dialog.document.pageCount() == 1
        draw_signature(qtbot, dialog.pad)
        assert dialog.confirm.isEnabled()
        dialog.confirm.click()
        return dialog.result()

    monkeypatch.setattr(SignDialog, "exec", sign_here)
    for row in range(2):
        tab.ledger.check_none.click()
        tab.ledger.model.set_checked([tab.ledger.model.rows[row].id], True)
        tab.ledger.sign_button.click()
    signed_on_screen = [r for r in tab.ledger.model.rows if r.signed_on_screen]
    assert len(signed_on_screen) == 2 and all(r.status == SIGNED for r in signed_on_screen)
    signed_pdf = P.pledge_pdf(signed_on_screen[0].id, tmp_path / "signed.pdf")
    assert image_count(signed_pdf) == 1

    # 4. Tick the rest (the printed ones) as signed on paper.
    monkeypatch.setattr(SignedDateDialog, "exec", lambda self: QDialog.Accepted)
    tab.ledger.status_combo.setCurrentIndex(tab.ledger.status_combo.findData(PRINTED))
    assert tab.ledger.proxy.rowCount() == 3
    tab.ledger.check_all.click()
    tab.ledger.signed_button.click()
    assert not [d for d in dialogs if d[0] == "warning"], dialogs
    tab.ledger.status_combo.setCurrentIndex(0)
    assert {r.status for r in tab.ledger.model.rows} == {SIGNED}

    # 5. Attach a scan of one paper copy, then file everything.
    scan = tmp_path / "扫描件.png"
    from ui.pledges.signature_pad import render_png

    scan.write_bytes(render_png([[(0, 0, 0.5), (40, 30, 0.5)]]))
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(scan)], ""))
    tab.ledger.check_none.click()
    tab.ledger.view.setCurrentIndex(tab.ledger.proxy.index(4, 1))
    tab.ledger.scan_button.click()
    assert sum(r.scans for r in tab.ledger.model.rows) == 1
    tab.ledger.check_all.click()
    tab.ledger.archive_button.click()
    assert {r.status for r in tab.ledger.model.rows} == {ARCHIVED}

    # 6. The court's progress is 100 %.
    tab.pages.setCurrentWidget(tab.progress)
    court = [r for r in tab.progress.model.rows if r.unit == unit]
    assert len(court) == 1 and court[0].percent == 100.0 and court[0].signed == 5
    assert "100.0%" in tab.status_text()
    assert tab.progress.unsigned.rowCount() == 0
    assert not [d for d in dialogs if d[0] == "warning"], dialogs


def test_template_page_live_preview_and_new_version(qtbot, db, app_qt, dialogs):
    from ui.pledges.tab import PledgesTab

    tab = PledgesTab()
    qtbot.addWidget(tab)
    tab.show()
    page = tab.templates
    tab.pages.setCurrentWidget(page)
    page.template_list.setCurrentRow(0)
    assert page.clauses_edit.toPlainText().startswith("一、不违反规定")
    assert page.document.pageCount() == 1 and "一页排下" in page.preview_label.text()
    assert not page.save_button.isEnabled()
    page.closing_edit.setPlainText("以上承诺，请组织和群众监督。")
    assert page.is_modified() and page.save_button.isEnabled()
    qtbot.waitUntil(lambda: "一页排下" in page.preview_label.text())
    page.clauses_edit.setPlainText(page.clauses_edit.toPlainText() + ("\n" + "不" * 300) * 8)
    qtbot.waitUntil(lambda: "内容过长" in page.preview_label.text() or "过长" in page.preview_label.text())
    page.save_button.click()
    assert dialogs and dialogs[-1][0] == "warning" and P.latest_version(page.template_id()).number == 1
    page.load_selected()
    page.closing_edit.setPlainText("以上承诺，请组织和群众监督。")
    page.save_button.click()
    assert P.latest_version(page.template_id()).number == 2
    assert page.version_combo.count() == 2 and not page.is_modified()
    page.template_list.setCurrentRow(1)  # the political draft
    assert page.draft_banner.isVisibleTo(page) and page.approve_button.isVisibleTo(page)
    page.approve_button.click()
    assert not P.latest_version(page.template_id()).is_draft
    assert not page.approve_button.isVisibleTo(page)


def test_details_dialog_shows_the_steps(qtbot, unit, app_qt):
    from ui.pledges.dialogs import DetailsDialog

    P.issue(P.template_by_key("officer-three-rules").id, P.officer_signers())
    first = Pledge.select().first()
    P.mark_printed([first.id])
    P.mark_signed([first.id], dt.date.today())
    dialog = DetailsDialog(first.id)
    qtbot.addWidget(dialog)
    from PySide6.QtWidgets import QLabel

    texts = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert "下发" in texts and "纸质签署登记" in texts and "青山县人民法院" in texts
