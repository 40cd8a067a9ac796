"""Roster at 10,000 officers: Excel import, table model load, filter per keystroke, resident memory.

    python bench/roster_bench.py [--officers 10000] [--runs 5]

Targets (issue 2): import of 10,000 rows ≤ 3 s; filter ≤ 50 ms per keystroke; ≤ 300 MB resident with
10,000 officers loaded in the tab. Prints medians over several runs.
"""
from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢"
GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂华玉萍红玲芬燕彬鹏辉建国志海波婷雪梅林文斌宇浩凯晨欣怡"
UNITS = ["中共青山县委政法委员会", "青山县人民法院", "青山县人民检察院", "青山县公安局", "青山县司法局"]
DEPTS = ["办公室", "政治处", "刑事侦查大队", "治安管理大队", "交通警察大队", "城关派出所", "天城派出所", "白石派出所",
         "立案庭", "刑事审判庭", "民事审判一庭", "执行局", "第一检察部", "第二检察部", "城关司法所", "社区矫正管理局"]
POSTS = ["", "", "", "科员", "副所长", "所长", "庭长", "副庭长", "大队长", "主任", "民警", "法官助理", "书记员"]


def make_roster_xlsx(path: Path, count: int, seed: int = 1) -> None:
    """A roster as an office keeps it: title row, header row, ID numbers as text, dates as date cells."""
    from openpyxl import Workbook

    from app.common import idcard

    rng = random.Random(seed)
    book = Workbook(write_only=True)
    sheet = book.create_sheet("花名册")
    sheet.append(["青山县政法干警花名册"])
    sheet.append(["序号", "姓名", "性别", "出生日期", "身份证号码", "民族", "政治面貌", "所在单位", "部门", "职务",
                  "人员类别", "在岗状态", "参加工作时间", "联系电话", "备注"])
    used = set()
    for n in range(1, count + 1):
        birth = dt.date(rng.randint(1965, 2000), rng.randint(1, 12), rng.randint(1, 28))
        while True:
            number = idcard.make("421223", birth, rng.randint(0, 999))
            if number not in used:
                used.add(number)
                break
        sheet.append([n, rng.choice(SURNAMES) + rng.choice(GIVEN) + rng.choice(GIVEN), idcard.gender(number), birth,
                      number, "汉族", "中共党员", rng.choice(UNITS), rng.choice(DEPTS), rng.choice(POSTS),
                      "政法专项编制在编在岗", "在岗", dt.date(birth.year + 22, rng.randint(1, 12), 1),
                      f"13{rng.randint(0, 999999999):09d}", ""])
    book.save(path)


def timed(fn) -> float:
    """Wall time of fn(); its CPU time goes to LAST_CPU (the machine is shared: CPU time shows our own cost)."""
    global LAST_CPU
    start, cpu = time.perf_counter(), time.process_time()
    fn()
    LAST_CPU = time.process_time() - cpu
    return time.perf_counter() - start


LAST_CPU = 0.0


class Series(list):
    """Wall times, with the CPU times beside them."""

    def __init__(self):
        super().__init__()
        self.cpu: list[float] = []

    def add(self, fn) -> None:
        self.append(timed(fn))
        self.cpu.append(LAST_CPU)


def fmt(values: list[float], unit: str = "ms", scale: float = 1000) -> str:
    text = f"median {statistics.median(values) * scale:8.1f} {unit}  (max {max(values) * scale:.1f}, n={len(values)})"
    cpu = getattr(values, "cpu", None)
    if cpu:
        text += f"  cpu median {statistics.median(cpu) * scale:.1f} {unit}"
    return text


def bench_import(folder: Path, xlsx: Path, runs: int) -> Path:
    from app.roster.excel_import import apply_plan, plan_import
    from app.workbench import close_database, open_database

    plans, writes, totals = Series(), Series(), Series()
    last = None
    for run in range(runs):
        db = folder / f"import{run}.db"
        open_database(db)
        holder = {}
        plans.add(lambda: holder.update(plan=plan_import(xlsx)))
        plan = holder["plan"]
        writes.add(lambda: holder.update(result=apply_plan(plan, None, create_units=True)))
        result = holder["result"]
        assert plan.ok and result.added == len(plan.to_add), plan.problems[:3]
        totals.append(plans[-1] + writes[-1])
        totals.cpu.append(plans.cpu[-1] + writes.cpu[-1])
        close_database()
        last = db
    print(f"import {len(plan.to_add)} rows  read+check : {fmt(plans, 's', 1)}")
    print(f"import {len(plan.to_add)} rows  write      : {fmt(writes, 's', 1)}")
    print(f"import {len(plan.to_add)} rows  total      : {fmt(totals, 's', 1)}   (target ≤ 3 s)")
    return last


def bench_tab(db: Path, runs: int) -> None:
    from PySide6.QtCore import Qt

    from app.roster.officers import officer_rows
    from app.workbench import open_database
    from ui.shell.application import create_application
    from ui.roster.models import OfficerTableModel
    from ui.roster.tab import RosterTab

    app = create_application()
    open_database(db)
    loads, queries = Series(), Series()
    for _ in range(runs):
        model = OfficerTableModel()
        holder = {}
        queries.add(lambda: holder.update(rows=officer_rows()))
        rows = holder["rows"]
        loads.add(lambda: model.set_rows(rows))
        loads[-1] += queries[-1]
        loads.cpu[-1] += queries.cpu[-1]
    print(f"model load {len(rows)} officers (query + model): {fmt(loads)}")
    print(f"   of which the query                         : {fmt(queries)}")
    tab = RosterTab()
    tab.resize(1280, 760)
    tab.show()
    app.processEvents()
    reloads = Series()
    for _ in range(runs):
        reloads.add(tab.reload)
    print(f"tab reload (officers, leaders, trash, counts) : {fmt(reloads)}")

    # Keystrokes as a clerk types them: each one sets the text and lets the view repaint.
    sample = rows[len(rows) // 3]
    words = [sample.name, "派出所", "刑事", sample.id_number[-4:], "青山县人民法院", "王"]
    per_key = Series()
    for _ in range(runs):
        for word in words:
            for n in range(1, len(word) + 1):
                per_key.add(lambda: (tab.search.setText(word[:n]), app.processEvents(), tab.grab()))
            for n in range(len(word) - 1, -1, -1):  # and deleting it again
                per_key.add(lambda: (tab.search.setText(word[:n]), app.processEvents(), tab.grab()))
    print(f"filter per keystroke (set text, repaint)      : {fmt(per_key)}   (target ≤ 50 ms)")
    units = Series()
    for _ in range(runs):
        for index in range(tab.unit_filter.count()):
            units.add(lambda: (tab.unit_filter.setCurrentIndex(index), app.processEvents(), tab.grab()))
    print(f"unit filter change (repaint)                  : {fmt(units)}")
    sorts = Series()
    for _ in range(runs):
        for column in (0, 4, 2):
            sorts.add(lambda: (tab.officer_view.sortByColumn(column, Qt.AscendingOrder), app.processEvents()))
        tab.officer_view.sortByColumn(-1, Qt.AscendingOrder)
    print(f"sort by a column (name by pinyin, unit, date) : {fmt(sorts)}")


MEMORY_CHILD = """
import os, sys
sys.path.insert(0, {root!r})
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from app.workbench import open_database
from ui.shell.application import create_application
app = create_application()
open_database({db!r})
from ui.shell.main_window import MainWindow
window = MainWindow()
window.resize(1280, 800)
window.show()
app.processEvents()
tab = window.tab_for("roster")  # the overview (shown first) and the roster tab are built
tab.search.setText("王")
app.processEvents()
tab.search.setText("")
app.processEvents()
from PySide6.QtCore import Qt
tab.officer_view.sortByColumn(0, Qt.AscendingOrder)
app.processEvents()
window.grab()
rows = tab.officer_model.total()
for line in open("/proc/self/status"):
    if line.startswith(("VmRSS", "VmHWM")):
        print(line.strip())
print("ROWS", rows)
"""


def bench_memory(db: Path) -> None:
    result = subprocess.run([sys.executable, "-c", MEMORY_CHILD.format(root=str(ROOT), db=str(db))],
                            capture_output=True, text=True, env=dict(os.environ, JZ_DATA_DIR=str(db.parent / "data")))
    figures = dict(line.split(":", 1) for line in result.stdout.splitlines() if line.startswith("Vm"))
    rows = next((line.split()[1] for line in result.stdout.splitlines() if line.startswith("ROWS")), "?")
    if not figures:
        print("memory: child failed:", result.stderr[-500:])
        return
    rss = int(figures["VmRSS"].split()[0]) / 1024
    peak = int(figures["VmHWM"].split()[0]) / 1024
    print(f"resident memory, main window with {rows} officers in the tab: {rss:.0f} MB (peak {peak:.0f} MB)   "
          "(target ≤ 300 MB)")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--officers", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        os.environ["JZ_DATA_DIR"] = str(folder / "data")
        xlsx = folder / "roster.xlsx"
        make_roster_xlsx(xlsx, args.officers)
        print(f"{args.officers} officers, {xlsx.stat().st_size / 1e6:.1f} MB .xlsx; {os.cpu_count()} CPUs; "
              f"load average {os.getloadavg()[0]:.2f}")
        db = bench_import(folder, xlsx, min(args.runs, 3))
        bench_tab(db, args.runs)
        bench_memory(db)
    return 0


if __name__ == "__main__":
    sys.exit(main())
