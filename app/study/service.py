"""Study sessions (学习教育) service: sessions, who must attend, attendance, make-up study (补学),
reflections (心得体会), test scores, and the figures drawn from them.

The expected list of a session is *locked* (copied into Attendee rows with each person's unit, department
and post of that day) the first time attendance is marked, or when the user locks it. Until then it is
worked out from the roster on demand, so a session planned weeks ahead follows roster changes, and a
session that has been held never does.

Attendance rate = (出席 + 迟到) / marked attendees; unmarked people are reported separately, so a session
being marked does not show a falsely low rate.

This module is the feature's public entry point; the code lives in one module per section:
    _common.py      Constants and small helpers shared by the study service's sections.
    sessions.py     Study session types, sessions (validated writes, audience) and the notice text kept with a session.
    attendance.py   Who is expected at a session (the audience, the locked list) and attendance marking.
    attachments.py  Files attached to make-up study and reflections: where they are stored.
    makeup.py       Make-up study (补学) tasks: rows, edits, completion.
    reflections.py  Reflections (心得体会) and test scores.
    totals.py       Figures drawn from the study records (per session, type, unit, person) and the stats hook.
    listing.py      The session list: one row per session with its figures and audience.
"""
from __future__ import annotations

from app.errors import ValidationErrors  # noqa: F401
from app.study._common import (
    DEFAULT_MAKEUP_DAYS, DEFAULT_REQUIREMENTS, EXPECTED_ROSTER_STATUSES, LEAVE_REASONS, MAX_LONG_TEXT,
    MAX_TEXT, STATE_DONE, STATE_OPEN, STATE_OVERDUE, TOPIC, WEEKDAYS, _get_session, cn_day, makeup_days,
    percent, rate, task_state, time_text, weekday, when_text)  # noqa: F401
from app.study.sessions import (
    SessionData, TypeRow, create_session, create_type, delete_sessions, delete_type, move_type,
    new_session_data, restore_sessions, save_notice, saved_notice, session_data, suggested_title, type_rows,
    update_session, update_type, validate_session)  # noqa: F401
from app.study.attendance import (
    AttendeeRow, _attendee_dicts, _audience_query, add_attendees, attendee_rows, audience_preview,
    default_makeup_kind, expected_count, freeze, mark, mark_all_present, remove_attendees, set_reason)  # noqa: F401
from app.study.attachments import attachment_path, attachments_root, store_attachment  # noqa: F401
from app.study.makeup import MakeupRow, complete_tasks, makeup_rows, reopen_tasks, update_task  # noqa: F401
from app.study.reflections import (
    TestSummary, missing_reflections, record_reflections, remove_reflections, set_pass_mark, set_scores,
    test_summary)  # noqa: F401
from app.study.totals import (
    Figures, PersonFigures, TypeFigures, UnitFigures, person_figures, session_figures, stats, total_figures,
    type_figures, unit_figures)  # noqa: F401
from app.study.listing import SessionRow, session_row, session_rows  # noqa: F401
