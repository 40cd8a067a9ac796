"""The demo's 会议与选树 at the source article's figures: 6 县委常委会议 (部署), 8 领导小组会议 (调度), 2 新闻发布会
with the media invited, 22 documents issued, 2 通报 to society; 40 英模 recommended by the units, 8 of them the
city's 最美政法干警 candidates and 32 in the county's 第二届 评选; 20 chosen as 英模和先进典型 (the 8 candidates and
the 12 elected in the county); 5 of the candidates spoke at the county's 英模报告会 (a study session of the demo).
Rows are written directly, dated from the campaign's start to a few days ago."""
from __future__ import annotations

import datetime as dt

from app.affairs.issued import number_prefix
from app.affairs.models import (CITY_LEVEL, COUNTY_LEVEL, DEFAULT_HONOUR, ELECTED, LEADING_GROUP, NOT_ELECTED,
                                PENDING, PRESS_CONFERENCE, REPORT_SESSION_TYPE, STANDING_COMMITTEE, IssuedDocument,
                                Meeting, PublicNotice, Recommendation)
from app.store import campaign
from app.study.models import StudySession, StudyType

STANDING_TOPICS = ("传达学习全国政法队伍教育整顿动员部署会议精神，研究部署全县政法队伍教育整顿工作",
                   "听取全县政法队伍教育整顿学习教育环节工作情况汇报",
                   "研究学习教育环节转段和查纠整改环节工作",
                   "听取顽瘴痼疾专项整治和问题线索核查情况汇报",
                   "研究部署查纠整改环节重点工作和建章立制工作",
                   "听取教育整顿总结提升环节工作安排")
GROUP_TOPICS = ("领导小组第一次会议：审议实施方案和任务清单", "领导小组第二次会议：调度学习教育进展",
                "领导小组第三次会议：调度谈心谈话和征求意见工作", "领导小组第四次会议：研判问题线索",
                "领导小组第五次会议：调度“我为群众办实事”活动", "领导小组第六次会议：调度顽瘴痼疾整治",
                "领导小组第七次会议：调度整改销号情况", "领导小组第八次会议：部署“回头看”工作")
PRESS_TOPICS = ("全县政法队伍教育整顿工作新闻发布会", "全县政法队伍教育整顿查纠整改工作进展新闻发布会")
NOTICES = (("融媒体中心", "关于全县政法队伍教育整顿学习教育环节工作情况的通报"),
           ("新闻发布会", "关于全县政法队伍教育整顿查纠整改工作进展情况的通报"))
DOCUMENTS = (("方案", "全县政法队伍教育整顿实施方案"), ("通知", "关于成立县委政法队伍教育整顿领导小组的通知"),
             ("通知", "关于印发《政法队伍教育整顿任务清单》的通知"), ("方案", "学习教育环节工作方案"),
             ("通知", "关于开展政治轮训的通知"), ("通知", "关于开展“一把手”讲党课活动的通知"),
             ("方案", "谈心谈话工作方案"), ("方案", "征求意见工作方案"),
             ("通知", "关于开展第二届“最美政法干警”评选活动的通知"), ("办法", "工作日报制度"),
             ("办法", "调研督导工作办法"), ("方案", "查纠整改环节工作方案"), ("方案", "顽瘴痼疾专项整治方案"),
             ("办法", "问题线索研判处置办法"), ("通知", "关于开展“七查”工作的通知"),
             ("通知", "关于开展“五项排查”工作的通知"), ("方案", "“我为群众办实事”实践活动方案"),
             ("意见", "关于严格执行防止干预司法“三个规定”的实施意见"), ("通知", "关于开展整改“回头看”的通知"),
             ("方案", "建章立制工作方案"), ("方案", "总结提升环节工作方案"), ("报告", "工作情况报告"))
# Recommendations per unit kind: (how many, city-level candidates among them, elected in the county).
PER_UNIT = {"政法委": (4, 1, 1), "法院": (9, 2, 3), "检察院": (8, 2, 2), "公安局": (13, 2, 4), "司法局": (6, 1, 2)}
SPEAKERS = 5  # city candidates who spoke at the county's 英模报告会
DEEDS = ("扎根基层二十余年，办理案件零差错，群众满意度高", "带领团队攻坚涉黑涉恶案件，成效突出",
         "在疫情防控和抢险救灾中冲锋在前，事迹感人", "化解矛盾纠纷数百起，被群众称为“老娘舅”",
         "坚持司法为民，巡回审判足迹遍布全县乡镇", "勇斗持刀歹徒，保护群众生命财产安全",
         "创新工作方法，推动执法规范化建设", "长期帮扶困难群众，热心公益")


def _dates(first: dt.date, last: dt.date, n: int) -> list[dt.date]:
    """n dates spread evenly from first to last."""
    span = max(0, (last - first).days)
    return [first + dt.timedelta(days=round(span * i / max(1, n - 1))) for i in range(n)]


def populate(ctx) -> None:
    start, last = ctx.campaign_start, ctx.today - dt.timedelta(days=3)
    settings = campaign.current()
    for day, topic in zip(_dates(start - dt.timedelta(days=2), last, len(STANDING_TOPICS)), STANDING_TOPICS):
        Meeting.create(kind=STANDING_COMMITTEE, held_on=day, title=topic, presided_by="县委书记",
                       attendees=ctx.rng.randint(11, 15))
    for day, topic in zip(_dates(start, last, len(GROUP_TOPICS)), GROUP_TOPICS):
        Meeting.create(kind=LEADING_GROUP, held_on=day, title=topic, presided_by="县委副书记、政法委书记",
                       attendees=ctx.rng.randint(18, 26))
    press_days = _dates(start + dt.timedelta(days=5), last - dt.timedelta(days=5), len(PRESS_TOPICS))
    for day, topic in zip(press_days, PRESS_TOPICS):
        Meeting.create(kind=PRESS_CONFERENCE, held_on=day, title=topic, presided_by="县委政法委常务副书记",
                       attendees=ctx.rng.randint(30, 45), media_invited=True,
                       notes="邀请县融媒体中心及市级媒体记者参加")
    for day, (channel, title) in zip(press_days, NOTICES):
        PublicNotice.create(issued_on=day, channel=channel, title=title)
    prefix = number_prefix()
    for n, (day, (kind, title)) in enumerate(zip(_dates(start - dt.timedelta(days=3), last, len(DOCUMENTS)),
                                                 DOCUMENTS), start=1):
        IssuedDocument.create(number=f"{prefix}〔{day.year}〕{n}号", issued_on=day, kind=kind,
                              title=f"{settings.county_in_title}政法队伍教育整顿{title}"
                              if not title.startswith("关于") else title, issuer=settings.signature)
    _recommendations(ctx)


def _recommendations(ctx) -> None:
    officers_by_unit = ctx.facts["officers_by_unit"]
    units = {people[0].unit.kind: people for people in officers_by_unit.values() if people}
    sessions = list(StudySession.select().join(StudyType).where(StudyType.name == REPORT_SESSION_TYPE)
                    .order_by(StudySession.day))
    # the county's 报告会 (the others are a unit's 宣传片观影, where nobody speaks)
    report = next((s for s in sessions if "报告会" in s.title), sessions[0] if sessions else None)
    phases = {name: (first, last) for name, first, last in ctx.phases}
    learn_first, learn_last = phases["学习教育"]
    speakers = 0
    for kind, (total, city, elected) in PER_UNIT.items():
        people = [o for o in units[kind] if o.status == "在岗"]
        for index, officer in enumerate(ctx.rng.sample(people, total)):
            is_city = index < city
            is_elected = not is_city and index < city + elected
            session, day = None, ctx.date_between(learn_first + dt.timedelta(days=3), learn_last)
            if is_city and report is not None and speakers < SPEAKERS and report.day > learn_first:
                # recommended before the report meeting they spoke at
                session, speakers = report, speakers + 1
                day = ctx.date_between(learn_first, report.day - dt.timedelta(days=1))
            Recommendation.create(
                officer=officer, name=officer.name, unit=officer.unit, deeds=ctx.rng.choice(DEEDS),
                recommended_on=day,
                level=CITY_LEVEL if is_city else COUNTY_LEVEL,
                result=ELECTED if is_elected else (PENDING if is_city else NOT_ELECTED),
                honour=f"第二届“{DEFAULT_HONOUR}”" if is_elected else "", typical_model=is_city or is_elected,
                report_session=session)
