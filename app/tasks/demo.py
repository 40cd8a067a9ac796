"""The demo's 任务督导 at the source article's figures: "学习教育、查纠整改、总结提升"三个环节共60项具体任务、
25项重点工作 (20, 28 and 12 tasks; 8, 12 and 5 重点工作), 规定动作 and 自选动作 mixed; the tasks whose
deadline has passed are closed (销号) with evidence, all but one, overdue. Two rounds of 督导 visited each of
the five units ("一看二查三访四提醒"), leaving 提醒 with their 整改时限, the older ones closed. Every unit
filed a 工作日报 every day from the campaign's first day to yesterday (some 零报告): 零通报, no unit missed.
Dates follow the campaign's phases (ctx.phases), like the rest of the demo, so the figures do not depend on
the day the demo is built."""
from __future__ import annotations

import datetime as dt

from app.roster.models import Unit
from app.tasks import demo_texts
from app.tasks.models import KINDS, CampaignTask, DailyReport, SupervisionReminder, SupervisionVisit

OVERDUE_TASKS = 1  # one 查纠整改 task past its deadline, not closed: the overdue mark shows
TEAMS = ("县教整办第一督导组", "县教整办第二督导组")
ZERO_SHARE = 0.15  # days a unit has nothing to report


def _phases(ctx) -> list[tuple[str, dt.date, dt.date]]:
    if ctx.phases:
        return ctx.phases
    start = ctx.campaign_start
    return [("学习教育", start, start + dt.timedelta(days=29)),
            ("查纠整改", start + dt.timedelta(days=30), start + dt.timedelta(days=104)),
            ("总结提升", start + dt.timedelta(days=105), start + dt.timedelta(days=119))]


def _tasks(ctx, units: list[Unit], phases) -> None:
    rng = ctx.rng
    yesterday = ctx.today - dt.timedelta(days=1)
    number = 0
    overdue_left = OVERDUE_TASKS
    span = {name: (first, last) for name, first, last in phases}
    rows = []
    for stage, tasks in demo_texts.TASKS:
        first, last = span[stage]
        for index, (title, key_work, optional, unit_index) in enumerate(tasks):
            number += 1
            # Deadlines spread through the 环节, in the list's order.
            deadline = first + dt.timedelta(days=round((last - first).days * (index + 1) / len(tasks)))
            closed_on = closed_by = evidence = ""
            if deadline <= yesterday:
                if stage == "查纠整改" and overdue_left and index > len(tasks) // 3:
                    overdue_left -= 1
                else:
                    closed_on = min(yesterday, deadline - dt.timedelta(days=rng.randint(0, 4)))
                    closed_by = "县教整办 " + ctx.person_name()
                    evidence = f"{title}的通知、方案、签到表和图片资料已归档（{closed_on.month}月{closed_on.day}日）"
            rows.append(dict(number=number, stage=stage, title=title, key_work=key_work,
                             kind=KINDS[1] if optional else KINDS[0], unit=units[unit_index % len(units)],
                             lead=ctx.person_name(), deadline=deadline, closed_on=closed_on or None,
                             closed_by=closed_by, evidence=evidence))
    CampaignTask.insert_many(rows).execute()


def _visits(ctx, units: list[Unit], phases) -> None:
    rng = ctx.rng
    yesterday = ctx.today - dt.timedelta(days=1)
    study_first = phases[0][1]
    # Round one late in 学习教育, round two in 查纠整改, both before today.
    rounds = (phases[0][2] - dt.timedelta(days=8), min(yesterday - dt.timedelta(days=10),
                                                       phases[1][1] + dt.timedelta(days=20)))
    for round_index, start in enumerate(rounds):
        start = max(start, study_first)
        for unit_index, unit in enumerate(units):
            day = start + dt.timedelta(days=unit_index)
            visit = SupervisionVisit.create(
                visited_on=day, unit=unit, team=TEAMS[unit_index % 2], looked=rng.choice(demo_texts.LOOKED),
                checked=rng.choice(demo_texts.CHECKED), visited=rng.choice(demo_texts.VISITED),
                findings=rng.choice(demo_texts.FINDINGS))
            for reminder_index in range(1 + (unit_index + round_index) % 2):
                deadline = day + dt.timedelta(days=rng.choice((7, 10, 15)))
                closed = deadline < yesterday - dt.timedelta(days=2) or (round_index == 1 and reminder_index == 0
                                                                      and unit_index < 3)
                closed_on = min(yesterday, deadline - dt.timedelta(days=rng.randint(0, 3))) if closed else None
                SupervisionReminder.create(visit=visit, content=demo_texts.REMINDERS[(unit_index + reminder_index)
                                                                                   % len(demo_texts.REMINDERS)],
                                           deadline=deadline, closed_on=closed_on,
                                           closed_by=TEAMS[unit_index % 2] if closed else "",
                                           outcome="已按要求整改到位，督导组复核销号" if closed else "")


def _reports(ctx, units: list[Unit], phases) -> None:
    rng = ctx.rng
    first, last = phases[0][1], min(ctx.today - dt.timedelta(days=1), phases[-1][2])
    reporters = {u.id: ctx.person_name() for u in units}
    rows = []
    for offset in range((last - first).days + 1):
        day = first + dt.timedelta(days=offset)
        for unit in units:
            if rng.random() < ZERO_SHARE:
                rows.append(dict(unit=unit, day=day, zero_report=True, reporter=reporters[unit.id]))
            else:
                rows.append(dict(unit=unit, day=day, zero_report=False, reporter=reporters[unit.id],
                                 deployment=rng.choice(demo_texts.DEPLOYMENT), hints=rng.choice(demo_texts.HINTS),
                                 assignments=rng.choice(demo_texts.ASSIGNMENTS) if rng.random() < 0.6 else ""))
    for start in range(0, len(rows), 400):
        DailyReport.insert_many(rows[start:start + 400]).execute()


def populate(ctx) -> None:
    units = list(Unit.select().order_by(Unit.sort_order, Unit.id))
    if not units:
        return
    phases = _phases(ctx)
    _tasks(ctx, units, phases)
    _visits(ctx, units, phases)
    _reports(ctx, units, phases)
