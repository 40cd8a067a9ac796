"""What leaves the core from the roster: the Excel export. The UI and the command line call this, never the
workbook builder itself: the records are fetched here, the right to full ID numbers is checked here (whoever
the caller is), and an export of the roster is written in the audit log (who, how many, where to; a blank
template holds no personal data and is not logged)."""
from __future__ import annotations

from pathlib import Path

from app.jobs import Progress
from app.roster.documents.roster_xlsx import write_roster_xlsx
from app.roster.officers import officer_rows, oversight_map
from app.safety import access, audit
from app.store import settings


def export_roster(path: str | Path, *, template: bool = False, include_ids: bool | None = None,
                  progress: Progress | None = None) -> int:
    """Write the roster (or, with template=True, the empty form) to .xlsx. Returns the officers written.
    Full ID numbers go out only for a user with ID_NUMBERS (with accounts off, the one user has it; with
    accounts on and nobody signed in, nobody has): include_ids=None gives them when allowed and leaves the
    column empty otherwise; include_ids=True without the permission raises PermissionDenied, writing nothing."""
    if include_ids is None:
        include_ids = access.can(access.ID_NUMBERS)
    elif include_ids:
        access.require(access.ID_NUMBERS)
    rows = [] if template else officer_rows()
    oversights = {} if template else oversight_map()
    county = settings.get("county")
    county = "" if county.startswith("××") else county  # the placeholder of a county not set yet
    count = write_roster_xlsx(path, rows, oversights, county=county, template=template, include_ids=include_ids,
                              progress=progress)
    if not template:
        with_ids = "，含完整身份证号" if include_ids and any(r.id_number for r in rows) else ""
        audit.record_event("export", f"导出人员台账（{count}人{with_ids}）到 {path}", table="officer")
    return count
