"""Signing on screen (the strokes are checked) and scans of the signed paper copies."""
import json

import pytest

from app.documents import layout
from app.errors import ValidationError
from app.pledges import signing
from app.pledges.ledger import pledge_rows
from app.pledges.models import PENDING, Pledge
from tests.support.pledge_data import STROKES, TODAY, ids_of, issue_officers, png_bytes


def test_signature_strokes_are_checked(people):
    issue_officers()
    a = ids_of()[0]
    for bad in ("", "{}", json.dumps({"strokes": []}), json.dumps({"strokes": [[[1, 2, 3.5]] * 6]})):
        with pytest.raises(ValidationError, match="签名"):
            signing.sign_on_screen(a, bad, png_bytes(), TODAY)
    with pytest.raises(ValidationError, match="签名图像无效"):
        signing.sign_on_screen(a, STROKES, b"GIF89a", TODAY)
    assert Pledge.get_by_id(a).status == PENDING


def test_attach_scans_of_the_paper_copy(people, tmp_path):
    issue_officers()
    a = ids_of()[0]
    files = {"scan.png": png_bytes(), "scan.pdf": layout.build_bytes([layout.body("扫描件")], title="扫描"),
             "photo.JPG": b"\xff\xd8\xff\xe0" + b"0" * 100}
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
        row = signing.attach_scan(a, tmp_path / name)
        assert row.size == len(data)
    assert [s.file_name for s in signing.scans(a)] == list(files)
    assert pledge_rows()[0].scans == 3
    (tmp_path / "fake.png").write_bytes(b"not a png")
    with pytest.raises(ValidationError, match="扫描件：“fake.png”的内容不是有效的PNG文件"):
        signing.attach_scan(a, tmp_path / "fake.png")
    (tmp_path / "notes.docx").write_bytes(b"PK")
    with pytest.raises(ValidationError, match="不是 PDF、JPG 或 PNG"):
        signing.attach_scan(a, tmp_path / "notes.docx")
    out = signing.save_scan(signing.scans(a)[0].id, tmp_path / "out")
    assert out.read_bytes() == files["scan.png"]
    signing.delete_scan(signing.scans(a)[0].id)
    assert len(signing.scans(a)) == 2
