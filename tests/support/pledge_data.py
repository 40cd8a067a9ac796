"""People and helpers for the pledge tests (helpers only: no tests here)."""
from __future__ import annotations

import datetime as dt
import io
import json

from app.pledges.issuing import issue
from app.pledges.ledger import pledge_rows
from app.pledges.signers import officer_signers
from app.pledges.templates import template_by_key

TODAY = dt.date.today()
STROKES = json.dumps({"width": 300, "height": 100,
                      "strokes": [[[10, 80, 0.5], [60, 50, 0.7], [120, 20, 0.9], [200, 70, 0.6], [290, 30, 0.4]]]})


def make_people():
    """Two units with officers (one with an ID number, one 病休), and two outside leaders."""
    from app.roster.leaders import LeaderData, create_leader
    from app.roster.officers import OfficerData, create_officer

    officers = [
        create_officer(OfficerData(name="张三", unit="青山县人民法院", department="刑事审判庭",
                                                 post="庭长", id_number="11010519491231002X")),
        create_officer(OfficerData(name="李四", unit="青山县人民法院", department="立案庭")),
        create_officer(OfficerData(name="王五", unit="青山县公安局", department="城关派出所",
                                                 post="所长")),
        create_officer(OfficerData(name="赵六", unit="青山县公安局", department="刑事侦查大队")),
        create_officer(OfficerData(name="孙七", unit="青山县公安局", status="病休")),
    ]
    leaders = [create_leader(LeaderData(name="周八", organization="城关镇", post="党委书记")),
               create_leader(LeaderData(name="吴九", organization="县财政局", post="局长"))]
    return officers, leaders


def template_id(key: str) -> int:
    return template_by_key(key).id


def issue_officers(key: str = "officer-three-rules", **kw):
    return issue(template_id(key), officer_signers(), **kw)


def ids_of(key: str = "officer-three-rules") -> list[int]:
    return [r.id for r in pledge_rows(template_id=template_id(key))]


def png_bytes() -> bytes:
    from PIL import Image, ImageDraw

    image = Image.new("RGBA", (300, 100), (0, 0, 0, 0))
    ImageDraw.Draw(image).line([(10, 80), (120, 20), (200, 70), (290, 30)], fill=(0, 0, 0, 255), width=5)
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()
