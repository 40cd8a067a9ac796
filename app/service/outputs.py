"""What leaves the 我为群众办实事 core: the Excel workbook of measures and records. Nothing in them is
confidential, so, as with the 整改清单, every account that may open the file may export it; the export is
recorded in the audit log (counts and file)."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from app.safety import audit
from app.service.measures import measure_rows
from app.service.records import record_rows


def _rows(since: dt.date | None, until: dt.date | None) -> tuple[list, list]:
    measures = sorted(measure_rows(since=since, until=until), key=lambda r: (r.kind, r.unit_order, r.issued_on, r.id))
    return measures, record_rows(since=since, until=until)


def export_sheets() -> list[tuple[str, tuple, list]]:
    """办实事措施 and 办实事记录 (all of them) as export-all's sheets (title, columns, rows)."""
    from app.service.documents.excel import MEASURE_COLUMNS, RECORD_COLUMNS

    measures, records = _rows(None, None)
    return [("办实事措施", MEASURE_COLUMNS, measures), ("办实事记录", RECORD_COLUMNS, records)]


def export_workbook(path: Path | str, *, since: dt.date | None = None, until: dt.date | None = None) -> tuple[int, int]:
    """Measures and records of the period (all when not given). Returns (measures, records)."""
    from app.service.documents.excel import write_workbook

    measures, records = _rows(since, until)
    write_workbook(path, measures, records)
    audit.record_event("export", f"导出我为群众办实事（措施{len(measures)}条，办实事记录{len(records)}项）到 {path}",
                       table="service_record")
    return len(measures), len(records)
