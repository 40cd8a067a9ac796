"""What leaves the program through the reports: the export-all workbook opened with openpyxl (every sheet,
its rows, dates, frozen header, neutralised formulas, masked IDs, no talk content unless asked and allowed),
the report and the 一人一档 printed, and an audit line for each that names no secret."""
import datetime as dt

import openpyxl
import pytest

from tests.app.reports.documents.read_back import flat_text

TODAY = dt.date.today()


def audit_lines(action: str) -> list[str]:
    from app.safety.models import AuditEntry

    return [e.detail for e in AuditEntry.select().where(AuditEntry.action == action).order_by(AuditEntry.id)]


# ---------------------------------------------------------------- export-all workbook

def test_export_all_has_every_ledger(demo_db, tmp_path):
    from app.feedback.ledger import ledger_rows
    from app.pledges.models import Pledge
    from app.reports.ledgers import SHEETS
    from app.reports.outputs import export_all
    from app.roster.models import Officer, OutsideLeader
    from app.study.models import Attendee, StudySession
    from app.talks.models import Talk

    counts = export_all(tmp_path / "全部.xlsx")
    wb = openpyxl.load_workbook(tmp_path / "全部.xlsx")
    assert wb.sheetnames[:len(SHEETS) + 1] == ["说明", *SHEETS]  # the features' sheets follow (test_export_all_features)
    expected = {
        "人员台账": Officer.select().where(Officer.deleted_at.is_null()).count(),
        "系统外领导干部": OutsideLeader.select().where(OutsideLeader.deleted_at.is_null()).count(),
        "学习活动": StudySession.select().where(StudySession.deleted_at.is_null()).count(),
        "考勤明细": Attendee.select().join(StudySession).where(StudySession.deleted_at.is_null()).count(),
        "谈话记录": Talk.select().where(Talk.deleted_at.is_null()).count(),
        "整改清单": len(ledger_rows()),
        "承诺书": Pledge.select().where(Pledge.replaced_at.is_null()).count(),
    }
    assert {title: counts[title] for title in SHEETS} == expected
    for title, n in expected.items():
        ws = wb[title]
        assert ws.max_row == n + 1, title
        assert ws.freeze_panes == "B2" and ws.cell(1, 1).value == "序号"
        assert ws.cell(n + 1, 1).value == n
    about = [c.value for c in wb["说明"]["A"]]
    assert "人员台账" in about and "谈话内容：未包含（只列谈话时间、对象、类型和主题）" in about
    officers = wb["人员台账"]
    headers = [c.value for c in officers[1]]
    ids = [officers.cell(r, headers.index("身份证号") + 1).value for r in range(2, 12)]
    assert all(i is None or "*" in i for i in ids) and any(ids)
    assert isinstance(officers.cell(2, headers.index("出生年份") + 1).value, int)  # the year beside a masked ID
    sessions = wb["学习活动"]
    session_headers = [c.value for c in sessions[1]]
    assert isinstance(sessions.cell(2, session_headers.index("日期") + 1).value, dt.datetime)
    assert sessions.cell(2, session_headers.index("出勤率") + 1).number_format == "0.0%"
    talk_headers = [c.value for c in wb["谈话记录"][1]]
    assert "主要内容" not in talk_headers and "谈话主题" in talk_headers
    assert officers.column_dimensions["H"].width >= 20  # 单位: sensible widths
    assert audit_lines("export") == [f"导出全部台账（{len(counts)}张工作表，{sum(counts.values())}行）到 {tmp_path / '全部.xlsx'}"]


def test_export_all_neutralises_formulas_and_keeps_content_out(demo_db, tmp_path):
    from app.feedback.suggestions import SuggestionData, create_suggestion
    from app.reports.outputs import export_all
    from app.talks.models import Talk

    create_suggestion(SuggestionData(collected_on=TODAY, channel="座谈会",
                                     content="=HYPERLINK(\"http://x\",\"点我\")"))
    export_all(tmp_path / "a.xlsx")
    ws = openpyxl.load_workbook(tmp_path / "a.xlsx")["整改清单"]
    headers = [c.value for c in ws[1]]
    column = headers.index("意见建议内容") + 1
    values = [ws.cell(r, column).value for r in range(2, ws.max_row + 1)]
    assert "'=HYPERLINK(\"http://x\",\"点我\")" in values
    assert not any(isinstance(v, str) and v.startswith("=") for v in values)
    said = Talk.select(Talk.content).where(Talk.content != "").first().content
    flat = {str(c.value) for row in openpyxl.load_workbook(tmp_path / "a.xlsx")["谈话记录"].iter_rows() for c in row}
    assert said not in flat


def test_export_all_with_content_and_ids_needs_permission(demo_db, tmp_path, monkeypatch):
    from app.reports.outputs import export_all
    from app.roster.models import Officer
    from app.safety import access

    export_all(tmp_path / "full.xlsx", with_content=True, with_ids=True)
    wb = openpyxl.load_workbook(tmp_path / "full.xlsx")
    assert "主要内容" in [c.value for c in wb["谈话记录"][1]]
    some_id = Officer.select().where(Officer.id_number.is_null(False)).first().id_number
    assert some_id in {c.value for c in wb["人员台账"]["E"]}
    assert "，含谈话内容，含完整身份证号）" in audit_lines("export")[-1]
    assert some_id not in audit_lines("export")[-1]
    monkeypatch.setattr(access, "can", lambda permission: permission == access.EDIT)
    for option in ({"with_content": True}, {"with_ids": True}):
        with pytest.raises(access.PermissionDenied):
            export_all(tmp_path / "no.xlsx", **option)
    assert not (tmp_path / "no.xlsx").exists()
    assert len(audit_lines("export")) == 1


# ---------------------------------------------------------------- printing

def test_print_report_writes_the_period_and_records_it(demo_db, tmp_path):
    from app.reports.outputs import print_report
    from app.reports.overview import overview
    from app.store import campaign

    _phase, first, last = campaign.current().phase_ranges()[1]
    out = print_report(tmp_path / "r.pdf", first, last, addressee="市教整办")
    text = flat_text(out)
    assert "市教整办：" in text and f"谈话共计{overview(first, last).talks.person_times}人次" in text
    assert audit_lines("print") == [f"打印工作情况报告（{first.year}年{first.month}月{first.day}日至"
                                    f"{last.year}年{last.month}月{last.day}日）到 {out}"]


def test_print_person_file_records_who_but_not_what_was_said(demo_db, tmp_path, monkeypatch):
    from app.reports.outputs import print_person_file
    from app.roster.models import Officer
    from app.safety import access
    from app.study.models import Attendee
    from app.talks.models import Talk, TalkParticipant

    officer_id = Attendee.select(Attendee.officer).where(Attendee.status == "缺席").first().officer_id
    officer = Officer.get_by_id(officer_id)
    out = print_person_file(tmp_path / "p.pdf", officer_id, with_content=True)
    assert officer.name in flat_text(out)
    said = [t.content for t in Talk.select(Talk.content).join(TalkParticipant)
            .where(TalkParticipant.officer == officer_id, Talk.content != "")]
    line = audit_lines("print")[-1]
    assert line == f"打印{officer.name}（{officer.unit.name}）的一人一档（含谈话内容）到 {out}"
    assert said and not any(s[:8] in line for s in said)
    monkeypatch.setattr(access, "can", lambda permission: permission == access.EDIT)
    with pytest.raises(access.PermissionDenied):
        print_person_file(tmp_path / "q.pdf", officer_id, with_id=True)
    assert not (tmp_path / "q.pdf").exists()
