"""The tabs of the main window, in order. Each entry is (module, class); a tab class takes a parent
widget and may define: `refresh()`, `on_changed(topic)`, `status_text() -> str`,
`import_actions() -> list[QAction]`, `export_actions() -> list[QAction]`."""

TABS: list[tuple[str, str]] = [
    ("ui.roster_tab", "RosterTab"),
]
