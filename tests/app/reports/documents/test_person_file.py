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
