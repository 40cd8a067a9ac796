"""学习教育 figures cross-checked on the demo database against direct counts and the study feature's own."""
from tests.app.reports.direct_counts import TODAY, alive_sessions, attendees


def test_study_figures_match_direct_counts(o):
    from app.study.feature import stats
    from app.study.models import Attendee, MakeupTask, Reflection, StudySession, StudyType

    for t in o.study.types:
        held = alive_sessions().where(StudySession.type == t.type_id, StudySession.day <= TODAY).count()
        planned = alive_sessions().where(StudySession.type == t.type_id, StudySession.day > TODAY).count()
        assert (t.held, t.planned) == (held, planned), t.name
    assert o.study.held == alive_sessions().where(StudySession.day <= TODAY).count()
    political = next(t for t in o.study.types if t.name == "政治轮训")
    assert political.phrase == f"政治轮训{political.held}场次"
    assert {t.name for t in o.study.types} <= {t.name for t in StudyType.select()}
    attendance = o.study.attendance
    assert attendance.expected == attendees().count()
    assert attendance.attended == attendees().where(Attendee.status.in_(("出席", "迟到"))).count()
    assert attendance.missed == attendees().where(Attendee.status.in_(("请假", "缺席"))).count()
    assert o.study.reflections == (Reflection.select().join(Attendee).join(StudySession)
                                   .where(StudySession.deleted_at.is_null()).count())
    tasks = MakeupTask.select().join(Attendee).join(StudySession).where(StudySession.deleted_at.is_null())
    assert o.study.makeup_total == tasks.count()
    assert o.study.makeup_open == tasks.where(MakeupTask.completed_on.is_null()).count()
    assert o.study.makeup_overdue == tasks.where(MakeupTask.completed_on.is_null(),
                                                 MakeupTask.deadline < TODAY).count()
    assert sum(o.study.makeup_by_kind.values()) == o.study.makeup_total
    # what the study tab shows
    own = stats()
    assert (own["attended"], own["reflections"], own["makeup_open"], own["makeup_overdue"]) == (
        attendance.attended, o.study.reflections, o.study.makeup_open, o.study.makeup_overdue)
    assert own["held"] == o.study.held and own["planned"] == o.study.planned


def test_attendance_is_counted_by_the_study_rule(o):
    """出勤 = 出席 + 迟到, the rate over those marked: the study feature's AttendanceCounts, per type too."""
    from app.study.figures import AttendanceCounts
    from app.study.models import Attendee, StudySession

    rule = AttendanceCounts()
    for status, in attendees().select(Attendee.status).tuples():
        rule.add_status(status)
    assert o.study.attendance == rule
    for t in o.study.types:
        of_type = AttendanceCounts()
        for status, in (attendees().join(StudySession).where(StudySession.type == t.type_id)
                        .select(Attendee.status).tuples()):
            of_type.add_status(status)
        assert t.attended == of_type.attended, t.name
