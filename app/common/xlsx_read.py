"""A small, fast, read-only .xlsx reader: rows of plain Python values, streamed, with bounded memory.

Why not openpyxl here: on a 10,000-row roster its read-only mode spends most of its time building cell
objects (about 3× slower than this), and the import has a 3-second budget. This reader handles what
office rosters contain (shared and inline strings, numbers, booleans, errors, date-formatted numbers,
the 1904 date system) and leaves styles, formulas and drawing parts alone. Cells come back as
str / int / float / bool / datetime.date / datetime.datetime / None; merged areas keep their value in the
top-left cell only, as in Excel's own file.

Files come from outside: every way a file can be broken or hostile ends in NotAnXlsx with a Chinese reason
("文件不是有效的 Excel 工作簿：…"), never another exception, and memory stays bounded (ReadLimits):
  - zip: only stored and deflated members (what Excel writes); encrypted members, other methods, bad
    deflate data, CRC errors and truncation are refused; members and uncompressed part sizes are capped
    (the declared size is what zipfile will inflate to at most, so a zip bomb stops there);
  - XML: sheets and shared strings go straight from expat's callbacks into values (app.common.xlsx_cells),
    no element tree, so a sheet of 10 million cells in one row costs no more than a short one; the cell
    count, the shared strings' count and size, every text's length and the longest run of bytes without
    an element (one giant attribute) are capped; entity expansion is refused by expat;
  - cells: references are checked (ASCII letters and digits, either case: "a1" is A1), numbers must be
    ASCII numbers, a date-formatted number outside Excel's calendar (1e20, a phone number) stays a number
    for the caller to report, and the OOXML escape _xHHHH_ is decoded (control characters it yields are
    the caller's to clean: app.common.safe_text does).
"""
from __future__ import annotations

import posixpath
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterator
from xml.etree import ElementTree as ET

from app.common.xlsx_cells import MAX_COLUMNS, DateStyles, SharedStrings, SheetCells, shown, unescape
from app.errors import AppError

__all__ = ["MAX_COLUMNS", "NotAnXlsx", "ReadLimits", "Sheet", "Workbook", "unescape"]
MB = 1024 * 1024


@dataclass(frozen=True)
class ReadLimits:
    """What one file may cost. The defaults are far above a county's roster (a few hundred people; the
    benchmark's 10,000 rows are a 1 MB file, a 4 MB sheet, 150,000 cells) and keep the reader's peak within
    about 100 MB above the program's own, for any file: the shared strings (1,000,000 at most) are the only
    thing held whole; a sheet holds one row (bench/hostile_xlsx_bench.py measures it)."""
    file_bytes: int = 200 * MB  # the .xlsx itself (photos pasted into a roster are allowed for)
    members: int = 20_000  # zip entries (an .xlsx has a few dozen)
    part_bytes: int = 16 * MB  # workbook.xml, relationships, styles, uncompressed
    sheet_bytes: int = 256 * MB  # one worksheet, uncompressed
    shared_bytes: int = 64 * MB  # sharedStrings.xml, uncompressed
    shared_count: int = 1_000_000  # ~95 MB of Python strings at most
    cells: int = 2_000_000  # in the sheet being read: 50,000 rows of 40 columns; refused within ~15 s
    string_chars: int = 32_767  # Excel's own limit for one cell
    token_bytes: int = 4 * MB  # bytes parsed without a new element: one attribute (or stray text) at most


DEFAULT_LIMITS = ReadLimits()

_REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_STRICT_REL_NS = "http://purl.oclc.org/ooxml/officeDocument/relationships"
_CHUNK = 64 * 1024


class NotAnXlsx(AppError):
    pass


@dataclass
class Sheet:
    name: str
    path: str  # inside the zip
    visible: bool


class Workbook:
    """Open with `Workbook(path)`; `sheets` lists the worksheets; `rows(sheet)` streams one of them."""

    def __init__(self, path: str | Path, limits: ReadLimits | None = None):
        self.path = Path(path)
        self.limits = limits or DEFAULT_LIMITS
        try:
            size = self.path.stat().st_size
        except FileNotFoundError:
            raise NotAnXlsx(f"找不到文件 {self.path}") from None
        except OSError as exc:
            raise NotAnXlsx(f"无法读取 {self.path.name}：{exc.strerror or exc}") from None
        if size > self.limits.file_bytes:
            self._refuse(f"文件有 {size // MB} MB，超过上限 {self.limits.file_bytes // MB} MB")
        try:
            self._check_member_count()
            self.zip = zipfile.ZipFile(self.path)
        except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, ValueError, OSError):
            raise NotAnXlsx(self._not_xlsx_message()) from None
        try:
            self._guarded(self._read_structure)
        except BaseException:
            self.zip.close()
            raise

    def _refuse(self, reason: str):
        raise NotAnXlsx(f"文件不是有效的 Excel 工作簿：{self.path.name} {reason}。"
                        "请在 Excel 或 WPS 中打开，“另存为”Excel 工作簿（.xlsx）后再导入。")

    def _check_member_count(self) -> None:
        with open(self.path, "rb") as fh:
            end = zipfile._EndRecData(fh)  # the central directory's own count, before zipfile reads it all
        if end is not None and end[zipfile._ECD_ENTRIES_TOTAL] > self.limits.members:
            self._refuse(f"含 {end[zipfile._ECD_ENTRIES_TOTAL]} 个部件，超过上限 {self.limits.members} 个")

    def _not_xlsx_message(self) -> str:
        try:
            with open(self.path, "rb") as fh:
                head = fh.read(8)
        except OSError as exc:
            return f"无法读取 {self.path.name}：{exc.strerror or exc}"
        if head.startswith(b"\xd0\xcf\x11\xe0"):
            return (f"{self.path.name} 是旧版 Excel（.xls）文件或加了密码的文件。请在 Excel 或 WPS 中打开，"
                    "去掉密码后“另存为”Excel 工作簿（.xlsx），再导入。")
        if head.startswith(b"PK"):
            return (f"文件不是有效的 Excel 工作簿：{self.path.name} 已损坏或不完整（压缩包目录无法读取）。"
                    "请重新获取文件，或在 Excel 或 WPS 中“另存为”Excel 工作簿（.xlsx）后再导入。")
        return (f"文件不是有效的 Excel 工作簿：{self.path.name} 不是 Excel（.xlsx）文件。"
                "请在 Excel 或 WPS 中“另存为”Excel 工作簿（.xlsx）后再导入。")

    def _guarded(self, fn, *args):
        """Run fn, turning whatever a broken file raises into NotAnXlsx."""
        try:
            return fn(*args)
        except NotAnXlsx:
            raise
        except ET.ParseError as exc:
            line, column = getattr(exc, "position", (0, 0))
            self._refuse(f"已损坏（XML 格式错误，位于某部件第 {line} 行第 {column} 列；或含有不允许的实体定义）")
        except (zipfile.BadZipFile, zlib.error, EOFError):
            self._refuse("已损坏（压缩数据无法解压或校验失败，文件可能不完整）")
        except (KeyError, ValueError, IndexError, OverflowError) as exc:
            self._refuse(f"已损坏（结构错误：{type(exc).__name__} {shown(str(exc), 60)}）")
        except OSError as exc:
            raise NotAnXlsx(f"无法读取 {self.path.name}：{exc.strerror or exc}") from None

    def close(self) -> None:
        self.zip.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    # ---------------------------------------------------------------- parts and XML
    def _open(self, name: str, limit: int):
        info = self.zip.getinfo(name)
        if info.flag_bits & 0x1:
            self._refuse(f"中的部件 {name} 已加密（文件设置了密码，请先在 Excel 中去掉密码）")
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            self._refuse(f"中的部件 {name} 使用了不支持的压缩方式（编号 {info.compress_type}）")
        if info.file_size > limit:
            self._refuse(f"中的部件 {name} 解压后有 {info.file_size // MB} MB，超过上限 {limit // MB} MB"
                         "（可能是恶意构造的“压缩炸弹”）")
        return self.zip.open(info)

    def _xml(self, name: str) -> ET.Element:
        with self._open(name, self.limits.part_bytes) as fh:
            return ET.parse(fh).getroot()

    def _rels(self, part: str) -> dict[str, tuple[str, str]]:
        """Relationship id → (type, absolute target) for a part such as xl/workbook.xml."""
        folder, name = posixpath.split(part)
        rels_name = posixpath.join(folder, "_rels", name + ".rels")
        if rels_name not in self.zip.NameToInfo:
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
        names = self.zip.NameToInfo
        workbook_part = "xl/workbook.xml"
        for kind, target in self._rels("").values():
            if kind.endswith("/officeDocument"):
                workbook_part = target
        if workbook_part not in names:
            self._refuse("缺少工作簿部件 workbook.xml")
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

    def _feed(self, name: str, limit: int, target) -> Iterator[None]:
        """Feed a part to expat with `target` receiving the callbacks, yielding after each chunk (for the
        caller to take what is complete). Refuses a run of more than limits.token_bytes with no element
        starting or ending: expat holds a whole attribute in memory before it calls back."""
        parser = ET.XMLParser(target=target)
        token_bytes = self.limits.token_bytes
        quiet = 0
        seen = 0
        self.bytes_parsed = 0
        with self._open(name, limit) as fh:
            while True:
                chunk = fh.read(_CHUNK)
                if not chunk:
                    break
                parser.feed(chunk)
                self.bytes_parsed += len(chunk)
                quiet = 0 if target.elements != seen else quiet + len(chunk)
                seen = target.elements
                if quiet > token_bytes:
                    self._refuse(f"中的部件 {name} 有一段超过 {token_bytes // MB} MB 的文字或属性")
                yield
            parser.close()
            yield

    def _read_shared_strings(self, part: str) -> list[str]:
        target = SharedStrings(self._q, self.limits.string_chars, self.limits.shared_count, self._refuse)
        for _ in self._feed(part, self.limits.shared_bytes, target):
            pass
        return target.strings

    def _read_date_styles(self, part: str) -> set[int]:
        target = DateStyles(self._q)
        for _ in self._feed(part, self.limits.part_bytes, target):
            pass
        return target.date_styles()

    # ---------------------------------------------------------------- rows
    def rows(self, sheet: Sheet, on_progress: Callable[[float], None] | None = None,
             ) -> Iterator[tuple[int, list]]:
        """(row number as Excel shows it, values by column from A). Rows with no cells are not yielded."""
        rows = self._rows(sheet, on_progress)
        try:
            while True:
                item = self._guarded(next, rows, None)
                if item is None:
                    return
                yield item
        finally:
            rows.close()

    def _rows(self, sheet: Sheet, on_progress) -> Iterator[tuple[int, list]]:
        target = SheetCells(self._q, sheet=sheet.name, shared=self.shared,
                            date_styles={str(i) for i in self.date_styles}, date1904=self.date1904,
                            max_cells=self.limits.cells, max_chars=self.limits.string_chars, refuse=self._refuse)
        size = max(1, self.zip.getinfo(sheet.path).file_size)
        for _ in self._feed(sheet.path, self.limits.sheet_bytes, target):
            if target.done:
                done, target.done = target.done, []
                yield from done
                if on_progress is not None:
                    on_progress(min(1.0, self.bytes_parsed / size))
