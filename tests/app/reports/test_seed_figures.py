"""Every figure of the source article (../shared/seed, the 工作综述 the office must write) is stated by the
工作情况报告 generated from the demo, with its measure word (“1453人次”, “三轮”), as often as the article
states it; or it is listed in NOT_STATED with the reason. The list is kept honest both ways: an unlisted
figure the report does not state fails, and so does a listed one it does state (remove it from the list).

The figures are taken from the article's text by pattern (a number in digits or Chinese numerals, 余/多, a
measure word), not typed in; what the pattern finds that is not a figure is skipped by the rules below.
"""
import collections
import os
import re
from pathlib import Path


# A copy of the article (../shared/seed, the campaign's 工作综述) is kept with the tests, so that the check runs
# on every clone; JZ_SEED_DIR may point at another copy.
SEED_DIR = Path(os.environ.get("JZ_SEED_DIR") or Path(__file__).resolve().parents[2] / "support" / "seed")
SEED = sorted(SEED_DIR.glob("*.txt"))
assert SEED, f"the source article is missing from {SEED_DIR}"

CN_NUMERALS = "一二两三四五六七八九十百千万"
CN_VALUES = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
MEASURES = ("批次", "人次", "场次", "万元", "万份", "次", "篇", "人", "条", "份", "个", "项", "名", "轮", "件", "起",
            "场", "家", "册", "处", "元", "%")
FIGURE = re.compile(r"(?P<near>近)?(?P<num>\d+(?:\.\d+)?|[%s]+)(?P<approx>余|多)?(?P<unit>%s)"
                    % (CN_NUMERALS, "|".join(MEASURES)))

# Chinese numerals the pattern finds that are names, not counts: the article's slogans and the campaign's terms.
NAMES = {
    "三个规定": "the 防止干预司法“三个规定”, a name",
    "三个环节": "the campaign's three phases named as such (学习教育、查纠整改、总结提升), not a count kept",
    "五项排查": "the name of the 五项排查 (the report's 专项排查 section lists them)",
    "五个过硬": "slogan",
    "四个着手": "how the article arranges its 办实事 part (一是……四是)",
    "四项任务": "the campaign's 四项任务, a name",
    "十个一": "the name of a study model (“十个一”)",
}

# Article figures the report does not state (as often as the article does), each with its reason. The key is
# the figure as the article writes it. Every ledger is merged: what is left here cannot be stated.
NOT_STATED = {
    # Cannot be stated, whatever is merged:
    "14万份": "the article gives the same 14万份反诈宣传单 twice (under 急难愁盼 and again under 法治宣传); the ledger "
             "holds it once and the report states it once: a second time would read as another 14万份",
    "近千名": "a journalist's round figure for everyone taking part; the ledger's own count is the article's "
             "在岗在编干警518人, which the report states",
    "133条": "the article gives 133条 twice: once as all suggestions gathered (stated), once again for the "
             "民主生活会和组织生活会, where the ledger holds 5 of them; stating 133 there would be false",
}


def article_text() -> str:
    assert SEED, "the seed article (../shared/seed/*.txt) is missing"
    return "".join(path.read_text(encoding="utf-8") for path in SEED)


def skipped(text: str, m: re.Match) -> str | None:
    """Why a match is not a figure, or None when it is one."""
    if m.start() and text[m.start() - 1] == "第":
        return "an ordinal (第二届)"
    if m.group("num") == "一" and not m.group("near"):
        return "一 before a measure word is the article “a”/“one” (一场自我革命, 一次洗礼, 每天安排一名), not a count"
    for name in NAMES:
        if text.startswith(name, m.start()):
            return NAMES[name]
    return None


def article_figures() -> collections.Counter:
    """Each figure of the article (its text as written: 1453人次, 三轮, 3600多人次) → how often it occurs."""
    text = article_text()
    return collections.Counter(m.group(0) for m in FIGURE.finditer(text) if skipped(text, m) is None)


def spellings(figure: str) -> re.Pattern:
    """How the report may write the figure: 余 and 多 alike; a Chinese numeral in digits too (三轮, 3轮)."""
    m = FIGURE.fullmatch(figure)
    num, approx, unit = m.group("num"), m.group("approx"), m.group("unit")
    if num[0] in CN_VALUES and len(num) == 1:
        value = CN_VALUES[num]
        number = "(?:%s)" % "|".join(sorted({num, str(value), "两" if value == 2 else num, "二" if value == 2 else num}))
        before = r"(?<![\d.%s])" % CN_NUMERALS
    else:
        number = re.escape((m.group("near") or "") + num)
        before = r"(?<![\d.])"
    more = "(?:余|多)" if approx else ""
    after = "(?!次)" if unit in ("人", "场", "批") else ""  # 123人 is not 123人次
    return re.compile(before + number + more + re.escape(unit) + after)


def report_sentences(story) -> str:
    """The report's sentences (its paragraphs; tables and charts are not statements)."""
    from app.documents.layout import GridParagraph

    return "\n".join("".join(text for text, _font in f.runs) for f in story if isinstance(f, GridParagraph))


def test_the_article_figures_are_found_by_pattern():
    figures = article_figures()
    # Spot checks that the pattern reads the article as intended (digits, 余/多, Chinese numerals, %).
    for figure in ("1453人次", "518人", "三轮", "三次", "3600多人次", "5000余份", "1756篇", "14万份", "102%",
                   "1000万元", "近千名"):
        assert figure in figures, figure
    assert figures["两次"] == 2 and figures["133条"] == 2 and figures["7场次"] == 2
    assert not [f for f in figures if f.startswith("一")]
    assert len(figures) >= 65 and sum(figures.values()) >= 70
    assert set(NOT_STATED) <= set(figures), set(NOT_STATED) - set(figures)  # no entry for a figure not there
    text = article_text()
    assert all(name in text for name in NAMES)


def test_the_report_from_the_demo_states_every_figure_of_the_article(demo_db, tmp_path):
    from app.reports import outputs
    from app.reports.documents.summary_report import report_story
    from app.reports.overview import overview
    from tests.app.reports.documents.read_back import flat_text

    sentences = report_sentences(report_story(overview()))
    missing, stated_though_listed, stated = [], [], []
    for figure, times in article_figures().items():
        found = len(spellings(figure).findall(sentences))
        if figure in NOT_STATED:
            if found >= times:
                stated_though_listed.append(f"{figure}（原文{times}处，报告{found}处）")
        elif found < times:
            missing.append(f"{figure}（原文{times}处，报告{found}处）")
        else:
            stated.append(figure)
    assert not missing, f"报告未写出原文的这些数字：{'、'.join(missing)}"
    assert not stated_though_listed, f"报告已写出，请从 NOT_STATED 中删去：{'、'.join(stated_though_listed)}"
    printed = flat_text(outputs.print_report(tmp_path / "报告.pdf"))  # what is printed says them too
    assert not [f for f in stated if not spellings(f).search(printed)]
    assert {"1453人次", "三轮", "三次", "3600多人次", "5000余份", "75条"} <= set(stated)
