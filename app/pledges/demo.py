"""The pledges of the demo database, at the source county's scale: every campaign officer has the officer
pledge and the political pledge (its draft text reviewed during 学习教育), the outside leaders the public pledge,
736 of them signed as in the source article ("签订《党政领导干部严格执行“三个规定”公开承诺》736份"); most are signed
or filed, a few units still have some out."""
from __future__ import annotations

import datetime as dt
import json

from app.common.demo_context import DemoContext
from app.pledges.models import (ARCHIVED, LEADER, OFFICER, PENDING, PRINTED, SIGNED, Pledge, PledgeTemplate,
                                PledgeTemplateVersion)
from app.pledges.signers import leader_signers, officer_signers
from app.pledges.templates import TemplateText, ensure_default_templates, latest_version
from app.store import campaign
from app.store.base import new_uuid


def populate(ctx: DemoContext) -> None:
    """Every campaign officer has the officer pledge and the political pledge; the outside leaders the public
    pledge, exactly PUBLIC_SIGNED of them signed. Most are signed or archived; 县公安局 and 县司法局 still have
    some out, and the leaders still out are in 城关镇 and 县交通运输局."""
    ensure_default_templates()
    # The shipped texts were there when the campaign began (not when the demo was built).
    PledgeTemplateVersion.update(created_at=_at(ctx.campaign_start, 9)).where(
        PledgeTemplateVersion.number == 1).execute()
    rng = ctx.rng
    phases = {name: (first, last) for name, first, last in ctx.phases}
    study_first, study_last = phases.get("学习教育", (ctx.campaign_start, ctx.campaign_start + dt.timedelta(days=29)))
    check_first, _check_last = phases.get("查纠整改", (study_last + dt.timedelta(days=1), ctx.today))
    political = PledgeTemplate.get(PledgeTemplate.key == "political-rectification")
    draft = latest_version(political)
    text = TemplateText.of(draft)
    text.clauses[2] = "对照六大顽瘴痼疾整治要求逐项自查，如实填报个人有关事项，不漏报、不瞒报。"
    reviewed = PledgeTemplateVersion.create(
        template=political, number=draft.number + 1, title=text.title, addressee=text.addressee,
        preamble=text.preamble, clauses=json.dumps(text.clauses, ensure_ascii=False), closing=text.closing,
        note="教整办审定：第三条写明“六大顽瘴痼疾”。", created_by=campaign.current().contact_person or campaign.current().office_short,
        created_at=_at(study_last - dt.timedelta(days=3), 10))
    officers = officer_signers()
    leaders = leader_signers()
    plans = [  # template, signers, issue day, days to sign, units with people still out
        (PledgeTemplate.get(PledgeTemplate.key == "officer-three-rules"), officers,
         study_first + dt.timedelta(days=12), {"青山县公安局": 0.05}),
        (political, officers, check_first + dt.timedelta(days=3), {"青山县公安局": 0.12, "青山县司法局": 0.1}),
        (PledgeTemplate.get(PledgeTemplate.key == "leader-public"), leaders, study_first + dt.timedelta(days=15), None),
    ]
    actor = campaign.current().contact_person or campaign.current().office_short
    # The leaders still out: exactly as many as there are beyond the article's 736, from the late units.
    late_pool = [s.id for s in leaders if s.unit in LATE_LEADER_UNITS] or [s.id for s in leaders]
    leaders_out = set(rng.sample(late_pool, min(len(late_pool), max(0, len(leaders) - PUBLIC_SIGNED))))
    rows = []
    for template, signers, issue_day, late_units in plans:
        version = reviewed if template.id == political.id else latest_version(template)
        issue_day = min(issue_day, ctx.today - dt.timedelta(days=8))
        printed_day = issue_day + dt.timedelta(days=1)
        for signer in signers:
            late = (signer.id in leaders_out if late_units is None
                    else rng.random() < late_units.get(signer.unit, 0.0))
            row = dict(template=template.id, version=version.id, signer_kind=signer.kind,
                       officer=signer.id if signer.kind == OFFICER else None,
                       leader=signer.id if signer.kind == LEADER else None, name=signer.name, unit=signer.unit,
                       department=signer.department, post=signer.post, unit_order=signer.unit_order,
                       department_order=signer.department_order, issued_at=_at(issue_day, 9), issued_by=actor,
                       uuid=new_uuid(), created_at=_at(issue_day, 9), updated_at=_at(issue_day, 9),
                       printed_at=_at(printed_day, 10), printed_by=actor, print_count=1)
            if late:
                row["status"] = PRINTED if rng.random() < 0.8 else PENDING
                if row["status"] == PENDING:
                    row.update(printed_at=None, printed_by="", print_count=0)
            else:
                signed = min(ctx.today, printed_day + dt.timedelta(days=rng.randint(1, 9)))
                row.update(status=SIGNED, signed_on=signed, signed_at=_at(signed, 16), signed_by=actor)
                filed = signed + dt.timedelta(days=rng.randint(3, 8))
                if filed < ctx.today and rng.random() < 0.8:  # the rest still in the unit clerk's folder
                    row.update(status=ARCHIVED, archived_at=_at(filed, 11), archived_by=actor)
            rows.append(row)
    keys = sorted({k for row in rows for k in row})
    rows = [{k: row.get(k, _DEMO_DEFAULTS.get(k)) for k in keys} for row in rows]
    for start in range(0, len(rows), 200):
        Pledge.insert_many(rows[start:start + 200]).execute()
    ctx.facts["pledges"] = len(rows)


PUBLIC_SIGNED = 736  # 签订《党政领导干部严格执行“三个规定”公开承诺》736份
LATE_LEADER_UNITS = ("城关镇", "县交通运输局")

_DEMO_DEFAULTS = {"signed_on": None, "signed_at": None, "signed_by": "", "archived_at": None, "archived_by": "",
                  "status": PENDING}


def _at(day: dt.date, hour: int) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour, 0))
