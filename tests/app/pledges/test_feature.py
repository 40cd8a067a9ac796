"""The pledges' command line: `print pledges` and their figures in `stats --json`."""
import json
import shutil
import subprocess
import sys
from pathlib import Path

from app.pledges.templates import DEFAULT_KEYS
from tests.support.pdf_checks import assert_fonts_embedded, page_sizes

ROOT = Path(__file__).resolve().parents[3]


def run_cli(*args):
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], capture_output=True, text=True, cwd=ROOT)


def test_cli_print_pledges_and_stats(demo_db_file, tmp_path):
    db = tmp_path / "copy.db"
    shutil.copyfile(demo_db_file, db)
    def printed():
        return json.loads(run_cli("--db", str(db), "stats", "--json").stdout)["pledges"]["officer-three-rules"]["printed"]

    before = printed()
    out = tmp_path / "court.pdf"
    done = run_cli("--db", str(db), "print", "pledges", "--template", "officer-three-rules", "--unit", "县法院",
                   "--out", str(out))
    assert done.returncode == 0, done.stderr
    assert len(page_sizes(out)) == 2 * 118 and "118 份" in done.stdout  # two pages each, 3号 on the grid
    assert_fonts_embedded(out)
    assert "状态未改变" in done.stdout and printed() == before  # a PDF alone is not a print
    marked = run_cli("--db", str(db), "print", "pledges", "--template", "officer-three-rules", "--unit", "县法院",
                     "--out", str(out), "--mark-printed")
    assert marked.returncode == 0, marked.stderr
    assert "份由“待打印”改为“已打印”" in marked.stdout  # (the demo court's are all printed already)
    wrong = run_cli("--db", str(db), "print", "pledges", "--template", "nope", "--out", str(tmp_path / "x.pdf"))
    assert wrong.returncode == 2 and "officer-three-rules" in wrong.stderr and "Traceback" not in wrong.stderr
    nobody = run_cli("--db", str(db), "print", "pledges", "--template", "leader-public", "--unit", "县法院",
                     "--out", str(tmp_path / "y.pdf"))
    assert nobody.returncode == 2 and "尚未向" in nobody.stderr
    stats = run_cli("--db", str(db), "stats", "--json")
    figures = json.loads(stats.stdout)["pledges"]
    assert set(figures) == set(DEFAULT_KEYS)
    assert set(figures["leader-public"]) >= {"issued", "printed", "signed", "archived"}
