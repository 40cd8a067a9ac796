"""The demo's 查纠整改 at the source article's figures: 319 officers disclosed problems in their self-checks;
after 单位初审, 线索组复审 and 市教整办审核, 154 were not counted as clues (不计入问题线索), 69 rectify themselves
(个人整改), 33 went to their units for 第一种形态处理, and 65 clues went to the clue group (移交线索组); with
3 上级交办, 5 纪委信访室移交 and 2 审查发现 the group has 75 clues.

The outcomes add up to 321 (154 + 69 + 33 + 65): two officers each disclosed two things, one 个人整改 and one
移交线索组, so the officers are 319 and every outcome's head count is the article's. Officers who said
something in a talk (主动说明问题) come first and their item links that talk. Rows are written directly, dated
inside the 查纠整改 phase, so the figures do not depend on the day the demo is built. The 七查, the 五项排查 and the
clearance are there as special checks with plausible counts (the article gives none); the 2 审查发现 clues are
findings of two of them."""
from __future__ import annotations

import datetime as dt

from app.rectify import demo_texts
from app.rectify.clues import next_code
from app.rectify.models import (NO_ACTION, OUTCOME_TO_CLUES, REVIEW_STEPS, SOURCE_CHECK,
                                SOURCE_SELF_CHECK, STAGES, TO_CLUE, TO_RECTIFY, CheckFinding, Clue, ClueHistory,
                                SelfCheckItem, SelfCheckReview, SpecialCheck)
from app.roster.models import Officer, Unit

OFFICERS_DISCLOSED = 319
OUTCOME_COUNTS = (("不计入问题线索", 154), ("个人整改", 69), ("第一种形态处理", 33), (OUTCOME_TO_CLUES, 65))
TWO_ITEMS = 2  # officers with a 个人整改 item and a 移交线索组 item
OUTSIDE_SOURCES = (("上级交办", 3), ("纪委信访室移交", 5))
# The special checks: (kind, what was examined, how many, counted in). The two 审查发现 clues are their findings.
CHECKS = (("举报线索核查", "举报线索", 46, "条"), ("涉黑涉恶案件（线索）倒查", "案件", 38, "件"),
          ("涉法涉诉信访案件清查", "信访案件", 57, "件"), ("法律监督专项检查", "案件", 212, "件"),
          ("重点案件交叉评查", "卷宗", 1260, "份"), ("智能化数据排查", "人员", 518, "人"),
          ("政法队伍建设巡查", "单位", 5, "项"),
          ("违反防止干预司法“三个规定”问题", "人员", 518, "人"), ("违规经商办企业问题", "人员", 518, "人"),
          ("违规参股借贷问题", "人员", 518, "人"), ("违法违规办理减刑假释暂予监外执行情况", "案件", 326, "件"),
          ("“有案不立、压案不查、有罪不究”情况", "案件", 1870, "件"),
          ("离职离任法官检察官从事法律业务清查", "离任人员", 23, "人"))
CLUE_FINDINGS = ("重点案件交叉评查", "智能化数据排查")  # the kinds whose findings are the 审查发现 clues
OTHER_FINDINGS = (("法律监督专项检查", TO_RECTIFY, "部分案件法律文书送达不及时。"),
                  ("“有案不立、压案不查、有罪不究”情况", TO_RECTIFY, "个别治安案件超期未结。"),
                  ("离职离任法官检察官从事法律业务清查", NO_ACTION, "一名离任法官在律所执业，未代理原单位案件，符合规定。"))


def _self_reported_talks() -> dict[int, int]:
    from app.talks.models import Talk, TalkParticipant

    query = (TalkParticipant.select(TalkParticipant.officer, TalkParticipant.talk)
             .join(Talk).where(Talk.self_reported & Talk.deleted_at.is_null()).order_by(TalkParticipant.id))
    result: dict[int, int] = {}
    for officer_id, talk_id in query.tuples():
        result.setdefault(officer_id, talk_id)
    return result


def _phase(ctx) -> tuple[dt.date, dt.date]:
    for name, first, last in ctx.phases:
        if name == "查纠整改":
            return first, min(last, ctx.today - dt.timedelta(days=3))
    return ctx.today - dt.timedelta(days=40), ctx.today - dt.timedelta(days=3)


def _at(day: dt.date, hour: int) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour, 30))


def populate(ctx) -> None:
    rng = ctx.rng
    first, last = _phase(ctx)
    in_post = list(Officer.select().where(Officer.deleted_at.is_null() & (Officer.status == "在岗")
                                          & Officer.counts_in_campaign).order_by(Officer.id))
    talks = _self_reported_talks()
    talked = [o for o in in_post if o.id in talks]
    others = [o for o in in_post if o.id not in talks]
    rng.shuffle(others)
    chosen = (talked + others)[:OFFICERS_DISCLOSED]
    rng.shuffle(chosen)
    outcomes = [o for o, n in OUTCOME_COUNTS for _ in range(n)]
    # The two officers with two items take one 个人整改 and one 移交线索组 each; everyone else has one item.
    doubles = chosen[:TWO_ITEMS]
    plan: list[tuple[Officer, str]] = [(o, "个人整改") for o in doubles] + [(o, OUTCOME_TO_CLUES) for o in doubles]
    for outcome in ("个人整改", OUTCOME_TO_CLUES):
        outcomes.remove(outcome)
        outcomes.remove(outcome)
    rng.shuffle(outcomes)
    plan += list(zip(chosen[TWO_ITEMS:], outcomes))
    units = {u.id: u for u in Unit.select()}
    reviewers = {uid: ctx.person_name() for uid in units}
    group, office = ctx.person_name(), ctx.person_name()
    categories = list(demo_texts.ITEM_TEXTS)
    clue_rows: list[tuple[dt.date, str, Officer | None, str, SelfCheckItem | None]] = []
    for officer, outcome in plan:
        category = rng.choice(categories)
        reported = ctx.date_between(first, first + dt.timedelta(days=max(1, (last - first).days // 3)))
        item = SelfCheckItem.create(officer=officer, reported_on=reported, category=category,
                                    content=rng.choice(demo_texts.ITEM_TEXTS[category]), disclosed=True,
                                    stage=STAGES[-1], outcome=outcome, source_talk_id=talks.get(officer.id))
        day = reported
        for step, who in zip(REVIEW_STEPS, (reviewers[officer.unit_id], group, office)):
            day = min(last, day + dt.timedelta(days=rng.randint(1, 4)))
            SelfCheckReview.create(item=item, step=step, reviewer=who, reviewed_on=day,
                                   opinion=rng.choice(demo_texts.OPINIONS[step]), outcome=outcome,
                                   actor="教整办")
        if outcome == OUTCOME_TO_CLUES:
            clue_rows.append((day, SOURCE_SELF_CHECK, officer, item.content, item))
    for source, count in OUTSIDE_SOURCES:
        for i in range(count):
            officer = rng.choice(in_post)
            clue_rows.append((ctx.date_between(first, last), source, officer, demo_texts.OUTSIDE_CLUES[source][i % len(
                demo_texts.OUTSIDE_CLUES[source])], None))
    checks = {kind: SpecialCheck.create(kind=kind, started_on=first, ended_on=None if i % 4 == 0 else last,
                                        examined=count, examined_unit=unit_word, examined_what=what)
              for i, (kind, what, count, unit_word) in enumerate(CHECKS)}
    found = []
    for kind, text in zip(CLUE_FINDINGS, demo_texts.OUTSIDE_CLUES[SOURCE_CHECK]):
        clue_rows.append((ctx.date_between(first, last), SOURCE_CHECK, rng.choice(in_post), text, None))
        found.append((kind, clue_rows[-1]))
    clue_rows.sort(key=lambda r: r[0])
    made = {}
    for entry in clue_rows:
        received, source, officer, content, item = entry
        made[id(entry)] = _clue(ctx, received, source, officer, content, item)
    for kind, entry in found:
        clue = made[id(entry)]
        CheckFinding.create(check=checks[kind], found_on=clue.received_on, officer=clue.officer_id,
                            description=clue.content, action=TO_CLUE, clue=clue)
    for kind, action, text in OTHER_FINDINGS:
        CheckFinding.create(check=checks[kind], found_on=ctx.date_between(first, last), description=text,
                            action=action)
    ctx.facts["rectify_clues"] = len(clue_rows)


def _clue(ctx, received: dt.date, source: str, officer: Officer, content: str, item) -> Clue:
    rng = ctx.rng
    clue = Clue.create(code=next_code(received.year), source=source, received_on=received, officer=officer,
                       subject_name=officer.name, content=content, self_check_item=item)
    ClueHistory.create(clue=clue, action="登记", to_status="待处置", actor="线索组", at=_at(received, 9),
                       note=f"来源：{source}")
    roll = rng.random()
    if roll < 0.12:
        return clue  # still 待处置
    start = received + dt.timedelta(days=rng.randint(1, 3))
    if roll < 0.22:
        clue.disposal, clue.status, clue.result, clue.concluded_on = "予以了结", "已办结", "了结", start
        clue.save()
        ClueHistory.create(clue=clue, action="处置：予以了结", from_status="待处置", to_status="已办结",
                           actor="线索组", at=_at(start, 10), note="经核查，反映问题不属实")
        return clue
    disposal = rng.choice(("谈话函询", "谈话函询", "初步核实", "暂存待查"))
    clue.disposal, clue.status, clue.unit_id, clue.handler = disposal, "办理中", officer.unit_id, ctx.person_name()
    if disposal != "暂存待查":
        # About one in five deadlines has passed: the overdue list is not empty mid-campaign.
        clue.deadline = ctx.today + dt.timedelta(days=rng.randint(-6, 25))
    clue.save()
    ClueHistory.create(clue=clue, action=f"处置：{disposal}", from_status="待处置", to_status="办理中",
                       actor="线索组", at=_at(start, 10))
    if disposal != "暂存待查" and rng.random() < 0.5:
        done = min(ctx.today - dt.timedelta(days=1), start + dt.timedelta(days=rng.randint(5, 20)))
        result = rng.choice(("第一种形态", "第一种形态", "第二种形态", "了结", "立案"))
        clue.status, clue.result, clue.concluded_on = "已办结", result, max(done, start)
        clue.save()
        ClueHistory.create(clue=clue, action=f"办结：{result}", from_status="办理中", to_status="已办结",
                           actor="线索组", at=_at(clue.concluded_on, 15))
    return clue
