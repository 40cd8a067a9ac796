"""Hooks of the feedback feature for the demo, `stats --json` and the command line (see app.features)."""
from app.feedback.service import add_commands, populate_demo, stats  # noqa: F401
