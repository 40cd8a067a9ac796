"""The 问题线索 ledger: registering a clue (numbered XS-年份-序号), the plain rows tables and documents show, with
the deadline state worked out as in the feedback ledger, and the ledger's filters (source, status, overdue)."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import peewee as pw

from app import events
from app.common.safe_text import clean_into
from app.errors import ValidationError, ValidationErrors
from app.common import deadlines
from app.common.deadlines import DUE_OVERDUE, due_text
from app.rectify._common import (MAX_LINE, MAX_TEXT, TOPIC, choice, log_step, officer_by_id, parse_date,
                                 require_clue_access, today)
from app.rectify.models import (CLUE_SOURCES, CLUE_STATUSES, OPEN_CLUE_STATUSES, SOURCE_SELF_CHECK, Clue,
                                SelfCheckItem)
from app.roster.models import Officer, Unit
from app.store.db import database

CODE_PREFIX = "XS"
MANUAL_SOURCES = tuple(s for s in CLUE_SOURCES if s != SOURCE_SELF_CHECK)  # 自查移交 comes from a review


def clue_due_state(status: str, deadline: dt.date | None, on: dt.date) -> tuple[str, int | None]:
    """(DUE_OVERDUE | DUE_SOON | "", days left): overdue when the deadline has passed and the clue is not 已办结."""
    return deadlines.due_state(status in OPEN_CLUE_STATUSES, deadline, on)


def next_code(year: int) -> str:
    prefix = f"{CODE_PREFIX}-{year}-"
    codes = [c for (c,) in Clue.select(Clue.code).where(Clue.code.startswith(prefix)).tuples()]
    numbers = [int(c[len(prefix):]) for c in codes if c[len(prefix):].isdigit()]
    return f"{prefix}{max(numbers, default=0) + 1:03d}"


@dataclass
class ClueData:
    source: str = ""
    received_on: dt.date | str | None = None
    officer_id: int | None = None
    subject_name: str = ""
    content: str = ""
    remarks: str = ""


def register_clue(data: ClueData) -> Clue:
    """A clue from a source other than a self-check (上级交办, 纪委信访室移交, 审查发现, 举报, 其他)."""
    require_clue_access()
    errors: list = []
    if data.source == SOURCE_SELF_CHECK:
        errors.append(ValidationError("线索来源", "“自查移交”的线索由个人自查事项在市教整办审核时移交生成"))
        source = ""
    else:
        source = choice(data.source, MANUAL_SOURCES, "线索来源", errors)
    received_on = parse_date(data.received_on, "收到日期", errors, required=True)
    officer = officer_by_id(data.officer_id, "被反映人", errors, required=False)
    subject = clean_into(errors, data.subject_name, MAX_LINE, "被反映人姓名")
    if officer is None and not subject and data.officer_id in (None, ""):
        errors.append(ValidationError("被反映人", "请从人员台账中选择，或填写被反映人姓名"))
    content = clean_into(errors, data.content, MAX_TEXT, "线索内容", multiline=True)
    if not content:
        errors.append(ValidationError("线索内容", "必须填写"))
    remarks = clean_into(errors, data.remarks, MAX_TEXT, "备注", multiline=True)
    if received_on and received_on > today():
        errors.append(ValidationError("收到日期", "不能晚于今天"))
    if errors:
        raise ValidationErrors(errors)
    with database.atomic():
        clue = new_clue(source, received_on, officer=officer, subject_name=subject or (officer.name if officer else ""),
                        content=content, remarks=remarks)
    events.changed(TOPIC)
    return clue


def new_clue(source: str, received_on: dt.date, *, officer: Officer | None, subject_name: str, content: str,
             item: SelfCheckItem | None = None, remarks: str = "") -> Clue:
    """Insert one numbered clue and its first history line. The caller holds the transaction."""
    clue = Clue.create(code=next_code(received_on.year), source=source, received_on=received_on, officer=officer,
                       subject_name=subject_name, content=content, self_check_item=item, remarks=remarks,
                       status=CLUE_STATUSES[0])
    log_step(clue, "登记", f"来源：{source}", to_status=clue.status)
    return clue


def delete_clue(clue_id: int, reason: str) -> None:
    """Take back a clue registered by mistake: only one from another source, still 待处置, with a reason kept in
    its history (it then goes to the trash). A 自查移交 clue belongs to its self-check item's review."""
    from app.rectify._common import get_clue
    from app.errors import Conflict

    require_clue_access()
    errors: list = []
    reason = clean_into(errors, reason, MAX_TEXT, "删除理由", multiline=True)
    if not reason and not errors:
        errors.append(ValidationError("删除理由", "必须填写"))
    if errors:
        raise ValidationErrors(errors)
    with database.atomic():
        clue = get_clue(clue_id)
        if clue.source == SOURCE_SELF_CHECK or clue.status != CLUE_STATUSES[0]:
            raise Conflict(f"{clue.code} 是自查移交的线索或已开始处置，不能删除。")
        log_step(clue, "删除", reason, from_status=clue.status)
        clue.move_to_trash()
    events.changed(TOPIC)


@dataclass(frozen=True)
class ClueRow:
    id: int
    code: str
    source: str
    received_on: dt.date
    officer_id: int | None
    subject: str  # 被反映人
    officer_unit: str  # the unit of the officer named, short name
    content: str
    self_check_item_id: int | None
    status: str
    disposal: str
    unit: str  # 承办单位, short name
    unit_full: str
    handler: str
    deadline: dt.date | None
    result: str
    concluded_on: dt.date | None
    remarks: str
    due: str
    days_left: int | None

    @property
    def due_text(self) -> str:
        return due_text(self.due, self.days_left)

    @property
    def overdue(self) -> bool:
        return self.due == DUE_OVERDUE

    @property
    def responsible(self) -> str:
        return "／".join(x for x in (self.unit, self.handler) if x)

    def matches(self, text: str) -> bool:
        words = text.strip().lower().split()
        haystack = " ".join((self.code, self.source, self.subject, self.officer_unit, self.content, self.status,
                             self.disposal, self.unit, self.handler, self.result, self.remarks)).lower()
        return all(w in haystack for w in words)


def _clue_rows(on: dt.date, ids: list[int] | None = None) -> list[ClueRow]:
    handling = Unit.alias()
    query = (Clue.select(Clue, Officer.name.alias("officer_name"), Unit.short_name.alias("officer_unit_short"),
                         Unit.name.alias("officer_unit_name"), handling.short_name.alias("unit_short"),
                         handling.name.alias("unit_name"))
             .join(Officer, pw.JOIN.LEFT_OUTER, on=(Clue.officer == Officer.id))
             .join(Unit, pw.JOIN.LEFT_OUTER, on=(Officer.unit == Unit.id))
             .switch(Clue)
             .join(handling, pw.JOIN.LEFT_OUTER, on=(Clue.unit == handling.id))
             .where(Clue.deleted_at.is_null())
             .order_by(Clue.received_on, Clue.code))
    if ids is not None:
        query = query.where(Clue.id.in_(ids))
    rows = []
    for r in query.dicts():
        state, left = clue_due_state(r["status"], r["deadline"], on)
        rows.append(ClueRow(
            id=r["id"], code=r["code"], source=r["source"], received_on=r["received_on"], officer_id=r["officer"],
            subject=r["subject_name"] or r["officer_name"] or "",
            officer_unit=r["officer_unit_short"] or r["officer_unit_name"] or "", content=r["content"],
            self_check_item_id=r["self_check_item"], status=r["status"], disposal=r["disposal"],
            unit=r["unit_short"] or r["unit_name"] or "", unit_full=r["unit_name"] or "", handler=r["handler"],
            deadline=r["deadline"], result=r["result"], concluded_on=r["concluded_on"], remarks=r["remarks"],
            due=state, days_left=left))
    return rows


def clue_rows(*, source: str | None = None, status: str | None = None, overdue: bool = False,
              on: dt.date | None = None) -> list[ClueRow]:
    """The ledger, in order received; filtered by source, status and overdue. Needs 问题线索."""
    require_clue_access()
    errors: list = []
    if source:
        choice(source, CLUE_SOURCES, "线索来源", errors)
    if status:
        choice(status, CLUE_STATUSES, "状态", errors)
    if errors:
        raise ValidationErrors(errors)
    return [r for r in _clue_rows(on or today())
            if (not source or r.source == source) and (not status or r.status == status)
            and (not overdue or r.overdue)]


def clue_row(clue_id: int, on: dt.date | None = None) -> ClueRow:
    from app.errors import NotFound

    require_clue_access()
    rows = _clue_rows(on or today(), [clue_id])
    if not rows:
        raise NotFound("该问题线索已不存在（可能已被删除），请刷新后再试。")
    return rows[0]
