"""Every table model of 建章立制 through qtmodeltester, on the demo database."""


def test_models_pass_qt_model_tester(qtbot, app, demo_db, qtmodeltester):
    from app.rules.ingrained import measure_rows, problem_lines
    from app.rules.rules import rule_rows
    from ui.rules.models import MeasureTableModel, ProblemTableModel, RuleTableModel

    rules = RuleTableModel()
    rules.set_rows(rule_rows())
    qtmodeltester.check(rules)
    assert rules.rowCount() == 31
    measures = MeasureTableModel()
    measures.set_rows(measure_rows())
    qtmodeltester.check(measures)
    problems = ProblemTableModel()
    problems.set_rows(problem_lines())
    qtmodeltester.check(problems)
    assert problems.rowCount() == 6
