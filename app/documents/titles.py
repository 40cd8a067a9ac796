"""Breaking a document title into lines as GB/T 9704-2012 7.3.1 asks: 回行时词意完整，排列对称，长短适宜，
标题排列应当使用梯形或菱形 — whole words on each line, never one character alone, the lines forming a
trapezoid (upper longer, or lower longer) or, for three and more lines, a diamond (the middle longest).

No word segmenter is bundled, so words are found by a small vocabulary of the campaign's documents (names of
bodies, activities and document kinds) and by rules for the function words 关于、的、和、及; a title of
unknown words may break anywhere else between two 汉字, still balanced and with no line of one character.
"""
from __future__ import annotations

import itertools
import re
from typing import Callable

from app.documents.linebreak import NO_LINE_END, NO_LINE_START

# Words never split across lines (longest first when matched). Kept to the vocabulary our titles use.
WORDS = sorted("""
政法队伍 教育整顿 政法干警 政法委员会 政法委 教整办 领导小组 办公室 人民法院 人民检察院 公安局 司法局 法院 检察院
以案促改 以案为鉴 警示教育 学习教育 查纠整改 总结提升 谈心谈话 征求意见 意见建议 整改清单 逾期清单 一人一档
承诺书 公开承诺 三个规定 个人自查 问题线索 专项排查 顽瘴痼疾 英模 先进典型 政治轮训 专题 宣讲会 座谈会 大会
会议 通知 报告 请示 意见 决定 方案 通报 回复函 名单 回执 签到表 登记表 汇总表 情况表 记录表 自查表 覆盖情况
工作情况 工作 情况 处置 签订 召开 开展 举办 印发 做好 进一步 加强 全面 深入 推进 县委 市委 党组 党委 领导干部
干警 人员 未谈 应谈 覆盖 整改 逾期 全县 全市 政治 教育 学习 动员 部署 推进会 培训 测试 应知应会
""".split(), key=len, reverse=True)

# Where a break reads well, best first: after these words a new phrase begins.
_OPENERS = ("关于",)
_JOINERS = set("和及与、暨")
_BODY_ENDS = tuple("局院委办县镇乡厅所部队")


def _word_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each vocabulary word and of each Latin/number run, left to right, not overlapping."""
    spans, i = [], 0
    while i < len(text):
        run = re.match(r"[A-Za-z0-9.\-]+", text[i:])
        if run:
            spans.append((i, i + run.end()))
            i += run.end()
            continue
        for word in WORDS:
            if text.startswith(word, i):
                spans.append((i, i + len(word)))
                i += len(word)
                break
        else:
            i += 1
    return spans


def _break_costs(text: str) -> dict[int, float]:
    """Allowed break positions (a break at i starts a line with text[i]) and what each costs."""
    inside = set()
    for start, end in _word_spans(text):
        inside.update(range(start + 1, end))
    costs = {}
    for i in range(2, len(text) - 1):  # never one character alone on the first or the last line
        before, after = text[i - 1], text[i]
        if i in inside or after in NO_LINE_START or before in NO_LINE_END or after.isspace():
            continue
        if before == "的":  # the 的 stays with what it governs: "…大会的" / "通知" would orphan the noun
            continue
        cost = 3.0
        if text[:i].endswith(_OPENERS) or before in _JOINERS:
            cost = 0.0
        elif after == "的":  # "…大会" / "的通知" splits the phrase; allowed, but worse than a word gap
            cost = 4.0
        elif before in _BODY_ENDS:
            cost = 1.0
        costs[i] = cost
    return costs


def _shape_cost(lengths: list[float]) -> float:
    """0 for a trapezoid (lines growing or shrinking steadily) or a diamond (rising then falling); the
    difference between the line lengths otherwise counts, as does a poor balance of the two ends."""
    n = len(lengths)
    if n == 1:
        return 0.0
    rising = all(a <= b for a, b in zip(lengths, lengths[1:]))
    falling = all(a >= b for a, b in zip(lengths, lengths[1:]))
    peak = lengths.index(max(lengths))
    diamond = n >= 3 and 0 < peak < n - 1 and all(a <= b for a, b in zip(lengths[:peak], lengths[1:peak + 1])) \
        and all(a >= b for a, b in zip(lengths[peak:], lengths[peak + 1:]))
    cost = 0.0 if (rising or falling or diamond) else 6.0 + sum(abs(a - b) for a, b in zip(lengths, lengths[1:]))
    if n == 2:
        cost += 0.5 if lengths[0] < lengths[1] else 0.0  # 上长下短 reads most usual; 上短下长 allowed
    return cost


def title_lines(text: str, width_of: Callable[[str], float], available: float, em: float) -> list[str]:
    """`text` broken into title lines that each fit `available` (as measured by `width_of`), in as few lines
    as a shape allows. `em` is one character's width, the unit of balance. Explicit line breaks are kept."""
    if "\n" in text:
        return [line for part in text.split("\n") for line in title_lines(part, width_of, available, em)]
    text = text.strip()
    if not text or width_of(text) <= available + 0.01:
        return [text]
    costs = _break_costs(text)
    needed = max(2, int(width_of(text) // available) + 1)
    for lines in range(needed, needed + 3):
        best, best_cost = None, None
        for breaks in itertools.combinations(sorted(costs), lines - 1):
            parts = [text[a:b] for a, b in zip((0,) + breaks, breaks + (len(text),))]
            widths = [width_of(p) for p in parts]
            if max(widths) > available + 0.01 or min(len(p) for p in parts) < 2:
                continue
            balance = (max(widths) - min(widths)) / em
            cost = sum(costs[b] for b in breaks) + balance * 0.8 + _shape_cost([w / em for w in widths])
            if best_cost is None or cost < best_cost:
                best, best_cost = parts, cost
        if best is not None:
            return best
    return _fallback(text, width_of, available)


def _fallback(text: str, width_of, available: float) -> list[str]:
    """Greedy lines that fit, the last one given a second character when it would stand alone."""
    lines, line = [], ""
    for ch in text:
        if line and width_of(line + ch) > available + 0.01:
            lines.append(line)
            line = ""
        line += ch
    lines.append(line)
    if len(lines) > 1 and len(lines[-1]) < 2:
        lines[-1] = lines[-2][-1] + lines[-1]
        lines[-2] = lines[-2][:-1]
    return lines
