"""The roster commands: import-roster and export-roster."""
import subprocess
import sys
from pathlib import Path

from tests.support.xlsx_helpers import write_xlsx

ROOT = Path(__file__).resolve().parents[3]


def run_cli(*args):
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], capture_output=True, text=True, cwd=ROOT)


def test_cli_import_and_export(demo_db_file, tmp_path):
    import shutil

    target = tmp_path / "cli.db"
    shutil.copyfile(demo_db_file, target)
    out = tmp_path / "out.xlsx"
    exported = run_cli("--db", str(target), "export-roster", str(out))
    assert exported.returncode == 0 and "个人信息" in exported.stdout
    template = run_cli("--db", str(target), "export-roster", str(tmp_path / "t.xlsx"), "--template")
    assert template.returncode == 0 and (tmp_path / "t.xlsx").exists()

    rows = [["姓名", "单位", "职务"], ["新人甲", "青山县人民法院", "法官助理"]]
    path = write_xlsx(tmp_path / "new.xlsx", rows)
    added = run_cli("--db", str(target), "import-roster", str(path))
    assert added.returncode == 0 and "新增 1 人" in added.stdout
    rows[1][2] = "审判员"
    write_xlsx(path, rows)
    undecided = run_cli("--db", str(target), "import-roster", str(path))
    assert undecided.returncode == 2 and "--update" in undecided.stderr
    updated = run_cli("--db", str(target), "import-roster", str(path), "--update")
    assert updated.returncode == 0 and "更新 1 人" in updated.stdout
    bad = run_cli("--db", str(target), "import-roster", str(tmp_path / "nope.xlsx"))
    assert bad.returncode == 2 and "找不到文件" in bad.stderr
    nowhere = run_cli("--db", str(target), "export-roster", str(tmp_path / "no" / "such" / "folder.xlsx"))
    assert nowhere.returncode == 2 and "无法写入" in nowhere.stderr and "Traceback" not in nowhere.stderr


def test_cli_export_with_accounts_on_and_nobody_signed_in_has_no_full_ids(demo_db_file, tmp_path):
    """Issue 13, item 2: `export-roster` with nobody signed in wrote all the full ID numbers."""
    import re
    import shutil

    from openpyxl import load_workbook

    from app.safety import accounts
    from app.workbench import close_database, open_database

    target = tmp_path / "accounts.db"
    shutil.copyfile(demo_db_file, target)
    open_database(target)
    accounts.enable("admin", "管理员", "secret-1")
    close_database()
    out = tmp_path / "out.xlsx"
    exported = run_cli("--db", str(target), "export-roster", str(out))
    assert exported.returncode == 0, exported.stderr
    assert "文件含完整身份证号" not in exported.stdout and "未导出身份证号" in exported.stdout
    cells = [c.value for row in load_workbook(out, read_only=True).active.iter_rows() for c in row]
    assert not any(isinstance(v, str) and re.fullmatch(r"\d{17}[\dX]", v) for v in cells)
    assert sum(1 for v in cells if v is not None) > 500  # the roster itself did go out
    all_out = tmp_path / "all.xlsx"
    refused = run_cli("--db", str(target), "export-all", str(all_out), "--with-ids")
    assert refused.returncode == 2 and "查看完整身份证号" in refused.stderr and not all_out.exists()
