"""What leaves the 建章立制 core: the Excel workbook of rules and 整治 measures. Rules and measures hold no
confidential text, so reading them needs no permission beyond opening the file; the export is recorded in the
audit log (counts and the file)."""
from __future__ import annotations

from pathlib import Path

from app.rules.ingrained import measure_rows
from app.rules.rules import rule_rows
from app.safety import audit


def export_sheets() -> list[tuple[str, list, list]]:
    """规章制度 and 顽瘴痼疾整治措施 as export-all's sheets (title, columns, rows)."""
    from app.rules.documents.excel import SHEETS

    return [(title, columns, rows) for (title, columns), rows in zip(SHEETS, (rule_rows(), measure_rows()))]


def export_workbook(path: Path | str) -> tuple[int, int]:
    """Returns (rules, measures) written."""
    from app.rules.documents.excel import write_workbook

    rules, measures = rule_rows(), measure_rows()
    write_workbook(path, rules, measures)
    audit.record_event("export", f"导出建章立制台账（规章制度{len(rules)}个，顽瘴痼疾整治措施{len(measures)}项）到 {path}",
                       table="rule")
    return len(rules), len(measures)
