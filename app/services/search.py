"""As-you-type search: pinyin initials of names and what a typed query is (ID, code, name or initials).

``initials(name)`` is what ``Physician.name_initials`` and ``Institution.name_initials`` hold: the
first letters of the pinyin of every character, for every reading of the character (曾 → c and z),
as space-separated combinations, the most likely one first ("cq zq cj zj" for 曾强). Writers of those
columns call it; searches match a typed prefix against any of the combinations.

``classify(query)`` tells a resident ID, a certificate code, a registration code or practice
certificate number (both 15 characters), pinyin initials and a name apart, so a listing can look the
value up by equality or by prefix on an indexed column.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any, Literal

if TYPE_CHECKING:  # the pinyin keys serve the windows too (through the contract): no SQLAlchemy at import
    from sqlalchemy import ColumnElement, SQLColumnExpression

PHYSICIAN_INITIALS_LENGTH = 60
"""Length of ``Physician.name_initials``."""
INSTITUTION_INITIALS_LENGTH = 200
"""Length of ``Institution.name_initials``."""
MAX_COMBINATIONS = 16
"""At most this many reading combinations are kept for one name."""
MAX_INITIALS_QUERY = 20

QueryKind = Literal["empty", "id_number", "certificate_code", "code15", "code", "initials", "name"]

_LATIN_WORD = re.compile(r"[A-Za-z]+")
_ID_RE = re.compile(r"[0-9]{17}[0-9X]")
_CERT_RE = re.compile(r"[0-9A-Z]{27}")
_CODE15_RE = re.compile(r"[0-9]{14}[0-9X]")
_CODE_RE = re.compile(r"[0-9A-Z]{8,32}")
_INITIALS_RE = re.compile(rf"[a-z]{{1,{MAX_INITIALS_QUERY}}}")


# --- initials ------------------------------------------------------------------


def _is_han(ch: str) -> bool:
    cp = ord(ch)
    return (
        0x3400 <= cp <= 0x4DBF
        or 0x4E00 <= cp <= 0x9FFF
        or 0xF900 <= cp <= 0xFAFF
        or 0x20000 <= cp <= 0x323AF
        or cp == 0x3007
    )


@lru_cache(maxsize=65536)
def _char_letters(ch: str) -> tuple[str, ...]:
    """First letters of every reading of one Han character (empty when pypinyin does not know it)."""
    from pypinyin import Style, pinyin  # imported at first use: ~1 s and ~55 MB the login does not need

    readings = pinyin(ch, style=Style.FIRST_LETTER, heteronym=True, errors="ignore")
    letters: list[str] = []
    for group in readings:
        for letter in group:
            letter = letter[:1].lower()
            if letter.isascii() and letter.isalpha() and letter not in letters:
                letters.append(letter)
    return tuple(letters)


def _context_letters(run: str) -> list[str]:
    """First letter of the in-context reading of each character of a run of Han characters ("" unknown)."""
    # a callable may return one item per character of a chunk it does not know (pypinyin's stubs say str)
    from pypinyin import Style, lazy_pinyin

    unknown: Any = lambda chunk: ["" for _ in chunk]  # noqa: E731
    readings = lazy_pinyin(run, style=Style.NORMAL, errors=unknown)
    if len(readings) != len(run):
        return [""] * len(run)
    return [r[:1].lower() if r[:1].isascii() else "" for r in readings]


def _positions(name: str) -> list[list[str]]:
    """For each Han character (or Latin word) of the name, its possible first letters, likeliest first."""
    text = unicodedata.normalize("NFKC", name or "")
    positions: list[list[str]] = []
    i = 0
    while i < len(text):
        if _is_han(text[i]):
            j = i
            while j < len(text) and _is_han(text[j]):
                j += 1
            run = text[i:j]
            for ch, hint in zip(run, _context_letters(run), strict=True):
                letters = list(_char_letters(ch))
                if hint in letters:
                    letters.remove(hint)
                    letters.insert(0, hint)
                if letters:
                    positions.append(letters)
            i = j
            continue
        word = _LATIN_WORD.match(text, i)
        if word:
            positions.append([word.group(0)[0].lower()])
            i = word.end()
            continue
        i += 1
    return positions


def initials_combinations(name: str, limit: int = MAX_COMBINATIONS) -> list[str]:
    """Every combination of first letters of the name's readings (likeliest first), at most ``limit``."""
    positions = _positions(name)
    if not positions:
        return []
    # The first characters vary fastest: a clerk types from the start, so their other readings (曾 c/z,
    # 单 d/s) matter more than those of the last character when the list is cut at ``limit``.
    combos = itertools.islice(itertools.product(*reversed(positions)), limit)
    return ["".join(reversed(c)) for c in combos]


def initials(name: str, max_length: int = PHYSICIAN_INITIALS_LENGTH) -> str:
    """What ``name_initials`` holds: the initials combinations separated by spaces, within max_length.

    ``initials("曾强") == "zq cq zj cj"``; a Latin name gives the first letter of each word
    ("John Smith" → "js"); characters pypinyin does not know are left out. Pass
    ``INSTITUTION_INITIALS_LENGTH`` for institutions.
    """
    return joined_within(initials_combinations(name), max_length)


def joined_within(combos: Iterable[str], max_length: int) -> str:
    """The combinations separated by spaces, as many whole ones as fit in ``max_length`` (the first cut
    to it when not even that fits)."""
    out = ""
    for combo in combos:
        candidate = combo if not out else f"{out} {combo}"
        if len(candidate) > max_length:
            if not out:
                out = combo[:max_length]
            break
        out = candidate
    return out


SORT_KEY_LENGTH = 240
"""Length of ``Physician.name_pinyin``."""


#: Surnames read otherwise than the character's commonest reading (曾 is zeng as a surname, not ceng).
SURNAME_READINGS = {
    "长孙": ["zhang3", "sun1"], "尉迟": ["yu4", "chi2"], "万俟": ["mo4", "qi2"], "澹台": ["tan2", "tai2"],
    "曾": ["zeng1"], "单": ["shan4"], "解": ["xie4"], "仇": ["qiu2"], "朴": ["piao2"], "区": ["ou1"],
    "查": ["zha1"], "盖": ["ge3"], "乐": ["yue4"], "缪": ["miao4"], "翟": ["zhai2"], "覃": ["qin2"],
    "召": ["shao4"], "种": ["chong2"], "秘": ["bi4"], "折": ["she2"], "黑": ["he4"], "重": ["chong2"],
    "员": ["yun4"], "宿": ["su4"], "能": ["nai4"], "繁": ["po2"], "纪": ["ji3"], "葛": ["ge3"],
    "华": ["hua4"], "任": ["ren2"], "句": ["gou1"], "洗": ["xian3"], "冼": ["xian3"], "相": ["xiang4"],
    "尉": ["wei4"], "柏": ["bai3"], "卜": ["bu3"], "薄": ["bo2"], "藏": ["zang4"], "曲": ["qu1"],
}


def pinyin_key(name: str, max_length: int = SORT_KEY_LENGTH) -> str:
    """The key Chinese lists sort names by: the toned pinyin of each character in its likeliest reading,
    space-separated ("张三" → "zhang1 san1"), as a dictionary orders them (丁 冯 何 于 余, not by code
    point); a polyphonic surname takes its surname reading (曾 zeng, 单 shan). Latin letters are
    lower-cased; characters pypinyin does not know keep their place after z."""
    text = unicodedata.normalize("NFKC", name or "").strip()
    if not text:
        return ""
    from pypinyin import Style, lazy_pinyin  # imported at first use (see _char_letters)

    readings = lazy_pinyin(text, style=Style.TONE3, neutral_tone_with_five=True, errors="default")
    for surname in (text[:2], text[:1]):
        if surname in SURNAME_READINGS and len(readings) >= len(surname):
            readings[: len(surname)] = SURNAME_READINGS[surname]
            break
    return " ".join(r.lower() for r in readings if r.strip())[:max_length]


# --- prefix conditions -----------------------------------------------------------


def prefix_upper_bound(prefix: str) -> str | None:
    """The smallest string greater than every string starting with ``prefix`` (code-point order).

    None when there is none (the prefix ends in the highest code point).
    """
    chars = list(prefix)
    while chars:
        cp = ord(chars[-1]) + 1
        if 0xD800 <= cp <= 0xDFFF:
            cp = 0xE000
        if cp <= 0x10FFFF:
            chars[-1] = chr(cp)
            return "".join(chars)
        chars.pop()
    return None


def prefix_condition(column: SQLColumnExpression[str], prefix: str) -> ColumnElement[bool]:
    """``column`` starts with ``prefix``, as a range an ordinary B-tree index can serve.

    Name columns use code-point order on both databases (SQLite BINARY, PostgreSQL COLLATE "C"), so
    ``prefix <= column < next(prefix)`` is exactly "starts with".
    """
    from sqlalchemy import and_

    upper = prefix_upper_bound(prefix)
    if upper is None:
        return column >= prefix
    return and_(column >= prefix, column < upper)


def bound_prefix_condition(column: SQLColumnExpression[str], name: str, upper: bool) -> ColumnElement[bool]:
    """``prefix_condition`` with the prefix bound per call as ``{name}_lo`` (and its upper bound as
    ``{name}_hi`` when ``upper``): one statement for every typed prefix; ``prefix_params`` gives the
    values."""
    from sqlalchemy import String, and_, bindparam

    lower = column >= bindparam(f"{name}_lo", type_=String)
    return and_(lower, column < bindparam(f"{name}_hi", type_=String)) if upper else lower


def prefix_params(name: str, prefix: str) -> dict[str, str]:
    """The values of ``bound_prefix_condition(column, name, upper)`` for ``prefix`` (``upper`` is
    ``f"{name}_hi" in`` the result)."""
    upper = prefix_upper_bound(prefix)
    return {f"{name}_lo": prefix} if upper is None else {f"{name}_lo": prefix, f"{name}_hi": upper}


def bound_initials_condition(column: SQLColumnExpression[str], name: str, upper: bool) -> ColumnElement[bool]:
    """``initials_condition`` with the typed letters bound per call (``initials_params`` gives the values)."""
    from sqlalchemy import String, bindparam, or_

    like = column.like(bindparam(f"{name}_like", type_=String))
    return or_(bound_prefix_condition(column, name, upper), like)


def initials_params(name: str, typed: str) -> dict[str, str]:
    """The values of ``bound_initials_condition`` for the typed letters."""
    typed = typed.lower()
    return {**prefix_params(name, typed), f"{name}_like": f"% {typed}%"}


def initials_condition(column: SQLColumnExpression[str], typed: str) -> ColumnElement[bool]:
    """Any initials combination stored in ``column`` starts with the typed letters."""
    from sqlalchemy import or_

    typed = typed.lower()
    # The first combination as an index range; the other readings after a space.
    return or_(prefix_condition(column, typed), column.like(f"% {typed}%"))


# --- classifying a query -----------------------------------------------------------


@dataclass(frozen=True)
class SearchQuery:
    """What a typed query looks like and its normalised value."""

    kind: QueryKind
    value: str

    @property
    def is_code(self) -> bool:
        """An identifier looked up by equality (resident ID, certificate code, registration code...)."""
        return self.kind in ("id_number", "certificate_code", "code15", "code")


def normalise(query: str | None) -> str:
    """Full-width to half-width, spaces trimmed and collapsed; none left inside a Han name (张 伟 → 张伟)."""
    text = " ".join(unicodedata.normalize("NFKC", query or "").split())
    return text.replace(" ", "") if has_han(text) else text


def has_han(text: str) -> bool:
    return any(_is_han(c) for c in text)


def classify(query: str | None) -> SearchQuery:
    """Classify a typed query.

    - ``id_number``: 18 characters, 17 digits and a digit or X (a resident ID; looked up whole);
    - ``certificate_code``: 27 digits or capital letters (医师资格证书编码);
    - ``code15``: 14 digits and a digit or X — a registration code (电子化注册识别码) or a practice
      certificate number (医师执业证书编码): both are looked up;
    - ``code``: other runs of 8–32 digits (an exam ticket, or a code typed in full);
    - ``initials``: Latin letters only, as pinyin initials ("zw" for 张伟);
    - ``name``: anything with a Han character (a name prefix);
    - ``empty``: nothing typed.
    """
    text = normalise(query)
    if not text:
        return SearchQuery("empty", "")
    compact = "".join(text.split())
    upper = compact.upper()
    if _ID_RE.fullmatch(upper):
        return SearchQuery("id_number", upper)
    if _CODE15_RE.fullmatch(upper):
        return SearchQuery("code15", upper)
    if len(upper) == 27 and _CERT_RE.fullmatch(upper):
        return SearchQuery("certificate_code", upper)
    if has_han(text):
        return SearchQuery("name", text)
    lower = compact.lower()
    if lower.isascii() and lower.isalpha():
        if _INITIALS_RE.fullmatch(lower):
            return SearchQuery("initials", lower)
        return SearchQuery("name", text)
    if _CODE_RE.fullmatch(upper) and any(c.isdigit() for c in upper):
        return SearchQuery("code", upper)
    return SearchQuery("name", text)
