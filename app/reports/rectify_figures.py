"""查纠整改 in the overview and the summary report: the article's figures (“对319名政法干警在自查中主动说明问题的
…线索组共收到问题线索75条”), counts only, taken from `app.rectify.figures` — no self-check text or clue content, so
they need no permission (as the talk counts need none). The overview's range narrows self-check items by their
填报日期 and clues by their 收到日期; its unit to that unit's officers (and the clues about them)."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from app.rectify import figures
from app.rectify.models import OUTCOME_TO_CLUES, SOURCE_SELF_CHECK

NOT_CLUES, PERSONAL, FIRST_FORM = "不计入问题线索", "个人整改", "第一种形态处理"


@dataclass(frozen=True)
class RectifyFigures:
    officers_disclosed: int  # officers who disclosed a problem of their own accord in the 自查
    officers_reporting: int
    items: int
    items_reviewed: int  # 已审核 (the 市教整办审核 done)
    outcome_officers: dict  # outcome → officers
    outcome_items: dict  # outcome → items
    clues: int
    clues_per_source: dict  # source → clues, every source (0 where none)
    clues_per_status: dict
    clues_overdue: int

    @property
    def transferred(self) -> int:
        """Items the 市教整办审核 sent to the 线索组 as clues (条)."""
        return self.outcome_items.get(OUTCOME_TO_CLUES, 0)

    @property
    def self_check_clues(self) -> int:
        return self.clues_per_source.get(SOURCE_SELF_CHECK, 0)

    @property
    def other_sources(self) -> dict:
        """The sources besides 自查移交 that sent clues, with their counts."""
        return {k: v for k, v in self.clues_per_source.items() if v and k != SOURCE_SELF_CHECK}

    @property
    def clues_open(self) -> int:
        return self.clues - self.clues_per_status.get("已办结", 0)


def rectify_figures(today: dt.date | None = None, since: dt.date | None = None, until: dt.date | None = None,
                    unit: int | None = None) -> RectifyFigures:
    s = figures.summary(today, since=since, until=until, unit=unit)
    return RectifyFigures(
        officers_disclosed=s["officers_disclosed"], officers_reporting=s["officers_reporting"],
        items=s["self_check_items"], items_reviewed=s["per_stage"].get("已审核", 0),
        outcome_officers=dict(s["outcome_officers"]), outcome_items=dict(s["outcome_items"]),
        clues=s["clues"], clues_per_source=dict(s["clues_per_source"]),
        clues_per_status=dict(s["clues_per_status"]), clues_overdue=s["clues_overdue"])
