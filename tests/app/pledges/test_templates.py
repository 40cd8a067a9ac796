"""Pledge templates: the three we ship, immutable versions, the checks on a text's parts, approving a draft."""
import pytest

from app.errors import Conflict, ValidationErrors
from app.pledges import issuing, printing, signing
from app.pledges.ledger import pledge_rows
from app.pledges.models import Pledge
from app.pledges.signers import leader_signers
from app.pledges.templates import (DEFAULT_KEYS, TemplateText, approve_version, latest_version, save_template_version,
                                   template_by_key, template_rows)
from app.pledges.text import pledge_text
from tests.support.pledge_data import TODAY, ids_of, issue_officers, template_id


def test_three_default_templates_are_there_and_the_political_one_is_a_draft(db):
    rows = {r.key: r for r in template_rows()}
    assert set(rows) == set(DEFAULT_KEYS)
    assert rows["political-rectification"].is_draft and not rows["officer-three-rules"].is_draft
    assert rows["leader-public"].audience == "leader"
    for key in DEFAULT_KEYS:
        text = TemplateText.of(latest_version(template_by_key(key)))
        assert text.preamble.endswith("现郑重承诺：") and "{姓名}" in text.preamble
        assert "监督" in text.closing
    officer = TemplateText.of(latest_version(template_by_key("officer-three-rules")))
    assert 6 <= len(officer.clauses) <= 10
    leader = TemplateText.of(latest_version(template_by_key("leader-public")))
    assert len(leader.clauses) == 7 and all(c.startswith("不以任何形式") for c in leader.clauses)


def test_editing_a_template_never_changes_an_issued_or_signed_pledge(people):
    issue_officers()
    first = ids_of()[0]
    printing.mark_printed([first])
    signing.mark_signed([first], TODAY)
    before = pledge_text(Pledge.get_by_id(first))
    tid = template_id("officer-three-rules")
    text = TemplateText.of(latest_version(tid))
    text.clauses = ["一、" + text.clauses[0].replace("不违反规定", "绝不"), *text.clauses[1:]]
    version = save_template_version(tid, text, note="措辞更严")
    assert version.number == 2 and version.created_by
    assert version.clauses.count("一、") == 0  # typed numbers are stripped; printing adds them
    assert save_template_version(tid, TemplateText.of(version)) is None  # unchanged: no new version
    after = pledge_text(Pledge.get_by_id(first))
    assert after == before and after.clauses[0].startswith("不违反规定")
    issuing.issue(tid, [leader_signers()[0]])
    newest = Pledge.get((Pledge.template == tid) & (Pledge.name == "周八"))
    assert newest.version.number == 2 and pledge_text(newest).clauses[0].startswith("绝不")
    assert len(pledge_rows(template_id=tid)) == 5


def test_template_validation_names_the_part(db):
    tid = template_id("officer-three-rules")
    good = TemplateText.of(latest_version(tid))
    with pytest.raises(ValidationErrors) as info:
        save_template_version(tid, TemplateText(title="", preamble="没有姓名", clauses=[]))
    message = str(info.value)
    assert "标题：不能为空" in message and "{姓名}" in message and "承诺条款：至少要有一条" in message
    bad = TemplateText(**{**good.__dict__, "closing": "请{领导}监督"})
    with pytest.raises(ValidationErrors, match="未知的占位符{领导}"):
        save_template_version(tid, bad)
    with pytest.raises(ValidationErrors, match="标题：过长（41字，最多40字）"):
        save_template_version(tid, TemplateText(**{**good.__dict__, "title": "承" * 41}))
    assert latest_version(tid).number == 1


def test_approving_the_draft(db):
    version = latest_version(template_id("political-rectification"))
    approve_version(version.id)
    assert not latest_version(template_id("political-rectification")).is_draft
    with pytest.raises(Conflict):
        approve_version(version.id)
