"""What export-all puts in its workbook: every ledger as a sheet of columns over the features' own rows —
the roster and the outside leaders, study sessions, attendance, talks, the feedback ledger and pledges —
and the lines of the 说明 sheet before them. `app.reports.documents.workbook` writes them. The newer
features' sheets follow these, offered by their own `export_sheets` hooks (app.reports.feature_sheets).

ID numbers are masked (and the birth date beside them cut to the year, which would otherwise complete them)
and talk content is left out unless asked for (`with_ids`, `with_content`); the
permission for them is checked by `app.reports.outputs.export_all` before any sheet is made.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Callable

import peewee as pw

from app.common import idcard
from app.feedback.ledger import ledger_rows
from app.pledges.ledger import pledge_rows
from app.roster.leaders import leader_rows
from app.roster.officers import officer_rows
from app.safety import access
from app.store import campaign
from app.study.listing import session_rows
from app.study.models import Attendee, MakeupTask, Reflection, StudySession, StudyType
from app.talks.listing import talk_rows


@dataclass(frozen=True)
class Column:
    header: str
    width: int  # characters (a Chinese character counts two)
    value: Callable | None  # None: the row number
    number_format: str = ""


@dataclass(frozen=True)
class Sheet:
    title: str
    columns: list  # Column
    rows: list


def _yes(flag: bool) -> str:
    return "是" if flag else ""


# ---------------------------------------------------------------- sheet contents

def _officer_sheet(with_ids: bool):
    rows = officer_rows()
    columns = [
        Column("序号", 6, None), Column("姓名", 10, lambda r: r.name), Column("性别", 6, lambda r: r.gender),
        # A masked number and the full birth date together are the whole number: the year only beside it.
        Column("出生日期", 12, lambda r: r.birth_date) if with_ids else
        Column("出生年份", 10, lambda r: r.birth_date.year if r.birth_date else None),
        Column("身份证号", 21, (lambda r: r.id_number) if with_ids else (lambda r: idcard.mask(r.id_number))),
        Column("民族", 8, lambda r: r.ethnicity), Column("政治面貌", 12, lambda r: r.political_status),
        Column("单位", 24, lambda r: r.unit), Column("部门", 16, lambda r: r.department),
        Column("职务", 14, lambda r: r.post), Column("职级", 14, lambda r: r.rank),
        Column("人员类别", 20, lambda r: r.category), Column("在岗状态", 9, lambda r: r.status),
        Column("班子成员", 9, lambda r: r.leadership), Column("部门负责人", 10, lambda r: _yes(r.is_department_head)),
        Column("入职时间", 12, lambda r: r.hire_date), Column("联系电话", 14, lambda r: r.phone),
        Column("计入教育整顿", 12, lambda r: "是" if r.counts_in_campaign else "否"),
        Column("备注", 24, lambda r: r.remarks),
    ]
    return "人员台账", columns, rows


def _leader_sheet():
    rows = leader_rows()
    columns = [Column("序号", 6, None), Column("姓名", 10, lambda r: r.name),
               Column("单位", 26, lambda r: r.organization), Column("职务", 16, lambda r: r.post),
               Column("联系电话", 14, lambda r: r.phone), Column("备注", 24, lambda r: r.remarks)]
    return "系统外领导干部", columns, rows


def _session_sheet():
    rows = session_rows()
    columns = [
        Column("序号", 6, None), Column("日期", 12, lambda r: r.day), Column("开始时间", 9, lambda r: r.start_time),
        Column("类型", 22, lambda r: r.type_name), Column("名称", 40, lambda r: r.title),
        Column("阶段", 10, lambda r: r.phase), Column("地点", 20, lambda r: r.place),
        Column("主讲人", 14, lambda r: r.speaker), Column("主办", 18, lambda r: r.organiser),
        Column("参加范围", 18, lambda r: r.audience_text), Column("状态", 8, lambda r: r.state),
        Column("应到", 7, lambda r: r.figures.expected), Column("实到", 7, lambda r: r.figures.attended),
        Column("请假", 7, lambda r: r.figures.leave), Column("缺席", 7, lambda r: r.figures.absent),
        Column("未登记", 7, lambda r: r.figures.unmarked),
        Column("出勤率", 8, lambda r: r.figures.attendance_rate, "0.0%"),
        Column("补学未完成", 10, lambda r: r.figures.makeup_open),
        Column("心得体会", 9, lambda r: r.figures.reflections),
    ]
    rows = sorted(rows, key=lambda r: (r.day, r.start_time or dt.time(), r.id))
    return "学习活动", columns, rows


def _attendance_sheet():
    query = (Attendee.select(StudySession.day, StudyType.name, StudySession.title, Attendee.name, Attendee.unit_name,
                             Attendee.department_name, Attendee.post, Attendee.status, Attendee.reason,
                             MakeupTask.kind, MakeupTask.deadline, MakeupTask.completed_on, Reflection.received_on,
                             Attendee.score)
             .join(StudySession, on=(Attendee.session == StudySession.id))
             .join(StudyType, on=(StudySession.type == StudyType.id))
             .switch(Attendee).join(MakeupTask, pw.JOIN.LEFT_OUTER, on=(MakeupTask.attendee == Attendee.id))
             .switch(Attendee).join(Reflection, pw.JOIN.LEFT_OUTER, on=(Reflection.attendee == Attendee.id))
             .where(StudySession.deleted_at.is_null())
             .order_by(StudySession.day, StudySession.id, Attendee.position))
    rows = list(query.tuples())
    headers = [("日期", 12), ("类型", 22), ("学习活动", 40), ("姓名", 10), ("单位", 24), ("部门", 16), ("职务", 14),
               ("考勤", 7), ("请假/缺席原因", 14), ("补学方式", 9), ("补学时限", 12), ("补学完成日期", 13),
               ("心得体会提交日期", 15), ("成绩", 7)]
    columns = [Column("序号", 6, None)] + [Column(h, w, (lambda i: lambda r: r[i])(i)) for i, (h, w) in enumerate(headers)]
    return "考勤明细", columns, rows


def _talk_sheet(with_content: bool):
    rows = sorted(talk_rows(include_content=with_content), key=lambda r: (r.talk_date, r.id))
    columns = [
        Column("序号", 6, None), Column("轮次", 8, lambda r: r.round_name), Column("日期", 12, lambda r: r.talk_date),
        Column("时间", 7, lambda r: r.talk_time), Column("地点", 16, lambda r: r.place),
        Column("谈话人", 10, lambda r: r.talker_name), Column("谈话人单位及职务", 22, lambda r: r.talker_post),
        Column("谈话对象", 24, lambda r: r.participants), Column("人数", 6, lambda r: r.participant_count),
        Column("对象单位", 16, lambda r: r.units), Column("类型", 12, lambda r: r.talk_type),
        Column("方式", 6, lambda r: r.mode), Column("谈话主题", 28, lambda r: r.topic),
        Column("主动说明问题", 12, lambda r: _yes(r.self_reported)),
        Column("未完成后续事项", 13, lambda r: r.open_follow_ups or None),
        Column("记录人", 10, lambda r: r.note_taker), Column("备注", 20, lambda r: r.remarks),
    ]
    if with_content:
        columns += [Column("主要内容", 50, lambda r: r.content), Column("反映的问题", 40, lambda r: r.problems),
                    Column("意见建议", 40, lambda r: r.suggestions)]
    return "谈话记录", columns, rows


def _feedback_sheet():
    rows = ledger_rows()
    rows.sort(key=lambda r: (r.collected_on, r.code))
    columns = [
        Column("序号", 6, None), Column("编号", 14, lambda r: r.code), Column("来源渠道", 12, lambda r: r.channel),
        Column("收集活动", 24, lambda r: r.event_title), Column("收集日期", 12, lambda r: r.collected_on),
        Column("提出人", 16, lambda r: r.submitter), Column("提出人类别", 12, lambda r: r.submitter_category),
        Column("联系方式", 15, lambda r: r.submitter_contact), Column("意见建议内容", 48, lambda r: r.content),
        Column("类别", 16, lambda r: r.category_label), Column("责任单位", 22, lambda r: r.unit_full),
        Column("责任领导", 10, lambda r: r.leader), Column("责任人", 10, lambda r: r.person),
        Column("整改措施", 40, lambda r: r.measure), Column("时限", 12, lambda r: r.deadline),
        Column("时限情况", 11, lambda r: r.due_text), Column("进展", 28, lambda r: r.progress),
        Column("状态", 12, lambda r: r.status), Column("完成日期", 12, lambda r: r.completed_on),
        Column("佐证材料", 24, lambda r: r.evidence_text), Column("回复", 30, lambda r: r.reply),
        Column("满意度", 9, lambda r: r.satisfaction), Column("销号审核人", 10, lambda r: r.reviewer),
        Column("销号日期", 12, lambda r: r.reviewed_on),
        Column("备注", 24, lambda r: "；".join(x for x in (r.remarks, r.rejection_reason and
                                                        f"不予采纳理由：{r.rejection_reason}") if x)),
    ]
    return "整改清单", columns, rows


def _pledge_sheet():
    rows = pledge_rows()
    columns = [
        Column("序号", 6, None), Column("承诺书", 36, lambda r: r.template_name), Column("版本", 6, lambda r: r.version),
        Column("签署人类别", 12, lambda r: "政法干警" if r.signer_kind == "officer" else "系统外领导干部"),
        Column("姓名", 10, lambda r: r.name), Column("单位", 24, lambda r: r.unit), Column("部门", 16, lambda r: r.department),
        Column("职务", 14, lambda r: r.post), Column("状态", 8, lambda r: r.status),
        Column("下发时间", 17, lambda r: r.issued_at), Column("打印时间", 17, lambda r: r.printed_at),
        Column("打印次数", 9, lambda r: r.print_count or None), Column("签署日期", 12, lambda r: r.signed_on),
        Column("屏幕签名", 9, lambda r: _yes(r.signed_on_screen)), Column("归档时间", 17, lambda r: r.archived_at),
        Column("扫描件", 7, lambda r: r.scans or None),
    ]
    return "承诺书", columns, rows


SHEETS = ("人员台账", "系统外领导干部", "学习活动", "考勤明细", "谈话记录", "整改清单", "承诺书")


def sheets(*, with_content: bool = False, with_ids: bool = False) -> list[Sheet]:
    """Every ledger's sheet, in the order of SHEETS."""
    makers = [lambda: _officer_sheet(with_ids), _leader_sheet, _session_sheet, _attendance_sheet,
              lambda: _talk_sheet(with_content), _feedback_sheet, _pledge_sheet]
    return [Sheet(*make()) for make in makers]


def about_lines(*, with_content: bool = False, with_ids: bool = False, with_clues: bool = False,
                today: dt.date | None = None) -> list[str]:
    """The 说明 sheet's lines above its table of sheets: what was exported, when, by whom, what was left out."""
    today = today or dt.date.today()
    office = campaign.current()
    return [f"{office.county_in_title}{office.campaign}全部台账",
            f"导出日期：{today:%Y-%m-%d}　导出人：{access.current_actor()}",
            "身份证号：" + ("完整显示（按要求导出，请妥善保管）" if with_ids
                        else "已隐去出生日期，出生日期只列年份（如需完整号码和出生日期，导出时选择“含身份证号”）"),
            "谈话内容：" + ("已包含（按要求导出，属保密信息，请妥善保管）" if with_content
                        else "未包含（只列谈话时间、对象、类型和主题）"),
            "问题线索和个人自查事项：" + ("已包含（按要求导出，属保密信息，请妥善保管）" if with_clues
                                 else "未包含（专项排查只列范围和数量；如需导出，选择“含问题线索”，需有“问题线索”权限）")]
