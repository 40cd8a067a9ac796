#!/usr/bin/env python3
"""Check that imports go one way: no import circle anywhere, and no module imports a layer above its own.

Every import counts, the ones inside functions too: an import moved into a function to dodge a circle at
start-up is still a dependency. Names handed to `importlib.import_module` (the feature and tab registries)
are not imports; they are how a lower layer is told about the ones above it without depending on them.

Layers, lowest first (a module may import its own layer and the ones below it):
    base      app (the package), app.errors, app.common, app.jobs, app.events, app.paths, app.documents
    store     app.store            the file: handle, base model, migrations engine, lock, encryption, backup
    safety    app.safety           access, accounts, audit
    workbench app.workbench, app.features
    features  app.roster < app.pledges < app.study < app.talks < app.feedback  (each may use the ones before it)
    reports   app.reports
    entry     app.cli, app.demo, app.stats
    ui        ui.shell.pyside_guard < ui.common < ui.<feature> < ui.overview < ui.safety < ui.shell
`app` never imports `ui` or PySide6.

Usage: python tools/check_imports.py        prints each problem; exit status 1 when there is one.
"""
from __future__ import annotations

import ast
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# (prefix, rank). The longest matching prefix decides a module's rank.
RANKS: list[tuple[str, float]] = [
    ("app", 0), ("app.errors", 0), ("app.common", 0), ("app.jobs", 0), ("app.events", 0), ("app.paths", 0),
    ("app.documents", 0.5),
    ("app.store", 1),
    ("app.safety", 2),
    ("app.workbench", 3), ("app.features", 3), ("app.maintenance", 3),
    ("app.roster", 4.0), ("app.pledges", 4.1), ("app.study", 4.2), ("app.talks", 4.3), ("app.feedback", 4.4),
    ("app.rectify", 4.5), ("app.tasks", 4.6), ("app.affairs", 4.6), ("app.service", 4.8), ("app.rules", 4.6),
    ("app.reports", 5),
    ("app.cli", 6), ("app.demo", 6), ("app.stats", 6),
    ("ui", 7), ("ui.shell.pyside_guard", 7), ("ui.common", 7.1),
    ("ui.roster", 7.2), ("ui.pledges", 7.2), ("ui.study", 7.2), ("ui.talks", 7.2), ("ui.feedback", 7.2), ("ui.rectify", 7.2),
    ("ui.tasks", 7.25), ("ui.affairs", 7.2), ("ui.service", 7.2), ("ui.rules", 7.2),
    ("ui.overview", 7.3), ("ui.safety", 7.4), ("ui.shell", 7.5),
]


def rank(module: str) -> tuple[float, str]:
    best = ("", -1.0)
    for prefix, value in RANKS:
        if (module == prefix or module.startswith(prefix + ".")) and len(prefix) > len(best[0]):
            best = (prefix, value)
    return best[1], best[0]


def module_name(path: Path, root: Path = ROOT) -> str:
    parts = list(path.relative_to(root).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def imports_of(path: Path, known: set[str], root: Path = ROOT) -> list[tuple[int, str]]:
    """(line, module) for every import in the file that names one of our modules."""
    name = module_name(path, root)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: list[tuple[int, str]] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            for alias in node.names:
                found.append((node.lineno, alias.name))
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            found.append((node.lineno, target))
            for alias in node.names:  # `from app.x import y` where y is a module
                if f"{target}.{alias.name}" in known:
                    found.append((node.lineno, f"{target}.{alias.name}"))
    result = []
    for line, target in found:
        if target.split(".")[0] in ("app", "ui", "PySide6"):
            result.append((line, target))
    return result


def resolve(target: str, known: set[str]) -> str | None:
    while target and target not in known:
        target = target.rpartition(".")[0]
    return target or None


def strongly_connected(graph: dict[str, set[str]]) -> list[list[str]]:
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    result: list[list[str]] = []
    counter = [0]

    def visit(node: str) -> None:  # Tarjan; the graph is small enough for recursion
        index[node] = low[node] = counter[0]
        counter[0] += 1
        stack.append(node)
        on_stack.add(node)
        for other in graph.get(node, ()):
            if other not in index:
                visit(other)
                low[node] = min(low[node], low[other])
            elif other in on_stack:
                low[node] = min(low[node], index[other])
        if low[node] == index[node]:
            component = []
            while True:
                item = stack.pop()
                on_stack.discard(item)
                component.append(item)
                if item == node:
                    break
            if len(component) > 1:
                result.append(sorted(component))

    sys.setrecursionlimit(10000)
    for node in sorted(graph):
        if node not in index:
            visit(node)
    return result


def problems(root: Path = ROOT) -> list[str]:
    files = sorted(p for folder in ("app", "ui") for p in (root / folder).rglob("*.py")
                   if "__pycache__" not in p.parts)
    known = {module_name(p, root) for p in files}
    graph: dict[str, set[str]] = {m: set() for m in known}
    found: list[str] = []
    for path in files:
        name = module_name(path, root)
        own_rank, own_layer = rank(name)
        for line, target in imports_of(path, known, root):
            where = f"{path.relative_to(root)}:{line}"
            if target.split(".")[0] == "PySide6":
                if name.split(".")[0] == "app":
                    found.append(f"{where}: the core imports Qt ({target})")
                continue
            resolved = resolve(target, known)
            if resolved is None or resolved == name:
                continue
            # A package's __init__ importing its own submodules is the package, not a dependency.
            if name and resolved.startswith(name + ".") and path.name == "__init__.py":
                continue
            graph[name].add(resolved)
            other_rank, other_layer = rank(resolved)
            if other_rank > own_rank:
                found.append(f"{where}: {name} ({own_layer}) imports {resolved} ({other_layer}), a layer above it")
    for component in strongly_connected(graph):
        cycle = shortest_cycle(graph, component)
        found.append("import circle: " + " → ".join(cycle + cycle[:1]))
    seen: set[str] = set()
    return [line for line in found if not (line in seen or seen.add(line))]


def shortest_cycle(graph: dict[str, set[str]], component: list[str]) -> list[str]:
    """A shortest circle through the first module of a strongly connected component (what to break)."""
    start, members = component[0], set(component)
    paths = {start: [start]}
    queue = [start]
    while queue:
        node = queue.pop(0)
        for other in sorted(graph.get(node, ())):
            if other == start:
                return paths[node]
            if other in members and other not in paths:
                paths[other] = paths[node] + [other]
                queue.append(other)
    return component


def main() -> int:
    found = problems()
    for line in found:
        print(line)
    if not found:
        print("imports go one way: no circle, no import from a layer above")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
