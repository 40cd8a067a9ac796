"""Printed talk documents read back with pypdf: one record form per page, names present, fonts embedded;
the coverage table; and the `print talk-forms` / `print coverage` commands."""
import datetime as dt
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from app.talks import service as talks
from app.talks.documents import coverage as talk_coverage
from app.talks.documents import talk_form
from app.jobs import Cancelled, Progress

ROOT = Path(__file__).resolve().parents[3]


def fonts_of(reader: PdfReader) -> dict[str, bool]:
    """Font name → embedded, over every page (descendant fonts of Type0 included)."""
    found = {}
    for page in reader.pages:
        resources = page.get("/Resources") or {}
        for font in (resources.get("/Font") or {}).values():
            font = font.get_object()
            descendants = font.get("/DescendantFonts")
            targets = [d.get_object() for d in descendants] if descendants else [font]
            for target in targets:
                descriptor = target.get("/FontDescriptor")
                descriptor = descriptor.get_object() if descriptor else {}
                embedded = any(key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3"))
                found[str(target.get("/BaseFont"))] = embedded
    return found


def assert_fonts_embedded(reader: PdfReader) -> None:
    found = fonts_of(reader)
    assert found and all(found.values()), found


def round_and_unit(name="县检察院", number=2):
    info = talks.round_by_number(number)
    return info, talks.find_unit(name)


def test_one_form_per_record_with_names_and_embedded_fonts(demo_db, tmp_path):
    info, unit = round_and_unit()
    ids = talks.talk_ids_for(info.id, unit.id)
    records = talks.form_records(ids, include_content=True)
    out = talk_form.build_forms(tmp_path / "forms.pdf", records)
    reader = PdfReader(out)
    assert len(reader.pages) == len(records) == len(ids) > 10
    for page, record in zip(reader.pages, records):
        text = page.extract_text()
        assert "谈心谈话记录表" in text and "谈话人（签名）" in text
        assert record.talker_name in text
        assert all(p.name in text for p in record.participants)
        if len(record.participants) > 1:
            assert "谈话对象签名" in text
    assert_fonts_embedded(reader)


def test_long_content_continues_on_the_next_page(demo_db, tmp_path):
    info, unit = round_and_unit()
    ids = talks.talk_ids_for(info.id, unit.id)[:2]
    records = talks.form_records(ids, include_content=True)
    long_text = "\n".join(f"第{i}段：" + "反复强调严格执行防止干预司法“三个规定”，做到逢问必录。" * 3 for i in range(1, 41))
    first = records[0].__class__(**{**records[0].__dict__, "content": long_text})
    reader = PdfReader(talk_form.build_forms(tmp_path / "long.pdf", [first, records[1]]))
    pages = [p.extract_text() for p in reader.pages]
    assert len(pages) >= 3
    assert "第1段" in pages[0] and "第40段" in "".join(pages[1:-1])
    signature_page = next(i for i, text in enumerate(pages) if "谈话人（签名）" in text)
    assert signature_page >= 1 and "第40段" in "".join(pages[:signature_page + 1])
    assert pages[-1].count("谈心谈话记录表") == 1  # the second record starts on its own page


def test_forms_without_content_say_so(demo_db, tmp_path):
    info, unit = round_and_unit()
    ids = talks.talk_ids_for(info.id, unit.id)[:3]
    with_content = talks.form_records(ids, include_content=True)
    records = talks.form_records(ids, include_content=False)
    text = "".join(p.extract_text() for p in PdfReader(talk_form.build_forms(tmp_path / "plain.pdf", records)).pages)
    assert text.count(talk_form.HIDDEN_NOTE) == 9
    assert with_content[0].content[:12] not in text


def test_batch_build_can_be_cancelled_and_leaves_no_file(demo_db, tmp_path):
    info, _unit = round_and_unit()
    records = talks.form_records(talks.talk_ids_for(info.id)[:20], include_content=False)

    class StopAtFive(Progress):
        def report(self, fraction, message=""):
            if fraction >= 5 / 20:
                self.cancel()
            super().report(fraction, message)

    out = tmp_path / "cancelled.pdf"
    with pytest.raises(Cancelled):
        talk_form.build_forms(out, records, progress=StopAtFive())
    assert not out.exists() and not list(tmp_path.glob("*.part"))


def test_coverage_pdf_lists_units_untalked_and_gaps(demo_db, tmp_path):
    third = talks.round_by_number(3)
    out = talk_coverage.build_coverage(tmp_path / "c.pdf", round_name=third.name, round_label=third.label,
                                       rows=talks.coverage(third.id), untalked=talks.untalked(third.id),
                                       gaps=talks.cascade_gaps(third.id), day=dt.date.today())
    reader = PdfReader(out)
    text = "".join(p.extract_text() for p in reader.pages)
    assert "第三轮谈心谈话覆盖情况表" in text
    for name in ("中共青山县委政法委员会", "青山县人民法院", "青山县公安局", "合计"):
        assert name in text
    untalked = talks.untalked(third.id)
    assert f"未谈人员名单（{len(untalked)}人）" in text
    assert all(p.name in text for p in untalked[:5] + untalked[-5:])
    assert_fonts_embedded(reader)
    first = talks.round_by_number(1)
    gaps = talks.cascade_gaps(first.id)
    text1 = "".join(p.extract_text() for p in PdfReader(talk_coverage.build_coverage(
        tmp_path / "c1.pdf", round_name=first.name, round_label=first.label, rows=talks.coverage(first.id),
        untalked=[], gaps=gaps, day=dt.date.today())).pages)
    assert "缺口（2处）" in text1 and all(g.name in text1 for g in gaps)


def test_untalked_list_of_one_unit(demo_db, tmp_path):
    third = talks.round_by_number(3)
    unit = talks.find_unit("县司法局")
    people = talks.untalked(third.id, unit.id)
    reader = PdfReader(talk_coverage.build_untalked(tmp_path / "u.pdf", round_name=third.name,
                                                    round_label=third.label, unit_name=unit.name, people=people,
                                                    day=dt.date.today()))
    text = "".join(p.extract_text() for p in reader.pages)
    assert f"未谈{len(people)}人" in text and all(p.name in text for p in people)
    assert "青山县公安局" not in text


def run(*args):
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], capture_output=True, text=True, cwd=ROOT)


def test_cli_prints_forms_and_coverage(demo_db_file, tmp_path):
    forms = tmp_path / "forms.pdf"
    result = run("--db", str(demo_db_file), "print", "talk-forms", "--round", "1", "--unit", "县委政法委",
                 "--out", str(forms))
    assert result.returncode == 0, result.stderr
    assert "谈话记录表" in result.stdout
    pages = len(PdfReader(forms).pages)
    assert 10 < pages < 40
    cover = tmp_path / "cover.pdf"
    result = run("--db", str(demo_db_file), "print", "coverage", "--round", "3", "--out", str(cover))
    assert result.returncode == 0, result.stderr
    assert "覆盖率" in result.stdout and "第三轮" in PdfReader(cover).pages[0].extract_text()


def test_cli_user_errors_are_chinese_with_exit_2(demo_db_file, tmp_path):
    out = str(tmp_path / "x.pdf")
    for args, message in ((("talk-forms", "--round", "7"), "没有第7轮"),
                          (("talk-forms", "--round", "1", "--unit", "县教育局"), "找不到“县教育局”"),
                          (("coverage", "--round", "x"), "轮次应为数字")):
        result = run("--db", str(demo_db_file), "print", *args, "--out", out)
        assert result.returncode == 2, (args, result.stderr)
        assert message in result.stderr and "Traceback" not in result.stderr
    assert not Path(out).exists()


def test_cli_help_says_forms_include_content():
    result = run("print", "talk-forms", "--help")
    assert result.returncode == 0
    assert "谈话内容" in result.stdout and "--round" in result.stdout
