"""Reflections (心得体会) and test scores."""
import datetime as dt

import pytest

from app.errors import ValidationErrors
from app.study import attendance, audience, figures, reflections, sessions

from tests.support.study_data import DAY, UNITS, make_roster, session_data

COURT, PROCURATORATE, JUSTICE = list(UNITS)


@pytest.fixture
def people(db):
    return make_roster()


def by_name(session_id):
    return {r.name: r for r in audience.attendee_rows(session_id)}


def test_reflections_counts_and_missing(people):
    session = sessions.create_session(session_data(unit_names=[COURT]))
    attendance.mark_all_present(session.id)
    rows = by_name(session.id)
    handed = [rows["县法院干警1"].id, rows["县法院干警2"].id]
    with pytest.raises(ValidationErrors, match="交来日期"):
        reflections.record_reflections(handed, DAY + dt.timedelta(days=9), today=DAY)
    reflections.record_reflections(handed, DAY, word_count=1500, today=DAY)
    reflections.record_reflections(handed[:1], DAY, word_count=1800, today=DAY)  # again: updated, not doubled
    missing = {r.name for r in reflections.missing_reflections(session.id)}
    assert "县法院干警1" not in missing and "县法院干警3" in missing and len(missing) == 9
    assert figures.session_figures(session.id).reflections == 2
    assert by_name(session.id)["县法院干警1"].word_count == 1800
    units = {u.unit_name: u.figures for u in figures.unit_figures()}
    assert units[COURT].reflections == 2
    reflections.remove_reflections(handed[1:])
    assert figures.session_figures(session.id).reflections == 1


def test_scores_and_pass_rate(people):
    session = sessions.create_session(session_data(type_name="应知应会测试", title="应知应会知识测试",
                                                unit_names=[COURT], pass_mark=80))
    attendance.mark_all_present(session.id)
    rows = by_name(session.id)
    with pytest.raises(ValidationErrors, match="县法院干警1：120"):
        reflections.set_scores(session.id, {rows["县法院干警1"].id: 120})
    reflections.set_scores(session.id, {rows["县法院干警1"].id: 95, rows["县法院干警2"].id: 79.5,
                                  rows["县法院干警3"].id: 80})
    summary = reflections.test_summary(session.id)
    assert (summary.scored, summary.passed, summary.pass_mark) == (3, 2, 80)
    assert summary.pass_rate == 2 / 3 and summary.average == 84.8
    reflections.set_pass_mark(session.id, 70)
    assert reflections.test_summary(session.id).passed == 3
