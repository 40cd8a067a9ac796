"""Printing from the core: content only for an account that may see it, and every print in the audit log
(what was printed, never the content)."""
import pytest
from pypdf import PdfReader

from app.safety import access
from app.safety.models import AuditEntry
from app.talks import common, coverage, listing, outputs, people, rounds


def prints():
    return [e.detail for e in AuditEntry.select().where(AuditEntry.action == "print").order_by(AuditEntry.id)]


def test_forms_print_content_only_with_the_permission(demo_db, tmp_path, monkeypatch):
    info = rounds.round_by_number(2)
    ids = listing.talk_ids_for(info.id, people.find_unit("县检察院").id)[:3]
    secret = listing.form_records(ids, include_content=True)[0].content[:12]
    monkeypatch.setattr(access, "can", lambda permission: permission != access.TALK_CONTENT)
    out = tmp_path / "forms.pdf"
    with pytest.raises(common.AccessDenied):
        outputs.print_forms(out, ids, include_content=True)
    assert not out.exists() and prints() == []
    assert outputs.print_forms(out, ids, include_content=False) == 3
    text = "".join(p.extract_text() for p in PdfReader(out).pages)
    assert secret not in text
    assert prints() == [f"打印谈心谈话记录表3份（不含谈话内容）到 {out}"]


def test_coverage_and_untalked_are_printed_and_logged(demo_db, tmp_path):
    third = rounds.round_by_number(3)
    unit = people.find_unit("县司法局")
    cover = outputs.print_coverage(tmp_path / "c.pdf", third.id, round_name=third.name, round_label=third.label)
    assert "第三轮谈心谈话覆盖情况表" in PdfReader(cover).pages[0].extract_text()
    waiting = outputs.print_untalked(tmp_path / "u.pdf", third.id, unit.id, round_name=third.name,
                                     round_label=third.label, unit_name=unit.name)
    text = "".join(p.extract_text() for p in PdfReader(waiting).pages)
    assert f"未谈{len(coverage.untalked(third.id, unit.id))}人" in text
    assert [d.split("到 ")[0] for d in prints()] == ["打印第三轮谈心谈话覆盖情况表",
                                                    f"打印{unit.name}第三轮谈心谈话未谈人员名单"]
