"""The feature ledgers' sheets of the export-all workbook, after the overview's own (app.reports.ledgers).

A hooks module of app.features may define
    export_sheets(*, confidential: bool = False) -> [(title, columns, rows), …]
giving its ledgers as sheets: the columns are the feature's own workbook columns, (header, width, value) with
value None for the row number (and an optional number format), over rows the values read. With
`confidential` it adds the sheets that need a permission beyond opening the file, and checks that permission
itself (查纠整改's 问题线索 and 个人自查事项 need 问题线索); without, it gives none of them. The sheets come in
app.features order, so the features stay out of this package's imports.
"""
from __future__ import annotations

from app.reports.ledgers import Column, Sheet


def feature_sheets(*, confidential: bool = False, taken: tuple[str, ...] = ()) -> list[Sheet]:
    """Every feature's sheets in app.features order. `taken`: titles already in the workbook (a title used twice
    is a programming error: Excel refuses the file)."""
    from app import features

    found: list[Sheet] = []
    titles = set(taken)
    for _key, module in features.modules():
        hook = getattr(module, "export_sheets", None)
        if hook is None:
            continue
        for title, columns, rows in hook(confidential=confidential):
            if title in titles:
                raise ValueError(f"export-all: two sheets are called {title} ({module.__name__})")
            titles.add(title)
            found.append(Sheet(title, [Column(*column) for column in columns], list(rows)))
    return found
