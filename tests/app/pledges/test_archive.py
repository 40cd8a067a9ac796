"""The status flow end to end: print, register signed, file, step back, sign on screen, withdraw."""
import datetime as dt

import pytest

from app.errors import Conflict, ValidationError
from app.pledges import archive, issuing, printing, signing
from app.pledges.ledger import history
from app.pledges.models import ARCHIVED, PENDING, PRINTED, SIGNED, Pledge
from tests.support.pledge_data import STROKES, TODAY, ids_of, issue_officers, png_bytes


def test_status_flow_allowed_and_refused_steps(people):
    issue_officers()
    ids = ids_of()
    a, b = ids[0], ids[1]
    with pytest.raises(Conflict, match="不能登记为已签署.*状态为“待打印”"):
        signing.mark_signed([a], TODAY)
    with pytest.raises(Conflict, match="不能归档"):
        archive.archive([a])
    assert printing.mark_printed([a]) == 1
    assert Pledge.get_by_id(a).status == PRINTED and Pledge.get_by_id(a).printed_by
    with pytest.raises(Conflict):  # b is still 待打印: nothing changes, not even a
        signing.mark_signed([a, b], TODAY)
    assert Pledge.get_by_id(a).status == PRINTED
    with pytest.raises(ValidationError, match="签署日期：不能晚于今天"):
        signing.mark_signed([a], TODAY + dt.timedelta(days=1))
    with pytest.raises(ValidationError, match="不能早于下发日期"):
        signing.mark_signed([a], TODAY - dt.timedelta(days=30))
    signing.mark_signed([a], TODAY)
    signed = Pledge.get_by_id(a)
    assert (signed.status, signed.signed_on, signed.signed_on_screen) == (SIGNED, TODAY, False)
    with pytest.raises(Conflict):
        signing.sign_on_screen(a, STROKES, png_bytes(), TODAY)
    archive.archive([a])
    archived = Pledge.get_by_id(a)
    assert archived.status == ARCHIVED and archived.archived_at and archived.archived_by
    assert [step for step, _when, _who in history(a)][0] == "下发" and len(history(a)) == 4
    assert printing.mark_printed([a]) == 0 and Pledge.get_by_id(a).print_count == 2  # a reprint is only counted
    archive.revert([a])
    assert Pledge.get_by_id(a).status == SIGNED
    archive.revert([a])
    assert Pledge.get_by_id(a).status == PRINTED and Pledge.get_by_id(a).signed_on is None
    archive.revert([a])
    assert Pledge.get_by_id(a).status == PENDING
    with pytest.raises(Conflict, match="不能撤销上一步"):
        archive.revert([a])
    signing.sign_on_screen(b, STROKES, png_bytes(), TODAY)  # on screen: straight from 待打印
    assert Pledge.get_by_id(b).status == SIGNED and signing.signature_of(b) is not None
    with pytest.raises(Conflict, match="不能撤回"):
        issuing.withdraw([b])
    archive.revert([b])
    assert signing.signature_of(b) is None and Pledge.get_by_id(b).status == PENDING
