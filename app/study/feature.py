"""Hooks of the study feature (see app.features): its part of the demo, its figures in `stats --json`, and its
commands. The service never imports this module, its documents or its demo: they sit above it."""
from __future__ import annotations


from app.study.service import stats  # noqa: F401  (the stats hook)


def populate_demo(ctx) -> None:
    from app.study.demo import populate

    populate(ctx)


def add_commands(registry) -> None:
    notice = registry.print_kind("notice", "学习活动的会议通知（GB/T 9704 公文格式）", _print_notice)
    notice.add_argument("--session", required=True, type=int, help="学习活动编号（界面列表中的“编号”）")
    signin = registry.print_kind("signin", "学习活动的签到表（按单位分组，含应到/实到/缺席）", _print_signin)
    signin.add_argument("--session", required=True, type=int, help="学习活动编号（界面列表中的“编号”）")


def _print_notice(args) -> int:
    from app.study.documents.notice import build_notice

    out = build_notice(args.session, args.out)
    print(f"会议通知已生成：{out}")
    return 0


def _print_signin(args) -> int:
    from app.study.documents.signin_sheet import build_signin_sheet

    out = build_signin_sheet(args.session, args.out)
    print(f"签到表已生成：{out}")
    return 0
