"""工作情况报告: the campaign's figures for a chosen period, in the official layout, ready to send upward.

The figures are the overview's (an `app.reports.overview.Overview`, handed in), woven into sentences as the
office writes them (“组织开展政治轮训11场次……”), with per-unit tables and two charts (sessions per type,
talk coverage per unit and round). No names, ID numbers, talk content, self-check text or clue content appear
in it: the 查纠整改 section is counts only (`app.reports.rectify_figures`).
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether

from app.common.figures import percent, rate
from app.documents import fonts, layout
from app.documents.fonts import HEI, KAI, SONG
from app.jobs import NullProgress, Progress
from app.reports.documents import charts
from app.reports.feature_sections import FeatureSection, feature_sections, in_report_order
from app.reports.feedback_figures import CLOSED, REJECTED
from app.rectify.models import OUTCOMES, REVIEW_STEPS
from app.reports.overview import Overview
from app.reports.report_wording import about, cn_number, cn_times, sessions_phrase
from app.reports.rectify_figures import FIRST_FORM, NOT_CLUES, PERSONAL, RectifyFigures
from app.reports.scope import Period, cn_date
from app.store import campaign

TABLE_SIZE = 10.5
MAKEUP_WORDING = {"补学": "专案人员补学", "送学": "病休人员送学", "帮学": "特殊人员帮学", "夜学": "关键少数夜学"}


def _c(value, font: str = SONG):
    return layout.cell(value, TABLE_SIZE, font, TA_CENTER)


def _table(header: list[str], rows: list[list], widths_mm: list[float], *, total: list | None = None) -> Flowable:
    data = [header]
    for row in rows:
        data.append([row[0]] + [_c(v) for v in row[1:]])
    if total is not None:
        data.append([layout.cell(total[0], TABLE_SIZE, HEI)] + [_c(v, HEI) for v in total[1:]])
    table = layout.grid_table(data, [w * mm for w in widths_mm], size=TABLE_SIZE)
    # A short table is not worth splitting (a 合计 line alone on the next page reads badly).
    return KeepTogether([table]) if len(data) <= 14 else table


def _caption(text: str) -> Flowable:
    return layout.GridParagraph(text, layout.GridStyle(font=KAI, size=14, pitch=14, first_indent=0, align="center",
                                                       leading=layout.LINE_PITCH * 0.8))


def _scope(o: Overview) -> str:
    return Period("", o.since, o.until).text


# ---------------------------------------------------------------- sections

def _study_section(o: Overview, number: str) -> list[Flowable]:
    s = o.study
    a = s.attendance
    story: list[Flowable] = [layout.heading1(f"{number}、学习教育开展情况")]
    if not s.held and not s.planned:
        return story + [layout.body("统计期间内没有举办学习活动。")]
    phrases = []
    for t in s.types:
        if t.held:
            phrase = sessions_phrase(t.name, t.held)
            if "观影" in t.name and t.attended:  # the article: 英模宣传片观影1000余人次
                phrase += f"（参加{about(t.attended)}人次）"
            phrases.append(phrase)
    text = f"全{campaign.current().level}及政法各单位组织开展{'，'.join(phrases)}，共计{s.held}场次"
    if s.planned:
        text += f"（另有{s.planned}场次已列入计划）"
    text += "。"
    if a.expected:
        text += (f"各场次应参学{a.expected}人次，实际参学{a.attended}人次，出勤率{percent(a.attendance_rate)}")
        if a.unmarked:
            text += f"（另有{a.unmarked}人次尚未登记考勤）"
        text += "。"
    if s.makeup_total:
        kinds = "、".join(f"{MAKEUP_WORDING.get(k, k)}{n}人次" for k, n in s.makeup_by_kind.items() if n)
        text += (f"请假、缺席{a.missed}人次全部纳入补学（{kinds}），已完成补学{s.makeup_done}人次")
        if s.makeup_open:
            text += f"，尚有{s.makeup_open}人次未完成"
            if s.makeup_overdue:
                text += f"（其中逾期{s.makeup_overdue}人次）"
        text += "。"
    text += f"收集政法干警学习心得体会{s.reflections}篇。"
    story.append(layout.body(text))
    story.append(CondPageBreak(55 * mm))
    story.append(layout.heading2("（一）各单位参学情况"))
    rows = [r for r in o.units if r.unit_id is not None]
    total = o.units[-1]
    story.append(_table(["单位", "应参学\n（人次）", "实际参学\n（人次）", "出勤率", "心得体会\n（篇）", "补学未完成\n（人次）"],
                        [[r.name, r.attendance.expected, r.attendance.attended, percent(r.attendance.attendance_rate),
                          r.reflections, r.makeup_open]
                         for r in rows],
                        [46, 22, 24, 18, 22, 24],
                        total=["合计", total.attendance.expected, total.attendance.attended,
                               percent(total.attendance.attendance_rate),
                               total.reflections, total.makeup_open]))
    held = [t for t in s.types if t.held]
    if held:
        chart = charts.horizontal_bars([t.name for t in held], [[t.held for t in held]],
                                       caption="图1  各类学习活动举办场次", bar_height=4.6 * mm)
        story.append(KeepTogether([layout.blank_lines(0.3), chart]))
    return story


def _talk_section(o: Overview, number: str) -> list[Flowable]:
    t = o.talks
    story: list[Flowable] = [layout.heading1(f"{number}、谈心谈话开展情况")]
    held = [r for r in t.rounds if r.talks]
    if not held:
        return story + [layout.body("统计期间内没有谈心谈话记录。")]
    text = (f"全{campaign.current().level}在岗在编干警{o.officers.in_campaign}人，已进行{cn_number(len(held))}轮谈心谈话，"
            f"谈话共计{t.person_times}人次")
    text += "，谈心谈话实现全覆盖。" if t.coverage_text == "全覆盖" else f"，{t.coverage_text}，尚有{t.expected - t.talked}人未谈。"
    parts = []
    for r in held:
        part = f"{r.name}谈话{r.talks}次、{r.person_times}人次"
        part += "，实现全覆盖" if r.coverage_text == "全覆盖" else f"，已谈{r.talked}人，{r.coverage_text}，尚有{r.untalked}人未谈"
        parts.append(part)
    text += "其中" + "；".join(parts) + "。"
    if t.follow_ups_open:
        text += f"谈话中商定的后续事项尚有{t.follow_ups_open}项未办结"
        text += f"（其中逾期{t.follow_ups_overdue}项）。" if t.follow_ups_overdue else "。"
    story.append(layout.body(text))
    rounds_table = _table(["轮次", "起止日期", "谈话\n（次）", "谈话\n（人次）", "应谈\n（人）", "已谈\n（人）", "覆盖率"],
                          [[r.name, _dates(r.start_date, r.end_date), r.talks, r.person_times, r.expected, r.talked,
                            percent(r.rate)] for r in t.rounds],
                          [20, 42, 18, 20, 18, 18, 20],
                          total=["全部轮次", "", t.talks, t.person_times, t.expected, t.talked, percent(t.rate)])
    story.append(layout.blank_lines(0.3))
    story.append(rounds_table)
    units = [u for u in o.units if u.unit_id is not None]
    series, names = _coverage_series(o, units)
    if units and series:
        chart = charts.vertical_bars([u.label for u in units], series, names, caption="图2  各单位谈心谈话覆盖率（%）",
                                     value_format="{:.0f}", value_max=100)
        story.append(KeepTogether([layout.blank_lines(0.3), chart]))
    story.append(CondPageBreak(60 * mm))
    story.append(layout.heading2("（一）各单位谈话情况"))
    total = o.units[-1]
    story.append(_table(["单位", "应谈\n（人）", "已谈\n（人）", "覆盖率", "谈话\n（人次）"],
                        [[u.name, u.talk_expected, u.talked, percent(u.talk_rate), u.person_times] for u in units],
                        [62, 22, 22, 24, 26],
                        total=["合计", total.talk_expected, total.talked, percent(total.talk_rate), total.person_times]))
    return story


def _coverage_series(o: Overview, units: list) -> tuple[list, list]:
    """Coverage per unit for each round held (percent), from the same figures as the tables."""
    series, names = [], []
    for r in o.talks.rounds:
        if r.talks:
            series.append([round(100 * (o.round_unit_rate(r.round_id, u.unit_id) or 0), 1) for u in units])
            names.append(r.name)
    return series, names


def _feedback_section(o: Overview, number: str) -> list[Flowable]:
    f = o.feedback
    story: list[Flowable] = [layout.heading1(f"{number}、征求意见与整改情况")]
    if not f.collected and not f.events:
        return story + [layout.body("统计期间内没有收集意见建议。")]
    text, opening = _symposiums_text(f)
    if f.visit_participants:
        opening.append(f"深入农村、社区、企业走访座谈{about(f.visit_participants)}人次")
    if f.symposiums_told and f.symposiums_told.letters:
        opening.append("面向社会发布征求意见函")
    if f.reviewed_files:
        opening.append(f"查阅卷宗{about(f.reviewed_files)}份")
    text += "，".join(opening) + ("，" if opening else "")
    text += f"梳理汇总意见建议{f.collected}条"
    if f.merged:
        text += f"（另有{f.merged}条重复意见已合并）"
    if f.major:
        text += f"，其中涉及“六大顽瘴痼疾”{f.major}条"
    text += "。"
    if f.per_channel:
        text += "按来源分，" + "、".join(f"{k}{v}条" for k, v in f.per_channel.items()) + "。"
    statuses = "、".join(f"{k}{v}条" for k, v in f.per_status.items() if v and k not in (CLOSED, REJECTED))
    text += f"已整改销号{f.closed}条，销号率{percent(f.closed_rate)}"
    if statuses:
        text += f"；{statuses}"
    if f.rejected:
        text += f"；不予采纳{f.rejected}条（均已说明理由）"
    text += "。"
    if f.overdue:
        text += f"超过整改时限尚未销号{f.overdue}条，已列入督办。"
    elif f.open:
        text += "未销号的意见建议均在整改时限内。"
    if f.due_soon:
        text += f"7日内到期{f.due_soon}条。"
    story.append(layout.body(text))
    story.append(CondPageBreak(50 * mm))
    story.append(layout.heading2("（一）各责任单位整改情况"))
    units = [u for u in o.units if u.unit_id is not None]
    total = o.units[-1]
    unassigned = total.suggestions - sum(u.suggestions for u in units)
    rows = [[u.name, u.suggestions, u.assigned, u.closed, percent(u.closed_rate), u.overdue] for u in units]
    if unassigned:
        rows.append(["（未确定责任单位）", unassigned, "", "", "", ""])
    story.append(_table(["责任单位", "意见建议\n（条）", "已交办\n（条）", "已销号\n（条）", "销号率", "逾期\n（条）"], rows,
                        [52, 22, 22, 22, 18, 20],
                        total=["合计", total.suggestions, total.assigned, total.closed, percent(total.closed_rate),
                               total.overdue]))
    return story


def _symposiums_text(f) -> tuple[str, list[str]]:
    """The county's symposiums, each a sentence (“召开……座谈会，收集意见建议31条。”), and the units' as the first
    clause of the next (“政法各单位先后三次召开征求意见座谈会，邀请……等参加”)."""
    told = f.symposiums_told
    if told is None:
        return "", [f"召开征求意见座谈会{f.symposiums}次"] if f.symposiums else []
    text = "".join(f"召开{title}，收集意见建议{n}条。" for title, n in told.county)
    clauses = []
    if told.per_unit:
        each = told.rounds_each
        clause = (f"政法各单位先后{cn_times(each)}次召开征求意见座谈会" if each
                  else f"政法各单位召开征求意见座谈会{sum(told.per_unit.values())}次")
        if told.invited:
            clause += f"，邀请{'、'.join(told.invited)}等参加"
        clauses.append(clause)
    return text, clauses


def rectify_text(r: RectifyFigures) -> str:
    """The article's sentence (“对319名政法干警在自查中主动说明问题的……线索组共收到问题线索75条”) from the counts,
    then where the clues stand."""
    if not r.items and not r.clues:
        return "尚未登记个人自查事项和问题线索。"
    text = ""
    if r.items:
        people = r.outcome_officers
        text = (f"对{r.officers_disclosed}名政法干警在自查中主动说明问题的，经{'、'.join(REVIEW_STEPS)}，"
                f"不计入问题线索范畴{people.get(NOT_CLUES, 0)}人，个人整改{people.get(PERSONAL, 0)}人，"
                f"移交政法各单位进行第一种形态处理线索{people.get(FIRST_FORM, 0)}人，"
                f"作为问题线索移交线索组{r.self_check_clues}条")
        pending = r.items - r.items_reviewed
        if pending:
            text += f"（另有{pending}项自查事项正在审核）"
        text += "，"
    others = "，".join(f"{source}{n}条" for source, n in r.other_sources.items())
    if text and others:
        text += f"加上{others}，"
    elif others:
        text += f"{others}，"
    text += f"线索组共收到问题线索{r.clues}条。"
    if r.clues:
        done, doing, waiting = (r.clues_per_status.get(s, 0) for s in ("已办结", "办理中", "待处置"))
        text += f"目前已办结{done}条，正在办理{doing}条，待处置{waiting}条"
        text += f"，其中超过办理时限{r.clues_overdue}条，已列入督办。" if r.clues_overdue else "。"
    return text


def _rectify_section(o: Overview, number: str) -> list[Flowable]:
    r = o.rectify
    if r is None:
        return []
    story: list[Flowable] = [layout.heading1(f"{number}、查纠整改情况"), layout.body(rectify_text(r))]
    if r.items_reviewed:
        story.append(layout.blank_lines(0.3))
        story.append(_table(["审核结果", "人数\n（人）", "事项\n（项）"],
                            [[outcome, r.outcome_officers.get(outcome, 0), r.outcome_items.get(outcome, 0)]
                             for outcome in OUTCOMES],
                            [60, 30, 30], total=["合计", "", r.items_reviewed]))
    return story


def _pledge_section(o: Overview, number: str) -> list[Flowable]:
    p = o.pledges
    story: list[Flowable] = [layout.heading1(f"{number}、承诺书签订情况")]
    if not p.templates:
        return story + [layout.body("统计期间内没有下发承诺书。")]
    leaders = [t for t in p.templates if t.audience == "leader"]
    officers = [t for t in p.templates if t.audience != "leader"]
    sentences = []
    for t in leaders:
        sentences.append(f"签订《{t.name}》{t.signed}份")
    if officers:
        if all(t.signed >= t.issued and t.issued >= o.officers.in_campaign > 0 for t in officers):
            sentences.append("政法各单位人人签订了" + "、".join(f"《{t.name}》" for t in officers))
        else:
            sentences.append("政法干警签订" + "、".join(f"《{t.name}》{t.signed}份" for t in officers))
    text = "；".join(sentences) + "。"
    if p.not_signed:
        text += f"已下发的{p.issued}份承诺书中，尚有{p.not_signed}份未签署，正在督促落实。"
    story.append(layout.body(text))
    story.append(_table(["承诺书", "下发\n（份）", "已签署\n（份）", "已归档\n（份）", "未签署\n（份）", "签署率"],
                        [[t.name, t.issued, t.signed, t.archived, t.not_signed, percent(t.rate)] for t in p.templates],
                        [60, 18, 20, 20, 20, 18],
                        total=["合计", p.issued, p.signed, sum(t.archived for t in p.templates), p.not_signed,
                               percent(rate(p.signed, p.issued))]))
    return story


def _units_section(o: Overview, number: str) -> list[Flowable]:
    story: list[Flowable] = [CondPageBreak(90 * mm), layout.heading1(f"{number}、各单位工作情况对比")]
    header = ["单位", "在岗在编\n（人）", "出勤率", "谈话覆盖率", "心得体会\n（篇）", "意见建议交办/销号/逾期\n（条）",
              "承诺书签署/下发\n（份）"]
    rows = []
    for u in o.units:
        row = [u.label, u.officers, percent(u.attendance.attendance_rate), percent(u.talk_rate),
               u.reflections, f"{u.assigned}/{u.closed}/{u.overdue}", f"{u.pledges_signed}/{u.pledges_issued}"]
        rows.append(row)
    total = rows.pop()
    story.append(_table(header, rows, [36, 18, 17, 19, 19, 27, 20], total=total))
    return story


def _dates(first: dt.date | None, last: dt.date | None) -> str:
    def day(d: dt.date) -> str:
        return f"{d.month}月{d.day}日"

    if first and last:
        return f"{day(first)}—{day(last)}"
    return f"{day(first)}起" if first else ""


# ---------------------------------------------------------------- the document

def report_title() -> str:
    office = campaign.current()
    return f"{office.county_in_title}{office.campaign}工作情况报告"


OWN_SECTIONS = {"*study": _study_section, "*talks": _talk_section, "*feedback": _feedback_section,
                "*rectify": _rectify_section, "*pledges": _pledge_section}


def _feature_section(section: FeatureSection, number: str) -> list[Flowable]:
    return [layout.heading1(f"{number}、{section.heading}")] + [layout.body(p) for p in section.paragraphs]


def _sections(o: Overview) -> list[Flowable]:
    """The report's own sections and the features' (`report_section` hooks, for the same period), numbered
    一、二、… in the order of a 工作综述; the units' comparison last."""
    story: list[Flowable] = []
    count = 0
    for entry in in_report_order(list(OWN_SECTIONS), feature_sections(o.since, o.until)):
        number = cn_number(count + 1)
        part = OWN_SECTIONS[entry](o, number) if isinstance(entry, str) else _feature_section(entry, number)
        if part:  # a section with nothing to say (查纠整改 not set up) takes no number
            count += 1
            story.extend(part)
    story.extend(_units_section(o, cn_number(count + 1)))
    return story


def report_story(o: Overview, *, addressee: str = "", issued_on: dt.date | None = None,
                 progress: Progress | None = None) -> list[Flowable]:
    """The report on these figures (made with the per-unit rows), dated `issued_on` (default: their day)."""
    progress = progress or NullProgress()
    issued_on = issued_on or o.today
    fonts.ensure_registered()
    progress.report(0.3, "正在组织报告内容…")
    story: list[Flowable] = [layout.title(report_title())]
    if addressee:
        story.append(layout.addressee(addressee))
    scope = _scope(o)
    as_of = f"（统计截至{cn_date(min(o.today, o.until) if o.until else o.today)}）"
    opening = (f"{scope}，全{campaign.current().level}政法队伍教育整顿坚持把学习教育贯穿始终，扎实开展谈心谈话、征求意见、查纠整改和承诺书签订等工作，"
               f"各项任务有序推进。根据教育整顿工作台账{as_of}，现将有关情况报告如下。")
    story.append(layout.body(opening))
    story.extend(_sections(o))
    story.append(layout.body("特此报告。", space_before=1))
    story.extend(layout.signature_block(campaign.current().signature, issued_on))
    return story


def build_summary_report(out: Path | str, o: Overview, *, addressee: str = "", issued_on: dt.date | None = None,
                         progress: Progress | None = None) -> Path:
    """Write the report on these figures to `out` (replaced whole, never half written) and return its path."""
    progress = progress or NullProgress()
    story = report_story(o, addressee=addressee, issued_on=issued_on, progress=progress)
    return layout.build(out, story, title=report_title(), author=campaign.current().office,
                        subject="教育整顿工作情况报告", progress=progress, progress_message="正在排版报告…")
