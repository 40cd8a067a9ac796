"""What the reports hand out: the 工作情况报告 and the 一人一档 as PDFs, every ledger in one workbook.

Each function gathers the records (the overview's figures, the officer's file, the ledgers' sheets), checks
the permission for anything confidential, builds the document and writes an audit line of what left the
program (never the talk content or a full ID number). The overview tab and the command line call these.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from app.jobs import NullProgress, Progress
from app.reports import ledgers
from app.reports.documents.person_file import build_person_file
from app.reports.documents.summary_report import build_summary_report
from app.reports.documents.workbook import write_workbook
from app.reports.feature_sheets import feature_sheets
from app.reports.overview import overview
from app.reports.person_file import person_file
from app.reports.scope import Period
from app.safety import access, audit


def print_report(out: Path | str, since: dt.date | None = None, until: dt.date | None = None, *,
                 addressee: str = "", today: dt.date | None = None, issued_on: dt.date | None = None,
                 progress: Progress | None = None) -> Path:
    """The 工作情况报告 for the period (every unit), written to `out`; returns its path."""
    progress = progress or NullProgress()
    progress.report(0.05, "正在统计各项数字…")
    figures = overview(since, until, today=today)
    path = build_summary_report(out, figures, addressee=addressee, issued_on=issued_on, progress=progress)
    audit.record_event("print", f"打印工作情况报告（{Period('', since, until).text}）到 {path}")
    return path


def print_person_file(out: Path | str, officer_id: int, *, with_content: bool = False, with_id: bool = False,
                      with_self_checks: bool = False, today: dt.date | None = None) -> Path:
    """The officer's 一人一档 written to `out`. with_content: what was said in the talks (TALK_CONTENT);
    with_id: the full ID number (ID_NUMBERS); with_self_checks: their 个人自查事项 (CLUES)."""
    record = person_file(officer_id, with_content=with_content, with_id=with_id, with_self_checks=with_self_checks,
                         today=today)
    path = build_person_file(out, record)
    extra = "、".join(x for x in ("含谈话内容" if with_content else "", "含完整身份证号" if with_id else "",
                                 "含个人自查事项" if with_self_checks else "") if x)
    audit.record_event("print", f"打印{record.name}（{record.unit}）的一人一档{f'（{extra}）' if extra else ''}到 {path}",
                       table="officer", label=record.name)
    return path


def export_all(path: Path | str, *, with_content: bool = False, with_ids: bool = False, with_clues: bool = False,
               progress: Progress | None = None) -> dict[str, int]:
    """Every ledger in one workbook at `path` (replaced whole, never half written): the overview's own sheets,
    then each feature's (app.reports.feature_sheets). Returns rows per sheet.
    with_content: talk content columns (requires TALK_CONTENT); with_ids: full ID numbers (ID_NUMBERS);
    with_clues: 查纠整改's 问题线索登记表 and 个人自查事项 (CLUES; 查纠整改 checks it again)."""
    if with_content:
        access.require(access.TALK_CONTENT)
    if with_ids:
        access.require(access.ID_NUMBERS)
    if with_clues:
        access.require(access.CLUES)
    sheets = ledgers.sheets(with_content=with_content, with_ids=with_ids)
    sheets += feature_sheets(confidential=with_clues, taken=tuple(s.title for s in sheets))
    about = ledgers.about_lines(with_content=with_content, with_ids=with_ids, with_clues=with_clues)
    counts = write_workbook(path, sheets, about, progress=progress)
    extra = "".join(("，含谈话内容" if with_content else "", "，含完整身份证号" if with_ids else "",
                     "，含问题线索和个人自查事项" if with_clues else ""))
    audit.record_event("export", f"导出全部台账（{len(counts)}张工作表，{sum(counts.values())}行{extra}）到 {path}")
    return counts
