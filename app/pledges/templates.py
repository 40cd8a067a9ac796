"""Pledge templates and their immutable versions: the three we ship, the office's own, editing a text (a new
version; issued pledges keep theirs), approving a draft.

`validate_text` checks the parts of a text (title, clauses, placeholders, lengths); whether the whole text
still fits one A4 page is a question for the page layout, asked by app.pledges.editor before it saves.
"""
from __future__ import annotations

import json
import re
import sys
from dataclasses import dataclass, field

import peewee as pw

from app import events
from app.common.safe_text import clean_into, clean_text
from app.errors import Conflict, NotFound, ValidationError, ValidationErrors
from app.events import Topic
from app.paths import resource_path
from app.pledges.models import AUDIENCES, DONE, Pledge, PledgeTemplate, PledgeTemplateVersion
from app.safety.access import current_actor
from app.store.base import now
from app.store.db import database

DEFAULT_KEYS = ("officer-three-rules", "political-rectification", "leader-public")

PLACEHOLDERS = {
    "姓名": "承诺人姓名",
    "单位": "单位全称（领导干部为其所在单位）",
    "部门": "部门（庭、科、队、所）",
    "职务": "职务（干警未填职务时为“干警”）",
    "单位及职务": "单位、部门和职务连写，如“青山县人民法院刑事审判庭庭长”",
    "日期": "签署日期（未签署时留空待手写）",
    "县": "本县名称（设置中的“县名”）",
}
PLACEHOLDER = re.compile(r"\{([^{}]{1,10})\}")
_CLAUSE_NUMBER = re.compile(r"^\s*(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[）)]|\d+[、.．)）])\s*")
MAX_CLAUSES = 20
TITLE_LIMIT = 40  # characters of the title and of the 主送 line
_NO_LIMIT = sys.maxsize  # the page decides how long the text parts may be (app.pledges.editor)


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


def get_template(template_id: int) -> PledgeTemplate:
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


def version_by_id(version_id: int) -> PledgeTemplateVersion | None:
    return PledgeTemplateVersion.get_or_none(PledgeTemplateVersion.id == version_id)


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


def strip_clause_number(clause: str) -> str:
    """"三、不接受…" → "不接受…": numbers are added when printed."""
    return _CLAUSE_NUMBER.sub("", clause.strip(), count=1).strip()


def validate_text(text: TemplateText) -> TemplateText:
    """A cleaned copy, or ValidationErrors naming each bad part. Clause numbers typed by the user
    ("一、", "1.", "（一）") are removed: they are added when printed."""
    errors: list[ValidationError] = []
    clean = TemplateText(title=clean_text(text.title, _NO_LIMIT),
                         preamble=clean_text(text.preamble, _NO_LIMIT, multiline=True),
                         closing=clean_text(text.closing, _NO_LIMIT, multiline=True),
                         addressee=clean_text(text.addressee, _NO_LIMIT).rstrip("：:"))
    clean.clauses = [strip_clause_number(clean_text(c, _NO_LIMIT)) for c in text.clauses]
    clean.clauses = [c for c in clean.clauses if c]
    if not clean.title:
        errors.append(ValidationError("标题", "不能为空"))
    else:
        clean_into(errors, clean.title, TITLE_LIMIT, "标题")
    clean_into(errors, clean.addressee, TITLE_LIMIT, "主送")
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
        unknown = [name for name in PLACEHOLDER.findall(value) if name not in PLACEHOLDERS]
        if unknown:
            errors.append(ValidationError(label, f"未知的占位符{{{unknown[0]}}}，可用：" +
                                          "、".join(f"{{{p}}}" for p in PLACEHOLDERS)))
    if errors:
        raise ValidationErrors(errors)
    return clean


def save_template_version(template_id: int, text: TemplateText, note: str = "") -> PledgeTemplateVersion | None:
    """Store the text as a new version (None when it equals the latest one). Issued pledges keep theirs.
    The editor (app.pledges.editor.save_template_version) first checks that the text fits two pages at 3号."""
    clean = validate_text(text)
    with database.atomic():
        template = get_template(template_id)
        latest = latest_version(template)
        if TemplateText.of(latest) == clean:
            return None
        version = PledgeTemplateVersion.create(
            template=template, number=latest.number + 1, title=clean.title, addressee=clean.addressee,
            preamble=clean.preamble, clauses=json.dumps(clean.clauses, ensure_ascii=False), closing=clean.closing,
            is_draft=False, note=clean_text(note, _NO_LIMIT)[:500], created_by=current_actor())
        template.name = clean.title if template.name == latest.title else template.name
        template.save()
    events.changed(Topic.PLEDGES)
    return version


def approve_version(version_id: int) -> PledgeTemplateVersion:
    """The office has reviewed a draft text: it is no longer marked as a draft."""
    with database.atomic():
        version = version_by_id(version_id)
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


def clean_template_name(name: str, audience: str) -> str:
    """The name of a new template, cleaned; ValidationError when it is empty or the audience unknown."""
    name = clean_text(name, _NO_LIMIT, "模板名称")
    if not name:
        raise ValidationError("模板名称", "不能为空")
    if audience not in AUDIENCES:
        raise ValidationError("适用对象", f"应为{'或'.join(AUDIENCES.values())}")
    return name


def create_template(name: str, audience: str, text: TemplateText) -> PledgeTemplate:
    """A new template of the office's own (e.g. copied from one of ours and changed). The editor
    (app.pledges.editor.create_template) first checks that the text fits two pages at 3号."""
    name = clean_template_name(name, audience)
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
