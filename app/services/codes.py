"""Registration codes (电子化注册识别码) and case numbers: formats, check characters and race-free issuing.

Registration code, 15 characters::

    44 2026 00000017 6
    │  │    │        └ check character: ISO 7064 MOD 11-2 over the 14 digits before it (as in the resident
    │  │    │          ID: weight of digit i (from the left, 0-based) = 2^(14 - i) mod 11; the check value
    │  │    │          is (12 - sum mod 11) mod 11, written 0-9 or X for 10)
    │  │    └ serial: 8 digits, gapless per (province, year), starting at 00000001
    │  └ year the code was issued (China date of the approval)
    └ province: first two digits of the province's area code (44 = 广东省)

The serial comes from the ``code_counters`` row of (province, year), created race-free (INSERT … ON
CONFLICT DO NOTHING) and then locked with SELECT … FOR UPDATE inside the approving transaction (SQLite:
the write transaction already holds the database with BEGIN IMMEDIATE). A rolled-back approval rolls the
counter back with it, so serials have no gaps; a committed code is never issued again.

Case number: ``YS`` + yyyymmdd (China date) + 5-digit daily serial, e.g. ``YS2026112400001``, from the
``case_counters`` row of that prefix.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from app import models as m
from app.services import reference
from app.services.errors import ValidationError

CODE_LENGTH = 15
SERIAL_DIGITS = 8
MAX_SERIAL = 10**SERIAL_DIGITS - 1
CASE_PREFIX = "YS"
CASE_SERIAL_DIGITS = 5
_CODE_RE = re.compile(r"[0-9]{14}[0-9X]")
_CASE_NUMBER_RE = re.compile(r"YS[0-9]{8}[0-9]{5}")


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


@dataclass(frozen=True)
class RegistrationCode:
    """A checked registration code and what it tells."""

    value: str
    province: str
    """6-digit province code, e.g. "440000"."""
    year: int
    serial: int


def format_registration_code(province: str, year: int, serial: int) -> str:
    """The code of the given province (6-digit code or its 2-digit prefix), year and serial."""
    prefix = province[:2]
    if len(prefix) != 2 or not prefix.isdigit() or prefix == "00":
        raise ValueError(f"not a province code: {province!r}")
    if not 1000 <= year <= 9999:
        raise ValueError(f"year out of range: {year}")
    if not 1 <= serial <= MAX_SERIAL:
        raise ValueError(f"serial out of range: {serial}")
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


def _ensure_row(session: Session, table: type[m.Base], values: dict[str, object]) -> None:
    """INSERT the counter row unless it exists, without failing when another transaction races us."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(postgresql.insert(table).values(**values).on_conflict_do_nothing())
    else:  # SQLite, the only other supported database
        session.execute(sqlite.insert(table).values(**values).prefix_with("OR IGNORE"))


def next_registration_code(session: Session, province: str, year: int) -> str:
    """Issue the next registration code of (province, year) inside the caller's transaction.

    The counter row is locked until the transaction ends, so concurrent approvals queue here and the
    serials stay gapless and unique.
    """
    province = province[:2] + "0000"
    _ensure_row(session, m.CodeCounter, {"province": province, "year": year, "last_value": 0})
    counter = session.scalars(
        select(m.CodeCounter)
        .where(m.CodeCounter.province == province, m.CodeCounter.year == year)
        .with_for_update()
        .execution_options(populate_existing=True)
    ).one()
    if counter.last_value >= MAX_SERIAL:
        raise ValidationError(f"{year}年本省电子化注册识别码序号已用尽，请联系系统管理员")
    counter.last_value += 1
    session.flush()
    return format_registration_code(province, year, counter.last_value)


def next_case_number(session: Session, day: dt.date) -> str:
    """Issue the next case number of the day (China date) inside the caller's transaction."""
    prefix = f"{CASE_PREFIX}{day:%Y%m%d}"
    _ensure_row(session, m.CaseCounter, {"prefix": prefix, "last_value": 0})
    counter = session.scalars(
        select(m.CaseCounter)
        .where(m.CaseCounter.prefix == prefix)
        .with_for_update()
        .execution_options(populate_existing=True)
    ).one()
    counter.last_value += 1
    session.flush()
    if counter.last_value >= 10**CASE_SERIAL_DIGITS:
        return f"{prefix}{counter.last_value}"  # an unthinkable day: the number just grows longer
    return f"{prefix}{counter.last_value:0{CASE_SERIAL_DIGITS}d}"


def is_case_number(value: str) -> bool:
    """Whether the text looks like a case number (for search boxes)."""
    return bool(_CASE_NUMBER_RE.fullmatch(value.strip().upper()))
