"""各单位对比: every unit's figures side by side for a period, then a 合计 line.

Made from the same counts as the overview's figure groups (`study_base`, `talk_base`), so a unit's line and
the figures above it always agree. Suggestions with no responsible unit yet, and names on locked study lists
or pledges of a unit renamed since, count in the 合计 line only.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import peewee as pw

from app.common.figures import rate
from app.feedback.models import Suggestion
from app.pledges.models import LEADER, Pledge
from app.reports.feedback_figures import ASSIGNED_STATUSES, CLOSED, overdue_condition, suggestion_conditions
from app.reports.pledge_figures import pledge_conditions, signed_condition
from app.reports.roster_figures import in_campaign_per_unit
from app.reports.scope import today_or, units, where
from app.reports.study_figures import StudyBase, study_base
from app.reports.talk_figures import TalkBase, coverage_text, talk_base
from app.study.figures import AttendanceCounts


@dataclass(frozen=True)
class UnitRow:
    unit_id: int | None  # None for the 合计 line
    name: str
    short_name: str
    officers: int  # 在岗在编
    attendance: AttendanceCounts  # 人次 at study sessions (as named on the locked lists)
    reflections: int
    makeup_open: int
    talk_expected: int
    talked: int
    person_times: int
    suggestions: int  # consolidated items this unit is responsible for
    assigned: int
    closed: int
    overdue: int
    pledges_issued: int  # officers' pledges (every template)
    pledges_signed: int

    @property
    def label(self) -> str:
        return self.short_name or self.name

    @property
    def talk_rate(self) -> float | None:
        return rate(self.talked, self.talk_expected)

    @property
    def coverage_text(self) -> str:
        return coverage_text(self.talked, self.talk_expected)

    @property
    def closed_rate(self) -> float | None:
        return rate(self.closed, self.suggestions)

    @property
    def pledge_rate(self) -> float | None:
        return rate(self.pledges_signed, self.pledges_issued)


_UNIT_NUMBERS = ("officers", "reflections", "makeup_open", "talk_expected", "talked", "person_times",
                 "suggestions", "assigned", "closed", "overdue", "pledges_issued", "pledges_signed")


def unit_rows(since: dt.date | None = None, until: dt.date | None = None, *, today: dt.date | None = None,
              study: StudyBase | None = None, talks: TalkBase | None = None) -> list[UnitRow]:
    """Every unit side by side, then a 合计 line (suggestions with no responsible unit count only there).
    `study`, `talks`: the counts already made for the same range (else they are made here)."""
    today = today_or(today)
    study_counts = study or study_base(since, until, today)
    talk_counts = talks or talk_base(since, until, today)
    all_units = units()
    by_name = {name: uid for uid, name, _short in all_units}
    figures: dict[int | None, dict[str, int]] = {uid: dict.fromkeys(_UNIT_NUMBERS, 0) for uid, *_r in all_units}
    figures[None] = dict.fromkeys(_UNIT_NUMBERS, 0)
    attendance: dict[int | None, AttendanceCounts] = {uid: AttendanceCounts() for uid in figures}
    total_attendance = AttendanceCounts()

    def key_of(unit_key, by_unit_name: bool):
        uid = by_name.get(unit_key) if by_unit_name else unit_key
        # A unit renamed since a list was locked, or no unit at all: counted in the total only.
        return uid if uid in figures else None

    def put(key: str, unit_key, n, by_unit_name: bool = False) -> None:
        figures[key_of(unit_key, by_unit_name)][key] += int(n or 0)

    for unit_id, n in in_campaign_per_unit().items():
        put("officers", unit_id, n)
    for (_type, unit_name, status), n in study_counts.attendance.items():
        attendance[key_of(unit_name, True)].add_status(status, n)
        total_attendance.add_status(status, n)
    for (_type, unit_name), n in study_counts.reflections.items():
        put("reflections", unit_name, n, True)
    for (unit_name, _kind), (n, n_done, _overdue) in study_counts.makeup.items():
        put("makeup_open", unit_name, n - n_done, True)
    for unit_id, n in talk_counts.campaign_expected.items():
        put("talk_expected", unit_id, n)
    for unit_id, n in talk_counts.campaign_talked.items():
        put("talked", unit_id, n)
    for (_round, unit_id), n in talk_counts.person_times.items():
        put("person_times", unit_id, n)

    conditions = suggestion_conditions(since, until, None) + [Suggestion.merged_into.is_null()]
    for unit_id, n, assigned, closed, overdue in where(Suggestion.select(
            Suggestion.unit, pw.fn.COUNT(Suggestion.id),
            pw.fn.SUM(pw.Case(None, ((Suggestion.status.in_(ASSIGNED_STATUSES), 1),), 0)),
            pw.fn.SUM(pw.Case(None, ((Suggestion.status == CLOSED, 1),), 0)),
            pw.fn.SUM(pw.Case(None, ((overdue_condition(today), 1),), 0))), *conditions
    ).group_by(Suggestion.unit).tuples():
        for key, value in (("suggestions", n), ("assigned", assigned), ("closed", closed), ("overdue", overdue)):
            put(key, unit_id, value)

    signed = pw.fn.SUM(pw.Case(None, ((signed_condition(since, until), 1),), 0))
    for unit_name, issued, n_signed in where(Pledge.select(Pledge.unit, pw.fn.COUNT(Pledge.id), signed),
                                             *pledge_conditions(since, until, None),
                                             Pledge.signer_kind != LEADER).group_by(Pledge.unit).tuples():
        put("pledges_issued", unit_name, issued, True)
        put("pledges_signed", unit_name, n_signed, True)

    rows = [UnitRow(uid, name, short, attendance=attendance[uid], **figures[uid]) for uid, name, short in all_units]
    totals = {key: sum(f[key] for f in figures.values()) for key in _UNIT_NUMBERS}
    rows.append(UnitRow(None, "合计", "合计", attendance=total_attendance, **totals))
    return rows
