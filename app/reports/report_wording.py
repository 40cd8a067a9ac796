"""How the 工作情况报告 words its figures, the way a 工作综述 does (../shared/seed): “延安整风专题讲座5场次”,
“‘三个规定’宣讲5次”, “走访座谈3600余人次”, “查阅卷宗5000余份”."""
from __future__ import annotations

CN_DIGITS = "零一二三四五六七八九十"

# Sessions of these types are counted in 次, not 场次 (a 宣讲 is given, not held: “‘三个规定’宣讲5次”).
COUNTED_IN_TIMES = ("宣讲",)


def cn_number(n: int) -> str:
    """1 → 一 … 10 → 十, 11 → 十一, 21 → 二十一; other numbers stay Arabic."""
    if 0 <= n <= 10:
        return CN_DIGITS[n]
    if n < 20:
        return "十" + CN_DIGITS[n - 10]
    if n < 100:
        return CN_DIGITS[n // 10] + "十" + (CN_DIGITS[n % 10] if n % 10 else "")
    return str(n)


def cn_times(n: int) -> str:
    """How many times, in words: 两次, 三次 … (2 is 两 before a measure word); 11 and more in digits."""
    return ("两" if n == 2 else cn_number(n)) if n <= 10 else str(n)


def about(n: int) -> str:
    """A large count as a summary gives it: its first two digits and 余 (3618 → 3600余, 1007 → 1000余, 5046 →
    5000余); below 100, or when nothing is cut off, the count itself."""
    if n < 100:
        return str(n)
    step = 10 ** (len(str(n)) - 2)
    rounded = n // step * step
    return str(n) if rounded == n else f"{rounded}余"


def type_label(name: str) -> str:
    """A session type as prose: 党史讲座/延安整风专题讲座 → 党史讲座、延安整风专题讲座."""
    return "、".join(part.strip() for part in name.split("/") if part.strip())


def sessions_phrase(name: str, held: int) -> str:
    """政治轮训11场次, “三个规定”宣讲5次."""
    word = "次" if any(name.endswith(w) for w in COUNTED_IN_TIMES) else "场次"
    return f"{type_label(name)}{held}{word}"
