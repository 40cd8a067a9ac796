"""Hostile input: arbitrary text into the roster form/service and the shared safe_text helpers."""
import unicodedata

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.roster.models import FIELD_LABELS, MAX_REMARKS
from app.roster.officers import OfficerData, create_officer, validate_officer
from app.errors import ValidationError, ValidationErrors
from app.common.safe_text import clean_text, decode_bytes, excel_safe

NASTY = st.one_of(
    st.text(),
    st.text(alphabet=st.characters(codec="utf-8"), max_size=50),
    st.sampled_from(["=cmd|' /C calc'!A0", "+SUM(A1)", "-1+1", "@SUM(1)", "\u202eevil", "👮‍♀️王敏🇨🇳", "\x00\x1b[31m",
                     "a\r\nb", "\ud800", "王" * 5000, " ", "\t=1", "＝1+1"]),
)


@settings(max_examples=300, deadline=None)
@given(value=NASTY, limit=st.integers(min_value=0, max_value=300), multiline=st.booleans())
def test_clean_text_never_lets_control_or_invisible_characters_through(value, limit, multiline):
    try:
        text = clean_text(value, limit, "备注", multiline=multiline)
    except ValidationError as exc:
        assert exc.field == "备注" and "过长" in exc.message
        return
    assert len(text) <= limit and text == text.strip()
    for ch in text:
        assert unicodedata.category(ch) not in ("Cc", "Cs", "Zl", "Zp") or (multiline and ch in "\n\t")
        assert ch not in "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\ufeff"
    text.encode("utf-8")  # always storable and exportable


@settings(max_examples=300, deadline=None)
@given(value=NASTY, multiline=st.booleans())
def test_clean_text_shortcut_for_printable_text_drops_nothing_the_full_check_would_keep(value, multiline):
    from app.common.safe_text import _keep

    text = value
    if not multiline:
        text = text.replace("\r\n", " ").replace("\r", " ").replace("\n", " ").replace("\t", " ")
    else:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = unicodedata.normalize("NFC", text)
    expected = "".join(ch for ch in text if _keep(ch, multiline)).strip()
    assert clean_text(value, 10 ** 9, multiline=multiline) == expected


@given(st.one_of(st.text(), st.integers(), st.floats(allow_nan=False), st.none(), st.booleans()))
def test_excel_safe_never_leaves_a_formula(value):
    safe = excel_safe(value)
    if isinstance(value, str):
        assert not safe.startswith(("=", "+", "-", "@", "\t", "\r", "＝", "＋", "－", "＠")) and safe.endswith(value)
    else:
        assert safe is value


def test_examples_of_each_danger():
    assert excel_safe("=cmd|' /C calc'!A0") == "'=cmd|' /C calc'!A0"
    assert excel_safe("王敏") == "王敏" and excel_safe(12) == 12
    assert clean_text("  王\x00敏\u202e  ", 10) == "王敏"
    assert clean_text("👮‍♀️王敏", 10) == "👮\u200d♀️王敏"  # emoji kept whole
    assert clean_text(b"\xcd\xf5\xc3\xf4", 10) == "王敏"  # GBK bytes
    with pytest.raises(ValidationError, match="过长"):
        clean_text("王" * 201, 200, "姓名")


@given(st.text())
def test_decode_bytes_reads_utf8_utf16_and_gb18030(text):
    for encoded in (text.encode("utf-8", "surrogatepass"), b"\xef\xbb\xbf" + text.encode("utf-8", "surrogatepass"),
                    text.encode("utf-16", "surrogatepass")):
        assert isinstance(decode_bytes(encoded), str)
    if any("\ud800" <= ch <= "\udfff" for ch in text):
        return
    assert decode_bytes(b"\xef\xbb\xbf" + text.encode("utf-8")) == text
    if text.startswith("\ufeff"):
        return  # text that begins with U+FEFF, written without a BOM, reads as a BOM: nothing can tell them apart
    assert decode_bytes(text.encode("utf-8")) == text


officer_text = st.one_of(st.text(max_size=300), NASTY)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(name=officer_text, unit=officer_text, department=officer_text, id_number=officer_text, phone=officer_text,
       remarks=st.one_of(st.text(max_size=2500), NASTY), status=officer_text, gender=officer_text)
def test_validate_officer_gives_a_named_error_or_clean_data(name, unit, department, id_number, phone, remarks,
                                                            status, gender):
    data = OfficerData(name=name, unit=unit, department=department, id_number=id_number, phone=phone,
                       remarks=remarks, status=status, gender=gender)
    try:
        clean = validate_officer(data)
    except ValidationErrors as exc:
        assert exc.errors and all(e.field in FIELD_LABELS.values() for e in exc.errors)
        assert all(e.reason for e in exc.errors)
        return
    for value in (clean.name, clean.unit, clean.department, clean.phone, clean.remarks):
        assert all(unicodedata.category(ch) not in ("Cc", "Cs") or ch in "\n\t" for ch in value)
        value.encode("utf-8")
    assert clean.name and clean.unit and len(clean.remarks) <= MAX_REMARKS


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(name=NASTY, remarks=NASTY)
def test_saving_hostile_text_either_saves_it_cleanly_or_saves_nothing(db, name, remarks):
    from app.roster.models import Officer

    before = Officer.select().count()
    try:
        officer = create_officer(OfficerData(name=name, unit="县法院", remarks=remarks))
    except ValidationErrors:
        assert Officer.select().count() == before
        return
    stored = Officer.get_by_id(officer.id)
    assert stored.name == officer.name and "\x00" not in stored.name + stored.remarks
