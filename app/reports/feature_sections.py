"""The feature ledgers' sections of the 工作情况报告, and where each goes among the report's own.

A hooks module of app.features may define
    report_section(since: dt.date | None, until: dt.date | None) -> tuple[str, list[str]] | None
giving a heading (without its number) and paragraphs of plain sentences stating its figures for the period,
or None when nothing is recorded in it. The report numbers the sections itself and places them in the order
a 工作综述 follows (组织领导、任务督导 first, 建章立制 after 查纠整改, 办实事 near the end), by package name.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

# The report's sections in order: "*name" is one the report writes from the overview's figures
# (app.reports.documents.summary_report); a bare name is the package whose hook gives a section there.
# Packages not named here follow the last named one (before the units' comparison), in app.features order.
ORDER = ("affairs", "tasks", "*study", "*talks", "*feedback", "*rectify", "rectify", "rules", "*pledges",
         "service")
LATE = ORDER.index("service") + 1  # where unnamed packages go


@dataclass(frozen=True)
class FeatureSection:
    package: str  # app.<package>.feature
    heading: str  # without its number
    paragraphs: list


def package_of(module) -> str:
    """app.tasks.feature → tasks."""
    parts = module.__name__.split(".")
    return parts[1] if len(parts) > 2 else parts[-1]


def feature_sections(since: dt.date | None, until: dt.date | None) -> list[FeatureSection]:
    """Every feature's section for the period, in app.features order (features without the hook, or with
    nothing in the period, give none)."""
    from app import features

    found = []
    for _key, module in features.modules():
        hook = getattr(module, "report_section", None)
        if hook is None:
            continue
        section = hook(since, until)
        if section is None:
            continue
        heading, paragraphs = section
        paragraphs = [p for p in paragraphs if p and p.strip()]
        if heading and paragraphs:
            found.append(FeatureSection(package_of(module), heading.strip(), paragraphs))
    return found


def place(name: str) -> int:
    """A section's position in ORDER ("*study" for the report's own, "tasks" for a package's)."""
    return ORDER.index(name) if name in ORDER else LATE


def in_report_order(own: list[str], sections: list[FeatureSection]) -> list:
    """The report's own section names ("*study" …) and the features' sections, merged in ORDER (a stable sort:
    unnamed packages keep app.features order after the named ones)."""
    entries = [(place(name), 0, i, name) for i, name in enumerate(own)]
    entries += [(place(s.package), 1, i, s) for i, s in enumerate(sections)]
    return [item for *_key, item in sorted(entries, key=lambda e: e[:3])]
