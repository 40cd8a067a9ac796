#!/usr/bin/env python3
"""Run the built program (dist/jiaozheng/) headless and check it works as a clerk would use it.

    python tools/smoke_bundle.py [dist/jiaozheng] [--keep DIR]

Uses the console twin (jiaozheng-console) for the commands and starts the window once on Qt's offscreen
platform. Steps, each must exit 0:
  1. --version matches app/__init__.py; --help lists the same commands as the source tree (so every
     feature module made it into the bundle);
  2. demo → a database at the county's scale; stats --json has every feature's key, 5 units, 518 officers;
  3. when the bundle has them: export-roster (a template and the demo roster), import-roster of that roster
     into a new empty database (then stats shows the same number of officers), and
     print pledges --template officer-three-rules (a PDF whose fonts are all embedded);
  4. portable mode: with portable.txt beside the program the database lands in its data/ folder;
  5. the window starts (offscreen), opens the demo database and logs that it started.
Prints the time each step took. Exit status 0 when everything passed, 1 otherwise.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tools"))

import winversion  # noqa: E402

CONSOLE_NAME = "jiaozheng-console"
WINDOW_NAME = "jiaozheng"
EXPECTED_UNITS = 5
EXPECTED_IN_CAMPAIGN = 518  # the county article's figure; the demo is built to it
PLEDGE_TEMPLATE = "officer-three-rules"
GUI_START_TIMEOUT = 60.0


class SmokeFailure(Exception):
    pass


def exe(folder: Path, name: str) -> Path:
    return folder / (name + (".exe" if os.name == "nt" else ""))


class Runner:
    def __init__(self, folder: Path, work: Path):
        self.folder = folder
        self.console = exe(folder, CONSOLE_NAME)
        self.work = work
        self.env = dict(os.environ)
        self.env.update({"JZ_DATA_DIR": str(work / "data"), "QT_QPA_PLATFORM": "offscreen",
                         "PYTHONIOENCODING": "utf-8"})
        self.timings: list[tuple[str, float]] = []

    def run(self, label: str, *args: str, env: dict | None = None, expect: int = 0) -> subprocess.CompletedProcess:
        started = time.perf_counter()
        result = subprocess.run([str(self.console), *args], capture_output=True, env=env or self.env,
                                cwd=self.work, timeout=300)
        elapsed = time.perf_counter() - started
        self.timings.append((label, elapsed))
        stdout = result.stdout.decode("utf-8", "replace")
        stderr = result.stderr.decode("utf-8", "replace")
        result.stdout, result.stderr = stdout, stderr  # type: ignore[assignment]
        status = "ok" if result.returncode == expect else f"FAILED (exit {result.returncode})"
        print(f"  {label:<44} {elapsed:6.2f} s  {status}")
        if result.returncode != expect:
            raise SmokeFailure(f"{label}: exit {result.returncode}\n--- stdout\n{stdout[-3000:]}"
                               f"\n--- stderr\n{stderr[-3000:]}")
        return result


def source_commands() -> tuple[set[str], set[str]]:
    """Subcommands and print kinds the source tree registers (what the bundle must offer too)."""
    from app.cli import build_parser

    _parser, registry = build_parser()
    return set(registry.commands.choices), set(registry.print_kinds.choices)


def expected_stats_keys() -> set[str]:
    from app import features

    keys = {"units"}
    for key, module in features.modules():
        if hasattr(module, "stats"):
            keys.add("officers" if key == "roster" else key)
    return keys


def listed_commands(help_text: str, known: set[str]) -> set[str]:
    """Which of the known subcommands `--help` lists ({demo,stats,…} line, or one per line)."""
    words = set()
    for raw in help_text.replace("{", " ").replace("}", " ").replace(",", " ").split():
        words.add(raw.strip())
    return {name for name in known if name in words}


def check_pdf(path: Path) -> str:
    data = path.read_bytes()
    if not data.startswith(b"%PDF"):
        raise SmokeFailure(f"{path.name} is not a PDF")
    try:
        from pypdf import PdfReader
    except ImportError:  # the smoke can run where only the build tools are installed
        return f"{len(data) // 1024} KB"
    reader = PdfReader(str(path))
    missing = set()
    for page in reader.pages[:3]:
        fonts = page["/Resources"].get_object().get("/Font", {})
        for font in fonts.values():
            font = font.get_object()
            descendants = font.get("/DescendantFonts")
            descriptor = (descendants[0].get_object() if descendants else font).get("/FontDescriptor")
            descriptor = descriptor.get_object() if descriptor is not None else {}
            if not any(key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3")):
                missing.add(str(font.get("/BaseFont")))
    if missing:
        raise SmokeFailure(f"{path.name}: fonts not embedded: {sorted(missing)}")
    return f"{len(reader.pages)} pages, {len(data) // 1024} KB, fonts embedded"


def smoke(folder: Path, work: Path) -> list[tuple[str, float]]:
    runner = Runner(folder, work)
    if not runner.console.exists():
        raise SmokeFailure(f"{runner.console} not found: build first (tools/build.sh)")
    if not exe(folder, WINDOW_NAME).exists():
        raise SmokeFailure(f"{exe(folder, WINDOW_NAME)} not found")
    print(f"smoke test of {folder}")

    version = runner.run("--version", "--version").stdout.strip()
    wanted = winversion.read_version(ROOT)
    if not version.endswith(wanted):
        raise SmokeFailure(f"--version says {version!r}, app/__init__.py says {wanted}")

    commands, print_kinds = source_commands()
    help_text = runner.run("--help", "--help").stdout
    offered = listed_commands(help_text, commands)
    if offered != commands:
        raise SmokeFailure(f"the bundle lacks commands {sorted(commands - offered)}: a feature module is missing "
                           "from the build (hidden imports in build.spec)")
    if print_kinds:
        print_help = runner.run("print --help", "print", "--help").stdout
        offered_kinds = listed_commands(print_help, print_kinds)
        if offered_kinds != print_kinds:
            raise SmokeFailure(f"the bundle lacks print kinds {sorted(print_kinds - offered_kinds)}")

    demo_db = work / "demo.db"
    runner.run("demo (new database)", "--db", str(demo_db), "demo")
    stats = json.loads(runner.run("stats --json", "--db", str(demo_db), "stats", "--json").stdout)
    missing_keys = expected_stats_keys() - set(stats)
    if missing_keys:
        raise SmokeFailure(f"stats --json lacks {sorted(missing_keys)}")
    if stats["units"] != EXPECTED_UNITS or stats["officers"]["in_campaign"] != EXPECTED_IN_CAMPAIGN:
        raise SmokeFailure(f"demo figures: {stats['units']} units, {stats['officers']['in_campaign']} officers")

    if "export-roster" in commands:
        template = work / "template.xlsx"
        runner.run("export-roster --template", "--db", str(demo_db), "export-roster", str(template), "--template")
        roster = work / "roster.xlsx"
        runner.run("export-roster", "--db", str(demo_db), "export-roster", str(roster))
        for path in (template, roster):
            if not path.exists() or path.read_bytes()[:2] != b"PK":
                raise SmokeFailure(f"{path.name} is not an .xlsx file")
        if "import-roster" in commands:
            fresh = work / "fresh.db"
            fresh.touch()  # an empty file: the program makes a new database in it
            runner.run("import-roster (new empty database)", "--db", str(fresh), "import-roster", str(roster),
                       "--create-units")
            imported = json.loads(runner.run("stats --json (imported)", "--db", str(fresh), "stats", "--json").stdout)
            if imported["officers"]["total"] != stats["officers"]["total"]:
                raise SmokeFailure(f"import-roster: {imported['officers']['total']} officers imported, "
                                   f"{stats['officers']['total']} exported")
    if "pledges" in print_kinds:
        pdf = work / "pledges.pdf"
        runner.run("print pledges", "--db", str(demo_db), "print", "pledges", "--template", PLEDGE_TEMPLATE,
                   "--out", str(pdf))
        print(f"    pledges.pdf: {check_pdf(pdf)}")

    check_portable(runner)
    check_window(runner, demo_db)
    return runner.timings


def check_portable(runner: Runner) -> None:
    """portable.txt beside the program → its data/ folder; removed again afterwards."""
    marker = runner.folder / "portable.txt"
    data = runner.folder / "data"
    if marker.exists() or data.exists():
        print("  portable mode: skipped (portable.txt or data/ already in the bundle folder)")
        return
    env = dict(runner.env)
    env.pop("JZ_DATA_DIR")
    try:
        marker.write_text("便携模式\n", encoding="utf-8")
        runner.run("portable: demo without --db", "demo", env=env)
        if not (data / "jiaozheng.db").exists():
            raise SmokeFailure("portable mode: the database is not in the program's data/ folder")
        runner.run("portable: stats without --db", "stats", env=env)
    finally:
        marker.unlink(missing_ok=True)
        shutil.rmtree(data, ignore_errors=True)


def check_window(runner: Runner, database: Path) -> None:
    """Start the window offscreen; it has started once the log says so. Then end it."""
    log = runner.work / "data" / "error.log"
    log.unlink(missing_ok=True)
    started = time.perf_counter()
    process = subprocess.Popen([str(runner.console), "--db", str(database)], env=runner.env, cwd=runner.work,
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    try:
        while time.perf_counter() - started < GUI_START_TIMEOUT:
            if process.poll() is not None:
                output = process.stdout.read().decode("utf-8", "replace") if process.stdout else ""
                raise SmokeFailure(f"the window exited at once (exit {process.returncode}):\n{output[-3000:]}")
            if log.exists() and "started with" in log.read_text(encoding="utf-8", errors="replace"):
                break
            time.sleep(0.1)
        else:
            raise SmokeFailure(f"the window did not start within {GUI_START_TIMEOUT:.0f} s")
        elapsed = time.perf_counter() - started
        runner.timings.append(("window start (offscreen)", elapsed))
        print(f"  {'window start (offscreen)':<44} {elapsed:6.2f} s  ok")
    finally:
        if process.poll() is None:
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
        if process.stdout:
            process.stdout.close()
    text = log.read_text(encoding="utf-8", errors="replace")
    if " ERROR " in text or "Traceback" in text:
        raise SmokeFailure(f"the window logged an error:\n{text[-3000:]}")


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", type=Path, default=ROOT / "dist" / "jiaozheng")
    parser.add_argument("--keep", type=Path, help="work in this folder and keep what was made")
    args = parser.parse_args(argv)
    folder = args.folder.resolve()
    try:
        if args.keep:
            args.keep.mkdir(parents=True, exist_ok=True)
            smoke(folder, args.keep.resolve())
        else:
            with tempfile.TemporaryDirectory(prefix="jz-smoke-") as tmp:
                smoke(folder, Path(tmp))
    except SmokeFailure as exc:
        print(f"SMOKE TEST FAILED: {exc}")
        return 1
    print("smoke test passed")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
