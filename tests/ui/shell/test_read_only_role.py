"""A 查阅 account sees every tab's editing actions in place but disabled, the tooltip saying why, before it
fills in any form; the tabs' own selection logic cannot turn them back on; signing in as an account that
may edit gives them back."""
import pytest
from PySide6.QtWidgets import QPushButton

from app.safety import access, accounts

REASON = "当前账户（查阅）不能修改"
# Per tab (its TITLE): buttons that change records. Every button with one of these texts must be held.
EDITING = {
    "学习教育": ["新建活动…", "修改…", "删除", "活动类型…", "出席 1", "缺席 4", "添加人员…", "移出名单"],
    "谈心谈话": ["登记谈话…", "轮次设置…", "常用语…", "删除", "意见建议转入整改台账", "按台账刷新应谈名单"],
    "承诺书签订": ["下发承诺书…", "登记已签署…", "屏幕签名…", "附加扫描件…", "归档", "保存为新版本", "审定通过"],
    "人员台账": ["新增", "编辑", "删除", "导入 Excel…"],
    "征求意见": ["登记意见…", "批量登记…", "交办…", "合并重复…", "设置…", "新增活动…", "删除活动"],
}


@pytest.fixture
def window(qtbot, demo_db):
    from ui.shell.application import create_application
    from ui.shell.main_window import MainWindow

    create_application()

    accounts.enable("admin", "管理员", "secret-1")
    accounts.create_account("reader", "查阅员", access.ROLE_READER, "secret-3")
    accounts.login("reader", "secret-3")
    main = MainWindow()
    qtbot.addWidget(main)
    main.show()
    yield main
    accounts.logout()


def _buttons(tab, text):
    return [b for b in tab.findChildren(QPushButton) if b.text() == text]


def test_a_reader_sees_editing_actions_disabled_with_the_reason(window, qtbot):
    from ui.common import editing

    tabs = {tab.TITLE: tab for tab in window.tab_widgets}
    assert set(EDITING) <= set(tabs)
    for title, texts in EDITING.items():
        for text in texts:
            found = _buttons(tabs[title], text)
            assert found, (title, text)
            for button in found:
                assert not button.isEnabled() and REASON in button.toolTip(), (title, text)
    held = editing.marked(window)
    assert len(held) > 40 and all(not item.isEnabled() and REASON in item.toolTip() for item in held)

    # Selecting a record runs the tab's own button logic: still held.
    study = tabs["学习教育"]
    study.sessions.view.selectRow(0)
    assert not _buttons(study, "修改…")[0].isEnabled()
    # A form opened for reading shows at once that it cannot be saved.
    from ui.study.session_dialog import SessionDialog

    dialog = SessionDialog(window, study.sessions.current_row().id)
    qtbot.addWidget(dialog)
    assert not dialog.save_button.isEnabled() and REASON in dialog.save_button.toolTip()
    # Reading and printing stay open to the reader.
    assert _buttons(study, "签到表…")[0].isEnabled() and _buttons(tabs["承诺书签订"], "生成打印文件…")[0].isEnabled()


def test_signing_in_as_a_clerk_gives_the_actions_back(window, qtbot):
    tabs = {tab.TITLE: tab for tab in window.tab_widgets}
    new_talk = _buttons(tabs["谈心谈话"], "登记谈话…")[0]
    tooltip = "登记一次谈话；保存后自动转到本单位本轮下一位未谈人员"
    assert not new_talk.isEnabled() and new_talk.toolTip() == REASON
    accounts.login("admin", "secret-1")
    qtbot.waitUntil(lambda: new_talk.isEnabled())
    assert new_talk.toolTip() == tooltip
    assert _buttons(tabs["学习教育"], "新建活动…")[0].isEnabled()
    assert _buttons(tabs["承诺书签订"], "下发承诺书…")[0].isEnabled()
