"""The list of session types: adding one, refusing a duplicate."""
from PySide6.QtWidgets import QMessageBox


def test_types_dialog_adds_and_refuses_duplicates(app, demo_db, qtbot, monkeypatch):
    from ui.study.types_dialog import TypeEditDialog, TypesDialog

    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warnings.append(a[2]))
    dialog = TypesDialog()
    qtbot.addWidget(dialog)
    count = dialog.model.rowCount()

    def fill(name):
        def run(self):
            self.name.setText(name)
            self.verb.setText("组织")
            self.accept()  # saves; a refused name keeps the dialog open (and the warning shown)
            return self.result()
        return run

    monkeypatch.setattr(TypeEditDialog, "exec", fill("观看警示教育片"))
    dialog.add()
    assert dialog.model.rowCount() == count + 1
    dialog.add()
    assert warnings and "已存在" in warnings[-1]
    assert dialog.model.rowCount() == count + 1
