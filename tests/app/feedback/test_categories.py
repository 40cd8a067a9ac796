"""Categories the office edits (renames follow into the ledger) and the 编号 prefix."""
import pytest

from tests.support.feedback_data import days, new


def test_codes_follow_the_configurable_prefix(units):
    from app.feedback.categories import set_code_prefix

    first, second = new(), new("立案难")
    assert [first.code[-3:], second.code[-3:]] == ["001", "002"]
    set_code_prefix("整改")
    assert new("出警慢").code == f"整改-{days(-15).year}-001"
    from app.errors import ValidationError

    with pytest.raises(ValidationError):
        set_code_prefix("Z G")


def test_categories_are_editable_and_renames_follow(units):
    from app.feedback.categories import add_category, categories, major_categories, move_category, remove_category, rename_category
    from app.feedback.ledger import suggestion_row
    from app.errors import Conflict, ValidationErrors

    names = categories()
    assert names[0] == "违反“三个规定”" and "营商环境" in names and len(major_categories()) == 6
    s = new(category="营商环境")
    rename_category("营商环境", "优化营商环境")
    assert suggestion_row(s.id).category == "优化营商环境"
    with pytest.raises(Conflict):
        remove_category("优化营商环境")
    add_category("涉法涉诉信访")
    move_category("涉法涉诉信访", -1)
    assert categories()[-2] == "涉法涉诉信访"
    with pytest.raises(ValidationErrors, match="不在类别清单"):
        new(category="不存在的类别")
