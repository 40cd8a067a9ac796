"""What the 查纠整改 service modules share: the change topic, the 问题线索 permission check, text limits, dates,
look-ups of officers and units, and the history line every clue step leaves."""
from __future__ import annotations

import datetime as dt

from app.common.choices import choice  # noqa: F401  (the services take it from here)
from app.errors import NotFound, PermissionDenied, ValidationError
from app.events import Topic
from app.rectify.models import Clue, ClueHistory, SelfCheckItem
from app.roster.models import Officer, Unit
from app.safety import access
from app.store.base import now
from app.common.datetext import parse_date  # noqa: F401  (the services take it from here)

TOPIC = Topic.RECTIFY
MAX_LINE = 100
MAX_TEXT = 4000
NO_ACCESS = "当前账户没有“问题线索”权限，不能查看、录入或打印个人自查事项和问题线索（请管理员在账户中授予）。"


class ClueAccessDenied(PermissionDenied):
    """Self-check text or clue content asked for without access.CLUES."""


def may_read() -> bool:
    return access.can(access.CLUES)


def require_clue_access() -> None:
    """Every read or write of self-check items and clues passes here; counts (app.rectify.figures) do not."""
    if not access.can(access.CLUES):
        raise ClueAccessDenied(NO_ACCESS)


def today() -> dt.date:
    return dt.date.today()


def officer_by_id(officer_id, label: str, errors: list, *, required: bool = True) -> Officer | None:
    if officer_id in (None, ""):
        if required:
            errors.append(ValidationError(label, "必须选择"))
        return None
    try:
        officer = Officer.get_or_none((Officer.id == int(officer_id)) & Officer.deleted_at.is_null())
    except (TypeError, ValueError):
        officer = None
    if officer is None:
        errors.append(ValidationError(label, f"编号为 {officer_id} 的人员不在人员台账中"))
    return officer


def unit_by_name(name: str, label: str, errors: list) -> Unit | None:
    name = (name or "").strip()
    if not name:
        return None
    unit = Unit.get_or_none((Unit.name == name) | (Unit.short_name == name))
    if unit is None:
        errors.append(ValidationError(label, f"“{name}”不在单位名单中"))
    return unit


def get_item(item_id: int) -> SelfCheckItem:
    item = SelfCheckItem.get_or_none((SelfCheckItem.id == item_id) & SelfCheckItem.deleted_at.is_null())
    if item is None:
        raise NotFound("该自查事项已不存在（可能已被删除），请刷新后再试。")
    return item


def get_clue(clue_id: int) -> Clue:
    clue = Clue.get_or_none((Clue.id == clue_id) & Clue.deleted_at.is_null())
    if clue is None:
        raise NotFound("该问题线索已不存在（可能已被删除），请刷新后再试。")
    return clue


def log_step(clue: Clue, action: str, note: str = "", *, from_status: str = "", to_status: str = "",
             at: dt.datetime | None = None) -> None:
    """One line of a clue's history: who, when, what, a note."""
    ClueHistory.create(clue=clue, action=action, from_status=from_status, to_status=to_status,
                       actor=access.current_actor(), at=at or now(), note=note)
