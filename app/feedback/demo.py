"""Demo data for the feedback ledger at the source county's scale: a county symposium that collected
31 items, three rounds of symposiums in each 政法 unit, 走访 of 3618 people, a 征求意见函, 卷宗评查 of
5046 files, 民主生活会, hotline, 督导反馈 and talks — 133 consolidated suggestions (plus duplicates merged
into them), most closed by `ctx.today`, some in progress, a few overdue, two not adopted.

Everything is written with bulk inserts; only `ctx.rng` and `ctx.today` decide what is made.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from app.store import campaign
from app.store.base import new_uuid, now
from app.feedback.categories import code_prefix
from app.feedback.demo_texts import (
    EVIDENCE, INTERNAL, PER_UNIT, PROGRESS_OPEN, PUBLIC, REJECTED, REVIEW, SUPERVISION, TALKS, TOWN)
from app.feedback.models import EventParticipant, FeedbackEvent, Suggestion, SuggestionHistory
from app.roster.models import Officer, Unit

CONSOLIDATED = 133
OFFICE_CLERK = "刘敏"  # the 教整办 clerk of the demo settings


@dataclass
class Problem:
    unit_kind: str
    category: str
    content: str
    measure: str
    rejection: str = ""


@dataclass
class Item:
    problem: Problem
    event: dict | None
    channel: str
    collected_on: dt.date
    submitter_name: str = ""
    submitter_category: str = ""
    contact: str = ""
    anonymous: bool = False
    duplicate_of: "Item | None" = None
    record: dict = field(default_factory=dict)


def _problems(rng, units_by_kind: dict, towns) -> dict[str, list[Problem]]:
    """Distinct public problems, grouped by the kind of unit that must fix them, shuffled."""
    pool: dict[str, list[Problem]] = {kind: [] for kind in units_by_kind}
    for kind, category, content, measure in PUBLIC:
        pool[kind].append(Problem(kind, category, content, measure))
    for kind, category, content, measure in TOWN:
        for town in rng.sample(list(towns), 4):
            pool[kind].append(Problem(kind, category, content.format(town=town), measure.format(town=town)))
    for kind, unit in units_by_kind.items():
        name = unit.short_name or unit.name
        for category, content, measure in PER_UNIT:
            pool[kind].append(Problem(kind, category, content.format(unit=name), measure.format(unit=name)))
    for items in pool.values():
        rng.shuffle(items)
    return pool


def _draw(pool: dict[str, list[Problem]], kind: str | None, rng) -> Problem:
    if kind and pool.get(kind):
        return pool[kind].pop()
    kinds = [k for k, items in pool.items() if items]
    return pool[rng.choice(kinds)].pop()


def populate(ctx) -> None:
    from app.roster.demo import TOWNS

    rng, today = ctx.rng, ctx.today
    start = ctx.campaign_start
    units = list(Unit.select().order_by(Unit.sort_order))
    units_by_kind = {u.kind: u for u in units}
    if not units_by_kind:
        return
    officers_by_unit = ctx.facts.get("officers_by_unit") or {
        u.name: list(Officer.alive().where(Officer.unit == u)) for u in units}
    leaders = {u.kind: [o.name for o in officers_by_unit.get(u.name, []) if o.leadership == "班子成员"] or ["（待定）"]
               for u in units}
    heads = {u.kind: [o.name for o in officers_by_unit.get(u.name, []) if o.is_department_head] or ["（待定）"]
             for u in units}
    staff = {u.kind: [o.name for o in officers_by_unit.get(u.name, [])] for u in units}
    office_staff = [o.name for o in officers_by_unit.get(units_by_kind.get("政法委", units[0]).name, [])
                    if o.leadership or o.is_department_head][:3] or [OFFICE_CLERK]

    def day(n: int) -> dt.date:
        return min(today, start + dt.timedelta(days=n))

    pool = _problems(rng, units_by_kind, TOWNS)
    events: list[dict] = []
    items: list[Item] = []

    def event(kind, title, n_day, place, organiser_kind, participants=None, reviewed=0, notes=""):
        record = dict(kind=kind, title=title, held_on=day(n_day), place=place,
                      organiser=units_by_kind.get(organiser_kind), reviewed_files=reviewed, notes=notes,
                      participants=participants or {})
        events.append(record)
        return record

    def person_phone() -> str:
        return f"1{rng.choice('35789')}{rng.randint(0, 999999999):09d}" if rng.random() < 0.7 else ""

    def public_items(ev, count, kind, categories, anonymous_share=0.0):
        for _ in range(count):
            problem = _draw(pool, kind, rng)
            anonymous = rng.random() < anonymous_share
            items.append(Item(problem, ev, ev["kind"], ev["held_on"],
                              submitter_name="" if anonymous else ctx.person_name(),
                              submitter_category=rng.choice(categories), contact="" if anonymous else person_phone(),
                              anonymous=anonymous))

    county = campaign.current().county_label
    symposium_people = {"人大代表": 5, "政协委员": 5, "企业家代表": 6, "律师代表": 4, "人民陪审员": 3,
                        "特约监督员": 3, "案件当事人": 2, "群众": 4, "媒体": 2}
    ev = event("座谈会", f"{county}政法队伍教育整顿征求意见座谈会", 12, "县委政法委三楼会议室", "政法委",
               symposium_people, notes="县委政法委常务副书记主持，邀请人大代表、政协委员、企业家代表、律师代表、"
                                       "案件当事人代表等参加，收集意见建议31条，已全部录入整改清单。")
    rejected = [Problem(*r[:4], rejection=r[3]) for r in REJECTED]
    for r in rejected:  # the two not adopted were raised at the county symposium
        r.measure = ""
        items.append(Item(r, ev, "座谈会", ev["held_on"], ctx.person_name(), rng.choice(("群众", "案件当事人")),
                          person_phone()))
    public_items(ev, 31 - len(rejected), None, list(symposium_people))

    unit_symposium_counts = [3, 3, 2, 3, 3, 3, 2, 3, 3, 3, 3, 3]  # 34
    rounds = ("第一次", "第二次", "第三次")
    index = 0
    for kind in ("法院", "检察院", "公安局", "司法局"):
        unit = units_by_kind[kind]
        for r, round_name in enumerate(rounds):
            people = {"人大代表": rng.randint(2, 4), "政协委员": rng.randint(2, 3), "企业家代表": rng.randint(2, 5),
                      "律师代表": rng.randint(2, 4), "案件当事人": rng.randint(1, 3), "群众": rng.randint(3, 6)}
            if kind in ("法院", "检察院"):
                people["人民陪审员" if kind == "法院" else "特约监督员"] = rng.randint(2, 4)
            ev = event("座谈会", f"{unit.short_name}政法队伍教育整顿{round_name}征求意见座谈会",
                       14 + r * 13 + rng.randint(0, 4), f"{unit.short_name}会议室", kind, people)
            public_items(ev, unit_symposium_counts[index], kind, list(people))
            index += 1

    visits = [("公安局", "“百警进百企”走访企业", {"企业家代表": 86, "群众": 412}, 4),
              ("法院", "走访农村听取意见", {"群众": 536}, 3),
              ("检察院", "走访社区听取意见", {"群众": 428}, 3),
              ("司法局", "走访企业听取意见", {"企业家代表": 64, "群众": 276}, 3),
              ("公安局", "走访农村听取意见", {"群众": 612}, 3),
              ("法院", "走访企业听取意见", {"企业家代表": 58, "群众": 198}, 3),
              ("检察院", "走访农村听取意见", {"群众": 452}, 2),
              ("司法局", "走访社区听取意见", {"群众": 496}, 3)]  # 3618 people, 24 items
    for n, (kind, what, people, count) in enumerate(visits):
        towns = "、".join(rng.sample(list(TOWNS), 3))
        ev = event("走访", f"{units_by_kind[kind].short_name}{what}", 16 + n * 4, towns, kind, people,
                   notes=f"深入{towns}等地走访座谈，共{sum(people.values())}人次。")
        public_items(ev, count, kind, list(people))

    ev = event("征求意见函", "面向社会发布政法队伍教育整顿征求意见函", 10, "县融媒体中心、政法各单位门户网站", "政法委",
               {"群众": 64, "企业家代表": 9, "律师代表": 6}, notes="共收到回函79份。")
    public_items(ev, 18, None, ["群众", "企业家代表", "律师代表", "案件当事人"], anonymous_share=0.2)
    ev = event("热线/信箱", "教育整顿举报电话和意见箱", 20, "举报电话0715-3321110、县委政法委意见箱", "政法委",
               {"群众": 23}, notes="教育整顿期间来电来信23件次，其中意见建议8条。")
    public_items(ev, 8, None, ["群众", "案件当事人"], anonymous_share=0.5)

    reviews = {"法院": 2086, "检察院": 1248, "公安局": 1712}  # 5046 files: 查阅卷宗5000余份
    for n, (kind, files) in enumerate(reviews.items()):
        unit = units_by_kind[kind]
        ev = event("卷宗评查", f"{unit.short_name}案件卷宗交叉评查", 40 + n * 3, f"{unit.short_name}档案室", "政法委",
                   reviewed=files, notes=f"抽调业务骨干组成评查组，查阅卷宗{files}份。")
        for problem in [Problem(*r) for r in REVIEW if r[0] == kind]:
            items.append(Item(problem, ev, "卷宗评查", ev["held_on"], f"{unit.short_name}卷宗评查组", "评查组"))
    ev = event("督导反馈", "市教育整顿指导组督导反馈会", 48, "县委政法委三楼会议室", "政法委",
               notes="指导组反馈问题4项，县教整办逐项建立整改清单。")
    for problem in [Problem(*r) for r in SUPERVISION]:
        items.append(Item(problem, ev, "督导反馈", ev["held_on"], "市教育整顿第三指导组", "督导组"))
    for n, r in enumerate(INTERNAL):
        unit = units_by_kind[r[0]]
        meeting = "民主生活会" if "民主生活会" in r[2] else "组织生活会"
        ev = event("民主生活会/组织生活会", f"{unit.short_name}党组（党委）教育整顿专题{meeting}", 52 + n * 2,
                   f"{unit.short_name}会议室", r[0])
        items.append(Item(Problem(*r), ev, ev["kind"], ev["held_on"], rng.choice(staff[r[0]] or ["干警"]), "政法干警"))
    for n, r in enumerate(TALKS):
        items.append(Item(Problem(*r), None, "谈心谈话", day(25 + n * 9), rng.choice(staff[r[0]] or ["干警"]),
                          "政法干警"))
    assert len(items) == CONSOLIDATED, len(items)

    # The same problems raised again at later visits and by letter: merged into the first item.
    later = [ev for ev in events if ev["kind"] in ("走访", "征求意见函")]
    for original in rng.sample([i for i in items if i.channel == "座谈会" and not i.problem.rejection], 9):
        ev = rng.choice(later)
        if ev["held_on"] <= original.collected_on:
            ev = max(later, key=lambda e: e["held_on"])
        short = original.problem.content.split("，")[0].rstrip("。") + "。"
        items.append(Item(Problem(original.problem.unit_kind, original.problem.category, short, ""), ev,
                          ev["kind"], max(ev["held_on"], original.collected_on), ctx.person_name(),
                          rng.choice(("群众", "企业家代表")), person_phone(), duplicate_of=original))

    _write(ctx, events, items, units_by_kind, leaders, heads, office_staff)


def _write(ctx, events, items, units_by_kind, leaders, heads, office_staff) -> None:
    rng, today = ctx.rng, ctx.today
    stamp = now()
    for record in events:
        people = record.pop("participants")
        created = FeedbackEvent.create(**record)
        record["id"] = created.id
        rows = [{"event": created.id, "category": c, "count": n} for c, n in people.items() if n]
        if rows:
            EventParticipant.insert_many(rows).execute()

    items.sort(key=lambda i: (i.collected_on, i.event["id"] if i.event else 0))
    counters: dict[int, int] = {}
    prefix = code_prefix()
    for item in items:
        year = item.collected_on.year
        counters[year] = counters.get(year, 0) + 1
        item.record["code"] = f"{prefix}-{year}-{counters[year]:03d}"

    consolidated = [i for i in items if i.duplicate_of is None]
    # Open items: the latest few still wait to be assigned; a few with passed deadlines are overdue.
    waiting = set(id(i) for i in sorted(consolidated, key=lambda i: i.collected_on)[-4:]
                  if not i.problem.rejection)
    history: list[tuple[Item, str, str, str, dt.datetime, str, str]] = []

    def at(day: dt.date, hour: int) -> dt.datetime:
        return dt.datetime.combine(day, dt.time(hour, rng.randint(0, 59)))

    overdue_left = 4
    for item in sorted(consolidated, key=lambda i: i.collected_on):
        p = item.problem
        unit = units_by_kind.get(p.unit_kind)
        rec = item.record
        rec.update(status="待交办", unit=None, leader="", person="", measure="", deadline=None, progress="",
                   completed_on=None, evidence="", reviewer="", reviewed_on=None, rejection_reason="",
                   reply_method="", reply_on=None, reply_content="", satisfaction="")
        clerk = OFFICE_CLERK
        history.append((item, "登记", "", "待交办", at(item.collected_on, 17), clerk, ""))
        if p.rejection:
            decided = min(today, item.collected_on + dt.timedelta(days=rng.randint(3, 8)))
            rec.update(status="不予采纳", rejection_reason=p.rejection, unit=unit)
            history.append((item, "不予采纳", "待交办", "不予采纳", at(decided, 10), clerk, p.rejection))
            _reply(rec, item, decided + dt.timedelta(days=rng.randint(1, 4)), today, rng, history, at,
                   satisfaction="基本满意")
            continue
        if id(item) in waiting:
            continue
        assigned = min(today, item.collected_on + dt.timedelta(days=rng.randint(1, 4)))
        deadline = assigned + dt.timedelta(days=rng.choice((15, 20, 30, 30, 30, 45)))
        rec.update(status="已交办", unit=unit, leader=rng.choice(leaders[p.unit_kind]),
                   person=rng.choice(heads[p.unit_kind]), deadline=deadline, measure=p.measure)
        history.append((item, "交办", "待交办", "已交办", at(assigned, 9), clerk,
                        f"请于{deadline.month}月{deadline.day}日前完成整改并报送佐证材料。"))
        started = min(today, assigned + dt.timedelta(days=rng.randint(1, 3)))
        if deadline < today:
            if overdue_left > 0 and rng.random() < 0.12:  # past the deadline and not done: overdue
                overdue_left -= 1
                if started < today:
                    rec.update(status="整改中", progress=rng.choice(PROGRESS_OPEN))
                    history.append((item, "开始整改", "已交办", "整改中", at(started, 15), rec["person"], ""))
                continue
            finish_by = deadline
        else:
            roll = rng.random()
            if roll < 0.5 or started >= today:
                if started < today and roll >= 0.08:
                    rec.update(status="整改中", progress=rng.choice(PROGRESS_OPEN))
                    history.append((item, "开始整改", "已交办", "整改中", at(started, 15), rec["person"], ""))
                continue
            finish_by = min(deadline, today - dt.timedelta(days=1))
        history.append((item, "开始整改", "已交办", "整改中", at(started, 15), rec["person"], ""))
        if finish_by <= started:
            rec.update(status="整改中", progress=rng.choice(PROGRESS_OPEN))
            continue
        completed = started + dt.timedelta(days=rng.randint(1, max(1, (finish_by - started).days)))
        evidence = "、".join(rng.sample(EVIDENCE, rng.randint(1, 2)))
        rec.update(status="已整改待验收", completed_on=completed, evidence=evidence, progress="已按要求完成整改。")
        history.append((item, "提交验收", "整改中", "已整改待验收", at(completed, 16), rec["person"],
                        f"报送{evidence}"))
        reviewed = completed + dt.timedelta(days=rng.randint(1, 6))
        if reviewed > today:
            continue
        reviewer = rng.choice(office_staff)
        rec.update(status="已销号", reviewer=reviewer, reviewed_on=reviewed)
        history.append((item, "验收销号", "已整改待验收", "已销号", at(reviewed, 11), reviewer, "经验收，整改到位，同意销号。"))
        if not item.anonymous and item.submitter_category not in ("评查组", "督导组"):
            _reply(rec, item, reviewed + dt.timedelta(days=rng.randint(0, 4)), today, rng, history, at)

    rows = []
    for item in items:
        rec = item.record
        if item.duplicate_of is not None:
            rec.update(status="待交办")
            history.append((item, "登记", "", "待交办", at(item.collected_on, 17), OFFICE_CLERK, ""))
        ev = item.event
        unit = rec.get("unit")
        rows.append(dict(
            uuid=new_uuid(), created_at=stamp, updated_at=stamp, code=rec["code"], event=ev["id"] if ev else None,
            channel=item.channel, collected_on=item.collected_on, submitter_name=item.submitter_name,
            submitter_category=item.submitter_category, submitter_contact=item.contact, anonymous=item.anonymous,
            content=item.problem.content, category=item.problem.category, unit=unit.id if unit else None,
            leader=rec.get("leader", ""), person=rec.get("person", ""), measure=rec.get("measure", ""),
            deadline=rec.get("deadline"), progress=rec.get("progress", ""), status=rec["status"],
            completed_on=rec.get("completed_on"), evidence=rec.get("evidence", ""),
            reply_method=rec.get("reply_method", ""), reply_on=rec.get("reply_on"),
            reply_content=rec.get("reply_content", ""), satisfaction=rec.get("satisfaction", ""),
            reviewer=rec.get("reviewer", ""), reviewed_on=rec.get("reviewed_on"),
            rejection_reason=rec.get("rejection_reason", ""), remarks="", source_talk_id=None))
    for offset in range(0, len(rows), 100):
        Suggestion.insert_many(rows[offset:offset + 100]).execute()
    ids = dict(Suggestion.select(Suggestion.code, Suggestion.id).tuples())
    for item in items:
        if item.duplicate_of is not None:
            target_code = item.duplicate_of.record["code"]
            Suggestion.update(merged_into=ids[target_code]).where(Suggestion.code == item.record["code"]).execute()
            when = at(min(today, item.collected_on + dt.timedelta(days=1)), 18)
            history.append((item, "合并", "", "", when, OFFICE_CLERK, f"并入 {target_code}：反映问题相同"))
            history.append((item.duplicate_of, "合并", "", "", when, OFFICE_CLERK,
                            f"合并了 {item.record['code']}：反映问题相同"))
    history_rows = [dict(uuid=new_uuid(), created_at=stamp, updated_at=stamp, suggestion=ids[i.record["code"]],
                         action=action, from_status=frm, to_status=to, at=when, actor=actor, note=note)
                    for i, action, frm, to, when, actor, note in history]
    history_rows.sort(key=lambda r: (r["at"], r["suggestion"]))
    for offset in range(0, len(history_rows), 200):
        SuggestionHistory.insert_many(history_rows[offset:offset + 200]).execute()
    ctx.facts["feedback_suggestions"] = len(consolidated)


def _reply(rec, item, day, today, rng, history, at, satisfaction=None) -> None:
    if item.anonymous or day > today:
        return
    method = rng.choices(("电话", "当面", "书面", "短信"), (45, 30, 20, 5))[0]
    satisfaction = satisfaction or rng.choices(("满意", "基本满意", "不满意"), (86, 12, 2))[0]
    content = "告知整改措施和完成情况" if not rec.get("rejection_reason") else "说明不予采纳的理由"
    rec.update(reply_method=method, reply_on=day, satisfaction=satisfaction, reply_content=content)
    history.append((item, "回复提出人", "", "", at(day, 14), OFFICE_CLERK, f"{method}回复，{satisfaction}：{content}"))
