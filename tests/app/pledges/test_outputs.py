"""Printing pledges: one PDF by unit and department, one file per person, a single pledge with its on-screen
signature, the progress report; each print is in the audit log, and marking printed needs the right to edit."""
import pytest

from app.errors import PermissionDenied
from app.pledges import issuing, outputs, printing, signing
from app.pledges.ledger import pledge_rows
from app.pledges.models import PENDING, PRINTED
from app.pledges.signers import leader_signers
from app.documents import layout
from tests.support.pdf_checks import (A4_POINTS, assert_fonts_embedded, assert_no_missing_glyphs, image_count,
                                      page_sizes, page_texts)
from tests.support.pledge_data import STROKES, TODAY, ids_of, issue_officers, png_bytes, template_id


def print_events():
    from app.safety.models import AuditEntry

    return [e.detail for e in AuditEntry.select().where(AuditEntry.action == "print").order_by(AuditEntry.id)]


def per_person(pages: list[str]) -> list[str]:
    """The batch's page texts joined per pledge: each pledge's pages are numbered from its own first page."""
    people: list[str] = []
    for text in pages:
        if "— 1 —" in text or not people:
            people.append(text)
        else:
            people[-1] += text
    return people


def test_batch_pdf_each_person_from_a_new_page_ordered_and_marked_printed(people, tmp_path):
    issue_officers()
    issuing.issue(template_id("leader-public"), leader_signers())
    ids = [r.id for r in pledge_rows()]
    result = outputs.print_batch(ids, tmp_path / "all.pdf", mark=True)
    assert len(ids) == 6 and result.pages == 12  # 3号 on the standard grid: two pages each
    assert page_sizes(result.paths[0]) == [A4_POINTS] * 12
    texts = [t.replace("\n", "") for t in per_person(page_texts(result.paths[0]))]
    assert len(texts) == 6
    order = ["张三", "李四", "王五", "赵六", "周八", "吴九"]  # by unit (roster order), leaders after
    assert [name for name, text in zip(order, texts) if f"本人{name}" in text] == order
    assert "青山县人民法院刑事审判庭庭长" in texts[0] and "青山县人民法院立案庭干警" in texts[1]
    assert "11010519491231002X" not in "".join(texts) and "1101051949" not in "".join(texts)
    assert all("现郑重承诺：" in t and "承诺人（签名）：" in t and "单位及职务：" in t for t in texts)
    assert "七、" in texts[4] and "公开承诺" in texts[4]
    assert_fonts_embedded(result.paths[0])
    assert_no_missing_glyphs(result.paths[0])
    assert {r.status for r in pledge_rows()} == {PRINTED}
    assert print_events() == [f"打印承诺书6份（承诺书），合并为一个PDF共12页：{result.paths[0]}"]


def test_one_file_per_person_named_by_unit_and_name(people, tmp_path):
    issue_officers()
    result = outputs.print_each(ids_of(), tmp_path / "folder")
    assert sorted(p.name for p in result.paths) == sorted(
        ["青山县人民法院-张三.pdf", "青山县人民法院-李四.pdf", "青山县公安局-王五.pdf", "青山县公安局-赵六.pdf"])
    for path in result.paths:
        assert len(page_sizes(path)) == 2 and path.stem.split("-")[1] in page_texts(path)[0]
    assert print_events() == [f"打印承诺书4份，每人一个文件，保存到 {tmp_path / 'folder'}"]


def test_signed_on_screen_pdf_has_the_signature_image_and_the_date(people, tmp_path):
    issue_officers()
    a, b = ids_of()[:2]
    day = TODAY
    signing.sign_on_screen(a, STROKES, png_bytes(), day)
    signed = outputs.pledge_pdf(a, tmp_path / "signed.pdf")
    assert image_count(signed, 1) == 1 and layout.cn_date(day) in page_texts(signed)[-1]
    assert_fonts_embedded(signed)
    assert_no_missing_glyphs(signed)
    unsigned = outputs.pledge_pdf(b, tmp_path / "unsigned.pdf")
    assert image_count(unsigned, 1) == 0 and layout.cn_date(day) not in "".join(page_texts(unsigned))
    assert outputs.pledge_page_bytes(b).startswith(b"%PDF")
    batch = outputs.print_batch([a, b], tmp_path / "batch.pdf", mark=False)
    # the signature (on the pledge's last page) is in the first pledge only
    assert [image_count(batch.paths[0], page) for page in range(4)] == [0, 1, 0, 0]
    assert [p.status for p in printing.printed_pledges([b])] == [PENDING]  # not marked


def test_the_progress_report_lists_who_has_not_signed(people, tmp_path):
    issue_officers()
    ids = ids_of()
    printing.mark_printed(ids)
    signing.mark_signed(ids[:2], TODAY)  # the court's two
    report = outputs.progress_report_pdf(tmp_path / "progress.pdf")
    text = "".join(page_texts(report))
    assert "承诺书签订进度" in text and "王五" in text and "赵六" in text and "张三" not in text.split("未签署名单")[1]
    assert "完成率50.0%" in text
    assert_fonts_embedded(report)
    assert_no_missing_glyphs(report)
    assert print_events()[-1].startswith("打印承诺书签订进度（下发4份，未签署2人）")


def test_marking_printed_needs_the_right_to_edit(people, tmp_path, monkeypatch):
    from app.safety import access

    issue_officers()
    monkeypatch.setattr(access, "can", lambda permission: permission != access.EDIT)
    with pytest.raises(PermissionDenied):
        outputs.print_batch(ids_of(), tmp_path / "all.pdf", mark=True)
    assert not (tmp_path / "all.pdf").exists() and {r.status for r in pledge_rows()} == {PENDING}
    with pytest.raises(PermissionDenied):
        outputs.confirm_printed(ids_of())
    assert outputs.print_batch(ids_of(), tmp_path / "look.pdf").pages == 8
    assert {r.status for r in pledge_rows()} == {PENDING}


def test_a_pdf_alone_leaves_the_status_and_confirming_marks_and_counts(people, tmp_path):
    issue_officers()
    ids = ids_of()
    outputs.print_batch(ids, tmp_path / "all.pdf")
    outputs.print_each(ids, tmp_path / "each")
    assert {r.status for r in pledge_rows()} == {PENDING}
    assert outputs.confirm_printed(ids[:3]) == 3
    rows = {r.id: r for r in pledge_rows()}
    assert [rows[i].status for i in ids] == [PRINTED, PRINTED, PRINTED, PENDING]
    assert outputs.confirm_printed(ids[:1]) == 0  # printed again: counted, already 已打印
    from app.pledges.models import Pledge

    assert Pledge.get_by_id(ids[0]).print_count == 2
    assert print_events()[-2:] == ["登记承诺书3份已打印（3份由待打印改为已打印）", "登记承诺书1份已打印（0份由待打印改为已打印）"]
