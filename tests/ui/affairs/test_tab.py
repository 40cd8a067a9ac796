"""会议与选树 tab driven with qtbot: a meeting, a document (the next 文号 proposed, a repeated one refused with the
field marked), a 通报 and an 英模 recommendation linked to an 英模报告会 entered through their forms; a row deleted;
the export written; a 查阅 account sees the edit buttons disabled."""
import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QMessageBox

from tests.support.dialogs import accepting

DAY = dt.date(2021, 3, 15)


def test_the_main_path(qtbot, app, people, popups, monkeypatch, tmp_path):
    from app.affairs.figures import figures
    from app.affairs.models import IssuedDocument
    from app.events import Topic
    from app.study.models import StudySession, StudyType
    from ui.affairs.dialogs import DocumentDialog, MeetingDialog, NoticeDialog, RecommendationDialog
    from ui.affairs.tab import AffairsTab

    report_type, _ = StudyType.get_or_create(name="英模报告会/观影")
    session = StudySession.create(type=report_type, title="全县政法英模事迹报告会", day=DAY)
    tab = AffairsTab()
    qtbot.addWidget(tab)
    tab.show()
    assert all(page.model.rowCount() == 0 for page in tab.all_pages())

    def fill_meeting(d):
        d.kind.setCurrentIndex(d.kind.findData("新闻发布会"))
        d.held_on.setDate(QDate(2021, 3, 12))
        d.title.setText("全县政法队伍教育整顿新闻发布会")
        d.attendees.setValue(35)

    monkeypatch.setattr(MeetingDialog, "exec", accepting(fill_meeting))
    qtbot.mouseClick(tab.meetings.buttons["new"], Qt.LeftButton)
    tab.on_changed(Topic.AFFAIRS)
    [meeting] = tab.meetings.model.rows
    assert meeting.media_invited and meeting.attendees == 35  # a 新闻发布会 proposes 邀请媒体参加
    assert "新闻发布会1次" in tab.meetings.totals.text()

    proposed = []

    def fill_document(d):
        proposed.append(d.number.text())
        d.title.setText("实施方案")
        d.kind.setCurrentIndex(d.kind.findData("方案"))

    monkeypatch.setattr(DocumentDialog, "exec", accepting(fill_document))
    qtbot.mouseClick(tab.documents.buttons["new"], Qt.LeftButton)
    tab.on_changed(Topic.AFFAIRS)
    assert proposed[0].endswith(f"〔{dt.date.today().year}〕1号") and tab.documents.model.rowCount() == 1
    # the same number typed again: refused, the field marked, the dialog stays open, nothing written
    dialog = DocumentDialog(None)
    qtbot.addWidget(dialog)
    dialog.number.setText(proposed[0])
    dialog.title.setText("另一个文件")
    dialog.accept()
    assert dialog.result() == 0 and dialog.number.styleSheet() and "文号不能重复" in popups[-1][2]
    assert IssuedDocument.select().count() == 1

    def fill_notice(d):
        d.channel.setCurrentIndex(d.channel.findData("融媒体中心"))
        d.title.setText("关于学习教育环节工作情况的通报")

    monkeypatch.setattr(NoticeDialog, "exec", accepting(fill_notice))
    qtbot.mouseClick(tab.notices.buttons["new"], Qt.LeftButton)

    def fill_recommendation(d):
        d.officer.setCurrentIndex(d.officer.findData(people["zhang"].id))
        d.recommended_on.setDate(QDate(2021, 3, 10))
        d.level.setCurrentIndex(d.level.findData("市级候选"))
        d.typical.setChecked(True)
        d.session.setCurrentIndex(d.session.findData(session.id))
        d.deeds.setPlainText("扎根基层二十年")

    monkeypatch.setattr(RecommendationDialog, "exec", accepting(fill_recommendation))
    qtbot.mouseClick(tab.heroes.buttons["new"], Qt.LeftButton)
    tab.on_changed(Topic.AFFAIRS)
    [hero] = tab.heroes.model.rows
    assert (hero.name, hero.unit, hero.level, hero.report_session) == ("张伟", "县法院", "市级候选",
                                                                        "2021-03-15 全县政法英模事迹报告会")
    assert "市级候选1人" in tab.heroes.totals.text()
    f = figures()
    assert (f.meetings["新闻发布会"], f.press_with_media, f.documents, f.notices, f.recommended) == (1, 1, 1, 1, 1)
    assert "英模推荐 1 人" in tab.status_text()

    # delete the 通报, answering yes
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.Yes)
    tab.notices.view.selectRow(0)
    qtbot.mouseClick(tab.notices.buttons["delete"], Qt.LeftButton)
    tab.on_changed(Topic.AFFAIRS)
    assert tab.notices.model.rowCount() == 0

    # the export, through the worker
    from PySide6.QtWidgets import QFileDialog

    out = tmp_path / "会议与选树.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    tab.export_excel()
    qtbot.waitUntil(lambda: any(kind == "information" and "已导出" in text for kind, _t, text in popups), timeout=10000)
    assert out.exists()


def test_a_reader_sees_the_edit_buttons_disabled(qtbot, app, people):
    from app.safety import access, accounts
    from ui.affairs.tab import AffairsTab

    accounts.enable("admin", "管理员", "secret-1")
    accounts.create_account("reader", "查阅甲", access.ROLE_READER, "secret-2")
    accounts.login("reader", "secret-2")
    try:
        tab = AffairsTab()
        qtbot.addWidget(tab)
        for page in tab.all_pages():
            assert not any(button.isEnabled() for button in page.buttons.values())
        assert tab.export_button.isEnabled()
    finally:
        accounts.logout()
