"""The talks tab's table models: every one checked with qtmodeltester; the records list filters fast."""
from PySide6.QtCore import Qt

from app.talks import coverage, follow_ups, listing, people, rounds, snippets
from tests.support.talks_data import third_round_and_unit


def test_every_model_passes_qtmodeltester(qtmodeltester, app_ready):
    from ui.talks import models as m

    third, unit = third_round_and_unit()
    cases = [
        (m.CoverageModel(), coverage.coverage(third.id)),
        (m.RoundSummaryModel(), coverage.round_summaries()),
        (m.PeopleModel(), coverage.untalked(third.id)),
        (m.GapModel(), coverage.cascade_gaps(rounds.round_by_number(1).id)),
        (m.FollowUpModel(), follow_ups.follow_up_rows(open_only=False)),
        (m.RoundsModel(), rounds.rounds()),
        (m.SnippetModel(), snippets.snippets()),
        (m.ParticipantsModel(), people.pick_people()[:12]),
    ]
    for model, rows in cases:
        assert rows, type(model).__name__
        model.set_rows(rows)
        qtmodeltester.check(model)
        model.set_rows([])
        qtmodeltester.check(model)
    records = m.TalkListModel()
    records.set_rows(listing.talk_rows(include_content=True), with_content=True)
    qtmodeltester.check(records)
    records.set_filter("县法院", unit_id=unit.id, talk_type="思想交流")
    qtmodeltester.check(records)
    records.sort(8, Qt.AscendingOrder)
    qtmodeltester.check(records)
    follow = m.FollowUpEditModel()
    follow.set_items([["交自查表", "2021-6-30", ""]])
    follow.add_item("回访")
    qtmodeltester.check(follow)


def test_record_list_filters_incrementally_and_by_unit(app_ready):
    from ui.talks.models import TalkListModel

    model = TalkListModel()
    rows = listing.talk_rows()
    model.set_rows(rows, with_content=False)
    assert model.rowCount() == len(rows)
    name = rows[10].participants.split("、")[0]
    model.set_filter(name[:1])
    wide = model.rowCount()
    model.set_filter(name)
    assert 0 < model.rowCount() <= wide
    assert all(name in model.row_at(r).participants or name in model.row_at(r).talker_name
               for r in range(model.rowCount()))
    model.set_filter("")
    assert model.rowCount() == len(rows)
    unit = people.find_unit("县检察院")
    model.set_filter(unit_id=unit.id)
    assert 0 < model.rowCount() < len(rows) and all(unit.id in model.row_at(r).unit_ids
                                                    for r in range(model.rowCount()))
    model.set_filter("主动说明问题", unit_id=None)
    assert model.rowCount() == sum(1 for r in rows if r.self_reported)
    content_word = "逢问必录"  # only in content: not searchable while content is hidden
    model.set_filter(content_word, unit_id=None)
    assert model.rowCount() == 0
    model.set_rows(listing.talk_rows(include_content=True), with_content=True)
    assert model.rowCount() > 0
    model.set_rows(rows, with_content=False)
    assert all(model.columns[c].header not in ("主要内容", "反映的问题", "意见建议") for c in range(model.columnCount()))
