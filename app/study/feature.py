"""Hooks of the study feature (see app.features): its part of the demo, its figures in `stats --json`, and its
commands. The service never imports this module, its documents or its demo: they sit above it."""
from __future__ import annotations

from app.study.figures import sessions_per_type, totals
from app.study.models import StudySession, StudyType
from app.study.reflections import test_summary


def populate_demo(ctx) -> None:
    from app.study.demo import populate

    populate(ctx)


def _four_places(value: float | None) -> float | None:
    """Rates in `stats --json` have always had four decimal places."""
    return None if value is None else round(value, 4)


def stats() -> dict:
    total = totals()
    figures = total.figures
    tests = []
    for session in (StudySession.select().join(StudyType)
                    .where(StudyType.is_test & StudySession.deleted_at.is_null()).order_by(StudySession.day)):
        summary = test_summary(session.id)
        tests.append({"session": session.id, "title": session.title, "scored": summary.scored,
                      "passed": summary.passed, "pass_rate": _four_places(summary.pass_rate),
                      "average": summary.average})
    return {
        "sessions": total.sessions,
        "held": total.held,
        "planned": total.planned,
        "sessions_per_type": sessions_per_type(),
        "expected": figures.expected,
        "attended": figures.attended,
        "on_leave": figures.leave,
        "absent": figures.absent,
        "unmarked": figures.unmarked,
        "attendance_rate": _four_places(figures.attendance_rate),
        "makeup_open": figures.makeup_open,
        "makeup_overdue": figures.makeup_overdue,
        "makeup_done": figures.makeup_done,
        "reflections": figures.reflections,
        "tests": tests,
    }


def add_commands(registry) -> None:
    notice = registry.print_kind("notice", "学习活动的会议通知（GB/T 9704 公文格式）", _print_notice)
    notice.add_argument("--session", required=True, type=int, help="学习活动编号（界面列表中的“编号”）")
    signin = registry.print_kind("signin", "学习活动的签到表（按单位分组，含应到/实到/缺席）", _print_signin)
    signin.add_argument("--session", required=True, type=int, help="学习活动编号（界面列表中的“编号”）")


def _print_notice(args) -> int:
    from app.study.outputs import print_notice

    out = print_notice(args.session, args.out)
    print(f"会议通知已生成：{out}")
    return 0


def _print_signin(args) -> int:
    from app.study.outputs import print_signin_sheet

    out = print_signin_sheet(args.session, args.out)
    print(f"签到表已生成：{out}")
    return 0
