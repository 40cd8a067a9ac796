"""PDF jobs in the worker while dialogs are made and dropped on the GUI thread, with the collector's
thresholds as low as they go: the way the suite once segfaulted (a collection started in the worker, inside
reportlab, freed Qt wrappers the GUI thread was using). With the program's policy the collector never runs
by itself, so it can only run here, on the GUI thread, and every iteration must come through."""
from __future__ import annotations

import gc

import pytest
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QVBoxLayout

from app.errors import ValidationError
from ui.common import form as form_module
from ui.common import gc_policy, worker
from ui.common.form import FormDialog

ITERATIONS = 200


def small_pdf(path, n: int):
    def job(progress):
        from app.documents import layout

        story = [layout.title(f"压力测试第{n}份"), layout.body("这是一段正文，用来在工作线程里排版。" * 8)]
        # Garbage with cycles made in the worker: with automatic collection on, this is what set it off.
        for _ in range(50):
            ring = [{"n": n}]
            ring.append(ring)
        layout.build(path, story, title=f"压力测试{n}")
        return n
    return job


class Form(FormDialog):
    def __init__(self, parent=None):
        super().__init__(parent, title="测试表单")
        self.name = self.add_row("姓名", QLineEdit())
        self.name.textChanged.connect(lambda _text: self.setWindowTitle(self.name.text()))  # a cycle via Qt

    def save(self):
        if not self.name.text():
            raise ValidationError("姓名", "不能为空")
        return self.name.text()


@pytest.fixture
def low_thresholds():
    saved = gc.get_threshold()
    was_enabled = gc.isenabled()
    gc.enable()
    gc.set_threshold(1, 1, 1)  # a collection on almost every allocation, in whichever thread allocates
    yield
    gc.set_threshold(*saved)
    if not was_enabled:
        gc.disable()


def test_pdf_jobs_and_dialogs_survive_a_hair_trigger_collector(qtbot, qapp, tmp_path, low_thresholds,
                                                               monkeypatch):
    monkeypatch.setattr(worker, "show_error", lambda *args: pytest.fail(f"job failed: {args[-1]}"))
    refusals = []
    monkeypatch.setattr(form_module, "show_error", lambda parent, title, exc: refusals.append(str(exc)))
    gc_policy.install(qapp)
    assert not gc.isenabled(), "the policy turns automatic collection off"
    before = gc_policy.collections
    done: list[int] = []
    for n in range(ITERATIONS):
        worker.run_job(None, "压力测试", small_pdf(tmp_path / f"{n % 4}.pdf", n), on_done=done.append)
        form = Form()
        form.show()
        form.name.setText("")
        form.accept()  # refused: stays open, field marked
        assert form.isVisible() and form.saved_value is None
        form.name.setText(f"张{n}")
        form.accept()
        assert form.saved_value == f"张{n}"
        plain = QDialog()
        QVBoxLayout(plain).addWidget(QLabel("临时"))
        gc_policy.collect_after(plain)
        plain.open()
        plain.reject()
        del form, plain
        qtbot.waitUntil(lambda: len(done) == n + 1, timeout=20000)
    assert done == list(range(ITERATIONS))
    assert len(refusals) == ITERATIONS and refusals[0] == "姓名：不能为空"
    assert gc_policy.collections > before, "collections ran, on the GUI thread, after dialogs and jobs"
    assert not gc.isenabled()


def test_collect_refuses_to_run_off_the_gui_thread(qapp):
    import threading

    errors = []

    def off_thread():
        try:
            gc_policy.collect()
        except RuntimeError as exc:
            errors.append(str(exc))

    thread = threading.Thread(target=off_thread)
    thread.start()
    thread.join()
    assert errors and "GUI thread" in errors[0]


def test_job_results_cross_threads_by_number_not_as_objects(qtbot):
    class Result:  # a Python object that must never ride in a signal
        pass

    got = []
    job = worker.run_job(None, "测试", lambda progress: Result(), on_done=got.append)
    qtbot.waitUntil(lambda: bool(got), timeout=5000)
    assert isinstance(got[0], Result)
    assert job.number not in worker._outcomes  # taken on the GUI thread, nothing left behind
    signature = worker._Signals.staticMetaObject
    kinds = [signature.method(i).methodSignature().data().decode() for i in range(signature.methodCount())]
    assert "ended(int)" in kinds and not any("PyObject" in k for k in kinds)
