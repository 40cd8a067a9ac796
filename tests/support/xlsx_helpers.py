"""Build .xlsx files the way offices send them: with openpyxl, or by hand (shared strings, as Excel writes)."""
from __future__ import annotations

import zipfile
from pathlib import Path
from xml.sax.saxutils import escape


def write_xlsx(path: Path, rows: list[list], *, title: str | None = "青山县政法干警花名册", merge_to: int | None = None,
               sheet_name: str = "Sheet1") -> Path:
    """Title row merged across the header (when given), then `rows` (header first). Cell values keep
    their Python types: an int stays a number cell, a datetime a date cell."""
    from openpyxl import Workbook
    from openpyxl.utils import get_column_letter

    book = Workbook()
    sheet = book.active
    sheet.title = sheet_name
    if title is not None:
        sheet.append([title])
        width = merge_to or max(len(r) for r in rows)
        sheet.merge_cells(f"A1:{get_column_letter(width)}1")
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def write_shared_strings_xlsx(path: Path, rows: list[list], *, rich_first: bool = True) -> Path:
    """A minimal workbook as Excel writes it: strings in sharedStrings.xml (one as rich text with a phonetic
    guide), numbers as <v>, a date-formatted number cell (style 1 = numFmtId 14)."""
    strings: list[str] = []
    index: dict[str, int] = {}
    sheet_rows = []
    for r, row in enumerate(rows, start=1):
        cells = []
        for c, value in enumerate(row):
            ref = f"{chr(65 + c)}{r}"
            if value is None:
                continue
            if isinstance(value, tuple) and value[0] == "date-serial":
                cells.append(f'<c r="{ref}" s="1"><v>{value[1]}</v></c>')
            elif isinstance(value, (int, float)):
                cells.append(f'<c r="{ref}"><v>{value}</v></c>')
            else:
                if value not in index:
                    index[value] = len(strings)
                    strings.append(value)
                cells.append(f'<c r="{ref}" t="s"><v>{index[value]}</v></c>')
        sheet_rows.append(f'<row r="{r}">{"".join(cells)}</row>')
    ns = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    si = []
    for n, s in enumerate(strings):
        if n == 0 and rich_first and len(s) > 1:
            si.append(f'<si><r><t>{escape(s[0])}</t></r><r><rPr><b/></rPr><t>{escape(s[1:])}</t></r>'
                      f'<rPh sb="0" eb="1"><t>PHONETIC</t></rPh></si>')
        else:
            si.append(f"<si><t>{escape(s)}</t></si>")
    files = {
        "[Content_Types].xml": '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
        "_rels/.rels": '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                       '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
        "xl/workbook.xml": f'<?xml version="1.0"?><workbook xmlns="{ns}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
                           '<sheets><sheet name="花名册" sheetId="1" r:id="rId1"/></sheets></workbook>',
        "xl/_rels/workbook.xml.rels": '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                                      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
                                      '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>'
                                      '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>',
        "xl/styles.xml": f'<?xml version="1.0"?><styleSheet xmlns="{ns}"><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14"/></cellXfs></styleSheet>',
        "xl/sharedStrings.xml": f'<?xml version="1.0"?><sst xmlns="{ns}" count="{len(si)}">{"".join(si)}</sst>',
        "xl/worksheets/sheet1.xml": f'<?xml version="1.0"?><worksheet xmlns="{ns}"><sheetData>{"".join(sheet_rows)}</sheetData></worksheet>',
    }
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in files.items():
            archive.writestr(name, text)
    return path
