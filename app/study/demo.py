"""Demo study sessions at the source county's scale, all held by today: 政治轮训 11, “一把手”讲党课 7,
廉政报告会 6, 习近平法治思想讲座 7, 延安整风专题讲座 5, 警示教育大会 12, 英模报告会 6, “三个规定”宣讲 5, one
应知应会测试 (three more ahead), and 1756 心得体会. Written with bulk inserts; only ctx.rng and ctx.today are used."""
from __future__ import annotations

import datetime as dt

from app.store import campaign
from app.roster.models import Unit
from app.study.models import (
    ABSENT, AUDIENCE_ALL, AUDIENCE_UNITS, DEFAULT_REQUIREMENTS, LATE, LEAVE, MISSED_STATUSES, PRESENT, Attendee,
    MakeupTask, Reflection, SessionAudience, StudySession, StudyType)
from app.study._common import makeup_days
from app.study.audience import attendee_dicts, audience_query
from app.study.makeup import default_makeup_kind

REFLECTIONS = 1756
CHUNK = 150

# (type, how many, county-wide sessions among them, title for the county, title for a unit)
PLAN = [
    ("政治轮训", 11, 1, "全县政法队伍教育整顿政治轮训", "{unit}教育整顿政治轮训（第{n}期）"),
    ("“一把手”讲党课", 7, 1, "县委书记为全县政法干警讲专题党课", "{unit}“一把手”讲专题党课"),
    ("廉政报告会", 6, 1, "全县政法系统廉政教育报告会", "{unit}廉政教育报告会"),
    ("习近平法治思想讲座", 7, 1, "习近平法治思想专题讲座", "{unit}习近平法治思想专题学习讲座"),
    ("党史讲座/延安整风专题讲座", 5, 0, "", "{unit}延安整风精神专题讲座"),
    ("警示教育大会", 12, 2, "全县政法系统警示教育大会", "{unit}以案促改警示教育大会"),
    ("英模报告会/观影", 6, 1, "全县政法英模事迹报告会", "{unit}英模宣传片集中观影"),
    ("“三个规定”宣讲", 5, 0, "", "{unit}“三个规定”专题宣讲"),
    ("应知应会测试", 1, 1, "教育整顿应知应会知识测试", ""),
]

PRESENT_SHARE = 0.955  # of those marked, as a rule
# The 英模 sessions are all but fully attended, so that their 人次 are the article's (英模宣传片观影1000余人次:
# 1000 to 1099 of the about 1050 expected) whatever the seed.
WELL_ATTENDED = {"英模报告会/观影": 0.99}
TESTS_AHEAD = (("党史知识测试", 5), ("法律知识测试", 9), ("教育整顿应知应会知识测试（第二次）", 14))  # (title, days ahead)

PLACES_COUNTY = ("县委党校报告厅", "县会议中心一楼报告厅", "县人民会堂")
PLACES_UNIT = {"政法委": "县委政法委三楼会议室", "法院": "县法院审判综合楼四楼会议室", "检察院": "县检察院五楼会议室",
               "公安局": "县公安局指挥中心会议室", "司法局": "县司法局二楼会议室"}
HEADS = {"政法委": "常务副书记", "法院": "院长", "检察院": "检察长", "公安局": "局长", "司法局": "局长"}
AGENDAS = {
    "警示教育大会": "观看警示教育专题片\n通报近年来政法干警违纪违法典型案例\n主要负责同志作警示教育讲话",
    "政治轮训": "专题辅导授课\n分组讨论交流\n随堂测试",
    "“一把手”讲党课": "主要负责同志讲专题党课\n参会人员交流学习体会",
    "廉政报告会": "廉政专题报告\n签订廉洁自律承诺",
    "英模报告会/观影": "英模事迹报告（或观看英模宣传片）\n参会人员交流感悟",
}
LEAVE_REASONS = (("出差", 5), ("公务外出", 5), ("值班备勤", 6), ("外出办案", 5), ("培训", 2), ("事假", 2),
                 ("产假", 1))
WORK_PHASES = ("学习教育", "查纠整改")


def populate(ctx) -> None:
    rng, today = ctx.rng, ctx.today
    types = {t.name: t for t in StudyType.select()}
    units = list(Unit.select().order_by(Unit.sort_order))
    phases = {name: (first, last) for name, first, last in ctx.phases}
    learn_first, learn_last = phases["学习教育"]
    fix_first, _fix_last = phases["查纠整改"]
    settings_now = campaign.current()
    office = settings_now.office
    contact, phone = settings_now.contact_person, settings_now.contact_phone

    def session_day(index: int, total: int) -> dt.date:
        """Two thirds in 学习教育, the rest in 查纠整改 up to yesterday."""
        if index < max(1, round(total * 2 / 3)):
            return ctx.date_between(learn_first + dt.timedelta(days=2), learn_last)
        return ctx.date_between(fix_first, today - dt.timedelta(days=2))

    planned: list[dict] = []
    for type_name, count, county, county_title, unit_title in PLAN:
        for index in range(count):
            if index < county:
                scope, unit = "county", None
                title = county_title if county == 1 else f"{county_title}（第{index + 1}次）"
            else:
                unit = units[(index - county) % len(units)]
                n = (index - county) // len(units) + 1
                scope = "unit"
                title = unit_title.format(unit=unit.short_name or unit.name, n="一二三"[n - 1] if n <= 3 else n)
            seen = sum(1 for p in planned if p["title"].split("（")[0] == title.split("（")[0])
            if seen and "（" not in title:
                title += f"（第{'一二三四五'[seen]}次）"
            planned.append(dict(type=type_name, scope=scope, unit=unit, title=title, index=index, total=count))
    # The article's sessions are all held by today (the 工作综述 states them); a few tests lie ahead (the
    # article names 应知应会知识、党史知识、法律知识测试 without a count), and one joint 警示教育大会 of three
    # units is today, not yet marked.
    for n, (title, days) in enumerate(TESTS_AHEAD, start=1):
        planned.append(dict(type="应知应会测试", scope="county", unit=None, title=title, index=n, total=n + 1,
                            ahead=days))
    joint_today = ("警示教育大会", 11)

    sessions = []
    for item in planned:
        key = (item["type"], item["index"])
        if "ahead" in item:
            day = today + dt.timedelta(days=item["ahead"])
        elif key == joint_today:
            day = today
        elif item["type"] == "应知应会测试":
            day = learn_last - dt.timedelta(days=1)
        else:
            day = session_day(item["index"], item["total"])
        kind = item["unit"].kind if item["unit"] else ""
        start = dt.time(rng.choice((8, 9, 14, 15)), rng.choice((0, 30)))
        end = (dt.datetime.combine(day, start) + dt.timedelta(minutes=rng.choice((90, 120, 150)))).time()
        speaker = ""
        if item["type"] == "“一把手”讲党课":
            speaker = f"县委书记 {ctx.person_name()}" if item["scope"] == "county" else f"{HEADS[kind]} {ctx.person_name()}"
        elif item["type"] in ("廉政报告会", "习近平法治思想讲座", "党史讲座/延安整风专题讲座", "政治轮训"):
            speaker = rng.choice(("县委党校教授", "市委党校副教授", "县纪委监委宣传部部长", "市中级人民法院审判委员会委员")) \
                + " " + ctx.person_name()
        if key == joint_today:
            item["title"] = "县委政法委、县检察院、县司法局联合警示教育大会"
        sessions.append(dict(
            type=types[item["type"]], title=item["title"], day=day, start_time=start, end_time=end,
            place=rng.choice(PLACES_COUNTY) if item["scope"] == "county" else PLACES_UNIT[kind],
            speaker=speaker, organiser=office if item["scope"] == "county" else item["unit"].name,
            phase=settings_now.phase_on(day), audience=AUDIENCE_ALL if item["scope"] == "county" else AUDIENCE_UNITS,
            agenda=AGENDAS.get(item["type"], ""), requirements="\n".join(DEFAULT_REQUIREMENTS),
            material=f"《{item['title']}》会议录像及讲话材料", contact_person=contact, contact_phone=phone,
            pass_mark=60.0 if item["type"] == "应知应会测试" else None,
            _unit=item["unit"], _joint=key == joint_today))

    sessions.sort(key=lambda s: (s["day"], s["start_time"]))
    audience_rows, attendee_rows = [], []
    test_session = None
    for data in sessions:
        unit, joint = data.pop("_unit"), data.pop("_joint")
        session = StudySession.create(**data)
        if joint:
            chosen = [u for u in units if u.kind in ("政法委", "检察院", "司法局")]
            audience_rows += [dict(session=session.id, unit=u.id) for u in chosen]
        elif unit is not None:
            audience_rows.append(dict(session=session.id, unit=unit.id))
        if data["type"].is_test and session.day < today:
            test_session = session
        if session.day >= today:
            continue
        for start in range(0, len(audience_rows), CHUNK):
            SessionAudience.insert_many(audience_rows[start:start + CHUNK]).execute()
        audience_rows = []
        # Locked and marked at the session itself (not the wall clock: the demo stays deterministic).
        stamp = dt.datetime.combine(session.day, session.start_time)
        people = attendee_dicts(session, list(audience_query(session)), 1)
        for person in people:
            if person["status"] == LEAVE:  # 病休 / 专案, entered by the lock
                person["marked_at"] = stamp
                continue
            person["status"], person["reason"] = _random_mark(rng, person["leadership"],
                                                               WELL_ATTENDED.get(data["type"].name, PRESENT_SHARE))
            person["marked_at"] = stamp
        attendee_rows += people
        session.frozen_at = stamp
        session.save()
    for start in range(0, len(audience_rows), CHUNK):
        SessionAudience.insert_many(audience_rows[start:start + CHUNK]).execute()
    for start in range(0, len(attendee_rows), CHUNK):
        Attendee.insert_many(attendee_rows[start:start + CHUNK]).execute()

    _makeup_tasks(ctx)
    _reflections(ctx)
    if test_session is not None:
        _scores(ctx, test_session)


def _random_mark(rng, leadership: str, present: float = PRESENT_SHARE) -> tuple[str, str]:
    roll = rng.random()
    if roll < present:
        return PRESENT, ""
    roll = PRESENT_SHARE + (roll - present) * (1 - PRESENT_SHARE) / (1 - present)  # the rest shared as usual
    if roll < 0.965:
        return LATE, rng.choice(("迟到10分钟", "迟到5分钟", ""))
    if roll < 0.995:
        reasons, weights = zip(*LEAVE_REASONS)
        reason = rng.choices(reasons, weights)[0]
        if leadership and reason in ("产假", "事假"):
            reason = "公务外出"
        return LEAVE, reason
    return ABSENT, rng.choice(("未请假", "未说明原因"))


def _makeup_tasks(ctx) -> None:
    rng, today = ctx.rng, ctx.today
    days = makeup_days()
    query = (Attendee.select(Attendee.id, Attendee.reason, Attendee.leadership, Attendee.roster_status,
                             StudySession.day, StudySession.material)
             .join(StudySession).where(Attendee.status.in_(MISSED_STATUSES)).order_by(Attendee.id).dicts())
    rows = []
    for r in query:
        kind = default_makeup_kind(r["reason"], r["leadership"], r["roster_status"])
        deadline = r["day"] + dt.timedelta(days=days)
        completed = None
        chance = 0.97 if deadline < today else 0.45
        if rng.random() < chance:
            completed = min(today, r["day"] + dt.timedelta(days=rng.randint(1, days + 2)))
        note = ""
        if completed:
            note = {"送学": "由支部委员将学习材料送至家中，谈心交流并收回学习笔记",
                    "夜学": "利用晚上时间观看会议录像，形成学习笔记",
                    "帮学": "由支部安排党员结对帮学，观看会议录像",
                    "补学": "观看会议录像、学习讲话材料，笔记经支部书记审阅"}[kind]
        rows.append(dict(attendee=r["id"], kind=kind, kind_auto=True, material=r["material"], deadline=deadline,
                         completed_on=completed, evidence_note=note, closed_by="教整办" if completed else ""))
    for start in range(0, len(rows), CHUNK):
        MakeupTask.insert_many(rows[start:start + CHUNK]).execute()


def _reflections(ctx) -> None:
    rng, today = ctx.rng, ctx.today
    candidates = [(a, day) for a, day in
                  Attendee.select(Attendee.id, StudySession.day).join(StudySession)
                  .where(Attendee.status.in_((PRESENT, LATE))).order_by(Attendee.id).tuples()]
    chosen = rng.sample(candidates, min(REFLECTIONS, len(candidates)))
    chosen.sort()
    rows = []
    for attendee_id, day in chosen:
        received = min(today, day + dt.timedelta(days=rng.randint(1, 10)))
        rows.append(dict(attendee=attendee_id, received_on=received,
                         word_count=rng.randrange(800, 3200, 50) if rng.random() < 0.7 else None))
    for start in range(0, len(rows), CHUNK):
        Reflection.insert_many(rows[start:start + CHUNK]).execute()


def _scores(ctx, session) -> None:
    rng = ctx.rng
    for attendee_id, status in (Attendee.select(Attendee.id, Attendee.status)
                                .where(Attendee.session == session).order_by(Attendee.id).tuples()):
        if status in (PRESENT, LATE):
            score = max(42, min(100, round(rng.gauss(81, 10))))
            Attendee.update(score=score).where(Attendee.id == attendee_id).execute()
