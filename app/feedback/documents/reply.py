"""回复函: the letter telling a submitter how their suggestion was handled, in the GB/T 9704 layout."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from reportlab.platypus import KeepTogether

from app.feedback.ledger import SuggestionRow
from app.feedback.replies import SubmitterRow
from app.store import campaign
from app.documents import layout
from app.feedback.documents.common import county, office_name

TITLE = "关于意见建议办理情况的回复"


def salutation(name: str, category: str) -> str:
    if category == "人大代表":
        return f"尊敬的{name}代表"
    if category == "政协委员":
        return f"尊敬的{name}委员"
    return f"{name}同志"


def letter_paragraphs(row: SuggestionRow, recipient: SubmitterRow) -> list[tuple[str, str]]:
    """(kind, text) pairs: kind is 'body' or 'heading'. Kept apart from the layout so tests can read them."""
    where = f"在{recipient.event_title}上" if recipient.event_title else f"通过{recipient.channel}"
    when = layout.cn_date(recipient.collected_on)
    unit = row.unit_full or "有关单位"
    leader = f"（责任领导：{row.leader}）" if row.leader else ""
    place = county() or f"我{campaign.current().level}"
    parts = [("body", f"您于{when}{where}提出的“{row.content.rstrip('。')}”的意见建议收悉。感谢您对{place}政法队伍"
                      f"教育整顿工作的关心和支持。")]
    if row.status == "不予采纳":
        parts.append(("body", f"我们对您的意见建议进行了认真研究。经研究，{row.rejection_reason.rstrip('。')}。"
                              f"因此，该项意见建议暂不予采纳，敬请理解。"))
    else:
        parts.append(("body", f"我们高度重视，将其列入教育整顿整改清单（编号{row.code}），交由{unit}{leader}"
                              f"研究办理。现将办理情况回复如下："))
        if row.measure:
            parts.append(("heading", "一、整改措施"))
            parts.append(("body", row.measure))
        parts.append(("heading", "二、办理结果" if row.measure else "一、办理结果"))
        if row.status == "已销号":
            done = layout.cn_date(row.completed_on)
            parts.append(("body", f"该项整改已于{done}完成，经验收合格，已于{layout.cn_date(row.reviewed_on)}销号。"))
        elif row.status == "已整改待验收":
            parts.append(("body", f"该项整改已于{layout.cn_date(row.completed_on)}完成，目前正在组织验收。"))
        else:
            deadline = f"，整改时限为{layout.cn_date(row.deadline)}" if row.deadline else ""
            progress = f"目前{row.progress.rstrip('。')}" if row.progress else "目前正在整改"
            parts.append(("body", f"{progress}{deadline}。我们将跟踪督办，整改完成后再向您反馈。"))
    parts.append(("body", "欢迎您继续关心、监督政法队伍建设，对我们的工作提出宝贵意见建议。"))
    office = campaign.current()
    contact, phone = office.contact_person, office.contact_phone
    bits = ([f"联系人：{contact}"] if contact else []) + ([f"联系电话：{phone}"] if phone else [])
    if bits:
        parts.append(("body", "　".join(bits)))
    return parts


def build_reply_letter(out: Path | str, row: SuggestionRow, recipient: SubmitterRow, *, on: dt.date) -> None:
    """The letter dated `on` to one submitter of a ledger line (app.feedback.replies.letter_recipient)."""
    story = [layout.title(TITLE), layout.addressee(salutation(recipient.name, recipient.category))]
    for kind, text in letter_paragraphs(row, recipient):
        story.append(layout.heading1(text) if kind == "heading" else layout.body(text))
    # The signature never stands alone on a page: the closing lines go over with it.
    closing = story[-2:]
    del story[-2:]
    story.append(KeepTogether(closing + layout.signature_block(office_name(), on)))
    layout.build(out, story, title=TITLE, subject=row.code)
