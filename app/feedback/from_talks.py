"""A suggestion raised in a talk goes into the feedback ledger (征求意见台账), and the talk remembers it.

Kept apart from both features so neither imports the other: talks and feedback stay independent.
"""
from __future__ import annotations

from app.feedback.suggestions import add_suggestion_from_talk
from app.store.db import database
from app.errors import Conflict, NotFound
from app.roster.models import Officer, Unit
from app.talks.common import require_content_access
from app.talks.models import Talk, TalkParticipant
from app.talks.records import set_feedback_link


def send_talk_suggestions(talk_id: int):
    """Create one ledger item from the talk's 意见建议 and link both ways. Returns the Suggestion."""
    require_content_access()
    with database.atomic():
        talk = Talk.get_or_none((Talk.id == talk_id) & Talk.deleted_at.is_null())
        if talk is None:
            raise NotFound("该谈话记录已不存在。")
        if talk.feedback_item_id:
            raise Conflict("这条谈话记录的意见建议已经转入整改台账。")
        text = (talk.suggestions or "").strip()
        if not text:
            raise Conflict("这条谈话记录没有填写“意见建议”，无可转入的内容。")
        people = (Officer.select(Officer.name, Unit.name.alias("unit_name"))
                  .join(TalkParticipant, on=(TalkParticipant.officer == Officer.id))
                  .switch(Officer).join(Unit)
                  .where(TalkParticipant.talk == talk).order_by(TalkParticipant.id).dicts())
        people = list(people)
        names = "、".join(p["name"] for p in people[:5]) + ("等" if len(people) > 5 else "")
        unit = people[0]["unit_name"] if len({p["unit_name"] for p in people}) == 1 else ""
        suggestion = add_suggestion_from_talk(
            talk.id, text, names, collected_on=talk.talk_date, unit=unit,
            remarks=f"来自{talk.round.name}谈心谈话（{talk.talk_date:%Y-%m-%d}，谈话人{talk.talker_name}）")
        set_feedback_link(talk.id, suggestion.id)
    return suggestion
