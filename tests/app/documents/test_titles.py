"""Titles broken by words into a trapezoid or a diamond (GB/T 9704 7.3.1), read back from the PDF."""
import pytest
from tests.support.pdf_checks import text_runs

from app.documents import layout
from app.documents.titles import title_lines

NOTICE = "关于召开县司法局以案促改警示教育大会的通知"  # 21 characters: 20 fit a line of 2号


def _lines(text: str) -> list[str]:
    st = layout.TITLE_STYLE
    return title_lines(text, lambda t: layout.natural_width(t, st), layout.TEXT_WIDTH, st.pitch)


def test_the_notice_title_breaks_between_words_not_before_its_last_character(tmp_path):
    out = layout.build(tmp_path / "title.pdf", [layout.title(NOTICE), layout.body("正文。")], title="标题")
    lines = [(t, x, y) for t, x, y, size in text_runs(out) if size == layout.TITLE_SIZE]
    assert [t for t, _x, _y in lines] == ["关于召开县司法局以案促改", "警示教育大会的通知"]  # was …的通 / 知
    (_t1, x1, y1), (_t2, x2, y2) = lines
    assert y1 - y2 == pytest.approx(layout.LINE_PITCH * 1.35, abs=0.01)
    centre = layout.MARGIN_LEFT + layout.TEXT_WIDTH / 2
    for text, x, _y in lines:  # each line centred: the two lines form a trapezoid, upper longer
        assert x + layout.natural_width(text, layout.TITLE_STYLE) / 2 == pytest.approx(centre, abs=0.1)


@pytest.mark.parametrize("text", [
    NOTICE, "青山县政法队伍教育整顿征求意见建议整改清单", "中共青山县委政法委员会关于印发政法队伍教育整顿查纠整改环节工作方案的通知",
    "关于开展全县政法队伍教育整顿英模先进典型学习宣讲活动暨政治轮训第二期培训班和警示教育大会的通知",
    "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌",  # no known word at all
])
def test_no_line_of_one_character_and_every_line_fits(text):
    lines = _lines(text)
    assert "".join(lines) == text and len(lines) >= 2
    assert min(len(line) for line in lines) >= 2
    assert all(layout.natural_width(line, layout.TITLE_STYLE) <= layout.TEXT_WIDTH + 0.01 for line in lines)
    assert not any(line.endswith("的") for line in lines[:-1])  # the 的 goes down with the noun it governs


def test_three_lines_make_a_trapezoid_or_a_diamond():
    lines = _lines("关于开展全县政法队伍教育整顿英模先进典型学习宣讲活动暨政治轮训第二期培训班和警示教育大会的通知")
    lengths = [len(line) for line in lines]
    assert len(lines) == 3
    steady = lengths == sorted(lengths) or lengths == sorted(lengths, reverse=True)
    assert steady or lengths[1] >= max(lengths[0], lengths[2]), lines


def test_a_short_title_stays_on_one_line_and_words_stay_whole():
    assert _lines("政法干警教育整顿一人一档") == ["政法干警教育整顿一人一档"]
    assert not any(line.startswith("整顿") or line.endswith("整") for line in _lines(NOTICE * 2))
