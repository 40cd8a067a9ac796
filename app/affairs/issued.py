"""制发文件: the documents the office issued to push the campaign on (文号, date, title, issuing body, 文种).
A 文号 is unique (spaces and the bracket style ignored when comparing); a new one is proposed from the office's
short name in the settings (`campaign.current().office_short`, e.g. 县教整办〔2021〕3号)."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from app import events
from app.affairs._common import MAX_LINE, MAX_TEXT, TOPIC, choice, get_row, in_period, parse_date, require_text
from app.affairs.models import DOCUMENT_KINDS, IssuedDocument
from app.common.safe_text import clean_into
from app.errors import ValidationError, ValidationErrors
from app.store import campaign
from app.store.db import database

# 〔2021〕 is the official bracket; [2021], （2021） and (2021) are how a number is often typed.
_BRACKETS = str.maketrans({"[": "〔", "]": "〕", "［": "〔", "］": "〕", "(": "〔", ")": "〕", "（": "〔", "）": "〕",
                           "【": "〔", "】": "〕"})
_SEQUENCE = re.compile(r"〔(\d{4})〕(\d+)号$")


def number_key(number: str) -> str:
    """What two 文号 are compared by: no spaces, one bracket style."""
    return "".join((number or "").split()).translate(_BRACKETS)


@dataclass
class DocumentData:
    number: str = ""
    issued_on: dt.date | str | None = None
    title: str = ""
    issuer: str = ""
    kind: str = DOCUMENT_KINDS[0]
    notes: str = ""


@dataclass(frozen=True)
class DocumentRow:
    id: int
    number: str
    issued_on: dt.date
    title: str
    issuer: str
    kind: str
    notes: str

    def matches(self, text: str) -> bool:
        return not text or any(text in x for x in (self.number, self.title, self.issuer, self.kind, self.notes))


def _values(data: DocumentData, document_id: int | None) -> dict:
    errors: list = []
    number = number_key(clean_into(errors, data.number, 60, "文号"))
    values = dict(number=number, issued_on=parse_date(data.issued_on, "印发日期", errors, required=True),
                  title=clean_into(errors, data.title, MAX_LINE, "文件标题"),
                  issuer=clean_into(errors, data.issuer, 60, "发文机关"),
                  kind=choice(data.kind, DOCUMENT_KINDS, "文种", errors),
                  notes=clean_into(errors, data.notes, MAX_TEXT, "备注", multiline=True))
    require_text(errors, number, "文号")
    require_text(errors, values["title"], "文件标题")
    if number:
        other = IssuedDocument.get_or_none(IssuedDocument.number == number)
        if other is not None and other.id != document_id:
            errors.append(ValidationError("文号", f"“{number}”已用于《{other.title}》（{other.issued_on:%Y-%m-%d}），"
                                                  "文号不能重复"))
    if errors:
        raise ValidationErrors(errors)
    return values


def save_document(data: DocumentData, document_id: int | None = None) -> IssuedDocument:
    with database.atomic():
        values = _values(data, document_id)  # the number check and the write in one transaction
        if document_id is None:
            document = IssuedDocument.create(**values)
        else:
            document = get_row(IssuedDocument, document_id, "文件")
            IssuedDocument.update(**values).where(IssuedDocument.id == document_id).execute()
    events.changed(TOPIC)
    return document


def delete_document(document_id: int) -> None:
    with database.atomic():
        get_row(IssuedDocument, document_id, "文件").delete_instance()
    events.changed(TOPIC)


def document_rows(*, since: dt.date | None = None, until: dt.date | None = None) -> list[DocumentRow]:
    query = IssuedDocument.select().where(in_period(IssuedDocument.issued_on, since, until))
    return [DocumentRow(id=d.id, number=d.number, issued_on=d.issued_on, title=d.title, issuer=d.issuer,
                        kind=d.kind, notes=d.notes)
            for d in query.order_by(IssuedDocument.issued_on, IssuedDocument.id)]


def number_prefix() -> str:
    return campaign.current().office_short


def next_number(year: int, prefix: str | None = None) -> str:
    """The next free 文号 of the year under the office's prefix: one after the highest used."""
    prefix = number_key(number_prefix() if prefix is None else prefix)
    highest = 0
    start = f"{prefix}〔{year}〕"
    for (number,) in IssuedDocument.select(IssuedDocument.number).where(
            IssuedDocument.number.startswith(start)).tuples():
        found = _SEQUENCE.search(number)
        if found and int(found.group(1)) == year:
            highest = max(highest, int(found.group(2)))
    return f"{start}{highest + 1}号"


def default_issuer() -> str:
    return campaign.current().signature
