"""The rows behind each figure: exactly as many as the figure counts, never talk content, and the criteria
that point the feature's own tab at them."""


def test_every_listing_has_exactly_the_rows_its_figure_counts(demo_db):
    from app.reports import listings as ls
    from app.reports.overview import overview
    from app.reports.scope import periods, units

    for since, until, unit in ((None, None, None), *[(p.since, p.until, None) for p in periods()[1:3]],
                               (None, None, units()[1][0])):
        o = overview(since, until, unit)
        args = (since, until, unit)
        assert len(ls.listing_officers(*args)) == o.officers.in_campaign
        assert len(ls.listing_sessions(*args)) == o.study.held
        assert len(ls.listing_sessions(*args, held=False)) == o.study.planned
        for t in o.study.types:
            assert len(ls.listing_sessions(*args, type_id=t.type_id, held=None)) == t.held + t.planned
        assert len(ls.listing_missed(*args)) == o.study.attendance.missed
        assert len(ls.listing_reflections(*args)) == o.study.reflections
        assert len(ls.listing_makeup(*args)) == o.study.makeup_open
        assert len(ls.listing_makeup(*args, state=ls.MAKEUP_OVERDUE)) == o.study.makeup_overdue
        assert len(ls.listing_makeup(*args, state=ls.MAKEUP_DONE)) == o.study.makeup_done
        assert len(ls.listing_talks(*args)) == o.talks.person_times
        for r in o.talks.rounds:
            assert len(ls.listing_talks(*args, round_id=r.round_id)) == r.person_times
            if since is None:  # 未谈 in the whole round
                assert len(ls.listing_untalked(*args, round_id=r.round_id)) == r.untalked
        assert len(ls.listing_suggestions(*args)) == o.feedback.collected
        assert len(ls.listing_suggestions(*args, status=ls.SUGGESTIONS_OVERDUE)) == o.feedback.overdue
        assert len(ls.listing_suggestions(*args, status=ls.SUGGESTIONS_MAJOR)) == o.feedback.major
        for status, n in o.feedback.per_status.items():
            assert len(ls.listing_suggestions(*args, status=status)) == n
        for t in o.pledges.templates:
            assert len(ls.listing_pledges(*args, template_id=t.template_id, signed=True)) == t.signed
            assert len(ls.listing_pledges(*args, template_id=t.template_id, signed=False)) == t.not_signed
        assert len(ls.listing_pledges(*args, signed=False)) == o.pledges.not_signed


def test_session_rows_count_attendance_by_the_study_rule(o):
    """Each session's 应到/实到/请假缺席/出勤率 as the study feature counts them (AttendanceCounts)."""
    from app.common.figures import percent
    from app.reports.listings import listing_sessions
    from app.study.figures import AttendanceCounts
    from app.study.models import Attendee, StudySession

    listing = listing_sessions()
    assert sum(row[4] for row in listing.rows) == o.study.attendance.expected
    assert sum(row[5] for row in listing.rows) == o.study.attendance.attended
    assert sum(row[6] for row in listing.rows) == o.study.attendance.missed
    first = (StudySession.select().where(StudySession.deleted_at.is_null(), StudySession.day <= o.today)
             .order_by(StudySession.day, StudySession.id).first())
    counts = AttendanceCounts()
    for status, in Attendee.select(Attendee.status).where(Attendee.session == first.id).tuples():
        counts.add_status(status)
    assert listing.rows[0][4:] == (counts.expected, counts.attended, counts.missed, percent(counts.attendance_rate))


def test_listings_never_carry_talk_content(demo_db):
    from app.reports.listings import listing_talks
    from app.talks.models import Talk

    contents = {t.content for t in Talk.select(Talk.content).where(Talk.content != "").limit(50)}
    listing = listing_talks()
    assert contents and not contents & {cell for row in listing.rows for cell in row}
    assert all(listing.officer_ids)


def test_listings_name_the_tab_and_its_criteria(demo_db):
    """The criteria are those the feature tabs' show_rows take (docs/ARCHITECTURE.md); none that narrow
    nothing."""
    from app.pledges.models import PledgeTemplate
    from app.reports import listings as ls
    from app.reports.scope import find_unit, units
    from app.study.models import StudyType
    from app.talks.models import TalkRound

    unit_id = units()[1][0]
    unit_name = find_unit(unit_id).name
    first_round, second_round = [r.id for r in TalkRound.select().order_by(TalkRound.number)][:2]
    assert (ls.listing_officers().tab, ls.listing_officers().tab_filter) == ("roster", {"status": "在岗"})
    assert ls.listing_officers(unit=unit_id).tab_filter == {"unit": unit_name, "status": "在岗"}
    assert (ls.listing_sessions().tab, ls.listing_sessions().tab_filter) == ("study", {})
    political = StudyType.get(StudyType.name == "政治轮训").id
    assert ls.listing_sessions(type_id=political, held=None).tab_filter == {"type": "政治轮训"}
    assert ls.listing_missed().tab_filter == ls.listing_makeup().tab_filter == {"page": "makeup"}
    assert (ls.listing_reflections().tab, ls.listing_reflections().tab_filter) == ("study", {})
    assert (ls.listing_talks().tab, ls.listing_talks().tab_filter) == ("talks", {"page": "records"})
    assert ls.listing_talks(unit=unit_id, round_id=first_round).tab_filter == {
        "round_id": first_round, "unit_id": unit_id, "page": "records"}
    assert ls.listing_untalked(round_id=second_round).tab_filter == {"round_id": second_round, "page": "untalked"}
    assert (ls.listing_suggestions().tab, ls.listing_suggestions().tab_filter) == ("feedback", {})
    assert ls.listing_suggestions(unit=unit_id, status=ls.SUGGESTIONS_OVERDUE).tab_filter == {
        "unit": unit_name, "due": "overdue"}
    assert ls.listing_suggestions(status=ls.SUGGESTIONS_OPEN).tab_filter == {"status": "open"}
    assert ls.listing_suggestions(status="整改中").tab_filter == {"status": "整改中"}
    assert ls.listing_suggestions(status=ls.SUGGESTIONS_MAJOR).tab_filter == {}
    template = PledgeTemplate.select().first().id
    assert (ls.listing_pledges(signed=False).tab, ls.listing_pledges(signed=False).tab_filter) == (
        "pledges", {"status": "未签署"})
    assert ls.listing_pledges(template_id=template, signed=True, unit=unit_id).tab_filter == {
        "template_id": template, "unit": unit_name}
