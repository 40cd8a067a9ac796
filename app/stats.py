"""`stats --json`: every feature's figures under its own key."""
from __future__ import annotations

from app.roster.models import Unit


def collect() -> dict:
    from app import features

    result: dict = {"units": Unit.select().count()}
    for key, module in features.modules():
        hook = getattr(module, "stats", None)
        if hook is not None:
            value = hook()
            result["officers" if key == "roster" else key] = value
    for _key, module in features.modules():  # figures a later feature adds under an earlier one's key
        additions = getattr(module, "stats_additions", None)
        for other, values in (additions() if additions else {}).items():
            result.setdefault(other, {}).update(values)
    return result
