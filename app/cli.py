"""Headless commands behind main.py. User errors print a Chinese message on stderr and exit 2."""
from __future__ import annotations

import argparse
import json
import logging
import sys
from pathlib import Path
from typing import Callable

from app import APP_NAME, __version__
from app.errors import AppError

from app.errors import EXIT_USER_ERROR  # noqa: E402,F401  (features return it)


class CommandRegistry:
    """Lets each feature add its subcommands and `print` kinds without editing this file."""

    def __init__(self, parser: argparse.ArgumentParser):
        self.parser = parser
        self.commands = parser.add_subparsers(dest="command", metavar="命令")
        self._print = self.commands.add_parser("print", help="生成 PDF 文书（承诺书、通知、签到表、谈话记录、台账、报告）")
        self.print_kinds = self._print.add_subparsers(dest="kind", metavar="文书", required=True)

    def command(self, name: str, help: str, run: Callable[[argparse.Namespace], int], *,
                needs_db: bool = True, reads_only: bool = False) -> argparse.ArgumentParser:
        """reads_only: the command writes nothing (not even an audit line), so it may read a file another
        program holds; every other command takes the file's lock and is refused while someone else has it."""
        sub = self.commands.add_parser(name, help=help)
        sub.set_defaults(run=run, needs_db=needs_db, reads_only=reads_only)
        return sub

    def print_kind(self, name: str, help: str, run: Callable[[argparse.Namespace], int]) -> argparse.ArgumentParser:
        sub = self.print_kinds.add_parser(name, help=help)
        sub.add_argument("--out", required=True, type=Path, help="输出 PDF 文件")
        sub.set_defaults(run=run, needs_db=True)
        return sub


def build_parser() -> tuple[argparse.ArgumentParser, CommandRegistry]:
    parser = argparse.ArgumentParser(prog="main.py", description=f"{APP_NAME} {__version__}。不带命令时打开图形界面。")
    parser.add_argument("--db", help="数据库文件路径（默认在用户数据目录），也可以是数据库 URL")
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    registry = CommandRegistry(parser)

    demo = registry.command("demo", "生成演示数据库（5个单位、518名在岗干警、218名领导干部及各项业务数据）", _run_demo,
                            needs_db=False)
    demo.add_argument("--seed", type=int, default=2021, help="随机种子，相同种子生成相同数据")
    demo.add_argument("--force", action="store_true", help="覆盖已有的数据库")
    demo.add_argument("--if-missing", action="store_true", help="仅当数据库还不存在时生成（已有则什么也不做）")

    stats = registry.command("stats", "输出各项统计数字", _run_stats, reads_only=True)
    stats.add_argument("--json", action="store_true", help="以 JSON 输出")

    from app import features

    for _key, module in features.modules():
        hook = getattr(module, "add_commands", None)
        if hook is not None:
            hook(registry)
    return parser, registry


def database_target(args: argparse.Namespace) -> str:
    if args.db:
        return args.db
    from app.paths import default_database_path

    return str(default_database_path())


def _run_demo(args: argparse.Namespace) -> int:
    from app import demo
    from app.workbench import local_path

    target = local_path(database_target(args))
    if args.if_missing and target.exists() and target.stat().st_size > 0:
        print(f"已有数据库：{target}")
        return 0
    demo.ensure_new_target(target, args.force)
    result = demo.build(target, seed=args.seed, on_backup=lambda copy: print(f"原数据库已备份到：{copy}"))
    print(f"演示数据库已生成：{target}")
    print(json.dumps(result, ensure_ascii=False, indent=2))
    return 0


def _run_stats(args: argparse.Namespace) -> int:
    from app import stats

    figures = stats.collect()
    if args.json:
        print(json.dumps(figures, ensure_ascii=False, indent=2, default=str))
    else:
        _print_tree(figures)
    return 0


def _print_tree(value, indent: int = 0) -> None:
    for key, item in value.items():
        if isinstance(item, dict):
            print("  " * indent + f"{key}:")
            _print_tree(item, indent + 1)
        else:
            print("  " * indent + f"{key}: {item}")


def main(argv: list[str]) -> int:
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    parser, _registry = build_parser()
    args = parser.parse_args(argv)
    if getattr(args, "run", None) is None:
        parser.print_help()
        return EXIT_USER_ERROR
    try:
        if args.needs_db:
            return _run_on_database(args)
        return args.run(args)
    except KeyboardInterrupt:
        print("已取消。", file=sys.stderr)
        return 130
    except Exception as exc:  # the one place where what a command raised becomes what the user reads
        error = user_error(exc)
        if error is None:
            raise
        print(f"错误：{error}", file=sys.stderr)
        return EXIT_USER_ERROR


def _run_on_database(args: argparse.Namespace) -> int:
    """Open the database with its lock held (as the GUI holds it), so that a restore or `demo --force`
    cannot rename another file over the one this command is writing, then run the command."""
    from app.store.lock import LockHeld
    from app.workbench import close_database, local_path, open_database

    target = database_target(args)
    if not local_path(target).exists():
        raise AppError(f"找不到数据库 {target}。可先运行 demo 命令生成演示数据，或用 --db 指定文件。")
    try:
        open_database(target, lock=True)
    except LockHeld:
        if not getattr(args, "reads_only", False):
            raise
        open_database(target, read_only=True)  # `stats` while the GUI has the file: read it as it is
    try:
        return args.run(args)
    finally:
        close_database()


def user_error(exc: BaseException) -> str | None:
    """The Chinese message for an error a user can meet; None for a bug (which keeps its traceback)."""
    import sqlite3

    import peewee as pw

    from app.store.db import translate_error

    if isinstance(exc, AppError):
        return str(exc)
    if isinstance(exc, (pw.DatabaseError, sqlite3.Error)):
        mapped = translate_error(exc)
        if isinstance(mapped, AppError):
            return str(mapped)
        return f"数据库操作失败（{exc}）。本次操作未完成，已写入的部分已撤销。"
    if isinstance(exc, OSError):
        return _os_error_text(exc)
    if isinstance(exc, MemoryError):
        return "内存不足，操作未完成。请关闭其他程序后再试，或分批处理。"
    return None


def _os_error_text(exc: OSError) -> str:
    import errno

    where = f"（{exc.filename}）" if exc.filename else ""
    if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
        return f"写入文件失败{where}：磁盘已满。请腾出磁盘空间或换一个位置后再试，未写完的文件已作废。"
    if exc.errno in (errno.EACCES, errno.EPERM):
        return f"没有权限读写文件{where}。请换一个位置，或检查文件是否被其他程序打开。"
    if exc.errno == errno.ENOENT:
        return f"找不到文件或文件夹{where}。"
    if exc.errno == errno.EROFS:
        return f"存储设备只读，无法写入文件{where}。"
    if exc.errno == errno.EISDIR:
        return f"给出的是一个文件夹，而不是文件{where}。"
    return f"读写文件失败{where}：{exc.strerror or exc}。"
