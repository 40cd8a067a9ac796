"""What a roster import plans and what it writes back: the plan's rows, duplicates and problems (capped by
ImportLimits, the rest counted), the result, and the refusal. app.roster.excel_import makes and applies them."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from app.errors import AppError
from app.roster.officers import OfficerData

if TYPE_CHECKING:
    from app.common.xlsx_read import ReadLimits

HEADER_SEARCH_ROWS = 10
UPDATE, SKIP = "update", "skip"


@dataclass(frozen=True)
class ImportLimits:
    rows: int = 50_000  # data rows: a county's roster has hundreds, the benchmark 10,000
    listed_problems: int = 200  # problems kept and listed; the rest are only counted
    read: "ReadLimits | None" = None  # app.common.xlsx_read's (imported when a file is read); None: its defaults


DEFAULT_LIMITS = ImportLimits()


@dataclass(frozen=True)
class Problem:
    row: int  # as Excel shows it; 0 for the file as a whole
    column: str  # the header as the file spells it ("" when about the whole row or file)
    reason: str

    def __str__(self) -> str:
        where = f"第{self.row}行" if self.row else "文件"
        return f"{where}{'“' + self.column + '”' if self.column else ''}：{self.reason}"


@dataclass
class PlannedRow:
    row: int
    data: OfficerData
    filled: frozenset[str]  # fields whose cell was not blank: only these overwrite on update


@dataclass
class Duplicate:
    row: int
    data: OfficerData  # what the officer becomes if the user chooses update
    existing_id: int
    existing: OfficerData
    match: str  # "身份证号相同" or "同一单位同名"
    changes: list[tuple[str, str, str]]  # (field label, now, from the file)
    in_trash: bool = False

    @property
    def needs_update(self) -> bool:
        return bool(self.changes) or self.in_trash


@dataclass
class ImportPlan:
    path: Path
    sheet: str = ""
    header_row: int = 0
    columns: dict[str, str] = field(default_factory=dict)  # field → header as the file spells it
    ignored_columns: list[str] = field(default_factory=list)
    to_add: list[PlannedRow] = field(default_factory=list)
    duplicates: list[Duplicate] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)  # the first `listed` of them
    rows_read: int = 0
    problem_count: int = 0  # all of them
    notes: list[str] = field(default_factory=list)  # what the user should know (hidden sheets left alone)
    listed: int = DEFAULT_LIMITS.listed_problems
    _problem_rows: set[int] = field(default_factory=set, repr=False)
    # Unit names in the file that no unit goes by (full name, short name or alias) → the rows naming them.
    # Never created silently: the user adds them or makes them aliases first, or asks (`create_units`).
    unknown_units: dict[str, list[int]] = field(default_factory=dict)

    def add_problem(self, problem: Problem) -> None:
        self.problem_count += 1
        self._problem_rows.add(problem.row)
        if len(self.problems) < self.listed:
            self.problems.append(problem)

    @property
    def unlisted_problems(self) -> int:
        return self.problem_count - len(self.problems)

    def unlisted_note(self) -> str:
        """"另有 N 处问题未列出" for a capped listing, or ""."""
        if not self.unlisted_problems:
            return ""
        return (f"……另有 {self.unlisted_problems} 处问题未列出（共 {self.problem_count} 处，涉及 "
                f"{len(self._problem_rows)} 行）。请先改正上面列出的，再重新导入。")

    @property
    def ok(self) -> bool:
        return self.problem_count == 0

    @property
    def to_update(self) -> list[Duplicate]:
        return [d for d in self.duplicates if d.needs_update]

    @property
    def unchanged(self) -> list[Duplicate]:
        return [d for d in self.duplicates if not d.needs_update]

    def summary(self) -> str:
        parts = [f"读取 {self.rows_read} 行", f"新增 {len(self.to_add)} 人",
                 f"与现有人员重复 {len(self.duplicates)} 人（其中信息有变化 {len(self.to_update)} 人）"]
        if self.unknown_units:
            parts.append(f"系统中没有的单位 {len(self.unknown_units)} 个")
        if self.problem_count:
            parts.append(f"问题 {self.problem_count} 处")
        return "，".join(parts)

    def unknown_units_text(self) -> str:
        """“青山县公安局交警大队”（第3、5行）、… — for messages."""
        def rows(numbers: list[int]) -> str:
            shown = "、".join(str(n) for n in numbers[:5])
            return f"第{shown}行" + (f"等 {len(numbers)} 行" if len(numbers) > 5 else "")
        return "、".join(f"“{name}”（{rows(numbers)}）" for name, numbers in self.unknown_units.items())


@dataclass
class ImportResult:
    added: int = 0
    updated: int = 0
    skipped: int = 0
    unchanged: int = 0

    def summary(self) -> str:
        text = f"导入完成：新增 {self.added} 人，更新 {self.updated} 人"
        if self.skipped:
            text += f"，跳过重复 {self.skipped} 人"
        if self.unchanged:
            text += f"，{self.unchanged} 人信息无变化"
        return text + "。"


class ImportRefused(AppError):
    """The plan still has problems (or duplicates with no choice made): nothing was written."""
