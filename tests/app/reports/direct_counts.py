"""Direct peewee counts, written here independently of the overview's queries, to cross-check its figures."""
import datetime as dt

import peewee as pw

TODAY = dt.date.today()


def alive_sessions(since=None, until=None):
    from app.study.models import StudySession

    query = StudySession.select().where(StudySession.deleted_at.is_null())
    if since:
        query = query.where(StudySession.day >= since)
    if until:
        query = query.where(StudySession.day <= until)
    return query


def attendees(since=None, until=None):
    from app.study.models import Attendee

    return Attendee.select().where(Attendee.session.in_(alive_sessions(since, until).select(pw.SQL("id"))))


def participations(since=None, until=None):
    from app.talks.models import Talk, TalkParticipant

    query = TalkParticipant.select().join(Talk).where(Talk.deleted_at.is_null())
    if since:
        query = query.where(Talk.talk_date >= since)
    if until:
        query = query.where(Talk.talk_date <= until)
    return query


def consolidated(since=None, until=None):
    from app.feedback.models import Suggestion

    query = Suggestion.select().where(Suggestion.deleted_at.is_null(), Suggestion.merged_into.is_null())
    if since:
        query = query.where(Suggestion.collected_on >= since)
    if until:
        query = query.where(Suggestion.collected_on <= until)
    return query
