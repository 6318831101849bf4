"""Input checks: each function returns the normalised value or raises ValidationError naming the field."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from stdnum.cn import ric, uscc
from stdnum.exceptions import ValidationError as StdnumInvalid

from app.services import reference
from app.services.errors import ValidationError

MIN_PHYSICIAN_AGE = 18
MAX_PHYSICIAN_AGE = 100
NAME_MAX_LENGTH = 30
PASSWORD_MIN_LENGTH = 8
PASSWORD_MAX_LENGTH = 128

_DIGITS = frozenset("0123456789")
_UPPER_ALNUM = frozenset("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ")
_MIDDLE_DOT = "\u00b7"
# Look-alikes people type for the middle dot of minority and foreign names (·).
_DOT_VARIANTS = str.maketrans(
    {c: _MIDDLE_DOT for c in "\u2022\u2027\u2219\u22c5\u30fb\uff65\u0387\u16eb\u2e31"}
)
# Han ideographs: Ext A, URO, compatibility, 〇, and the supplementary planes (Ext B..I, G, H), so
# rare characters beyond the BMP (生僻字) are accepted even if this Python's Unicode data predates them.
_HAN_RANGES: tuple[tuple[int, int], ...] = (
    (0x3007, 0x3007),
    (0x3400, 0x4DBF),
    (0x4E00, 0x9FFF),
    (0xF900, 0xFAFF),
    (0x20000, 0x2FA1F),
    (0x30000, 0x323AF),
)
_MOBILE_RE = re.compile(r"1[3-9][0-9]{9}")
_EMAIL_LOCAL_RE = re.compile(r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]+")
_EMAIL_LABEL_RE = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?")
_USERNAME_RE = re.compile(r"[A-Za-z0-9_.-]{3,32}")
_ISO_DATE_RE = re.compile(r"([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})")


def _raw(value: object) -> str:
    if value is None:
        return ""
    return value if isinstance(value, str) else str(value)


def _compact(value: object) -> str:
    """Half-width (NFKC) with every whitespace removed: for codes and numbers people paste."""
    return "".join(unicodedata.normalize("NFKC", _raw(value)).split())


# --- resident ID -------------------------------------------------------------


@dataclass(frozen=True)
class ResidentId:
    """A checked 18-character resident ID (GB 11643-1999) and what it tells."""

    value: str
    area: str
    birth_date: date
    gender: str
    """"男" (odd sequence) or "女" (even sequence)."""

    def age(self, today: date | None = None) -> int:
        """Age in whole years on `today` (default: the current date)."""
        return _age(self.birth_date, today or date.today())


def _age(birth: date, today: date) -> int:
    return today.year - birth.year - ((today.month, today.day) < (birth.month, birth.day))


def resident_id_check_char(first17: str) -> str:
    """The check character (0-9 or X) of the first 17 digits of a resident ID."""
    if len(first17) != 17 or not set(first17) <= _DIGITS:
        raise ValueError("first17 must be 17 ASCII digits")
    return str(ric.calc_check_digit(first17 + "0"))  # stdnum: MOD 11-2, last char ignored


def resident_id(
    value: str | None,
    field: str = "id_number",
    today: date | None = None,
    *,
    check_age: bool = True,
) -> ResidentId:
    """Check an 18-character resident ID and read area, birth date and gender from it.

    Full-width characters and spaces are tolerated and a lower-case x is upper-cased. The area code
    is not checked against a list (real IDs carry retired codes). With check_age, the holder must be
    18 to 100 years old on `today`. Raises ValidationError(field) with a message for: empty, wrong
    length, illegal characters, invalid birth date, wrong check character, implausible age.
    """
    raw = _compact(value).upper()
    if not raw:
        raise ValidationError("身份证号不能为空", field=field)
    if len(raw) != 18:
        if len(raw) == 15 and set(raw) <= _DIGITS:
            raise ValidationError("身份证号应为18位：15位旧号码请换用18位居民身份证号码", field=field)
        raise ValidationError(f"身份证号应为18位，当前为{len(raw)}位", field=field)
    bad = [c for c in raw[:17] if c not in _DIGITS]
    if raw[17] not in _DIGITS and raw[17] != "X":
        bad.append(raw[17])
    if bad:
        raise ValidationError(
            f"身份证号含有非法字符「{bad[0]}」：前17位只能是数字，最后一位是数字或 X", field=field
        )
    try:
        birth = ric.get_birth_date(raw)
    except StdnumInvalid:
        raise ValidationError(f"身份证号中的出生日期无效：{raw[6:14]}", field=field) from None
    today = today or date.today()
    if birth > today:
        raise ValidationError(f"身份证号中的出生日期无效：{birth.isoformat()} 晚于今天", field=field)
    # The check character by python-stdnum. Its area check (ric.validate → get_birth_place) is not used: it
    # rejects real IDs whose county code is newer than the birth year or since retired (PLATFORM.md), and
    # stdnum 2.2 raises KeyError on some province-only codes (found by the property test below).
    expected = resident_id_check_char(raw[:17])
    if raw[17] != expected:
        raise ValidationError(f"身份证号校验位错误：应为 {expected}", field=field)
    if check_age:
        age = _age(birth, today)
        if age < MIN_PHYSICIAN_AGE:
            raise ValidationError(
                f"身份证号显示年龄为{age}岁，未满{MIN_PHYSICIAN_AGE}岁，请核对身份证号", field=field
            )
        if age > MAX_PHYSICIAN_AGE:
            raise ValidationError(
                f"身份证号显示出生于{birth.year}年（{age}岁），不是在职医师的年龄，请核对身份证号",
                field=field,
            )
    gender = "男" if int(raw[16]) % 2 == 1 else "女"
    return ResidentId(value=raw, area=raw[:6], birth_date=birth, gender=gender)


# --- contact -----------------------------------------------------------------


def phone(value: str | None, field: str = "phone") -> str:
    """A mainland mobile number 1[3-9]xxxxxxxxx; spaces, dashes and a +86 / 0086 prefix are dropped."""
    raw = _compact(value).replace("-", "")
    if not raw:
        raise ValidationError("手机号不能为空", field=field)
    if raw.startswith("+86"):
        raw = raw[3:]
    elif raw.startswith("0086") and len(raw) == 15:
        raw = raw[4:]
    elif raw.startswith("86") and len(raw) == 13:
        raw = raw[2:]
    if not _MOBILE_RE.fullmatch(raw):
        raise ValidationError("手机号格式不正确：应为11位中国大陆手机号，以1开头，第二位为3至9", field=field)
    return raw


def email(value: str | None, field: str = "email", *, required: bool = True) -> str:
    """An e-mail address (domain lower-cased); with required=False a blank gives ""."""
    raw = unicodedata.normalize("NFKC", _raw(value)).strip()
    if not raw:
        if required:
            raise ValidationError("电子邮箱不能为空", field=field)
        return ""
    message = f"电子邮箱格式不正确：「{raw}」，应形如 name@example.com"
    if len(raw) > 254 or raw.count("@") != 1:
        raise ValidationError(message, field=field)
    local, domain = raw.split("@")
    labels = domain.split(".")
    if (
        not _EMAIL_LOCAL_RE.fullmatch(local)
        or len(local) > 64
        or local.startswith(".")
        or local.endswith(".")
        or ".." in local
        or len(labels) < 2
        or not all(_EMAIL_LABEL_RE.fullmatch(label) for label in labels)
        or labels[-1].isdigit()
    ):
        raise ValidationError(message, field=field)
    return f"{local}@{domain.lower()}"


# --- names -------------------------------------------------------------------


def _is_han(ch: str) -> bool:
    cp = ord(ch)
    return any(lo <= cp <= hi for lo, hi in _HAN_RANGES)


def _is_latin_letter(ch: str) -> bool:
    return ch.isalpha() and unicodedata.name(ch, "").startswith("LATIN")


def person_name(value: str | None, field: str = "name") -> str:
    """A person's name of 1–30 characters.

    Han characters (rare ones beyond the BMP included) and the middle dot "·" (minority and foreign
    names; look-alike dots are turned into it), or Latin letters with spaces, hyphens and apostrophes
    for foreigners. Runs of spaces are collapsed; nothing else is changed.
    """
    text = " ".join(_raw(value).translate(_DOT_VARIANTS).split())
    if not text:
        raise ValidationError("姓名不能为空", field=field)
    if len(text) > NAME_MAX_LENGTH:
        raise ValidationError(f"姓名不能超过{NAME_MAX_LENGTH}个字符（当前{len(text)}个）", field=field)
    has_latin = any(_is_latin_letter(c) for c in text)
    for i, ch in enumerate(text):
        if _is_han(ch) or _is_latin_letter(ch) or ch == _MIDDLE_DOT:
            continue
        if has_latin and ch in " -'":
            continue
        if has_latin and unicodedata.category(ch) == "Mn" and i > 0 and _is_latin_letter(text[i - 1]):
            continue
        if ch == " ":
            raise ValidationError("中文姓名中不能有空格", field=field)
        raise ValidationError(
            f"姓名含有不允许的字符「{ch}」：只能使用汉字、间隔号“·”和英文字母（外籍人员可含空格）",
            field=field,
        )
    if text[0] == _MIDDLE_DOT or text[-1] == _MIDDLE_DOT or _MIDDLE_DOT * 2 in text:
        raise ValidationError("姓名中的间隔号“·”不能在开头、结尾或连续出现", field=field)
    if not any(_is_han(c) or _is_latin_letter(c) for c in text):
        raise ValidationError("姓名至少要有一个汉字或字母", field=field)
    return text


# --- codes and numbers -------------------------------------------------------


def _code(value: str | None, field: str, label: str) -> str:
    raw = _compact(value).upper()
    if not raw:
        raise ValidationError(f"{label}不能为空", field=field)
    return raw


def certificate_code(value: str | None, field: str = "certificate_code") -> str:
    """医师资格证书编码: 27 digits or upper-case letters (lower case is upper-cased)."""
    raw = _code(value, field, "医师资格证书编码")
    if len(raw) != 27:
        raise ValidationError(f"医师资格证书编码应为27位，当前为{len(raw)}位", field=field)
    if not set(raw) <= _UPPER_ALNUM:
        raise ValidationError("医师资格证书编码只能包含数字和大写英文字母", field=field)
    return raw


def practice_certificate_number(value: str | None, field: str = "practice_certificate_number") -> str:
    """医师执业证书编码: 15 digits."""
    raw = _code(value, field, "医师执业证书编码")
    if not set(raw) <= _DIGITS:
        raise ValidationError("医师执业证书编码只能包含数字", field=field)
    if len(raw) != 15:
        raise ValidationError(f"医师执业证书编码应为15位数字，当前为{len(raw)}位", field=field)
    return raw


def exam_ticket(value: str | None, field: str = "exam_ticket") -> str:
    """准考证号: 8 to 20 digits."""
    raw = _code(value, field, "准考证号")
    if not set(raw) <= _DIGITS:
        raise ValidationError("准考证号只能包含数字", field=field)
    if not 8 <= len(raw) <= 20:
        raise ValidationError(f"准考证号应为8至20位数字，当前为{len(raw)}位", field=field)
    return raw


def registration_number(value: str | None, field: str = "registration_number") -> str:
    """医疗机构执业许可证登记号: 5 to 30 digits or upper-case letters."""
    raw = _code(value, field, "登记号")
    if not set(raw) <= _UPPER_ALNUM:
        raise ValidationError("登记号只能包含数字和大写英文字母", field=field)
    if not 5 <= len(raw) <= 30:
        raise ValidationError(f"登记号应为5至30位，当前为{len(raw)}位", field=field)
    return raw


def area_code(value: str | None, field: str = "area_code") -> str:
    """A 6-digit area code (GB/T 2260) whose first two digits name a province."""
    raw = _compact(value)
    if not raw:
        raise ValidationError("行政区划代码不能为空", field=field)
    if len(raw) != 6 or not set(raw) <= _DIGITS:
        raise ValidationError(f"行政区划代码应为6位数字：「{raw}」", field=field)
    if not reference.is_known_province(raw):
        raise ValidationError(f"行政区划代码「{raw}」的前两位不是有效的省级代码", field=field)
    return raw


def county_code(value: str | None, field: str = "area_code") -> str:
    """A county-level area code (县、县级市、市辖区, or a 地级市 without counties such as 东莞市): where a
    case's 执业地点 comes from (an institution's area). A province or a city with counties is refused."""
    raw = area_code(value, field)
    if not reference.is_known_area(raw):
        raise ValidationError(f"行政区划代码「{raw}」不在国家行政区划代码表中", field=field)
    if not reference.is_county_level(raw):
        raise ValidationError(
            f"所在地区应选到县（区）一级：「{reference.area_name(raw)}」是省或设区的市", field=field)
    return raw


#: 统一社会信用代码 (GB 32100-2015): 18 characters of 0-9 and A-Z without I, O, S, V, Z.
USCC_LENGTH = 18
USCC_ALPHABET = frozenset("0123456789ABCDEFGHJKLMNPQRTUWXY")


def credit_code(value: str | None, field: str = "credit_code") -> str | None:
    """An institution's 统一社会信用代码, checked by python-stdnum ``cn.uscc`` (length, characters,
    check character); "" or None is None (not recorded). Lower case and spaces are tolerated."""
    raw = _compact(value).upper()
    if not raw:
        return None
    if len(raw) != USCC_LENGTH:
        raise ValidationError(f"统一社会信用代码应为18位，现为{len(raw)}位：「{raw}」", field=field)
    bad = [c for c in raw if c not in USCC_ALPHABET]
    if bad:
        raise ValidationError(
            f"统一社会信用代码含有无效字符「{bad[0]}」（不用字母 I、O、S、V、Z）", field=field)
    if not raw[:8].isdigit():
        raise ValidationError(
            f"统一社会信用代码前8位应为数字（登记管理部门、机构类别和行政区划代码）：「{raw}」", field=field)
    expected = uscc.calc_check_digit(raw)
    if raw[17] != expected:
        raise ValidationError(f"统一社会信用代码校验位错误：应为 {expected}", field=field)
    try:
        uscc.validate(raw)
    except StdnumInvalid as exc:  # a rule stdnum knows that the checks above do not name
        raise ValidationError(f"统一社会信用代码无效：「{raw}」", field=field) from exc
    return raw


def jurisdiction(value: str | None, field: str = "jurisdiction") -> str:
    """A commission's jurisdiction: "000000" (national) or an area code of a known province."""
    raw = _compact(value)
    if raw == reference.NATIONAL:
        return raw
    return area_code(raw, field=field)


# --- levels, categories, scopes ----------------------------------------------


def level(value: str | None, field: str = "level") -> str:
    """A practice level by name or code; returns the name ("执业医师" or "执业助理医师")."""
    raw = _raw(value).strip()
    if not raw:
        raise ValidationError("医师级别不能为空", field=field)
    for lv in reference.levels_readonly():
        if raw in (lv["name"], lv["code"]):
            return str(lv["name"])
    names = "、".join(reference.level_names())
    raise ValidationError(f"医师级别「{raw}」不存在：可选 {names}", field=field)


def category(value: str | None, field: str = "category", *, short_term: bool = False) -> str:
    """A practice category by name, full name or code; returns the name ("临床", "中医", "口腔", "公共卫生").

    With short_term, only categories open to short-term practice (临床, 中医, 口腔) are accepted.
    """
    raw = _raw(value).strip()
    if not raw:
        raise ValidationError("执业类别不能为空", field=field)
    try:
        info = reference.category_readonly(raw)
    except ValidationError as exc:
        raise ValidationError(exc.message, field=field) from None
    if short_term and not info["short_term_allowed"]:
        allowed = "、".join(c["name"] for c in reference.categories() if c["short_term_allowed"])
        raise ValidationError(f"短期行医仅限{allowed}类别，不能选择「{info['name']}」", field=field)
    return str(info["name"])


_category = category


def scopes(category: str, scopes: Sequence[str] | str | None, field: str = "scopes") -> list[str]:
    """Practice scopes of a category by name or code; returns their names, the main scope first.

    One scope normally; a second only when one of the two is an additional scope (全科, 急救, 重症,
    康复, 儿科 in 临床). Raises ValidationError for an empty list, a scope outside the category,
    a repeated scope, more than two, or two scopes neither of which may be added.
    """
    cat = reference.category_readonly(_category(category))
    items = [scopes] if isinstance(scopes, str) else list(scopes or [])
    items = [str(v).strip() for v in items if str(v).strip()]
    if not items:
        raise ValidationError("请选择执业范围", field=field)
    found: list[reference.ScopeInfo] = []
    for item in items:
        match = next((s for s in cat["scopes"] if item in (s["name"], s["code"])), None)
        if match is None:
            raise ValidationError(f"「{item}」不是{cat['name']}类别的执业范围", field=field)
        if any(f["code"] == match["code"] for f in found):
            raise ValidationError(f"执业范围「{match['name']}」重复", field=field)
        found.append(match)
    if len(found) > 2:
        raise ValidationError("执业范围最多两个：一个执业范围，另可加注一个规定的范围", field=field)
    if len(found) == 2:
        first, second = found
        if not second["additional"]:
            if not first["additional"]:
                allowed = "、".join(s["name"] for s in cat["scopes"] if s["additional"]) or "无"
                raise ValidationError(
                    f"只能有一个执业范围；第二个执业范围只能是可加注的范围（{cat['name']}类别：{allowed}）",
                    field=field,
                )
            found = [second, first]
    return [s["name"] for s in found]


# --- dates and terms ---------------------------------------------------------


def date_value(value: date | str | None, field: str, label: str) -> date:
    """A date given as a date or an ISO string "YYYY-MM-DD"."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    raw = _compact(value)
    if not raw:
        raise ValidationError(f"{label}不能为空", field=field)
    m = _ISO_DATE_RE.fullmatch(raw)
    if m:
        try:
            return date(int(m[1]), int(m[2]), int(m[3]))
        except ValueError:
            pass
    raise ValidationError(f"{label}不是有效日期：「{raw}」，应为 YYYY-MM-DD", field=field)


def _add_years(d: date, years: int) -> date:
    try:
        return d.replace(year=d.year + years)
    except ValueError:  # 29 February in a common year
        return d.replace(year=d.year + years, day=28)


def term(
    start: date | str | None,
    end: date | str | None,
    max_years: int,
    *,
    start_field: str = "term_start",
    end_field: str = "term_end",
) -> tuple[date, date]:
    """A limited term: end after start and at most max_years later (the same calendar day at most)."""
    s = date_value(start, start_field, "期限开始日期")
    e = date_value(end, end_field, "期限结束日期")
    if e <= s:
        raise ValidationError("期限结束日期必须晚于开始日期", field=end_field)
    limit = _add_years(s, max_years)
    if e > limit:
        raise ValidationError(
            f"期限不能超过{max_years}年：结束日期最迟为 {limit.isoformat()}", field=end_field
        )
    return s, e


def short_term(kind: str, start: date | str | None, end: date | str | None) -> tuple[date, date]:
    """The term of a short-term practice case: 1 year for foreign, 3 years for HMT physicians."""
    years = reference.case_kind(kind)["max_term_years"]
    if years is None:
        raise ValidationError(f"业务类型「{reference.kind_label(kind)}」没有期限", field="kind")
    return term(start, end, years)


# --- free text and reasons ---------------------------------------------------


def required_text(value: str | None, field: str, label: str, max_length: int | None = None) -> str:
    """Non-blank text, stripped; optionally at most max_length characters."""
    text = _raw(value).strip()
    if not text:
        raise ValidationError(f"{label}不能为空", field=field)
    if max_length is not None and len(text) > max_length:
        raise ValidationError(f"{label}不能超过{max_length}个字符（当前{len(text)}个）", field=field)
    return text


def reason_in(value: str | None, allowed: Iterable[str], field: str = "reason", label: str = "原因") -> str:
    """A value that must be one of `allowed` (exact match after stripping)."""
    options = list(allowed)
    raw = _raw(value).strip()
    if not raw:
        raise ValidationError(f"请选择{label}", field=field)
    if raw not in options:
        raise ValidationError(f"{label}「{raw}」不在规定的列表中：可选 {'、'.join(options)}", field=field)
    return raw


def _reason_code(value: str | None, items: list[reference.Reason], field: str, label: str) -> str:
    raw = _raw(value).strip()
    if not raw:
        raise ValidationError(f"请选择{label}", field=field)
    for r in items:
        if raw in (r["code"], r["label"]):
            return r["code"]
    options = "、".join(r["label"] for r in items)
    raise ValidationError(f"{label}「{raw}」不在规定的列表中：可选 {options}", field=field)


def filing_reason(value: str | None, field: str = "reason") -> str:
    """A filing reason by code or label (调离, 退休, 退职, 被辞退, 被开除); returns the code."""
    return _reason_code(value, reference.filing_reasons(), field, "备案原因")


def deregistration_ground(value: str | None, kind: str | None = None, field: str = "reason") -> str:
    """A deregistration ground by code or label, limited to those `kind` may use; returns the code."""
    return _reason_code(value, reference.deregistration_grounds(kind), field, "注销原因")


def refusal_ground(value: str | None, field: str = "reason") -> str:
    """A ground for refusing registration (不予注册) by code or label; returns the code."""
    return _reason_code(value, reference.refusal_grounds(), field, "不予注册原因")


def return_reason(value: str | None, field: str = "reason") -> str:
    """A reason for returning a case for correction (退回补正) by code or label; returns the code."""
    return _reason_code(value, reference.return_reasons(), field, "退回原因")


# --- accounts ----------------------------------------------------------------


def username(value: str | None, field: str = "username") -> str:
    """A username of 3–32 letters, digits, "_", "." or "-" (stripped, case kept)."""
    raw = _raw(value).strip()
    if not raw:
        raise ValidationError("用户名不能为空", field=field)
    if not 3 <= len(raw) <= 32:
        raise ValidationError(f"用户名应为3至32个字符，当前为{len(raw)}个", field=field)
    if not _USERNAME_RE.fullmatch(raw):
        raise ValidationError("用户名只能包含英文字母、数字、下划线“_”、点“.”和连字符“-”", field=field)
    return raw


#: the kinds of characters a password mixes (named in the refusal; translated as reference names)
PASSWORD_KINDS = ("小写字母", "大写字母", "数字", "符号")


def password_strength(password: str | None, field: str = "password", username: str | None = None) -> str:
    """A password of 8–128 characters with at least 3 of: lower case, upper case, digit, symbol.

    Returned unchanged. The message names every shortcoming, including what kinds are missing.
    """
    pw = _raw(password)
    if not pw:
        raise ValidationError("密码不能为空", field=field)
    problems: list[str] = []
    if len(pw) < PASSWORD_MIN_LENGTH:
        problems.append(f"至少需要{PASSWORD_MIN_LENGTH}个字符（当前{len(pw)}个）")
    if len(pw) > PASSWORD_MAX_LENGTH:
        problems.append(f"不能超过{PASSWORD_MAX_LENGTH}个字符")
    kinds = dict(zip(PASSWORD_KINDS, (
        any("a" <= c <= "z" for c in pw),
        any("A" <= c <= "Z" for c in pw),
        any(c in _DIGITS for c in pw),
        any(not (c.isascii() and c.isalnum()) and not c.isspace() for c in pw),
    ), strict=True))
    if sum(kinds.values()) < 3:
        missing = "、".join(k for k, present in kinds.items() if not present)
        problems.append(f"需包含小写字母、大写字母、数字、符号中的至少三类，缺少：{missing}")
    if username and pw.strip().lower() == username.strip().lower():
        problems.append("不能与用户名相同")
    if problems:
        raise ValidationError("密码强度不足：" + "；".join(problems), field=field)
    return pw
