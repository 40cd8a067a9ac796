"""承诺书签订进度 for printing: per template, a table per unit (issued, printed, signed, archived, not signed,
rate) with totals; then, per template, who has not signed yet. Built from the rows it is given."""
from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Sequence

from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.platypus import CondPageBreak

from app.common.figures import percent, rate
from app.documents import layout
from app.pledges.figures import ProgressRow
from app.pledges.ledger import PledgeRow
from app.pledges.models import OFFICER
from app.pledges.text import cn_number

TITLE = "承诺书签订进度"


def _number(value) -> object:
    return layout.cell(value, 10.5, align=TA_RIGHT)


def _heading_before_long_table(flowable) -> list:
    # A long list should start under its heading on the current page, not jump whole to the next:
    # move on only when fewer than a few rows would fit.
    flowable.keepWithNext = False
    return [CondPageBreak(5 * layout.LINE_PITCH), flowable]


def build_progress_report(out: Path | str, rows: Sequence[ProgressRow], missing: Sequence[PledgeRow], *,
                          unit: str | None = None, today: dt.date | None = None, author: str = "") -> Path:
    """`rows`: progress per template and unit (at least one); `missing`: the unsigned pledges of that scope."""
    width = layout.TEXT_WIDTH
    by_template: dict[int, list[ProgressRow]] = {}
    for row in rows:
        by_template.setdefault(row.template_id, []).append(row)
    issued, signed = sum(r.issued for r in rows), sum(r.signed for r in rows)
    scope = "、".join(f"《{group[0].template_name}》" for group in by_template.values()) + (f"（{unit}）" if unit else "")
    story = [layout.title(TITLE),
             layout.body(f"统计范围：{scope}。截至{layout.cn_date(today or dt.date.today())}，共下发{issued}份，"
                         f"已签署{signed}份，完成率{percent(rate(signed, issued))}；未签署{issued - signed}份，"
                         "名单附后。")]

    columns = [width * f for f in (0.34, 0.1, 0.11, 0.11, 0.11, 0.11, 0.12)]
    for index, group in enumerate(by_template.values(), start=1):
        story.append(layout.heading1(f"{cn_number(index)}、{group[0].template_name}"))
        table = [["单位", "下发", "已打印", "已签署", "已归档", "未签署", "完成率"]]
        for r in group:
            table.append([r.unit, *map(_number, (r.issued, r.printed, r.signed, r.archived, r.not_signed)),
                          _number(percent(r.rate))])
        totals = [sum(getattr(r, name) for r in group) for name in ("issued", "printed", "signed", "archived")]
        table.append([layout.cell("合计", 10.5, layout.HEI, TA_CENTER), *map(_number, totals),
                      _number(totals[0] - totals[2]), _number(percent(rate(totals[2], totals[0])))])
        story.append(layout.grid_table(table, columns, size=10.5))
        story.append(layout.blank_lines(1))

    story += _heading_before_long_table(
        layout.heading1(f"{cn_number(len(by_template) + 1)}、未签署名单（{len(missing)}人）"))
    if not missing:
        story.append(layout.body("所选范围内的承诺书已全部签署。"))
    names_columns = [width * f for f in (0.08, 0.13, 0.3, 0.22, 0.15, 0.12)]
    index = 0
    for group in by_template.values():
        people = [r for r in missing if r.template_id == group[0].template_id]
        if not people:
            continue
        index += 1
        story += _heading_before_long_table(
            layout.heading2(f"（{cn_number(index)}）", f"{group[0].template_name}，{len(people)}人"))
        table = [["序号", "姓名", "单位", "部门", "职务", "状态"]]
        for n, r in enumerate(people, 1):
            table.append([_number(n), r.name, r.unit, r.department or "—",
                          r.post or ("干警" if r.signer_kind == OFFICER else "—"), r.status])
        story.append(layout.grid_table(table, names_columns, size=10.5))
    return layout.build(out, story, title=TITLE, author=author)
