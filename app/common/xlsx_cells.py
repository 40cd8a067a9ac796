"""The cells of a worksheet and the shared strings, read straight from expat's callbacks (app.common.xlsx_read
feeds the parser; this module is its target). No element tree is built, so memory holds one row's values
(at most MAX_COLUMNS) whatever the file: 10 million cells in one row cost what ten do. Every text is
collected piece by piece and refused once longer than an Excel cell can hold. `refuse(reason)` raises."""
from __future__ import annotations

import datetime as dt
import math
import re
from typing import Callable

from app.common.datetext import from_serial

MAX_COLUMNS = 500  # a roster has a few dozen; anything wider is a stray cell far to the right
# Built-in number formats that show dates (14–22, 45–47) and those Chinese Excel uses for dates (27–36, 50–58).
BUILTIN_DATE_FORMATS = set(range(14, 23)) | set(range(27, 37)) | {45, 46, 47} | set(range(50, 59))
_LETTERS = re.compile(r"[A-Za-z]{1,3}")
_DIGITS = "0123456789"
_ROW_NUMBER = re.compile(r"[0-9]{1,7}")
_INDEX = re.compile(r"[0-9]{1,9}")
_NUMBER = re.compile(r"[ ]*[-+]?(?:[0-9]{1,40}(?:\.[0-9]{0,40})?|\.[0-9]{1,40})(?:[eE][-+]?[0-9]{1,4})?[ ]*")
_ESCAPE = re.compile(r"_x([0-9A-Fa-f]{4})_")
_LAST_SERIAL = 2_958_465  # 9999-12-31, the last day Excel knows


def unescape(text: str) -> str:
    """OOXML's _xHHHH_ escape (Excel writes a control character as _x0007_, and a literal "_x" as _x005F_x)."""
    if "_x" not in text:
        return text
    return _ESCAPE.sub(lambda m: chr(int(m[1], 16)), text)


def shown(text: str | None, limit: int = 20) -> str:
    """A value from the file, quoted safely in a message."""
    text = repr(text or "")[1:-1]
    return text if len(text) <= limit else text[:limit] + "…"


def is_date_format(code: str) -> bool:
    # Drop quoted text, escapes and [colour]/[$-locale] sections, then look for date or time letters.
    code = re.sub(r'"[^"]*"|\\.|\[[^\]]*\]', "", code).lower()
    if code in ("general", "@", ""):
        return False
    return any(ch in code for ch in "ymdhs")


def column_index(letters: str) -> int:
    index = 0
    for ch in letters.upper():
        index = index * 26 + (ord(ch) - 64)
    return index - 1


class DateStyles:
    """Target for styles.xml: which cell formats (indexes into cellXfs) show a date."""

    def __init__(self, q):
        self.NUM_FMT, self.XF, self.CELL_XFS = q("numFmt"), q("xf"), q("cellXfs")
        self.custom: dict[int, str] = {}
        self.formats: list[int] = []  # numFmtId of each cellXfs entry
        self.in_cell_xfs = False
        self.elements = 0

    def start(self, tag: str, attrib: dict) -> None:
        self.elements += 1
        if tag == self.NUM_FMT:
            self.custom[int(attrib.get("numFmtId", "0"))] = attrib.get("formatCode", "")[:1000]
        elif tag == self.CELL_XFS:
            self.in_cell_xfs = True
        elif tag == self.XF and self.in_cell_xfs:
            self.formats.append(int(attrib.get("numFmtId", "0")))

    def end(self, tag: str) -> None:
        self.elements += 1
        if tag == self.CELL_XFS:
            self.in_cell_xfs = False

    def data(self, text: str) -> None:
        pass

    def close(self) -> None:
        return None

    def date_styles(self) -> set[int]:
        return {index for index, fmt in enumerate(self.formats)
                if (is_date_format(self.custom[fmt]) if fmt in self.custom else fmt in BUILTIN_DATE_FORMATS)}


class _Texts:
    """Shared by both targets: collects the text of <t> (outside phonetic guides <rPh>) and of <v>."""

    def __init__(self, q: Callable[[str], str], max_chars: int, refuse: Callable[[str], None]):
        self.T, self.RPH = q("t"), q("rPh")
        self.max_chars = max_chars
        self.refuse = refuse
        self.collect: list[str] | None = None
        self.chars = 0
        self.rph = 0
        self.elements = 0  # starts and ends seen: the caller's sign that the parser is moving

    def data(self, text: str) -> None:
        if self.collect is not None:
            self.chars += len(text)
            if self.chars > self.max_chars:
                self.refuse(f"中有一段文字超过 Excel 单元格的上限 {self.max_chars} 字")
            self.collect.append(text)


class SharedStrings(_Texts):
    """Target for sharedStrings.xml: `strings`, each <si>'s text with its escapes decoded."""

    def __init__(self, q, max_chars: int, max_count: int, refuse):
        super().__init__(q, max_chars, refuse)
        self.SI = q("si")
        self.max_count = max_count
        self.strings: list[str] = []
        self.parts: list[str] | None = None

    def start(self, tag: str, attrib: dict) -> None:
        self.elements += 1
        if tag == self.SI:
            self.parts, self.chars, self.rph = [], 0, 0
        elif self.parts is not None:
            if tag == self.T and not self.rph:
                self.collect = self.parts
            elif tag == self.RPH:
                self.rph += 1

    def end(self, tag: str) -> None:
        self.elements += 1
        if tag == self.SI and self.parts is not None:
            if len(self.strings) >= self.max_count:
                self.refuse(f"的共享字符串超过 {self.max_count} 条")
            self.strings.append(unescape("".join(self.parts)))
            self.parts = self.collect = None
        elif tag == self.T:
            self.collect = None
        elif tag == self.RPH:
            self.rph -= 1

    def close(self) -> list[str]:
        return self.strings


class SheetCells(_Texts):
    """Target for one worksheet: completed rows pile up in `done` as (row number, values from column A)
    until the caller takes them after each chunk fed."""

    def __init__(self, q, *, sheet: str, shared: list[str], date_styles: set[int], date1904: bool,
                 max_cells: int, max_chars: int, refuse):
        super().__init__(q, max_chars, refuse)
        self.C, self.ROW, self.V = q("c"), q("row"), q("v")
        self.sheet, self.shared, self.date_styles, self.date1904 = sheet, shared, date_styles, date1904
        self.max_cells = max_cells
        self.done: list[tuple[int, list]] = []
        self.values: list = []
        self.next_col = 0
        self.last_row = 0
        self.cells = 0
        self.in_cell = 0
        self.columns: dict[str, int] = {}
        self.ref = self.kind = self.style = None
        self.v: list[str] = []
        self.t: list[str] = []
        self.row_number: str | None = None

    def start(self, tag: str, attrib: dict) -> None:
        self.elements += 1
        if tag == self.C:
            self.in_cell += 1
            if self.in_cell == 1:
                self.ref, self.kind, self.style = attrib.get("r"), attrib.get("t"), attrib.get("s")
                self.v, self.t, self.chars, self.rph = [], [], 0, 0
        elif self.in_cell == 1:
            if tag == self.V:
                self.collect = self.v
            elif tag == self.T and not self.rph:
                self.collect = self.t
            elif tag == self.RPH:
                self.rph += 1
        elif tag == self.ROW:
            self.row_number = attrib.get("r")

    def end(self, tag: str) -> None:
        self.elements += 1
        if tag == self.C:
            self.in_cell -= 1
            if self.in_cell == 0:
                self.collect = None
                self._cell()
        elif self.in_cell == 1:
            if tag == self.V or tag == self.T:
                self.collect = None
            elif tag == self.RPH:
                self.rph -= 1
        elif tag == self.ROW:
            number = self.row_number
            if number:
                if not _ROW_NUMBER.fullmatch(number):
                    self.refuse(f"的工作表“{self.sheet}”中行号“{shown(number)}”无效")
                self.last_row = int(number)
            else:
                self.last_row += 1
            if self.values:
                self.done.append((self.last_row, self.values))
            self.values, self.next_col, self.row_number = [], 0, None

    def close(self) -> None:
        return None

    def _cell(self) -> None:
        self.cells += 1
        if self.cells > self.max_cells:
            self.refuse(f"的工作表“{self.sheet}”超过 {self.max_cells} 个单元格（可能是恶意构造的“压缩炸弹”）")
        ref = self.ref
        if ref:
            letters = ref.rstrip(_DIGITS)
            col = self.columns.get(letters)
            if col is None:  # a new column: check it once (ASCII letters, either case, then ASCII digits)
                if not _LETTERS.fullmatch(letters) or not ref[len(letters):]:
                    self.refuse(f"的工作表“{self.sheet}”中单元格位置“{shown(ref)}”无效")
                col = self.columns[letters] = column_index(letters)
        else:
            col = self.next_col
        self.next_col = col + 1
        if col >= MAX_COLUMNS:
            return
        values = self.values
        if len(values) <= col:
            values.extend([None] * (col + 1 - len(values)))
        values[col] = self._value(ref or f"第{self.last_row + 1}行第{col + 1}列")

    def _value(self, ref: str):
        kind = self.kind
        if kind == "inlineStr":
            return unescape("".join(self.t))
        text = "".join(self.v)
        if not text:
            return None  # e.g. a formula never calculated: no cached value
        if kind == "s":
            if not _INDEX.fullmatch(text.strip()) or int(text) >= len(self.shared):
                self.refuse(f"的工作表“{self.sheet}”单元格 {ref} 指向不存在的共享字符串“{shown(text)}”")
            return self.shared[int(text)]
        if kind in ("str", "e"):
            return unescape(text)
        if kind == "b":
            return text.strip() in ("1", "true")
        if kind == "d":
            try:
                return dt.datetime.fromisoformat(text.rstrip("Z"))
            except ValueError:
                return text  # the column's own check names the row
        if not _NUMBER.fullmatch(text):
            self.refuse(f"的工作表“{self.sheet}”单元格 {ref} 的数值“{shown(text)}”无效")
        value = int(text) if ("." not in text and "E" not in text and "e" not in text) else float(text)
        if isinstance(value, float) and not math.isfinite(value):
            self.refuse(f"的工作表“{self.sheet}”单元格 {ref} 的数值“{shown(text)}”超出范围")
        style = self.style
        if style is not None and style in self.date_styles:
            # Outside Excel's calendar (1e20, a phone number typed into a date cell) it stays a number,
            # which the column's own check reports with its row.
            if 0 <= value <= _LAST_SERIAL:
                try:
                    stamp = from_serial(value, date1904=self.date1904)
                except (OverflowError, ValueError):
                    return value
                return stamp.date() if float(value).is_integer() else stamp
        return value
