"""What leaves the core as pledge documents: the batch print (one PDF, or one file per person), one pledge as
it stands (the preview's file), and the progress report. Each takes its records from the service, builds the
document (app.pledges.documents) and logs the print in the audit log (the pages shown on screen before signing,
`pledge_page_bytes`, are not a file and are not logged). Making a PDF does not make a pledge 已打印: that
is `confirm_printed`, called when the print job was sent (the preview's 打印) or the user says the copies
were printed, or `mark=True` for a caller that sends the file straight to a printer. Marking is a write, so
it needs the right to edit (checked before any page is built). The UI and the CLI call these.
The PDF engine (reportlab) is imported by the first document made, not with this module.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from app.errors import NotFound
from app.jobs import NullProgress, Progress
from app.pledges.figures import progress_rows
from app.pledges.ledger import unsigned_rows
from app.pledges.printing import mark_printed, printed_pledges
from app.safety import access, audit
from app.store import campaign

if TYPE_CHECKING:
    from app.documents.batch import BatchResult

TABLE = "pledge"  # the table the audit log files these events under


def print_batch(ids: list[int], out: Path | str, progress: Progress | None = None, *,
                mark: bool = False) -> BatchResult:
    """All the pledges in one PDF, each from a new page (numbered from its own first page), by unit and
    department; with `mark`, then marks them printed."""
    from app.documents.batch import one_pdf
    from app.pledges.documents.pledge import batch_items

    if mark:
        access.require(access.EDIT)
    pages = printed_pledges(ids)
    title = pages[0].template_name if len({p.template_id for p in pages}) == 1 else "承诺书"
    result = one_pdf(out, batch_items(pages), progress or NullProgress(), title=title,
                     author=campaign.current().office)
    if mark:
        mark_printed([p.id for p in pages])
    audit.record_event("print", f"打印承诺书{len(pages)}份（{title}），合并为一个PDF共{result.pages}页：{result.paths[0]}",
                       table=TABLE)
    return result


def print_each(ids: list[int], folder: Path | str, progress: Progress | None = None, *,
               mark: bool = False) -> BatchResult:
    """One PDF per person in `folder`, named 单位-姓名.pdf; with `mark`, then marks them printed."""
    from app.documents.batch import one_file_each
    from app.pledges.documents.pledge import batch_items

    if mark:
        access.require(access.EDIT)
    pages = printed_pledges(ids)
    result = one_file_each(folder, batch_items(pages), progress or NullProgress(), title="承诺书",
                           author=campaign.current().office)
    if mark:
        mark_printed([p.id for p in pages])
    audit.record_event("print", f"打印承诺书{len(pages)}份，每人一个文件，保存到 {folder}", table=TABLE)
    return result


def confirm_printed(ids: list[int]) -> int:
    """The pledges were printed (the job was sent, or the user confirms it): 待打印 → 已打印, the print counted.
    Returns how many became 已打印."""
    access.require(access.EDIT)
    changed = mark_printed(ids)
    audit.record_event("print", f"登记承诺书{len(ids)}份已打印（{changed}份由待打印改为已打印）", table=TABLE)
    return changed


def pledge_pdf(pledge_id: int, out: Path | str) -> Path:
    """One pledge as it stands (with the on-screen signature and date once signed on screen), to preview."""
    from app.pledges.documents.pledge import build_pledge

    page, = printed_pledges([pledge_id])
    path = build_pledge(out, page.text, author=campaign.current().office)
    # a file the preview can print: logged like the batch prints (who, whose pledge, where; never an ID number)
    audit.record_event("print", f"生成{page.unit}{page.name}的承诺书（{page.template_name}）：{path}", table=TABLE,
                       label=page.name)
    return path


def pledge_page_bytes(pledge_id: int) -> bytes:
    """One pledge as PDF bytes: what the signer reads on screen before signing."""
    from app.pledges.documents.pledge import pledge_bytes

    page, = printed_pledges([pledge_id])
    return pledge_bytes(page.text, page.text.title)


def progress_report_pdf(out: Path | str, template_id: int | None = None, unit: str | None = None) -> Path:
    """签署进度 for printing: per template, a table per unit with totals; then who has not signed yet."""
    from app.pledges.documents.progress import build_progress_report

    rows = [r for r in progress_rows(template_id) if not unit or r.unit == unit]
    if not rows:
        raise NotFound("所选范围内还没有下发承诺书。")
    missing = unsigned_rows(template_id, unit)
    path = build_progress_report(out, rows, missing, unit=unit, today=dt.date.today(),
                                 author=campaign.current().office)
    audit.record_event("print", f"打印承诺书签订进度（下发{sum(r.issued for r in rows)}份，未签署{len(missing)}人）：{path}",
                       table=TABLE)
    return path
