"""The coverage table and the 未谈名单 read back with pypdf."""
import datetime as dt

from pypdf import PdfReader

from app.documents import layout
from app.talks import coverage, people, rounds
from app.talks.documents import coverage as talk_coverage
from tests.support.pdf_checks import assert_fonts_embedded


def test_coverage_pdf_lists_units_untalked_and_gaps(demo_db, tmp_path):
    third = rounds.round_by_number(3)
    out = talk_coverage.build_coverage(tmp_path / "c.pdf", round_name=third.name, round_label=third.label,
                                       rows=coverage.coverage(third.id), untalked=coverage.untalked(third.id),
                                       gaps=coverage.cascade_gaps(third.id), day=dt.date.today())
    reader = PdfReader(out)
    text = "".join(p.extract_text() for p in reader.pages)
    assert "第三轮谈心谈话覆盖情况表" in text
    assert third.start_date  # the round's dates written as a document writes them, not 2021-05-10
    assert layout.cn_date(third.start_date) in text.replace("\n", "")
    assert f"{third.start_date:%Y-%m-%d}" not in text
    for name in ("中共青山县委政法委员会", "青山县人民法院", "青山县公安局", "合计"):
        assert name in text
    untalked = coverage.untalked(third.id)
    assert f"未谈人员名单（{len(untalked)}人）" in text
    assert all(p.name in text for p in untalked[:5] + untalked[-5:])
    assert_fonts_embedded(out)
    first = rounds.round_by_number(1)
    gaps = coverage.cascade_gaps(first.id)
    text1 = "".join(p.extract_text() for p in PdfReader(talk_coverage.build_coverage(
        tmp_path / "c1.pdf", round_name=first.name, round_label=first.label, rows=coverage.coverage(first.id),
        untalked=[], gaps=gaps, day=dt.date.today())).pages)
    assert "缺口（2处）" in text1 and all(g.name in text1 for g in gaps)


def test_untalked_list_of_one_unit(demo_db, tmp_path):
    third = rounds.round_by_number(3)
    unit = people.find_unit("县司法局")
    waiting = coverage.untalked(third.id, unit.id)
    reader = PdfReader(talk_coverage.build_untalked(tmp_path / "u.pdf", round_name=third.name,
                                                    round_label=third.label, unit_name=unit.name, people=waiting,
                                                    day=dt.date.today()))
    text = "".join(p.extract_text() for p in reader.pages)
    assert f"未谈{len(waiting)}人" in text and all(p.name in text for p in waiting)
    assert "青山县公安局" not in text
