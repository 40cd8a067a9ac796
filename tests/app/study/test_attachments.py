"""Files attached to make-up study: copied next to the database."""
import pytest

from app.errors import ValidationError
from app.study import attachments, audience, makeup, models, sessions

from tests.support.study_data import DAY, make_roster, session_data


@pytest.fixture
def people(db):
    return make_roster()


def test_evidence_file_is_copied_next_to_the_database(people, tmp_path):
    session = sessions.create_session(session_data())
    audience.freeze(session.id)
    task = makeup.makeup_rows(session_id=session.id, today=DAY)[0]
    source = tmp_path / "笔记.jpg"
    source.write_bytes(b"jpeg")
    makeup.complete_tasks([task.id], DAY, evidence_file=str(source), today=DAY)
    stored = makeup.makeup_rows(session_id=session.id, state=models.STATE_DONE, today=DAY)[0].evidence_file
    assert attachments.attachment_path(stored).read_bytes() == b"jpeg"
    assert attachments.attachment_path(stored).parent.parent.parent.name == "test-附件"
    with pytest.raises(ValidationError, match="找不到文件"):
        makeup.complete_tasks([task.id], DAY, evidence_file=str(tmp_path / "none.jpg"), today=DAY)
