"""Registration codes and case numbers: format, check character, validation, gapless issuing."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from sqlalchemy import select

from app import models as m
from app.services import validation
from app.services.codes import (
    format_practice_certificate_number,
    format_registration_code,
    is_case_number,
    mod11_2,
    mod11_10,
    next_case_number,
    next_registration_code,
    parse_practice_certificate_number,
    parse_registration_code,
    practice_certificate_number_for,
    validate_registration_code,
)
from app.services.errors import ValidationError
from app.services.validation import resident_id_check_char


@pytest.mark.parametrize("sample", ["11010519491231002X", "440524188001010014"])
def test_check_character_is_the_resident_id_algorithm(sample: str) -> None:
    assert mod11_2(sample[:17]) == sample[17] == resident_id_check_char(sample[:17])


def test_registration_code_carries_province_year_serial_and_check_character() -> None:
    code = format_registration_code("440000", 2026, 17)
    assert code == "44" + "2026" + "00000017" + mod11_2("44202600000017")
    assert len(code) == 15
    parsed = parse_registration_code(code)
    assert (parsed.province, parsed.year, parsed.serial) == ("440000", 2026, 17)


def test_every_single_digit_error_in_a_code_is_caught() -> None:
    code = format_registration_code("440000", 2026, 12345)
    for i in range(14):
        for digit in "0123456789":
            if digit == code[i]:
                continue
            wrong = code[:i] + digit + code[i + 1 :]
            with pytest.raises(ValidationError):
                parse_registration_code(wrong)


def _checked(body: str) -> str:
    return body + mod11_2(body)


@pytest.mark.parametrize(
    ("value", "says"),
    [
        ("", "不能为空"),
        ("44202600000001", "应为15位"),
        ("4420260000000A5", "前14位应为数字"),
        (_checked("99202600000001"), "省级代码"),
        (_checked("44199900000001"), "年份"),
        (_checked("44202600000000"), "序号"),
    ],
)
def test_malformed_codes_are_refused_with_the_reason(value: str, says: str) -> None:
    with pytest.raises(ValidationError, match=says) as refused:
        parse_registration_code(value)
    assert refused.value.field == "registration_code"


def test_a_wrong_check_character_names_the_right_one() -> None:
    code = format_registration_code("440000", 2026, 1)
    wrong = code[:14] + ("0" if code[14] != "0" else "1")
    with pytest.raises(ValidationError, match=f"应为 {code[14]}"):
        validate_registration_code(wrong)
    assert validate_registration_code(" " + code.lower() + " ") == code


def test_codes_are_gapless_per_province_and_year(desk: Any) -> None:
    with desk.db.write() as s:
        gd = [next_registration_code(s, "440106", 2026) for _ in range(3)]
        hn = [next_registration_code(s, "430000", 2026) for _ in range(2)]
        gd_next_year = next_registration_code(s, "440000", 2027)
    assert [parse_registration_code(c).serial for c in gd] == [1, 2, 3]
    assert [parse_registration_code(c).serial for c in hn] == [1, 2]
    assert parse_registration_code(gd_next_year).serial == 1
    assert all(parse_registration_code(c).province == "440000" for c in gd)


def test_a_rolled_back_code_is_issued_again_so_no_gap_is_left(desk: Any) -> None:
    with pytest.raises(RuntimeError), desk.db.write() as s:
        next_registration_code(s, "440000", 2026)
        raise RuntimeError("the approval failed")
    with desk.db.write() as s:
        assert parse_registration_code(next_registration_code(s, "440000", 2026)).serial == 1
        counter = s.scalars(select(m.CodeCounter)).one()
        assert (counter.province, counter.year, counter.last_value) == ("440000", 2026, 1)


def test_case_numbers_are_readable_and_count_per_day(desk: Any) -> None:
    with desk.db.write() as s:
        first = next_case_number(s, dt.date(2026, 11, 24))
        second = next_case_number(s, dt.date(2026, 11, 24))
        other_day = next_case_number(s, dt.date(2026, 11, 25))
    assert (first, second, other_day) == ("YS2026112400001", "YS2026112400002", "YS2026112500001")
    assert is_case_number(" ys2026112400001 ") and not is_case_number("YS20261124")


# ---- practice certificate numbers (医师执业证书编码) -----------------------------------------------


def test_practice_certificate_number_is_15_digits_of_level_category_province_year_serial_and_check() -> None:
    code = format_registration_code("440000", 2026, 17)
    number = practice_certificate_number_for(code, "执业医师", "临床")
    assert number == "1" + "1" + "44" + "26" + "00000017" + mod11_10("11442600000017")
    assert len(number) == 15 and number.isdigit()
    assert validation.practice_certificate_number(number) == number  # what the desk accepts as typed
    parsed = parse_practice_certificate_number(number)
    assert (parsed.level, parsed.category, parsed.province, parsed.year, parsed.serial) == (
        "执业医师",
        "临床",
        "440000",
        26,
        17,
    )
    assistant = practice_certificate_number_for(
        format_registration_code("430000", 2027, 5), "执业助理医师", "口腔"
    )
    assert assistant[:6] == "234327" and parse_practice_certificate_number(assistant).level == "执业助理医师"


@pytest.mark.parametrize(
    ("province", "year", "serial", "says"),
    [("00", 2026, 1, "not a province"), ("4a0000", 2026, 1, "not a province"),
     ("4", 2026, 1, "not a province"), ("440000", 999, 1, "year out of range"),
     ("440000", 10000, 1, "year out of range"),
     ("440000", 2026, 0, "serial out of range"), ("440000", 2026, 10**8, "serial out of range")],
)
def test_a_code_and_its_certificate_number_refuse_the_same_province_year_and_serial(
    province: str, year: int, serial: int, says: str
) -> None:
    with pytest.raises(ValueError, match=says):
        format_registration_code(province, year, serial)
    with pytest.raises(ValueError, match=says):
        format_practice_certificate_number("执业医师", "临床", province, year, serial)
    assert format_practice_certificate_number("执业医师", "临床", "440000", 2026, 10**8 - 1)


def test_practice_certificate_numbers_are_unique_when_their_codes_are() -> None:
    """The number carries the code's (province, year, serial): distinct codes, distinct numbers, whatever
    the level and category of the registrations."""
    seen: dict[str, str] = {}
    for province in ("440000", "430000", "110000"):
        for year in (2026, 2027):
            for serial in (1, 2, 9, 10, 99_999_999):
                code = format_registration_code(province, year, serial)
                for level in ("执业医师", "执业助理医师"):
                    for category in ("临床", "中医", "口腔", "公共卫生"):
                        number = practice_certificate_number_for(code, level, category)
                        assert number not in seen, (number, code, seen.get(number))
                        seen[number] = code
                        serial_of = parse_practice_certificate_number(number).serial
                        assert serial_of == parse_registration_code(code).serial


def test_every_single_digit_error_in_a_practice_certificate_number_is_caught() -> None:
    number = format_practice_certificate_number("执业医师", "中医", "440000", 2026, 12345)
    for i in range(15):
        for digit in "0123456789":
            if digit == number[i]:
                continue
            with pytest.raises(ValidationError):
                parse_practice_certificate_number(number[:i] + digit + number[i + 1 :])


def _with_check(body: str) -> str:
    return body + mod11_10(body)


@pytest.mark.parametrize(
    ("value", "says"),
    [
        ("", "不能为空"),
        ("11442600000017", "应为15位数字"),
        ("1144260000001A7", "只能包含数字"),
        (_with_check("31442600000017"), "医师级别"),
        (_with_check("15442600000017"), "执业类别"),
        (_with_check("11992600000017"), "省级代码"),
        (_with_check("11442600000000"), "序号"),
        ("114426000000170", "校验位错误：应为 7"),
    ],
)
def test_malformed_practice_certificate_numbers_are_refused_with_the_reason(value: str, says: str) -> None:
    with pytest.raises(ValidationError, match=says) as refused:
        parse_practice_certificate_number(value)
    assert refused.value.field == "practice_certificate_number"
