"""The 会议与选树 forms, all FormDialogs: a meeting, a document issued (the next 文号 proposed), a 通报 to society
and an 英模 recommendation (from the roster or by name, with the 英模报告会 where the person spoke)."""
from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QSpinBox

from app.affairs.heroes import RecommendationData, report_sessions, save_recommendation
from app.affairs.issued import DocumentData, default_issuer, next_number, save_document
from app.affairs.meetings import MeetingData, NoticeData, save_meeting, save_notice
from app.affairs.models import (DEFAULT_HONOUR, DOCUMENT_KINDS, ELECTED, LEVELS, MEETING_KINDS, NOTICE_CHANNELS,
                                PRESS_CONFERENCE, RESULTS)
from app.roster.units import units
from ui.common.dates import date_edit, from_qdate
from ui.common.form import FormDialog, fit_to_screen
# the 查纠整改 forms' combos (roster with a completer, a vocabulary) and note box, shared rather than copied
from ui.common.widgets import choice_combo, officer_combo, select_data, text_edit


def options_box(options, current: str = "") -> QComboBox:
    box = choice_combo(options)
    select_data(box, current)
    return box


class MeetingDialog(FormDialog):
    def __init__(self, parent=None, row=None, *, kind: str = ""):
        super().__init__(parent)
        self.setWindowTitle(self.tr("修改会议") if row else self.tr("登记会议"))
        self.row = row
        self.kind = self.add_row(self.tr("会议类别："), options_box(MEETING_KINDS, row.kind if row else kind),
                                 field="会议类别")
        self.held_on = self.add_row(self.tr("召开日期："), date_edit(row.held_on if row else dt.date.today()),
                                    field="召开日期")
        self.title = self.add_row(self.tr("议题："), QLineEdit(row.title if row else ""), field="议题")
        self.title.setPlaceholderText(self.tr("如 研究部署全县政法队伍教育整顿工作"))
        self.title.setCursorPosition(0)  # a long topic shows its beginning
        self.presided_by = self.add_row(self.tr("主持人："), QLineEdit(row.presided_by if row else ""), field="主持人")
        self.attendees = self.add_row(self.tr("参会人数："), QSpinBox(), field="参会人数")
        self.attendees.setRange(0, 100_000)
        self.attendees.setValue(row.attendees if row else 0)
        self.media = self.add_row("", QCheckBox(self.tr("邀请媒体参加")), field="邀请媒体")
        self.media.setChecked(row.media_invited if row else False)
        self.kind.currentIndexChanged.connect(lambda _i: self._media_default())
        self.notes = self.add_row(self.tr("备注："), text_edit(row.notes if row else ""), field="备注")
        if row is None:
            self._media_default()
        fit_to_screen(self, 560, 380)

    def _media_default(self) -> None:
        if self.row is None:
            self.media.setChecked(self.kind.currentData() == PRESS_CONFERENCE)

    def save(self):
        data = MeetingData(kind=self.kind.currentData(), held_on=from_qdate(self.held_on.date()),
                           title=self.title.text(), presided_by=self.presided_by.text(),
                           attendees=self.attendees.value(), media_invited=self.media.isChecked(),
                           notes=self.notes.toPlainText())
        return save_meeting(data, self.row.id if self.row else None)


class DocumentDialog(FormDialog):
    def __init__(self, parent=None, row=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("修改文件") if row else self.tr("登记制发文件"))
        self.row = row
        today = dt.date.today()
        self.number = self.add_row(self.tr("文号："), QLineEdit(row.number if row else next_number(today.year)),
                                   field="文号")
        self.number.setToolTip(self.tr("新文件按本年已用的最大文号自动顺延，可修改；文号不能重复"))
        self.issued_on = self.add_row(self.tr("印发日期："), date_edit(row.issued_on if row else today), field="印发日期")
        self.kind = self.add_row(self.tr("文种："), options_box(DOCUMENT_KINDS, row.kind if row else ""), field="文种")
        self.title = self.add_row(self.tr("文件标题："), QLineEdit(row.title if row else ""), field="文件标题")
        self.issuer = self.add_row(self.tr("发文机关："), QLineEdit(row.issuer if row else default_issuer()),
                                   field="发文机关")
        self.notes = self.add_row(self.tr("备注："), text_edit(row.notes if row else ""), field="备注")
        fit_to_screen(self, 600, 340)

    def save(self):
        data = DocumentData(number=self.number.text(), issued_on=from_qdate(self.issued_on.date()),
                            title=self.title.text(), issuer=self.issuer.text(), kind=self.kind.currentData(),
                            notes=self.notes.toPlainText())
        return save_document(data, self.row.id if self.row else None)


class NoticeDialog(FormDialog):
    def __init__(self, parent=None, row=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("修改通报") if row else self.tr("登记向社会通报"))
        self.row = row
        self.issued_on = self.add_row(self.tr("通报日期："), date_edit(row.issued_on if row else dt.date.today()),
                                      field="通报日期")
        self.channel = self.add_row(self.tr("通报渠道："), options_box(NOTICE_CHANNELS, row.channel if row else ""),
                                    field="通报渠道")
        self.title = self.add_row(self.tr("通报标题："), QLineEdit(row.title if row else ""), field="通报标题")
        self.notes = self.add_row(self.tr("备注："), text_edit(row.notes if row else ""), field="备注")
        fit_to_screen(self, 560, 300)

    def save(self):
        data = NoticeData(issued_on=from_qdate(self.issued_on.date()), channel=self.channel.currentData(),
                          title=self.title.text(), notes=self.notes.toPlainText())
        return save_notice(data, self.row.id if self.row else None)


class RecommendationDialog(FormDialog):
    def __init__(self, parent=None, row=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("修改英模推荐") if row else self.tr("登记英模推荐"))
        self.row = row
        self.officer = self.add_row(self.tr("干警："), officer_combo(optional=True), field="干警")
        self.name = self.add_row(self.tr("姓名："), QLineEdit(row.name if row else ""), field="姓名")
        self.name.setPlaceholderText(self.tr("从人员台账选择时可不填"))
        self.unit = self.add_row(self.tr("推荐单位："), QComboBox(), field="推荐单位")
        self.unit.addItem(self.tr("（干警所在单位）"), "")
        for u in units():
            self.unit.addItem(u.short_name or u.name, u.name)
        self.recommended_on = self.add_row(self.tr("推荐日期："),
                                           date_edit(row.recommended_on if row else dt.date.today()), field="推荐日期")
        self.level = self.add_row(self.tr("评选层级："), options_box(LEVELS, row.level if row else ""), field="评选层级")
        self.outcome = self.add_row(self.tr("评选结果："), options_box(RESULTS, row.result if row else ""),
                                   field="评选结果")
        self.honour = self.add_row(self.tr("荣誉称号："), QLineEdit(row.honour if row else ""), field="荣誉称号")
        self.honour.setPlaceholderText(self.tr("当选时填写，如 第二届“{honour}”").format(honour=DEFAULT_HONOUR))
        self.outcome.currentIndexChanged.connect(lambda _i: self._honour_state())
        self.typical = self.add_row("", QCheckBox(self.tr("选树为英模和先进典型")), field="选树先进典型")
        self.session = self.add_row(self.tr("英模报告会："), QComboBox(), field="英模报告会")
        self.session.setToolTip(self.tr("本人作事迹报告的英模报告会（学习教育中“英模报告会/观影”类的活动）"))
        self.session.addItem(self.tr("（无）"), None)
        for s in report_sessions():
            self.session.addItem(s.label, s.id)
        self.deeds = self.add_row(self.tr("主要事迹："), text_edit(row.deeds if row else "", 100), field="主要事迹")
        self.notes = self.add_row(self.tr("备注："), text_edit(row.notes if row else "", 50), field="备注")
        if row is not None:
            select_data(self.officer, row.officer_id)
            select_data(self.unit, row.unit_name)
            self.typical.setChecked(row.typical_model)
            select_data(self.session, row.report_session_id)
        self._honour_state()
        fit_to_screen(self, 620, 600)

    def _honour_state(self) -> None:
        self.honour.setEnabled(self.outcome.currentData() == ELECTED)

    def save(self):
        data = RecommendationData(officer_id=self.officer.currentData(), name=self.name.text(),
                                  unit=self.unit.currentData() or "",
                                  recommended_on=from_qdate(self.recommended_on.date()),
                                  level=self.level.currentData(), result=self.outcome.currentData(),
                                  honour=self.honour.text(), typical_model=self.typical.isChecked(),
                                  report_session_id=self.session.currentData(), deeds=self.deeds.toPlainText(),
                                  notes=self.notes.toPlainText())
        return save_recommendation(data, self.row.id if self.row else None)
