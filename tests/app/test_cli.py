"""The command line speaks Chinese, refuses a print to a non-PDF name, and can make a new database (init)
that import-roster then fills."""
import sqlite3
import subprocess
import sys
from pathlib import Path

from tests.support.xlsx_helpers import write_xlsx

ROOT = Path(__file__).resolve().parents[2]


def run_cli(*args):
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], capture_output=True, text=True, cwd=ROOT)


def test_argparse_messages_are_chinese(tmp_path):
    unknown = run_cli("--bogus")
    assert unknown.returncode == 2 and "无法识别的参数：--bogus" in unknown.stderr and "用法：" in unknown.stderr
    no_command = run_cli("frob")
    assert no_command.returncode == 2 and "没有 'frob' 这一项" in no_command.stderr
    missing = run_cli("--db", str(tmp_path / "x.db"), "print", "pledges")
    assert missing.returncode == 2 and "缺少必需的参数" in missing.stderr
    helped = run_cli("export-roster", "--help")
    assert helped.returncode == 0 and "显示本帮助并退出" in helped.stdout
    top = run_cli("--help")
    assert top.returncode == 0 and "显示版本号并退出" in top.stdout
    for text in (unknown.stderr, no_command.stderr, missing.stderr, helped.stdout, top.stdout):
        for english in ("usage:", "error:", "the following arguments", "unrecognized", "invalid choice",
                        "show this help", "show program's version"):
            assert english not in text


def test_print_refuses_an_output_that_is_not_a_pdf(tmp_path):
    refused = run_cli("--db", str(tmp_path / "x.db"), "print", "pledges", "--template", "officer-three-rules",
                      "--out", str(tmp_path / "x.txt"))
    assert refused.returncode == 2 and ".pdf" in refused.stderr and "Traceback" not in refused.stderr
    assert not (tmp_path / "x.txt").exists()


def test_init_makes_an_empty_database_that_import_roster_fills(tmp_path):
    target = tmp_path / "新库.db"
    made = run_cli("--db", str(target), "init")
    assert made.returncode == 0, made.stderr
    assert "已新建" in made.stdout and target.exists()
    conn = sqlite3.connect(target)
    try:
        assert conn.execute("SELECT count(*) FROM officer").fetchone()[0] == 0
    finally:
        conn.close()
    again = run_cli("--db", str(target), "init")
    assert again.returncode == 2 and "已经存在" in again.stderr

    rows = [["姓名", "单位", "职务"], ["新人甲", "青山县人民法院", "法官助理"], ["新人乙", "青山县公安局", "民警"]]
    added = run_cli("--db", str(target), "import-roster", str(write_xlsx(tmp_path / "r.xlsx", rows)))
    assert added.returncode == 0, added.stderr
    assert "新增 2 人" in added.stdout
    stats = run_cli("--db", str(target), "stats", "--json")
    assert stats.returncode == 0 and '"units": 2' in stats.stdout


def test_init_refuses_a_folder_that_does_not_exist(tmp_path):
    refused = run_cli("--db", str(tmp_path / "no" / "such" / "x.db"), "init")
    assert refused.returncode == 2 and "不存在" in refused.stderr and "Traceback" not in refused.stderr


EXPORTS = ("export-roster", "export-ledger", "export-clues", "export-tasks", "export-rules", "export-affairs",
           "export-service", "export-all")


def test_every_export_refuses_a_name_that_is_not_a_workbook_in_the_same_words(tmp_path, capsys):
    """One rule for all of them (app.common.files.require_suffix): exit 2, a Chinese message naming the file,
    nothing written."""
    from app import cli

    target = tmp_path / "office.db"
    assert cli.main(["--db", str(target), "init"]) == 0
    capsys.readouterr()
    registered = {name for name in cli.build_parser()[1].commands.choices if name.startswith("export-")}
    assert registered == set(EXPORTS)  # a new export command joins this test
    for command in EXPORTS:
        wrong = tmp_path / f"{command}.txt"
        assert cli.main(["--db", str(target), command, str(wrong)]) == 2, command
        err = capsys.readouterr().err
        assert err.startswith("错误：文件名：") and f"{wrong.name} 应以 .xlsx 结尾" in err, (command, err)
        assert not wrong.exists() and not wrong.with_name(wrong.name + ".part").exists()
