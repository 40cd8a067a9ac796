"""The campaign at a glance: every figure group the overview tab and the summary report show, at once.

Each group has its own module, taking an optional date range (`since`, `until`, both inclusive) and an
optional unit (a `Unit` id): `roster_figures`, `study_figures`, `talk_figures`, `feedback_figures`,
`pledge_figures`, `rectify_figures` (查纠整改); `unit_figures` compares the units; `scope` holds
the period presets and the units;
`listings` the rows behind each figure. Every figure is counted in SQL (GROUP BY / COUNT); Python only puts
the grouped results together.

What the date range narrows (the roster is always today's):
- study: sessions held on a day in the range, with their attendance, make-up study and reflections;
- talks: talks dated in the range (应谈 stays each round's list; 已谈 counts those talked with in the range);
- feedback: suggestions collected in the range and events held in it (status and overdue as of today);
- pledges: signed = signatures dated in the range; issued = pledges issued by the range's last day.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from app.common.figures import rate
from app.reports.feedback_figures import FeedbackFigures, feedback_figures
from app.reports.pledge_figures import PledgeFigures, pledge_figures
from app.reports.rectify_figures import RectifyFigures, rectify_figures
from app.reports.roster_figures import OfficerFigures, officer_figures
from app.reports.scope import check_range, today_or
from app.reports.study_figures import StudyBase, StudyFigures, study_base, study_figures
from app.reports.talk_figures import TalkBase, TalkFigures, talk_base, talk_figures
from app.reports.unit_figures import unit_rows


@dataclass(frozen=True)
class Overview:
    since: dt.date | None
    until: dt.date | None
    unit: int | None
    today: dt.date
    officers: OfficerFigures
    study: StudyFigures
    talks: TalkFigures
    feedback: FeedbackFigures
    pledges: PledgeFigures
    units: list = field(default_factory=list)  # UnitRow, all units (the comparison ignores `unit`)
    round_units: dict = field(default_factory=dict)  # (round id, unit id) → (应谈, 已谈, 人次)
    rectify: RectifyFigures | None = None  # 查纠整改: items and clues of the range and unit

    def round_unit_rate(self, round_id: int, unit_id: int) -> float | None:
        expected, talked, _n = self.round_units.get((round_id, unit_id), (0, 0, 0))
        return rate(talked, expected)


def overview(since: dt.date | None = None, until: dt.date | None = None, unit: int | None = None, *,
             today: dt.date | None = None, with_units: bool = True, study: StudyBase | None = None,
             talks: TalkBase | None = None) -> Overview:
    """Every figure group for the range and unit. `study`, `talks`: counts made earlier for the same range
    and day (`study_base`, `talk_base`), reused when their data has not changed since — the two groups that
    read a row per person expected or talked with; the others are cheap."""
    check_range(since, until)
    today = today_or(today)
    study = study or study_base(since, until, today)
    talks = talks or talk_base(since, until, today)
    return Overview(
        since=since, until=until, unit=unit, today=today,
        officers=officer_figures(since, until, unit),
        study=study_figures(since, until, unit, today=today, base=study),
        talks=talk_figures(since, until, unit, today=today, base=talks),
        feedback=feedback_figures(since, until, unit, today=today),
        pledges=pledge_figures(since, until, unit),
        units=unit_rows(since, until, today=today, study=study, talks=talks) if with_units else [],
        round_units={key: (talks.expected.get(key, 0), talks.talked.get(key, 0), talks.person_times.get(key, 0))
                     for key in set(talks.expected) | set(talks.person_times)},
        rectify=rectify_figures(today, since, until, unit))
