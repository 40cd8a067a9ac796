"""Hostile .xlsx files, built with zipfile at test time (nothing large is committed).

`workbook_parts(...)` gives the parts of a minimal, valid workbook as {name: bytes}; the attacks change one
part or one zip header. `write_parts(path, parts)` zips them; `patch_member(path, name, ...)` rewrites a
member's compression method or flag bits in both its local header and the central directory, which
zipfile itself will not write.
"""
from __future__ import annotations

import struct
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG = "http://schemas.openxmlformats.org/package/2006/relationships"
SHEET = "xl/worksheets/sheet1.xml"
SHARED = "xl/sharedStrings.xml"
HEADER = ["姓名", "单位", "身份证号", "出生日期", "联系电话"]


def cell(ref: str, value) -> str:
    """One <c>: str → inline string, int/float → number, ("date", n) → number in the date style,
    ("raw", xml) → the XML as given, ("s", i) → shared string index i."""
    if isinstance(value, tuple):
        kind, payload = value
        if kind == "date":
            return f'<c r="{ref}" s="1"><v>{payload}</v></c>'
        if kind == "s":
            return f'<c r="{ref}" t="s"><v>{payload}</v></c>'
        return payload
    if isinstance(value, (int, float)):
        return f'<c r="{ref}"><v>{value}</v></c>'
    return f'<c r="{ref}" t="inlineStr"><is><t>{escape(value)}</t></is></c>'


def sheet_xml(rows: list[list], *, lower_refs: bool = False) -> str:
    lines = []
    for r, row in enumerate(rows, start=1):
        cells = []
        for c, value in enumerate(row):
            if value is None:
                continue
            ref = f"{chr(65 + c)}{r}"
            cells.append(cell(ref.lower() if lower_refs else ref, value))
        lines.append(f'<row r="{r}">{"".join(cells)}</row>')
    return f'<?xml version="1.0"?><worksheet xmlns="{NS}"><sheetData>{"".join(lines)}</sheetData></worksheet>'


def workbook_parts(rows: list[list] | None = None, *, sheet: str | None = None, shared: list[str] | None = None,
                   sheets: list[tuple[str, str, str]] | None = None) -> dict[str, bytes]:
    """A workbook with one sheet (rows, or the raw sheet XML given), optional shared strings, and the date
    style (s="1" is numFmtId 14). `sheets` = [(name, state, sheet xml)] for several sheets."""
    if sheets is None:
        sheets = [("花名册", "visible", sheet if sheet is not None else sheet_xml(rows or [HEADER]))]
    entries, rels, parts = [], [], {}
    for n, (name, state, xml) in enumerate(sheets, start=1):
        state_attr = "" if state == "visible" else f' state="{state}"'
        entries.append(f'<sheet name="{escape(name)}" sheetId="{n}"{state_attr} r:id="rId{n}"/>')
        rels.append(f'<Relationship Id="rId{n}" Type="{_REL}/worksheet" Target="worksheets/sheet{n}.xml"/>')
        parts[f"xl/worksheets/sheet{n}.xml"] = xml
    rels.append(f'<Relationship Id="rIdS" Type="{_REL}/styles" Target="styles.xml"/>')
    if shared is not None:
        rels.append(f'<Relationship Id="rIdT" Type="{_REL}/sharedStrings" Target="sharedStrings.xml"/>')
        parts[SHARED] = (f'<?xml version="1.0"?><sst xmlns="{NS}">'
                         + "".join(f"<si><t>{escape(s)}</t></si>" for s in shared) + "</sst>")
    parts.update({
        "[Content_Types].xml": '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
        "_rels/.rels": f'<?xml version="1.0"?><Relationships xmlns="{_PKG}"><Relationship Id="rId1" '
                       f'Type="{_REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>',
        "xl/workbook.xml": f'<?xml version="1.0"?><workbook xmlns="{NS}" xmlns:r="{_REL}"><sheets>{"".join(entries)}'
                           '</sheets></workbook>',
        "xl/_rels/workbook.xml.rels": f'<?xml version="1.0"?><Relationships xmlns="{_PKG}">{"".join(rels)}</Relationships>',
        "xl/styles.xml": f'<?xml version="1.0"?><styleSheet xmlns="{NS}"><cellXfs count="2"><xf numFmtId="0"/>'
                         '<xf numFmtId="14"/></cellXfs></styleSheet>',
    })
    return {name: (data.encode("utf-8") if isinstance(data, str) else data) for name, data in parts.items()}


def write_parts(path: Path, parts: dict[str, bytes], *, method: int = zipfile.ZIP_DEFLATED) -> Path:
    with zipfile.ZipFile(path, "w", method) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return path


def patch_member(path: Path, name: str, *, method: int | None = None, flag_bits: int | None = None,
                 corrupt_data: bool = False) -> Path:
    """Rewrite one member's headers in place: its compression method and/or general-purpose flags; or
    overwrite the middle of its compressed bytes (bad deflate data, the CRC left as it was)."""
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as archive:
        info = archive.getinfo(name)
    local = info.header_offset
    assert data[local:local + 4] == b"PK\x03\x04"
    encoded = name.encode("utf-8")
    central = data.find(b"PK\x01\x02")
    while central != -1:
        name_len = struct.unpack_from("<H", data, central + 28)[0]
        if bytes(data[central + 46:central + 46 + name_len]) == encoded:
            break
        central = data.find(b"PK\x01\x02", central + 4)
    assert central != -1, name
    if flag_bits is not None:
        struct.pack_into("<H", data, local + 6, flag_bits)
        struct.pack_into("<H", data, central + 8, flag_bits)
    if method is not None:
        struct.pack_into("<H", data, local + 8, method)
        struct.pack_into("<H", data, central + 10, method)
    if corrupt_data:
        name_len, extra_len = struct.unpack_from("<HH", data, local + 26)
        start = local + 30 + name_len + extra_len
        size = info.compress_size
        for i in range(start + size // 4, start + size // 4 + max(4, size // 2)):
            data[i] = 0xFF
    path.write_bytes(bytes(data))
    return path


def many_cells_sheet(count: int, *, one_row: bool) -> str:
    """A sheet of `count` numeric cells, all in one row or one per row (the "zip bomb": it compresses ~700:1)."""
    if one_row:
        body = "<row r=\"1\">" + '<c><v>1</v></c>' * count + "</row>"
    else:
        body = "".join(f'<row r="{r}"><c r="A{r}"><v>1</v></c></row>' for r in range(1, count + 1))
    return f'<?xml version="1.0"?><worksheet xmlns="{NS}"><sheetData>{body}</sheetData></worksheet>'


BILLION_LAUGHS = ('<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
                  + "".join(f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">'
                            for i in range(1, 10))
                  + f']><sst xmlns="{NS}"><si><t>&lol9;</t></si></sst>')
