"""The feedback commands: print ledger / print overdue, export-ledger, the stats hook; refusals without tracebacks."""
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]


def pdf_text(path) -> str:
    from pypdf import PdfReader

    return "".join(page.extract_text() for page in PdfReader(str(path)).pages)


def run(*args):
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], capture_output=True, text=True, cwd=ROOT)


def test_commands(demo_db_file, tmp_path):
    import shutil

    demo_db_file = Path(shutil.copyfile(demo_db_file, tmp_path / "demo.db"))  # the commands write audit lines
    pdf = tmp_path / "清单.pdf"
    result = run("--db", str(demo_db_file), "print", "ledger", "--unit", "县公安局", "--status", "已销号", "--out", str(pdf))
    assert result.returncode == 0, result.stderr
    assert pdf.exists() and "青山县公安局" in pdf_text(pdf)
    xlsx = tmp_path / "清单.xlsx"
    result = run("--db", str(demo_db_file), "export-ledger", str(xlsx))
    assert result.returncode == 0 and xlsx.exists() and "133" in result.stdout
    result = run("--db", str(demo_db_file), "stats", "--json")
    figures = json.loads(result.stdout)["feedback"]
    assert figures["total"] == 133 and set(figures) >= {"per_category", "per_status", "overdue", "closed_share"}
    assert 0.5 < figures["closed_share"] < 1
    bad = run("--db", str(demo_db_file), "print", "ledger", "--status", "完成了", "--out", str(tmp_path / "x.pdf"))
    assert bad.returncode == 2 and "状态" in bad.stderr and "Traceback" not in bad.stderr
    bad = run("--db", str(demo_db_file), "export-ledger", str(tmp_path / "x.csv"))
    assert bad.returncode == 2 and ".xlsx" in bad.stderr
