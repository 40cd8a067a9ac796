"""English translation, the language setting, and the pseudo-translation check for clipped text.

The clipping check builds the main window with every tab in ui.shell.tabs.TABS under a pseudo-translation (every
string 40 % longer, in brackets) and looks at every visible label, button, check box, group box title and tab:
text that does not fit its widget is reported. It covers tabs added later without changes here.
"""
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT / "tools"))

import update_translations  # noqa: E402  (tools/update_translations.py)

WINDOW_SIZE = (1280, 800)


@pytest.fixture
def app(qtbot):
    """The application in Chinese again after each test, whatever the test installed."""
    from ui.common import i18n
    from ui.shell.application import create_application

    application = create_application()
    yield application
    i18n.install_translators(application, "zh_CN")


# ------------------------------------------------------------------ the committed translation
def test_committed_qm_is_compiled_from_the_committed_ts():
    assert not update_translations.stale_qm("en"), "run tools/update_translations.py and commit the .qm"


def test_every_string_of_the_shell_is_translated():
    """The strings of the main window, the start-up and crash dialogs and the worker (as of this file)."""
    messages = update_translations.read_ts(update_translations.ts_path("en"))
    shell = [m for m in messages if m.context in ("Application", "MainWindow", "Worker")
             and m.state not in ("obsolete", "vanished")]
    assert len(shell) >= 20
    assert update_translations.untranslated(shell) == []
    for message in shell:  # placeholders survive translation
        for marker in ("{name}", "{path}", "{error}", "{count}", "{log}"):
            assert (marker in message.source) == (marker in message.translation), message


def test_english_main_window(app, demo_db, qtbot):
    from ui.common import i18n
    from ui.shell.main_window import MainWindow

    assert i18n.install_translators(app, "en") == "en"
    window = MainWindow()
    qtbot.addWidget(window)
    titles = [action.text() for action in window.menuBar().actions()]
    assert titles[0] == "&File" and titles[-1] == "&Help"
    assert i18n.app_display_name() == "Rectification Campaign Workbench"  # the platform adds it to the title
    assert window.db_label.text().startswith("Database: ")
    file_actions = [action.text() for action in window.file_menu.actions()]
    assert "&Open Database…" in file_actions and "E&xit" in file_actions


def test_chinese_loads_qts_own_chinese_strings(app):
    from PySide6.QtCore import QCoreApplication

    from ui.common import i18n

    i18n.install_translators(app, "zh_CN")
    # A standard button of QMessageBox / QDialogButtonBox, from qtbase_zh_CN.qm.
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "取消"


def test_language_setting_is_applied_at_start(app, qtbot):
    from PySide6.QtCore import QCoreApplication

    from ui.common import i18n
    from ui.shell.application import create_application

    assert i18n.current_language() == "zh_CN"
    i18n.set_language("en")
    create_application()  # what the next start does
    assert QCoreApplication.translate("MainWindow", "文件(&F)") == "&File"
    i18n.set_language("zh_CN")
    create_application()
    assert QCoreApplication.translate("MainWindow", "文件(&F)") == "文件(&F)"


def test_unknown_language_setting_falls_back_to_chinese(app):
    from PySide6.QtCore import QSettings

    from ui.common import i18n

    QSettings().setValue("language", "xx")
    assert i18n.current_language() == "zh_CN"


def test_language_menu_saves_the_choice_for_the_next_start(app, demo_db, qtbot, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from ui.common import i18n
    from ui.shell.main_window import MainWindow

    shown = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: shown.append(text))
    window = MainWindow()
    qtbot.addWidget(window)
    actions = {action.data(): action for action in window.language_menu.actions()}
    assert set(actions) == {"zh_CN", "en"} and actions["zh_CN"].isChecked()
    assert window.language_menu.menuAction() in window.file_menu.actions()
    actions["en"].trigger()
    assert i18n.current_language() == "en"
    assert shown and "English" in shown[0] and "重新启动" in shown[0]
    assert window.menuBar().actions()[0].text() == "文件(&F)"  # unchanged until the restart


# ------------------------------------------------------------------ pseudo-translation and clipping
def _plain(text: str) -> str:
    from PySide6.QtGui import QTextDocument

    if "<" in text and ">" in text:
        document = QTextDocument()
        document.setHtml(text)
        return document.toPlainText()
    return text


def _without_mnemonic(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def find_clipped(root) -> list[str]:
    """Visible labels, buttons, check boxes, group box titles and tabs under `root` whose text does not fit."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QTabBar, QToolButton, QWidget

    problems = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible() or widget.width() <= 0:
            continue
        name = f"{type(widget).__name__} in {type(widget.parentWidget()).__name__ if widget.parentWidget() else '-'}"
        if isinstance(widget, QLabel):
            text = widget.text()
            if not text or widget.wordWrap() or not widget.pixmap().isNull():
                continue
            metrics = widget.fontMetrics()
            lines = _plain(text).split("\n")
            need = max(metrics.horizontalAdvance(line) for line in lines) + 2 * widget.margin()
            if widget.indent() > 0:
                need += widget.indent()
            have = widget.contentsRect().width()
            tall = metrics.height() * len(lines) + 2 * widget.margin()
            if need > have + 1 or tall > widget.contentsRect().height() + 1:
                problems.append(f"{name}: {text[:60]!r} needs {need}×{tall} px, "
                                f"has {have}×{widget.contentsRect().height()}")
        elif isinstance(widget, QAbstractButton) and not isinstance(widget, QToolButton):
            if widget.text() and widget.width() + 1 < widget.sizeHint().width():
                problems.append(f"{name}: {widget.text()[:60]!r} needs {widget.sizeHint().width()} px, "
                                f"has {widget.width()}")
        elif isinstance(widget, QGroupBox) and widget.title():
            need = widget.fontMetrics().horizontalAdvance(_without_mnemonic(widget.title())) + 16
            if widget.isCheckable():
                need += 20
            if need > widget.width():
                problems.append(f"{name}: title {widget.title()[:60]!r} needs {need} px, has {widget.width()}")
        elif isinstance(widget, QTabBar):
            if widget.elideMode() == Qt.ElideNone:
                continue  # too many tabs get scroll arrows, not cut titles
            for index in range(widget.count()):
                if widget.tabRect(index).width() + 1 < widget.tabSizeHint(index).width():
                    problems.append(f"tab {widget.tabText(index)!r} is elided")
    return problems


def test_clipping_check_finds_text_too_wide_for_its_widget(app, qtbot):
    """The check itself: a label and a button squeezed on purpose are found, a roomy one is not."""
    from PySide6.QtWidgets import QCheckBox, QLabel, QPushButton, QVBoxLayout, QWidget

    box = QWidget()
    qtbot.addWidget(box)
    layout = QVBoxLayout(box)
    narrow_label = QLabel("一段相当长的说明文字，放在一个很窄的标签里")
    narrow_label.setFixedWidth(60)
    narrow_button = QPushButton("一个文字很长很长的按钮")
    narrow_button.setFixedWidth(50)
    roomy = QCheckBox("够宽")
    for widget in (narrow_label, narrow_button, roomy):
        layout.addWidget(widget)
    box.resize(400, 200)
    box.show()
    qtbot.waitExposed(box)
    problems = find_clipped(box)
    assert len(problems) == 2
    assert any("QLabel" in p for p in problems) and any("QPushButton" in p for p in problems)


def test_pseudo_text_keeps_placeholders_and_shortcuts():
    pseudo = update_translations.pseudo_text
    assert pseudo("打开数据库(&O)…") == "[打开数据库(&O)…打开数]"  # 6 visible characters + 3
    assert pseudo("&File") == "[&FileFi]"
    assert pseudo("共 {count} 页") == "[共 {count} 页共]"
    assert pseudo("教育整顿数据库 (*.db)") == "教育整顿数据库 (*.db)"  # file filters keep their syntax
    assert pseudo("第一行\n\n第二行") == "[第一行第一]\n\n[第二行第二]"
    assert pseudo("共 %n 项") == "[共 %n 项共]"


def test_pseudo_translation_of_plural_strings_compiles(tmp_path):
    """tr("共 %n 项", "", n) strings are numerus messages: each plural form gets the pseudo text."""
    source = tmp_path / "plural.ts"
    source.write_text('''<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>SomeTab</name>
    <message numerus="yes">
        <source>共 %n 项</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
</TS>
''', encoding="utf-8")
    pseudo = tmp_path / "pseudo.ts"
    assert update_translations.write_pseudo_ts(source, pseudo) == 1
    update_translations.release(pseudo, tmp_path / "pseudo.qm")
    [message] = update_translations.read_ts(pseudo)
    assert message.translation == "[共 %n 项共] | [共 %n 项共]" and message.state == ""
    assert update_translations.untranslated(update_translations.read_ts(source)) != []


@pytest.fixture(scope="module")
def pseudo_qm(tmp_path_factory):
    out = tmp_path_factory.mktemp("pseudo") / "pseudo.qm"
    count = update_translations.build_pseudo_qm(out)
    assert count > 0
    return out


def test_no_text_is_clipped_under_a_longer_pseudo_language(app, demo_db, qtbot, pseudo_qm):
    """Main window at 1280×800 and every tab of ui.shell.tabs.TABS, each shown in turn."""
    from PySide6.QtWidgets import QApplication

    from ui.common import i18n
    from ui.shell.main_window import MainWindow

    i18n.install_translators(app, "zh_CN", extra=[pseudo_qm])
    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(*WINDOW_SIZE)
    window.show()
    qtbot.waitExposed(window)
    assert window.menuBar().actions()[0].text().startswith("[文件(&F)")  # the pseudo language is on
    problems = find_clipped(window)
    # Room the tabs have in a 1280×800 window. A tab whose layout needs more would force the window wider
    # than the screen, which hides clipping from find_clipped: report it as such.
    room_width = WINDOW_SIZE[0] - (window.width() - window.tabs.width())
    room_height = WINDOW_SIZE[1] - (window.height() - window.tabs.height())
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        QApplication.processEvents()
        title = window.tabs.tabText(index)
        needed = window.tabs.widget(index).minimumSizeHint()
        if needed.width() > room_width or needed.height() > room_height:
            problems.append(f"tab {title}: needs at least {needed.width()}×{needed.height()} px, "
                            f"a {WINDOW_SIZE[0]}×{WINDOW_SIZE[1]} window gives it {room_width}×{room_height}")
        problems += [f"tab {title}: {p}" for p in find_clipped(window)]
    assert not problems, "\n".join(sorted(set(problems)))


def test_pdf_preview_buttons_fit_under_the_pseudo_language(app, qtbot, tmp_path, pseudo_qm):
    """Its strings get tr() once the document engine's rewrite of ui/pdf_preview.py is merged."""
    from reportlab.pdfgen import canvas

    from ui.common import i18n
    from ui.common.pdf_preview import PdfPreviewDialog

    pdf = tmp_path / "page.pdf"
    page = canvas.Canvas(str(pdf))
    page.drawString(72, 720, "preview")
    page.save()
    i18n.install_translators(app, "zh_CN", extra=[pseudo_qm])
    dialog = PdfPreviewDialog(pdf)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert find_clipped(dialog) == []


# ------------------------------------------------------------------ the translation keeps up with the code
def test_no_message_of_the_english_translation_is_unfinished():
    """Every live message of jiaozheng_en.ts is translated and marked finished (no type="unfinished")."""
    messages = update_translations.read_ts(update_translations.ts_path("en"))
    live = [m for m in messages if m.state not in ("obsolete", "vanished")]
    assert len(live) > 500
    unfinished = [f"[{m.context}] {m.source[:40]!r}" for m in live if m.state == "unfinished" or not m.translation]
    assert unfinished == [], "translate these in jiaozheng_en.ts, then run tools/update_translations.py:\n" + \
        "\n".join(unfinished)


def test_english_qm_is_not_older_than_its_ts():
    """A .ts edited after the last lrelease means the program still shows the old strings."""
    ts, qm = update_translations.ts_path("en"), update_translations.qm_path("en")
    assert qm.exists(), "run tools/update_translations.py"
    # Git checkouts give both files about the same time: compare content then, and the clock otherwise.
    assert qm.stat().st_mtime >= ts.stat().st_mtime - 1 or not update_translations.stale_qm("en"), \
        "jiaozheng_en.qm is older than jiaozheng_en.ts: run tools/update_translations.py"


def test_placeholders_survive_in_every_translation():
    import re

    pattern = re.compile(r"\{[A-Za-z_0-9]*(?::[^{}]*)?\}|%L?\d+|%n|%s")
    for message in update_translations.read_ts(update_translations.ts_path("en")):
        if message.state in ("obsolete", "vanished"):
            continue
        for form in message.translation.split(" | "):
            assert sorted(pattern.findall(message.source)) == sorted(pattern.findall(form)), message
