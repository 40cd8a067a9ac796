"""A tiny change-notification hub. Services call `changed(topic)` after a write commits;
the UI bridges this into a Qt signal so every view refreshes on the GUI thread."""
from __future__ import annotations

import threading
from typing import Callable

_listeners: list[Callable[[str], None]] = []
_lock = threading.Lock()


def subscribe(callback: Callable[[str], None]) -> None:
    with _lock:
        _listeners.append(callback)


def unsubscribe(callback: Callable[[str], None]) -> None:
    with _lock:
        if callback in _listeners:
            _listeners.remove(callback)


def changed(topic: str) -> None:
    """topic: 'roster', 'pledges', 'study', 'talks', 'feedback', 'database' (everything)."""
    with _lock:
        listeners = list(_listeners)
    for callback in listeners:
        callback(topic)
