"""What leaves the talks core on paper: the 谈心谈话记录表 (one form per record), the coverage table and the
未谈名单. Each function fetches what it prints, builds the document and records the print in the audit log;
the tab (in a background job) and the command line call these.

Talk content is confidential: a form prints it only when asked to, and only for an account that may see it
(`access.can(access.TALK_CONTENT)`, checked here whoever the caller is). The log says what was printed,
never the content.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from app.jobs import Progress
from app.safety import audit
from app.talks import coverage, listing
from app.talks.common import require_content_access
from app.talks.documents import coverage as coverage_document
from app.talks.documents import talk_form

TABLE = "talk"


def print_forms(out: Path | str, talk_ids: list[int], *, include_content: bool,
                progress: Progress | None = None) -> int:
    """The records' forms in the order given, content only when `include_content` (and allowed: raises
    AccessDenied otherwise). Returns how many forms were printed."""
    if include_content:
        require_content_access()
    records = listing.form_records(talk_ids, include_content=include_content)
    talk_form.build_forms(out, records, progress=progress)
    audit.record_event("print", f"打印谈心谈话记录表{len(records)}份（{'含' if include_content else '不含'}谈话内容）"
                                f"到 {out}", table=TABLE)
    return len(records)


def print_coverage(out: Path | str, round_id: int | None, *, round_name: str, round_label: str,
                   day: dt.date | None = None) -> Path:
    """The coverage table of a round (None: the whole campaign), its 未谈名单 and the cascade's gaps."""
    path = coverage_document.build_coverage(out, round_name=round_name, round_label=round_label,
                                            rows=coverage.coverage(round_id), untalked=coverage.untalked(round_id),
                                            gaps=coverage.cascade_gaps(round_id), day=day or dt.date.today())
    audit.record_event("print", f"打印{round_name}谈心谈话覆盖情况表到 {out}", table=TABLE)
    return path


def print_untalked(out: Path | str, round_id: int | None, unit_id: int | None = None, *, round_name: str,
                   round_label: str, unit_name: str = "", day: dt.date | None = None) -> Path:
    """The 未谈名单 of one unit (or of every unit when unit_id is None)."""
    path = coverage_document.build_untalked(out, round_name=round_name, round_label=round_label,
                                            unit_name=unit_name, people=coverage.untalked(round_id, unit_id),
                                            day=day or dt.date.today())
    audit.record_event("print", f"打印{unit_name}{round_name}谈心谈话未谈人员名单到 {out}", table=TABLE)
    return path
