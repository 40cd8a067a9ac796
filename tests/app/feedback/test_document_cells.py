"""The feedback documents' table cells break their lines once per width: a long ledger spends most of its
time breaking CJK lines, and reportlab's Table asks every cell for its size two or three times."""
import collections
import datetime as dt


def test_a_multi_page_table_breaks_each_cell_once(monkeypatch, tmp_path):
    from reportlab.platypus import Paragraph

    from app.documents import fonts, layout
    from app.documents.tables import CellText
    from app.feedback.documents.common import para, style, table

    breaks = []
    for method in ("breakLines", "breakLinesCJK"):  # reportlab's line breaking, of either kind
        original = getattr(Paragraph, method)
        monkeypatch.setattr(Paragraph, method,
                            lambda self, widths, original=original: (breaks.append(self), original(self, widths))[1])
    cell_style = style("test-cell", fonts.SONG, 9)
    body = [[para(f"第{n}条：综治中心接待群众的时间不固定，群众找不到人。\n进展：已完成大部分工作。", cell_style),
             para(f"2021.5.{n % 28 + 1}", cell_style)] for n in range(120)]
    cells = [c for row in body for c in row]
    pages = layout.build_pages(tmp_path / "t.pdf", [table([["内容", "时限"], *body], [120, 60], size=9)],
                               title="测试")
    assert pages >= 3  # the table was split across pages, its header repeated
    assert all(isinstance(c, CellText) for c in cells)
    counted = [b for b in breaks if isinstance(b, CellText)]
    times = collections.Counter(id(b) for b in counted)  # the header's cells are CellText too, repeated per page
    assert all(times[id(c)] == 1 for c in cells) and set(times.values()) == {1}


def test_a_cell_wrapped_at_another_width_breaks_again():
    from app.documents import fonts
    from app.feedback.documents.common import para, style

    cell = para("综治中心接待群众的时间不固定，群众找不到人。" * 3, style("test-cell-2", fonts.SONG, 9))
    _w, narrow = cell.wrap(60, 1000)
    assert cell.wrap(60, 10) == (60, narrow)  # the same width: the same lines, whatever the space left
    _w, wide = cell.wrap(300, 1000)
    assert wide < narrow and len(cell.blPara.lines) == round(wide / cell.style.leading)


def test_the_ledger_of_a_day_prints_its_rows(demo_db, tmp_path):
    from pypdf import PdfReader

    from app.feedback.outputs import print_ledger

    items = print_ledger(tmp_path / "l.pdf", on=dt.date(2021, 6, 30))
    text = "".join(page.extract_text() for page in PdfReader(str(tmp_path / "l.pdf")).pages)
    assert items > 0 and "整改清单" in text and f"共{items}条" in text
