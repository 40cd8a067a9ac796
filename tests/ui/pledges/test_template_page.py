"""The 模板 page: live preview, a refused text, a new version, approving the draft."""
from app.pledges.templates import latest_version


def test_template_page_live_preview_and_new_version(qtbot, db, app_qt, dialogs):
    from ui.pledges.tab import PledgesTab

    tab = PledgesTab()
    qtbot.addWidget(tab)
    tab.show()
    page = tab.templates
    tab.pages.setCurrentWidget(page)
    page.template_list.setCurrentRow(0)
    assert page.clauses_edit.toPlainText().startswith("一、不违反规定")
    assert page.document.pageCount() == 2 and "公文标准版心），共2页" in page.preview_label.text()
    assert not page.save_button.isEnabled()
    page.closing_edit.setPlainText("以上承诺，请组织和群众监督。")
    assert page.is_modified() and page.save_button.isEnabled()
    qtbot.waitUntil(lambda: "公文标准版心" in page.preview_label.text())
    page.clauses_edit.setPlainText(page.clauses_edit.toPlainText() + ("\n" + "不" * 300) * 8)
    qtbot.waitUntil(lambda: "内容过长" in page.preview_label.text() or "过长" in page.preview_label.text())
    page.save_button.click()
    assert dialogs and dialogs[-1][0] == "warning" and latest_version(page.template_id()).number == 1
    page.load_selected()
    page.closing_edit.setPlainText("以上承诺，请组织和群众监督。")
    page.save_button.click()
    assert latest_version(page.template_id()).number == 2
    assert page.version_combo.count() == 2 and not page.is_modified()
    page.template_list.setCurrentRow(1)  # the political draft
    assert page.draft_banner.isVisibleTo(page) and page.approve_button.isVisibleTo(page)
    page.approve_button.click()
    assert not latest_version(page.template_id()).is_draft
    assert not page.approve_button.isVisibleTo(page)
