"""PySide6 6.12 on Python 3.11 drops a reference to None on every void call; `import ui` must guard it."""
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]

LOOP = """
import os, sys
sys.path.insert(0, {root!r})
os.environ["QT_QPA_PLATFORM"] = "offscreen"
import ui  # installs the guard
from PySide6.QtWidgets import QApplication, QPushButton
app = QApplication([])
button = QPushButton()
for _ in range(30000):  # without the guard, Python 3.11 aborts with none_dealloc within a few thousand
    button.setText("x")
    button.setVisible(False)
print("survived")
"""


def test_many_void_calls_do_not_kill_the_interpreter():
    result = subprocess.run([sys.executable, "-c", LOOP.format(root=str(ROOT))], capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    assert "survived" in result.stdout
