"""Printed record forms read back with pypdf: one form per page, names present, fonts embedded, long content
continued on the next page, content left out when not asked for, a batch that can be cancelled."""
import pytest
from pypdf import PdfReader

from app.jobs import Cancelled, Progress
from app.talks import listing, people, rounds
from app.talks.documents import talk_form
from tests.support.pdf_checks import assert_fonts_embedded


def round_and_unit(name="县检察院", number=2):
    info = rounds.round_by_number(number)
    return info, people.find_unit(name)


def test_one_form_per_record_with_names_and_embedded_fonts(demo_db, tmp_path):
    info, unit = round_and_unit()
    ids = listing.talk_ids_for(info.id, unit.id)
    records = listing.form_records(ids, include_content=True)
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
    assert_fonts_embedded(out)


def test_long_content_continues_on_the_next_page(demo_db, tmp_path):
    info, unit = round_and_unit()
    ids = listing.talk_ids_for(info.id, unit.id)[:2]
    records = listing.form_records(ids, include_content=True)
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
    ids = listing.talk_ids_for(info.id, unit.id)[:3]
    with_content = listing.form_records(ids, include_content=True)
    records = listing.form_records(ids, include_content=False)
    text = "".join(p.extract_text() for p in PdfReader(talk_form.build_forms(tmp_path / "plain.pdf", records)).pages)
    assert text.count(talk_form.HIDDEN_NOTE) == 9
    assert with_content[0].content[:12] not in text


def test_batch_build_can_be_cancelled_and_leaves_no_file(demo_db, tmp_path):
    info, _unit = round_and_unit()
    records = listing.form_records(listing.talk_ids_for(info.id)[:20], include_content=False)

    class StopAtFive(Progress):
        def report(self, fraction, message=""):
            if fraction >= 5 / 20:
                self.cancel()
            super().report(fraction, message)

    out = tmp_path / "cancelled.pdf"
    with pytest.raises(Cancelled):
        talk_form.build_forms(out, records, progress=StopAtFive())
    assert not out.exists() and not list(tmp_path.glob("*.part"))
