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
                needs_db: bool = True) -> argparse.ArgumentParser:
        sub = self.commands.add_parser(name, help=help)
        sub.set_defaults(run=run, needs_db=needs_db)
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
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    registry = CommandRegistry(parser)

    demo = registry.command("demo", "生成演示数据库（5个单位、518名在岗干警、218名领导干部及各项业务数据）", _run_demo,
                            needs_db=False)
    demo.add_argument("--seed", type=int, default=2021, help="随机种子，相同种子生成相同数据")
    demo.add_argument("--force", action="store_true", help="覆盖已有的数据库")
    demo.add_argument("--if-missing", action="store_true", help="仅当数据库还不存在时生成（已有则什么也不做）")

    registry.command("init", "新建一个空数据库（之后可用 import-roster 导入人员台账）", _run_init, needs_db=False)

    stats = registry.command("stats", "输出各项统计数字", _run_stats)
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

    target = Path(database_target(args))
    if args.if_missing and target.exists() and target.stat().st_size > 0:
        print(f"已有数据库：{target}")
        return 0
    demo.ensure_new_target(target, args.force)
    result = demo.build(target, seed=args.seed)
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
            from app.workbench import close_database, open_database

            target = database_target(args)
            if "://" not in target and not Path(target).exists():
                raise AppError(f"找不到数据库 {target}。可先运行 demo 命令生成演示数据，或用 --db 指定文件。")
            open_database(target)
            try:
                return args.run(args)
            finally:
                close_database()
        return args.run(args)
    except AppError as exc:
        print(f"错误：{exc}", file=sys.stderr)
        return EXIT_USER_ERROR
    except KeyboardInterrupt:
        print("已取消。", file=sys.stderr)
        return 130
