"""Confidential columns in the audit log: the triggers record that such a field changed, never its text (talk
content, problems and suggestions, ID numbers), and the viewer never shows a stored text of them, even in rows
written before the rule (issue 13, items 3 and 4)."""
import dataclasses
import json

import peewee as pw

from app.roster.officers import OfficerData, create_officer, update_officer
from app.safety import audit
from app.safety.models import AuditEntry
from app.store.db import database
from app.talks import records
from tests.support.talks_data import make_county, talk

CONTENT, PROBLEMS, SUGGESTIONS = "谈到了向当事人借款三万元", "反映科室加班费未发放", "建议增设夜间值班室"
ID = "11010519491231002X"


def raw_log() -> str:
    """Everything the log table holds, as the sqlite3 shell would show it."""
    return "\n".join(" ".join(str(v) for v in row) for row in
                     database.execute_sql("SELECT actor, action, table_name, label, changes, detail FROM audit_log"))


def changes_of(table: str) -> list[dict]:
    return [json.loads(e.changes) for e in AuditEntry.select().where(AuditEntry.table_name == table)
            .order_by(AuditEntry.id) if e.changes]


def test_talk_content_problems_and_suggestions_never_reach_the_log(db):
    county = make_county()
    record = talk(county, "A", "B", topic="家庭情况", place="院长办公室", content=CONTENT, problems=PROBLEMS,
                  suggestions=SUGGESTIONS)
    data = records.talk_data(record.id)
    records.update_talk(record.id, dataclasses.replace(data, content=CONTENT + "，已归还", problems="",
                                                       place="小会议室"))
    records.delete_talks([record.id])
    raw = raw_log()
    for secret in (CONTENT, PROBLEMS, SUGGESTIONS, "已归还", "借款", "加班费", "值班室"):
        assert secret not in raw
    created, updated = changes_of("talk")[:2]
    assert created["topic"] == [None, "家庭情况"] and created["place"] == [None, "院长办公室"]  # the rest is kept
    assert created["content"] == audit.CONFIDENTIAL_FILLED and created["suggestions"] == audit.CONFIDENTIAL_FILLED
    assert updated["content"] == audit.CONFIDENTIAL_CHANGED and updated["problems"] == audit.CONFIDENTIAL_CHANGED
    assert updated["place"] == ["院长办公室", "小会议室"] and "suggestions" not in updated  # unchanged: not listed
    shown = " ".join(r.changes for r in audit.entries() if r.table == "talk")
    assert "主要内容：（内容已修改，不记录原文）" in shown and "小会议室" in shown


def test_id_numbers_are_recorded_as_changed_never_as_digits(db):
    officer = create_officer(OfficerData(name="王敏", unit="青山县人民法院", id_number=ID))
    update_officer(officer.id, OfficerData(name="王敏", unit="青山县人民法院", id_number="110105198001010016"))
    raw = raw_log()
    for digits in (ID, "110105198001010016", "002X", "0016", "19491231"):
        assert digits not in raw
    created, updated = changes_of("officer")
    assert created["id_number"] == audit.CONFIDENTIAL_FILLED and updated["id_number"] == audit.CONFIDENTIAL_CHANGED
    # the viewer: no masked number that the birth date beside it would complete
    shown = " ".join(r.changes for r in audit.entries())
    assert "身份证号：（内容已修改，不记录原文）" in shown and "1101" not in shown


def test_rows_written_before_the_rule_are_not_shown_either(db, tmp_path):
    legacy = {"content": [None, CONTENT], "id_number": [None, ID], "birth_date": [None, "1949-12-31"]}
    AuditEntry.insert(at="2021-03-01 09:00:00", actor="旧版本", action="create", table_name="talk", label="家庭情况",
                      changes=json.dumps(legacy, ensure_ascii=False)).execute()
    rows = audit.entries()
    text = " ".join(r.changes for r in rows)
    assert CONTENT not in text and "1101" not in text and "002X" not in text
    assert "主要内容：（已填写，不记录原文）" in text and "1949-12-31" in text  # the rest still shows
    assert audit.entries(audit.AuditFilter(text="借款")) == []  # nor found by searching for it
    out = audit.export(rows, tmp_path / "log.csv").read_text(encoding="utf-8-sig")
    assert CONTENT not in out and ID not in out


def test_a_schema_module_declares_its_confidential_columns(db):
    class Diary(pw.Model):
        uuid = pw.CharField(default="d-1")
        title = pw.CharField()
        secret = pw.TextField(default="")

        class Meta:
            database = database
            table_name = "test_diary"

    audit.register_table("test_diary", "日记", {"title": "标题", "secret": "心里话"}, confidential={"secret"})
    database.create_tables([Diary])
    audit.install(database.connection())
    entry = Diary.create(title="周一", secret="不想上班")
    Diary.update(secret="想上班了", title="周二").where(Diary.id == entry.id).execute()
    assert "上班" not in raw_log() and "周二" in raw_log()
    assert [c["secret"] for c in changes_of("test_diary")] == [audit.CONFIDENTIAL_FILLED, audit.CONFIDENTIAL_CHANGED]


def test_the_triggers_follow_a_changed_schema_and_registry_in_the_same_session(db, monkeypatch):
    """install() reuses the statements it made for the same schema; a column added, or a column declared
    confidential later, makes new ones."""
    class Note(pw.Model):
        title = pw.CharField()
        body = pw.TextField(default="")

        class Meta:
            database = database
            table_name = "test_note"

    database.create_tables([Note])
    audit.install(database.connection())
    audit.install(database.connection())  # the same schema: the same statements, installed again
    note = Note.create(title="一", body="明文一")
    assert "明文一" in raw_log()
    monkeypatch.setitem(audit._CONFIDENTIAL, "test_note", frozenset({"body"}))
    audit.install(database.connection())
    Note.update(body="明文二").where(Note.id == note.id).execute()
    assert "明文二" not in raw_log()
    database.execute_sql("ALTER TABLE test_note ADD COLUMN place VARCHAR(20)")
    audit.install(database.connection())
    database.execute_sql("UPDATE test_note SET place = '会议室' WHERE id = ?", (note.id,))
    assert changes_of("test_note")[-1] == {"place": [None, "会议室"]}
