"""Snippets (常用语): the defaults and editing."""
import pytest

from app.errors import ValidationErrors
from app.talks import snippets


def test_snippets_default_and_edit(db):
    defaults = snippets.snippets()
    assert len(defaults) == len(snippets.DEFAULT_SNIPPETS)
    new_id = snippets.save_snippet(None, "意见建议", "装备", "建议加大装备投入。")
    assert snippets.snippets("意见建议")[-1].title == "装备"
    with pytest.raises(ValidationErrors, match="名称"):
        snippets.save_snippet(new_id, "意见建议", "", "x")
    snippets.delete_snippet(new_id)
    assert len(snippets.snippets()) == len(defaults)
