"""The 一人一档 PDF read back: masked ID, no talk content unless the file was made with it (then 内部资料)."""
import re

from tests.app.reports.documents.read_back import assert_no_helvetica, flat_text


def test_person_file_pdf(demo_db, tmp_path):
    from app.reports import person_file as pf
    from app.reports.documents.person_file import build_person_file
    from app.roster.models import Officer
    from app.study.models import Attendee

    officer_id = Attendee.select(Attendee.officer).where(Attendee.status == "缺席").first().officer_id
    officer = Officer.get_by_id(officer_id)
    plain = build_person_file(tmp_path / "plain.pdf", pf.person_file(officer_id))
    with_content = pf.person_file(officer_id, with_content=True)
    secret = build_person_file(tmp_path / "secret.pdf", with_content)
    for path in (plain, secret):
        assert_no_helvetica(path)
    text = flat_text(plain)
    assert "政法干警教育整顿一人一档" in text and officer.name in text
    assert officer.id_number not in text and officer.id_number[-4:] in text  # masked
    assert "内部资料" not in text
    said = next(t.content for t in with_content.talks if t.content)
    assert re.sub(r"\s+", "", said)[:12] not in text
    secret_text = flat_text(secret)
    assert re.sub(r"\s+", "", said)[:12] in secret_text and "内部资料" in secret_text


def test_person_file_tables_split_with_their_headers_and_dates_are_written_out(demo_db, tmp_path):
    """Page 1 used to end after the 基本情况 (8.7 lines left empty): the 学习教育 table moved over whole."""
    from app.documents import layout
    from app.reports import person_file as pf
    from app.reports.documents.person_file import build_person_file
    from app.study.models import Attendee
    from tests.support.pdf_checks import page_texts, text_runs

    officer_id = Attendee.select(Attendee.officer).where(Attendee.status == "缺席").first().officer_id
    record = pf.person_file(officer_id, with_content=True)
    out = build_person_file(tmp_path / "file.pdf", record)
    texts = page_texts(out)
    assert len(record.sessions) > 12 and len(texts) >= 2
    first_page = [(t, y) for t, _x, y, _s in text_runs(out, 0) if not re.fullmatch(r"— \d+ —", t)]
    lowest = min(y for _t, y in first_page)
    assert (lowest - layout.MARGIN_BOTTOM) / layout.LINE_PITCH < 2  # the page is filled to its foot
    assert "二、学习教育" in texts[0] and "二、学习教育" not in texts[1]
    assert texts[1].count("学习活动") >= 1 and "考勤" in texts[1]  # the header row repeated on page 2
    talk = record.talks[0]
    assert f"{layout.cn_date(talk.day)}谈话内容" in flat_text(out)
    assert f"{talk.day:%Y-%m-%d}谈话内容" not in flat_text(out)
