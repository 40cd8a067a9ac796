"""Feedback outputs read back: the Excel ledger (openpyxl), the PDFs (pypdf), and their audit lines."""
import datetime as dt

import pytest

TODAY = dt.date.today()


def pdf_text(path) -> str:
    from pypdf import PdfReader

    return "".join(page.extract_text() for page in PdfReader(str(path)).pages)


def fonts_of(path) -> dict[str, bool]:
    """Base font name → embedded, for every font any page uses."""
    from pypdf import PdfReader

    result = {}
    for page in PdfReader(str(path)).pages:
        resources = page.get("/Resources") or {}
        for font in (resources.get("/Font") or {}).values():
            font = font.get_object()
            descriptor = font.get("/FontDescriptor")
            if descriptor is None and "/DescendantFonts" in font:
                descriptor = font["/DescendantFonts"][0].get_object().get("/FontDescriptor")
            descriptor = descriptor.get_object() if descriptor is not None else {}
            embedded = any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3"))
            result[str(font.get("/BaseFont"))] = embedded
    return result


def page_sizes(path) -> list[tuple[float, float]]:
    from pypdf import PdfReader

    return [(float(p.mediabox.width), float(p.mediabox.height)) for p in PdfReader(str(path)).pages]


def test_excel_ledger_round_trip(demo_db, tmp_path):
    import openpyxl

    from app.feedback.figures import summary

    from app.feedback.ledger import ledger_rows
    from app.feedback.outputs import export_ledger

    out = tmp_path / "整改清单.xlsx"
    ledger = ledger_rows()
    assert export_ledger(out) == len(ledger) == 133
    wb = openpyxl.load_workbook(out)
    ws = wb["整改清单"]
    assert "整改清单" in ws["A1"].value and "A1:AA1" in {str(r) for r in ws.merged_cells.ranges}
    assert ws.freeze_panes == "C3"
    headers = [c.value for c in ws[2]]
    column = {name: i for i, name in enumerate(headers)}
    assert {"编号", "来源渠道", "收集日期", "提出人", "意见建议内容", "类别", "责任单位", "责任领导", "责任人", "整改措施",
            "时限", "进展", "状态", "完成日期", "佐证材料", "满意度", "销号审核人", "销号日期", "备注"} <= set(headers)
    body = list(ws.iter_rows(min_row=3, values_only=True))
    by_code = {row[column["编号"]]: row for row in body}
    assert len(body) == len(by_code) == 133
    for r in ledger:  # every suggestion, with its dates as real dates
        row = by_code[r.code]
        assert row[column["收集日期"]].date() == r.collected_on
        assert row[column["状态"]] == r.status
        if r.deadline:
            assert row[column["时限"]].date() == r.deadline
        if r.reviewed_on:
            assert row[column["销号日期"]].date() == r.reviewed_on
    first_data = ws.cell(row=3, column=column["意见建议内容"] + 1)
    assert first_data.alignment.wrap_text and first_data.number_format == "General"
    assert ws.cell(row=3, column=column["时限"] + 1).number_format == "yyyy-mm-dd"
    assert ws.column_dimensions["I"].width >= 40  # 意见建议内容
    merged = wb["已合并条目"]
    assert merged.max_row - 2 == summary()["merged"]
    summary = wb["按单位汇总"]
    total_row = [c.value for c in summary[summary.max_row]]
    assert total_row[0] == "合计" and total_row[headers_index(summary, "合计")] == 133


def headers_index(ws, name):
    return [c.value for c in ws[2]].index(name)


def test_excel_neutralises_formula_looking_text(db, tmp_path):
    import openpyxl

    from app.feedback.suggestions import SuggestionData, create_suggestion
    from app.feedback.outputs import export_ledger

    create_suggestion(SuggestionData(
        content='=HYPERLINK("http://x","点我")', channel="热线/信箱", collected_on=TODAY,
        submitter_name="+86 138", remarks="@备注\x07"))
    out = tmp_path / "l.xlsx"
    export_ledger(out)
    ws = openpyxl.load_workbook(out)["整改清单"]
    headers = [c.value for c in ws[2]]
    content = ws.cell(row=3, column=headers.index("意见建议内容") + 1)
    assert content.value == '=HYPERLINK("http://x","点我")' and content.data_type == "s" and content.quotePrefix
    assert ws.cell(row=3, column=headers.index("提出人") + 1).data_type == "s"
    assert ws.cell(row=3, column=headers.index("备注") + 1).value == "@备注"  # control character dropped


def test_ledger_pdf_is_landscape_embedded_and_complete(demo_db, tmp_path):
    from app.feedback.ledger import ledger_rows
    from app.feedback.outputs import print_ledger

    out = tmp_path / "ledger.pdf"
    assert print_ledger(out) == 133
    sizes = page_sizes(out)
    assert len(sizes) > 5 and all(w > h and round(w) == 842 and round(h) == 595 for w, h in sizes)
    fonts = fonts_of(out)
    assert fonts and all(fonts.values()), fonts
    text = pdf_text(out).replace("\n", "")
    assert "整改清单" in text and "青山县人民法院" in text and "已逾期" in text
    assert all(r.code in text for r in ledger_rows())


def test_ledger_pdf_filters_by_unit_and_status(demo_db, tmp_path):
    from app.feedback.ledger import ledger_rows
    from app.feedback.outputs import print_ledger

    out = tmp_path / "court.pdf"
    expected = ledger_rows(unit="县法院", status="已销号")
    assert print_ledger(out, unit="县法院", status="已销号") == len(expected) > 0
    text = pdf_text(out)
    assert "状态：已销号" in text and "青山县公安局" not in text
    empty = tmp_path / "none.pdf"
    assert print_ledger(empty, unit="县法院", status="待交办") == 0
    assert "没有符合条件的意见建议" in pdf_text(empty)


def test_overdue_list_pdf(demo_db, tmp_path):
    from app.feedback.ledger import overdue_rows
    from app.feedback.outputs import print_overdue

    overdue = overdue_rows()
    out = tmp_path / "overdue.pdf"
    assert print_overdue(out) == len(overdue) > 0
    assert all(w < h for w, h in page_sizes(out))
    assert all(fonts_of(out).values())
    text = pdf_text(out).replace("\n", "")
    assert "逾期清单" in text and all(r.code in text for r in overdue)
    assert all(r.unit_full in text for r in overdue)
    from tests.support.pdf_checks import page_texts

    last = page_texts(out)[-1]  # the signature page also carries the end of the list (was: the signature alone)
    assert "领导小组办公室" in last and any(r.code in last for r in overdue)


def test_reply_letter_pdf(demo_db, tmp_path):
    from app.feedback.ledger import ledger_rows
    from app.feedback.outputs import print_reply_letter
    from app.errors import ValidationError

    rows = ledger_rows()
    closed = next(r for r in rows if r.status == "已销号" and r.submitter_category == "人大代表")
    out = tmp_path / "reply.pdf"
    print_reply_letter(out, closed.id)
    text = pdf_text(out).replace("\n", "")
    assert f"尊敬的{closed.submitter_name}代表" in text and closed.code in text and "销号" in text
    assert "青山县政法队伍教育整顿领导小组办公室" in text
    assert all(fonts_of(out).values()) and all(w < h for w, h in page_sizes(out))
    rejected = next(r for r in rows if r.status == "不予采纳")
    print_reply_letter(out, rejected.id)
    assert "暂不予采纳" in pdf_text(out).replace("\n", "")
    anonymous = next(r for r in rows if r.anonymous)
    with pytest.raises(ValidationError, match="匿名"):
        print_reply_letter(tmp_path / "no.pdf", anonymous.id)
    assert not (tmp_path / "no.pdf").exists()


def test_reply_letter_goes_to_a_merged_submitter(demo_db, tmp_path):
    from app.feedback.ledger import ledger_rows
    from app.feedback.replies import submitters
    from app.feedback.outputs import print_reply_letter

    target = next(r for r in ledger_rows() if r.submitter_count > 1)
    other = submitters(target.id)[1]
    out = tmp_path / "reply2.pdf"
    print_reply_letter(out, target.id, recipient_id=other.suggestion_id)
    assert other.name in pdf_text(out)


def test_prints_and_exports_leave_an_audit_line_without_the_text(demo_db, tmp_path):
    from app.feedback.ledger import ledger_rows
    from app.feedback.outputs import export_ledger, print_ledger, print_overdue, print_reply_letter
    from app.safety import audit

    closed = next(r for r in ledger_rows() if r.status == "已销号" and r.submitter_category == "人大代表")
    before = max((e.id for e in audit.entries()), default=0)
    count = print_ledger(tmp_path / "l.pdf", unit="县法院", status="已销号")
    print_overdue(tmp_path / "o.pdf")
    print_reply_letter(tmp_path / "r.pdf", closed.id)
    export_ledger(tmp_path / "l.xlsx")
    lines = [e for e in audit.entries() if e.id > before]
    assert [(e.action, e.table) for e in lines] == [("export", "suggestion")] + [("print", "suggestion")] * 3
    assert f"打印整改清单（{count}条，责任单位：县法院，状态：已销号）" in lines[3].detail
    assert str(tmp_path / "l.xlsx") in lines[0].detail and lines[1].label == closed.code
    assert all(closed.content not in e.detail and closed.submitter_name not in e.detail for e in lines)
