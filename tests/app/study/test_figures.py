"""Figures per session, unit and person (the attendance rule of AttendanceCounts)."""
import pytest

from app.study import attendance, audience, figures, listing, sessions

from tests.support.study_data import DAY, UNITS, make_roster, session_data

COURT, PROCURATORATE, JUSTICE = list(UNITS)


@pytest.fixture
def people(db):
    return make_roster()


def by_name(session_id):
    return {r.name: r for r in audience.attendee_rows(session_id)}


def test_rates_per_session_unit_and_person(people):
    session = sessions.create_session(session_data())
    attendance.mark_all_present(session.id, COURT)
    rows = by_name(session.id)
    attendance.mark(session.id, [rows["县法院干警1"].id], "缺席")
    found = figures.session_figures(session.id, today=DAY)
    # 33 expected; 县法院: 8 present, 1 absent, 2 on leave; the rest unmarked and out of the rate.
    assert (found.expected, found.attended, found.absent, found.leave) == (33, 8, 1, 6)
    assert found.unmarked == 33 - 8 - 1 - 6
    assert found.attendance_rate == 8 / 15
    units = {u.unit_name: u.figures for u in figures.unit_figures(today=DAY)}
    assert units[COURT].attendance_rate == 8 / 11
    assert units[COURT].makeup_open == 3
    persons = {p.name: p.figures for p in figures.person_figures(today=DAY)}
    assert persons["县法院干警1"].attendance_rate == 0 and persons["县法院干警2"].attendance_rate == 1
    row = listing.session_row(session.id)
    assert row.state == "考勤中" and row.figures.expected == 33


def test_figures_count_by_the_attendance_rule():
    assert issubclass(figures.Figures, figures.AttendanceCounts)
    counts = figures.Figures()
    for status, n in (("出席", 5), ("迟到", 1), ("请假", 2), ("缺席", 1), ("", 3), (None, 1)):
        counts.add_status(status, n)
    assert (counts.expected, counts.attended, counts.missed, counts.unmarked, counts.marked) == (13, 6, 3, 4, 9)
    assert counts.attendance_rate == 6 / 9  # over those marked, not rounded
    assert figures.Figures().attendance_rate is None  # nothing marked: no rate (shown —)
