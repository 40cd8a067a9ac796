"""Benchmark: 736 pledges (518 officers' "三个规定" pledges + 218 leaders' public pledges, the source
county's figure) into one PDF.

Targets: ≤ 3 s and ≤ 250 MB peak memory for the whole job (database reads, filling in templates, laying
out on the grid, writing the PDF), and ≤ 1.5× the time reportlab itself needs to lay out the same pages
from the same texts held in memory (plain platypus Paragraphs with CJK wrapping, no database work).
Both are measured in this run; medians of --runs runs.

    python bench/bench_pledges.py [--runs 3] [--keep DIR]
"""
from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("JZ_BUNDLED_FONTS_ONLY", "1")


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def reportlab_only(texts, out: Path) -> int:
    """The same pages with reportlab's own Paragraph (wordWrap='CJK'), same fonts, sizes and frame."""
    from reportlab.lib.enums import TA_CENTER, TA_RIGHT
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import BaseDocTemplate, Frame, PageBreak, PageTemplate, Paragraph

    from app.documents import fonts, layout
    from app.pledges.documents.pledge import POST_LABEL, SIGN_LABEL
    from app.pledges.text import cn_number

    fonts.ensure_registered()
    doc = BaseDocTemplate(str(out), pagesize=layout.A4, leftMargin=layout.MARGIN_LEFT,
                          rightMargin=layout.MARGIN_RIGHT, topMargin=layout.MARGIN_TOP,
                          bottomMargin=layout.MARGIN_BOTTOM, initialFontName=fonts.SONG)
    frame = Frame(layout.MARGIN_LEFT, layout.MARGIN_BOTTOM, layout.TEXT_WIDTH, layout.TEXT_HEIGHT,
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate(frames=[frame])])
    story = []
    for index, (text, density) in enumerate(texts):
        size, leading = density.size, density.leading
        body = ParagraphStyle("b", fontName=fonts.FANGSONG, fontSize=size, leading=leading,
                              firstLineIndent=2 * size, wordWrap="CJK")
        title = ParagraphStyle("t", fontName=fonts.TITLE, fontSize=22, leading=leading * 1.35,
                               alignment=TA_CENTER, wordWrap="CJK", spaceAfter=leading)
        sign = ParagraphStyle("s", parent=body, firstLineIndent=0, leftIndent=layout.TEXT_WIDTH * 0.3)
        date = ParagraphStyle("d", parent=body, alignment=TA_RIGHT, rightIndent=2 * size)
        if index:
            story.append(PageBreak())
        story.append(Paragraph(text.title, title))
        if text.addressee:
            story.append(Paragraph(text.addressee + "：", ParagraphStyle("a", parent=body, firstLineIndent=0)))
        story.append(Paragraph(text.preamble, body))
        story += [Paragraph(f"{cn_number(n)}、{c}", body) for n, c in enumerate(text.clauses, 1)]
        story.append(Paragraph(text.closing, body))
        story += [Paragraph(SIGN_LABEL, sign),
                  Paragraph(POST_LABEL + text.unit_post, sign), Paragraph("年　　月　　日", date)]
    doc.build(story)
    return doc.page


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--keep", type=Path, help="keep the database and PDFs in this folder")
    args = parser.parse_args()
    folder = args.keep or Path(tempfile.mkdtemp(prefix="bench-pledges-"))
    folder.mkdir(parents=True, exist_ok=True)
    db_path = folder / "demo.db"
    if not db_path.exists():  # in a child process: its memory is not ours
        subprocess.run([sys.executable, str(ROOT / "main.py"), "--db", str(db_path), "demo"], check=True,
                       stdout=subprocess.DEVNULL, env={**os.environ, "JZ_DATA_DIR": str(folder)})
    from app.pledges.ledger import pledge_rows
    from app.pledges.outputs import print_batch
    from app.pledges.printing import printed_pledges
    from app.pledges.templates import template_by_key
    from app.workbench import open_database
    from app.documents import fonts
    from app.pledges.documents.pledge import fit

    open_database(db_path)
    keys = ("officer-three-rules", "leader-public")
    ids = [r.id for key in keys for r in pledge_rows(template_id=template_by_key(key).id)]
    print(f"pledges: {len(ids)}")
    fonts.ensure_registered()  # once per process in the app too; not part of either measurement
    start_mb = peak_mb()

    ours, pages = [], 0
    for run in range(args.runs):
        t0 = time.perf_counter()
        result = print_batch(ids, folder / "ours.pdf", mark=False)
        ours.append(time.perf_counter() - t0)
        pages = result.pages
    ours_mb = peak_mb()

    # The same texts and grids, prepared outside the timing (no database work in the baseline).
    texts = [(page.text, fit(page.text)) for page in printed_pledges(ids)]
    plain, plain_pages = [], 0
    for run in range(args.runs):
        t0 = time.perf_counter()
        plain_pages = reportlab_only(texts, folder / "reportlab.pdf")
        plain.append(time.perf_counter() - t0)

    m_ours, m_plain = statistics.median(ours), statistics.median(plain)
    size = (folder / "ours.pdf").stat().st_size / 1048576
    print(f"ours (database → grid layout → PDF): median {m_ours:.2f} s over {args.runs} runs "
          f"{[round(t, 2) for t in ours]}, {pages} pages, {size:.1f} MB")
    print(f"reportlab alone (same texts, Paragraph CJK): median {m_plain:.2f} s {[round(t, 2) for t in plain]}, "
          f"{plain_pages} pages")
    print(f"ratio ours / reportlab: {m_ours / m_plain:.2f} (target ≤ 1.5)")
    print(f"peak RSS: {ours_mb:.0f} MB after our runs (fonts loaded: {start_mb:.0f} MB) (target ≤ 250 MB)")
    print(f"targets: time {'OK' if m_ours <= 3 else 'MISSED'}, memory {'OK' if ours_mb <= 250 else 'MISSED'}, "
          f"ratio {'OK' if m_ours / m_plain <= 1.5 else 'MISSED'}")
    if not args.keep:
        import shutil

        shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
