"""Hooks of the talks feature for the demo, `stats --json` and the command line (see app.features)."""
from app.talks.service import add_commands, populate_demo, stats  # noqa: F401
