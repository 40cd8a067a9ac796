"""Hooks of the pledges feature for the demo, `stats --json` and the command line (see app.features)."""
from app.pledges.service import add_commands, populate_demo, stats  # noqa: F401
