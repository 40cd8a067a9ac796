"""Pledges: templates and versions, issuing, the status flow, printing, signing, scans, progress, CLI."""
import datetime as dt
import io
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from tests.support.pdf_checks import (A4_POINTS, assert_fonts_embedded, assert_no_missing_glyphs, image_count, page_sizes,
                        page_texts)

from app.pledges import service as P
from app.documents import layout
from app.pledges.documents.pledge import MIN_SIZE, PledgeTooLong, fit, fitted_story
from app.errors import Conflict, ValidationError, ValidationErrors
from app.pledges.models import ARCHIVED, PENDING, PRINTED, SIGNED, Pledge

ROOT = Path(__file__).resolve().parents[3]
TODAY = dt.date.today()


@pytest.fixture
def people(db):
    """Two units with officers (one with an ID number), and two outside leaders."""
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


def template_id(key):
    return P.template_by_key(key).id


def issue_officers(key="officer-three-rules", **kw):
    return P.issue(template_id(key), P.officer_signers(), **kw)


def ids_of(key="officer-three-rules"):
    return [r.id for r in P.pledge_rows(template_id=template_id(key))]


def png_bytes() -> bytes:
    from PIL import Image, ImageDraw

    image = Image.new("RGBA", (300, 100), (0, 0, 0, 0))
    ImageDraw.Draw(image).line([(10, 80), (120, 20), (200, 70), (290, 30)], fill=(0, 0, 0, 255), width=5)
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


STROKES = json.dumps({"width": 300, "height": 100,
                      "strokes": [[[10, 80, 0.5], [60, 50, 0.7], [120, 20, 0.9], [200, 70, 0.6], [290, 30, 0.4]]]})


# ---------------------------------------------------------------- templates

def test_three_default_templates_are_there_and_the_political_one_is_a_draft(db):
    rows = {r.key: r for r in P.template_rows()}
    assert set(rows) == set(P.DEFAULT_KEYS)
    assert rows["political-rectification"].is_draft and not rows["officer-three-rules"].is_draft
    assert rows["leader-public"].audience == "leader"
    for key in P.DEFAULT_KEYS:
        text = P.TemplateText.of(P.latest_version(P.template_by_key(key)))
        assert text.preamble.endswith("现郑重承诺：") and "{姓名}" in text.preamble
        assert "监督" in text.closing
    officer = P.TemplateText.of(P.latest_version(P.template_by_key("officer-three-rules")))
    assert 6 <= len(officer.clauses) <= 10
    leader = P.TemplateText.of(P.latest_version(P.template_by_key("leader-public")))
    assert len(leader.clauses) == 7 and all(c.startswith("不以任何形式") for c in leader.clauses)


def test_editing_a_template_never_changes_an_issued_or_signed_pledge(people):
    issue_officers()
    first = ids_of()[0]
    P.mark_printed([first])
    P.mark_signed([first], TODAY)
    before = P.pledge_text(Pledge.get_by_id(first))
    tid = template_id("officer-three-rules")
    text = P.TemplateText.of(P.latest_version(tid))
    text.clauses = ["一、" + text.clauses[0].replace("不违反规定", "绝不"), *text.clauses[1:]]
    version = P.save_template_version(tid, text, note="措辞更严")
    assert version.number == 2 and version.created_by
    assert version.clauses.count("一、") == 0  # typed numbers are stripped; printing adds them
    assert P.save_template_version(tid, P.TemplateText.of(version)) is None  # unchanged: no new version
    after = P.pledge_text(Pledge.get_by_id(first))
    assert after == before and after.clauses[0].startswith("不违反规定")
    P.issue(tid, [P.leader_signers()[0]])
    newest = Pledge.get((Pledge.template == tid) & (Pledge.name == "周八"))
    assert newest.version.number == 2 and P.pledge_text(newest).clauses[0].startswith("绝不")


def test_template_validation_names_the_part(db):
    tid = template_id("officer-three-rules")
    good = P.TemplateText.of(P.latest_version(tid))
    with pytest.raises(ValidationErrors) as info:
        P.save_template_version(tid, P.TemplateText(title="", preamble="没有姓名", clauses=[]))
    message = str(info.value)
    assert "标题：不能为空" in message and "{姓名}" in message and "承诺条款：至少要有一条" in message
    bad = P.TemplateText(**{**good.__dict__, "closing": "请{领导}监督"})
    with pytest.raises(ValidationErrors, match="未知的占位符{领导}"):
        P.save_template_version(tid, bad)
    long = P.TemplateText(**{**good.__dict__, "clauses": [good.clauses[2] * 2] * 12})
    with pytest.raises(ValidationErrors, match="正文：承诺书内容过长"):
        P.save_template_version(tid, long)
    assert P.latest_version(tid).number == 1


def test_approving_the_draft(db):
    version = P.latest_version(template_id("political-rectification"))
    P.approve_version(version.id)
    assert not P.latest_version(template_id("political-rectification")).is_draft
    with pytest.raises(Conflict):
        P.approve_version(version.id)


# ---------------------------------------------------------------- issuing

def test_issue_to_campaign_officers_by_unit_and_leaders(people):
    court = P.officer_signers(unit="青山县人民法院")
    assert [s.name for s in court] == ["张三", "李四"]
    assert [s.name for s in P.officer_signers()] == ["张三", "李四", "王五", "赵六"]  # 孙七 is 病休
    assert [s.name for s in P.officer_signers(text="派出所")] == ["王五"]
    result = P.issue(template_id("officer-three-rules"), court)
    assert (result.created, result.version) == (2, 1)
    rows = P.pledge_rows()
    assert [(r.name, r.status) for r in rows] == [("张三", PENDING), ("李四", PENDING)]
    pledge = Pledge.get(Pledge.name == "张三")
    assert pledge.issued_by and pledge.issued_at.date() == TODAY and pledge.post == "庭长"
    leaders = P.issue(template_id("leader-public"), P.leader_signers())
    assert leaders.created == 2 and P.pledge_rows(template_id=template_id("leader-public"))[0].unit == "城关镇"


def test_reissuing_is_refused_unless_asked(people):
    tid = template_id("officer-three-rules")
    P.issue(tid, P.officer_signers(unit="青山县人民法院"))
    with pytest.raises(Conflict, match="张三、李四已有.*不能重复下发"):
        issue_officers()
    assert Pledge.select().count() == 2  # nothing written
    skipped = issue_officers(existing=P.SKIP)
    assert (skipped.created, skipped.skipped) == (2, 2)
    old = Pledge.get(Pledge.name == "张三")
    again = P.issue(tid, [s for s in P.officer_signers() if s.name == "张三"], existing=P.REISSUE)
    assert (again.created, again.replaced) == (1, 1)
    assert Pledge.get_by_id(old.id).replaced_at is not None
    assert [r.name for r in P.pledge_rows()].count("张三") == 1  # history is not counted
    assert sum(r.issued for r in P.progress_rows()) == 4
    new = Pledge.get((Pledge.name == "张三") & Pledge.replaced_at.is_null())
    P.withdraw([new.id])  # issued by mistake: the previous one counts again
    assert Pledge.get_by_id(old.id).replaced_at is None


# ---------------------------------------------------------------- status flow

def test_status_flow_allowed_and_refused_steps(people):
    issue_officers()
    ids = ids_of()
    a, b = ids[0], ids[1]
    with pytest.raises(Conflict, match="不能登记为已签署.*状态为“待打印”"):
        P.mark_signed([a], TODAY)
    with pytest.raises(Conflict, match="不能归档"):
        P.archive([a])
    assert P.mark_printed([a]) == 1
    assert Pledge.get_by_id(a).status == PRINTED and Pledge.get_by_id(a).printed_by
    with pytest.raises(Conflict):  # b is still 待打印: nothing changes, not even a
        P.mark_signed([a, b], TODAY)
    assert Pledge.get_by_id(a).status == PRINTED
    with pytest.raises(ValidationError, match="签署日期：不能晚于今天"):
        P.mark_signed([a], TODAY + dt.timedelta(days=1))
    with pytest.raises(ValidationError, match="不能早于下发日期"):
        P.mark_signed([a], TODAY - dt.timedelta(days=30))
    P.mark_signed([a], TODAY)
    signed = Pledge.get_by_id(a)
    assert (signed.status, signed.signed_on, signed.signed_on_screen) == (SIGNED, TODAY, False)
    with pytest.raises(Conflict):
        P.sign_on_screen(a, STROKES, png_bytes(), TODAY)
    P.archive([a])
    archived = Pledge.get_by_id(a)
    assert archived.status == ARCHIVED and archived.archived_at and archived.archived_by
    assert [step for step, _when, _who in P.history(a)][0] == "下发" and len(P.history(a)) == 4
    assert P.mark_printed([a]) == 0 and Pledge.get_by_id(a).print_count == 2  # a reprint is only counted
    P.revert([a])
    assert Pledge.get_by_id(a).status == SIGNED
    P.revert([a])
    assert Pledge.get_by_id(a).status == PRINTED and Pledge.get_by_id(a).signed_on is None
    P.revert([a])
    assert Pledge.get_by_id(a).status == PENDING
    with pytest.raises(Conflict, match="不能撤销上一步"):
        P.revert([a])
    P.sign_on_screen(b, STROKES, png_bytes(), TODAY)  # on screen: straight from 待打印
    assert Pledge.get_by_id(b).status == SIGNED and P.signature_of(b) is not None
    with pytest.raises(Conflict, match="不能撤回"):
        P.withdraw([b])
    P.revert([b])
    assert P.signature_of(b) is None and Pledge.get_by_id(b).status == PENDING


def test_signature_strokes_are_checked(people):
    issue_officers()
    a = ids_of()[0]
    for bad in ("", "{}", json.dumps({"strokes": []}), json.dumps({"strokes": [[[1, 2, 3.5]] * 6]})):
        with pytest.raises(ValidationError, match="签名"):
            P.sign_on_screen(a, bad, png_bytes(), TODAY)
    with pytest.raises(ValidationError, match="签名图像无效"):
        P.sign_on_screen(a, STROKES, b"GIF89a", TODAY)
    assert Pledge.get_by_id(a).status == PENDING


# ---------------------------------------------------------------- printing

def test_batch_pdf_one_page_per_person_ordered_and_marked_printed(people, tmp_path):
    issue_officers()
    P.issue(template_id("leader-public"), P.leader_signers())
    ids = [r.id for r in P.pledge_rows()]
    result = P.print_batch(ids, tmp_path / "all.pdf")
    assert result.pages == len(ids) == 6
    assert page_sizes(result.paths[0]) == [A4_POINTS] * 6
    texts = page_texts(result.paths[0])
    order = ["张三", "李四", "王五", "赵六", "周八", "吴九"]  # by unit (roster order), leaders after
    assert [name for name, text in zip(order, texts) if f"本人{name}" in text] == order
    assert "青山县人民法院刑事审判庭庭长" in texts[0] and "青山县人民法院立案庭干警" in texts[1]
    assert "11010519491231002X" not in "".join(texts) and "1101051949" not in "".join(texts)
    assert all("现郑重承诺：" in t and "承诺人（签名）：" in t and "单位及职务：" in t for t in texts)
    assert "七、" in texts[4] and "公开承诺" in texts[4]
    assert_fonts_embedded(result.paths[0])
    assert_no_missing_glyphs(result.paths[0])
    assert {r.status for r in P.pledge_rows()} == {PRINTED}


def test_one_file_per_person_named_by_unit_and_name(people, tmp_path):
    issue_officers()
    result = P.print_each(ids_of(), tmp_path / "folder")
    assert sorted(p.name for p in result.paths) == sorted(
        ["青山县人民法院-张三.pdf", "青山县人民法院-李四.pdf", "青山县公安局-王五.pdf", "青山县公安局-赵六.pdf"])
    for path in result.paths:
        assert len(page_sizes(path)) == 1 and path.stem.split("-")[1] in page_texts(path)[0]


def test_the_longest_template_and_signer_still_fit_one_readable_page(demo_db, tmp_path):
    longest = max(P.officer_signers() + P.leader_signers(), key=lambda s: len(s.unit_post) + len(s.name))
    for key in P.DEFAULT_KEYS:
        text = P._render(P.TemplateText.of(P.latest_version(P.template_by_key(key))), longest, TODAY, png_bytes())
        story, density = fitted_story(text)
        assert density.size >= MIN_SIZE and density.leading >= 1.4 * density.size
        assert layout.unprintable_characters(story) == set()
        out = layout.build(tmp_path / f"{key}.pdf", story, title=key, page_numbers=False)
        assert len(page_sizes(out)) == 1, key
        assert longest.name in page_texts(out)[0]
    text = P._render(P.TemplateText.of(P.latest_version(P.template_by_key("officer-three-rules"))), longest,
                     None, None)
    with pytest.raises(PledgeTooLong):
        fit(type(text)(**{**text.__dict__, "clauses": text.clauses * 3}))


def test_signed_on_screen_pdf_has_the_signature_image_and_the_date(people, tmp_path):
    issue_officers()
    a, b = ids_of()[:2]
    day = TODAY
    P.sign_on_screen(a, STROKES, png_bytes(), day)
    signed = P.pledge_pdf(a, tmp_path / "signed.pdf")
    assert image_count(signed) == 1 and layout.cn_date(day) in page_texts(signed)[0]
    assert_fonts_embedded(signed)
    assert_no_missing_glyphs(signed)
    unsigned = P.pledge_pdf(b, tmp_path / "unsigned.pdf")
    assert image_count(unsigned) == 0 and layout.cn_date(day) not in page_texts(unsigned)[0]
    batch = P.print_batch([a, b], tmp_path / "batch.pdf", mark=False)
    assert image_count(batch.paths[0], 0) == 1 and image_count(batch.paths[0], 1) == 0


# ---------------------------------------------------------------- scans

def test_attach_scans_of_the_paper_copy(people, tmp_path):
    issue_officers()
    a = ids_of()[0]
    files = {"scan.png": png_bytes(), "scan.pdf": layout.build_bytes([layout.body("扫描件")], title="扫描"),
             "photo.JPG": b"\xff\xd8\xff\xe0" + b"0" * 100}
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
        row = P.attach_scan(a, tmp_path / name)
        assert row.size == len(data)
    assert [s.file_name for s in P.scans(a)] == list(files)
    assert P.pledge_rows()[0].scans == 3
    (tmp_path / "fake.png").write_bytes(b"not a png")
    with pytest.raises(ValidationError, match="扫描件：“fake.png”的内容不是有效的PNG文件"):
        P.attach_scan(a, tmp_path / "fake.png")
    (tmp_path / "notes.docx").write_bytes(b"PK")
    with pytest.raises(ValidationError, match="不是 PDF、JPG 或 PNG"):
        P.attach_scan(a, tmp_path / "notes.docx")
    out = P.save_scan(P.scans(a)[0].id, tmp_path / "out")
    assert out.read_bytes() == files["scan.png"]
    P.delete_scan(P.scans(a)[0].id)
    assert len(P.scans(a)) == 2


# ---------------------------------------------------------------- progress, demo, CLI

def test_progress_per_unit_and_the_unsigned_list(people, tmp_path):
    issue_officers()
    ids = ids_of()
    P.mark_printed(ids)
    P.mark_signed(ids[:2], TODAY)  # the court's two
    rows = {r.unit: r for r in P.progress_rows()}
    assert (rows["青山县人民法院"].signed, rows["青山县人民法院"].issued, rows["青山县人民法院"].percent) == (2, 2, 100.0)
    assert (rows["青山县公安局"].signed, rows["青山县公安局"].not_signed) == (0, 2)
    assert [r.name for r in P.unsigned_rows()] == ["王五", "赵六"]
    report = P.progress_report_pdf(tmp_path / "progress.pdf")
    text = "".join(page_texts(report))
    assert "承诺书签订进度" in text and "王五" in text and "赵六" in text and "张三" not in text.split("未签署名单")[1]
    assert_fonts_embedded(report)
    assert_no_missing_glyphs(report)


def test_demo_has_every_pledge_with_a_realistic_remainder(demo_db):
    figures = P.stats()
    assert figures["officer-three-rules"]["issued"] == 518
    assert figures["political-rectification"]["issued"] == 518
    assert figures["leader-public"]["issued"] == 218
    assert sum(f["issued"] for f in figures.values()) == 518 + 518 + 218
    for f in figures.values():
        assert 0.85 < f["signed"] / f["issued"] < 1.0 and f["archived"] < f["signed"] <= f["printed"] + 1
    behind = {r.unit for r in P.progress_rows() if r.not_signed and r.template_id != template_id("leader-public")}
    assert behind and behind <= {"青山县公安局", "青山县司法局"}
    political = P.versions(template_id("political-rectification"))
    assert [v.number for v in political] == [2, 1] and political[1].is_draft
    assert {r.version for r in P.pledge_rows(template_id=template_id("political-rectification"))} == {2}


def run_cli(*args):
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], capture_output=True, text=True, cwd=ROOT)


def test_cli_print_pledges_and_stats(demo_db_file, tmp_path):
    db = tmp_path / "copy.db"
    shutil.copyfile(demo_db_file, db)
    out = tmp_path / "court.pdf"
    done = run_cli("--db", str(db), "print", "pledges", "--template", "officer-three-rules", "--unit", "县法院",
                   "--out", str(out))
    assert done.returncode == 0, done.stderr
    assert len(page_sizes(out)) == 118 and "118 份" in done.stdout
    assert_fonts_embedded(out)
    wrong = run_cli("--db", str(db), "print", "pledges", "--template", "nope", "--out", str(tmp_path / "x.pdf"))
    assert wrong.returncode == 2 and "officer-three-rules" in wrong.stderr and "Traceback" not in wrong.stderr
    nobody = run_cli("--db", str(db), "print", "pledges", "--template", "leader-public", "--unit", "县法院",
                     "--out", str(tmp_path / "y.pdf"))
    assert nobody.returncode == 2 and "尚未向" in nobody.stderr
    stats = run_cli("--db", str(db), "stats", "--json")
    figures = json.loads(stats.stdout)["pledges"]
    assert set(figures) == set(P.DEFAULT_KEYS)
    assert set(figures["leader-public"]) >= {"issued", "printed", "signed", "archived"}
