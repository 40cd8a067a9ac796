"""Signing: paper copies registered as signed (with the date written on them), signatures written on the
signature pad (strokes and image kept with the pledge), and scans or photos of the signed paper copies.

Signatures and scans are blobs in their own tables (listing pledges never reads them), written in the same
transaction as the pledge they belong to.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

from app import events
from app.errors import NotFound, ValidationError
from app.events import Topic
from app.pledges._common import check_day, load_pledges, refuse_unless
from app.pledges.models import PENDING, PRINTED, SIGNED, Pledge, PledgeScan, PledgeSignature
from app.safety.access import current_actor
from app.store.base import now
from app.store.db import database

MAX_SCAN_BYTES = 20 * 1024 * 1024
SCAN_TYPES = {".pdf": "application/pdf", ".jpg": "image/jpeg", ".jpeg": "image/jpeg", ".png": "image/png"}
_SCAN_MAGIC = {"application/pdf": (b"%PDF",), "image/jpeg": (b"\xff\xd8\xff",), "image/png": (b"\x89PNG\r\n\x1a\n",)}


def mark_signed(ids: list[int], day: dt.date) -> int:
    """Paper copies came back signed: 已打印 → 已签署 with the date written on them."""
    pledges = load_pledges(ids)
    refuse_unless(pledges, (PRINTED,), "登记为已签署")
    check_day(day, pledges)
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
    pledge, = load_pledges([pledge_id])
    refuse_unless([pledge], (PENDING, PRINTED), "在屏幕上签名")
    check_day(day, [pledge])
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
    pledge, = load_pledges([pledge_id])
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
