"""Registration codes (电子化注册识别码) and case numbers: formats, check characters and race-free issuing.

Registration code, 15 characters::

    44 2026 00000017 6
    │  │    │        └ check character: ISO 7064 MOD 11-2 over the 14 digits before it (as in the resident
    │  │    │          ID: weight of digit i (from the left, 0-based) = 2^(14 - i) mod 11; the check value
    │  │    │          is (12 - sum mod 11) mod 11, written 0-9 or X for 10)
    │  │    └ serial: 8 digits, gapless per (province, year), starting at 00000001
    │  └ year the code was issued (China date of the approval)
    └ province: first two digits of the province's area code (44 = 广东省)

The serial comes from the ``code_counters`` row of (province, year): one ``UPDATE … SET last_value =
last_value + 1 … RETURNING`` inside the approving transaction locks the row until COMMIT (the row is
created race-free with INSERT … ON CONFLICT DO NOTHING only when the UPDATE finds none; SQLite: the write
transaction already holds the database with BEGIN IMMEDIATE). The approval issues it last, so the lock
is held only for the few statements that write the code and the COMMIT. A rolled-back approval rolls the
counter back with it, so serials have no gaps; a committed code is never issued again.

Practice certificate number (医师执业证书编码), 15 digits, issued with the registration code in the same
approval and derived from it, so it is unique and gapless like the code::

    1 1 44 26 00000017 7
    │ │ │  │  │        └ check digit: ISO 7064 MOD 11,10 over the 14 digits before it (always a digit:
    │ │ │  │  │          the number stays all digits, and every single wrong digit is caught)
    │ │ │  │  └ serial: the 8-digit serial of the registration code issued in the same approval
    │ │ │  └ year: last two digits of the registration code's year
    │ │ └ province: the registration code's two province digits
    │ └ category: code of the practice category in the reference data (1 临床, 2 中医, 3 口腔, 4 公共卫生)
    └ level: code of the practice level in the reference data (1 执业医师, 2 执业助理医师)

Unique: (province, year, serial) is unique for every code issued (the counter above), and a code is
issued with one registration; level and category only make the number readable. The two-digit year
repeats after a century: a number of 2126 could meet one of 2026, and the UNIQUE constraint on
``registrations.practice_certificate_number`` would then refuse the approval rather than issue it twice.
Gapless: its serials are those of the registration codes; with the short-term practice permits, whose
numbers draw on the same series, they cover 1..n of a province and year with no gap. Numbers of other
shapes (imported from the old system) are accepted by validation.practice_certificate_number; this
module only makes and reads its own.

Case number: ``YS`` + yyyymmdd (China date) + 5-digit daily serial, e.g. ``YS2026112400001``, from the
``case_counters`` row of that prefix.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass

from sqlalchemy import Table, Update, bindparam, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import set_committed_value

from app import models as m
from app.services import reference
from app.services.errors import ValidationError
from app.services.types import CASE_NUMBER_PATTERN

CODE_LENGTH = 15
PRACTICE_NUMBER_LENGTH = 15
SERIAL_DIGITS = 8
MAX_SERIAL = 10**SERIAL_DIGITS - 1
CASE_PREFIX = "YS"
CASE_SERIAL_DIGITS = 5
_CODE_RE = re.compile(r"[0-9]{14}[0-9X]")
_CASE_NUMBER_RE = re.compile(CASE_NUMBER_PATTERN)
_PRACTICE_NUMBER_RE = re.compile(r"[0-9]{15}")


def mod11_2(digits: str) -> str:
    """ISO 7064 MOD 11-2 check character ("0"-"9" or "X") of a string of digits.

    For 17 digits this is the resident ID's check character (GB 11643-1999).
    """
    if not digits or not digits.isascii() or not digits.isdigit():
        raise ValueError("mod11_2 needs a non-empty string of ASCII digits")
    n = len(digits)
    total = sum(int(c) * pow(2, n - i, 11) for i, c in enumerate(digits))
    value = (12 - total % 11) % 11
    return "X" if value == 10 else str(value)


def mod11_10(digits: str) -> str:
    """ISO 7064 MOD 11,10 check digit ("0"-"9") of a string of digits."""
    if not digits or not digits.isascii() or not digits.isdigit():
        raise ValueError("mod11_10 needs a non-empty string of ASCII digits")
    product = 10
    for c in digits:
        total = (int(c) + product) % 10 or 10
        product = total * 2 % 11
    return str((11 - product) % 10)


@dataclass(frozen=True)
class RegistrationCode:
    """A checked registration code and what it tells."""

    value: str
    province: str
    """6-digit province code, e.g. "440000"."""
    year: int
    serial: int


def _province_prefix(province: str, year: int, serial: int) -> str:
    """The 2-digit province prefix of a registration code's (province, year, serial), each checked: the
    same for the registration code and its practice certificate number. Raises ValueError."""
    prefix = province[:2]
    if len(prefix) != 2 or not prefix.isdigit() or prefix == "00":
        raise ValueError(f"not a province code: {province!r}")
    if not 1000 <= year <= 9999:
        raise ValueError(f"year out of range: {year}")
    if not 1 <= serial <= MAX_SERIAL:
        raise ValueError(f"serial out of range: {serial}")
    return prefix


def format_registration_code(province: str, year: int, serial: int) -> str:
    """The code of the given province (6-digit code or its 2-digit prefix), year and serial."""
    prefix = _province_prefix(province, year, serial)
    body = f"{prefix}{year:04d}{serial:0{SERIAL_DIGITS}d}"
    return body + mod11_2(body)


def parse_registration_code(value: str | None, field: str = "registration_code") -> RegistrationCode:
    """Check a registration code: 15 characters, a known province, a plausible year, the check character.

    Spaces and a lower-case x are tolerated. Raises ValidationError(field) naming what is wrong.
    """
    raw = "".join((value or "").split()).upper()
    if not raw:
        raise ValidationError("电子化注册识别码不能为空", field)
    if len(raw) != CODE_LENGTH:
        raise ValidationError(f"电子化注册识别码应为{CODE_LENGTH}位，当前为{len(raw)}位", field)
    if not _CODE_RE.fullmatch(raw):
        raise ValidationError("电子化注册识别码前14位应为数字，最后一位为数字或 X", field)
    province = raw[:2] + "0000"
    if not reference.is_known_province(province):
        raise ValidationError(f"电子化注册识别码的前两位「{raw[:2]}」不是有效的省级代码", field)
    year = int(raw[2:6])
    if year < 2000:
        raise ValidationError(f"电子化注册识别码中的年份「{year}」无效", field)
    serial = int(raw[6:14])
    if serial == 0:
        raise ValidationError("电子化注册识别码中的序号不能为 00000000", field)
    expected = mod11_2(raw[:14])
    if raw[14] != expected:
        raise ValidationError(f"电子化注册识别码校验位错误：应为 {expected}", field)
    return RegistrationCode(raw, province, year, serial)


def validate_registration_code(value: str | None, field: str = "registration_code") -> str:
    """The normalised code, or ValidationError (see parse_registration_code)."""
    return parse_registration_code(value, field).value


@dataclass(frozen=True)
class PracticeCertificateNumber:
    """A checked practice certificate number of this engine's shape and what it tells."""

    value: str
    level: str
    """"执业医师" or "执业助理医师"."""
    category: str
    """"临床", "中医", "口腔" or "公共卫生"."""
    province: str
    """6-digit province code, e.g. "440000"."""
    year: int
    """Last two digits of the year, 0-99."""
    serial: int


def _level_code(level: str) -> str:
    for item in reference.levels_readonly():
        if item["name"] == level:
            return str(item["code"])
    raise ValueError(f"not a practice level: {level!r}")


def format_practice_certificate_number(
    level: str, category: str, province: str, year: int, serial: int
) -> str:
    """The practice certificate number of a registration of ``level`` and ``category`` whose registration
    code has the given province, year and serial (see the module docstring)."""
    prefix = _province_prefix(province, year, serial)
    try:
        category_code = str(reference.category_readonly(category)["code"])
    except ValidationError:
        raise ValueError(f"not a practice category: {category!r}") from None
    body = f"{_level_code(level)}{category_code}{prefix}{year % 100:02d}{serial:0{SERIAL_DIGITS}d}"
    return body + mod11_10(body)


def practice_certificate_number_for(registration_code: str, level: str, category: str) -> str:
    """The practice certificate number issued together with ``registration_code``."""
    code = parse_registration_code(registration_code)
    return format_practice_certificate_number(level, category, code.province, code.year, code.serial)


def parse_practice_certificate_number(
    value: str | None, field: str = "practice_certificate_number"
) -> PracticeCertificateNumber:
    """Check a practice certificate number this engine issued: 15 digits, a known level, category and
    province, the check digit. Spaces are tolerated. Raises ValidationError(field) naming what is wrong."""
    raw = "".join((value or "").split())
    if not raw:
        raise ValidationError("医师执业证书编码不能为空", field)
    if not _PRACTICE_NUMBER_RE.fullmatch(raw):
        if raw.isascii() and raw.isdigit():
            raise ValidationError(
                f"医师执业证书编码应为{PRACTICE_NUMBER_LENGTH}位数字，当前为{len(raw)}位", field
            )
        raise ValidationError("医师执业证书编码只能包含数字", field)
    levels = {str(item["code"]): item["name"] for item in reference.levels()}
    if raw[0] not in levels:
        raise ValidationError(f"医师执业证书编码第1位「{raw[0]}」不是有效的医师级别代码", field)
    categories = {str(c["code"]): c["name"] for c in reference.categories()}
    if raw[1] not in categories:
        raise ValidationError(f"医师执业证书编码第2位「{raw[1]}」不是有效的执业类别代码", field)
    if not reference.is_known_province(raw[2:4] + "0000"):
        raise ValidationError(f"医师执业证书编码第3-4位「{raw[2:4]}」不是有效的省级代码", field)
    serial = int(raw[6:14])
    if serial == 0:
        raise ValidationError("医师执业证书编码中的序号不能为 00000000", field)
    expected = mod11_10(raw[:14])
    if raw[14] != expected:
        raise ValidationError(f"医师执业证书编码校验位错误：应为 {expected}", field)
    return PracticeCertificateNumber(
        raw, levels[raw[0]], categories[raw[1]], raw[2:4] + "0000", int(raw[4:6]), serial
    )


def _ensure_row(session: Session, table: type[m.Base], values: dict[str, object]) -> None:
    """INSERT the counter row unless it exists, without failing when another transaction races us."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(postgresql.insert(table).values(**values).on_conflict_do_nothing())
    else:  # SQLite, the only other supported database
        session.execute(sqlite.insert(table).values(**values).prefix_with("OR IGNORE"))


@functools.cache
def _take_statement(table: type[m.CodeCounter] | type[m.CaseCounter], names: tuple[str, ...]) -> Update:
    """``UPDATE <counter> SET last_value = last_value + 1 WHERE <key> RETURNING last_value``, built once
    per table (its cache key is then computed once, not at every approval); a Core statement of the
    table, sent on the session's connection (not the ORM's bulk-update path)."""
    t: Table = table.__table__  # type: ignore[assignment]
    return (
        update(t)
        .where(*[t.c[name] == bindparam(f"key_{name}") for name in names])
        .values(last_value=t.c.last_value + 1)
        .returning(t.c.last_value)
    )


def _take(session: Session, table: type[m.CodeCounter] | type[m.CaseCounter], key: dict[str, object]) -> int:
    """Add one to the counter row of ``key`` and return the new value: one UPDATE … RETURNING, which
    locks the row until the transaction ends. Only when the row does not exist yet is it created
    race-free (INSERT … ON CONFLICT DO NOTHING / INSERT OR IGNORE) and updated again."""
    stmt = _take_statement(table, tuple(key))
    params = {f"key_{name}": value for name, value in key.items()}
    session.flush()  # what is pending goes first, as the ORM's autoflush did
    value = session.connection().execute(stmt, params).scalar_one_or_none()
    if value is None:
        _ensure_row(session, table, {**key, "last_value": 0})
        value = session.connection().execute(stmt, params).scalar_one()
    for obj in list(session.identity_map.values()):  # a counter loaded earlier in the session stays true
        if isinstance(obj, table) and all(getattr(obj, k) == v for k, v in key.items()):
            set_committed_value(obj, "last_value", value)
    return int(value)


def next_registration_code(session: Session, province: str, year: int) -> str:
    """Issue the next registration code of (province, year) inside the caller's transaction.

    One ``UPDATE code_counters SET last_value = last_value + 1 … RETURNING last_value``: the counter row
    is locked from it until the transaction ends, so concurrent approvals queue here and the serials
    stay gapless and unique (a rollback returns the serial). Call it as late as possible in the
    approving transaction (cases.approve issues the code last, just before COMMIT), so the lock is short.
    """
    province = province[:2] + "0000"
    serial = _take(session, m.CodeCounter, {"province": province, "year": year})
    if serial > MAX_SERIAL:
        raise ValidationError(f"{year}年本省电子化注册识别码序号已用尽，请联系系统管理员")
    return format_registration_code(province, year, serial)


def next_case_number(session: Session, day: dt.date) -> str:
    """Issue the next case number of the day (China date) inside the caller's transaction."""
    prefix = f"{CASE_PREFIX}{day:%Y%m%d}"
    serial = _take(session, m.CaseCounter, {"prefix": prefix})
    if serial >= 10**CASE_SERIAL_DIGITS:
        return f"{prefix}{serial}"  # an unthinkable day: the number just grows longer
    return f"{prefix}{serial:0{CASE_SERIAL_DIGITS}d}"


def is_case_number(value: str) -> bool:
    """Whether the text looks like a case number (for search boxes)."""
    return bool(_CASE_NUMBER_RE.fullmatch(value.strip().upper()))
