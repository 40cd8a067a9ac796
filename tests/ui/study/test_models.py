"""The study tab's table models: qtmodeltester on every one, and in-place updates that keep the selection."""
from PySide6.QtCore import Qt

from app.study import audience, figures, listing, makeup, sessions
from ui.common.table import SortProxy


def test_every_model_passes_the_model_tester(qtmodeltester, app, demo_db):
    from app.roster.officers import officer_rows
    from ui.study import models as m

    session_id = next(r.id for r in listing.session_rows() if r.is_test and r.figures.marked)  # held, not ahead
    attendees = audience.attendee_rows(session_id)
    cases = [
        (m.SessionModel(), listing.session_rows()),
        (m.AttendeeModel(), attendees),
        (m.ReflectionModel(), attendees),
        (m.ScoreModel(), attendees),
        (m.MakeupModel(with_session=True), makeup.makeup_rows()),
        (m.MakeupModel(with_session=False), makeup.makeup_rows(session_id=session_id)),
        (m.TypeFiguresModel(), figures.type_figures()),
        (m.UnitFiguresModel(), figures.unit_figures()),
        (m.PersonFiguresModel(), figures.person_figures()),
        (m.TypeListModel(), sessions.type_rows()),
        (m.OfficerPickModel(), officer_rows()),
    ]
    for model, rows in cases:
        model.set_rows(rows)
        assert model.rowCount() == len(rows) > 0
        qtmodeltester.check(model)
        proxy = SortProxy()
        proxy.setSourceModel(model)
        proxy.sort(0, Qt.DescendingOrder)
        proxy.set_predicate(lambda r: True)
        qtmodeltester.check(proxy)


def test_in_place_update_keeps_the_selection(app, demo_db):
    from ui.study.models import AttendeeModel

    session_id = listing.session_rows()[5].id
    model = AttendeeModel()
    model.set_rows(audience.attendee_rows(session_id))
    resets = []
    model.modelReset.connect(lambda: resets.append(1))
    model.set_rows(audience.attendee_rows(session_id))
    assert not resets
