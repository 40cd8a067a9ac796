"""Hooks of the talks feature (see app.features): its part of the demo, its figures in `stats --json`, and its
commands. The service never imports this module, its documents or its demo: they sit above it."""
from __future__ import annotations


from app.talks.service import stats  # noqa: F401  (the stats hook)


def populate_demo(ctx) -> None:
    from app.talks.demo import populate

    populate(ctx)


def add_commands(registry) -> None:
    from app.talks.cli import add_commands as add

    add(registry)
