"""A fast .xlsx writer for big, plain tables: the OOXML parts written straight as text, one row at a time.

openpyxl (even write-only) spends ~100 µs a row building and serialising cell objects; export-all writes a
quarter of a million rows. This writer knows only what the ledgers need: text (inline strings), numbers,
booleans, dates and date-times (with their formats), a header style, column widths, a frozen header, an
auto-filter, landscape A4 with the header repeated on every printed page. Values arrive already safe
(`safe_text.excel_safe`): nothing here evaluates or interprets them.
"""
from __future__ import annotations

import datetime as dt
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

EPOCH = dt.datetime(1899, 12, 30)  # Excel's day 0 (with its 1900 leap-year bug folded in)
DATE_FORMAT = "yyyy-mm-dd"
DATETIME_FORMAT = "yyyy-mm-dd hh:mm"
# Cell styles (cellXfs) that every workbook has: plain, header, title; number formats get one each, on demand.
PLAIN, HEADER, TITLE = 0, 1, 2


def column_letters(count: int) -> list[str]:
    letters = []
    for index in range(1, count + 1):
        name = ""
        while index:
            index, rest = divmod(index - 1, 26)
            name = chr(65 + rest) + name
        letters.append(name)
    return letters


class Styled:
    """A value with a cell style of its own (a title, a heading inside a sheet)."""

    __slots__ = ("value", "style")

    def __init__(self, value, style: int):
        self.value, self.style = value, style


@dataclass
class SheetSpec:
    title: str
    widths: list[float]  # characters, one per column
    freeze: str = "A2"  # the first cell below and right of the frozen panes ("" = none)
    auto_filter: bool = True
    landscape: bool = True
    repeat_header: bool = True
    header_height: float | None = 20
    rows: list = field(default_factory=list)  # written by Workbook.add_sheet


class Workbook:
    """Sheets are written to the zip as they are added; `close()` writes the workbook parts around them."""

    def __init__(self, path: Path | str):
        self.zip = zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1)
        self.sheets: list[SheetSpec] = []
        self.filters: list[str] = []
        self.formats: dict[str, int] = {}  # number format → its cellXfs index

    def style_for(self, number_format: str) -> int:
        if number_format not in self.formats:
            self.formats[number_format] = 3 + len(self.formats)
        return self.formats[number_format]

    def add_sheet(self, spec: SheetSpec, rows, *, styles: list[int] | None = None,
                  formats: list[str] | None = None) -> int:
        """Write one sheet. `rows` yields lists of values; the first row gets `styles` (e.g. HEADER for every
        cell of a header row), later rows `formats` per column ("" = none). Returns the rows written."""
        number = len(self.sheets) + 1
        letters = column_letters(max(1, len(spec.widths)))
        column_styles = [self.style_for(f) if f else PLAIN for f in (formats or [""] * len(spec.widths))]
        date_style, datetime_style = self.style_for(DATE_FORMAT), self.style_for(DATETIME_FORMAT)
        written = 0
        with self.zip.open(f"xl/worksheets/sheet{number}.xml", "w", force_zip64=True) as out:
            out.write(self._sheet_head(spec).encode())
            chunk: list[str] = []
            for row_number, values in enumerate(rows, start=1):
                first = row_number == 1
                cells = []
                for index, value in enumerate(values):
                    style = (styles[index] if first and styles else column_styles[index]
                             if index < len(column_styles) else PLAIN)
                    if type(value) is Styled:
                        value, style = value.value, value.style
                    if value is None or value == "":
                        continue
                    ref = f"{letters[index] if index < len(letters) else column_letters(index + 1)[-1]}{row_number}"
                    if isinstance(value, str):
                        cells.append(f'<c r="{ref}"{_s(style)} t="inlineStr"><is><t xml:space="preserve">'
                                     f'{escape(value)}</t></is></c>')
                    elif isinstance(value, bool):
                        cells.append(f'<c r="{ref}"{_s(style)} t="b"><v>{int(value)}</v></c>')
                    elif isinstance(value, dt.datetime):
                        serial = (value.replace(tzinfo=None) - EPOCH).total_seconds() / 86400
                        cells.append(f'<c r="{ref}"{_s(datetime_style)}><v>{serial!r}</v></c>')
                    elif isinstance(value, dt.date):
                        cells.append(f'<c r="{ref}"{_s(date_style)}><v>{(value - EPOCH.date()).days}</v></c>')
                    elif isinstance(value, (int, float)):
                        cells.append(f'<c r="{ref}"{_s(style)}><v>{value!r}</v></c>')
                    else:
                        cells.append(f'<c r="{ref}"{_s(style)} t="inlineStr"><is><t xml:space="preserve">'
                                     f'{escape(str(value))}</t></is></c>')
                height = f' ht="{spec.header_height}" customHeight="1"' if first and spec.header_height else ""
                chunk.append(f'<row r="{row_number}"{height}>{"".join(cells)}</row>')
                written = row_number
                if len(chunk) >= 2000:
                    out.write("".join(chunk).encode())
                    chunk.clear()
            out.write("".join(chunk).encode())
            last = f"{letters[-1]}{max(1, written)}"
            tail = "</sheetData>"
            if spec.auto_filter:
                tail += f'<autoFilter ref="A1:{last}"/>'
                self.filters.append(f"{quote_sheet(spec.title)}!$A$1:${letters[-1]}${max(1, written)}")
            else:
                self.filters.append("")
            tail += ('<pageMargins left="0.5" right="0.5" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>'
                     f'<pageSetup paperSize="9" orientation="{"landscape" if spec.landscape else "portrait"}"/>'
                     "</worksheet>")
            out.write(tail.encode())
        self.sheets.append(spec)
        return max(0, written - 1)

    def _sheet_head(self, spec: SheetSpec) -> str:
        view = '<sheetView workbookViewId="0"'
        if spec.freeze and spec.freeze != "A1":
            column = "".join(ch for ch in spec.freeze if ch.isalpha())
            row = int("".join(ch for ch in spec.freeze if ch.isdigit()))
            x_split = column_letters(26 * 26).index(column)
            y_split = row - 1
            pane = "bottomRight" if x_split and y_split else "bottomLeft" if y_split else "topRight"
            attrs = (f' xSplit="{x_split}"' if x_split else "") + (f' ySplit="{y_split}"' if y_split else "")
            view += (f'><pane{attrs} topLeftCell="{spec.freeze}" activePane="{pane}" state="frozen"/>'
                     f'<selection pane="{pane}" activeCell="{spec.freeze}" sqref="{spec.freeze}"/></sheetView>')
        else:
            view += "/>"
        cols = "".join(f'<col min="{i}" max="{i}" width="{w:g}" customWidth="1"/>'
                       for i, w in enumerate(spec.widths, start=1))
        return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
                'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
                f'<sheetPr><pageSetUpPr fitToPage="0"/></sheetPr><sheetViews>{view}</sheetViews>'
                '<sheetFormatPr defaultRowHeight="15"/>' + (f"<cols>{cols}</cols>" if cols else "") + "<sheetData>")

    def close(self) -> None:
        names = []
        for index, spec in enumerate(self.sheets):
            if spec.repeat_header:
                names.append(f'<definedName name="_xlnm.Print_Titles" localSheetId="{index}">'
                             f"{escape(quote_sheet(spec.title))}!$1:$1</definedName>")
            if self.filters[index]:
                names.append(f'<definedName name="_xlnm._FilterDatabase" localSheetId="{index}" hidden="1">'
                             f"{escape(self.filters[index])}</definedName>")
        sheets = "".join(f'<sheet name={quoteattr(spec.title)} sheetId="{i}" r:id="rId{i}"/>'
                         for i, spec in enumerate(self.sheets, start=1))
        self.zip.writestr("xl/workbook.xml", (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
            'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
            f'<bookViews><workbookView activeTab="0"/></bookViews><sheets>{sheets}</sheets>'
            + (f"<definedNames>{''.join(names)}</definedNames>" if names else "") + "</workbook>"))
        rels = "".join(f'<Relationship Id="rId{i}" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
                       f'relationships/worksheet" Target="worksheets/sheet{i}.xml"/>'
                       for i in range(1, len(self.sheets) + 1))
        rels += (f'<Relationship Id="rId{len(self.sheets) + 1}" Type="http://schemas.openxmlformats.org/'
                 'officeDocument/2006/relationships/styles" Target="styles.xml"/>')
        self.zip.writestr("xl/_rels/workbook.xml.rels", _relationships(rels))
        self.zip.writestr("_rels/.rels", _relationships(
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
            'officeDocument" Target="xl/workbook.xml"/>'))
        self.zip.writestr("xl/styles.xml", self._styles())
        overrides = "".join(f'<Override PartName="/xl/worksheets/sheet{i}.xml" ContentType="application/'
                            'vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
                            for i in range(1, len(self.sheets) + 1))
        self.zip.writestr("[Content_Types].xml", (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/xl/workbook.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
            '<Override PartName="/xl/styles.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' + overrides + "</Types>"))
        self.zip.close()

    def abort(self) -> None:
        """Let go of a half-written file (so it can be deleted, on Windows too)."""
        try:
            self.zip.close()
        except Exception:  # the file is being thrown away: its state no longer matters
            if self.zip.fp is not None:
                self.zip.fp.close()

    def _styles(self) -> str:
        custom = [(164 + i, fmt) for i, fmt in enumerate(self.formats)]
        num_fmts = "".join(f'<numFmt numFmtId="{n}" formatCode={quoteattr(fmt)}/>' for n, fmt in custom)
        xfs = ('<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
               '<xf numFmtId="0" fontId="1" fillId="2" borderId="0" xfId="0" applyFont="1" applyFill="1" '
               'applyAlignment="1"><alignment horizontal="center" vertical="center" wrapText="1"/></xf>'
               '<xf numFmtId="0" fontId="2" fillId="0" borderId="0" xfId="0" applyFont="1"/>')
        xfs += "".join(f'<xf numFmtId="{n}" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
                       for n, _fmt in custom)
        return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                + (f'<numFmts count="{len(custom)}">{num_fmts}</numFmts>' if custom else "") +
                '<fonts count="3"><font><sz val="11"/><name val="宋体"/></font>'
                '<font><b/><sz val="11"/><name val="宋体"/></font><font><b/><sz val="14"/><name val="宋体"/></font></fonts>'
                '<fills count="3"><fill><patternFill patternType="none"/></fill>'
                '<fill><patternFill patternType="gray125"/></fill>'
                '<fill><patternFill patternType="solid"><fgColor rgb="FFE8E8E8"/></patternFill></fill></fills>'
                '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
                '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
                f'<cellXfs count="{3 + len(custom)}">{xfs}</cellXfs>'
                '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
                "</styleSheet>")


def quote_sheet(title: str) -> str:
    return "'" + title.replace("'", "''") + "'"


def _s(style: int) -> str:
    return f' s="{style}"' if style else ""


def _relationships(body: str) -> str:
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">{body}'
            "</Relationships>")


# ---------------------------------------------------------------- ledgers of columns

# A ledger's column: (header, width in characters, value of a row). A value of None numbers the rows (序号).
ColumnSpec = tuple


def column_rows(columns, rows):
    """The header row, then each row's values: strings made safe (excel_safe), "" left empty."""
    from app.common.safe_text import excel_safe

    yield [name for name, _width, _value in columns]
    for number, row in enumerate(rows, start=1):
        values = (number if value is None else value(row) for _n, _w, value in columns)
        yield [None if v == "" else excel_safe(v) if isinstance(v, str) else v for v in values]


def write_column_book(path: Path | str, sheets, *, freeze: str = "A2") -> None:
    """One sheet per (title, columns, rows), header styled and frozen; the file is replaced whole or not at
    all (app.common.files.save_replacing), and a failure reads in Chinese."""
    from app.common.files import save_replacing

    def write(part: Path) -> None:
        book = Workbook(part)
        try:
            for title, columns, rows in sheets:
                book.add_sheet(SheetSpec(title, [width for _n, width, _v in columns], freeze=freeze),
                               column_rows(columns, rows), styles=[HEADER] * len(columns))
            book.close()
        except BaseException:
            book.abort()
            raise

    save_replacing(path, write)
