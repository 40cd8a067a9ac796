"""个人自查表: one officer's self-check items, each with its three reviews and outcome, and the policy line
自查从宽、被查从严. Portrait GB/T 9704 page, 内部资料 on every page. Takes the records, never queries."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Spacer

from app.documents import fonts, layout
from app.rectify.documents.common import CONFIDENTIAL_MARK, county, para, short_date, style, subtitle, table
from app.rectify.models import POLICY, REVIEW_STEPS

TABLE_SIZE = 10.5


def build_self_check(out: Path | str, officer: dict, items: list, reviews: dict, *, on: dt.date) -> None:
    """officer: {"name", "unit", "post"}; items: ItemRow list; reviews: {item id: [ReviewRow]}."""
    cell_style = style("rc-sc-cell", fonts.SONG, TABLE_SIZE, leading=TABLE_SIZE * 1.4)
    text_style = style("rc-sc-text", fonts.FANGSONG, 12)
    heading = f"{county()}政法干警个人自查表"
    story = [layout.title(heading), subtitle(f"（{POLICY}）")]
    story.append(table([["姓名", officer["name"], "单位", officer["unit"], "职务", officer["post"]]],
                       [22 * mm, 30 * mm, 18 * mm, 42 * mm, 16 * mm, 28 * mm], size=TABLE_SIZE))
    story.append(Spacer(1, 4 * mm))
    if not items:
        story.append(para("没有填报自查事项。", text_style))
    for number, item in enumerate(items, start=1):
        rows = [[f"事项{number}", f"{item.category}　填报日期：{short_date(item.reported_on)}　"
                 f"{'主动说明' if item.disclosed else '非主动说明'}"],
                ["自查内容", para(item.content, cell_style)]]
        done = {r.step: r for r in reviews.get(item.id, [])}
        for step in REVIEW_STEPS:
            r = done.get(step)
            text = (f"{r.opinion}\n审核人：{r.reviewer}　{short_date(r.reviewed_on)}"
                    + (f"　处理意见：{r.outcome}" if r.outcome else "")) if r else "（尚未审核）"
            rows.append([step, para(text, cell_style)])
        outcome = item.outcome or "（审核中）"
        if item.clue_code:
            outcome += f"（线索编号 {item.clue_code}）"
        rows.append(["处理结果", outcome])
        story.append(table(rows, [28 * mm, 128 * mm], size=TABLE_SIZE, header_rows=0))
        story.append(Spacer(1, 4 * mm))
    story.append(para("本人承诺以上填报内容真实、完整。", text_style))
    story.append(Spacer(1, 6 * mm))
    story.append(para("本人签名：　　　　　　　　　　　　　　年　　月　　日", text_style))
    story.append(Spacer(1, 3 * mm))
    story.append(para(f"打印日期：{layout.cn_date(on)}", text_style))
    layout.build(out, story, title=heading, subject="个人自查表", header=CONFIDENTIAL_MARK)
