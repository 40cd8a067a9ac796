"""The feature's commands: `print talk-forms` and `print coverage`, their Chinese errors and help."""
import shutil
import subprocess
import sys
from pathlib import Path

from pypdf import PdfReader

ROOT = Path(__file__).resolve().parents[3]


def run(*args):
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], capture_output=True, text=True, cwd=ROOT)


def test_cli_prints_forms_and_coverage(demo_db_file, tmp_path):
    db_file = tmp_path / "demo.db"  # printing writes to the audit log: not into the shared demo file
    shutil.copyfile(demo_db_file, db_file)
    forms = tmp_path / "forms.pdf"
    result = run("--db", str(db_file), "print", "talk-forms", "--round", "1", "--unit", "县委政法委",
                 "--out", str(forms))
    assert result.returncode == 0, result.stderr
    assert "谈话记录表" in result.stdout
    pages = len(PdfReader(forms).pages)
    assert 10 < pages < 40
    cover = tmp_path / "cover.pdf"
    result = run("--db", str(db_file), "print", "coverage", "--round", "3", "--out", str(cover))
    assert result.returncode == 0, result.stderr
    assert "覆盖率" in result.stdout and "第三轮" in PdfReader(cover).pages[0].extract_text()


def test_cli_user_errors_are_chinese_with_exit_2(demo_db_file, tmp_path):
    out = str(tmp_path / "x.pdf")
    for args, message in ((("talk-forms", "--round", "7"), "没有第7轮"),
                          (("talk-forms", "--round", "1", "--unit", "县教育局"), "找不到“县教育局”"),
                          (("coverage", "--round", "x"), "轮次应为数字")):
        result = run("--db", str(demo_db_file), "print", *args, "--out", out)
        assert result.returncode == 2, (args, result.stderr)
        assert message in result.stderr and "Traceback" not in result.stderr
    assert not Path(out).exists()


def test_cli_help_says_forms_include_content():
    result = run("print", "talk-forms", "--help")
    assert result.returncode == 0
    assert "谈话内容" in result.stdout and "--round" in result.stdout
