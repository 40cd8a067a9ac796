"""Evidence files: one counts as evidence for 销号 and then cannot be removed."""
import pytest

from tests.support.feedback_data import new, assign


def test_an_attached_file_counts_as_evidence_and_cannot_then_be_removed(units, tmp_path):
    from app.feedback.attachments import add_attachment, attachment_content, attachment_rows, remove_attachment
    from app.feedback.workflow import transition
    from app.errors import ValidationErrors

    s = new()
    assign(s)
    transition(s.id, "整改中")
    transition(s.id, "已整改待验收", changes={"measure": "建立制度"})
    photo = tmp_path / "现场照片.jpg"
    photo.write_bytes(b"\xff\xd8 photo")
    attachment = add_attachment(s.id, photo)
    transition(s.id, "已销号", changes={"reviewer": "刘敏"})
    assert attachment_content(attachment.id) == ("现场照片.jpg", b"\xff\xd8 photo")
    with pytest.raises(ValidationErrors, match="佐证材料"):
        remove_attachment(attachment.id)
    assert len(attachment_rows(s.id)) == 1
