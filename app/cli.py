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

# argparse's own messages, in the words a clerk reads. argparse looks its texts up through the module-level
# `_` at the moment it needs them, so replacing that lookup once turns every parser's messages Chinese.
ARGPARSE_CHINESE = {
    "usage: ": "用法：",
    "positional arguments": "参数",
    "options": "选项",
    "show this help message and exit": "显示本帮助并退出",
    "show program's version number and exit": "显示版本号并退出",
    "the following arguments are required: %s": "缺少必需的参数：%s",
    "unrecognized arguments: %s": "无法识别的参数：%s",
    "invalid choice: %(value)r (choose from %(choices)s)": "没有 %(value)r 这一项（可选：%(choices)s）",
    "expected one argument": "后面需要跟一个值",
    "expected at most one argument": "后面最多跟一个值",
    "expected at least one argument": "后面至少跟一个值",
    "argument %(argument_name)s: %(message)s": "参数 %(argument_name)s：%(message)s",
    "invalid %(type)s value: %(value)r": "值 %(value)r 无效（应为 %(type)s）",
    "ambiguous option: %(option)s could match %(matches)s": "选项 %(option)s 不明确，可能是 %(matches)s",
    "not allowed with argument %s": "不能与参数 %s 同时使用",
    "one of the arguments %s is required": "参数 %s 必须给出其中一个",
    "ignored explicit argument %r": "多余的值 %r",
    "can't open '%(filename)s': %(error)s": "无法打开“%(filename)s”：%(error)s",
    "%(prog)s: error: %(message)s\n": "%(prog)s：错误：%(message)s\n",
}


def _speak_chinese() -> None:
    argparse._ = lambda text: ARGPARSE_CHINESE.get(text, text)


def pdf_path(value: str) -> Path:
    """--out of a print command: a .pdf file (anything else would be a PDF under a misleading name)."""
    path = Path(value)
    if path.suffix.lower() != ".pdf":
        raise argparse.ArgumentTypeError(f"输出文件应以 .pdf 结尾：{value}")
    return path


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
        sub.add_argument("--out", required=True, type=pdf_path, help="输出 PDF 文件（.pdf）")
        sub.set_defaults(run=run, needs_db=True)
        return sub


def build_parser() -> tuple[argparse.ArgumentParser, CommandRegistry]:
    _speak_chinese()
    parser = argparse.ArgumentParser(prog="main.py", description=f"{APP_NAME} {__version__}。不带命令时打开图形界面。")
    parser.add_argument("--db", help="数据库文件路径（默认在用户数据目录），也可以是数据库 URL")
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}",
                        help=ARGPARSE_CHINESE["show program's version number and exit"])  # 3.12 does not translate it
    registry = CommandRegistry(parser)

    demo = registry.command("demo", "生成演示数据库（5个单位、518名在岗干警、748名系统外领导干部及各项业务数据）", _run_demo,
                            needs_db=False)
    demo.add_argument("--seed", type=int, default=2021, help="随机种子，相同种子生成相同数据")
    demo.add_argument("--force", action="store_true", help="覆盖已有的数据库")
    demo.add_argument("--if-missing", action="store_true", help="仅当数据库还不存在时生成（已有则什么也不做）")

    registry.command("init", "新建一个空数据库（之后可用 import-roster 导入人员台账）", _run_init, needs_db=False)

    stats = registry.command("stats", "输出各项统计数字", _run_stats, reads_only=True)
    stats.add_argument("--json", action="store_true", help="以 JSON 输出")

    settings = registry.command("settings", "查看或修改设置（县名、教整办名称、发文机关署名、阶段日期、编号前缀）",
                                _run_settings)
    settings.add_argument("--show", action="store_true", help="列出各项设置（不带 --set 时的默认动作）")
    settings.add_argument("--set", action="append", default=[], metavar="项=值",
                          help="修改一项，可重复；项用 --show 列出的名称（如 county=青山县、study_start=2021-03-01），"
                               "值为空则清除")

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


def _run_init(args: argparse.Namespace) -> int:
    from app.workbench import close_database, open_database

    target = Path(database_target(args))
    if target.exists() and target.stat().st_size > 0:
        raise AppError(f"{target} 已经存在，没有改动它。新建数据库请换一个文件名。")
    if not target.parent.is_dir():
        raise AppError(f"文件夹 {target.parent} 不存在。")
    open_database(target)  # creates the file and brings it to the current schema
    close_database()
    print(f"已新建空数据库：{target}")
    return 0


def _run_stats(args: argparse.Namespace) -> int:
    from app import stats

    figures = stats.collect()
    if args.json:
        print(json.dumps(figures, ensure_ascii=False, indent=2, default=str))
    else:
        _print_tree(figures)
    return 0


def _run_settings(args: argparse.Namespace) -> int:
    from app.errors import ValidationError, ValidationErrors
    from app.store import campaign

    if args.set:
        changes = {}
        for pair in args.set:
            name, sep, value = pair.partition("=")
            if not sep or not name.strip():
                raise ValidationErrors([ValidationError("--set", f"“{pair}”应写成 项=值，如 county=青山县")])
            changes[name.strip()] = value
        campaign.save(changes)
        print("设置已保存。")
    current = campaign.current()
    if args.show or not args.set:
        values = current.values()
        printed = {"county": current.county_label, "office_name": current.office, "committee_name": current.committee,
                   "office_short_name": current.office_short, "issuer": current.signature,
                   "campaign_name": current.campaign, "code_prefix": current.feedback_code_prefix}
        for item in campaign.ITEMS:
            value = values[item.name]
            shown = value or f"（未设置{'，文书中为“' + printed[item.name] + '”' if item.name in printed else ''}）"
            print(f"{item.name}\t{item.label}：{shown}")
    if not current.is_configured():
        print("提示：县名和教育整顿开始日期尚未设置。", file=sys.stderr)
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
