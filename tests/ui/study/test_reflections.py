"""The 心得体会 and 成绩 pages of a session."""
from app.study import audience, listing, reflections


def test_reflections_and_scores_pages(tab, qtbot, monkeypatch):
    from ui.study.reflection_dialog import ReflectionDialog

    sessions = tab.sessions
    test_session = next(r for r in listing.session_rows() if r.is_test and r.figures.marked)  # held, not ahead
    sessions.select_session(test_session.id)
    assert sessions.details.isTabVisible(3)
    sessions.details.setCurrentWidget(sessions.reflections)
    panel = sessions.reflections
    panel.show.setCurrentIndex(panel.show.findData(False))  # 未交
    missing = panel.proxy.rowCount()
    panel.view.selectRow(0)
    monkeypatch.setattr(ReflectionDialog, "exec", lambda self: (self.words.setValue(1500), self.accept(), self.result())[2])
    panel.record()
    qtbot.waitUntil(lambda: panel.proxy.rowCount() == missing - 1, timeout=5000)

    sessions.details.setCurrentWidget(sessions.scores)
    scores = sessions.scores
    first = scores.proxy.row_at(0)
    index = scores.proxy.index(0, scores.model.SCORE_COLUMN)
    assert scores.proxy.setData(index, "55")
    qtbot.waitUntil(lambda: audience.attendee_rows(test_session.id)[0].score == 55, timeout=5000)
    assert not scores.proxy.setData(index, "abc")
    assert tab.warnings and "不是数字" in tab.warnings[-1]
    summary = reflections.test_summary(test_session.id)
    assert summary.scored >= 1 and first.name == audience.attendee_rows(test_session.id)[0].name

    # A session that is not a test has no 成绩 page.
    other = next(r for r in listing.session_rows() if not r.is_test and r.figures.marked)
    sessions.select_session(other.id)
    assert not sessions.details.isTabVisible(3)
