"""The report's wording of figures, as a 工作综述 writes them."""


def test_about_keeps_two_digits_and_says_more():
    from app.reports.report_wording import about

    assert [about(n) for n in (7, 99, 100, 1007, 1000, 3618, 5046, 5127, 140000)] == [
        "7", "99", "100", "1000余", "1000", "3600余", "5000余", "5100余", "140000"]


def test_sessions_phrase_and_times():
    from app.reports.report_wording import cn_times, sessions_phrase

    assert sessions_phrase("政治轮训", 11) == "政治轮训11场次"
    assert sessions_phrase("党史讲座/延安整风专题讲座", 5) == "党史讲座、延安整风专题讲座5场次"
    assert sessions_phrase("“三个规定”宣讲", 5) == "“三个规定”宣讲5次"
    assert [cn_times(n) for n in (1, 2, 3, 10, 12)] == ["一", "两", "三", "十", "12"]


def test_the_feedback_sentence_tells_the_symposiums(demo_db, tmp_path):
    from app.feedback.models import FeedbackEvent, Suggestion
    from app.reports.feedback_figures import symposium_figures
    from app.reports.documents.summary_report import report_story
    from app.reports.overview import overview

    told = symposium_figures()
    county = FeedbackEvent.get(FeedbackEvent.title.endswith("政法队伍教育整顿征求意见座谈会")
                               & FeedbackEvent.organiser.is_null(False))
    collected = Suggestion.select().where(Suggestion.event == county).count()
    assert told.county == [(county.title, collected)] and collected == 31
    assert told.rounds_each == 3 and told.letters == 1
    text = "".join("".join(t for t, _f in p.runs) for p in report_story(overview()) if hasattr(p, "runs"))
    assert f"召开{county.title}，收集意见建议31条。政法各单位先后三次召开征求意见座谈会，邀请人大代表、" in text
    assert "走访座谈3600余人次，面向社会发布征求意见函，查阅卷宗5000余份，梳理汇总意见建议133条" in text
