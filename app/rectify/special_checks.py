"""专项排查: the 七查, the 五项排查 and the clearance of former judges and prosecutors practising law, each with
its scope (a unit, or the whole county), dates and how much was examined (卷宗 read, cases re-examined, people
checked); and the problems found, each becoming a clue (source 审查发现, in the same transaction), an item to
rectify, or nothing. Scope and counts are open to every reader; what was found needs 问题线索."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import peewee as pw

from app import events
from app.common.safe_text import clean_into
from app.errors import NotFound, ValidationError, ValidationErrors
from app.rectify._common import (MAX_LINE, MAX_TEXT, TOPIC, choice, officer_by_id, parse_date, require_clue_access,
                                 today, unit_by_name)
from app.rectify.clues import new_clue
from app.rectify.models import (CHECK_GROUPS, CHECK_KINDS, EXAMINED_UNITS, FINDING_ACTIONS, SOURCE_CHECK, TO_CLUE,
                                CheckFinding, Clue, SpecialCheck)
from app.roster.models import Officer, Unit
from app.store.db import database
from app.store.base import create_or_update

WHOLE_COUNTY = "全县"
GROUP_OF = {kind: group for group, kinds in CHECK_GROUPS for kind in kinds}


@dataclass
class CheckData:
    kind: str = ""
    unit: str = ""  # full or short name; "" for the whole county
    started_on: dt.date | str | None = None
    ended_on: dt.date | str | None = None
    examined: int | str = 0
    examined_unit: str = "件"
    examined_what: str = ""
    notes: str = ""


def _validated(data: CheckData) -> dict:
    errors: list = []
    kind = choice(data.kind, CHECK_KINDS, "排查项目", errors)
    unit = unit_by_name(data.unit, "单位", errors)
    started = parse_date(data.started_on, "开始日期", errors, required=True)
    ended = parse_date(data.ended_on, "结束日期", errors)
    try:
        examined = int(data.examined or 0)
        if examined < 0:
            raise ValueError
    except (TypeError, ValueError):
        errors.append(ValidationError("排查数量", f"“{data.examined}”不是有效的数量（应为0或正整数）"))
        examined = 0
    examined_unit = choice(data.examined_unit, EXAMINED_UNITS, "计量单位", errors)
    what = clean_into(errors, data.examined_what, MAX_LINE, "排查对象")
    notes = clean_into(errors, data.notes, MAX_TEXT, "备注", multiline=True)
    if started and ended and ended < started:
        errors.append(ValidationError("结束日期", "不能早于开始日期"))
    if errors:
        raise ValidationErrors(errors)
    return dict(kind=kind, unit=unit, started_on=started, ended_on=ended, examined=examined,
                examined_unit=examined_unit, examined_what=what, notes=notes)


def save_check(data: CheckData, check_id: int | None = None) -> SpecialCheck:
    values = _validated(data)
    with database.atomic():
        check = create_or_update(SpecialCheck, values, check_id, _get_check)
    events.changed(TOPIC)
    return check


def _get_check(check_id: int) -> SpecialCheck:
    check = SpecialCheck.get_or_none((SpecialCheck.id == check_id) & SpecialCheck.deleted_at.is_null())
    if check is None:
        raise NotFound("该专项排查已不存在（可能已被删除），请刷新后再试。")
    return check


@dataclass(frozen=True)
class CheckRow:
    id: int
    group: str
    kind: str
    scope: str
    unit_name: str
    started_on: dt.date
    ended_on: dt.date | None
    examined: int
    examined_unit: str
    examined_what: str
    notes: str
    findings: int
    to_clues: int

    @property
    def examined_text(self) -> str:
        return f"{self.examined_what}{self.examined}{self.examined_unit}" if self.examined else ""


def check_rows() -> list[CheckRow]:
    """Every special check, 七查 first, then 五项排查 and the clearance. Counts only: no permission needed."""
    counts: dict[int, list[int]] = {}
    for check_id, action, n in (CheckFinding.select(CheckFinding.check, CheckFinding.action, pw.fn.COUNT(CheckFinding.id))
                                .group_by(CheckFinding.check, CheckFinding.action).tuples()):
        line = counts.setdefault(check_id, [0, 0])
        line[0] += n
        if action == TO_CLUE:
            line[1] += n
    query = (SpecialCheck.select(SpecialCheck, Unit.short_name.alias("unit_short"), Unit.name.alias("unit_full"))
             .join(Unit, pw.JOIN.LEFT_OUTER, on=(SpecialCheck.unit == Unit.id))
             .where(SpecialCheck.deleted_at.is_null()).dicts())
    rows = [CheckRow(id=r["id"], group=GROUP_OF.get(r["kind"], ""), kind=r["kind"],
                     scope=r["unit_short"] or r["unit_full"] or WHOLE_COUNTY, unit_name=r["unit_full"] or "",
                     started_on=r["started_on"], ended_on=r["ended_on"], examined=r["examined"],
                     examined_unit=r["examined_unit"], examined_what=r["examined_what"], notes=r["notes"],
                     findings=counts.get(r["id"], [0, 0])[0], to_clues=counts.get(r["id"], [0, 0])[1])
            for r in query]
    rows.sort(key=lambda r: (CHECK_KINDS.index(r.kind) if r.kind in CHECK_KINDS else 99, r.started_on, r.id))
    return rows


def add_finding(check_id: int, *, found_on, description: str, action: str, officer_id=None) -> CheckFinding:
    """Record a problem a check found; 移交问题线索 registers a clue (source 审查发现) in the same transaction."""
    require_clue_access()
    errors: list = []
    found_on = parse_date(found_on, "发现日期", errors, required=True)
    description = clean_into(errors, description, MAX_TEXT, "发现问题", multiline=True)
    if not description:
        errors.append(ValidationError("发现问题", "必须填写"))
    action = choice(action, FINDING_ACTIONS, "处理方式", errors)
    officer = officer_by_id(officer_id, "涉及人员", errors, required=action == TO_CLUE)
    if found_on and found_on > today():
        errors.append(ValidationError("发现日期", "不能晚于今天"))
    if errors:
        raise ValidationErrors(errors)
    with database.atomic():
        check = _get_check(check_id)
        if found_on < check.started_on:
            raise ValidationError("发现日期", f"不能早于排查开始日期 {check.started_on:%Y-%m-%d}")
        clue = None
        if action == TO_CLUE:
            clue = new_clue(SOURCE_CHECK, found_on, officer=officer, subject_name=officer.name,
                            content=f"{check.kind}发现：{description}")
        finding = CheckFinding.create(check=check, found_on=found_on, officer=officer, description=description,
                                      action=action, clue=clue)
    events.changed(TOPIC)
    return finding


@dataclass(frozen=True)
class FindingRow:
    id: int
    check_id: int
    found_on: dt.date
    officer_name: str
    description: str
    action: str
    clue_code: str


def finding_rows(check_id: int) -> list[FindingRow]:
    """What one check found. Needs 问题线索."""
    require_clue_access()
    query = (CheckFinding.select(CheckFinding, Officer.name.alias("officer_name"), Clue.code.alias("clue_code"))
             .join(Officer, pw.JOIN.LEFT_OUTER, on=(CheckFinding.officer == Officer.id))
             .switch(CheckFinding)
             .join(Clue, pw.JOIN.LEFT_OUTER, on=(CheckFinding.clue == Clue.id))
             .where(CheckFinding.check == check_id).order_by(CheckFinding.found_on, CheckFinding.id).dicts())
    return [FindingRow(r["id"], r["check"], r["found_on"], r["officer_name"] or "", r["description"], r["action"],
                       r["clue_code"] or "") for r in query]
