"""Hooks of the 查纠整改 feature (see app.features): its part of the demo, its figures in `stats --json` (counts
only), and its `print` kinds, whose handlers go through app.rectify.outputs (permission first)."""
from __future__ import annotations

from app.rectify.figures import stats  # noqa: F401  (the stats hook)


def populate_demo(ctx) -> None:
    from app.rectify.demo import populate

    populate(ctx)
