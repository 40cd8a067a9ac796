#!/usr/bin/env python3
"""Keep the English translation in step with the code, with Qt's own tools (lupdate, lrelease).

    python tools/update_translations.py            extract, compile, list what is not yet translated
    python tools/update_translations.py --check    the same, exit 1 if anything is untranslated or stale
    python tools/update_translations.py --pseudo OUT.qm   also write a pseudo-translation (see below)

Chinese is the source language. Strings are found in every `self.tr("…")` and
`QCoreApplication.translate("Context", "…")` under ui/, plus each tab's title from ui.shell.tabs.TABS (class
attributes are not tr() calls, so they are handed to lupdate through a generated file). lupdate merges them
into resources/translations/jiaozheng_en.ts, keeping existing translations; strings no longer in the code are
kept as obsolete (`--drop-obsolete` removes them). Translate by filling the `<translation>` elements (or
open the .ts in `pyside6-linguist`), then run this again: lrelease writes jiaozheng_en.qm, which the program
loads. Commit both files. Placeholders such as {name} must stay as they are; keep the (&F) shortcut letter
or put & before a letter of the English word.

Pseudo-translation: every string wrapped in [ ] and lengthened by ~40 % with its own characters, to find
labels and buttons too narrow for a longer language (tests/test_translations.py uses it).
"""
from __future__ import annotations

import argparse
import math
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("en",)
BASENAME = "jiaozheng"
SOURCE_LANGUAGE = "zh_CN"


def ts_path(language: str) -> Path:
    return TRANSLATIONS / f"{BASENAME}_{language}.ts"


def qm_path(language: str) -> Path:
    return TRANSLATIONS / f"{BASENAME}_{language}.qm"


def qt_tool(name: str) -> str:
    """lupdate / lrelease from the PySide6 wheel (PySide6-Essentials ships both)."""
    import PySide6

    candidates = [Path(PySide6.__file__).resolve().parent / (name + (".exe" if os.name == "nt" else ""))]
    found = shutil.which(f"pyside6-{name}")
    if found:
        candidates.append(Path(found))
    for candidate in candidates:
        if candidate.exists():
            return str(candidate)
    raise SystemExit(f"{name} not found: install PySide6 (requirements.txt)")


def ui_sources(root: Path = ROOT) -> list[Path]:
    return sorted(p for p in (root / "ui").rglob("*.py") if "__pycache__" not in p.parts)


def tab_titles(root: Path = ROOT) -> list[tuple[str, str]]:
    """(class name, TITLE) for every tab in ui.shell.tabs.TABS, as the registry names them (the main window
    shows those titles before a tab's module is imported; a test checks they are the classes' TITLEs)."""
    if str(root) not in sys.path:
        sys.path.insert(0, str(root))
    from ui.shell.tabs import TABS, tab_title

    return [(entry[1], title) for entry in TABS if (title := tab_title(entry))]


def write_titles_source(folder: Path, titles: list[tuple[str, str]]) -> Path:
    path = folder / "tab_titles.py"
    lines = ["from PySide6.QtCore import QT_TRANSLATE_NOOP", ""]
    lines += [f"QT_TRANSLATE_NOOP({context!r}, {title!r})" for context, title in titles]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def extract(ts: Path, *, root: Path = ROOT, drop_obsolete: bool = False, language: str = "en") -> None:
    """Run lupdate over ui/ (and the tab titles) into `ts`, merging with what it already holds."""
    ts.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        sources = [str(p) for p in ui_sources(root)]
        titles = tab_titles(root)
        if titles:
            sources.append(str(write_titles_source(Path(tmp), titles)))
        command = [qt_tool("lupdate"), "-silent", "-locations", "none", "-source-language", SOURCE_LANGUAGE,
                   "-target-language", language, *sources, "-ts", str(ts)]
        if drop_obsolete:
            command.insert(2, "-no-obsolete")
        subprocess.run(command, check=True)


def release(ts: Path, qm: Path) -> None:
    subprocess.run([qt_tool("lrelease"), "-silent", "-nounfinished", str(ts), "-qm", str(qm)], check=True)


@dataclass
class Message:
    context: str
    source: str
    translation: str
    state: str  # "" (finished), "unfinished", "obsolete" or "vanished"


def read_ts(ts: Path) -> list[Message]:
    messages = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            element = message.find("translation")
            if element is None:
                messages.append(Message(name, message.findtext("source", ""), "", "unfinished"))
                continue
            forms = element.findall("numerusform")  # plural forms of a tr("…%n…", "", n) string
            text = " | ".join(f.text or "" for f in forms) if forms else (element.text or "")
            if forms and not all(f.text for f in forms):
                text = ""
            messages.append(Message(name, message.findtext("source", ""), text, element.get("type", "")))
    return messages


def untranslated(messages: list[Message]) -> list[Message]:
    return [m for m in messages if m.state == "unfinished" or (m.state == "" and not m.translation)]


# ------------------------------------------------------------------ pseudo-translation
# Not shown as text: placeholders, Chinese-style shortcut marks "(&F)", HTML tags and entities.
_MARKUP = re.compile(r"\{[^{}]*\}|%L?\d+|%n|\(&[A-Za-z0-9]\)|<[^>]*>|&[a-z]+;")
PSEUDO_GROWTH = 0.4


def pseudo_text(text: str) -> str:
    """'打开数据库(&O)…' → '[打开数据库(&O)…打开]': 40 % longer in its own script, placeholders kept."""
    if ";;" in text or "(*" in text:  # file dialog filters: their syntax must survive
        return text
    result = []
    for line in text.split("\n"):
        visible = "".join(_MARKUP.sub("", line).replace("&", "").split())
        if not visible:
            result.append(line)
            continue
        extra = math.ceil(len(visible) * PSEUDO_GROWTH)
        padding = (visible * (extra // len(visible) + 1))[:extra]
        result.append(f"[{line}{padding}]")
    return "\n".join(result)


def write_pseudo_ts(source_ts: Path, pseudo_ts: Path) -> int:
    """Copy of `source_ts` with every message's translation replaced by its pseudo-translation."""
    tree = ET.parse(source_ts)
    count = 0
    for message in tree.getroot().iter("message"):
        element = message.find("translation")
        if element is None:
            element = ET.SubElement(message, "translation")
        if element.get("type") in ("obsolete", "vanished"):
            continue
        element.attrib.pop("type", None)
        text = pseudo_text(message.findtext("source", ""))
        if message.get("numerus") == "yes":  # English has two plural forms
            for child in list(element):
                element.remove(child)
            element.text = None
            for _form in range(2):
                ET.SubElement(element, "numerusform").text = text
        else:
            element.text = text
        count += 1
    tree.write(pseudo_ts, encoding="utf-8", xml_declaration=True)
    return count


def build_pseudo_qm(out_qm: Path, *, root: Path = ROOT) -> int:
    """Extract the current strings afresh (so new tabs are covered) and compile a pseudo .qm."""
    with tempfile.TemporaryDirectory() as tmp:
        extracted = Path(tmp) / "pseudo.ts"
        extract(extracted, root=root, language="en")
        pseudo = Path(tmp) / "pseudo_filled.ts"
        count = write_pseudo_ts(extracted, pseudo)
        release(pseudo, out_qm)
    return count


def stale_qm(language: str) -> bool:
    """True when the committed .qm is not what lrelease makes from the committed .ts."""
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp) / "fresh.qm"
        release(ts_path(language), fresh)
        return not qm_path(language).exists() or fresh.read_bytes() != qm_path(language).read_bytes()


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true",
                        help="change nothing; exit 1 if a string is untranslated or the .ts/.qm are out of date")
    parser.add_argument("--drop-obsolete", action="store_true", help="remove strings that left the code")
    parser.add_argument("--pseudo", type=Path, metavar="OUT.qm", help="also write a pseudo-translation")
    args = parser.parse_args(argv)
    problems = 0
    for language in LANGUAGES:
        ts = ts_path(language)
        if args.check:
            with tempfile.TemporaryDirectory() as tmp:
                copy = Path(tmp) / ts.name
                if ts.exists():
                    shutil.copyfile(ts, copy)
                extract(copy, drop_obsolete=args.drop_obsolete, language=language)
                current = {(m.context, m.source) for m in read_ts(copy) if m.state not in ("obsolete", "vanished")}
                committed = {(m.context, m.source) for m in read_ts(ts)} if ts.exists() else set()
                missing = sorted(current - committed)
                messages = read_ts(copy)
            if missing:
                problems += 1
                print(f"{ts.name}: {len(missing)} string(s) in the code are not in the file yet; run this tool")
            if ts.exists() and stale_qm(language):
                problems += 1
                print(f"{qm_path(language).name} is out of date; run this tool")
        else:
            extract(ts, drop_obsolete=args.drop_obsolete, language=language)
            release(ts, qm_path(language))
            messages = read_ts(ts)
        live = [m for m in messages if m.state not in ("obsolete", "vanished")]
        todo = untranslated(live)
        obsolete = len(messages) - len(live)
        print(f"{ts.name}: {len(live)} strings, {len(live) - len(todo)} translated, {len(todo)} untranslated"
              + (f", {obsolete} obsolete" if obsolete else ""))
        for message in todo:
            print(f"  [{message.context}] {message.source!r}")
        if todo and args.check:
            problems += 1
    if args.pseudo:
        count = build_pseudo_qm(args.pseudo)
        print(f"pseudo-translation of {count} strings written to {args.pseudo}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
