"""The features, in display order, and the hooks each offers to the demo, `stats` and the command line.

Each module named here may define:
    populate_demo(ctx: app.demo.DemoContext) -> None   extend the demo database (runs in one transaction)
    stats() -> dict                                     figures under its key in `stats --json`
    add_commands(cli: app.cli.CommandRegistry) -> None  its subcommands and `print` kinds
A feature is imported only when one of these is needed, so start-up stays fast.
"""
from __future__ import annotations

import importlib
from types import ModuleType

FEATURES: list[tuple[str, str]] = [
    # (key in stats --json, module)
    ("roster", "app.roster_feature"),
    ("pledges", "app.pledges"),
    ("study", "app.study"),
    ("talks", "app.talks"),
    ("feedback", "app.feedback"),
    ("overview", "app.overview_feature"),  # commands only: print report, export-all
]


def modules() -> list[tuple[str, ModuleType]]:
    return [(key, importlib.import_module(name)) for key, name in FEATURES]
