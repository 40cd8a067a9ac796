"""The template editor: a text that would run past two pages is refused; the live preview."""
import pytest

from app.errors import ValidationErrors
from app.pledges import editor
from app.pledges.templates import TemplateText, latest_version
from tests.support.pdf_checks import page_sizes, page_texts
from tests.support.pledge_data import template_id


def test_a_text_longer_than_one_page_is_refused_with_the_part_named(db):
    tid = template_id("officer-three-rules")
    good = TemplateText.of(latest_version(tid))
    long = TemplateText(**{**good.__dict__, "clauses": [good.clauses[2] * 2] * 12})
    with pytest.raises(ValidationErrors, match="正文：承诺书内容过长"):
        editor.save_template_version(tid, long)
    with pytest.raises(ValidationErrors, match="正文：承诺书内容过长"):
        editor.create_template("自拟承诺书", "officer", long)
    with pytest.raises(ValidationErrors, match="标题：不能为空"):  # the parts are checked first
        editor.check_text(TemplateText(**{**long.__dict__, "title": ""}))
    assert latest_version(tid).number == 1
    changed = TemplateText(**{**good.__dict__, "closing": "以上承诺，请组织和群众监督。"})
    assert editor.save_template_version(tid, changed).number == 2
    own = editor.create_template("自拟承诺书", "officer", changed)
    assert own.key == "custom-1" and latest_version(own).closing == changed.closing


def test_the_preview_is_on_the_standard_grid(db, tmp_path):
    text = TemplateText.of(latest_version(template_id("leader-public")))
    data, density = editor.preview(text, "leader")
    assert data.startswith(b"%PDF") and (density.size, density.lines_per_page) == (16, 22)
    path = tmp_path / "preview.pdf"
    path.write_bytes(data)
    assert 1 <= len(page_sizes(path)) <= 2 and "本人李国庆" in page_texts(path)[0]
