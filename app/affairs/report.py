"""The 会议与选树 section of the summary report: the period's figures in the words of the source article
("共召开了6次县委常委会议部署，召开了8次领导小组会议抓调度，制定印发了22个文件抓推进……先后两次向社会通报工作情况",
"政法各单位共推荐了40名政法干警参加评选，除上报参加市级评选的8人以外，还有32人纳入全县“最美政法干警”评选范围").
A figure that is 0 in the period is left out rather than stated as 0."""
from __future__ import annotations

import datetime as dt

from app.affairs.figures import AffairsFigures, figures
from app.affairs.models import DEFAULT_HONOUR, LEADING_GROUP, OTHER_MEETING, PRESS_CONFERENCE, STANDING_COMMITTEE
from app.store import campaign

HEADING = "会议部署、文件制发和英模选树情况"
_SMALL = "零一两三四五六七八九十"


def times(n: int) -> str:
    """How the article counts occasions: 两次, 三次 … up to ten, then 11次."""
    return f"{_SMALL[n]}次" if 0 < n <= 10 else f"{n}次"


def _meeting_paragraph(f: AffairsFigures) -> str:
    m = f.meetings
    parts = []
    if m.get(STANDING_COMMITTEE):
        parts.append(f"召开了{m[STANDING_COMMITTEE]}次{campaign.current().level}委常委会议部署")
    if m.get(LEADING_GROUP):
        parts.append(f"召开了{m[LEADING_GROUP]}次领导小组会议抓调度")
    if m.get(OTHER_MEETING):
        parts.append(f"召开了{m[OTHER_MEETING]}次其他专题会议")
    if f.documents:
        parts.append(f"制定印发了{f.documents}个文件抓推进")
    press = m.get(PRESS_CONFERENCE, 0)
    if f.notices == 1:
        parts.append("向社会通报工作情况一次")
    elif f.notices:
        parts.append(f"先后{times(f.notices)}向社会通报工作情况")
    if f.press_with_media:
        parts.append(f"{times(f.press_with_media)}邀请媒体参加举办新闻发布会")
    if press > f.press_with_media:
        parts.append(f"{'另' if f.press_with_media else ''}举办新闻发布会{times(press - f.press_with_media)}")
    if not parts:
        return ""
    return "教育整顿期间，共" + "，".join(parts) + "。"


def _hero_paragraph(f: AffairsFigures) -> str:
    if not f.recommended and not f.typical_models:
        return ""
    office = campaign.current()
    whole, reviewer = f"全{office.level}", office.office_short
    sentences = []
    if f.city_candidates:
        sentences.append(f"通过各单位党委（党组）推荐、{reviewer}审核，{whole}推荐了{f.city_candidates}名政法干警"
                         f"作为市级“{DEFAULT_HONOUR}”初步候选人")
    clause = f"政法各单位共推荐了{f.recommended}名政法干警参加评选"
    if f.city_candidates and f.county_selection:
        clause += (f"，除上报参加市级评选的{f.city_candidates}人以外，还有{f.county_selection}人纳入{whole}"
                   f"“{DEFAULT_HONOUR}”评选范围")
    elif f.county_selection:
        clause += f"，其中{f.county_selection}人纳入{whole}“{DEFAULT_HONOUR}”评选范围"
    pending = f.recommended - f.city_candidates - f.county_selection
    if pending:
        clause += f"，另有{pending}人待{reviewer}审核"
    sentences.append(clause)
    if f.elected:
        sentences.append(f"经评选，{f.elected}人当选")
    if f.typical_models:
        sentences.append(f"选树英模和先进典型{f.typical_models}人")
    if f.spoke_at_reports:
        sentences.append(f"有{f.spoke_at_reports}人在英模报告会上作事迹报告")
    return "；".join(sentences) + "。"


def report_section(since: dt.date | None, until: dt.date | None) -> tuple[str, list[str]] | None:
    f = figures(since, until)
    if f.empty and not f.typical_models:
        return None
    paragraphs = [p for p in (_meeting_paragraph(f), _hero_paragraph(f)) if p]
    return (HEADING, paragraphs) if paragraphs else None
