"""Pledges (承诺书): templates with immutable versions, pledges issued to people, signatures and scans.

A pledge points at the template *version* it was issued under and copies the signer's name, unit and
post at issue time, so its printed text never changes when a template is edited or the roster changes.
Signatures and scans are kept in the database file (blobs in their own tables, so listing pledges never
reads them): the one file is what the office backs up and carries to another PC, and a record and its
scan are written in one transaction.
"""
from __future__ import annotations

import peewee as pw

from app.store.base import BaseModel, now
from app.roster.models import Officer, OutsideLeader

# Status flow: 待打印 → 已打印 → 已签署 → 已归档 (on-screen signing may skip 已打印).
PENDING, PRINTED, SIGNED, ARCHIVED = "待打印", "已打印", "已签署", "已归档"
STATUSES = (PENDING, PRINTED, SIGNED, ARCHIVED)
DONE = (SIGNED, ARCHIVED)  # counted as signed in progress figures

OFFICER, LEADER = "officer", "leader"  # who signs: a roster officer or a leader outside the roster
AUDIENCES = {OFFICER: "政法干警", LEADER: "党政领导干部（政法系统外）"}


class PledgeTemplate(BaseModel):
    key = pw.CharField(unique=True)  # officer-three-rules / political-rectification / leader-public / custom-N
    name = pw.CharField()
    audience = pw.CharField(default=OFFICER)  # who it is usually issued to
    sort_order = pw.IntegerField(default=0)


class PledgeTemplateVersion(BaseModel):
    """One text of a template. Never updated once written, except its review mark."""

    template = pw.ForeignKeyField(PledgeTemplate, backref="versions", on_delete="CASCADE")
    number = pw.IntegerField()
    title = pw.CharField()
    addressee = pw.CharField(default="")  # 主送, optional
    preamble = pw.TextField()  # 启语, ends with 现郑重承诺：
    clauses = pw.TextField()  # JSON list of clause texts, numbered 一、二、… when printed
    closing = pw.TextField(default="")  # 结语
    is_draft = pw.BooleanField(default=False)  # shipped wording awaiting the office's review
    note = pw.TextField(default="")  # what changed, who asked
    created_by = pw.CharField(default="")
    reviewed_by = pw.CharField(default="")
    reviewed_at = pw.DateTimeField(null=True)

    class Meta:
        indexes = ((("template", "number"), True),)


class Pledge(BaseModel):
    template = pw.ForeignKeyField(PledgeTemplate, backref="pledges", on_delete="RESTRICT")
    version = pw.ForeignKeyField(PledgeTemplateVersion, backref="pledges", on_delete="RESTRICT")
    signer_kind = pw.CharField(default=OFFICER)
    officer = pw.ForeignKeyField(Officer, null=True, backref="pledges", on_delete="RESTRICT")
    leader = pw.ForeignKeyField(OutsideLeader, null=True, backref="pledges", on_delete="RESTRICT")
    # The signer as printed, copied at issue time (never the ID number).
    name = pw.CharField()
    unit = pw.CharField(default="")
    department = pw.CharField(default="")
    post = pw.CharField(default="")
    unit_order = pw.IntegerField(default=0)  # sort key: units in roster order, outside leaders after
    department_order = pw.IntegerField(default=0)
    status = pw.CharField(default=PENDING, index=True)
    issued_at = pw.DateTimeField(default=now)
    issued_by = pw.CharField(default="")
    printed_at = pw.DateTimeField(null=True)
    printed_by = pw.CharField(default="")
    print_count = pw.IntegerField(default=0)
    signed_on = pw.DateField(null=True)  # the date on the signed pledge
    signed_at = pw.DateTimeField(null=True)  # when the signature was recorded
    signed_by = pw.CharField(default="")  # who recorded it
    signed_on_screen = pw.BooleanField(default=False)
    archived_at = pw.DateTimeField(null=True)
    archived_by = pw.CharField(default="")
    replaced_at = pw.DateTimeField(null=True, index=True)  # set when re-issued: history, not counted
    remarks = pw.TextField(default="")

    class Meta:
        indexes = ((("template", "officer"), False), (("template", "leader"), False))


class PledgeSignature(BaseModel):
    """A signature written on screen: the strokes (JSON points with pressure) and the PNG drawn from them."""

    pledge = pw.ForeignKeyField(Pledge, backref="signatures", unique=True, on_delete="CASCADE")
    strokes = pw.TextField()
    image = pw.BlobField()
    created_by = pw.CharField(default="")


class PledgeScan(BaseModel):
    """A scan or photo of the signed paper copy (PDF, JPG or PNG)."""

    pledge = pw.ForeignKeyField(Pledge, backref="scans", on_delete="CASCADE")
    file_name = pw.CharField()
    mime = pw.CharField()
    size = pw.IntegerField()
    sha256 = pw.CharField(max_length=64)
    data = pw.BlobField()
    created_by = pw.CharField(default="")


MODELS = [PledgeTemplate, PledgeTemplateVersion, Pledge, PledgeSignature, PledgeScan]
