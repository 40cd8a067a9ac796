"""Many documents at once: all in one PDF (each item starts on a new page, page numbers restart), or
one PDF per item in a folder. Runs in a worker: takes an app.jobs.Progress, reports, can be cancelled.

Nothing is half written. One PDF appears only when complete. Per-item files are written into a hidden
folder beside the target first and moved in when all are done; cancel or an error removes them.

    items = [BatchItem(label="县法院 张三", file_name="青山县人民法院-张三", make_story=lambda: [...])]
    one_pdf(out, items, progress, title="承诺书")          # ui: run_job(self, "生成…", lambda p: one_pdf(..., p))
    one_file_each(folder, items, progress, title="承诺书")
"""
from __future__ import annotations

import re
import shutil
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Sequence

from reportlab.platypus import Flowable, PageBreak

from app.errors import AppError
from app.jobs import NullProgress, Progress
from app.documents import layout


@dataclass(frozen=True)
class BatchItem:
    label: str  # shown in progress messages: "县法院 张三"
    file_name: str  # file name without ".pdf" for one-file-each: "青山县人民法院-张三"
    make_story: Callable[[], list[Flowable]]
    title: str = ""  # PDF title of this item's own file (one_file_each); defaults to the batch title


@dataclass
class BatchResult:
    paths: list[Path] = field(default_factory=list)
    pages: int = 0
    items: int = 0


class _SubProgress(Progress):
    """Maps a part of a job onto [start, end] of the parent's progress."""

    def __init__(self, parent: Progress, start: float, end: float):
        super().__init__()
        self.parent, self.start, self.end = parent, start, end

    def report(self, fraction: float, message: str = "") -> None:
        self.parent.report(self.start + (self.end - self.start) * max(0.0, min(1.0, fraction)), message)

    def check(self) -> None:
        self.parent.check()

    @property
    def cancelled(self) -> bool:
        return self.parent.cancelled


def one_pdf(out: Path | str, items: Sequence[BatchItem], progress: Progress | None = None, *,
            title: str, restart_page_numbers: bool = True, **doc_options) -> BatchResult:
    """All items in one PDF, each from a new page. Returns the path and the page count."""
    progress = progress or NullProgress()
    if not items:
        raise AppError("没有可生成的文书：所选范围内没有记录。")
    story: list[Flowable] = []
    count = len(items)
    for index, item in enumerate(items):
        if index:
            story.append(PageBreak())
        if restart_page_numbers:
            story.append(layout.item_start(index, item.label))
        story.extend(item.make_story())
        if index % 50 == 0:
            progress.report(0.1 * index / count, f"正在准备 {item.label}（{index + 1}/{count}）…")
    pages = layout.build_pages(out, story, title=title, progress=_SubProgress(progress, 0.1, 1.0),
                               progress_message=f"正在排版 {count} 份文书…", **doc_options)
    progress.report(1.0, f"已生成 {pages} 页。")
    return BatchResult([Path(out)], pages, count)


_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]')
_RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(1, 10)), *(f"LPT{i}" for i in range(1, 10))}


def safe_file_name(name: str, fallback: str = "文书") -> str:
    """A file name that Windows accepts: no \\ / : * ? " < > |, no trailing dot or space, not CON etc."""
    name = _UNSAFE.sub("_", name).strip().rstrip(". ")
    if not name or name.upper().split(".")[0] in _RESERVED:
        name = f"{fallback}_{name}" if name else fallback
    return name[:120]


def unique_names(names: Sequence[str]) -> list[str]:
    """Same names get （2）, （3）… so two 张伟 of one unit do not overwrite each other."""
    used: set[str] = set()
    result = []
    for name in names:
        candidate, n = name, 1
        while candidate.lower() in used:  # Windows file names ignore case
            n += 1
            candidate = f"{name}（{n}）"
        used.add(candidate.lower())
        result.append(candidate)
    return result


def one_file_each(folder: Path | str, items: Sequence[BatchItem], progress: Progress | None = None, *,
                  title: str, **doc_options) -> BatchResult:
    """One PDF per item in `folder`, named by `item.file_name` (made safe and unique). Files of the
    same name already in the folder are replaced only when every file was written."""
    progress = progress or NullProgress()
    if not items:
        raise AppError("没有可生成的文书：所选范围内没有记录。")
    folder = Path(folder)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise AppError(f"无法创建文件夹 {folder}：{exc.strerror or exc}") from exc
    names = unique_names([safe_file_name(item.file_name) for item in items])
    staging = folder / f".正在生成-{uuid.uuid4().hex[:8]}"
    staging.mkdir()
    result = BatchResult(items=len(items))
    try:
        for index, (item, name) in enumerate(zip(items, names)):
            progress.report(index / len(items), f"正在生成 {item.label}（{index + 1}/{len(items)}）…")
            result.pages += layout.build_pages(staging / f"{name}.pdf", item.make_story(),
                                               title=item.title or title, **doc_options)
        progress.check()
        for name in names:
            target = folder / f"{name}.pdf"
            (staging / f"{name}.pdf").replace(target)
            result.paths.append(target)
    except OSError as exc:
        raise AppError(f"写入文件夹 {folder} 失败：{exc.strerror or exc}") from exc
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    progress.report(1.0, f"已生成 {len(result.paths)} 个文件。")
    return result
