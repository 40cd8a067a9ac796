"""Every import, export and print of every feature writes its audit line (`audit.record_event`), and no line of
the log — those, nor the rows the triggers wrote while the demo county was built — holds talk content,
problems or suggestions, or a full ID number (issue 13: item 4 and "features must call audit.record_event").

One test per feature on a private copy of the demo database: the output runs, its line is there (action and
table), and the whole log is then searched, as the sqlite3 shell would show it, for every secret on file."""
import pytest

from app.safety.models import AuditEntry
from app.store.db import database


def secrets() -> list[str]:
    """Talk texts (their first 12 characters: enough to be unique, short enough to survive a cut) and IDs."""
    from app.roster.models import Officer
    from app.talks.models import Talk

    found = set()
    for row in Talk.select(Talk.content, Talk.problems, Talk.suggestions).tuples():
        found.update(text.strip()[:12] for text in row if text and len(text.strip()) >= 8)
    found.update(n for (n,) in Officer.select(Officer.id_number).where(Officer.id_number.is_null(False)).tuples())
    return sorted(found)


def new_lines(before: int) -> list[AuditEntry]:
    return list(AuditEntry.select().where(AuditEntry.id > before).order_by(AuditEntry.id))


def assert_log_holds_no_secret() -> None:
    from app.feedback.models import Suggestion

    # A suggestion sent from a talk to the ledger is ledger text from then on (printed for every reader),
    # so its words are in the ledger's log rows by design: only the talk's own rows must not hold them.
    sent = {c.strip()[:12] for (c,) in Suggestion.select(Suggestion.content)
            .where(Suggestion.source_talk_id.is_null(False)).tuples()}
    raw = "\n".join(" ".join(str(v) for v in row) for row in database.execute_sql(
        "SELECT label, changes, detail FROM audit_log WHERE table_name != 'suggestion' "
        "OR changes IS NULL"))
    ledger = "\n".join(str(v) for (v,) in database.execute_sql(
        "SELECT changes FROM audit_log WHERE table_name = 'suggestion' AND changes IS NOT NULL"))
    values = secrets()
    assert len(values) > 900  # the demo's talk texts and its 527 numbers
    leaked = [s for s in values if s in raw or (s in ledger and s not in sent)]
    assert leaked == []


@pytest.fixture
def mark(demo_db):
    return AuditEntry.select().order_by(AuditEntry.id.desc()).first().id


def test_roster_import_and_export(demo_db, mark, tmp_path):
    from app.roster.excel_import import apply_plan, plan_import
    from app.roster.outputs import export_roster
    from tests.support.xlsx_helpers import write_xlsx

    export_roster(tmp_path / "台账.xlsx")
    path = write_xlsx(tmp_path / "新人.xlsx", [["姓名", "单位", "职务", "身份证号"],
                                              ["新人甲", "青山县人民法院", "法官助理", "11010519491231002X"]])
    apply_plan(plan_import(path), None)
    lines = new_lines(mark)
    assert [(e.action, e.table_name) for e in lines if e.action in ("import", "export")] == [
        ("export", "officer"), ("import", "officer")]
    imported = next(e for e in lines if e.action == "import")
    assert imported.detail == f"从 {path} 导入人员台账（工作表“Sheet1”）：导入完成：新增 1 人，更新 0 人。"
    assert "新人甲" not in imported.detail
    assert_log_holds_no_secret()


def test_a_refused_import_leaves_no_line(demo_db, mark, tmp_path):
    import peewee as pw

    from app.errors import PermissionDenied
    from app.roster.excel_import import apply_plan, plan_import
    from app.safety import accounts
    from tests.support.xlsx_helpers import write_xlsx

    path = write_xlsx(tmp_path / "新人.xlsx", [["姓名", "单位"], ["新人乙", "青山县人民法院"]])
    plan = plan_import(path)
    accounts.enable("admin", "管理员", "secret-1")
    accounts.logout()  # nobody signed in: the guard refuses the rows, and the line goes with them
    # (the bulk insert's refusal still reaches here as IntegrityError('jz_denied'): issue 13 item 12, not this test's)
    with pytest.raises((PermissionDenied, pw.IntegrityError), match="jz_denied|权限"):
        apply_plan(plan, None)
    assert [e.action for e in new_lines(mark) if e.action == "import"] == []


def test_study_prints(demo_db, mark, tmp_path):
    from app.study import outputs
    from app.study.models import StudySession

    session = StudySession.select().where(StudySession.deleted_at.is_null()).first()
    outputs.print_notice(session.id, tmp_path / "n.pdf")
    outputs.print_signin_sheet(session.id, tmp_path / "s.pdf")
    assert [(e.action, e.table_name) for e in new_lines(mark)] == [("print", "study_session")] * 2
    assert_log_holds_no_secret()


def test_talks_prints_even_with_the_content(demo_db, mark, tmp_path):
    from app.talks import listing, outputs, rounds

    info = rounds.round_by_number(2)
    ids = listing.talk_ids_for(info.id, None)[:5]
    outputs.print_forms(tmp_path / "f.pdf", ids, include_content=True)
    outputs.print_coverage(tmp_path / "c.pdf", info.id, round_name=info.name, round_label=info.label)
    outputs.print_untalked(tmp_path / "u.pdf", info.id, round_name=info.name, round_label=info.label)
    assert [(e.action, e.table_name) for e in new_lines(mark)] == [("print", "talk")] * 3
    assert_log_holds_no_secret()


def test_feedback_prints_and_export(demo_db, mark, tmp_path):
    from app.feedback import outputs
    from app.feedback.ledger import ledger_rows

    replied = next(r for r in ledger_rows() if r.reply_on and r.submitter_name)
    outputs.print_ledger(tmp_path / "l.pdf")
    outputs.print_overdue(tmp_path / "o.pdf")
    outputs.print_reply_letter(tmp_path / "r.pdf", replied.id)
    outputs.export_ledger(tmp_path / "l.xlsx")
    assert [(e.action, e.table_name) for e in new_lines(mark)] == [("print", "suggestion")] * 3 + [
        ("export", "suggestion")]
    assert_log_holds_no_secret()


def test_pledges_prints_and_the_preview_file(demo_db, mark, tmp_path):
    from app.pledges import outputs
    from app.pledges.ledger import pledge_rows

    ids = [r.id for r in pledge_rows()][:3]
    outputs.print_batch(ids, tmp_path / "b.pdf", mark=False)
    outputs.print_each(ids, tmp_path / "each", mark=False)
    outputs.pledge_pdf(ids[0], tmp_path / "one.pdf")
    outputs.progress_report_pdf(tmp_path / "p.pdf")
    lines = new_lines(mark)
    assert [(e.action, e.table_name) for e in lines] == [("print", "pledge")] * 4
    assert str(tmp_path / "one.pdf") in lines[2].detail and lines[2].label
    assert_log_holds_no_secret()


def test_reports_with_content_and_ids(demo_db, mark, tmp_path):
    from app.reports import outputs
    from app.talks.models import Talk, TalkParticipant

    officer_id = TalkParticipant.select(TalkParticipant.officer).join(Talk).where(Talk.content != "").first().officer_id
    outputs.print_report(tmp_path / "r.pdf")
    outputs.print_person_file(tmp_path / "p.pdf", officer_id, with_content=True, with_id=True)
    outputs.export_all(tmp_path / "a.xlsx", with_content=True, with_ids=True)
    assert [(e.action, e.table_name) for e in new_lines(mark)] == [("print", ""), ("print", "officer"),
                                                                   ("export", "")]
    assert_log_holds_no_secret()


def test_audit_log_export(demo_db, mark, tmp_path):
    from app.safety import audit

    audit.export(audit.entries(limit=2000), tmp_path / "log.xlsx")
    assert [(e.action, e.table_name) for e in new_lines(mark)] == [("export", "audit_log")]
    assert_log_holds_no_secret()
