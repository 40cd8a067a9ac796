"""Pledges (承诺书签订): versioned templates, issuing, printing, signing, scans, archive and progress.

Status flow, each step dated and with who did it (app.safety.access.current_actor()):

    待打印 ──print──▶ 已打印 ──paper signed──▶ 已签署 ──filed──▶ 已归档
       └──────────── signed on screen ─────────▲

`revert` takes one step back; `withdraw` deletes pledges not yet signed (issued by mistake).
A pledge keeps the template version it was issued under: editing a template adds a version and never
changes an issued or signed pledge. Re-issuing a template to someone who already has it is refused
unless asked for (existing="reissue": the old pledge is kept as history and no longer counted).
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from dataclasses import dataclass, field
from pathlib import Path

import peewee as pw

from app import events
from app.events import Topic
from app.store import settings
from app.safety.access import current_actor
from app.store.db import database
from app.errors import Conflict, NotFound, ValidationError, ValidationErrors
from app.jobs import NullProgress, Progress
from app.store.base import now
from app.pledges.models import (
    ARCHIVED, AUDIENCES, LEADER, OFFICER, PENDING, PRINTED, SIGNED, Pledge, PledgeScan, PledgeSignature,
    PledgeTemplate, PledgeTemplateVersion)
from app.roster.models import Department, Officer, OutsideLeader, Unit
from app.paths import resource_path

DEFAULT_KEYS = ("officer-three-rules", "political-rectification", "leader-public")
DONE = (SIGNED, ARCHIVED)  # counted as signed in progress figures

PLACEHOLDERS = {
    "姓名": "承诺人姓名",
    "单位": "单位全称（领导干部为其所在单位）",
    "部门": "部门（庭、科、队、所）",
    "职务": "职务（干警未填职务时为“干警”）",
    "单位及职务": "单位、部门和职务连写，如“青山县人民法院刑事审判庭庭长”",
    "日期": "签署日期（未签署时留空待手写）",
    "县": "本县名称（设置中的“县名”）",
}
_PLACEHOLDER = re.compile(r"\{([^{}]{1,10})\}")
_CLAUSE_NUMBER = re.compile(r"^\s*(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[）)]|\d+[、.．)）])\s*")
MAX_CLAUSES = 20
MAX_SCAN_BYTES = 20 * 1024 * 1024
SCAN_TYPES = {".pdf": "application/pdf", ".jpg": "image/jpeg", ".jpeg": "image/jpeg", ".png": "image/png"}
_SCAN_MAGIC = {"application/pdf": (b"%PDF",), "image/jpeg": (b"\xff\xd8\xff",), "image/png": (b"\x89PNG\r\n\x1a\n",)}


# ---------------------------------------------------------------- templates

@dataclass
class TemplateText:
    """The editable text of a template (placeholders unfilled)."""

    title: str = ""
    preamble: str = ""
    clauses: list[str] = field(default_factory=list)
    closing: str = ""
    addressee: str = ""

    @classmethod
    def of(cls, version: PledgeTemplateVersion) -> "TemplateText":
        return cls(title=version.title, preamble=version.preamble, clauses=json.loads(version.clauses),
                   closing=version.closing, addressee=version.addressee)


def ensure_default_templates() -> None:
    """Create the three templates we ship, where missing (the migration and a new database call this)."""
    with database.atomic():
        for key in DEFAULT_KEYS:
            if PledgeTemplate.get_or_none(PledgeTemplate.key == key) is not None:
                continue
            data = json.loads(resource_path("pledges", f"{key}.json").read_text(encoding="utf-8"))
            template = PledgeTemplate.create(key=key, name=data["name"], audience=data["audience"],
                                             sort_order=data["sort_order"])
            PledgeTemplateVersion.create(
                template=template, number=1, title=data["title"], addressee=data.get("addressee", ""),
                preamble=data["preamble"], clauses=json.dumps(data["clauses"], ensure_ascii=False),
                closing=data.get("closing", ""), is_draft=data.get("is_draft", False), note=data.get("note", ""),
                created_by="程序预置")


def templates() -> list[PledgeTemplate]:
    return list(PledgeTemplate.select().order_by(PledgeTemplate.sort_order, PledgeTemplate.id))


def template_by_key(key: str) -> PledgeTemplate:
    template = PledgeTemplate.get_or_none(PledgeTemplate.key == key)
    if template is None:
        keys = "、".join(t.key for t in templates())
        raise NotFound(f"没有代号为“{key}”的承诺书模板。可用的模板：{keys}")
    return template


def _template(template_id: int) -> PledgeTemplate:
    template = PledgeTemplate.get_or_none(PledgeTemplate.id == template_id)
    if template is None:
        raise NotFound("该承诺书模板已不存在，请刷新后再试。")
    return template


def latest_version(template: PledgeTemplate | int) -> PledgeTemplateVersion:
    template_id = template if isinstance(template, int) else template.id
    return (PledgeTemplateVersion.select().where(PledgeTemplateVersion.template == template_id)
            .order_by(PledgeTemplateVersion.number.desc()).get())


def versions(template_id: int) -> list[PledgeTemplateVersion]:
    return list(PledgeTemplateVersion.select().where(PledgeTemplateVersion.template == template_id)
                .order_by(PledgeTemplateVersion.number.desc()))


@dataclass(frozen=True)
class TemplateRow:
    id: int
    key: str
    name: str
    audience: str
    version: int
    is_draft: bool
    issued: int
    signed: int


def template_rows() -> list[TemplateRow]:
    counts = {(t, s): n for t, s, n in (Pledge.select(Pledge.template, Pledge.status, pw.fn.COUNT(Pledge.id))
                                         .where(Pledge.replaced_at.is_null())
                                         .group_by(Pledge.template, Pledge.status).tuples())}
    rows = []
    for template in templates():
        version = latest_version(template)
        issued = sum(n for (t, _s), n in counts.items() if t == template.id)
        signed = sum(n for (t, s), n in counts.items() if t == template.id and s in DONE)
        rows.append(TemplateRow(template.id, template.key, template.name, template.audience, version.number,
                                version.is_draft, issued, signed))
    return rows


def _clean(value: str) -> str:
    return "".join(ch for ch in (value or "") if ch.isprintable() or ch == "\n").strip()


def strip_clause_number(clause: str) -> str:
    """"三、不接受…" → "不接受…": numbers are added when printed."""
    return _CLAUSE_NUMBER.sub("", clause.strip(), count=1).strip()


def validate_text(text: TemplateText) -> TemplateText:
    """A cleaned copy, or ValidationErrors naming each bad part. Clause numbers typed by the user
    ("一、", "1.", "（一）") are removed: they are added when printed."""
    errors: list[ValidationError] = []
    clean = TemplateText(title=_clean(text.title).replace("\n", ""), preamble=_clean(text.preamble),
                         closing=_clean(text.closing), addressee=_clean(text.addressee).replace("\n", "").rstrip("：:"))
    clean.clauses = [strip_clause_number(_clean(c)) for c in text.clauses]
    clean.clauses = [c for c in clean.clauses if c]
    if not clean.title:
        errors.append(ValidationError("标题", "不能为空"))
    elif len(clean.title) > 40:
        errors.append(ValidationError("标题", f"过长（{len(clean.title)}字，最多40字）"))
    if len(clean.addressee) > 40:
        errors.append(ValidationError("主送", f"过长（{len(clean.addressee)}字，最多40字）"))
    if not clean.preamble:
        errors.append(ValidationError("启语", "不能为空"))
    elif "{姓名}" not in clean.preamble + clean.addressee:
        errors.append(ValidationError("启语", "需要包含占位符{姓名}，否则打印出的承诺书分不清是谁的"))
    if not clean.clauses:
        errors.append(ValidationError("承诺条款", "至少要有一条"))
    elif len(clean.clauses) > MAX_CLAUSES:
        errors.append(ValidationError("承诺条款", f"最多{MAX_CLAUSES}条（现有{len(clean.clauses)}条）"))
    for label, value in (("标题", clean.title), ("主送", clean.addressee), ("启语", clean.preamble),
                         ("结语", clean.closing), *((f"第{i}条", c) for i, c in enumerate(clean.clauses, 1))):
        unknown = [name for name in _PLACEHOLDER.findall(value) if name not in PLACEHOLDERS]
        if unknown:
            errors.append(ValidationError(label, f"未知的占位符{{{unknown[0]}}}，可用：" +
                                          "、".join(f"{{{p}}}" for p in PLACEHOLDERS)))
    if not errors:
        from app.pledges.documents.pledge import PledgeTooLong, fitted_story

        try:
            fitted_story(_render(clean, _LONGEST_SAMPLE, None, None))
        except PledgeTooLong as exc:
            errors.append(ValidationError("正文", exc.message))
    if errors:
        raise ValidationErrors(errors)
    return clean


def save_template_version(template_id: int, text: TemplateText, note: str = "") -> PledgeTemplateVersion | None:
    """Store the text as a new version (None when it equals the latest one). Issued pledges keep theirs."""
    clean = validate_text(text)
    with database.atomic():
        template = _template(template_id)
        latest = latest_version(template)
        if TemplateText.of(latest) == clean:
            return None
        version = PledgeTemplateVersion.create(
            template=template, number=latest.number + 1, title=clean.title, addressee=clean.addressee,
            preamble=clean.preamble, clauses=json.dumps(clean.clauses, ensure_ascii=False), closing=clean.closing,
            is_draft=False, note=_clean(note)[:500], created_by=current_actor())
        template.name = clean.title if template.name == latest.title else template.name
        template.save()
    events.changed(Topic.PLEDGES)
    return version


def approve_version(version_id: int) -> PledgeTemplateVersion:
    """The office has reviewed a draft text: it is no longer marked as a draft."""
    with database.atomic():
        version = PledgeTemplateVersion.get_or_none(PledgeTemplateVersion.id == version_id)
        if version is None:
            raise NotFound("该模板版本已不存在，请刷新后再试。")
        if not version.is_draft:
            raise Conflict(f"第 {version.number} 版不是草稿，无需审定。")
        version.is_draft = False
        version.reviewed_by = current_actor()
        version.reviewed_at = now()
        version.save()
    events.changed(Topic.PLEDGES)
    return version


def create_template(name: str, audience: str, text: TemplateText) -> PledgeTemplate:
    """A new template of the office's own (e.g. copied from one of ours and changed)."""
    name = _clean(name).replace("\n", "")
    if not name:
        raise ValidationError("模板名称", "不能为空")
    if audience not in AUDIENCES:
        raise ValidationError("适用对象", f"应为{'或'.join(AUDIENCES.values())}")
    clean = validate_text(text)
    with database.atomic():
        if PledgeTemplate.get_or_none(PledgeTemplate.name == name) is not None:
            raise Conflict(f"模板名称：已有名为“{name}”的模板")
        number = 1
        while PledgeTemplate.get_or_none(PledgeTemplate.key == f"custom-{number}") is not None:
            number += 1
        order = (PledgeTemplate.select(pw.fn.MAX(PledgeTemplate.sort_order)).scalar() or 0) + 1
        template = PledgeTemplate.create(key=f"custom-{number}", name=name, audience=audience, sort_order=order)
        PledgeTemplateVersion.create(template=template, number=1, title=clean.title, addressee=clean.addressee,
                                     preamble=clean.preamble, clauses=json.dumps(clean.clauses, ensure_ascii=False),
                                     closing=clean.closing, created_by=current_actor())
    events.changed(Topic.PLEDGES)
    return template


# ---------------------------------------------------------------- filling in a pledge

@dataclass(frozen=True)
class Signer:
    """Who a pledge is for, as printed on it."""

    kind: str  # OFFICER / LEADER
    id: int
    name: str
    unit: str
    department: str = ""
    post: str = ""
    unit_order: int = 0
    department_order: int = 0

    @property
    def post_text(self) -> str:
        return self.post or ("干警" if self.kind == OFFICER else "")

    @property
    def unit_post(self) -> str:
        return f"{self.unit}{self.department}{self.post_text}"


_LONGEST_SAMPLE = Signer(OFFICER, 0, "欧阳晓东", "中共青山县委政法委员会", "公共法律服务管理股", "副股长")
SAMPLE_SIGNERS = {OFFICER: Signer(OFFICER, 0, "张晓明", "青山县人民法院", "刑事审判庭", "庭长"),
                  LEADER: Signer(LEADER, 0, "李国庆", "城关镇", "", "党委书记")}


def placeholder_values(signer: Signer, signed_on: dt.date | None) -> dict[str, str]:
    from app.documents.layout import cn_date
    from app.pledges.documents.pledge import BLANK_DATE

    return {"姓名": signer.name, "单位": signer.unit, "部门": signer.department, "职务": signer.post_text,
            "单位及职务": signer.unit_post, "日期": cn_date(signed_on) if signed_on else BLANK_DATE,
            "县": settings.get("county")}


def fill(text: str, values: dict[str, str]) -> str:
    return _PLACEHOLDER.sub(lambda m: values.get(m.group(1), m.group(0)), text)


def _render(text: TemplateText, signer: Signer, signed_on: dt.date | None, signature_png: bytes | None):
    from app.pledges.documents.pledge import PledgeText

    values = placeholder_values(signer, signed_on)
    return PledgeText(title=fill(text.title, values), preamble=fill(text.preamble, values),
                      clauses=tuple(fill(c, values) for c in text.clauses), closing=fill(text.closing, values),
                      addressee=fill(text.addressee, values), signer_name=signer.name,
                      unit_post=signer.unit_post, signed_on=signed_on, signature_png=signature_png)


def sample_text(text: TemplateText, audience: str = OFFICER):
    """The template filled in for a made-up signer (live preview in the editor)."""
    return _render(text, SAMPLE_SIGNERS.get(audience, SAMPLE_SIGNERS[OFFICER]), None, None)


def _signer_of(pledge: Pledge) -> Signer:
    return Signer(pledge.signer_kind, pledge.officer_id or pledge.leader_id or 0, pledge.name, pledge.unit,
                  pledge.department, pledge.post, pledge.unit_order, pledge.department_order)


def pledge_text(pledge: Pledge, version: PledgeTemplateVersion | None = None):
    """The pledge exactly as issued: its own template version and signer copy; the on-screen signature
    and its date when signed on screen (a paper signature leaves the date blank for ink)."""
    version = version or pledge.version
    signature = None
    signed_on = None
    if pledge.signed_on_screen and pledge.status in DONE:
        row = PledgeSignature.get_or_none(PledgeSignature.pledge == pledge.id)
        signature = bytes(row.image) if row is not None else None
        signed_on = pledge.signed_on
    return _render(TemplateText.of(version), _signer_of(pledge), signed_on, signature)


# ---------------------------------------------------------------- signers

def officer_signers(*, unit: str | None = None, department: str | None = None, text: str = "") -> list[Signer]:
    """Campaign officers (alive, counted, in post) in roster order, optionally one unit/department or
    matching `text` in name, department or post."""
    from app.roster.officers import campaign_officers

    query = (campaign_officers()
             .select(Officer.id, Officer.name, Officer.post, Unit.name.alias("unit_name"),
                     Unit.sort_order.alias("unit_order"), Department.name.alias("dept_name"),
                     Department.sort_order.alias("dept_order"))
             .join(Unit, on=(Officer.unit == Unit.id))
             .switch(Officer).join(Department, pw.JOIN.LEFT_OUTER, on=(Officer.department == Department.id)))
    if unit:
        query = query.where((Unit.name == unit) | (Unit.short_name == unit))
    if department:
        query = query.where(Department.name == department)
    text = (text or "").strip()
    if text:
        query = query.where(Officer.name.contains(text) | Officer.post.contains(text) | Department.name.contains(text))
    query = query.order_by(Unit.sort_order, Unit.id, Department.sort_order.asc(nulls="first"), Officer.id)
    return [Signer(OFFICER, r["id"], r["name"], r["unit_name"], r["dept_name"] or "", r["post"] or "",
                   r["unit_order"], r["dept_order"] or 0) for r in query.dicts()]


def leader_signers(*, organization: str | None = None, text: str = "") -> list[Signer]:
    """Leaders outside the roster (人大/政府/政协/乡镇/部门), in the order they were entered."""
    query = OutsideLeader.alive()
    if organization:
        query = query.where(OutsideLeader.organization == organization)
    text = (text or "").strip()
    if text:
        query = query.where(OutsideLeader.name.contains(text) | OutsideLeader.organization.contains(text) |
                            OutsideLeader.post.contains(text))
    order: dict[str, int] = {}
    for (org,) in OutsideLeader.alive().select(OutsideLeader.organization).order_by(OutsideLeader.id).tuples():
        order.setdefault(org, len(order) + 1)
    return [Signer(LEADER, leader.id, leader.name, leader.organization, "", leader.post,
                   1000 + order.get(leader.organization, 0), 0)
            for leader in query.order_by(OutsideLeader.id)]


def leader_organizations() -> list[str]:
    seen: dict[str, None] = {}
    for (org,) in OutsideLeader.alive().select(OutsideLeader.organization).order_by(OutsideLeader.id).tuples():
        seen.setdefault(org, None)
    return list(seen)


# ---------------------------------------------------------------- issuing

REFUSE, SKIP, REISSUE = "refuse", "skip", "reissue"


@dataclass
class IssueResult:
    created: int = 0
    skipped: int = 0  # already had it (existing="skip")
    replaced: int = 0  # re-issued (existing="reissue")
    version: int = 0


def _current_for(template_id: int, signers: list[Signer]) -> dict[tuple[str, int], Pledge]:
    result = {}
    officer_ids = [s.id for s in signers if s.kind == OFFICER]
    leader_ids = [s.id for s in signers if s.kind == LEADER]
    base = Pledge.select().where((Pledge.template == template_id) & Pledge.replaced_at.is_null())
    for start in range(0, len(officer_ids), 500):
        for p in base.where(Pledge.officer.in_(officer_ids[start:start + 500])):
            result[(OFFICER, p.officer_id)] = p
    for start in range(0, len(leader_ids), 500):
        for p in base.where(Pledge.leader.in_(leader_ids[start:start + 500])):
            result[(LEADER, p.leader_id)] = p
    return result


def already_issued(template_id: int, signers: list[Signer]) -> int:
    """How many of `signers` already have a current pledge of this template (shown before issuing)."""
    return len(_current_for(template_id, signers))


def _names(names: list[str], limit: int = 10) -> str:
    shown = "、".join(names[:limit])
    return shown + (f"等{len(names)}人" if len(names) > limit else "")


def issue(template_id: int, signers: list[Signer], *, existing: str = REFUSE,
          when: dt.datetime | None = None) -> IssueResult:
    """Issue the template's latest version to `signers` (status 待打印). Someone who already has this
    template's pledge is refused (REFUSE, nothing is written), left alone (SKIP), or given a new one with
    the old kept as history (REISSUE)."""
    if not signers:
        raise ValidationError("承诺人", "没有选择任何人")
    if existing not in (REFUSE, SKIP, REISSUE):
        raise ValueError(existing)
    unique = list({(s.kind, s.id): s for s in signers}.values())
    actor = current_actor()
    stamp = when or now()
    result = IssueResult()
    with database.atomic():
        template = _template(template_id)
        version = latest_version(template)
        result.version = version.number
        current = _current_for(template.id, unique)
        if current and existing == REFUSE:
            names = [current[(s.kind, s.id)].name for s in unique if (s.kind, s.id) in current]
            raise Conflict(f"{_names(names)}已有《{template.name}》，不能重复下发。"
                           "如确需重新下发（原承诺书保留为历史记录），请选择“重新下发”。")
        rows = []
        for signer in unique:
            old = current.get((signer.kind, signer.id))
            if old is not None:
                if existing == SKIP:
                    result.skipped += 1
                    continue
                old.replaced_at = stamp
                old.save()
                result.replaced += 1
            rows.append(dict(template=template.id, version=version.id, signer_kind=signer.kind,
                             officer=signer.id if signer.kind == OFFICER else None,
                             leader=signer.id if signer.kind == LEADER else None,
                             name=signer.name, unit=signer.unit, department=signer.department, post=signer.post,
                             unit_order=signer.unit_order, department_order=signer.department_order,
                             status=PENDING, issued_at=stamp, issued_by=actor, uuid=_uuid(),
                             created_at=stamp, updated_at=stamp))
        for start in range(0, len(rows), 100):
            Pledge.insert_many(rows[start:start + 100]).execute()
        result.created = len(rows)
    events.changed(Topic.PLEDGES)
    return result


def _uuid() -> str:
    from app.store.base import new_uuid

    return new_uuid()


# ---------------------------------------------------------------- status changes

def _load(ids: list[int]) -> list[Pledge]:
    ids = list(dict.fromkeys(ids))
    if not ids:
        raise ValidationError("承诺书", "没有选择任何承诺书")
    found: list[Pledge] = []
    for start in range(0, len(ids), 500):
        found += list(Pledge.select().where(Pledge.id.in_(ids[start:start + 500])))
    if len(found) != len(ids):
        raise NotFound("所选承诺书中有的已被撤回或删除，请刷新后再试。")
    return found


def _refuse_unless(pledges: list[Pledge], allowed: tuple[str, ...], action: str) -> None:
    wrong: dict[str, list[str]] = {}
    for pledge in pledges:
        if pledge.replaced_at is not None:
            wrong.setdefault("已被重新下发的新承诺书取代", []).append(pledge.name)
        elif pledge.status not in allowed:
            wrong.setdefault(f"状态为“{pledge.status}”", []).append(pledge.name)
    if wrong:
        reasons = "；".join(f"{_names(names)}{reason}" for reason, names in wrong.items())
        raise Conflict(f"不能{action}：{reasons}。只有状态为“{'、'.join(allowed)}”的承诺书可以{action}，"
                       "其余未作改动。")


def _check_day(day: dt.date, pledges: list[Pledge], label: str = "签署日期") -> None:
    if day > dt.date.today():
        raise ValidationError(label, "不能晚于今天")
    early = [p.name for p in pledges if day < p.issued_at.date()]
    if early:
        raise ValidationError(label, f"不能早于下发日期（{_names(early)}的承诺书下发于"
                                     f"{min(p.issued_at.date() for p in pledges):%Y-%m-%d}）")


def mark_printed(ids: list[int], *, when: dt.datetime | None = None) -> int:
    """待打印 → 已打印. Printing again (a lost copy) only counts the print. Returns how many became 已打印."""
    pledges = _load(ids)
    stamp = when or now()
    actor = current_actor()
    changed = 0
    with database.atomic():
        for start in range(0, len(pledges), 500):
            chunk = [p.id for p in pledges[start:start + 500]]
            changed += (Pledge.update(status=PRINTED, printed_at=stamp, printed_by=actor, updated_at=stamp)
                        .where(Pledge.id.in_(chunk) & (Pledge.status == PENDING)).execute())
            Pledge.update(print_count=Pledge.print_count + 1).where(Pledge.id.in_(chunk)).execute()
    events.changed(Topic.PLEDGES)
    return changed


def mark_signed(ids: list[int], day: dt.date) -> int:
    """Paper copies came back signed: 已打印 → 已签署 with the date written on them."""
    pledges = _load(ids)
    _refuse_unless(pledges, (PRINTED,), "登记为已签署")
    _check_day(day, pledges)
    stamp, actor = now(), current_actor()
    with database.atomic():
        for start in range(0, len(pledges), 500):
            chunk = [p.id for p in pledges[start:start + 500]]
            Pledge.update(status=SIGNED, signed_on=day, signed_at=stamp, signed_by=actor, signed_on_screen=False,
                          updated_at=stamp).where(Pledge.id.in_(chunk)).execute()
    events.changed(Topic.PLEDGES)
    return len(pledges)


def validate_strokes(strokes_json: str) -> dict:
    """{"width": w, "height": h, "strokes": [[[x, y, pressure], …], …]} with at least one real stroke."""
    try:
        data = json.loads(strokes_json)
        strokes = data["strokes"]
        points = [p for stroke in strokes for p in stroke]
        ok = (isinstance(strokes, list) and points and all(len(p) >= 3 for p in points)
              and all(isinstance(v, (int, float)) for p in points for v in p[:3])
              and all(0.0 <= p[2] <= 1.0 for p in points))
    except (ValueError, KeyError, TypeError):
        ok = False
    if not ok:
        raise ValidationError("签名", "签名笔迹无效或为空，请重新签名")
    if len(points) < 5:
        raise ValidationError("签名", "签名太短，请在签名框内写下完整姓名")
    return data


def sign_on_screen(pledge_id: int, strokes_json: str, png: bytes, day: dt.date) -> Pledge:
    """Signed on the signature pad: stores the strokes and the image; 待打印/已打印 → 已签署."""
    validate_strokes(strokes_json)
    if not png.startswith(b"\x89PNG\r\n\x1a\n"):
        raise ValidationError("签名", "签名图像无效，请重新签名")
    pledge, = _load([pledge_id])
    _refuse_unless([pledge], (PENDING, PRINTED), "在屏幕上签名")
    _check_day(day, [pledge])
    stamp, actor = now(), current_actor()
    with database.atomic():
        PledgeSignature.delete().where(PledgeSignature.pledge == pledge.id).execute()
        PledgeSignature.create(pledge=pledge, strokes=strokes_json, image=png, created_by=actor)
        pledge.status, pledge.signed_on, pledge.signed_at, pledge.signed_by = SIGNED, day, stamp, actor
        pledge.signed_on_screen = True
        pledge.save()
    events.changed(Topic.PLEDGES)
    return pledge


def signature_of(pledge_id: int) -> PledgeSignature | None:
    return PledgeSignature.get_or_none(PledgeSignature.pledge == pledge_id)


def archive(ids: list[int]) -> int:
    """Filed: 已签署 → 已归档."""
    pledges = _load(ids)
    _refuse_unless(pledges, (SIGNED,), "归档")
    stamp, actor = now(), current_actor()
    with database.atomic():
        for start in range(0, len(pledges), 500):
            chunk = [p.id for p in pledges[start:start + 500]]
            Pledge.update(status=ARCHIVED, archived_at=stamp, archived_by=actor, updated_at=stamp
                          ).where(Pledge.id.in_(chunk)).execute()
    events.changed(Topic.PLEDGES)
    return len(pledges)


def revert(ids: list[int]) -> int:
    """One step back (a wrong tick): 已归档 → 已签署 → 已打印 (or 待打印 if never printed) → 待打印.
    Reverting an on-screen signature deletes it."""
    pledges = _load(ids)
    _refuse_unless(pledges, (PRINTED, SIGNED, ARCHIVED), "撤销上一步")
    with database.atomic():
        for pledge in pledges:
            if pledge.status == ARCHIVED:
                pledge.status, pledge.archived_at, pledge.archived_by = SIGNED, None, ""
            elif pledge.status == SIGNED:
                pledge.status = PRINTED if pledge.printed_at else PENDING
                pledge.signed_on, pledge.signed_at, pledge.signed_by = None, None, ""
                if pledge.signed_on_screen:
                    PledgeSignature.delete().where(PledgeSignature.pledge == pledge.id).execute()
                pledge.signed_on_screen = False
            else:
                pledge.status, pledge.printed_at, pledge.printed_by = PENDING, None, ""
            pledge.save()
    events.changed(Topic.PLEDGES)
    return len(pledges)


def withdraw(ids: list[int]) -> int:
    """Delete pledges issued by mistake (not yet signed). A re-issued one brings back the one it replaced."""
    pledges = _load(ids)
    _refuse_unless(pledges, (PENDING, PRINTED), "撤回")
    with database.atomic():
        for pledge in pledges:
            signer = (Pledge.officer == pledge.officer_id) if pledge.officer_id else (Pledge.leader == pledge.leader_id)
            PledgeScan.delete().where(PledgeScan.pledge == pledge.id).execute()
            pledge.delete_instance()
            previous = (Pledge.select().where((Pledge.template == pledge.template_id) & signer &
                                              Pledge.replaced_at.is_null(False))
                        .order_by(Pledge.replaced_at.desc(), Pledge.id.desc()).first())
            if previous is not None and not _current_for(pledge.template_id, [_signer_of(pledge)]):
                previous.replaced_at = None
                previous.save()
    events.changed(Topic.PLEDGES)
    return len(pledges)


# ---------------------------------------------------------------- scans

@dataclass(frozen=True)
class ScanRow:
    id: int
    pledge_id: int
    file_name: str
    mime: str
    size: int
    created_at: dt.datetime
    created_by: str


def attach_scan(pledge_id: int, path: Path | str) -> ScanRow:
    """Store a scan or photo (PDF, JPG, PNG, ≤ 20 MB) of the signed paper copy with its pledge."""
    path = Path(path)
    mime = SCAN_TYPES.get(path.suffix.lower())
    if mime is None:
        raise ValidationError("扫描件", f"“{path.name}”不是 PDF、JPG 或 PNG 文件")
    try:
        size = path.stat().st_size
        if size > MAX_SCAN_BYTES:
            raise ValidationError("扫描件", f"“{path.name}”有 {size / 1048576:.1f} MB，超过 20 MB，"
                                          "请降低扫描分辨率（200–300 dpi 即可）后再附加")
        data = path.read_bytes()
    except OSError as exc:
        raise ValidationError("扫描件", f"无法读取“{path.name}”：{exc.strerror or exc}") from exc
    if not data or not any(data.startswith(m) for m in _SCAN_MAGIC[mime]):
        raise ValidationError("扫描件", f"“{path.name}”的内容不是有效的{path.suffix.lstrip('.').upper()}文件")
    pledge, = _load([pledge_id])
    with database.atomic():
        scan = PledgeScan.create(pledge=pledge, file_name=path.name[:200], mime=mime, size=len(data),
                                 sha256=hashlib.sha256(data).hexdigest(), data=data, created_by=current_actor())
        pledge.save()  # updated_at
    events.changed(Topic.PLEDGES)
    return ScanRow(scan.id, pledge.id, scan.file_name, mime, scan.size, scan.created_at, scan.created_by)


def scans(pledge_id: int) -> list[ScanRow]:
    query = (PledgeScan.select(PledgeScan.id, PledgeScan.pledge, PledgeScan.file_name, PledgeScan.mime,
                               PledgeScan.size, PledgeScan.created_at, PledgeScan.created_by)
             .where(PledgeScan.pledge == pledge_id).order_by(PledgeScan.id))
    return [ScanRow(s.id, s.pledge_id, s.file_name, s.mime, s.size, s.created_at, s.created_by) for s in query]


def save_scan(scan_id: int, folder: Path | str) -> Path:
    """Write a scan out (to view it); the name is the original's, made unique in `folder`."""
    scan = PledgeScan.get_or_none(PledgeScan.id == scan_id)
    if scan is None:
        raise NotFound("该扫描件已不存在，请刷新后再试。")
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    from app.documents.batch import safe_file_name

    stem, suffix = Path(scan.file_name).stem, Path(scan.file_name).suffix
    target = folder / f"{safe_file_name(stem)}{suffix}"
    n = 1
    while target.exists() and hashlib.sha256(target.read_bytes()).hexdigest() != scan.sha256:
        n += 1
        target = folder / f"{safe_file_name(stem)}（{n}）{suffix}"
    target.write_bytes(bytes(scan.data))
    return target


def delete_scan(scan_id: int) -> None:
    with database.atomic():
        if PledgeScan.delete().where(PledgeScan.id == scan_id).execute() == 0:
            raise NotFound("该扫描件已不存在，请刷新后再试。")
    events.changed(Topic.PLEDGES)


# ---------------------------------------------------------------- listing

@dataclass(frozen=True)
class PledgeRow:
    id: int
    template_id: int
    template_name: str
    version: int
    signer_kind: str
    name: str
    unit: str
    department: str
    post: str
    status: str
    issued_at: dt.datetime
    printed_at: dt.datetime | None
    print_count: int
    signed_on: dt.date | None
    signed_on_screen: bool
    archived_at: dt.datetime | None
    scans: int
    unit_order: int
    department_order: int


def pledge_rows(*, template_id: int | None = None, unit: str | None = None, status: str | None = None,
                text: str = "", ids: list[int] | None = None) -> list[PledgeRow]:
    """Current pledges (not replaced), by unit, department and issue order."""
    scan_counts = (PledgeScan.select(PledgeScan.pledge, pw.fn.COUNT(PledgeScan.id).alias("n"))
                   .group_by(PledgeScan.pledge).alias("sc"))
    query = (Pledge.select(Pledge.id, Pledge.template, PledgeTemplate.name.alias("template_name"),
                           PledgeTemplateVersion.number.alias("version_number"), Pledge.signer_kind, Pledge.name,
                           Pledge.unit, Pledge.department, Pledge.post, Pledge.status, Pledge.issued_at,
                           Pledge.printed_at, Pledge.print_count, Pledge.signed_on, Pledge.signed_on_screen,
                           Pledge.archived_at, scan_counts.c.n.alias("scans"), Pledge.unit_order,
                           Pledge.department_order)
             .join(PledgeTemplate, on=(Pledge.template == PledgeTemplate.id))
             .switch(Pledge).join(PledgeTemplateVersion, on=(Pledge.version == PledgeTemplateVersion.id))
             .switch(Pledge).join(scan_counts, pw.JOIN.LEFT_OUTER, on=(scan_counts.c.pledge_id == Pledge.id))
             .where(Pledge.replaced_at.is_null()))
    if template_id:
        query = query.where(Pledge.template == template_id)
    if unit:
        query = query.where(Pledge.unit == unit)
    if status:
        query = query.where(Pledge.status == status)
    text = (text or "").strip()
    if text:
        query = query.where(Pledge.name.contains(text) | Pledge.department.contains(text) | Pledge.post.contains(text))
    if ids is not None:
        query = query.where(Pledge.id.in_(ids))
    query = query.order_by(Pledge.unit_order, Pledge.department_order, Pledge.template, Pledge.id)
    return [PledgeRow(r["id"], r["template"], r["template_name"], r["version_number"], r["signer_kind"], r["name"],
                      r["unit"], r["department"], r["post"], r["status"], r["issued_at"], r["printed_at"],
                      r["print_count"], r["signed_on"], bool(r["signed_on_screen"]), r["archived_at"],
                      r["scans"] or 0, r["unit_order"], r["department_order"]) for r in query.dicts()]


def pledge_units() -> list[str]:
    """Units (and outside leaders' organizations) that have pledges, in print order."""
    query = (Pledge.select(Pledge.unit, pw.fn.MIN(Pledge.unit_order).alias("o"))
             .where(Pledge.replaced_at.is_null()).group_by(Pledge.unit).order_by(pw.SQL("o")))
    return [unit for unit, _o in query.tuples()]


def history(pledge_id: int) -> list[tuple[str, dt.datetime | dt.date, str]]:
    """(step, when, who) for the record's detail view."""
    pledge, = _load([pledge_id])
    steps = [("下发", pledge.issued_at, pledge.issued_by)]
    if pledge.printed_at:
        steps.append((f"打印（共{pledge.print_count}次）", pledge.printed_at, pledge.printed_by))
    if pledge.signed_at:
        how = "屏幕签名" if pledge.signed_on_screen else "纸质签署登记"
        steps.append((f"{how}，签署日期 {pledge.signed_on:%Y-%m-%d}", pledge.signed_at, pledge.signed_by))
    if pledge.archived_at:
        steps.append(("归档", pledge.archived_at, pledge.archived_by))
    return steps


# ---------------------------------------------------------------- printing

def _print_items(ids: list[int]):
    from app.documents.batch import BatchItem
    from app.pledges.documents.pledge import document_title, fitted_story

    pledges = _load(ids)
    pledges.sort(key=lambda p: (p.unit_order, p.department_order, p.template_id, p.id))
    version_cache: dict[int, PledgeTemplateVersion] = {}
    texts = {}
    for version in PledgeTemplateVersion.select().where(
            PledgeTemplateVersion.id.in_(list({p.version_id for p in pledges}))):
        version_cache[version.id] = version
        texts[version.id] = TemplateText.of(version)
    signatures = {}
    screen_ids = [p.id for p in pledges if p.signed_on_screen and p.status in DONE]
    for start in range(0, len(screen_ids), 500):
        for row in PledgeSignature.select().where(PledgeSignature.pledge.in_(screen_ids[start:start + 500])):
            signatures[row.pledge_id] = bytes(row.image)
    items = []
    for pledge in pledges:
        signer = _signer_of(pledge)
        screen = pledge.id in signatures
        text = _render(texts[pledge.version_id], signer, pledge.signed_on if screen else None, signatures.get(pledge.id))
        items.append(BatchItem(label=f"{pledge.unit} {pledge.name}", file_name=f"{pledge.unit}-{pledge.name}",
                               make_story=lambda text=text: fitted_story(text)[0], title=document_title(text)))
    return pledges, items


def print_batch(ids: list[int], out: Path | str, progress: Progress | None = None, *, mark: bool = True):
    """All the pledges in one PDF, one per page, by unit and department; then marks them printed."""
    from app.documents.batch import one_pdf

    progress = progress or NullProgress()
    pledges, items = _print_items(ids)
    title = pledges[0].template.name if len({p.template_id for p in pledges}) == 1 else "承诺书"
    result = one_pdf(out, items, progress, title=title, author=settings.get("office_name"), page_numbers=False)
    if mark:
        mark_printed([p.id for p in pledges])
    return result


def print_each(ids: list[int], folder: Path | str, progress: Progress | None = None, *, mark: bool = True):
    """One PDF per person in `folder`, named 单位-姓名.pdf; then marks them printed."""
    from app.documents.batch import one_file_each

    progress = progress or NullProgress()
    pledges, items = _print_items(ids)
    result = one_file_each(folder, items, progress, title="承诺书", author=settings.get("office_name"),
                           page_numbers=False)
    if mark:
        mark_printed([p.id for p in pledges])
    return result


def pledge_pdf(pledge_id: int, out: Path | str) -> Path:
    """One pledge as it stands (with the on-screen signature and date once signed on screen)."""
    from app.documents import layout
    from app.pledges.documents.pledge import document_title, fitted_story

    pledge, = _load([pledge_id])
    text = pledge_text(pledge)
    return layout.build(out, fitted_story(text)[0], title=document_title(text), page_numbers=False,
                        author=settings.get("office_name"))


def preview_pdf_bytes(text: TemplateText, audience: str = OFFICER) -> bytes:
    """The template filled in for a made-up signer, as PDF bytes (the editor's live preview)."""
    from app.documents import layout
    from app.pledges.documents.pledge import fitted_story

    story, _density = fitted_story(sample_text(text, audience))
    return layout.build_bytes(story, title=text.title or "承诺书", page_numbers=False)


# ---------------------------------------------------------------- progress

@dataclass(frozen=True)
class ProgressRow:
    template_id: int
    template_name: str
    unit: str
    issued: int
    printed: int  # reached 已打印 or beyond (signed on screen counts as not printed)
    signed: int  # 已签署 + 已归档
    archived: int

    @property
    def not_signed(self) -> int:
        return self.issued - self.signed

    @property
    def percent(self) -> float:
        return 100.0 * self.signed / self.issued if self.issued else 0.0


def progress_rows(template_id: int | None = None) -> list[ProgressRow]:
    """Per template and unit: issued, printed, signed, archived (current pledges only)."""
    query = (Pledge.select(Pledge.template, PledgeTemplate.name, PledgeTemplate.sort_order, Pledge.unit,
                           pw.fn.MIN(Pledge.unit_order), Pledge.status, pw.fn.COUNT(Pledge.id),
                           pw.fn.COUNT(Pledge.printed_at))
             .join(PledgeTemplate, on=(Pledge.template == PledgeTemplate.id))
             .where(Pledge.replaced_at.is_null())
             .group_by(Pledge.template, Pledge.unit, Pledge.status))
    if template_id:
        query = query.where(Pledge.template == template_id)
    groups: dict[tuple, dict] = {}
    for tid, tname, torder, unit, uorder, status, n, printed in query.tuples():
        g = groups.setdefault((torder, tid, uorder, unit), {"name": tname, "issued": 0, "printed": 0,
                                                             "signed": 0, "archived": 0})
        g["issued"] += n
        g["printed"] += printed
        g["signed"] += n if status in DONE else 0
        g["archived"] += n if status == ARCHIVED else 0
    return [ProgressRow(tid, g["name"], unit, g["issued"], g["printed"], g["signed"], g["archived"])
            for (_to, tid, _uo, unit), g in sorted(groups.items(), key=lambda kv: kv[0])]


def unsigned_rows(template_id: int | None = None, unit: str | None = None) -> list[PledgeRow]:
    rows = pledge_rows(template_id=template_id, unit=unit)
    return [r for r in rows if r.status not in DONE]


def progress_report_pdf(out: Path | str, template_id: int | None = None, unit: str | None = None) -> Path:
    """签署进度 for printing: per template, a table per unit (issued, printed, signed, archived, not signed,
    rate) with totals; then, per template, who has not signed yet."""
    from reportlab.lib.enums import TA_CENTER, TA_RIGHT
    from reportlab.platypus import CondPageBreak

    from app.documents import layout
    from app.pledges.documents.pledge import cn_number

    rows = [r for r in progress_rows(template_id) if not unit or r.unit == unit]
    if not rows:
        raise NotFound("所选范围内还没有下发承诺书。")
    width = layout.TEXT_WIDTH
    by_template: dict[int, list[ProgressRow]] = {}
    for row in rows:
        by_template.setdefault(row.template_id, []).append(row)
    issued, signed = sum(r.issued for r in rows), sum(r.signed for r in rows)
    scope = "、".join(f"《{group[0].template_name}》" for group in by_template.values()) + (f"（{unit}）" if unit else "")
    story = [layout.title("承诺书签订进度"),
             layout.body(f"统计范围：{scope}。截至{layout.cn_date(dt.date.today())}，共下发{issued}份，"
                         f"已签署{signed}份，完成率{100.0 * signed / issued:.1f}%；未签署{issued - signed}份，"
                         "名单附后。")]

    def number(value) -> object:
        return layout.cell(value, 10.5, align=TA_RIGHT)

    def rate(a: int, b: int) -> str:
        return f"{100.0 * a / b:.1f}%" if b else "—"

    columns = [width * f for f in (0.34, 0.1, 0.11, 0.11, 0.11, 0.11, 0.12)]
    for index, group in enumerate(by_template.values(), start=1):
        story.append(layout.heading1(f"{cn_number(index)}、{group[0].template_name}"))
        table = [["单位", "下发", "已打印", "已签署", "已归档", "未签署", "完成率"]]
        for r in group:
            table.append([r.unit, *map(number, (r.issued, r.printed, r.signed, r.archived, r.not_signed)),
                          number(rate(r.signed, r.issued))])
        totals = [sum(getattr(r, name) for r in group) for name in ("issued", "printed", "signed", "archived")]
        table.append([layout.cell("合计", 10.5, layout.HEI, TA_CENTER), *map(number, totals),
                      number(totals[0] - totals[2]), number(rate(totals[2], totals[0]))])
        story.append(layout.grid_table(table, columns, size=10.5))
        story.append(layout.blank_lines(1))
    missing = unsigned_rows(template_id, unit)

    def heading_before_long_table(flowable):
        # A long list should start under its heading on the current page, not jump whole to the next:
        # move on only when fewer than a few rows would fit.
        flowable.keepWithNext = False
        return [CondPageBreak(5 * layout.LINE_PITCH), flowable]

    story += heading_before_long_table(layout.heading1(f"{cn_number(len(by_template) + 1)}、未签署名单（{len(missing)}人）"))
    if not missing:
        story.append(layout.body("所选范围内的承诺书已全部签署。"))
    names_columns = [width * f for f in (0.08, 0.13, 0.3, 0.22, 0.15, 0.12)]
    index = 0
    for group in by_template.values():
        people = [r for r in missing if r.template_id == group[0].template_id]
        if not people:
            continue
        index += 1
        story += heading_before_long_table(
            layout.heading2(f"（{cn_number(index)}）", f"{group[0].template_name}，{len(people)}人"))
        table = [["序号", "姓名", "单位", "部门", "职务", "状态"]]
        for n, r in enumerate(people, 1):
            table.append([number(n), r.name, r.unit, r.department or "—",
                          r.post or ("干警" if r.signer_kind == OFFICER else "—"), r.status])
        story.append(layout.grid_table(table, names_columns, size=10.5))
    return layout.build(out, story, title="承诺书签订进度", author=settings.get("office_name"))


# ---------------------------------------------------------------- feature hooks

def stats() -> dict:
    """`stats --json` → pledges: per template key: issued, printed, signed, archived (current pledges;
    printed/signed count those that reached the step, so archived ones are also signed)."""
    result = {}
    by_template = {t.id: t for t in templates()}
    totals = {tid: {"name": t.name, "issued": 0, "printed": 0, "signed": 0, "archived": 0}
              for tid, t in by_template.items()}
    for row in progress_rows():
        figures = totals[row.template_id]
        figures["issued"] += row.issued
        figures["printed"] += row.printed
        figures["signed"] += row.signed
        figures["archived"] += row.archived
    for tid, figures in totals.items():
        figures["not_signed"] = figures["issued"] - figures["signed"]
        result[by_template[tid].key] = figures
    return result


def add_commands(registry) -> None:
    sub = registry.print_kind("pledges", "承诺书：每人一页，按单位、部门排序；打印后标记为已打印", _run_print)
    sub.add_argument("--template", required=True, metavar="KEY",
                     help="模板代号：" + "、".join(DEFAULT_KEYS) + "（或自建模板的代号）")
    sub.add_argument("--unit", metavar="NAME", help="只打印该单位（全称或简称；领导干部为其所在单位）")


def _run_print(args) -> int:
    template = template_by_key(args.template)
    unit = (args.unit or "").strip()
    if unit:
        match = Unit.get_or_none((Unit.name == unit) | (Unit.short_name == unit))
        unit = match.name if match is not None else unit
    rows = pledge_rows(template_id=template.id, unit=unit or None)
    if not rows:
        where = f"单位“{unit}”" if unit else "任何人"
        raise NotFound(f"尚未向{where}下发《{template.name}》，没有可打印的承诺书。")
    out = Path(args.out)
    if out.suffix.lower() != ".pdf":
        from app.errors import AppError

        raise AppError(f"输出文件应以 .pdf 结尾：{out}")
    pending = sum(1 for r in rows if r.status == PENDING)
    result = print_batch([r.id for r in rows], out)
    print(f"已生成 {out}：{len(rows)} 份《{template.name}》，共 {result.pages} 页；{pending} 份由“待打印”改为“已打印”。")
    return 0


def populate_demo(ctx) -> None:
    """Every campaign officer has the officer pledge and the political pledge; the 218 outside leaders the
    public pledge. Most are signed or archived; 县公安局 and 县司法局 still have some out."""
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
        note="教整办审定：第三条写明“六大顽瘴痼疾”。", created_by=settings.get("contact_person") or "教整办",
        created_at=_at(study_last - dt.timedelta(days=3), 10))
    officers = officer_signers()
    leaders = leader_signers()
    plans = [  # template, signers, issue day, days to sign, units with people still out
        (PledgeTemplate.get(PledgeTemplate.key == "officer-three-rules"), officers,
         study_first + dt.timedelta(days=12), {"青山县公安局": 0.05}),
        (political, officers, check_first + dt.timedelta(days=3), {"青山县公安局": 0.12, "青山县司法局": 0.1}),
        (PledgeTemplate.get(PledgeTemplate.key == "leader-public"), leaders,
         study_first + dt.timedelta(days=15), {"城关镇": 0.3, "县交通运输局": 0.34}),
    ]
    actor = settings.get("contact_person") or "教整办"
    rows = []
    for template, signers, issue_day, late_units in plans:
        version = reviewed if template.id == political.id else latest_version(template)
        issue_day = min(issue_day, ctx.today - dt.timedelta(days=8))
        printed_day = issue_day + dt.timedelta(days=1)
        for signer in signers:
            late = rng.random() < late_units.get(signer.unit, 0.0)
            row = dict(template=template.id, version=version.id, signer_kind=signer.kind,
                       officer=signer.id if signer.kind == OFFICER else None,
                       leader=signer.id if signer.kind == LEADER else None, name=signer.name, unit=signer.unit,
                       department=signer.department, post=signer.post, unit_order=signer.unit_order,
                       department_order=signer.department_order, issued_at=_at(issue_day, 9), issued_by=actor,
                       uuid=_uuid(), created_at=_at(issue_day, 9), updated_at=_at(issue_day, 9),
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


_DEMO_DEFAULTS = {"signed_on": None, "signed_at": None, "signed_by": "", "archived_at": None, "archived_by": "",
                  "status": PENDING}


def _at(day: dt.date, hour: int) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour, 0))
