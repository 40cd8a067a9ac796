"""The error log renames itself down a line of backups when it grows past its size, and never loses a record
because a rename failed (Windows, another copy of the program holding the file)."""
import logging
import os

import pytest

from app.common.logfile import RotatingLog


@pytest.fixture
def logger():
    made = logging.getLogger("test-logfile")
    made.propagate = False
    made.setLevel(logging.INFO)
    yield made
    for handler in list(made.handlers):
        made.removeHandler(handler)
        handler.close()


def _attach(logger, path, **options):
    handler = RotatingLog(path, **options)
    logger.addHandler(handler)
    return handler


def test_records_are_written_with_time_level_and_name(logger, tmp_path):
    _attach(logger, tmp_path / "error.log")
    logger.error("导入失败：第 3 行")
    text = (tmp_path / "error.log").read_text(encoding="utf-8")
    assert " ERROR test-logfile: 导入失败：第 3 行\n" in text


def test_a_full_log_is_renamed_down_the_backups_and_the_oldest_dropped(logger, tmp_path):
    path = tmp_path / "error.log"
    _attach(logger, path, max_bytes=400, backups=3)
    for number in range(60):
        logger.info("记录 %02d %s", number, "x" * 40)
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == ["error.log", "error.log.1", "error.log.2", "error.log.3"]
    assert all(p.stat().st_size <= 400 for p in tmp_path.iterdir())
    newest = path.read_text(encoding="utf-8")
    assert "记录 59" in newest
    kept = "".join((tmp_path / f"error.log.{n}").read_text(encoding="utf-8") for n in (3, 2, 1)) + newest
    numbers = [int(line.split("记录 ")[1][:2]) for line in kept.splitlines()]
    assert numbers == list(range(numbers[0], 60))  # the newest records, in order, none missing
    assert numbers[0] > 0  # the oldest ones went


def test_a_log_left_by_an_earlier_start_counts_towards_the_size(logger, tmp_path):
    path = tmp_path / "error.log"
    path.write_text("y" * 390 + "\n", encoding="utf-8")
    _attach(logger, path, max_bytes=400)
    logger.info("新的一次启动")
    assert (tmp_path / "error.log.1").read_text(encoding="utf-8") == "y" * 390 + "\n"
    assert "新的一次启动" in path.read_text(encoding="utf-8")


def test_a_rename_that_fails_keeps_the_record(logger, tmp_path, monkeypatch):
    path = tmp_path / "error.log"
    _attach(logger, path, max_bytes=200)

    def refuse(source, target):
        raise PermissionError(32, "另一个程序正在使用此文件")

    monkeypatch.setattr(os, "replace", refuse)
    for number in range(10):
        logger.warning("第 %d 条 %s", number, "z" * 40)
    text = path.read_text(encoding="utf-8")
    assert [line.split("第 ")[1].split(" 条")[0] for line in text.splitlines()] == [str(n) for n in range(10)]
    assert not (tmp_path / "error.log.1").exists()
