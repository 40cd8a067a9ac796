"""A small, fast, read-only .xlsx reader: rows of plain Python values, streamed.

Why not openpyxl here: on a 10,000-row roster its read-only mode spends most of its time building cell
objects (about 3× slower than this), and the import has a 3-second budget. This reader handles what
office rosters contain (shared and inline strings, numbers, booleans, errors, date-formatted numbers,
the 1904 date system) and leaves styles, formulas and drawing parts alone. Cells come back as
str / int / float / bool / datetime.date / datetime.datetime / None; merged areas keep their value in the
top-left cell only, as in Excel's own file.
"""
from __future__ import annotations

import datetime as dt
import posixpath
import re
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterator
from xml.etree import ElementTree as ET

from app.common.datetext import from_serial
from app.errors import AppError

MAX_COLUMNS = 500  # a roster has a few dozen; anything wider is a stray cell far to the right

_REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
_STRICT_REL_NS = "http://purl.oclc.org/ooxml/officeDocument/relationships"
# Built-in number formats that show dates (14–22, 45–47) and those Chinese Excel uses for dates (27–36, 50–58).
_BUILTIN_DATE_FORMATS = set(range(14, 23)) | set(range(27, 37)) | {45, 46, 47} | set(range(50, 59))
_DIGITS = "0123456789"


class NotAnXlsx(AppError):
    pass


@dataclass
class Sheet:
    name: str
    path: str  # inside the zip
    visible: bool


def _column_index(letters: str) -> int:
    index = 0
    for ch in letters:
        index = index * 26 + (ord(ch) - 64)
    return index - 1


def _is_date_format(code: str) -> bool:
    # Drop quoted text, escapes and [colour]/[$-locale] sections, then look for date or time letters.
    code = re.sub(r'"[^"]*"|\\.|\[[^\]]*\]', "", code).lower()
    if code in ("general", "@", ""):
        return False
    return any(ch in code for ch in "ymdhs")


class Workbook:
    """Open with `Workbook(path)`; `sheets` lists the worksheets; `rows(sheet)` streams one of them."""

    def __init__(self, path: str | Path):
        self.path = Path(path)
        try:
            self.zip = zipfile.ZipFile(self.path)
        except FileNotFoundError:
            raise NotAnXlsx(f"找不到文件 {self.path}") from None
        except (zipfile.BadZipFile, OSError):
            raise NotAnXlsx(self._not_xlsx_message()) from None
        try:
            self._read_structure()
        except (KeyError, ET.ParseError, ValueError) as exc:
            self.zip.close()
            raise NotAnXlsx(f"{self.path.name} 不是有效的 Excel（.xlsx）文件：{exc}") from None

    def _not_xlsx_message(self) -> str:
        try:
            with open(self.path, "rb") as fh:
                head = fh.read(8)
        except OSError as exc:
            return f"无法读取 {self.path.name}：{exc}"
        if head.startswith(b"\xd0\xcf\x11\xe0"):
            return (f"{self.path.name} 是旧版 Excel（.xls）文件或加了密码的文件。请在 Excel 或 WPS 中打开，"
                    "去掉密码后“另存为”Excel 工作簿（.xlsx），再导入。")
        return f"{self.path.name} 不是 Excel（.xlsx）文件。请在 Excel 或 WPS 中“另存为”Excel 工作簿（.xlsx）后再导入。"

    def close(self) -> None:
        self.zip.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    # ---------------------------------------------------------------- structure
    def _xml(self, name: str) -> ET.Element:
        with self.zip.open(name) as fh:
            return ET.parse(fh).getroot()

    def _rels(self, part: str) -> dict[str, tuple[str, str]]:
        """Relationship id → (type, absolute target) for a part such as xl/workbook.xml."""
        folder, name = posixpath.split(part)
        rels_name = posixpath.join(folder, "_rels", name + ".rels")
        if rels_name not in self.zip.namelist():
            return {}
        result = {}
        for rel in self._xml(rels_name):
            target = rel.get("Target", "")
            if rel.get("TargetMode") == "External":
                continue
            target = target.lstrip("/") if target.startswith("/") else posixpath.normpath(posixpath.join(folder, target))
            result[rel.get("Id")] = (rel.get("Type", ""), target)
        return result

    def _read_structure(self) -> None:
        names = set(self.zip.namelist())
        workbook_part = "xl/workbook.xml"
        for kind, target in self._rels("").values():
            if kind.endswith("/officeDocument"):
                workbook_part = target
        if workbook_part not in names:
            raise KeyError("缺少 workbook.xml")
        root = self._xml(workbook_part)
        self.ns = root.tag[1:].split("}")[0] if root.tag.startswith("{") else ""
        q = (lambda tag: f"{{{self.ns}}}{tag}") if self.ns else (lambda tag: tag)
        self._q = q
        self._t_tag, self._r_tag = q("t"), q("r")
        pr = root.find(q("workbookPr"))
        self.date1904 = pr is not None and pr.get("date1904") in ("1", "true")
        rels = self._rels(workbook_part)
        self.sheets: list[Sheet] = []
        sheets_el = root.find(q("sheets"))
        for el in (sheets_el if sheets_el is not None else []):
            rid = el.get(f"{{{_REL_NS}}}id") or el.get(f"{{{_STRICT_REL_NS}}}id")
            kind, target = rels.get(rid, ("", ""))
            if not kind.endswith("/worksheet") or target not in names:
                continue  # chart sheets, dialog sheets
            self.sheets.append(Sheet(el.get("name", ""), target, el.get("state", "visible") == "visible"))
        self.shared: list[str] = []
        self.date_styles: set[int] = set()
        for kind, target in rels.values():
            if kind.endswith("/sharedStrings") and target in names:
                self.shared = self._read_shared_strings(target)
            elif kind.endswith("/styles") and target in names:
                self.date_styles = self._read_date_styles(target)

    def _text_of(self, el: ET.Element) -> str:
        """Text of an <si> or <is>: its own <t>, or its rich-text runs' <t>; phonetic guides (<rPh>) left out."""
        t = el.find(self._t_tag)
        if t is not None:
            return t.text or ""
        return "".join((r.findtext(self._t_tag) or "") for r in el.findall(self._r_tag))

    def _read_shared_strings(self, part: str) -> list[str]:
        si_tag = self._q("si")
        strings = []
        with self.zip.open(part) as fh:
            for _event, el in ET.iterparse(fh, events=("end",)):
                if el.tag == si_tag:
                    strings.append(self._text_of(el))
                    el.clear()
        return strings

    def _read_date_styles(self, part: str) -> set[int]:
        q = self._q
        root = self._xml(part)
        custom = {}
        fmts = root.find(q("numFmts"))
        for fmt in (fmts if fmts is not None else []):
            custom[int(fmt.get("numFmtId", "0"))] = fmt.get("formatCode", "")
        result = set()
        xfs = root.find(q("cellXfs"))
        for index, xf in enumerate(xfs if xfs is not None else []):
            fmt_id = int(xf.get("numFmtId", "0"))
            if fmt_id in custom:
                if _is_date_format(custom[fmt_id]):
                    result.add(index)
            elif fmt_id in _BUILTIN_DATE_FORMATS:
                result.add(index)
        return result

    # ---------------------------------------------------------------- rows
    def rows(self, sheet: Sheet, on_progress: Callable[[float], None] | None = None,
             ) -> Iterator[tuple[int, list]]:
        """(row number as Excel shows it, values by column from A). Rows with no cells are not yielded."""
        q = self._q
        c_tag, row_tag, v_tag, is_tag = q("c"), q("row"), q("v"), q("is")
        shared, date_styles, date1904 = self.shared, self.date_styles, self.date1904
        info = self.zip.getinfo(sheet.path)
        with self.zip.open(sheet.path) as raw:
            stream = _CountingReader(raw)
            values: list = []
            next_col = 0
            last_row = 0
            report_every = 500
            columns: dict[str, int] = {}
            for _event, el in ET.iterparse(stream, events=("end",)):
                tag = el.tag
                if tag == c_tag:
                    ref = el.get("r")
                    if ref:
                        letters = ref.rstrip(_DIGITS)
                        col = columns.get(letters)
                        if col is None:
                            col = columns[letters] = _column_index(letters)
                    else:
                        col = next_col
                    next_col = col + 1
                    if col >= MAX_COLUMNS:
                        continue
                    kind = el.get("t")
                    if kind == "inlineStr":
                        node = el.find(is_tag)
                        value = self._text_of(node) if node is not None else ""
                    else:
                        text = el.findtext(v_tag)
                        if not text:
                            value = None  # e.g. a formula never calculated: no cached value
                        elif kind == "s":
                            value = shared[int(text)]
                        elif kind in ("str", "e"):
                            value = text
                        elif kind == "b":
                            value = text.strip() in ("1", "true")
                        elif kind == "d":
                            value = dt.datetime.fromisoformat(text.rstrip("Z"))
                        else:
                            value = int(text) if ("." not in text and "E" not in text and "e" not in text) else float(text)
                            style = el.get("s")
                            if style is not None and int(style) in date_styles:
                                stamp = from_serial(value, date1904=date1904)
                                value = stamp.date() if float(value).is_integer() else stamp
                    if len(values) <= col:
                        values.extend([None] * (col + 1 - len(values)))
                    values[col] = value
                elif tag == row_tag:
                    number = el.get("r")
                    last_row = int(number) if number else last_row + 1
                    if values:
                        yield last_row, values
                    values, next_col = [], 0
                    el.clear()
                    if on_progress is not None and last_row % report_every == 0:
                        on_progress(min(1.0, stream.count / max(1, info.file_size)))


class _CountingReader:
    """Counts the uncompressed bytes read, so progress can be reported as a fraction of the sheet."""

    def __init__(self, raw):
        self.raw = raw
        self.count = 0

    def read(self, size: int = -1) -> bytes:
        data = self.raw.read(size)
        self.count += len(data)
        return data
