"""Every window of the program, built on the demo database: what tests/ui/test_screen_fit.py checks at
1366×728 and tools/render_screens.py renders. A new QDialog or QMainWindow subclass under ui/ must be
added to WINDOWS (or to BASES when it is only a base class), or the screen-fit test fails.

Each entry is (qualified class name, file stem, factory); a factory takes a `Context` and returns the
window, built the way the program builds it (its usual parent, a real record of the demo database).
"""
from __future__ import annotations

import datetime as dt
import importlib
import pkgutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

# Base classes that are never opened by themselves.
BASES = {"ui.common.form.FormDialog", "ui.roster.dialogs._GrowingForm", "ui.talks.list_editor.ListEditorDialog"}


@dataclass
class Context:
    window: object  # the main window, parent of most dialogs
    folder: Path = field(default_factory=lambda: Path(tempfile.mkdtemp()))


def window_classes() -> dict[str, type]:
    """Every QDialog / QMainWindow subclass defined under ui/, by qualified name (all ui modules imported)."""
    from PySide6.QtWidgets import QDialog, QMainWindow

    import ui

    for module in pkgutil.walk_packages(ui.__path__, "ui."):
        importlib.import_module(module.name)
    found: dict[str, type] = {}

    def walk(cls):
        for sub in cls.__subclasses__():
            if sub.__module__.startswith("ui."):
                found[f"{sub.__module__}.{sub.__qualname__}"] = sub
            walk(sub)

    walk(QDialog)
    walk(QMainWindow)
    return found


# ---------------------------------------------------------------- records of the demo database

def _officer_id() -> int:
    from app.roster.models import Officer

    return Officer.select(Officer.id).where(Officer.deleted_at.is_null()).order_by(Officer.id).first().id


def _session_id() -> int:
    from app.study.models import Attendee, StudySession

    return (StudySession.select(StudySession.id).join(Attendee).where(StudySession.deleted_at.is_null())
            .order_by(StudySession.id).first().id)


def _pledge_id() -> int:
    from app.pledges.models import Pledge

    return Pledge.select(Pledge.id).order_by(Pledge.id).first().id


def _suggestion_rows(count: int):
    from app.feedback.ledger import suggestion_rows

    return [r for r in suggestion_rows() if not r.merged][:count]


def _sample_pdf(ctx: Context) -> Path:
    from app.documents import layout

    story = [layout.title("关于开展政法队伍教育整顿的通知")] + [layout.body("各单位：根据工作安排，现将有关事项通知如下。" * 3)] * 6
    return layout.build(ctx.folder / "预览.pdf", story, title="通知")


def _roster_file(ctx: Context) -> Path:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["序号", "姓名", "身份证号码", "所在单位", "庭室", "职务"])
    sheet.append([1, "欧阳晓梅", "421223199003150027", "青山县人民法院", "立案庭", "法官助理"])
    sheet.append([2, "上官云", "", "", "民事审判一庭", "书记员"])
    path = ctx.folder / "花名册.xlsx"
    book.save(path)
    return path


# ---------------------------------------------------------------- factories

def _main_window(ctx):
    return ctx.window


def _pdf_preview(ctx):
    from ui.common.pdf_preview import PdfPreviewDialog

    return PdfPreviewDialog(_sample_pdf(ctx), ctx.window)


def _batch_entry(ctx):
    from ui.feedback.batch_dialog import BatchEntryDialog

    return BatchEntryDialog(ctx.window)


def _event(ctx):
    from app.feedback.models import FeedbackEvent
    from ui.feedback.event_dialog import EventDialog

    return EventDialog(ctx.window, FeedbackEvent.select().order_by(FeedbackEvent.id).first().id)


def _transition(ctx):
    from ui.feedback.step_dialogs import TransitionDialog, describe

    rows = _suggestion_rows(3)
    defaults = {"unit": rows[0].unit_full, "deadline": dt.date.today() + dt.timedelta(days=30)}
    return TransitionDialog(ctx.window, "交办", defaults, lambda changes, note: None, count=len(rows),
                            context=describe(rows))


def _merge(ctx):
    from ui.feedback.step_dialogs import MergeDialog

    return MergeDialog(ctx.window, _suggestion_rows(3))


def _feedback_settings(ctx):
    from ui.feedback.settings_dialog import SettingsDialog

    return SettingsDialog(ctx.window)


def _suggestion(ctx):
    from ui.feedback.suggestion_dialog import SuggestionDialog

    return SuggestionDialog(ctx.window, _suggestion_rows(1)[0].id)


def _listing(ctx):
    from app.reports.listings import listing_officers
    from ui.overview.dialogs import ListingDialog

    return ListingDialog(listing_officers(), ctx.window)


def _overview_report(ctx):
    from ui.overview.dialogs import ReportDialog

    return ReportDialog(None, None, ctx.window)


def _export_all(ctx):
    from ui.overview.dialogs import ExportAllDialog

    return ExportAllDialog(ctx.window)


def _person_file(ctx):
    from ui.overview.person_file import PersonFileDialog

    return PersonFileDialog(ctx.window, _officer_id())


def _issue(ctx):
    from ui.pledges.dialogs import IssueDialog

    return IssueDialog(ctx.window)


def _signed_date(ctx):
    from ui.pledges.dialogs import SignedDateDialog

    return SignedDateDialog([_pledge_id()], ctx.window)


def _sign(ctx):
    from ui.pledges.dialogs import SignDialog

    return SignDialog(_pledge_id(), ctx.window)


def _pledge_details(ctx):
    from ui.pledges.dialogs import DetailsDialog

    return DetailsDialog(_pledge_id(), ctx.window)


def _officer(ctx):
    from ui.roster.dialogs import OfficerDialog

    return OfficerDialog(ctx.window, officer_id=_officer_id())


def _leader(ctx):
    from ui.roster.dialogs import LeaderDialog

    return LeaderDialog(ctx.window)


def _import_preview(ctx):
    from app.roster.excel_import import plan_import
    from ui.roster.import_preview import ImportPreviewDialog

    return ImportPreviewDialog(plan_import(_roster_file(ctx)), ctx.window)


def _units(ctx):
    from ui.roster.units_dialog import UnitsDialog

    return UnitsDialog(ctx.window)


def _unit_form(ctx):
    from app.roster.units import unit_rows
    from ui.roster.units_dialog import UnitFormDialog

    return UnitFormDialog(ctx.window, row=unit_rows()[0])


def _account_edit(ctx):
    from ui.safety.accounts import AccountEditDialog

    return AccountEditDialog(ctx.window)


def _password(ctx):
    from ui.safety.accounts import PasswordDialog

    return PasswordDialog(ctx.window, "clerk", True)


def _accounts(ctx):
    from ui.safety.accounts import AccountsDialog

    return AccountsDialog(ctx.window)


def _login(ctx):
    from ui.safety.accounts import LoginDialog

    return LoginDialog(ctx.window)


def _lock(ctx):
    from ui.safety.accounts import LockDialog

    return LockDialog(ctx.window)


def _audit(ctx):
    from ui.safety.audit import AuditLogDialog

    return AuditLogDialog(ctx.window)


def _restore(ctx):
    from ui.safety.backup import RestoreDialog

    return RestoreDialog(ctx.window)


def _check_report(ctx):
    from ui.safety.backup import ReportDialog

    lines = [f"第 {n} 项检查：通过。" for n in range(1, 31)]
    return ReportDialog("检查数据库", lines, True, ctx.window)


def _recovery(ctx):
    from app.store.db import database
    from ui.safety.backup import RecoveryDialog

    return RecoveryDialog(Path(database.database), "数据库文件已损坏：database disk image is malformed", [], ctx.window)


def _encryption(ctx):
    from ui.safety.crypto import EncryptionDialog

    return EncryptionDialog(ctx.window)


def _notice(ctx):
    from ui.study.notice_dialog import NoticeDialog

    return NoticeDialog(_session_id(), ctx.window)


def _types(ctx):
    from ui.study.types_dialog import TypesDialog

    return TypesDialog(ctx.window)


def _type_edit(ctx):
    from ui.study.types_dialog import TypeEditDialog

    return TypeEditDialog(None, ctx.window)


def _session(ctx):
    from ui.study.session_dialog import SessionDialog

    return SessionDialog(ctx.window, _session_id())


def _reflection(ctx):
    from app.study.audience import attendee_rows
    from ui.study.reflection_dialog import ReflectionDialog

    return ReflectionDialog([r for r in attendee_rows(_session_id()) if r.id is not None][:3], ctx.window)


def _add_people(ctx):
    from ui.study.people_picker import AddPeopleDialog

    return AddPeopleDialog(_session_id(), set(), ctx.window)


def _makeup_rows():
    from app.study.makeup import makeup_rows

    return makeup_rows()


def _complete(ctx):
    from ui.study.makeup_dialogs import CompleteDialog

    return CompleteDialog([r.id for r in _makeup_rows()[:2]], ctx.window)


def _task(ctx):
    from ui.study.makeup_dialogs import TaskDialog

    return TaskDialog(_makeup_rows()[0], ctx.window)


def _talk(ctx):
    from app.talks.models import TalkRound
    from ui.talks.talk_dialog import TalkDialog

    return TalkDialog(ctx.window, round_id=TalkRound.select().order_by(TalkRound.id).first().id)


def _rounds(ctx):
    from ui.talks.rounds_dialog import RoundsDialog

    return RoundsDialog(ctx.window)


def _snippets(ctx):
    from ui.talks.snippets_dialog import SnippetsDialog

    return SnippetsDialog(ctx.window)


def _campaign_settings(ctx):
    from ui.shell.campaign_settings import SettingsDialog

    return SettingsDialog(ctx.window)


def _setup_wizard(ctx):
    from ui.shell.setup_wizard import SetupWizard

    return SetupWizard(ctx.window)


def _rectify_item_id(outcome: str = "移交线索组") -> int:
    from app.rectify.models import SelfCheckItem

    return SelfCheckItem.select().where(SelfCheckItem.outcome == outcome).order_by(SelfCheckItem.id).first().id


def _rectify_clue_id(status: str) -> int:
    from app.rectify.models import Clue

    return Clue.select().where(Clue.status == status).order_by(Clue.id).first().id


def _rectify_item(ctx):
    from ui.rectify.dialogs import ItemDialog

    return ItemDialog(ctx.window, _rectify_item_id())


def _rectify_review(ctx):
    from ui.rectify.dialogs import ReviewDialog

    return ReviewDialog(ctx.window, _rectify_item_id())


def _rectify_clue(ctx):
    from ui.rectify.dialogs import ClueDialog

    return ClueDialog(ctx.window)


def _rectify_disposal(ctx):
    from ui.rectify.dialogs import DisposalDialog

    return DisposalDialog(ctx.window, _rectify_clue_id("待处置"))


def _rectify_check(ctx):
    from app.rectify.special_checks import check_rows
    from ui.rectify.checks_page import CheckDialog

    return CheckDialog(ctx.window, check_rows()[0])


def _rules_rule(ctx):
    from app.rules.rules import rule_rows
    from ui.rules.dialogs import RuleDialog

    return RuleDialog(ctx.window, rule_rows()[0].id)


def _rules_measure(ctx):
    from app.rules.ingrained import measure_rows
    from ui.rules.dialogs import MeasureDialog

    return MeasureDialog(ctx.window, measure_rows()[0].id)


def _rectify_finding(ctx):
    from app.rectify.special_checks import check_rows
    from ui.rectify.checks_page import FindingDialog

    return FindingDialog(ctx.window, check_rows()[0])


def _task_row(closed: bool):
    from app.tasks.task_list import task_rows

    return next(r for r in task_rows() if (r.closed_on is not None) == closed)


def _tasks_task(ctx):
    from ui.tasks.dialogs import TaskDialog

    return TaskDialog(ctx.window, _task_row(True))


def _tasks_close(ctx):
    from ui.tasks.dialogs import CloseTaskDialog

    return CloseTaskDialog(ctx.window, _task_row(False))


def _tasks_reopen(ctx):
    from ui.tasks.dialogs import ReopenTaskDialog

    return ReopenTaskDialog(ctx.window, _task_row(True))


def _tasks_visit(ctx):
    from app.tasks.supervision import visit_rows
    from ui.tasks.dialogs import VisitDialog

    return VisitDialog(ctx.window, visit_rows()[0])


def _tasks_reminder(ctx):
    from app.tasks.supervision import visit_rows
    from ui.tasks.dialogs import ReminderDialog

    return ReminderDialog(ctx.window, visit_rows()[0])


def _tasks_close_reminder(ctx):
    from app.tasks.supervision import reminder_rows
    from ui.tasks.dialogs import CloseReminderDialog

    return CloseReminderDialog(ctx.window, next(r for r in reminder_rows() if r.closed_on is None))


def _tasks_report(ctx):
    from app.tasks.daily_reports import report_rows
    from ui.tasks.dialogs import ReportDialog

    return ReportDialog(ctx.window, report_rows()[0])

def _affairs_meeting(ctx):
    from app.affairs.meetings import meeting_rows
    from ui.affairs.dialogs import MeetingDialog

    return MeetingDialog(ctx.window, meeting_rows()[0])


def _affairs_document(ctx):
    from ui.affairs.dialogs import DocumentDialog

    return DocumentDialog(ctx.window)


def _affairs_notice(ctx):
    from app.affairs.meetings import notice_rows
    from ui.affairs.dialogs import NoticeDialog

    return NoticeDialog(ctx.window, notice_rows()[0])


def _affairs_recommendation(ctx):
    from app.affairs.heroes import recommendation_rows
    from ui.affairs.dialogs import RecommendationDialog

    return RecommendationDialog(ctx.window, next(r for r in recommendation_rows() if r.report_session_id))
def _service_record(ctx):
    from app.service.records import record_rows
    from ui.service.dialogs import RecordDialog

    return RecordDialog(ctx.window, next(r for r in record_rows() if r.compared))


def _service_measure(ctx):
    from app.service.measures import measure_rows
    from ui.service.dialogs import MeasureDialog

    return MeasureDialog(ctx.window, measure_rows()[0])


WINDOWS = [
    ("ui.shell.main_window.MainWindow", "main-window", _main_window),
    ("ui.common.pdf_preview.PdfPreviewDialog", "pdf-preview", _pdf_preview),
    ("ui.feedback.batch_dialog.BatchEntryDialog", "feedback-batch-entry", _batch_entry),
    ("ui.feedback.event_dialog.EventDialog", "feedback-event", _event),
    ("ui.feedback.step_dialogs.TransitionDialog", "feedback-transition", _transition),
    ("ui.feedback.step_dialogs.MergeDialog", "feedback-merge", _merge),
    ("ui.feedback.settings_dialog.SettingsDialog", "feedback-settings", _feedback_settings),
    ("ui.feedback.suggestion_dialog.SuggestionDialog", "feedback-suggestion", _suggestion),
    ("ui.overview.dialogs.ListingDialog", "overview-listing", _listing),
    ("ui.overview.dialogs.ReportDialog", "overview-report", _overview_report),
    ("ui.overview.dialogs.ExportAllDialog", "overview-export-all", _export_all),
    ("ui.overview.person_file.PersonFileDialog", "overview-person-file", _person_file),
    ("ui.pledges.dialogs.IssueDialog", "pledges-issue", _issue),
    ("ui.pledges.dialogs.SignedDateDialog", "pledges-signed-date", _signed_date),
    ("ui.pledges.dialogs.SignDialog", "pledges-sign", _sign),
    ("ui.pledges.dialogs.DetailsDialog", "pledges-details", _pledge_details),
    ("ui.roster.dialogs.OfficerDialog", "roster-officer", _officer),
    ("ui.roster.dialogs.LeaderDialog", "roster-leader", _leader),
    ("ui.roster.import_preview.ImportPreviewDialog", "roster-import-preview", _import_preview),
    ("ui.roster.units_dialog.UnitsDialog", "roster-units", _units),
    ("ui.roster.units_dialog.UnitFormDialog", "roster-unit-form", _unit_form),
    ("ui.safety.accounts.AccountEditDialog", "safety-account-edit", _account_edit),
    ("ui.safety.accounts.PasswordDialog", "safety-password", _password),
    ("ui.safety.accounts.AccountsDialog", "safety-accounts", _accounts),
    ("ui.safety.accounts.LoginDialog", "safety-login", _login),
    ("ui.safety.accounts.LockDialog", "safety-lock", _lock),
    ("ui.safety.audit.AuditLogDialog", "safety-audit", _audit),
    ("ui.safety.backup.RestoreDialog", "safety-restore", _restore),
    ("ui.safety.backup.ReportDialog", "safety-check-report", _check_report),
    ("ui.safety.backup.RecoveryDialog", "safety-recovery", _recovery),
    ("ui.safety.crypto.EncryptionDialog", "safety-encryption", _encryption),
    ("ui.study.notice_dialog.NoticeDialog", "study-notice", _notice),
    ("ui.study.types_dialog.TypesDialog", "study-types", _types),
    ("ui.study.types_dialog.TypeEditDialog", "study-type-edit", _type_edit),
    ("ui.study.session_dialog.SessionDialog", "study-session", _session),
    ("ui.study.reflection_dialog.ReflectionDialog", "study-reflection", _reflection),
    ("ui.study.people_picker.AddPeopleDialog", "study-add-people", _add_people),
    ("ui.study.makeup_dialogs.CompleteDialog", "study-makeup-complete", _complete),
    ("ui.study.makeup_dialogs.TaskDialog", "study-makeup-task", _task),
    ("ui.talks.talk_dialog.TalkDialog", "talks-talk", _talk),
    ("ui.talks.rounds_dialog.RoundsDialog", "talks-rounds", _rounds),
    ("ui.talks.snippets_dialog.SnippetsDialog", "talks-snippets", _snippets),
    ("ui.shell.campaign_settings.SettingsDialog", "shell-settings", _campaign_settings),
    ("ui.shell.setup_wizard.SetupWizard", "shell-setup-wizard", _setup_wizard),


    ("ui.rectify.dialogs.ItemDialog", "rectify-item", _rectify_item),
    ("ui.rectify.dialogs.ReviewDialog", "rectify-review", _rectify_review),
    ("ui.rectify.dialogs.ClueDialog", "rectify-clue", _rectify_clue),
    ("ui.rectify.dialogs.DisposalDialog", "rectify-disposal", _rectify_disposal),
    ("ui.rectify.checks_page.CheckDialog", "rectify-check", _rectify_check),
    ("ui.rectify.checks_page.FindingDialog", "rectify-finding", _rectify_finding),
    ("ui.tasks.dialogs.TaskDialog", "tasks-task", _tasks_task),
    ("ui.tasks.dialogs.CloseTaskDialog", "tasks-close", _tasks_close),
    ("ui.tasks.dialogs.ReopenTaskDialog", "tasks-reopen", _tasks_reopen),
    ("ui.tasks.dialogs.VisitDialog", "tasks-visit", _tasks_visit),
    ("ui.tasks.dialogs.ReminderDialog", "tasks-reminder", _tasks_reminder),
    ("ui.tasks.dialogs.CloseReminderDialog", "tasks-close-reminder", _tasks_close_reminder),
    ("ui.tasks.dialogs.ReportDialog", "tasks-report", _tasks_report),
    ("ui.affairs.dialogs.MeetingDialog", "affairs-meeting", _affairs_meeting),
    ("ui.affairs.dialogs.DocumentDialog", "affairs-document", _affairs_document),
    ("ui.affairs.dialogs.NoticeDialog", "affairs-notice", _affairs_notice),
    ("ui.affairs.dialogs.RecommendationDialog", "affairs-recommendation", _affairs_recommendation),
    ("ui.service.dialogs.RecordDialog", "service-record", _service_record),
    ("ui.service.dialogs.MeasureDialog", "service-measure", _service_measure),
    ("ui.rules.dialogs.RuleDialog", "rules-rule", _rules_rule),
    ("ui.rules.dialogs.MeasureDialog", "rules-measure", _rules_measure),
]
