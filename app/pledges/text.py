"""Filling in a pledge: a template version's text with the signer's placeholders filled, as the page layout
(app.pledges.documents.pledge) takes it. A pledge is always filled from its own template version and its
own copy of the signer, so its text never changes after it is issued.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from app.pledges.models import DONE, LEADER, OFFICER, Pledge, PledgeSignature, PledgeTemplateVersion
from app.pledges.signers import Signer
from app.pledges.templates import PLACEHOLDER, TemplateText
from app.store import campaign

BLANK_DATE = "\u3000\u3000\u3000\u3000年\u3000\u3000月\u3000\u3000日"  # room to write the date by hand
CN_NUMERALS = "零一二三四五六七八九十"


def cn_number(n: int) -> str:
    """1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 23 → 二十三 (clause numbers)."""
    if n <= 10:
        return CN_NUMERALS[n]
    tens, ones = divmod(n, 10)
    return (CN_NUMERALS[tens] if tens > 1 else "") + "十" + (CN_NUMERALS[ones] if ones else "")


@dataclass(frozen=True)
class PledgeText:
    """A pledge with its placeholders already filled in. Never the ID number: there is no field for it."""

    title: str
    preamble: str
    clauses: tuple[str, ...]
    closing: str
    signer_name: str
    unit_post: str  # the 单位及职务 line, pre-filled
    addressee: str = ""
    signed_on: dt.date | None = None  # None: blank date for ink
    signature_png: bytes | None = None  # the on-screen signature, placed after 承诺人（签名）：


LONGEST_SAMPLE = Signer(OFFICER, 0, "欧阳晓东", "中共青山县委政法委员会", "公共法律服务管理股", "副股长")
SAMPLE_SIGNERS = {OFFICER: Signer(OFFICER, 0, "张晓明", "青山县人民法院", "刑事审判庭", "庭长"),
                  LEADER: Signer(LEADER, 0, "李国庆", "城关镇", "", "党委书记")}


def placeholder_values(signer: Signer, signed_on: dt.date | None) -> dict[str, str]:
    from app.documents.layout import cn_date  # the PDF engine loads with the first document, not at start-up

    return {"姓名": signer.name, "单位": signer.unit, "部门": signer.department, "职务": signer.post_text,
            "单位及职务": signer.unit_post, "日期": cn_date(signed_on) if signed_on else BLANK_DATE,
            "县": campaign.current().county_label}


def fill(text: str, values: dict[str, str]) -> str:
    return PLACEHOLDER.sub(lambda m: values.get(m.group(1), m.group(0)), text)


def render(text: TemplateText, signer: Signer, signed_on: dt.date | None, signature_png: bytes | None) -> PledgeText:
    values = placeholder_values(signer, signed_on)
    return PledgeText(title=fill(text.title, values), preamble=fill(text.preamble, values),
                      clauses=tuple(fill(c, values) for c in text.clauses), closing=fill(text.closing, values),
                      addressee=fill(text.addressee, values), signer_name=signer.name,
                      unit_post=signer.unit_post, signed_on=signed_on, signature_png=signature_png)


def sample_text(text: TemplateText, audience: str = OFFICER) -> PledgeText:
    """The template filled in for a made-up signer (live preview in the editor)."""
    return render(text, SAMPLE_SIGNERS.get(audience, SAMPLE_SIGNERS[OFFICER]), None, None)


def signer_of(pledge: Pledge) -> Signer:
    """The signer as copied onto the pledge when it was issued."""
    return Signer(pledge.signer_kind, pledge.officer_id or pledge.leader_id or 0, pledge.name, pledge.unit,
                  pledge.department, pledge.post, pledge.unit_order, pledge.department_order)


def pledge_text(pledge: Pledge, version: PledgeTemplateVersion | None = None) -> PledgeText:
    """The pledge exactly as issued: its own template version and signer copy; the on-screen signature
    and its date when signed on screen (a paper signature leaves the date blank for ink)."""
    version = version or pledge.version
    signature = None
    signed_on = None
    if pledge.signed_on_screen and pledge.status in DONE:
        row = PledgeSignature.get_or_none(PledgeSignature.pledge == pledge.id)
        signature = bytes(row.image) if row is not None else None
        signed_on = pledge.signed_on
    return render(TemplateText.of(version), signer_of(pledge), signed_on, signature)
