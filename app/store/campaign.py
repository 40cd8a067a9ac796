"""The campaign settings as one typed description: who the office is, what documents print, the phase dates.

Stored as keys of the settings table (`app.store.settings`), so they travel with the file. A key never set
reads as a placeholder ("××县…") where a document needs a name, and is left out of titles
(`county_in_title`), so a new database prints no invented county. Once the county is set, the names that
follow from it (office, committee, issuer) follow it until they are set themselves.

    current = campaign.current()
    current.county_in_title + "政法队伍教育整顿…"      # "" until the county is set
    current.issuer                                     # 发文机关署名 on notices, reports, letters
    campaign.save({"county": "青山县", "study_start": "2021-03-01"})   # validated, all or nothing

Phases (学习教育 → 查纠整改 → 总结提升) are four dates: each phase starts after the previous one, the last
ends on `campaign_end`. Files made before the four dates existed keep `campaign_start` + `phase_days`
(30, 75, 15 days: DOMAIN.md); they read the same until the dates are saved.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace

from app import events
from app.common import datetext
from app.common.safe_text import clean_text
from app.errors import ValidationError, ValidationErrors
from app.store import settings
from app.store.db import database
from app.store.settings_model import Setting

PLACEHOLDER_MARK = "××"
PLACEHOLDER_COUNTY = "××县"
DEFAULT_CAMPAIGN_NAME = "政法队伍教育整顿"
DEFAULT_OFFICE_SHORT = "教整办"
DEFAULT_CODE_PREFIX = "ZG"
PHASES = settings.PHASES  # 学习教育, 查纠整改, 总结提升
DEFAULT_PHASE_DAYS = (30, 75, 15)
OFFICE_SUFFIX = "政法队伍教育整顿领导小组办公室"

GROUP_OFFICE, GROUP_PHASES, GROUP_DOCUMENTS = "单位信息", "教育整顿阶段", "文书"


@dataclass(frozen=True)
class Item:
    """One setting: its attribute, its key in the settings table, its label (the field a
    ValidationError names), its group in the dialog and the most characters it may have."""

    name: str
    key: str
    label: str
    group: str
    limit: int = 40
    is_date: bool = False
    hint: str = ""


ITEMS: tuple[Item, ...] = (
    Item("county", "county", "县（市、区）名称", GROUP_OFFICE, 20, hint="如 青山县"),
    Item("committee_name", "committee_name", "政法委全称", GROUP_OFFICE, 40, hint="如 中共青山县委政法委员会"),
    Item("office_name", "office_name", "教整办全称", GROUP_OFFICE, 40,
         hint="如 青山县政法队伍教育整顿领导小组办公室"),
    Item("office_short_name", "office_short_name", "教整办简称", GROUP_OFFICE, 12, hint="如 县教整办"),
    Item("contact_person", "contact_person", "联系人", GROUP_OFFICE, 20),
    Item("contact_phone", "contact_phone", "联系电话", GROUP_OFFICE, 30),
    Item("study_start", "campaign_start", "学习教育开始日期", GROUP_PHASES, is_date=True),
    Item("rectify_start", "rectify_start", "查纠整改开始日期", GROUP_PHASES, is_date=True),
    Item("summary_start", "summary_start", "总结提升开始日期", GROUP_PHASES, is_date=True),
    Item("campaign_end", "campaign_end", "教育整顿结束日期", GROUP_PHASES, is_date=True),
    Item("issuer", "issuer", "发文机关署名", GROUP_DOCUMENTS, 40, hint="通知、报告、回复函落款；留空则用教整办全称"),
    Item("campaign_name", "campaign_name", "活动名称", GROUP_DOCUMENTS, 30, hint="留空为 政法队伍教育整顿"),
    Item("code_prefix", "feedback_code_prefix", "整改编号前缀", GROUP_DOCUMENTS, 10, hint="如 ZG → ZG-2021-001"),
)
BY_NAME = {item.name: item for item in ITEMS}
BY_LABEL = {item.label: item for item in ITEMS}
DATE_NAMES = ("study_start", "rectify_start", "summary_start", "campaign_end")
# The minimum a clerk must give before documents stop printing placeholders (the first-run wizard asks these).
REQUIRED_FOR_USE = ("county", "study_start")

_COUNTY_RE = re.compile(r"^[\u4e00-\u9fff]{1,18}(县|市|区|旗)$")
_PREFIX_RE = re.compile(r"^[A-Za-z0-9\u4e00-\u9fff]{1,10}$")
_PHONE_RE = re.compile(r"^[0-9０-９+\-－()（）、，, 转]{3,30}$")


@dataclass(frozen=True)
class CampaignSettings:
    """What is stored: "" (or None for a date) where nothing was set. The properties give what prints."""

    county: str = ""
    committee_name: str = ""
    office_name: str = ""
    office_short_name: str = ""
    contact_person: str = ""
    contact_phone: str = ""
    campaign_name: str = ""
    study_start: dt.date | None = None
    rectify_start: dt.date | None = None
    summary_start: dt.date | None = None
    campaign_end: dt.date | None = None
    issuer: str = ""
    code_prefix: str = ""

    # ---- what documents print
    @property
    def county_label(self) -> str:
        """The county, or the placeholder ××县 where a sentence needs a name."""
        return self.county or PLACEHOLDER_COUNTY

    @property
    def county_in_title(self) -> str:
        """The county, or nothing: a title reads "政法队伍教育整顿…" until the county is set."""
        return self.county

    @property
    def level(self) -> str:
        """县, 市, 区 or 旗: what "全县" and "我县" say for this county (县 until it is set)."""
        return self.county[-1] if self.county else "县"

    @property
    def office(self) -> str:
        return self.office_name or f"{self.county_label}{OFFICE_SUFFIX}"

    @property
    def office_short(self) -> str:
        return self.office_short_name or DEFAULT_OFFICE_SHORT

    @property
    def committee(self) -> str:
        return self.committee_name or f"中共{self.county_label}委政法委员会"

    @property
    def signature(self) -> str:
        """发文机关署名: the issuer set, else the office's full name."""
        return self.issuer or self.office

    @property
    def campaign(self) -> str:
        return self.campaign_name or DEFAULT_CAMPAIGN_NAME

    @property
    def feedback_code_prefix(self) -> str:
        return self.code_prefix or DEFAULT_CODE_PREFIX

    # ---- phases
    def phase_ranges(self) -> list[tuple[str, dt.date, dt.date]]:
        """(phase, first day, last day) for 学习教育, 查纠整改, 总结提升; empty while no start date is set."""
        starts = (self.study_start, self.rectify_start, self.summary_start)
        if any(day is None for day in starts) or self.campaign_end is None:
            return []
        ends = (self.rectify_start - dt.timedelta(days=1), self.summary_start - dt.timedelta(days=1),
                self.campaign_end)
        return list(zip(PHASES, starts, ends))

    def phase_on(self, day: dt.date) -> str:
        for phase, first, last in self.phase_ranges():
            if first <= day <= last:
                return phase
        return ""

    def is_configured(self) -> bool:
        """The county and the campaign's dates are set: documents and the overview need no placeholder."""
        return bool(self.county) and bool(self.phase_ranges())

    def values(self) -> dict[str, str]:
        """Attribute → text, as a form or the command line shows them ("" for what is not set)."""
        return {item.name: _text_of(getattr(self, item.name)) for item in ITEMS}


def _text_of(value) -> str:
    if value is None:
        return ""
    return value.isoformat() if isinstance(value, dt.date) else str(value)


def phase_dates_from(start: dt.date, days: tuple[int, ...] = DEFAULT_PHASE_DAYS) -> dict[str, dt.date]:
    """The other three dates for a start date, with the usual phase lengths (30, 75, 15 days)."""
    rectify = start + dt.timedelta(days=days[0])
    summary = rectify + dt.timedelta(days=days[1])
    return {"study_start": start, "rectify_start": rectify, "summary_start": summary,
            "campaign_end": summary + dt.timedelta(days=days[2] - 1)}


# ---------------------------------------------------------------- reading

def _stored() -> dict[str, str]:
    keys = [item.key for item in ITEMS] + ["phase_days"]
    return {row.key: row.value for row in Setting.select(Setting.key, Setting.value).where(Setting.key.in_(keys))}


def _date_or_none(text: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(text) if text else None
    except ValueError:
        return None  # a hand-edited value that is no date reads as not set, never as a crash


def current() -> CampaignSettings:
    """The settings of the open database (one query)."""
    stored = _stored()
    values: dict = {}
    for item in ITEMS:
        text = stored.get(item.key, "")
        if item.is_date:
            values[item.name] = _date_or_none(text)
        else:
            values[item.name] = "" if PLACEHOLDER_MARK in text else text
    start = values["study_start"]
    if start is not None and not all(values[name] for name in DATE_NAMES[1:]):
        values.update(phase_dates_from(start, _phase_days(stored.get("phase_days", ""))))  # an older file
    return CampaignSettings(**values)


def _phase_days(text: str) -> tuple[int, ...]:
    try:
        days = tuple(int(part) for part in text.split(","))
    except ValueError:
        return DEFAULT_PHASE_DAYS
    return days if len(days) == 3 and all(d > 0 for d in days) else DEFAULT_PHASE_DAYS


def is_configured() -> bool:
    return current().is_configured()


# ---------------------------------------------------------------- validating and saving

def parse(changes: dict[str, str], base: CampaignSettings | None = None) -> CampaignSettings:
    """The settings `base` (default: the stored ones) with `changes` applied and checked: every problem at
    once, as ValidationErrors naming the fields. `changes` maps attribute names (or their Chinese labels)
    to text; "" clears a setting. A start date alone brings the other phase dates at the usual lengths."""
    base = base if base is not None else current()
    errors: list[ValidationError] = []
    updates: dict = {}
    for name, raw in changes.items():
        item = BY_NAME.get(name) or BY_LABEL.get(name)
        if item is None:
            known = "、".join(i.name for i in ITEMS)
            errors.append(ValidationError("设置项", f"没有“{name}”这一项，可设置：{known}"))
            continue
        try:
            updates[item.name] = _parse_value(item, raw)
        except ValidationError as exc:
            errors.append(exc)
    # The dates are checked even when a name was refused: the form marks every problem at once.
    if updates.get("study_start") and not any(updates.get(name) for name in DATE_NAMES[1:]) \
            and not any(getattr(base, name) for name in DATE_NAMES[1:]):
        updates.update(phase_dates_from(updates["study_start"]))
    result = replace(base, **updates)
    date_labels = {BY_NAME[name].label for name in DATE_NAMES}
    if not any(error.field in date_labels for error in errors):  # a date not understood is reported once
        errors.extend(_check_dates(result))
    if errors:
        raise ValidationErrors(errors)
    return result


def _parse_value(item: Item, raw) -> object:
    if item.is_date:
        if isinstance(raw, dt.date):
            return raw
        text = clean_text(raw, 20, item.label)
        if not text:
            return None
        try:
            parsed = datetext.parse_text(text)
        except ValueError:
            parsed = None
        if parsed is None or parsed.precision != "day":
            raise ValidationError(item.label, f"“{text}”不是一个日期，可写作 2021-03-01、2021/3/1 或 2021年3月1日")
        return parsed.date
    text = clean_text(raw, item.limit, item.label)
    if PLACEHOLDER_MARK in text:
        raise ValidationError(item.label, "仍是占位文字“××”，请填写实际名称")
    if not text:
        return ""
    if item.name == "county" and not _COUNTY_RE.match(text):
        raise ValidationError(item.label, f"“{text}”应为汉字，以“县”“市”“区”或“旗”结尾，如 青山县")
    if item.name == "code_prefix" and not _PREFIX_RE.match(text):
        raise ValidationError(item.label, "应为 1–10 个字母、数字或汉字（如 ZG、整改），不含空格和符号")
    if item.name == "contact_phone" and not _PHONE_RE.match(text):
        raise ValidationError(item.label, f"“{text}”不像电话号码，如 0715-3321234")
    return text


def _check_dates(s: CampaignSettings) -> list[ValidationError]:
    """All four dates or none; each phase starts after the previous one; the campaign ends after the last."""
    days = [(BY_NAME[name].label, getattr(s, name)) for name in DATE_NAMES]
    given = [label for label, day in days if day is not None]
    if not given:
        return []
    missing = [label for label, day in days if day is None]
    if missing:
        return [ValidationError(label, "未填写（四个阶段日期要么都填，要么都不填）") for label in missing]
    errors = []
    for (before_label, before), (label, day) in zip(days, days[1:]):
        if day <= before:
            errors.append(ValidationError(label, f"应晚于{before_label}（{before:%Y-%m-%d}），"
                                                 f"现为 {day:%Y-%m-%d}"))
    return errors


def save(changes: dict[str, str] | CampaignSettings) -> CampaignSettings:
    """Check and store: either a whole CampaignSettings (the dialog) or some of its fields by name (the
    command line). All or nothing; views refresh everywhere (names and phases show in every tab)."""
    if isinstance(changes, CampaignSettings):
        result = parse(changes.values(), CampaignSettings())
    else:
        result = parse(changes)
    stored = {BY_NAME[name].key: text for name, text in result.values().items()}
    if result.study_start is not None:
        ranges = result.phase_ranges()
        stored["phase_days"] = ",".join(str((last - first).days + 1) for _phase, first, last in ranges)
    with database.atomic():
        before = _stored()
        # A setting cleared is removed, so it reads as never set (its placeholder), not as "". Only what
        # changed is written: the audit log then shows the settings changed, not every key each time.
        cleared = [key for key, value in stored.items() if not value and key in before]
        if cleared:
            Setting.delete().where(Setting.key.in_(cleared)).execute()
        for key, value in stored.items():
            if value and before.get(key) != value:
                Setting.insert(key=key, value=value).on_conflict(
                    conflict_target=[Setting.key], update={Setting.value: value}).execute()
    events.changed(events.Topic.DATABASE)
    return result

