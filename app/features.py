"""The features, in display order: where their tables come from and the hooks each offers to the demo,
`stats` and the command line. Modules are named, not imported: the workbench below the features learns
their schema from here without depending on them, and a feature loads only when it is needed.

Each schema module (`app/<feature>/schema.py`) defines `MIGRATIONS`, a list of (version, description, step).
Each hooks module may define:
    populate_demo(ctx: app.common.demo_context.DemoContext) -> None   extend the demo database (runs in one transaction)
    stats() -> dict                                     figures under its key in `stats --json`
    stats_additions() -> dict                           {other key: figures} merged under other features' keys
    add_commands(cli: app.cli.CommandRegistry) -> None  its subcommands and `print` kinds
    report_section(since, until) -> (heading, [paragraph, …]) | None   its section of the 工作情况报告
                                                        (app.reports.feature_sections places and numbers it)
    export_sheets(*, confidential=False) -> [(title, columns, rows), …]   its ledgers as sheets of export-all
                                                        (app.reports.feature_sheets); confidential sheets only
                                                        when asked, their permission checked by the feature
A feature is imported only when one of these is needed, so start-up stays fast.
"""
from __future__ import annotations

import importlib
from types import ModuleType

FEATURES: list[tuple[str, str]] = [
    # (key in stats --json, module)
    ("roster", "app.roster.feature"),
    ("pledges", "app.pledges.feature"),
    ("study", "app.study.feature"),
    ("talks", "app.talks.feature"),
    ("feedback", "app.feedback.feature"),
    ("rectify", "app.rectify.feature"),
    ("tasks", "app.tasks.feature"),
    ("affairs", "app.affairs.feature"),
    ("service", "app.service.feature"),
    ("rules", "app.rules.feature"),
    ("overview", "app.reports.feature"),  # commands only: print report, export-all
]


# The layers' schema modules, lowest first: the safety layer's tables, then each feature's.
SCHEMAS: list[str] = [
    "app.safety.schema",
    "app.roster.schema",
    "app.pledges.schema",
    "app.study.schema",
    "app.talks.schema",
    "app.feedback.schema",
    "app.rectify.schema",
    "app.tasks.schema",
    "app.affairs.schema",
    "app.service.schema",
    "app.rules.schema",
]


def modules() -> list[tuple[str, ModuleType]]:
    return [(key, importlib.import_module(name)) for key, name in FEATURES]


def schema_modules() -> list[ModuleType]:
    return [importlib.import_module(name) for name in SCHEMAS]
