"""Demo talks at the source county's scale: three rounds, 1453 人次 in all, every in-post officer talked
with (全覆盖), the cascade mostly complete with two gaps to show, group talks, ~40 follow-up items (a few
overdue) and some 主动说明问题. Rows are written with insert_many in chunks and explicit ids, so the whole
step takes a fraction of a second. Only `ctx.rng` and `ctx.today` are used, so it is deterministic."""
from __future__ import annotations

import datetime as dt

from app.store.base import now
from app.roster.models import Officer, Oversight
from app.talks.models import FollowUp, Talk, TalkParticipant, TalkRound
from app.talks.common import chunks, officer_post_text
from app.talks.rounds import freeze_expected

# 人次 per round: round 1 covers all 518 (+12 repeat 提醒谈话), round 2 all 518 (+2), round 3 is under way.
EXTRA_TALKS = {1: 12, 2: 2}
ROUND3_TALKED = {"县委政法委": 20, "县法院": 100, "县检察院": 64, "县公安局": 175, "县司法局": 44}  # 403
FOLLOW_UPS = 40
FOLLOW_UPS_DONE = 14
FOLLOW_UPS_OVERDUE = 6
SELF_REPORTED = 32

TOPICS = {
    "思想交流": ("教育整顿思想认识交流", "近期思想和工作情况", "个人成长与队伍建设"),
    "工作交流": ("分管工作与教育整顿统筹推进", "部门查纠整改工作安排", "执法办案质效提升"),
    "提醒谈话": ("工作作风提醒", "执行“三个规定”提醒", "八小时外社交提醒"),
    "诫勉谈话": ("履职不到位诫勉",),
    "廉政谈话": ("廉洁自律与“一岗双责”", "落实党风廉政建设责任"),
    "任前廉政谈话": ("新任职务前廉政谈话",),
    "任职谈话": ("任职要求与工作打算",),
    "离任谈话": ("离任交接与廉洁要求",),
    "关爱谈话": ("家庭困难关爱", "身心健康关爱"),
    "政策宣讲谈话": ("“自查从宽、被查从严”政策宣讲", "个人自查事项填报要求"),
}

CONTENTS = (
    "传达全县政法队伍教育整顿动员部署会议精神，讲清“自查从宽、被查从严”政策，要求{name}对照六大顽瘴痼疾逐项自查。",
    "了解{name}近期思想、工作和家庭情况。{name}表示拥护教育整顿，将按要求参加学习教育，如实填报自查事项。",
    "结合岗位职责，提醒{name}严格执行防止干预司法“三个规定”，对过问、干预案件的情况做到逢问必录、全程留痕。",
    "通报本单位教育整顿阶段进展，听取{name}对查纠整改工作的意见，要求其带头抓好分管领域问题整改。",
    "就执法办案中的不规范问题与{name}交换意见，要求严格落实案件质量评查意见，杜绝类案再犯。",
    "与{name}交流学习教育体会，要求其把学习党史、学习习近平法治思想与本职工作结合起来。",
    "宣讲个人自查事项填报要求和时间节点，逐项讲解填报表内容，解答{name}提出的疑问。",
    "针对{name}近期工作中的作风问题进行提醒，指出存在的不足，提出改进要求和时限。",
    "了解{name}家庭困难情况，转达组织关心，鼓励其安心工作，单位将协调解决实际困难。",
    "向{name}讲明廉洁自律有关规定，要求其管好家属和身边工作人员，不参与任何形式的违规经商办企业。",
    "听取{name}对本部门队伍建设的想法，共同分析部门干警思想状况，研究加强日常管理的措施。",
    "就分管部门查纠整改任务与{name}逐项对账，明确责任人和完成时限。",
)
GROUP_CONTENTS = (
    "集中宣讲“自查从宽、被查从严”政策，讲解个人自查事项报告表的填报要求，逐一了解大家的思想状况。",
    "组织部门干警集体谈心，通报教育整顿工作安排，听取大家对单位工作和队伍建设的意见建议。",
    "结合警示教育案例，集体学习防止干预司法“三个规定”，要求人人做到逢问必录。",
)
PROBLEMS = (
    "本人表示没有需要说明的问题。",
    "反映案件数量多、人员少，工学矛盾较为突出。",
    "反映基层所队办公用房紧张，执法记录设备老化。",
    "反映年轻干警业务经验不足，传帮带机制有待加强。",
    "反映值班备勤任务重，干警休假难以落实。",
    "反映部分案件当事人通过熟人打听案情，不知如何处理。",
)
SELF_REPORTS = (
    "主动说明曾于2019年接受案件当事人亲属宴请一次，已认识到错误。",
    "主动说明其配偶在辖区内经营一家小型商铺，已按要求如实填报。",
    "主动说明曾向朋友打听过一起在办案件的进展情况，未造成影响。",
    "主动说明曾向辖区内一名企业主借款5万元，已于今年归还。",
    "主动说明曾接受律师赠送的购物卡一张，已上交纪检部门。",
)
SUGGESTIONS = (
    "建议加强执法办案业务培训，提升干警履职能力。",
    "建议进一步完善干警关爱帮扶机制，落实休假制度。",
    "建议简化内部审批流程，减少重复填报材料。",
    "建议建立过问干预案件记录的便捷填报方式。",
    "建议加大基层所队装备投入。",
    "",
    "",
)
FOLLOW_UP_TEXTS = (
    "一周内如实填报个人自查事项报告表",
    "对照问题清单制定个人整改措施",
    "协调解决其子女入学困难",
    "组织部门干警开展一次执法规范化培训",
    "补齐过问干预案件登记台账",
    "向单位党组书面说明有关情况",
    "落实轮休安排，报政治处备案",
    "整改执法记录仪使用不规范问题",
)
PLACES = {
    "政法委": ("县委政法委小会议室", "常务副书记办公室", "县委政法委三楼会议室"),
    "法院": ("院党组会议室", "审委会会议室", "院长办公室", "庭长办公室"),
    "检察院": ("院党组会议室", "检察长办公室", "第二会议室"),
    "公安局": ("局党委会议室", "局三楼小会议室", "所队会议室", "大队长办公室"),
    "司法局": ("局党组会议室", "局长办公室", "司法所办公室"),
}


class _Writer:
    """Collects talks with explicit ids, then writes them in chunks."""

    def __init__(self, ctx):
        self.ctx = ctx
        self.next_id = (Talk.select(Talk.id).order_by(Talk.id.desc()).scalar() or 0) + 1
        self.talks: list[dict] = []
        self.participants: list[dict] = []
        self.posts: dict[int, str] = {}
        self.person_times: dict[int, int] = {}

    def add(self, round_row, day: dt.date, talker, participants: list, talk_type: str, *, place: str,
            note_taker: str = "", outside: tuple[str, str] | None = None, mode: str | None = None) -> dict:
        rng = self.ctx.rng
        mode = mode or ("集体" if len(participants) > 1 else "个别")
        first = participants[0].name if len(participants) == 1 else "大家"
        content = (rng.choice(GROUP_CONTENTS) if mode == "集体" else rng.choice(CONTENTS)).format(name=first)
        talk = {
            "id": self.next_id, "round": round_row.id, "talk_date": day,
            "talk_time": dt.time(rng.choice((8, 9, 10, 11, 14, 15, 16)), rng.choice((0, 30))),
            "place": place, "talker": talker.id if talker is not None else None,
            "talker_name": talker.name if talker is not None else outside[0],
            "talker_post": self.posts[talker.id] if talker is not None else outside[1],
            "talk_type": talk_type, "mode": mode, "topic": rng.choice(TOPICS[talk_type]),
            "content": content, "problems": rng.choice(PROBLEMS) if rng.random() < 0.45 else "",
            "suggestions": rng.choice(SUGGESTIONS), "self_reported": False, "note_taker": note_taker,
            "remarks": "", "created_at": now(), "updated_at": now(),
        }
        self.next_id += 1
        self.talks.append(talk)
        for person in participants:
            self.participants.append({"talk": talk["id"], "officer": person.id, "unit_post": self.posts[person.id],
                                      "created_at": now(), "updated_at": now()})
        self.person_times[round_row.id] = self.person_times.get(round_row.id, 0) + len(participants)
        return talk

    def flush(self) -> None:
        for chunk in chunks(self.talks, 100):
            Talk.insert_many(chunk).execute()
        for chunk in chunks(self.participants):
            TalkParticipant.insert_many(chunk).execute()


def _day(ctx, first: dt.date, last: dt.date) -> dt.date:
    return ctx.date_between(first, min(last, ctx.today))


def populate(ctx) -> None:
    rng = ctx.rng
    start = ctx.campaign_start
    spans = [(start + dt.timedelta(days=3), start + dt.timedelta(days=28)),
             (start + dt.timedelta(days=31), start + dt.timedelta(days=54)),
             (start + dt.timedelta(days=56), start + dt.timedelta(days=85))]
    round_rows = []
    for number, (name, (first, last)) in enumerate(zip(("第一轮", "第二轮", "第三轮"), spans), start=1):
        round_row = TalkRound.create(number=number, name=name, start_date=first, end_date=last)
        freeze_expected(round_row.id)
        round_rows.append(round_row)

    officers_by_unit: dict[str, list[Officer]] = ctx.facts["officers_by_unit"]
    writer = _Writer(ctx)
    units = []
    for unit_name, people in officers_by_unit.items():
        unit = people[0].unit
        in_post = [o for o in people if o.status == "在岗"]
        for o in people:
            writer.posts[o.id] = officer_post_text(unit.short_name or unit.name,
                                                   o.department.name if o.department_id else "", o.post)
        head = next(o for o in in_post if o.leadership == "一把手")
        members = [o for o in in_post if o.leadership == "班子成员"]
        dept_heads = [o for o in in_post if o.is_department_head]
        overseer_of = {}
        for dept_id, officer_id in (Oversight.select(Oversight.department, Oversight.officer)
                                    .where(Oversight.officer.in_([m.id for m in members])).tuples()):
            overseer_of[dept_id] = next(m for m in members if m.id == officer_id)
        staff_by_dept: dict[int, list[Officer]] = {}
        for o in in_post:
            if o.department_id and not o.is_department_head and not o.leadership:
                staff_by_dept.setdefault(o.department_id, []).append(o)
        clerk = next((o for o in in_post if o.department_id and o.department.name in ("政治处", "政治工作股",
                                                                                       "队伍建设科")
                      and not o.is_department_head), None) or in_post[-1]
        units.append(dict(unit=unit, head=head, members=members, dept_heads=dept_heads, overseer_of=overseer_of,
                          staff_by_dept=staff_by_dept, clerk=clerk, kind=unit.kind,
                          short=unit.short_name or unit.name))

    secretary = (ctx.person_name(), "县委常委、政法委书记")
    group_share = {1: 0.25, 2: 0.5, 3: 0.2}
    for round_row, (first, last) in zip(round_rows, spans):
        number = round_row.number
        last = min(last, ctx.today)
        leaders_end = first + dt.timedelta(days=4)
        heads_end = first + dt.timedelta(days=9)
        for u in units:
            places = PLACES[u["kind"]]
            # 一把手: talked with by the county's 政法委书记 (outside the roster).
            writer.add(round_row, _day(ctx, first, leaders_end), None, [u["head"]],
                       "廉政谈话" if number == 1 else "工作交流", place=places[0], outside=secretary)
            # 一把手 → 班子成员; round 2 does it as one group talk in the 公安局 (many members).
            members = list(u["members"])
            if number == 2 and len(members) > 5:
                writer.add(round_row, _day(ctx, first, leaders_end), u["head"], members, "政策宣讲谈话",
                           place=places[0], note_taker=u["clerk"].name)
                members = []
            for index, member in enumerate(members):
                talker = u["head"]
                if number == 1 and u["short"] == "县公安局" and index == len(members) - 1:
                    talker = members[0]  # a gap to show: this 班子成员 was not talked with by the 一把手
                writer.add(round_row, _day(ctx, first, leaders_end), talker, [member],
                           "廉政谈话" if number == 1 else rng.choice(("思想交流", "工作交流")),
                           place=places[0], note_taker=u["clerk"].name)
            # 班子成员 → heads of the departments they oversee.
            for index, dept_head in enumerate(u["dept_heads"]):
                talker = u["overseer_of"].get(dept_head.department_id, u["head"])
                if number == 1 and u["short"] == "县法院" and index == 3:
                    talker = u["head"]  # a gap to show: the overseeing leader did not talk with this head
                writer.add(round_row, _day(ctx, leaders_end, heads_end), talker, [dept_head],
                           rng.choice(("工作交流", "思想交流", "廉政谈话")), place=rng.choice(places),
                           note_taker=u["clerk"].name if rng.random() < 0.5 else "")
            # Department heads → their officers; round 3 is still under way in three units.
            quota = ROUND3_TALKED[u["short"]] - 1 - len(u["members"]) - len(u["dept_heads"]) if number == 3 else None
            for dept_head in u["dept_heads"]:
                staff = u["staff_by_dept"].get(dept_head.department_id, [])
                if quota is not None:
                    staff = staff[:max(0, quota)]
                    quota -= len(staff)
                position = 0
                while position < len(staff):
                    if len(staff) - position >= 3 and rng.random() < group_share[number]:
                        size = min(len(staff) - position, rng.randint(3, 8))
                        group = staff[position:position + size]
                        writer.add(round_row, _day(ctx, heads_end, last), dept_head, group, "政策宣讲谈话",
                                   place=rng.choice(places))
                    else:
                        size = 1
                        writer.add(round_row, _day(ctx, heads_end, last), dept_head, staff[position:position + 1],
                                   rng.choices(("思想交流", "工作交流", "提醒谈话", "关爱谈话", "政策宣讲谈话"),
                                               (40, 25, 10, 10, 15))[0],
                                   place=rng.choice(places))
                    position += size
        # A few people are talked with twice in a round (a reminder after the first talk).
        singles = [t for t in writer.talks if t["round"] == round_row.id and t["mode"] == "个别"
                   and t["talker"] is not None]
        for talk in rng.sample(singles, EXTRA_TALKS.get(number, 0)):
            person = next(p for p in writer.participants if p["talk"] == talk["id"])
            officer = Officer.get_by_id(person["officer"])
            talker = Officer.get_by_id(talk["talker"])
            writer.add(round_row, _day(ctx, talk["talk_date"], last), talker, [officer],
                       rng.choice(("提醒谈话", "提醒谈话", "诫勉谈话", "关爱谈话")), place=talk["place"])

    # 主动说明问题, mostly after the 宽严 policy was explained in round 2.
    singles = [t for t in writer.talks if t["mode"] == "个别" and t["talker"] is not None
               and t["round"] != round_rows[0].id]
    for talk in rng.sample(singles, SELF_REPORTED):
        talk["self_reported"] = True
        talk["problems"] = rng.choice(SELF_REPORTS)
        talk["talk_type"] = rng.choice(("政策宣讲谈话", "思想交流"))
        talk["topic"] = rng.choice(TOPICS[talk["talk_type"]])
    writer.flush()

    # Follow-up items: some done, a few overdue, the rest due later.
    today = ctx.today
    chosen = rng.sample([t for t in writer.talks if t["mode"] == "个别"], FOLLOW_UPS)
    chosen.sort(key=lambda t: t["talk_date"])
    rows = []
    for index, talk in enumerate(chosen):
        text = rng.choice(FOLLOW_UP_TEXTS)
        if index < FOLLOW_UPS_DONE:
            due = talk["talk_date"] + dt.timedelta(days=rng.randint(7, 20))
            done = min(today, talk["talk_date"] + dt.timedelta(days=rng.randint(3, 7)))
        elif index < FOLLOW_UPS_DONE + FOLLOW_UPS_OVERDUE:
            due = max(talk["talk_date"] + dt.timedelta(days=1), today - dt.timedelta(days=rng.randint(2, 12)))
            done = None
        else:
            due = today + dt.timedelta(days=rng.randint(3, 40))
            done = None
        rows.append({"talk": talk["id"], "text": text, "due_date": due, "done_date": done, "sort_order": 0,
                     "created_at": now(), "updated_at": now()})
    for chunk in chunks(rows):
        FollowUp.insert_many(chunk).execute()
    ctx.facts["talk_person_times"] = sum(writer.person_times.values())
