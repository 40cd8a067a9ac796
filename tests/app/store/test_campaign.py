"""The campaign settings on a real database file: placeholders until set, validation naming the field,
phase dates in order, a round trip through a closed and reopened file, files from before the four dates."""
import datetime as dt

import pytest

from app.errors import ValidationErrors
from app.store import campaign, settings


def fields_of(excinfo) -> dict[str, str]:
    return {e.field: e.reason for e in excinfo.value.errors}


def test_a_new_database_reads_as_placeholders_and_is_not_configured(db):
    current = campaign.current()
    assert not current.is_configured() and not campaign.is_configured()
    assert current.county_in_title == "" and current.county_label == "××县"
    assert current.office == "××县政法队伍教育整顿领导小组办公室" and current.signature == current.office
    assert current.committee == "中共××县委政法委员会"
    assert current.campaign == "政法队伍教育整顿" and current.feedback_code_prefix == "ZG"
    assert current.office_short == "教整办" and current.phase_ranges() == []


def test_names_follow_the_county_until_set_themselves(db):
    campaign.save({"county": "松溪县"})
    current = campaign.current()
    assert current.office == "松溪县政法队伍教育整顿领导小组办公室"
    assert current.committee == "中共松溪县委政法委员会" and current.signature == current.office
    campaign.save({"issuer": "中共松溪县委政法委员会"})
    assert campaign.current().signature == "中共松溪县委政法委员会"
    assert campaign.current().office == "松溪县政法队伍教育整顿领导小组办公室"


def test_round_trip_through_a_reopened_file(db):
    from app.workbench import close_database, open_database

    saved = campaign.save({
        "county": "松溪县", "committee_name": "中共松溪县委政法委员会",
        "office_name": "松溪县政法队伍教育整顿领导小组办公室", "office_short_name": "县教整办",
        "contact_person": "刘敏", "contact_phone": "0715-3321234", "issuer": "松溪县教整办",
        "code_prefix": "SX", "study_start": "2021-03-01", "rectify_start": "2021-04-06",
        "summary_start": "2021-06-01", "campaign_end": "2021-06-30"})
    close_database()
    open_database(db)
    current = campaign.current()
    assert current == saved and current.is_configured()
    assert current.phase_ranges() == [
        ("学习教育", dt.date(2021, 3, 1), dt.date(2021, 4, 5)),
        ("查纠整改", dt.date(2021, 4, 6), dt.date(2021, 5, 31)),
        ("总结提升", dt.date(2021, 6, 1), dt.date(2021, 6, 30))]
    assert current.phase_on(dt.date(2021, 4, 5)) == "学习教育" and current.phase_on(dt.date(2021, 7, 1)) == ""
    assert settings.get("feedback_code_prefix") == "SX"  # the key the feedback ledger always used


def test_a_start_date_alone_brings_the_usual_phase_lengths(db):
    campaign.save({"county": "松溪县", "study_start": "2021-03-01"})
    lengths = [(last - first).days + 1 for _phase, first, last in campaign.current().phase_ranges()]
    assert lengths == [30, 75, 15] and campaign.is_configured()


def test_phases_out_of_order_name_the_later_field_and_store_nothing(db):
    campaign.save({"county": "松溪县"})
    with pytest.raises(ValidationErrors) as excinfo:
        campaign.save({"study_start": "2021-03-01", "rectify_start": "2021-02-20",
                       "summary_start": "2021-06-01", "campaign_end": "2021-06-01"})
    reasons = fields_of(excinfo)
    assert set(reasons) == {"查纠整改开始日期", "教育整顿结束日期"}
    assert "应晚于学习教育开始日期（2021-03-01）" in reasons["查纠整改开始日期"]
    assert campaign.current().phase_ranges() == [] and campaign.current().county == "松溪县"


def test_some_phase_dates_without_the_others_are_refused(db):
    with pytest.raises(ValidationErrors) as excinfo:
        campaign.save({"study_start": "2021-03-01", "rectify_start": "2021-04-01"})
    assert set(fields_of(excinfo)) == {"总结提升开始日期", "教育整顿结束日期"}


@pytest.mark.parametrize("name, value, field, words", [
    ("county", "××县", "县（市、区）名称", "占位文字"),
    ("county", "松溪", "县（市、区）名称", "结尾"),
    ("county", "Songxi County", "县（市、区）名称", "汉字"),
    ("office_name", "××县政法队伍教育整顿领导小组办公室", "教整办全称", "占位文字"),
    ("code_prefix", "Z G", "整改编号前缀", "不含空格"),
    ("contact_phone", "请拨打", "联系电话", "电话号码"),
    ("study_start", "2021年3月", "学习教育开始日期", "2021-03-01"),
    ("study_start", "三月一日", "学习教育开始日期", "不是一个日期"),
    ("office_short_name", "很" * 13, "教整办简称", "最多12字"),
])
def test_bad_values_are_refused_naming_the_field(db, name, value, field, words):
    with pytest.raises(ValidationErrors) as excinfo:
        campaign.save({name: value})
    reasons = fields_of(excinfo)
    assert list(reasons) == [field] and words in reasons[field]
    assert campaign.current() == campaign.CampaignSettings()


def test_every_problem_at_once_and_labels_are_accepted_as_names(db):
    with pytest.raises(ValidationErrors) as excinfo:
        campaign.save({"县（市、区）名称": "松溪", "no_such": "x", "整改编号前缀": "!"})
    assert set(fields_of(excinfo)) == {"县（市、区）名称", "设置项", "整改编号前缀"}
    campaign.save({"县（市、区）名称": "青山区"})
    assert campaign.current().county == "青山区"


def test_only_what_changed_is_written_and_logged(db):
    from app.safety.models import AuditEntry

    campaign.save({"county": "松溪县", "study_start": "2021-03-01"})
    logged = AuditEntry.select().count()
    campaign.save({"county": "松溪县"})  # nothing new
    assert AuditEntry.select().count() == logged
    campaign.save({"contact_person": "刘敏"})
    assert AuditEntry.select().count() == logged + 1


def test_a_date_not_understood_is_reported_once(db):
    with pytest.raises(ValidationErrors) as excinfo:
        campaign.save({"study_start": "2021-03-01", "rectify_start": "下月", "summary_start": "2021-06-01",
                       "campaign_end": "2021-06-30"})
    assert list(fields_of(excinfo)) == ["查纠整改开始日期"]


def test_dates_as_offices_write_them(db):
    campaign.save({"study_start": "2021年3月1日"})
    assert campaign.current().study_start == dt.date(2021, 3, 1)
    campaign.save({"study_start": "2021/3/2", "rectify_start": "2021.4.6", "summary_start": "2021-6-1",
                   "campaign_end": "20210630"})
    assert campaign.current().phase_ranges()[0][1:] == (dt.date(2021, 3, 2), dt.date(2021, 4, 5))


def test_clearing_a_setting_brings_its_placeholder_back(db):
    campaign.save({"county": "松溪县", "issuer": "松溪县教整办"})
    campaign.save({"issuer": ""})
    assert campaign.current().signature == "松溪县政法队伍教育整顿领导小组办公室"
    campaign.save(campaign.CampaignSettings())
    assert campaign.current() == campaign.CampaignSettings()


def test_a_file_from_before_the_four_dates_reads_its_start_and_phase_days(db):
    settings.set_many({"county": "松溪县", "campaign_start": "2021-03-01", "phase_days": "20,60,10",
                       "office_name": "××县政法队伍教育整顿领导小组办公室"})
    current = campaign.current()
    assert [(last - first).days + 1 for _p, first, last in current.phase_ranges()] == [20, 60, 10]
    assert current.office_name == ""  # the old placeholder text reads as not set
    campaign.save({"contact_person": "刘敏"})  # saving something else keeps the phases as they were
    assert campaign.current().phase_ranges() == current.phase_ranges()


def test_a_reader_cannot_change_the_settings(db):
    from app.safety import access, accounts
    from app.store.db import PermissionDenied

    accounts.enable("admin", "管理员", "secret-1")
    accounts.create_account("reader", "查阅员", access.ROLE_READER, "secret-3")
    accounts.login("reader", "secret-3")
    with pytest.raises(PermissionDenied):
        campaign.save({"county": "松溪县"})
    assert campaign.current().county == ""
