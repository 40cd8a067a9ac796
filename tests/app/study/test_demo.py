"""The demo database's study part: the source county's scale, the same every time."""
from app.study import feature, makeup
from app.study.models import Attendee, MakeupTask, StudySession


def test_demo_has_the_article_scale(demo_db):
    numbers = feature.stats()
    per_type = numbers["sessions_per_type"]
    assert per_type["政治轮训"] == 11 and per_type["“一把手”讲党课"] == 7 and per_type["廉政报告会"] == 6
    assert per_type["习近平法治思想讲座"] == 7 and per_type["党史讲座/延安整风专题讲座"] == 5
    assert per_type["警示教育大会"] == 12 and per_type["英模报告会/观影"] == 6 and per_type["“三个规定”宣讲"] == 5
    assert numbers["reflections"] == 1756
    assert 0.93 <= numbers["attendance_rate"] <= 0.97
    assert numbers["makeup_done"] > numbers["makeup_open"] > 0
    assert numbers["planned"] >= 3
    assert numbers["tests"] and 0.8 < numbers["tests"][0]["pass_rate"] < 1
    kinds = {t.kind for t in makeup.makeup_rows()}
    assert {"送学", "补学", "夜学"} <= kinds


def test_demo_study_data_is_deterministic(demo_db_file, tmp_path):
    from app import demo
    from app.study.models import Reflection
    from app.workbench import close_database, open_database

    def snapshot(path):
        open_database(path)
        try:
            marks = [(a.name, a.status, a.reason, a.score, str(a.marked_at)) for a in
                     Attendee.select().order_by(Attendee.id)]
            reflections = [(r.attendee_id, r.received_on) for r in Reflection.select().order_by(Reflection.id)]
            tasks = [(t.attendee_id, t.kind, t.completed_on) for t in MakeupTask.select().order_by(MakeupTask.id)]
            sessions = [(s.title, s.day, str(s.frozen_at)) for s in StudySession.select().order_by(StudySession.id)]
            return marks, reflections, tasks, sessions
        finally:
            close_database()

    import shutil

    again, original = tmp_path / "again.db", tmp_path / "original.db"
    shutil.copyfile(demo_db_file, original)
    demo.build(again, seed=7)
    assert snapshot(again) == snapshot(original)
