"""A tiny change-notification hub. Services call `changed(Topic.X)` after a write commits; the UI bridges
this into a Qt signal (the topic's text, a plain str) so every view refreshes on the GUI thread, where each
tab's `on_changed(topic)` gets the `Topic` back."""
from __future__ import annotations

import threading
from enum import Enum
from typing import Callable


class Topic(str, Enum):
    """What changed. A str enum, so the value travels through a Qt signal as plain text."""

    ROSTER = "roster"
    PLEDGES = "pledges"
    STUDY = "study"
    TALKS = "talks"
    FEEDBACK = "feedback"
    RECTIFY = "rectify"  # self-checks and problem clues
    TASKS = "tasks"  # the task list, 督导 visits and daily reports
    AFFAIRS = "affairs"  # the office's meetings, documents, 通报 and 英模 recommendations
    SERVICE = "service"  # 我为群众办实事: measures and service records
    ACCOUNTS = "accounts"  # accounts and who is signed in
    DATABASE = "database"  # everything: another file, a restore, who may see what
    CLOSE = "close"  # the program is closing (backups made on close)

    def __str__(self) -> str:
        return self.value

    def touches(self, *topics: "Topic") -> bool:
        """True when a view that shows `topics` must refresh: one of them, or everything."""
        return self is Topic.DATABASE or self in topics


_listeners: list[Callable[[Topic], None]] = []
_lock = threading.Lock()


def subscribe(callback: Callable[[Topic], None]) -> None:
    with _lock:
        _listeners.append(callback)


def unsubscribe(callback: Callable[[Topic], None]) -> None:
    with _lock:
        if callback in _listeners:
            _listeners.remove(callback)


def changed(topic: Topic | str) -> None:
    """Tell every listener. A plain string is accepted only if it names a Topic (raises ValueError)."""
    topic = Topic(topic)
    with _lock:
        listeners = list(_listeners)
    for callback in listeners:
        callback(topic)
