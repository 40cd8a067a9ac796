"""The 操作日志 viewer and the restore summary speak the office's words: every table and column that can be
logged has a Chinese name (pledge_scan, print_count or archived_at on screen were the bug)."""
import re

from app.safety import audit
from app.store.db import database

CJK = re.compile(r"[\u4e00-\u9fff]")


def test_every_logged_table_and_column_has_a_chinese_name(demo_db):
    unnamed_tables, unnamed_columns = [], []
    tables = [name for (name,) in database.execute_sql(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite!_%' ESCAPE '!'").fetchall()]
    for table in tables:
        if table in audit.NOT_AUDITED:
            continue
        if not CJK.search(audit.TABLE_LABELS.get(table, "")):
            unnamed_tables.append(table)
        for row in database.execute_sql(f'PRAGMA table_info("{table}")').fetchall():  # names from sqlite_master
            column = row[1]
            if not CJK.search(audit.field_label(table, column)):
                unnamed_columns.append(f"{table}.{column}")
    assert unnamed_tables == [] and unnamed_columns == [], (unnamed_tables, unnamed_columns)
