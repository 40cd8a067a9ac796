"""Pull the plug: a child process runs a named write scenario and is killed (SIGKILL) at a random moment;
then the file must pass the integrity check and every operation must be all or nothing.

A scenario is a class with
    prepare(path)   parent, once per run: make the database the scenario starts from
    run(path)       child: write, forever or until done (it is killed somewhere in the middle)
    check(path)     parent, after the kill: return a list of problems (empty = good)
and a `kill_within` (seconds after the child said it is ready). Register it in SCENARIOS. Scenarios for
import and batch printing can be added here when those features land.

Child usage: python tests/support/crash_harness.py <scenario> <database path>
"""
from __future__ import annotations

import os
import sqlite3
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def integrity(path: Path) -> str:
    conn = sqlite3.connect(str(path))
    try:
        return conn.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        conn.close()


def ready() -> None:
    print("ready", flush=True)


class RosterEdits:
    """Edits through the roster service: each round changes every officer of the unit in one transaction
    (nested service calls, so savepoints inside a transaction), plus single edits in between."""

    kill_within = 1.5
    officers = 30

    def prepare(self, path: Path) -> None:
        from app.roster.officers import OfficerData, create_officer
        from app.workbench import close_database, open_database

        open_database(path)
        for i in range(self.officers):
            create_officer(OfficerData(name=f"干警{i:02d}", unit="青山县人民法院", remarks="轮次0"))
        close_database()

    def run(self, path: Path) -> None:
        from app.roster.models import Officer
        from app.roster.officers import OfficerData, update_officer
        from app.store.db import database
        from app.workbench import open_database

        open_database(path)
        ids = [o.id for o in Officer.select(Officer.id).order_by(Officer.id)]
        ready()
        round_no = 0
        while True:
            round_no += 1
            with database.atomic():
                for officer_id in ids:
                    update_officer(officer_id, OfficerData(
                        name=f"干警{officer_id - 1:02d}", unit="青山县人民法院", remarks=f"轮次{round_no}",
                        status="病休" if round_no % 2 else "在岗"))

    def check(self, path: Path) -> list[str]:
        conn = sqlite3.connect(str(path))
        try:
            remarks = {r for (r,) in conn.execute("SELECT DISTINCT remarks FROM officer")}
            statuses = {r for (r,) in conn.execute("SELECT DISTINCT status FROM officer")}
            logged = conn.execute("SELECT count(*) FROM audit_log WHERE table_name = 'officer' "
                                  "AND action IN ('update', 'status')").fetchone()[0]
        finally:
            conn.close()
        problems = []
        if len(remarks) != 1 or len(statuses) != 1:
            problems.append(f"a round was half applied: remarks {sorted(remarks)}, statuses {sorted(statuses)}")
        if logged % self.officers:
            problems.append(f"audit entries of officer edits ({logged}) not a whole number of rounds")
        return problems


class BulkInsert:
    """Batches of 400 rows, each inserted in one transaction."""

    kill_within = 1.0
    batch = 400

    def prepare(self, path: Path) -> None:
        from app.workbench import close_database, open_database

        open_database(path)
        close_database()

    def run(self, path: Path) -> None:
        from app.store.db import database
        from app.workbench import open_database
        from app.roster.models import OutsideLeader

        open_database(path)
        ready()
        k = 0
        while True:
            k += 1
            with database.atomic():
                rows = [dict(name=f"领导{i}", organization=f"批次{k}", remarks="备注" * 30) for i in range(self.batch)]
                for start in range(0, len(rows), 100):
                    OutsideLeader.insert_many(rows[start:start + 100]).execute()

    def check(self, path: Path) -> list[str]:
        conn = sqlite3.connect(str(path))
        try:
            counts = dict(conn.execute("SELECT organization, count(*) FROM outside_leader GROUP BY organization"))
            logged = conn.execute("SELECT count(*) FROM audit_log WHERE table_name = 'outside_leader'").fetchone()[0]
        finally:
            conn.close()
        problems = [f"{org} has {n} rows" for org, n in counts.items() if n != self.batch]
        if logged != sum(counts.values()):
            problems.append(f"{logged} audit entries for {sum(counts.values())} rows")
        return problems


class DemoBuild:
    """The demo build: the target is either absent or a complete database (it is built aside, renamed)."""

    kill_within = 1.2

    def prepare(self, path: Path) -> None:
        pass

    def run(self, path: Path) -> None:
        from app import demo

        ready()
        while True:
            demo.build(path, seed=3)

    def check(self, path: Path) -> list[str]:
        if not path.exists():
            return []
        if integrity(path) != "ok":
            return ["demo database fails the integrity check"]
        conn = sqlite3.connect(str(path))
        try:
            officers = conn.execute("SELECT count(*) FROM officer").fetchone()[0]
        finally:
            conn.close()
        return [] if officers >= 518 else [f"demo database has only {officers} officers"]


class RestoreBackups:
    """Restoring backups in turn: the file is always one of them, whole (the swap is a rename)."""

    kill_within = 1.5

    def prepare(self, path: Path) -> None:
        from app import maintenance
        from app.roster.officers import OfficerData, create_officer
        from app.workbench import close_database, open_database

        open_database(path)
        create_officer(OfficerData(name="甲", unit="县法院"))
        maintenance.make_backup("manual", folder=path.parent / "b1")
        create_officer(OfficerData(name="乙", unit="县法院"))
        maintenance.make_backup("manual", folder=path.parent / "b2")
        close_database()

    def run(self, path: Path) -> None:
        from app import maintenance
        from app.workbench import open_database

        open_database(path)
        sources = [next((path.parent / f).glob("*.db")) for f in ("b1", "b2")]
        ready()
        n = 0
        while True:
            n += 1
            maintenance.restore(sources[n % 2])

    def check(self, path: Path) -> list[str]:
        for leftover in (path.with_name(path.name + ".restoring"),):
            if leftover.exists():
                leftover.unlink()  # an unfinished copy beside the file: harmless, overwritten next time
        conn = sqlite3.connect(str(path))
        try:
            officers = conn.execute("SELECT count(*) FROM officer").fetchone()[0]
        finally:
            conn.close()
        return [] if officers in (1, 2) else [f"{officers} officers after restores of files with 1 or 2"]


class RosterImport:
    """Excel imports of 1,500 new officers, again and again (each import updates the same people with a
    new 备注): the roster holds either none of a file's rows or all of them, from one import."""

    kill_within = 2.5
    rows = 1500

    def prepare(self, path: Path) -> None:
        from app.workbench import close_database, open_database
        from app.roster.officers import OfficerData, create_officer
        from app.roster.outputs import export_roster

        # A file in the layout offices keep: made by our own export from a scratch database.
        scratch = path.with_name("source.db")
        open_database(scratch)
        from app.store.db import database
        from app.common import idcard
        import datetime as dt

        with database.atomic():
            for i in range(self.rows):
                number = idcard.make("421223", dt.date(1980 + i % 20, 1 + i % 12, 1 + i % 28), i % 1000)
                create_officer(OfficerData(
                    name=f"导入{i:04d}", unit="青山县公安局", department=f"派出所{i % 9}",
                    id_number=number if i < 1000 else "", remarks="批次0"))
        export_roster(path.with_name("roster.xlsx"))
        close_database()
        scratch.unlink()
        open_database(path)
        close_database()

    def run(self, path: Path) -> None:
        from app.workbench import open_database
        from app.roster.excel_import import apply_plan, plan_import

        open_database(path)
        source = path.with_name("roster.xlsx")
        ready()
        while True:
            plan = plan_import(source)
            apply_plan(plan, "update", create_units=True)

    def check(self, path: Path) -> list[str]:
        conn = sqlite3.connect(str(path))
        try:
            officers = conn.execute("SELECT count(*) FROM officer").fetchone()[0]
            units = conn.execute("SELECT count(*) FROM unit").fetchone()[0]
        finally:
            conn.close()
        if officers not in (0, self.rows):
            return [f"{officers} officers after an import of {self.rows}: half written"]
        if officers == 0 and units:
            return [f"no officers but {units} units: an import left part of its work"]
        return []


class BatchPrint:
    """Printing 120 pledges into one PDF, again and again: every finished PDF is whole (written aside,
    then renamed), and each print is counted on all 120 pledges or on none."""

    kill_within = 3.0
    people = 120

    def prepare(self, path: Path) -> None:
        from app.pledges.issuing import issue
        from app.pledges.signers import officer_signers
        from app.pledges.templates import template_by_key
        from app.roster.officers import OfficerData, create_officer
        from app.store.db import database
        from app.workbench import close_database, open_database

        open_database(path)
        with database.atomic():
            for i in range(self.people):
                create_officer(OfficerData(name=f"干警{i:03d}", unit="青山县人民检察院",
                                           department=f"第{i % 5 + 1}检察部", post="检察官助理"))
        template = template_by_key("officer-three-rules")
        issue(template.id, officer_signers())
        close_database()

    def run(self, path: Path) -> None:
        from app.pledges.outputs import print_batch
        from app.workbench import open_database
        from app.pledges.models import Pledge

        open_database(path)
        ids = [p.id for p in Pledge.select(Pledge.id)]
        ready()
        k = 0
        while True:
            k += 1
            print_batch(ids, path.with_name(f"print{k}.pdf"), mark=True)

    def check(self, path: Path) -> list[str]:
        from pypdf import PdfReader

        problems = []
        for pdf in sorted(path.parent.glob("print*.pdf")):
            try:
                pages = len(PdfReader(str(pdf)).pages)
            except Exception as exc:  # a half-written file under the final name
                problems.append(f"{pdf.name} unreadable: {exc}")
                continue
            if pages != 2 * self.people:  # the officer pledge in 3号 takes two pages
                problems.append(f"{pdf.name} has {pages} pages, not {2 * self.people}")
        conn = sqlite3.connect(str(path))
        try:
            counts = {n for (n,) in conn.execute("SELECT DISTINCT print_count FROM pledge")}
            statuses = {n for (n,) in conn.execute("SELECT DISTINCT status FROM pledge")}
        finally:
            conn.close()
        if len(counts) != 1 or len(statuses) != 1:
            problems.append(f"a print was counted on part of the batch: counts {counts}, statuses {statuses}")
        return problems


class BackupLoop:
    """Automatic backups again and again (several within a second: -2, -3… names): after a kill mid-copy,
    the next listing and backup leave no `.part`, and every backup on disk is listed and whole."""

    kill_within = 1.5

    def prepare(self, path: Path) -> None:
        from app.roster.models import OutsideLeader
        from app.store.db import database
        from app.workbench import close_database, open_database

        open_database(path)
        with database.atomic():
            rows = [dict(name=f"领导{i}", organization="县政府", remarks="备注" * 300) for i in range(3000)]
            for start in range(0, len(rows), 200):
                OutsideLeader.insert_many(rows[start:start + 200]).execute()
        close_database()

    def run(self, path: Path) -> None:
        from app import maintenance
        from app.workbench import open_database

        open_database(path)
        ready()
        while True:
            maintenance.make_backup("auto")

    def check(self, path: Path) -> list[str]:
        from app import maintenance
        from app.store import backup
        from app.workbench import close_database, open_database

        saved = os.environ.get("JZ_DATA_DIR")
        os.environ["JZ_DATA_DIR"] = str(path.parent / "data")  # the child's data folder
        problems = []
        try:
            open_database(path)
            folder = backup.backup_folder()
            listed = {b.path for b in backup.list_backups()}
            if list(folder.glob("*.part")):
                problems.append(f"listing left {[p.name for p in folder.glob('*.part')]}")
            if set(folder.glob("*.db")) != listed:
                problems.append(f"{len(set(folder.glob('*.db')) - listed)} backups on disk not listed")
            for info in sorted(listed):
                try:
                    backup.verify(info)
                except backup.BackupFailed as exc:
                    problems.append(str(exc))
            maintenance.make_backup("auto")
            if list(folder.glob("*.part")):
                problems.append("a .part after the next backup")
        finally:
            close_database()
            if saved is None:
                os.environ.pop("JZ_DATA_DIR", None)
            else:
                os.environ["JZ_DATA_DIR"] = saved
        return problems


SCENARIOS = {
    "backups": BackupLoop,
    "batch_print": BatchPrint,
    "roster_import": RosterImport,
    "roster_edits": RosterEdits,
    "bulk_insert": BulkInsert,
    "demo_build": DemoBuild,
    "restore_backups": RestoreBackups,
}


if __name__ == "__main__":
    name, target = sys.argv[1], Path(sys.argv[2])
    os.environ.setdefault("JZ_DATA_DIR", str(target.parent / "data"))
    SCENARIOS[name]().run(target)
