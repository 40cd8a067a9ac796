"""A talk's suggestion goes into the feedback ledger once, linked both ways."""
import pytest

from app.feedback import from_talks as talk_feedback
from app.errors import Conflict
from app.feedback.models import Suggestion
from app.talks.models import Talk


def test_send_talk_suggestion_to_ledger(demo_db):
    talk = Talk.select().where(Talk.deleted_at.is_null() & (Talk.suggestions != "") & Talk.feedback_item_id.is_null()).first()
    assert talk is not None
    before = Suggestion.select().count()
    suggestion = talk_feedback.send_talk_suggestions(talk.id)
    assert Suggestion.select().count() == before + 1
    assert suggestion.source_talk_id == talk.id and suggestion.channel == "谈心谈话"
    assert suggestion.content == talk.suggestions.strip() and suggestion.status == "待交办"
    assert Talk.get_by_id(talk.id).feedback_item_id == suggestion.id
    with pytest.raises(Conflict, match="已经转入"):
        talk_feedback.send_talk_suggestions(talk.id)
    assert Suggestion.select().count() == before + 1


def test_talk_without_suggestion_is_refused(demo_db):
    talk = Talk.select().where(Talk.deleted_at.is_null() & (Talk.suggestions == "")).first()
    before = Suggestion.select().count()
    with pytest.raises(Conflict, match="没有填写"):
        talk_feedback.send_talk_suggestions(talk.id)
    assert Suggestion.select().count() == before


def test_tab_button_sends_selected_talk(qtbot, demo_db, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from ui.shell.application import create_application
    from ui.talks.tab import TalksTab

    create_application()
    messages = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: messages.append(a[2]))
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: messages.append(a[2]))
    tab = TalksTab()
    qtbot.addWidget(tab)
    model = tab.records_model
    row = next(r for r in range(model.rowCount())
               if Talk.get_by_id(model.row_at(r).id).suggestions and not Talk.get_by_id(model.row_at(r).id).feedback_item_id)
    tab.records_view.selectRow(row)
    talk_id = tab.selected_talk_ids()[0]
    tab.send_to_ledger()
    assert "整改台账" in messages[-1]
    assert Talk.get_by_id(talk_id).feedback_item_id is not None
