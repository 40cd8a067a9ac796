"""个人自查事项: an officer's items from the 自查表, and their three reviews, strictly in order —
单位初审 → 线索组复审 → 市教整办审核 — each with reviewer, date and opinion. The 市教整办审核 fixes the outcome
(不计入问题线索 / 个人整改 / 第一种形态处理 / 移交线索组); 移交线索组 registers a clue (source 自查移交) in the
same transaction. Policy: 自查从宽、被查从严 (models.POLICY)."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import peewee as pw

from app import events
from app.common.safe_text import clean_into
from app.errors import Conflict, NotFound, ValidationError, ValidationErrors
from app.rectify._common import (MAX_LINE, MAX_TEXT, TOPIC, choice, get_item, officer_by_id, parse_date,
                                 require_clue_access, today)
from app.rectify.clues import new_clue
from app.rectify.models import (CATEGORIES, OUTCOME_TO_CLUES, OUTCOMES, REVIEW_STEPS, SOURCE_SELF_CHECK, STAGES,
                                Clue, SelfCheckItem, SelfCheckReview)
from app.roster.models import Officer, Unit
from app.safety import access
from app.store.db import database


@dataclass
class ItemData:
    officer_id: int | None = None
    reported_on: dt.date | str | None = None
    category: str = ""
    content: str = ""
    disclosed: bool = True
    source_talk_id: int | None = None
    remarks: str = ""


def _validated(data: ItemData) -> dict:
    errors: list = []
    officer = officer_by_id(data.officer_id, "干警", errors)
    reported_on = parse_date(data.reported_on, "填报日期", errors, required=True)
    category = choice(data.category, CATEGORIES, "类别", errors)
    content = clean_into(errors, data.content, MAX_TEXT, "自查事项", multiline=True)
    if not content:
        errors.append(ValidationError("自查事项", "必须填写"))
    remarks = clean_into(errors, data.remarks, MAX_TEXT, "备注", multiline=True)
    if reported_on and reported_on > today():
        errors.append(ValidationError("填报日期", "不能晚于今天"))
    if data.source_talk_id and officer is not None:
        from app.talks.models import Talk, TalkParticipant

        linked = (TalkParticipant.select().join(Talk)
                  .where((TalkParticipant.talk == data.source_talk_id) & (TalkParticipant.officer == officer.id)
                         & Talk.self_reported & Talk.deleted_at.is_null()).exists())
        if not linked:
            errors.append(ValidationError("来源谈话", "不是该干警标记了“主动说明问题”的谈话"))
    if errors:
        raise ValidationErrors(errors)
    return dict(officer=officer, reported_on=reported_on, category=category, content=content,
                disclosed=bool(data.disclosed), source_talk_id=data.source_talk_id, remarks=remarks)


def create_item(data: ItemData) -> SelfCheckItem:
    require_clue_access()
    values = _validated(data)
    with database.atomic():
        item = SelfCheckItem.create(**values)
    events.changed(TOPIC)
    return item


def update_item(item_id: int, data: ItemData) -> SelfCheckItem:
    """Correct an item; only before its first review (the reviews judged what was written)."""
    require_clue_access()
    values = _validated(data)
    with database.atomic():
        item = get_item(item_id)
        if item.stage != STAGES[0]:
            raise Conflict("该自查事项已进入审核，不能再修改内容（审核意见针对的是原填报内容）。")
        for key, value in values.items():
            setattr(item, key, value)
        item.save()
    events.changed(TOPIC)
    return item


def delete_item(item_id: int) -> None:
    """Take back an item entered by mistake, only before its first review (it then goes to the trash)."""
    require_clue_access()
    with database.atomic():
        item = get_item(item_id)
        if item.stage != STAGES[0]:
            raise Conflict("该自查事项已进入审核，不能删除（审核记录须完整保留）。")
        item.move_to_trash()
    events.changed(TOPIC)


def next_step(stage: str) -> str | None:
    """The review an item at `stage` waits for, or None when all three are done."""
    index = STAGES.index(stage)
    return REVIEW_STEPS[index] if index < len(REVIEW_STEPS) else None


def record_review(item_id: int, step: str, *, reviewer: str, reviewed_on, opinion: str = "",
                  outcome: str = "") -> SelfCheckItem:
    """One review of an item. `step` must be the next one; at 市教整办审核 the outcome is required and final."""
    require_clue_access()
    errors: list = []
    step = choice(step, REVIEW_STEPS, "审核环节", errors)
    reviewer = clean_into(errors, reviewer, MAX_LINE, "审核人")
    if not reviewer:
        errors.append(ValidationError("审核人", "必须填写"))
    reviewed_on = parse_date(reviewed_on, "审核日期", errors, required=True)
    opinion = clean_into(errors, opinion, MAX_TEXT, "审核意见", multiline=True)
    if not opinion:
        errors.append(ValidationError("审核意见", "必须填写"))
    outcome = choice(outcome, OUTCOMES, "处理意见", errors, required=step == REVIEW_STEPS[-1])
    if reviewed_on and reviewed_on > today():
        errors.append(ValidationError("审核日期", "不能晚于今天"))
    if errors:
        raise ValidationErrors(errors)
    with database.atomic():
        item = get_item(item_id)
        expected = next_step(item.stage)
        if expected is None:
            raise Conflict(f"该自查事项三级审核已完成（{item.outcome}），不能再审核。")
        if step != expected:
            raise Conflict(f"该自查事项当前应进行“{expected}”，不能跳到“{step}”（顺序：{' → '.join(REVIEW_STEPS)}）。")
        earlier = (SelfCheckReview.select(pw.fn.MAX(SelfCheckReview.reviewed_on))  # a date: peewee coerces
                   .where(SelfCheckReview.item == item).scalar())
        floor = max(d for d in (item.reported_on, earlier) if d is not None)
        if reviewed_on < floor:
            raise ValidationError("审核日期", f"不能早于{'上一环节审核' if earlier else '填报'}日期 {floor:%Y-%m-%d}")
        SelfCheckReview.create(item=item, step=step, reviewer=reviewer, reviewed_on=reviewed_on, opinion=opinion,
                               outcome=outcome, actor=access.current_actor())
        item.stage = STAGES[STAGES.index(item.stage) + 1]
        if step == REVIEW_STEPS[-1]:
            item.outcome = outcome
            if outcome == OUTCOME_TO_CLUES:
                officer = Officer.get_by_id(item.officer_id)
                new_clue(SOURCE_SELF_CHECK, reviewed_on, officer=officer, subject_name=officer.name,
                         content=item.content, item=item)
        item.save()
    events.changed(TOPIC)
    return item


# ---------------------------------------------------------------- rows

@dataclass(frozen=True)
class ReviewRow:
    step: str
    reviewer: str
    reviewed_on: dt.date
    opinion: str
    outcome: str
    actor: str


@dataclass(frozen=True)
class ItemRow:
    id: int
    officer_id: int
    officer_name: str
    unit: str  # short name
    unit_order: int
    post: str
    reported_on: dt.date
    category: str
    content: str
    disclosed: bool
    stage: str
    outcome: str
    clue_code: str
    source_talk_id: int | None
    remarks: str

    @property
    def next_step(self) -> str | None:
        return next_step(self.stage)

    def matches(self, text: str) -> bool:
        words = text.strip().lower().split()
        haystack = " ".join((self.officer_name, self.unit, self.category, self.content, self.stage, self.outcome,
                             self.clue_code)).lower()
        return all(w in haystack for w in words)


def _item_rows(where=None) -> list[ItemRow]:
    clue_codes = dict(Clue.select(Clue.self_check_item, Clue.code)
                      .where(Clue.self_check_item.is_null(False) & Clue.deleted_at.is_null()).tuples())
    query = (SelfCheckItem.select(SelfCheckItem, Officer.name.alias("officer_name"), Officer.post.alias("post"),
                                  Unit.short_name.alias("unit_short"), Unit.name.alias("unit_name"),
                                  Unit.sort_order.alias("unit_order"))
             .join(Officer, on=(SelfCheckItem.officer == Officer.id))
             .join(Unit, on=(Officer.unit == Unit.id))
             .where(SelfCheckItem.deleted_at.is_null())
             .order_by(Unit.sort_order, Officer.name, SelfCheckItem.reported_on, SelfCheckItem.id))
    if where is not None:
        query = query.where(where)
    return [ItemRow(id=r["id"], officer_id=r["officer"], officer_name=r["officer_name"],
                    unit=r["unit_short"] or r["unit_name"], unit_order=r["unit_order"], post=r["post"],
                    reported_on=r["reported_on"], category=r["category"], content=r["content"],
                    disclosed=bool(r["disclosed"]), stage=r["stage"], outcome=r["outcome"],
                    clue_code=clue_codes.get(r["id"], ""), source_talk_id=r["source_talk_id"], remarks=r["remarks"])
            for r in query.dicts()]


def item_rows(*, stage: str | None = None, outcome: str | None = None) -> list[ItemRow]:
    """Every self-check item, by unit and officer. Needs 问题线索."""
    require_clue_access()
    rows = _item_rows()
    return [r for r in rows if (not stage or r.stage == stage) and (not outcome or r.outcome == outcome)]


def officer_items(officer_id: int) -> list[ItemRow]:
    """One officer's items (the 个人自查表). Needs 问题线索."""
    require_clue_access()
    if Officer.get_or_none(Officer.id == officer_id) is None:
        raise NotFound(f"编号为 {officer_id} 的人员不在人员台账中")
    return _item_rows(SelfCheckItem.officer == officer_id)


def item_row(item_id: int) -> ItemRow:
    require_clue_access()
    rows = _item_rows(SelfCheckItem.id == item_id)
    if not rows:
        raise NotFound("该自查事项已不存在（可能已被删除），请刷新后再试。")
    return rows[0]


def reviews_of(item_ids: list[int]) -> dict[int, list[ReviewRow]]:
    """The reviews of each item, in step order. Needs 问题线索 (the opinions are confidential)."""
    require_clue_access()
    result: dict[int, list[ReviewRow]] = {i: [] for i in item_ids}
    query = SelfCheckReview.select().where(SelfCheckReview.item.in_(item_ids))
    for r in sorted(query, key=lambda r: REVIEW_STEPS.index(r.step)):
        result[r.item_id].append(ReviewRow(r.step, r.reviewer, r.reviewed_on, r.opinion, r.outcome, r.actor))
    return result
